#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang-14) and runs each for N seconds, one at a time, from
# a copy of its seed corpus. Prints executions and exec/s per target; exits non-zero on any crash,
# leak, undefined behaviour, timeout or broken promise, naming the saved input. docs/FUZZING.md.
#
#   scripts/fuzz.sh [--seconds N] [--build DIR] [--only NAME]... [--no-build] [--keep DIR]
#
#   --seconds N   time per target (default 20); a long run is --seconds 3600
#   --build DIR   build tree (default build-fuzz in the checkout)
#   --only NAME   run only this target (plaintext, json, csv, feed, html, reuters, fileimport, query,
#                 money, date, fts, jsonfast, spans); may be repeated
#   --no-build    use the targets already built
#   --keep DIR    keep each target's grown corpus and log in DIR/<name>/ (default: a scratch folder,
#                 removed when every target passed)
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=20
build="$root/build-fuzz"
only=()
do_build=1
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    --no-build) do_build=0; shift ;;
    --keep) keep="$2"; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$seconds" in '' | *[!0-9]*) echo "fuzz.sh: --seconds wants a whole number, got '$seconds'" >&2; exit 2 ;; esac

targets=(plaintext json csv feed html reuters fileimport query money date fts jsonfast spans extract)
[ ${#only[@]} -gt 0 ] && targets=("${only[@]}")

if [ "$do_build" = 1 ]; then
    mkdir -p "$build"
    for tool in clang-14 clang++-14; do
        command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
    done
    # -O1 with line tables only: quick to build, and the stacks still name files and lines.
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
        -DWIRESCOPE_FUZZ=ON -DWIRESCOPE_BUILD_GUI=OFF -DWIRESCOPE_BUILD_BENCH=OFF \
        -DWIRESCOPE_BUILD_TESTS=OFF >"$build/configure.log" 2>&1 \
        || { cat "$build/configure.log"; echo "fuzz.sh: configure failed" >&2; exit 2; }
    cmake --build "$build" --target fuzz_all -j2 >"$build/build.log" 2>&1 \
        || { tail -40 "$build/build.log"; echo "fuzz.sh: build failed (log: $build/build.log)" >&2; exit 2; }
fi

# Seeds: tests/data/fuzz/<name>/, the inputs that once broke it (tests/data/fuzz/regressions/<name>/)
# and the importer test fixtures of its format.
data="$root/tests/data"
fixtures() {
    case "$1" in
    plaintext | extract) printf '%s\n' "$data"/import/*.txt ;;
    json | jsonfast) printf '%s\n' "$data"/import/*.json "$data"/import/*.jsonl "$data"/notes/*.jsonl ;;
    csv) printf '%s\n' "$data"/import/*.csv "$data"/import/*.tsv ;;
    feed) printf '%s\n' "$data"/import/feed_*.xml ;;
    html) printf '%s\n' "$data"/import/*.html ;;
    reuters) printf '%s\n' "$data"/import/*.sgm ;;
    fileimport) printf '%s\n' "$data"/import/*.* "$data"/import/encodings/* ;;
    esac
}
max_len() {
    case "$1" in
    query) echo 512 ;;
    date) echo 128 ;;
    money) echo 1024 ;;
    fts) echo 4096 ;;
    spans) echo 256 ;;
    *) echo 16384 ;;
    esac
}

if [ -n "$keep" ]; then
    mkdir -p "$keep" && scratch=$(cd "$keep" && pwd)
else
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/wirescope-fuzz.XXXXXX")
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
total_runs=0
printf '%-11s %12s %9s %8s  %s\n' target executions exec/s corpus result
for name in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$name"
    if [ ! -x "$exe" ]; then
        echo "fuzz.sh: $exe not built" >&2
        failed=1
        continue
    fi
    work="$scratch/$name"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp "$data/fuzz/$name"/* "$work/corpus/" 2>/dev/null
    cp "$data/fuzz/regressions/$name"/* "$work/corpus/" 2>/dev/null
    fixtures "$name" | while read -r f; do [ -f "$f" ] && cp "$f" "$work/corpus/"; done
    start=$(date +%s)
    "$exe" -max_total_time="$seconds" -max_len="$(max_len "$name")" -rss_limit_mb=2048 -timeout=30 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1
    rc=$?
    elapsed=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    corpus=$(ls "$work/corpus" | wc -l)
    artifacts=$(ls "$work/artifacts")
    if [ $rc -eq 0 ] && [ -z "$artifacts" ]; then
        result="ok (${elapsed}s)"
    else
        failed=1
        result="FAILED (exit $rc)"
    fi
    total_runs=$((total_runs + ${runs:-0}))
    printf '%-11s %12s %9s %8s  %s\n' "$name" "${runs:-?}" "${rate:-?}" "$corpus" "$result"
    if [ "$result" != "ok (${elapsed}s)" ]; then
        grep -E 'ERROR: |SUMMARY: |runtime error|fuzz_[a-z]+: ' "$work/log" | head -5 | sed 's/^/    /'
        for a in $artifacts; do echo "    crashing input: $work/artifacts/$a"; done
        echo "    log: $work/log"
        echo "    replay: $exe $work/artifacts/<file>"
    fi
done
echo "total executions: $total_runs"
if [ $failed -ne 0 ]; then
    echo "fuzz.sh: FAILED; inputs and logs kept in $scratch" >&2
    exit 1
fi
[ -z "$keep" ] && rm -rf "$scratch"
echo "fuzz.sh: all ${#targets[@]} targets ran ${seconds}s without a finding"
