#!/usr/bin/env bash
# Proves a refactor byte-identical: builds kronik at a given git revision and at the
# work tree, runs `kronik extract` on the seeds, every testdata/*/articles set, the
# real development set (crawler form) and samples/news, and diffs the outputs.
#   bash scripts/identical.sh [REV]     # REV defaults to HEAD
# Compares every set; exits non-zero and prints the first differences of each set
# whose output differs.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
rev=${1:-HEAD}
shared=../shared
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/src" "$rev" >/dev/null 2>&1
(cd "$tmp/src" && go build -o "$tmp/old" ./cmd/kronik)
go build -o "$tmp/new" ./cmd/kronik
inputs=()
if [ -d "$shared/eval/real" ]; then
  python3 "$shared/eval/to_jsonl.py" --gold "$shared/eval/real/gold" --corpus "$shared/eval/real/corpus" > "$tmp/real.jsonl"
  inputs+=("real:$tmp/real.jsonl")
fi
[ -d "$shared/corpus/seeds" ] && inputs+=("seeds:$shared/corpus/seeds")
for d in testdata/*/articles; do inputs+=("${d%/articles}:$d"); done
inputs+=("samples:samples/news")
status=0
for in in "${inputs[@]}"; do
  name=${in%%:*}; path=${in#*:}
  if [ "$name" = seeds ]; then set -- "$path"/*.txt; else set -- "$path"; fi
  "$tmp/old" extract "$@" > "$tmp/old.out" 2>&1 || true
  "$tmp/new" extract "$@" > "$tmp/new.out" 2>&1 || true
  if cmp -s "$tmp/old.out" "$tmp/new.out"; then
    echo "identical: $name"
  else
    echo "DIFFERENT: $name"; { diff "$tmp/old.out" "$tmp/new.out" || true; } | head -20; status=1
  fi
done
exit $status
