//! Benchmark of the web app in headless Chromium against the release build
//! (`scripts/bench.sh`; not part of the test run). Prints, as Markdown:
//! first-load bytes per file; time to text next to a plain static HTML page
//! of the same corpus, in one run, with the CPU slowed 4x (and also on a slow
//! 4G network); script time per interaction at 4x; the same for a generated
//! corpus of 50 articles; and Lighthouse's mobile scores when it is installed.

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{json, Value};
use support::{Browser, Kind, Server};

/// Repetitions of each interaction (twice this many clicks).
fn runs() -> usize {
    if quick() {
        1
    } else {
        9
    }
}

/// `PARALLAX_BENCH_QUICK=1`: every measurement once, so the test run can
/// check that `scripts/bench.sh` works end to end; its figures mean nothing.
fn quick() -> bool {
    std::env::var("PARALLAX_BENCH_QUICK").is_ok_and(|v| v == "1")
}

/// Loads of each page for time to text. Page loads on this VM spread widely
/// (one page's LCP from 170 to 1,160 ms within a run), so there are more of
/// them than of anything else, after a pair not counted, app and static page
/// in alternating order.
fn load_runs() -> usize {
    if quick() {
        1
    } else {
        15
    }
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).unwrap();
    }
    out.len()
}

/// First and third quartile (nearest rank).
fn quartiles(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[v.len() / 4], v[(3 * v.len()) / 4])
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// A copy of the site with a plain static page of the same text:
/// `baseline.html` is the built page (its static view and inline style)
/// without the script tag that starts the program.
fn with_baseline(site: &Path) {
    let page = std::fs::read_to_string(site.join("index.html")).unwrap();
    let start = page.find("<script type=\"module\" id=\"loader\"").expect("the loader's script tag");
    let end = start + page[start..].find("</script>").unwrap() + "</script>".len();
    std::fs::write(site.join("baseline.html"), format!("{}{}", &page[..start], &page[end..])).unwrap();
}

/// Records the page's long tasks (over 50 ms) from the start of every
/// document, so the load's blocking time can be read afterwards.
const LONG_TASKS: &str = "window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });";

/// Loads `page` with a cold cache and returns, in ms: FCP, LCP,
/// DOMContentLoaded, app ready, blocking time (the part of each long task
/// over 50 ms, summed, as in Lighthouse's TBT but up to the app being ready)
/// and the longest task.
fn load_timings(b: &Browser, url: &str, app: bool) -> [f64; 6] {
    b.cdp("Network.clearBrowserCache", json!({}));
    b.goto("about:blank");
    b.js("window.__lcp = 0; return 1", json!([]));
    b.goto(url);
    if app {
        b.wait(
            "performance.getEntriesByName('parallax-ready').length > 0",
            Duration::from_secs(60),
            "the app",
        );
    }
    std::thread::sleep(Duration::from_millis(300));
    let v = b.js_async(
        "const done = arguments[arguments.length - 1];
         let lcp = 0;
         new PerformanceObserver(l => { for (const e of l.getEntries()) lcp = Math.max(lcp, e.startTime); })
           .observe({ type: 'largest-contentful-paint', buffered: true });
         setTimeout(() => {
           const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0;
           const nav = performance.getEntriesByType('navigation')[0];
           const ready = (performance.getEntriesByName('parallax-ready')[0] || {}).startTime || 0;
           const lt = window.__lt || [];
           const blocking = lt.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
           const longest = lt.reduce((m, [, d]) => Math.max(m, d), 0);
           done([fcp, lcp, nav.domContentLoadedEventEnd, ready, blocking, longest]);
         }, 100);",
        json!([]),
    );
    let a: Vec<f64> = serde_json::from_value(v).unwrap();
    [a[0], a[1], a[2], a[3], a[4], a[5]]
}

fn metrics(b: &Browser) -> (f64, f64) {
    let m = b.cdp("Performance.getMetrics", json!({}));
    let get = |n: &str| {
        m["metrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == n)
            .map_or(0.0, |x| x["value"].as_f64().unwrap())
    };
    (get("ScriptDuration") * 1000.0, (get("LayoutDuration") + get("RecalcStyleDuration")) * 1000.0)
}

/// One interaction (a script run in the page), in ms: Chromium's script time
/// for it (CDP `ScriptDuration`: the handler, the reactive updates it
/// schedules, the deferred address update, and the benchmark's own call),
/// the time from the event to the next task as seen in the page (this also
/// holds a frame's rendering when one falls in between), and Chromium's style
/// and layout time.
fn interaction(b: &Browser, script: &str) -> (f64, f64, f64) {
    std::thread::sleep(Duration::from_millis(200));
    let (s0, l0) = metrics(b);
    let took = b.js_async(
        &format!(
            "const done = arguments[arguments.length - 1];
             const ch = new MessageChannel();
             const t0 = performance.now();
             ch.port1.onmessage = () => done(performance.now() - t0);
             {script};
             ch.port2.postMessage(0);"
        ),
        json!([]),
    );
    std::thread::sleep(Duration::from_millis(400));
    let (s1, l1) = metrics(b);
    (s1 - s0, took.as_f64().unwrap_or(f64::NAN), l1 - l0)
}

fn interactions(b: &Browser, with_claims: bool) -> Vec<(&'static str, f64, f64, f64)> {
    let cases: [(&str, &str); 8] = [
        ("nothing (the measuring call alone)", "void 0"),
        ("writing the address alone (History.pushState, done after the frame)", "history.pushState(null, '', location.pathname + '?bench=' + Math.random())"),
        ("toggle a topic", "document.querySelector('button.topic:nth-of-type(2)').click()"),
        ("toggle four topics on", "[1,3,4,5].forEach(i => document.querySelector('button.topic:nth-of-type(' + i + ')').click())"),
        ("move a column", "document.querySelector('#live article.column:nth-of-type(3) button[aria-label$=\"left\"]').click()"),
        ("focus a claim", "document.querySelector('tbody.tp.on tr.claim .claim-btn').click()"),
        ("focus a sentence", "const s = document.querySelectorAll('#live .s'); s[(s.length / 2 + Math.floor(Math.random() * 40)) | 0].click()"),
        ("type a search letter", "const i = document.getElementById('search'); i.value += 'a'; i.dispatchEvent(new Event('input', { bubbles: true }))"),
    ];
    let mut out = Vec::new();
    for (name, script) in cases {
        if name == "focus a claim" && !with_claims {
            continue;
        }
        let (mut script_ms, mut task_ms, mut layout_ms) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..2 * runs() {
            let (s, t, l) = interaction(b, script);
            script_ms.push(s);
            task_ms.push(t);
            layout_ms.push(l);
        }
        out.push((name, median(script_ms), median(task_ms), median(layout_ms)));
    }
    out
}

/// The point (viewport CSS pixels) where a reader would click to do each
/// interaction, found in the page after scrolling its target into view.
const CLICK_TARGETS: [(&str, &str); 4] = [
    ("toggle a topic", "const e = document.querySelector('button.topic:nth-of-type(2)');"),
    ("move a column", "const e = document.querySelector('#live article.column:nth-of-type(3) button[aria-label$=\"left\"]');"),
    ("focus a claim", "const e = document.querySelector('tbody.tp.on tr.claim .claim-btn');"),
    ("focus a sentence", "const all = [...document.querySelectorAll('#live .s')]; const e = all[(all.length / 2 + Math.floor(Math.random() * 40)) | 0];"),
];

/// Real input, measured as the browser measures responsiveness (Event
/// Timing, the basis of INP): a trusted click sent through CDP
/// (`Input.dispatchMouseEvent`), then the click's entry: its processing time
/// (the handler and the reactive updates it runs, up to the point where the
/// browser may paint) and its duration (from the input to the next paint, in
/// steps of 8 ms). Work left for animation-frame callbacks (a scroll) is in
/// the duration only; work left for after the paint (the address, columns
/// out of view) is in neither. `None` when the page reported no entry (Event
/// Timing reports only interactions of 16 ms or more).
fn real_click(b: &Browser, target: &str) -> (Option<f64>, Option<f64>) {
    std::thread::sleep(Duration::from_millis(200));
    let point = b.js(
        &format!(
            "{target}
             e.scrollIntoView({{ block: 'center', inline: 'center' }});
             const r = e.getClientRects()[0];
             window.__events = [];
             return [r.x + Math.min(r.width / 2, 8), r.y + r.height / 2];"
        ),
        json!([]),
    );
    std::thread::sleep(Duration::from_millis(300));
    let (x, y) = (point[0].as_f64().unwrap(), point[1].as_f64().unwrap());
    for kind in ["mousePressed", "mouseReleased"] {
        b.cdp(
            "Input.dispatchMouseEvent",
            json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
        );
    }
    std::thread::sleep(Duration::from_millis(700));
    let e = b.js("return window.__events.find(e => e.name === 'click') || null", json!([]));
    let f = |k: &str| e[k].as_f64();
    (f("processingEnd").zip(f("processingStart")).map(|(end, start)| end - start), f("duration"))
}

/// Starts collecting Event Timing entries in the page (see [`real_click`]).
fn observe_events(b: &Browser) {
    b.js(
        "window.__events = [];
         new PerformanceObserver(l => l.getEntries().forEach(e => window.__events.push(e.toJSON())))
             .observe({ type: 'event', durationThreshold: 16 });",
        json!([]),
    );
}

/// Prints the real-click table: processing before the paint and input to
/// next paint, median of `2 * runs()` clicks per interaction.
fn print_real_clicks(b: &Browser, with_claims: bool) {
    observe_events(b);
    println!(
        "Real clicks (trusted input through CDP, Event Timing; median of the {} clicks, ms; clicks answered within 16 ms are not reported by the browser and are left out of the medians, counted in the last column):\n\n| interaction | script before the paint (processing) | input to next paint | clicks under 16 ms |\n|---|---:|---:|---:|",
        2 * runs()
    );
    for (name, target) in CLICK_TARGETS {
        if name == "focus a claim" && !with_claims {
            continue;
        }
        let (mut proc_ms, mut paint_ms) = (Vec::new(), Vec::new());
        for _ in 0..2 * runs() {
            let (p, d) = real_click(b, target);
            proc_ms.extend(p);
            paint_ms.extend(d);
        }
        // Clicks under 16 ms to the next paint are not reported: say how many were.
        let missing = 2 * runs() - paint_ms.len();
        let shown = |v: Vec<f64>| if v.is_empty() { "n/a".to_string() } else { format!("{:.1}", median(v)) };
        println!("| {name} | {} | {} | {missing} |", shown(proc_ms), shown(paint_ms));
    }
    println!();
}

/// Prints both interaction tables for the site `server` serves, each on a
/// freshly opened page: script as CDP counts it, then real clicks.
fn print_interactions(b: &Browser, server: &Server, with_claims: bool) {
    // With claims, a shared view of one topic (its claims on screen, as a
    // reader arriving from a link sees them); toggles return to it.
    let start = if with_claims { "?topics=trade" } else { "" };
    support::open(b, server, start);
    println!("| interaction | script (CDP) | event to next task | style + layout |\n|---|---:|---:|---:|");
    for (name, s, t, l) in interactions(b, with_claims) {
        println!("| {name} | {s:.1} | {t:.1} | {l:.1} |");
    }
    println!();
    support::open(b, server, start);
    print_real_clicks(b, with_claims);
}

/// Requests every file once so the server's brotli cache is filled before
/// anything is timed (compressing the wasm at quality 11 takes a second).
fn warm(server: &Server, site: &Path) {
    for e in std::fs::read_dir(site).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        let _ = ureq::get(&format!("{}{name}", server.url))
            .set("Accept-Encoding", "br")
            .call()
            .map(|r| r.into_string());
    }
}

/// Headless Chromium as every timing here uses it: long tasks recorded, the
/// cache off, performance metrics on, the CPU slowed 4x.
fn bench_browser() -> Browser {
    let b = Browser::start(Kind::Chromium);
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": LONG_TASKS }));
    b.cdp("Network.enable", json!({}));
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }));
    b.cdp("Performance.enable", json!({}));
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }));
    b
}

/// The status line's text.
fn status(b: &Browser) -> String {
    b.js("return document.getElementById('built').textContent", json!([]))
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The worker's time for the next build, from the status line ("Built in
/// this page in N ms: …") once it differs from `before`.
fn worker_ms(b: &Browser, before: &str) -> f64 {
    let text = b.wait(
        &format!("(() => {{ const t = document.getElementById('built').textContent; return t.startsWith('Built in') && t !== {before:?} && t }})()"),
        Duration::from_secs(120),
        "a build",
    );
    let t = text.as_str().unwrap_or_default();
    t.trim_start_matches("Built in this page in ")
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Opens the workbench at CPU `rate`x, pastes the five seeds one by one
/// (the seeds' topics on), and returns (start ms, per-paste worker ms,
/// per-paste wall ms from the click to the new status).
fn paste_seeds(server: &Server, root: &Path, rate: u32) -> (f64, Vec<f64>, Vec<f64>) {
    let b = Browser::start(Kind::Chromium);
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }));
    let t0 = std::time::Instant::now();
    b.goto(&format!("{}workbench.html", server.url));
    b.wait("(() => { const e = document.getElementById('built'); return e && e.textContent === 'Add texts to begin.' })()", Duration::from_secs(120), "the workbench");
    let start = t0.elapsed().as_secs_f64() * 1000.0;
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(root.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    let (mut worker, mut wall) = (Vec::new(), Vec::new());
    for (i, seed) in seeds.iter().enumerate() {
        let text = std::fs::read_to_string(seed).unwrap();
        b.js("const t = document.getElementById('paste'); t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true }));", json!([text]));
        let before = status(&b);
        let t = std::time::Instant::now();
        b.click_css(".paste button");
        worker.push(worker_ms(&b, &before));
        wall.push(t.elapsed().as_secs_f64() * 1000.0);
        if i == 0 {
            b.click_css(".topics-edit > button");
            b.wait(
                "document.querySelectorAll('.topic-card').length > 3",
                Duration::from_secs(60),
                "the seeds' topics",
            );
        }
    }
    (start, worker, wall)
}

/// Typing in the workbench while its worker builds: real key presses
/// (CDP), input to next paint from Event Timing.
fn typing_while_building(server: &Server, root: &Path) -> (Vec<f64>, usize) {
    let b = Browser::start(Kind::Chromium);
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }));
    b.goto(&format!("{}workbench.html", server.url));
    b.wait("(() => { const e = document.getElementById('built'); return e && e.textContent === 'Add texts to begin.' })()", Duration::from_secs(120), "the workbench");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(root.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    observe_events(&b);
    let mut durations = Vec::new();
    let mut presses = 0;
    for seed in &seeds {
        let text = std::fs::read_to_string(seed).unwrap();
        b.js("const t = document.getElementById('paste'); t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true }));", json!([text]));
        let before = status(&b);
        b.click_css(".paste button");
        // While the worker builds: type a name, key by key.
        b.js("document.getElementById('paste-name').focus(); window.__events = [];", json!([]));
        for c in "typing meanwhile".chars() {
            let k = c.to_string();
            b.cdp("Input.dispatchKeyEvent", json!({ "type": "keyDown", "text": k, "key": k }));
            b.cdp("Input.dispatchKeyEvent", json!({ "type": "keyUp", "key": k }));
            presses += 1;
        }
        std::thread::sleep(Duration::from_millis(500));
        let d = b.js("return window.__events.filter(e => e.name === 'keydown' || e.name === 'keypress' || e.name === 'input').map(e => e.duration)", json!([]));
        durations.extend(d.as_array().unwrap().iter().filter_map(Value::as_f64));
        b.js("const n = document.getElementById('paste-name'); n.value = ''; n.dispatchEvent(new Event('input', { bubbles: true }));", json!([]));
        worker_ms(&b, &before);
    }
    (durations, presses)
}

/// Prints the workbench's figures.
fn bench_workbench(server: &Server, root: &Path) {
    let wasm = std::fs::read(support::dist().join("parallax-workbench_bg.wasm")).unwrap();
    println!(
        "## Workbench\n\nIts program (pipeline, page and worker): {} bytes raw, {} brotli, loaded only by workbench.html.\n",
        wasm.len(),
        brotli_len(&wasm)
    );
    println!("The five seeds pasted one by one, the seeds' topics on from the first; each build is of everything pasted so far (clean, split, tag, claims, aligned passages and facts). Worker time is the worker's own clock; wall time runs from the click to the new status on the page.\n");
    println!("| CPU | start (to the first answer) | worker ms per paste (1st…5th) | wall ms per paste | fifth paste, worker |\n|---|---:|---|---|---:|");
    for rate in [1, 4] {
        let (start, worker, wall) = paste_seeds(server, root, rate);
        let list = |v: &[f64]| v.iter().map(|x| format!("{x:.0}")).collect::<Vec<_>>().join(" / ");
        println!(
            "| {rate}x | {start:.0} | {} | {} | {:.0} |",
            list(&worker),
            list(&wall),
            worker.last().copied().unwrap_or(f64::NAN)
        );
    }
    let (typed, presses) = typing_while_building(server, root);
    let max = typed.iter().copied().fold(0.0, f64::max);
    println!(
        "\nTyping while the worker builds, CPU 4x: {presses} key presses; {} events of 16 ms or more to the next paint (the rest were faster){}.\n",
        typed.len(),
        if typed.is_empty() { String::new() } else { format!(", median {:.0} ms, longest {max:.0} ms (budget 100 ms)", median(typed.clone())) }
    );
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dist = support::dist();
    println!("# Web benchmark ({})\n", std::env::var("BENCH_DATE").unwrap_or_default());
    if quick() {
        println!("(PARALLAX_BENCH_QUICK=1: each measurement once; a check that the benchmark runs, not figures.)\n");
    }
    // `BENCH_ONLY=load,interact` runs only those parts (bytes, load,
    // interact, scale, lighthouse); all by default.
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let want = |part: &str| only.is_empty() || only.split(',').any(|p| p.trim() == part);

    // 1. Bytes.
    println!("## First-load bytes (brotli, quality 11)\n\n| file | raw | brotli |\n|---|---:|---:|");
    let mut total = 0;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dist).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if (name.starts_with("parallax-") && (name.ends_with(".csv") || name.ends_with("analysis.json")))
            || name.ends_with(".css")
            || name == "_headers"
            || name == "baseline.html"
            || name.starts_with("coding-guide.")
            || !parallax::workbench::site::is_reader_file(&name)
                && name != "index.html"
                && name != "corpus.json"
        {
            continue; // downloads, the stylesheet (inlined in index.html), host config, documents, the workbench: not loaded by the page
        }
        let bytes = std::fs::read(f).unwrap();
        let br = brotli_len(&bytes);
        total += br;
        println!("| {name} | {} | {br} |", bytes.len());
    }
    println!("| **total** | | **{total}** |\n");

    // 2. Time to text, app vs. a plain static page, in one run.
    let site = support::dist_copy("bench");
    with_baseline(&site);
    let server = Server::start(&site);
    server.compress(true);
    warm(&server, &site);
    let b = bench_browser();
    for (label, network) in [
        ("CPU 4x, local network", None),
        (
            "CPU 4x, slow 4G (150 ms, 1.6 Mbit/s)",
            Some(
                json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 93_750 }),
            ),
        ),
    ] {
        if !want("load") {
            break;
        }
        if let Some(n) = &network {
            b.cdp("Network.emulateNetworkConditions", n.clone());
        } else {
            b.cdp(
                "Network.emulateNetworkConditions",
                json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
            );
        }
        let (mut app, mut base) = (Vec::new(), Vec::new());
        let base_url = format!("{}baseline.html", server.url);
        // One pair to warm up, not counted; then pairs in alternating order.
        load_timings(&b, &server.url, true);
        load_timings(&b, &base_url, false);
        for run in 0..load_runs() {
            if run % 2 == 0 {
                app.push(load_timings(&b, &server.url, true));
                base.push(load_timings(&b, &base_url, false));
            } else {
                base.push(load_timings(&b, &base_url, false));
                app.push(load_timings(&b, &server.url, true));
            }
        }
        let col = |v: &Vec<[f64; 6]>, i: usize| median(v.iter().map(|x| x[i]).collect());
        println!("## Time to text — {label} (median of {}, ms)\n", load_runs());
        println!("| page | first contentful paint | largest contentful paint | DOMContentLoaded | app ready | blocking time | longest task |\n|---|---:|---:|---:|---:|---:|---:|");
        println!(
            "| plain static HTML | {:.0} | {:.0} | {:.0} | – | {:.0} | {:.0} |",
            col(&base, 0),
            col(&base, 1),
            col(&base, 2),
            col(&base, 4),
            col(&base, 5)
        );
        println!(
            "| Parallax | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |",
            col(&app, 0),
            col(&app, 1),
            col(&app, 2),
            col(&app, 3),
            col(&app, 4),
            col(&app, 5)
        );
        let lcp = |v: &Vec<[f64; 6]>| v.iter().map(|x| x[1]).collect::<Vec<f64>>();
        let (aq, bq) = (quartiles(lcp(&app)), quartiles(lcp(&base)));
        let paired = median(app.iter().zip(&base).map(|(a, s)| a[1] / s[1]).collect());
        println!(
            "\nTime to text (LCP, all five articles' text): Parallax / static = **{:.2}x** (target ≤ 1.2x); \
             the median of the {} paired ratios {paired:.2}x; LCP quartiles: Parallax {:.0}–{:.0} ms, static {:.0}–{:.0} ms.\n",
            col(&app, 1) / col(&base, 1),
            load_runs(),
            aq.0,
            aq.1,
            bq.0,
            bq.1
        );
    }
    b.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    );

    // 3. Interactions at 4x.
    if want("interact") {
        println!("## Interaction at CPU 4x (median of {}, ms; budget 16 ms of script)\n", 2 * runs());
        print_interactions(&b, &server, true);
    }
    drop(b);

    // 4. Scale: 50 generated articles.
    if want("scale") {
        let (big_site, big) = support::synthetic_site(50);
        let big_server = Server::start(&big_site);
        big_server.compress(true);
        warm(&big_server, &big_site);
        let b = bench_browser();
        let sentences: usize = big.articles.iter().map(|a| a.sentences().count()).sum();
        let loads: Vec<[f64; 6]> =
            (0..if quick() { 1 } else { 3 }).map(|_| load_timings(&b, &big_server.url, true)).collect();
        println!(
        "## Scale: {} generated articles, {sentences} sentences, CPU 4x\n\nLCP {:.0} ms, app ready {:.0} ms, blocking time {:.0} ms, longest task {:.0} ms (median of 3).\n",
        big.articles.len(),
        median(loads.iter().map(|x| x[1]).collect()),
        median(loads.iter().map(|x| x[3]).collect()),
        median(loads.iter().map(|x| x[4]).collect()),
        median(loads.iter().map(|x| x[5]).collect())
    );
        print_interactions(&b, &big_server, false);
        drop(b);
    }

    // 5. The workbench: its program's start, the five seeds pasted one by
    // one, and typing while the worker builds.
    if want("workbench") {
        bench_workbench(&server, &root);
    }

    // 6. Lighthouse, mobile preset, against the compressed release build.
    let lh = root.join(".tools/node_modules/.bin/lighthouse");
    if !want("lighthouse") {
    } else if lh.is_file() {
        let out = std::env::temp_dir().join(format!("parallax-lh-{}.json", std::process::id()));
        let status = std::process::Command::new(&lh)
            .arg(&server.url)
            .args(["--output=json", "--quiet", "--only-categories=performance,accessibility,best-practices,seo"])
            .arg(format!("--output-path={}", out.display()))
            .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync")
            .env("CHROME_PATH", "/usr/bin/chromium")
            .status();
        match status.ok().filter(|s| s.success()).and_then(|_| std::fs::read_to_string(&out).ok()) {
            Some(report) => {
                let r: Value = serde_json::from_str(&report).unwrap();
                println!(
                    "## Lighthouse {} (mobile preset)\n\n| category | score |\n|---|---:|",
                    r["lighthouseVersion"].as_str().unwrap_or("")
                );
                for cat in ["performance", "accessibility", "best-practices", "seo"] {
                    println!(
                        "| {cat} | {:.0} |",
                        r["categories"][cat]["score"].as_f64().unwrap_or(0.0) * 100.0
                    );
                }
                println!("\n| metric | value |\n|---|---|");
                for m in [
                    "first-contentful-paint",
                    "largest-contentful-paint",
                    "total-blocking-time",
                    "cumulative-layout-shift",
                    "speed-index",
                    "interactive",
                ] {
                    println!("| {m} | {} |", r["audits"][m]["displayValue"].as_str().unwrap_or("?"));
                }
                let failing: Vec<String> = r["audits"]
                    .as_object()
                    .unwrap()
                    .values()
                    .filter(|a| {
                        a["score"].as_f64().is_some_and(|s| s < 0.9)
                            && a["scoreDisplayMode"] != "informative"
                            && a["scoreDisplayMode"] != "manual"
                    })
                    .map(|a| {
                        format!(
                            "{} ({})",
                            a["id"].as_str().unwrap_or(""),
                            a["displayValue"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                println!(
                    "\nAudits under 0.9: {}\n",
                    if failing.is_empty() { "none".into() } else { failing.join(", ") }
                );
            }
            None => println!("## Lighthouse\n\nLighthouse did not produce a report.\n"),
        }
    } else {
        println!("## Lighthouse\n\nNot installed (scripts/bench.sh installs it into .tools/).\n");
    }
}
