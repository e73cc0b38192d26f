#!/usr/bin/env bash
# End-to-end test of wirescope-cli's command-line contract (DESIGN.md, "Command line"): subcommands,
# JSON fields, exit codes and error messages, on the sample corpus and on bad input.
set -uo pipefail
cli=${WIRESCOPE_CLI:?}
source_dir=${WIRESCOPE_SOURCE_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/test.db
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check_json() { # check_json FILE PYTHON-EXPRESSION-ON-d DESCRIPTION
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1" || fail "$3"
}

# ingest: per-file JSON report, exit 0
"$cli" --db "$db" ingest --json "$source_dir/data/sample" >"$work/ingest.json" 2>"$work/ingest.err"
[ $? -eq 0 ] || fail "ingest of the sample corpus exits 0"
check_json "$work/ingest.json" "d['added'] >= 40 and all('path' in f and 'added' in f and 'duplicates' in f and 'errors' in f and 'warnings' in f for f in d['files'])" "ingest --json reports files and totals"

# the same again: all duplicates
"$cli" --db "$db" ingest --json "$source_dir/data/sample" >"$work/again.json" 2>/dev/null
check_json "$work/again.json" "d['added'] == 0 and d['duplicates'] >= 40" "a second ingest counts duplicates only"

# stories --json
"$cli" --db "$db" stories --json >"$work/stories.json" || fail "stories exits 0"
check_json "$work/stories.json" "len(d) >= 40 and all(set(s) >= {'id','title','date','source','chars'} and set(s['source']) >= {'path','line_start','line_end'} for s in d)" "stories --json has the contract's fields"
check_json "$work/stories.json" "all(s['source']['line_start'] >= 1 for s in d if s['source']['path'].endswith('.txt'))" "text stories have 1-based lines"

# entities --json [--type T]
"$cli" --db "$db" entities --json >"$work/entities.json" || fail "entities exits 0"
check_json "$work/entities.json" "all(set(e) >= {'id','type','name','aliases','mentions','stories'} for e in d) and {e['type'] for e in d} <= {'company','organization','person','place','technology','product'}" "entities --json has the contract's fields and types"
"$cli" --db "$db" entities --json --type company >"$work/companies.json" || fail "entities --type exits 0"
check_json "$work/companies.json" "len(d) > 10 and all(e['type'] == 'company' for e in d)" "entities --type company lists companies only"
"$cli" --db "$db" entities --json --type gadget >/dev/null 2>"$work/type.err"
[ $? -eq 2 ] || fail "an unknown entity type is a usage error"
grep -q "gadget" "$work/type.err" || fail "the unknown type is named in the message"

# deals --json
"$cli" --db "$db" deals --json >"$work/deals.json" || fail "deals exits 0"
check_json "$work/deals.json" "len(d) > 5 and all(set(x) >= {'id','kind','status','parties','amount','story','evidence'} for x in d)" "deals --json has the contract's fields"
check_json "$work/deals.json" "all(x['amount'] is None or set(x['amount']) >= {'value','currency','usd','qualifier'} for x in d)" "deal amounts have value, currency, usd, qualifier"

# search --json
"$cli" --db "$db" search --json 'company:TSMC' >"$work/search.json" || fail "search exits 0"
check_json "$work/search.json" "d['total'] > 0 and 'facets' in d and all(set(r) >= {'story','title','score','snippet'} for r in d['results'])" "search --json has total, results and facets"
"$cli" --db "$db" search --json '"unclosed' >/dev/null 2>"$work/search.err"
[ $? -eq 2 ] || fail "a bad query is a usage error"
grep -qi "quote" "$work/search.err" || fail "a bad query's message says what is wrong"

# bad input: the missing path is named, the good file still imported, exit 1, nothing lost
before=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/stories.json")
printf 'Chip tariffs\nThe tariff on chips rose to 50 percent.\n' >"$work/good.txt"
: >"$work/empty.txt"
"$cli" --db "$db" ingest "$work/missing.txt" "$work/empty.txt" "$work/good.txt" >"$work/bad.out" 2>"$work/bad.err"
[ $? -eq 1 ] || fail "ingest with bad input exits 1"
grep -q "missing.txt" "$work/bad.err" || fail "the missing file is named"
grep -q "empty.txt" "$work/bad.err" || fail "the empty file is named"
"$cli" --db "$db" stories --json >"$work/after.json"
check_json "$work/after.json" "len(d) == $before + 1" "the good file is imported and nothing is lost"

# usage errors
"$cli" --db "$db" frobnicate >/dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown command exits 2"
"$cli" --db "$db" stories --jsn >/dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown option exits 2"

# a file that is not a database: clear message, exit 3, file untouched
printf 'not a database, just text that is long enough to look like something\n%.0s' {1..100} >"$work/fake.db"
sum_before=$(md5sum <"$work/fake.db")
"$cli" --db "$work/fake.db" stories --json >"$work/fake.out" 2>"$work/fake.err"
[ $? -eq 3 ] || fail "a non-database file exits 3"
grep -q "fake.db" "$work/fake.err" || fail "the non-database file is named"
[ "$(md5sum <"$work/fake.db")" = "$sum_before" ] || fail "the non-database file is untouched"
[ -s "$work/fake.out" ] && fail "nothing goes to stdout on error"

# the seed corpus: 5 stories starting at lines 1, 11, 12, 13, 14 (skipped without ../shared)
seed=${WIRESCOPE_SHARED_DIR:-}/seeds/000_71db38fd1f1d79a9.txt
if [ -f "$seed" ]; then
    "$cli" --db "$work/seed.db" ingest "$seed" >/dev/null 2>&1 || fail "the seed imports"
    "$cli" --db "$work/seed.db" stories --json >"$work/seed.json"
    check_json "$work/seed.json" "[s['source']['line_start'] for s in d] == [1, 11, 12, 13, 14]" "the seed imports as 5 stories at lines 1, 11, 12, 13, 14"
else
    echo "SKIP: ../shared is absent; the seed check did not run"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all CLI checks passed"
