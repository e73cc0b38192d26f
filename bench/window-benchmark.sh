#!/usr/bin/env bash
# The window at scale: for each database given, starts `wirescope --timing` and reports the time from
# process start to the first story rows painted, the time to apply a company filter and paint it,
# and the peak memory; beside the same measures on the 49-story sample corpus (the baseline: what Qt,
# the window and an almost empty database cost), in the same run. Prints a Markdown table.
#
#   bench/window-benchmark.sh [--build DIR] [--runs N] [--stories-wanted N] DB...
#
#   DB               a Wirescope database (e.g. one kept by bench/run-benchmarks.sh --keep)
#   --stories-wanted the filter is the company whose story count is nearest N (default 10000)
#   --runs N         runs per database after one warm-up (default 5); medians are reported
#
# The window runs on the offscreen platform with a scratch settings folder, so no display is needed
# and the user's settings are never read or written.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$root/build"
runs=5
wanted=10000
dbs=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --stories-wanted) wanted="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "window-benchmark.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) dbs+=("$1"); shift ;;
    esac
done
[ ${#dbs[@]} -gt 0 ] || { echo "window-benchmark.sh: give at least one database (see --help)" >&2; exit 2; }
app="$(find "$build" -type f -name wirescope -perm -u+x 2>/dev/null | head -n 1)"
cli="$(find "$build" -type f -name wirescope-cli -perm -u+x 2>/dev/null | head -n 1)"
[ -n "$app" ] && [ -n "$cli" ] || { echo "window-benchmark.sh: build wirescope and wirescope-cli under $build first" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/wirescope-window.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/run" WIRESCOPE_DATA_DIR="$root/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The baseline database: the sample corpus.
"$cli" --db "$work/sample.db" ingest "$root/data/sample" > /dev/null

# company NAME STORIES: the company whose story count is nearest the wanted number.
company_of() {
    python3 - "$1" "$wanted" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = db.execute("SELECT name, story_count FROM entities WHERE type = 'company' "
                 "ORDER BY abs(story_count - ?) LIMIT 1", (int(sys.argv[2]),)).fetchone()
print(f"{row[0]}\t{row[1]}")
EOF
}

# measure DB NAME: one warm-up, then the runs; prints the medians as a table row.
measure() {
    local db=$1 name=$2 stories
    stories=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True).execute('SELECT count(*) FROM stories').fetchone()[0])" "$db")
    rm -f "$work"/t*.json
    for i in $(seq 0 "$runs"); do
        "$app" --db "$db" --state "company:$name" --timing "$work/t$i.json" 2> /dev/null
    done
    python3 - "$work" "$runs" "$stories" "$name" "$db" <<'EOF'
import json, statistics, sys, os
work, runs, stories, name, db = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rows = [json.load(open(os.path.join(work, f"t{i}.json"))) for i in range(1, runs + 1)]
med = lambda key: statistics.median(r[key] for r in rows)
size = os.path.getsize(db) / 1e6
print(f"| {stories:,} | {size:,.0f} | {med('first_rows_ms'):.0f} | {name} | {int(rows[0]['state_stories']):,} "
      f"| {med('state_ms'):.0f} | {med('peak_rss_mb'):.0f} |")
EOF
}

echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); median of $runs runs after a warm-up, offscreen."
echo
echo "| stories | database (MB) | start to first rows (ms) | company filter | its stories | filter applied and painted (ms) | peak memory (MB) |"
echo "|---:|---:|---:|---|---:|---:|---:|"
IFS=$'\t' read -r sample_company _ < <(company_of "$work/sample.db")
measure "$work/sample.db" "$sample_company"
for db in "${dbs[@]}"; do
    IFS=$'\t' read -r company _ < <(company_of "$db")
    measure "$db" "$company"
done
