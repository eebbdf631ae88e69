#!/usr/bin/env bash
# Scores `kronik extract` on the real development set (../shared/eval/real) in its
# crawler form ({url, text[, published]} lines), as a whole and per slice (a: South-East
# Asia, b: Eurasia, c: the rest of the world; the slices share no event).
#   bash scripts/eval-real.sh                 # table
#   bash scripts/eval-real.sh --verbose [a|b|c]  # and every miss (of one slice)
#   KRONIK=path/to/kronik bash scripts/eval-real.sh   # score a built binary
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
real="$shared/eval/real"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
kronik=${KRONIK:-}
if [ -z "$kronik" ]; then
  go build -o "$tmp/kronik" ./cmd/kronik
  kronik="$tmp/kronik"
fi
python3 "$shared/eval/to_jsonl.py" --gold "$real/gold" --corpus "$real/corpus" > "$tmp/real.jsonl"
"$kronik" extract "$tmp/real.jsonl" > "$tmp/out.jsonl" 2> "$tmp/err.txt" || { cat "$tmp/err.txt" >&2; }
for s in a b c; do
  mkdir -p "$tmp/gold-$s"
  ln -s "$(cd "$real/gold" && pwd)"/"$s"*.gold.json "$tmp/gold-$s/"
done
printf '%-6s %9s %7s %6s %6s %10s %9s %5s %5s %5s\n' slice entities events P R quantities clusters publ outl datel
for s in all a b c; do
  gold="$tmp/gold-$s"; [ "$s" = all ] && gold="$real/gold"
  python3 "$shared/eval/score.py" --gold "$gold" --system "$tmp/out.jsonl" --json > "$tmp/s.json"
  python3 - "$tmp/s.json" "$s" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
f = lambda k, m="f1": "-" if s[k].get(m) is None else f"{s[k][m]:.3f}"
a = lambda k: "-" if s[k + "_accuracy"] is None else f"{s[k + '_accuracy']:.2f}"
print(f"{sys.argv[2]:<6} {f('entities'):>9} {f('events'):>7} {f('events','precision'):>6} {f('events','recall'):>6} {f('quantities'):>10} {f('event_clusters'):>9} {a('published'):>5} {a('outlet'):>5} {a('dateline'):>5}")
PY
done
if [ "${1:-}" = --verbose ]; then
  gold="$real/gold"; [ -n "${2:-}" ] && gold="$tmp/gold-$2"
  python3 "$shared/eval/score.py" --gold "$gold" --system "$tmp/out.jsonl" --verbose
fi
