#!/usr/bin/env bash
# Crash safety of an import: wirescope-cli is killed with SIGKILL at 20 random moments of a large
# import into a database that already holds the analyst's notes. After every kill the database passes
# PRAGMA integrity_check, every note reads back exactly as before, no
# story is stored twice, and the full-text index holds every stored story. At the end an import runs
# to completion and the story count equals a clean import's.
#
# The input is Reuters-21578 from $WIRESCOPE_SHARED_DIR when present, else a corpus from the bench
# CorpusGenerator when built, else JSON Lines written here. The delays come from a seed that is
# printed; replay a failure with WIRESCOPE_KILL_SEED=<seed>. WIRESCOPE_KILLS changes the kill count.
set -uo pipefail
cli=${WIRESCOPE_CLI:?WIRESCOPE_CLI is not set}
source_dir=${WIRESCOPE_SOURCE_DIR:?WIRESCOPE_SOURCE_DIR is not set}
shared=${WIRESCOPE_SHARED_DIR:-}
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=()
if ls "$shared"/corpora/reuters21578/reut2-0*.sgm >/dev/null 2>&1; then
    inputs=("$shared"/corpora/reuters21578/reut2-0*.sgm)
    input_name="Reuters-21578 (${#inputs[@]} files)"
else
    build=$(cd "$(dirname "$cli")/../.." && pwd)
    generator=$(find "$build" -type f -name CorpusGenerator -perm -u+x 2>/dev/null | head -n 1)
    if [ -n "$generator" ] && "$generator" --count 20000 --seed 11 --format jsonl --out "$work/generated.jsonl" \
        >/dev/null 2>&1; then
        inputs=("$work/generated.jsonl")
        input_name="CorpusGenerator, 20,000 stories"
    else
        python3 - "$work/written.jsonl" <<'PY'
import json, random, sys
rng = random.Random(5)
words = ("wafer capacity foundry packaging memory lithography export tariff subsidy fab node yield "
         "investment supplier demand shipment quarter revenue margin design licence equipment").split()
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(20000):
        body = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(12, 30))) + "."
                         for _ in range(rng.randint(3, 8)))
        out.write(json.dumps({"title": f"Story {i}: {rng.choice(words)} {rng.choice(words)}",
                              "body": body, "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                              "source": "Kill Test Wire"}) + "\n")
PY
        inputs=("$work/written.jsonl")
        input_name="JSON Lines written by this script, 20,000 stories"
    fi
fi

seed=${WIRESCOPE_KILL_SEED:-$(( $(date +%s%N) % 1000000 ))}
kills=${WIRESCOPE_KILLS:-20}
echo "crash-kill: input $input_name, seed $seed (replay with WIRESCOPE_KILL_SEED=$seed), $kills kills"

python3 - "$cli" "$source_dir/tests/data/notes/wire-v1.jsonl" "$work" "$seed" "$kills" "${inputs[@]}" <<'PY'
import json, os, random, signal, sqlite3, struct, subprocess, sys, time

cli, notes_fixture, work, seed, kills = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
inputs = sys.argv[6:]
rng = random.Random(seed)
started = time.monotonic()
failures = []

def run(*args, check=True):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"FAIL: wirescope-cli {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return result

def wal_state(db):
    """Frames in the WAL after its last commit (written by a transaction that never committed)."""
    try:
        data = open(db + "-wal", "rb").read()
    except FileNotFoundError:
        return 0
    if len(data) < 32:
        return 0
    magic, _, page_size, _, salt1, salt2 = struct.unpack(">IIIIII", data[:24])
    if magic not in (0x377F0682, 0x377F0683):
        return 0
    order = "<" if magic == 0x377F0682 else ">"  # checksums in the byte order the magic names

    def checksum(chunk, s0, s1):
        words = struct.unpack(f"{order}{len(chunk) // 4}I", chunk)
        for i in range(0, len(words), 2):
            s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
            s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
        return s0, s1

    s0, s1 = checksum(data[:24], 0, 0)
    if (s0, s1) != struct.unpack(">II", data[24:32]):
        return 0
    frame, offset, valid, last_commit = 24 + page_size, 32, 0, 0
    while offset + frame <= len(data):
        header = data[offset:offset + 24]
        _, commit, f_salt1, f_salt2, c0, c1 = struct.unpack(">IIIIII", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = checksum(header[:8], s0, s1)
        s0, s1 = checksum(data[offset + 24:offset + frame], s0, s1)
        if (s0, s1) != (c0, c1):
            break
        valid += 1
        if commit:
            last_commit = valid
        offset += frame
    return valid - last_commit

def writer_holds_lock(db):
    """Whether the import holds its write transaction open right now (probed just before a kill)."""
    if not os.path.exists(db):
        return False
    try:
        probe = sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    finally:
        probe.close()

def check(db, notes_before, label):
    """The database after a kill: whole, notes untouched, no story twice. Returns the story count."""
    con = sqlite3.connect(db)
    try:
        integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            failures.append(f"{label}: integrity_check says {integrity[:5]}")
        stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
        if con.execute("SELECT count(DISTINCT id) FROM stories").fetchone()[0] != stories:
            failures.append(f"{label}: a story id is stored twice")
        twice = con.execute("SELECT count(*) FROM (SELECT 1 FROM stories GROUP BY source_path, line_start, "
                            "title, body HAVING count(*) > 1)").fetchone()[0]
        if twice:
            failures.append(f"{label}: {twice} stories are stored twice")
        # (story_fts itself needs the Wirescope tokenizer; its docsize table has one row per story)
        fts = con.execute("SELECT count(*) FROM story_fts_docsize").fetchone()[0]
        if fts != stories:
            failures.append(f"{label}: {fts} full-text rows for {stories} stories")
    finally:
        con.close()
    notes_after = run("--db", db, "notes", "list", "--json").stdout
    if json.loads(notes_after) != notes_before:
        failures.append(f"{label}: the notes changed:\nbefore {notes_before}\nafter  {notes_after}")
    return stories

def new_round(db):
    """A fresh database with a small first import and three notes on it."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    run("--db", db, "ingest", "--no-extract", notes_fixture)
    lines = run("--db", db, "stories").stdout.splitlines()
    first, second = lines[0].split("\t"), lines[1].split("\t")
    run("--db", db, "notes", "add", "--story", first[0], "--text", "Whole-story note, written before the import")
    quote = first[2].split()[0]
    run("--db", db, "notes", "add", "--story", first[0], "--quote", quote, "--tag", "crash", "--text", "On the title")
    run("--db", db, "notes", "add", "--story", second[0], "--tag", "crash", "--tag", "kept",
        "--text", "Second story\nwith a line break and ünïcode 台積電")
    return json.loads(run("--db", db, "notes", "list", "--json").stdout)

# The clean count: the same two imports into a fresh database, never interrupted.
clean_db = os.path.join(work, "clean.db")
run("--db", clean_db, "ingest", "--no-extract", notes_fixture)
run("--db", clean_db, "ingest", "--no-extract", *inputs, check=False)
con = sqlite3.connect(clean_db)
clean = con.execute("SELECT count(*) FROM stories").fetchone()[0]
con.close()
print(f"crash-kill: a clean import stores {clean} stories ({time.monotonic() - started:.1f} s)")

db = os.path.join(work, "killed.db")
notes = new_round(db)
rounds, landed, in_transaction, in_commit, import_rows_open, completed_early = 1, 0, 0, 0, 0, 0
counts = []
while landed < kills:
    delay = rng.uniform(0.05, 1.5)
    # Commits of 500 stories (the default is 20,000), so that the kills land between and inside many.
    process = subprocess.Popen([cli, "--db", db, "ingest", "--batch", "500", "--commit-every", "500", *inputs],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        writing = writer_holds_lock(db)
        process.send_signal(signal.SIGKILL)
        process.wait()
        landed += 1
        uncommitted = wal_state(db)
        in_transaction += writing
        in_commit += uncommitted > 0
        label = f"kill {landed} at {delay:.2f} s"
        stories = check(db, notes, label)
        con = sqlite3.connect(db)
        running = con.execute("SELECT count(*) FROM imports WHERE status='running'").fetchone()[0]
        con.close()
        import_rows_open += running > 0
        counts.append(stories)
        print(f"crash-kill: {label}: {'inside a write transaction, ' if writing else ''}{stories} stories after, "
              f"{uncommitted} uncommitted WAL frames")
        continue
    # The import finished before the kill: check it, then start again on a fresh database.
    completed_early += 1
    stories = check(db, notes, f"import completed in under {delay:.2f} s")
    if stories != clean:
        failures.append(f"a completed import stored {stories} stories, a clean one {clean}")
    notes = new_round(db)
    rounds += 1

final = run("--db", db, "ingest", "--json", *inputs, check=False)
if final.returncode not in (0, 1):
    failures.append(f"the final import exited {final.returncode}: {final.stderr.strip()}")
stories = check(db, notes, "after the final import")
if stories != clean:
    failures.append(f"after the final import: {stories} stories, a clean import stores {clean}")

print(f"crash-kill: {landed} kills survived over {rounds} databases ({completed_early} imports finished "
      f"before their kill); {in_transaction} kills landed while the import held its write transaction open, "
      f"{in_commit} while it was writing a commit (uncommitted WAL frames left); {import_rows_open} left their "
      f"import's row marked running; stories after each kill: {counts}")
print(f"crash-kill: final count {stories}, clean count {clean}, notes intact: {len(notes)}; "
      f"{time.monotonic() - started:.1f} s")
if failures:
    print("FAIL:\n" + "\n".join(failures))
    sys.exit(1)
print("crash-kill: ok")
PY
