#!/usr/bin/env bash
# Takes the window's screenshots for docs/screenshots/ from the sample corpus, under Xvfb.
#
#   scripts/screenshots.sh BUILD_DIR [OUT_DIR]
#
# Builds nothing: BUILD_DIR must hold src/gui/wirescope. Each shot starts wirescope on the same fresh
# temporary database (the first run imports data/sample), puts the window in a state with the hidden
# --state option, waits for --ready-file, and grabs the screen with ImageMagick's `import`.
# Settings and data go to a temporary XDG home, so the user's own are never touched.
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR [OUT_DIR]}
src=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$src/docs/screenshots}
app=$(cd "$build" && pwd)/src/gui/wirescope
cli=$(cd "$build" && pwd)/src/cli/wirescope-cli
[ -x "$app" ] || { echo "$0: $app is not built" >&2; exit 1; }
[ -x "$cli" ] || { echo "$0: $cli is not built" >&2; exit 1; }
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 1; }
done
mkdir -p "$out"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export WIRESCOPE_DATA_DIR=$src/data
db=$work/sample.db
width=1600 height=1000

# shot NAME STATE [extra wirescope arguments...]
shot() {
    local name=$1 state=$2
    shift 2
    rm -f "$work/ready"
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
        app=$1 db=$2 state=$3 ready=$4 png=$5 geometry=$6
        shift 6
        "$app" --db "$db" --state "$state" --ready-file "$ready" -geometry "$geometry" "$@" &
        pid=$!
        for _ in $(seq 1 240); do
            [ -f "$ready" ] && break
            kill -0 "$pid" 2>/dev/null || { echo "wirescope exited early" >&2; exit 1; }
            sleep 0.5
        done
        [ -f "$ready" ] || { echo "wirescope did not get ready" >&2; kill "$pid"; exit 1; }
        import -window root "$png"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    ' shot "$app" "$db" "$state" "$work/ready" "$out/$name.png" "${width}x${height}+0+0" "$@"
    echo "$out/$name.png"
}

shot window "story:0" --import "$src/data/sample"
shot company "company:TSMC;story:0"
shot story "company:CXMT;tab:technologies;story:1"
shot deals "tab:deals;browsers:900;story:2"

# An annotated passage: two notes on a CXMT story, written through the command line as an analyst's
# script would; the window shows the passage marked and the notes in the Notes panel.
rowid=$("$cli" --db "$db" search --json 'company:CXMT' --limit 1 | python3 -c '
import json, sys
print(json.load(sys.stdin)["results"][0]["rowid"])')
read -r story body < <(python3 -c '
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute("SELECT id, body FROM stories WHERE rowid = ?", (int(sys.argv[2]),)).fetchone()
print(row[0], row[1].replace("\n", " "))' "$db" "$rowid")
quote=$(python3 -c '
import re, sys
sentences = [s for s in re.split(r"(?<=[.!?])\s+", sys.argv[1]) if 50 <= len(s) <= 220]
print(sentences[0] if sentences else sys.argv[1][:160])' "$body")
"$cli" --db "$db" notes add --story "$story" --quote "$quote" --tag memory --tag follow-up \
    --text 'Check this figure against the annual report.' >/dev/null
"$cli" --db "$db" notes add --story "$story" --tag memory --text 'Whole story: background for the DRAM brief.' >/dev/null
phrase=$(python3 -c 'import sys; print(" ".join(sys.argv[1].split()[:6]).strip(".,;:"))' "$quote")
shot annotated "query:\"$phrase\";story:0"
