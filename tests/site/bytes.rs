//! Byte budgets for the release site (bytes are deterministic, so this is a
//! cheap regression check; timings live in the benchmark, `scripts/bench.sh`).
//! Sizes are brotli, quality 11, as a static host would serve them.

use std::io::Write;

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).unwrap();
    }
    out.len()
}

/// Budget per first-load file (brotli bytes): the current size plus a little
/// room. Matched by name prefix and suffix. (The stylesheet is inlined in
/// index.html; the .css file is not loaded.)
const BUDGETS: &[(&str, &str, usize)] = &[
    // Issue 16: the static view is the components' own markup (toolbar,
    // comparison panel and columns, with hydration markers), 18.0 → 29.1 KB;
    // issue 17's overview and each grid cell naming its author for phones:
    // 30.2 KB; the agreement map (34 rows) and the articles' maps (a
    // segment per paragraph): 32.3 KB.
    ("index", ".html", 33_000),
    ("loader-", ".js", 1_300),
    // +0.1 KB of glue for the browser's toLowerCase and focus calls below;
    // +0.2 KB for hydration's DOM calls (issue 16); the maps'
    // getBoundingClientRect (issue 17): 8,201 bytes; Blob and ClipboardItem
    // for citations copied as HTML too: 8,343; the topic row's scroll and
    // the take-over's timing marks: 8,489.
    ("parallax-", ".js", 8_600),
    // Search folds case beyond ASCII with the browser's toLowerCase instead
    // of Rust's tables (−5.3 KB), and load errors no longer format
    // gloo-net's serde_json errors: 158.1 → 152.6 KB. +0.6 KB for the focus
    // kept when columns are hidden and shown (153.2 KB). +4.2 KB for issue
    // 14's panels (aligned passages of two kinds, facts by event and
    // attribute, held-out and second-reader figures): 157.4 KB; +3.4 KB for
    // issue 15's grid (dates, status with counts, the readings and their
    // adjudication, the coding agreement): 160.8 KB. Issue 16: hydration
    // (one renderer) brings tachys's hydrate code for every view type,
    // 177.8 KB; sentences as static markup painted by one effect per
    // column instead of a component each: 169.4 KB (BENCHMARKS.md). +2.2 KB
    // for the overview of every topic's claims (issue 17): 171.6 KB; +1.8 KB
    // for the phone's folding controls and the cells' author names: 173.4 KB;
    // +1.2 KB to cite the marked passage (a quotation shown as a view of
    // its own instead of the status text cost +3.9 KB): 174.6 KB. +1.5 KB
    // for the agreement map, +3.8 KB for the articles' maps (markup 1.2 KB,
    // painting and going there 2.6 KB): 179.9 KB; +1.7 KB to cite a chosen
    // claim and copy citations as HTML beside the text: 181.6 KB; +1.2 KB
    // for the chosen topic brought into its row and the comparison taken
    // over in three parts (its one long task halved): 182.8 KB; +0.8 KB for
    // the review's fixes (a claim's citation names whose words a stance
    // rests on and every author, the text alone where HTML is refused, a
    // map pressed again goes there again): 183.6 KB. Issue 18 (the
    // workbench, whose program the reader never loads) allows the reader
    // +2 KB: the preview page's corpus from session storage and codegen
    // shifts from the crate's new code, 185.0 KB.
    ("parallax-", "_bg.wasm", 185_300),
    // 34 claims coded twice, 19 adjudications on the record (issue 15).
    ("corpus", ".json", 24_000),
    ("favicon", ".svg", 300),
];

/// The workbench's files: not part of the reader's first load.
const WORKBENCH: &str = "parallax-workbench";

/// The workbench's program (the pipeline, the page and its worker), loaded
/// only by workbench.html: 590 KB at its first version (issue 18), 598 KB
/// after the review's fixes.
const WORKBENCH_WASM: usize = 610_000;

#[test]
fn first_load_stays_within_its_byte_budget() {
    let dist = crate::support::dist();
    let mut total = 0;
    let mut over = Vec::new();
    println!("{:<44} {:>9} {:>9} {:>9}", "file", "raw", "brotli", "budget");
    for (prefix, suffix, budget) in BUDGETS {
        let entry = std::fs::read_dir(&dist)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                let n = p.file_name().unwrap().to_string_lossy().into_owned();
                n.starts_with(prefix)
                    && n.ends_with(suffix)
                    && !(suffix == &".js" && n.ends_with("_bg.js"))
                    && !n.starts_with(WORKBENCH)
            })
            .unwrap_or_else(|| panic!("no {prefix}*{suffix} in {}", dist.display()));
        let bytes = std::fs::read(&entry).unwrap();
        let br = brotli_len(&bytes);
        total += br;
        println!(
            "{:<44} {:>9} {:>9} {:>9}",
            entry.file_name().unwrap().to_string_lossy(),
            bytes.len(),
            br,
            budget
        );
        if br > *budget {
            over.push(format!("{prefix}*{suffix}: {br} > {budget}"));
        }
    }
    println!("{:<44} {:>9} {:>9}", "first load, total", "", total);
    assert!(over.is_empty(), "over budget: {over:?}");
}

#[test]
fn the_workbench_stays_off_the_readers_page_and_within_its_budget() {
    let dist = crate::support::dist();
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        !index.contains(WORKBENCH) && !index.contains("workbench-start"),
        "the reader's page names the workbench's program"
    );
    let wasm = std::fs::read(dist.join(format!("{WORKBENCH}_bg.wasm"))).unwrap();
    let br = brotli_len(&wasm);
    println!("{WORKBENCH}_bg.wasm: {} raw, {br} brotli, budget {WORKBENCH_WASM}", wasm.len());
    assert!(br <= WORKBENCH_WASM, "the workbench's program: {br} > {WORKBENCH_WASM}");
}

#[test]
fn no_regex_in_the_front_end() {
    // `regex` is compiled as a dependency of leptos_config but must not be linked:
    // the wasm would then carry its Unicode tables and error strings.
    let dist = crate::support::dist();
    let wasm = std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "wasm") && !p.to_string_lossy().contains(WORKBENCH))
        .unwrap();
    let bytes = std::fs::read(wasm).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    for marker in ["regex parse error", "regex_automata", "Unicode-aware Perl class"] {
        assert!(!text.contains(marker), "{marker:?} found in the wasm");
    }
}
