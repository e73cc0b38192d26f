#!/usr/bin/env bash
# The scale benchmark in one command: for each corpus size, generate a synthetic corpus
# (CorpusGenerator), import it with Wirescope with and without extraction, load the same text into a
# bare FTS5 table through the sqlite3 shell, index it with recollindex, time a fixed query set on all
# three and the entity filter, and write the Markdown tables to docs/PERFORMANCE.md (between the
# generated-section markers; the rest of the file is kept).
#
#   bench/run-benchmarks.sh [--build DIR] [--sizes "10000 100000 1000000"] [--out FILE] [--work DIR]
#                           [--seed S] [--runs N] [--recoll-max N] [--recoll-timeout S] [--no-recoll]
#                           [--no-install] [--keep]
#
#   --build DIR         build tree with wirescope-cli, CorpusGenerator and BenchScale (default: build)
#   --recoll-max N      largest size recollindex is run at (default 100000: at 1,000,000 stories it
#                       takes hours on two cores, so the table says "not measured" there)
#   --recoll-timeout S  recollindex is stopped after S seconds and reported as "> S s (stopped)"
#   --no-install        do not offer to apt-get install sqlite3 and recoll when they are missing
#   --keep              keep the scratch folder (results.jsonl, the Wirescope databases) instead of
#                       deleting it
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$root/build"
sizes="10000 100000 1000000"
out="$root/docs/PERFORMANCE.md"
work=""
seed=42
runs=5
recoll_max=100000
recoll_timeout=900
use_recoll=1
install=1
keep=0

while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --recoll-max) recoll_max="$2"; shift 2 ;;
        --recoll-timeout) recoll_timeout="$2"; shift 2 ;;
        --no-recoll) use_recoll=0; shift ;;
        --no-install) install=0; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "run-benchmarks.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

find_tool() { # name: the built binary, wherever the build tree put it
    local found
    found="$(find "$build" -type f -name "$1" -perm -u+x 2>/dev/null | head -n 1)"
    if [ -z "$found" ]; then
        echo "run-benchmarks.sh: $1 not found under $build; build it first:" >&2
        echo "  cmake --build $build --target wirescope-cli CorpusGenerator BenchScale" >&2
        exit 1
    fi
    echo "$found"
}
cli="$(find_tool wirescope-cli)"
generator="$(find_tool CorpusGenerator)"
bench="$(find_tool BenchScale)"

# The baselines' tools: sqlite3 (the shell) and recoll (recollindex, recollq), from Debian.
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
if [ "$use_recoll" = 1 ] && ! { command -v recollindex >/dev/null && command -v recollq >/dev/null; }; then
    missing+=(recoll)
fi
if [ ${#missing[@]} -gt 0 ] && [ "$install" = 1 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..." >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y --no-install-recommends "${missing[@]}" >&2 || true
    elif command -v sudo >/dev/null; then sudo apt-get install -y --no-install-recommends "${missing[@]}" >&2 || true
    fi
fi
if ! command -v sqlite3 >/dev/null; then
    echo "run-benchmarks.sh: the sqlite3 shell is needed for the bare FTS5 baseline (apt-get install sqlite3)" >&2
    exit 1
fi
if [ "$use_recoll" = 1 ] && ! { command -v recollindex >/dev/null && command -v recollq >/dev/null; }; then
    echo "run-benchmarks.sh: recollindex/recollq not found (apt-get install recoll): the Recoll rows are skipped" >&2
    use_recoll=0
fi

# Scratch: a new folder is removed whole at the end; in a given one, only what the runner made.
if [ -z "$work" ]; then
    work="$(mktemp -d "${TMPDIR:-/tmp}/wirescope-bench.XXXXXX")"
    [ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
else
    mkdir -p "$work"
    [ "$keep" = 1 ] || trap 'for n in $sizes; do rm -rf "$work/$n"; done' EXIT
fi
results="$work/results.jsonl"
: > "$results"

cores="$(nproc)"
memory="$(free -g | awk '/^Mem:/ {print $2}')"
cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)"
disk="$(df -h "$work" | awk 'NR==2 {print $2 " " $1 ", " $4 " free"}')"
machine="${cores} cores${cpu:+ ($cpu)}, ${memory} GB memory, disk ${disk}; $(uname -sr)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
started=$SECONDS

for n in $sizes; do
    echo "== $n stories" >&2
    dir="$work/$n"
    rm -rf "$dir"
    mkdir -p "$dir"
    corpus="$dir/corpus.jsonl"
    manifest="$dir/corpus.manifest.json"

    "$bench" measure --results "$results" --size "$n" --row generate --stories "$n" --input "$corpus" -- \
        "$generator" --count "$n" --seed "$seed" --format jsonl --out "$corpus" --manifest "$manifest"

    "$bench" measure --results "$results" --size "$n" --row import_extract --stories "$n" --input "$corpus" \
        --db "$dir/wirescope.db" --db "$dir/wirescope.db-wal" --stdout "$dir/ingest.json" -- \
        "$cli" --db "$dir/wirescope.db" ingest --json "$corpus" || echo "   the import failed: see $dir/ingest.json" >&2
    "$bench" verify --results "$results" --size "$n" --manifest "$manifest" --report "$dir/ingest.json" \
        --db "$dir/wirescope.db" || true

    "$bench" measure --results "$results" --size "$n" --row import_plain --stories "$n" --input "$corpus" \
        --db "$dir/plain.db" --db "$dir/plain.db-wal" --stdout "$dir/ingest-plain.json" -- \
        "$cli" --db "$dir/plain.db" ingest --json --no-extract "$corpus" || true
    rm -f "$dir/plain.db" "$dir/plain.db-wal" "$dir/plain.db-shm"

    # Bare FTS5: the same titles and bodies, CSV into a plain fts5 table (one transaction, unicode61).
    "$bench" csv "$corpus" "$dir/corpus.csv"
    cat > "$dir/bare.sql" <<SQL
CREATE VIRTUAL TABLE fts USING fts5(title, body);
.import --csv --skip 1 $dir/corpus.csv fts
SQL
    "$bench" measure --results "$results" --size "$n" --row bare_fts5 --stories "$n" --input "$corpus" \
        --db "$dir/bare.db" --stdin "$dir/bare.sql" -- sqlite3 -batch -bail "$dir/bare.db" || true
    rm -f "$dir/corpus.csv"

    recoll_args=()
    if [ "$use_recoll" = 1 ] && [ "$n" -le "$recoll_max" ]; then
        "$bench" files "$corpus" "$dir/stories"
        mkdir -p "$dir/recoll"
        printf 'topdirs = %s\nloglevel = 1\nidxflushmb = 64\n' "$dir/stories" > "$dir/recoll/recoll.conf"
        if "$bench" measure --results "$results" --size "$n" --row recollindex --stories "$n" --input "$corpus" \
            --db "$dir/recoll/xapiandb" --timeout "$recoll_timeout" -- recollindex -c "$dir/recoll" -z; then
            if [ -d "$dir/recoll/xapiandb" ] && tail -n 1 "$results" | grep -q '"stopped":false'; then
                recoll_args=(--recoll "$dir/recoll")
            fi
        fi
        rm -rf "$dir/stories"
    fi

    "$bench" search --results "$results" --size "$n" --manifest "$manifest" --db "$dir/wirescope.db" \
        --bare "$dir/bare.db" --runs "$runs" "${recoll_args[@]}"

    # Disk: keep only what a later look might want.
    rm -f "$corpus" "$dir/bare.db"
    rm -rf "$dir/recoll"
    if [ "$keep" = 0 ]; then rm -f "$dir/wirescope.db" "$dir/wirescope.db-wal" "$dir/wirescope.db-shm"; fi
    echo "   (${n} done at $((SECONDS - started)) s)" >&2
done

mkdir -p "$(dirname "$out")"
"$bench" report --results "$results" --out "$out" \
    --machine "$machine; load average at the start $load; seed $seed; whole run $((SECONDS - started)) s"
echo "Wrote $out ($((SECONDS - started)) s)" >&2
