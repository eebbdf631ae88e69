#!/usr/bin/env bash
# Scores `kronik extract` on the real development set (../shared/eval/real, 60 real
# pages in their crawler form: the figures that count), on the founding articles
# (../shared/corpus/seeds) and on the regression sets written for kronik
# (testdata/heldout, blind, final, holdout, fresh, fresh2), with and without the
# statistical entity tagger. scripts/eval-real.sh scores the real set per slice.
#   bash scripts/eval.sh            # table
#   bash scripts/eval.sh --verbose  # and every miss
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kronik" ./cmd/kronik
score() { python3 "$shared/eval/score.py" --gold "$1" --system "$2" "${@:3}"; }
printf '%-8s %-11s %9s %7s %10s %9s %5s %5s %5s %5s\n' set tagger entities events quantities clusters lang publ outl datel
python3 "$shared/eval/to_jsonl.py" --gold "$shared/eval/real/gold" --corpus "$shared/eval/real/corpus" > "$tmp/real.jsonl"
for set in real seeds heldout blind final holdout fresh fresh2; do
  case $set in
    real) in="$tmp/real.jsonl"; gold="$shared/eval/real/gold" ;;
    seeds) in="$shared/corpus/seeds"; gold="$shared/eval/seeds" ;;
    *) in="testdata/$set/articles"; gold="testdata/$set/gold" ;;
  esac
  [ -e "$in" ] || continue
  for flag in "" --no-tagger; do
    "$tmp/kronik" extract $flag "$in" > "$tmp/out.jsonl" 2>/dev/null || true
    score "$gold" "$tmp/out.jsonl" --json > "$tmp/s.json"
    python3 - "$tmp/s.json" "$set" "${flag:-on}" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
f = lambda k: f"{s[k]['f1']:.3f}"
a = lambda k: "-" if s[k + "_accuracy"] is None else f"{s[k + '_accuracy']:.2f}"
print(f"{sys.argv[2]:<8} {sys.argv[3]:<11} {f('entities'):>9} {f('events'):>7} {f('quantities'):>10} {f('event_clusters'):>9} {a('lang'):>5} {a('published'):>5} {a('outlet'):>5} {a('dateline'):>5}")
PY
    if [ "${1:-}" = --verbose ] && [ -z "$flag" ]; then score "$gold" "$tmp/out.jsonl" --verbose | grep -E 'missed|spurious' || true; fi
  done
done
