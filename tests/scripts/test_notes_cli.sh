#!/usr/bin/env bash
# End to end through the built wirescope-cli: notes add/list/export, the PDF export from a process
# that starts as a QCoreApplication (without QT_QPA_PLATFORM set), and --force.
set -euo pipefail
cli="${WIRESCOPE_CLI:?WIRESCOPE_CLI is not set}"
fixtures="${WIRESCOPE_SOURCE_DIR:?}/tests/data/notes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/notes.db"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" --db "$db" ingest --no-extract "$fixtures/wire-v1.jsonl" >/dev/null
story="$("$cli" --db "$db" stories | awk -F'\t' '/TSMC to double/ {print $1}')"
[ -n "$story" ] || fail "no TSMC story after ingest"

id="$("$cli" --db "$db" notes add --story "$story" --quote "demand for CoWoS remained very strong" \
      --tag packaging --text "Capacity is the constraint")"
[ "$id" = "1" ] || fail "notes add printed '$id'"

"$cli" --db "$db" notes list --json > "$work/list.json"
python3 - "$work/list.json" <<'PY' || fail "notes list --json"
import json, sys
notes = json.load(open(sys.argv[1]))
assert len(notes) == 1, notes
n = notes[0]
assert n["quote"] == "demand for CoWoS remained very strong"
assert n["end"] - n["start"] == 37 and n["anchor"] == "exact" and n["tags"] == ["packaging"]
assert n["citation"]["title"] == "TSMC to double CoWoS capacity as AI demand surges"
PY

env -u QT_QPA_PLATFORM "$cli" --db "$db" notes export --format pdf --out "$work/notes.pdf" 2>"$work/err.txt" \
    || { cat "$work/err.txt" >&2; fail "pdf export"; }
head -c 5 "$work/notes.pdf" | grep -q '%PDF-' || fail "not a PDF"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/notes.pdf" - | grep -q "demand for CoWoS remained very strong" || fail "quote not in the PDF"
fi

if "$cli" --db "$db" notes export --format pdf --out "$work/notes.pdf" 2>"$work/err.txt"; then
    fail "overwrote without --force"
fi
grep -q -- "--force" "$work/err.txt" || fail "no --force hint: $(cat "$work/err.txt")"
"$cli" --db "$db" notes export --format md --out "$work/notes.pdf" --force 2>/dev/null
grep -q "^# Wirescope notes" "$work/notes.pdf" || fail "--force did not overwrite"
echo "notes CLI: ok"
