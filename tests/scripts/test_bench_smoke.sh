#!/usr/bin/env bash
# Smoke test of the scale benchmark runner (bench/run-benchmarks.sh) at a tiny size: it runs end to
# end, writes its tables to the file it is given (never docs/), and the import it measures stored
# exactly the stories the generator wrote, dropping exactly its duplicates. It checks that the
# runner works, not the figures. Skipped (77) when the benchmarks were not built or sqlite3 is absent.
set -uo pipefail
cli=${WIRESCOPE_CLI:?}
source_dir=${WIRESCOPE_SOURCE_DIR:?}
build=$(cd "$(dirname "$cli")/../.." && pwd)
generator=$(find "$build" -type f -name CorpusGenerator -perm -u+x 2>/dev/null | head -n 1)
bench=$(find "$build" -type f -name BenchScale -perm -u+x 2>/dev/null | head -n 1)
if [ -z "$generator" ] || [ -z "$bench" ]; then
    echo "SKIP: CorpusGenerator/BenchScale not built under $build"
    exit 77
fi
if ! command -v sqlite3 >/dev/null; then
    echo "SKIP: the sqlite3 shell is not installed"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The generator: deterministic from the seed, both formats.
"$generator" --count 300 --seed 7 --format jsonl --out "$work/a.jsonl" 2>/dev/null || fail "the generator writes JSON Lines"
"$generator" --count 300 --seed 7 --format jsonl --out "$work/b.jsonl" 2>/dev/null
cmp -s "$work/a.jsonl" "$work/b.jsonl" || fail "the same seed gives the same corpus"
"$generator" --count 300 --seed 8 --format jsonl --out "$work/c.jsonl" 2>/dev/null
cmp -s "$work/a.jsonl" "$work/c.jsonl" && fail "another seed gives another corpus"
[ "$(wc -l < "$work/a.jsonl")" -eq 300 ] || fail "300 stories give 300 JSON lines"
"$generator" --count 300 --seed 7 --format txt --out "$work/a.txt" 2>/dev/null || fail "the generator writes plain text"
distinct=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['distinct_stories'])" "$work/a.txt.manifest.json")
"$cli" --db "$work/txt.db" ingest --json --no-extract "$work/a.txt" > "$work/txt.json" 2>/dev/null
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d['added'] == int(sys.argv[2]) else 1)" \
    "$work/txt.json" "$distinct" || fail "the plain-text corpus reads back as the $distinct distinct stories written"

# The runner, at 10,000 stories (the smoke test the scale issue asks for), one search run (Recoll rows only when recoll is installed).
out="$work/PERFORMANCE.md"
start=$SECONDS
bash "$source_dir/bench/run-benchmarks.sh" --build "$build" --sizes 10000 --out "$out" --work "$work/run" \
    --runs 1 --recoll-timeout 60 --no-install > "$work/run.log" 2>&1 || { cat "$work/run.log"; fail "the runner exits 0"; }
echo "runner: $((SECONDS - start)) s"
[ -s "$out" ] || fail "the runner writes the table to --out"
grep -q "BEGIN GENERATED" "$out" || fail "the table is between the generated-section markers"
grep -q "^| 10,000 | Wirescope, with extraction | [0-9.]* | [0-9,]* |" "$out" || fail "the import table has the Wirescope row"
grep -q "^| 10,000 | bare FTS5" "$out" || fail "the import table has the bare FTS5 row"
grep -q "^| 10,000 | [0-9.]* | [0-9.]* |" "$out" || fail "the search table has a row"
grep -q "counts match" "$out" || fail "the import stored the generator's distinct stories and dropped its exact duplicates"
grep -q "^### Entity filter" "$out" || fail "the entity filter is measured"
grep -q "cores" "$out" || fail "the machine is written beside the table"
if command -v recollindex >/dev/null; then
    grep -q "^| 10,000 | recollindex (one file per story) | [0-9.>]" "$out" || fail "recollindex is measured"
fi
[ -e "$work/run" ] && [ -n "$(find "$work/run" -name '*.db' 2>/dev/null)" ] && fail "the runner removes its databases"

if [ "$failures" -gt 0 ]; then
    echo "--- runner log"; cat "$work/run.log"; echo "--- table"; cat "$out" 2>/dev/null
    exit 1
fi
echo "ok"
