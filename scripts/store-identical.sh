#!/usr/bin/env bash
# Proves a change of the SQLite write path answer-identical: builds kronik at a
# given git revision and at the work tree, has each ingest the same inputs in
# the same steps (generated news with 10% near-copies, then new versions of
# every 7th document, the samples, and the real development set when present),
# and compares every stored table (timestamps left out; the full-text index
# as its shadow tables), the export and the answers to a set of questions.
#   bash scripts/store-identical.sh [REV] [DOCS]   # REV defaults to HEAD, DOCS to 1500
# With NEW=REV2 in the environment the new build is of REV2 instead of the work tree.
# Extra arguments after DOCS are passed to the new build's ingest (--bulk).
# IGNORE="TABLE TABLE.COLUMN ..." leaves tables or columns out of the table
# comparison (rows a change means to differ, e.g. IGNORE="event_keys events.sig").
# Exits non-zero and prints the first differences when anything differs.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
rev=${1:-HEAD}
docs=${2:-1500}
shift $(( $# > 2 ? 2 : $# ))
extra=("$@")
shared=../shared
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; git worktree remove --force "$tmp/src2" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/src" "$rev" >/dev/null 2>&1
(cd "$tmp/src" && go build -o "$tmp/old" ./cmd/kronik)
if [ -n "${NEW:-}" ]; then
  git worktree add --detach "$tmp/src2" "$NEW" >/dev/null 2>&1
  (cd "$tmp/src2" && go build -o "$tmp/new" ./cmd/kronik)
else
  go build -o "$tmp/new" ./cmd/kronik
fi
go build -o "$tmp/gencorpus" ./tools/gencorpus
real=""
if [ -d "$shared/eval/real" ]; then
  python3 "$shared/eval/to_jsonl.py" --gold "$shared/eval/real/gold" --corpus "$shared/eval/real/corpus" > "$tmp/real.jsonl"
  real="$tmp/real.jsonl"
fi

# dump DB OUT: every table's rows in a fixed order, without timestamps; the
# full-text index as its shadow tables (the sqlite3 command may be older than
# the contentless-delete tables kronik makes).
dump() {
  local db=$1 out=$2
  : > "$out"
  local ignore=" ${IGNORE:-} "
  for t in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'fts'
      AND name NOT LIKE 'sqlite_%' AND name NOT IN ('schema_migrations', 'bulk_load') ORDER BY name"); do
    [[ "$ignore" == *" $t "* ]] && continue
    cols=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM pragma_table_info('$t')
      WHERE name NOT IN ('created', 'ingested', 'extracted', 'applied', 'added', 'fetched')" |
      tr ',' '\n' | sed 's/^ *//' | while read -r c; do [[ "$ignore" == *" $t.$c "* ]] || echo "$c"; done | paste -sd, -)
    echo "== $t" >> "$out"
    sqlite3 -cmd '.mode quote' "$db" "SELECT $cols FROM $t ORDER BY $cols" >> "$out"
  done
}

# answers BIN DB OUT: export and questions.
answers() {
  local bin=$1 db=$2 out=$3
  {
    "$bin" export --db "$db" --format jsonl
    "$bin" export --db "$db" --format gdelt
    for a in Indonesia India China Kazakhstan Japan; do
      "$bin" events --db "$db" --actor "$a" --json
      "$bin" events --db "$db" --actor "$a" --type CONSULT -n 20 --json
      "$bin" entity --db "$db" --json "$a"
    done
    "$bin" events --db "$db" --actor India --with China --json
    "$bin" events --db "$db" -n 50 --json
    "$bin" dossier --db "$db" --json India Kazakhstan
    "$bin" dossier --db "$db" --json Indonesia
    for q in "kerja sama" perdagangan "maritime security" "nota kesepahaman" Kazakhstan; do
      "$bin" search --db "$db" --json "$q"
    done
  } > "$out" 2>&1 || true
}

status=0
for b in old new; do
  args=()
  [ "$b" = new ] && args=("${extra[@]}")
  rm -rf "$tmp/corpus"
  "$tmp/gencorpus" -out "$tmp/corpus" -docs "$docs"
  db="$tmp/$b.db"
  # batches of exactly --batch documents: with the default 1 s wait their
  # bounds, and so the full-text index's segments, would follow the timing
  "$tmp/$b" ingest --db "$db" --batch-wait 1h "${args[@]}" "$tmp/corpus" > /dev/null
  "$tmp/gencorpus" -out "$tmp/corpus" -docs "$docs" -revise 7
  "$tmp/$b" ingest --db "$db" --batch-wait 1h "$tmp/corpus" > /dev/null
  "$tmp/$b" ingest --db "$db" --batch-wait 1h samples/news > /dev/null
  [ -n "$real" ] && "$tmp/$b" ingest --db "$db" --batch-wait 1h "$real" > /dev/null
  dump "$db" "$tmp/$b.tables"
  answers "$tmp/$b" "$db" "$tmp/$b.answers"
done
for k in tables answers; do
  if cmp -s "$tmp/old.$k" "$tmp/new.$k"; then
    echo "identical: $k ($(wc -l < "$tmp/new.$k") lines)"
  else
    echo "DIFFERENT: $k"; (diff "$tmp/old.$k" "$tmp/new.$k" | cut -c1-300 | head -20) || true; status=1
  fi
done
exit $status
