#!/usr/bin/env bash
# The whole Reuters-21578 archive (22 .sgm files in ../shared) imports as 21,578 stories, each with
# its date, and a second import adds nothing. Skipped (exit 77) where ../shared is absent.
set -uo pipefail
cli=${WIRESCOPE_CLI:?}
archive=${WIRESCOPE_SHARED_DIR:-}/corpora/reuters21578
if ! ls "$archive"/reut2-0*.sgm >/dev/null 2>&1; then
    echo "SKIP: $archive is absent"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/r.db" ingest --json "$archive"/reut2-0*.sgm >"$work/report.json" 2>"$work/err.txt" || { echo "FAIL: ingest exited $?"; cat "$work/err.txt"; exit 1; }
python3 - "$work/report.json" <<'PY' || exit 1
import json, sys
report = json.load(open(sys.argv[1]))
assert len(report["files"]) == 22, f"{len(report['files'])} files"
assert report["added"] == 21578, f"{report['added']} stories added, {report['duplicates']} duplicates"
assert report["errors"] == 0, report["errors"]
PY
"$cli" --db "$work/r.db" stories --json >"$work/stories.json"
python3 - "$work/stories.json" <<'PY' || exit 1
import json, re, sys
stories = json.load(open(sys.argv[1]))
assert len(stories) == 21578, len(stories)
undated = [s for s in stories if not re.match(r"^1987-\d\d-\d\d", s["date"])]
assert not undated, f"{len(undated)} stories without a 1987 date, e.g. {undated[0]}"
assert all(s["source"]["line_start"] >= 1 and s["source"]["line_end"] >= s["source"]["line_start"] for s in stories)
PY
"$cli" --db "$work/r.db" ingest --json --no-extract "$archive"/reut2-000.sgm >"$work/again.json" 2>/dev/null
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['added']==0 and d['duplicates']==1000, d" "$work/again.json" || exit 1
echo "Reuters-21578: 21578 stories with dates"
