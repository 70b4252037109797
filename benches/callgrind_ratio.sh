#!/bin/bash
# Instruction-count ratios weft/CPython per benchmark program at its quick argument, under
# valgrind's callgrind (stable on shared, noisy machines; a proxy for time, not a time).
# Usage: benches/callgrind_ratio.sh [WEFT_BINARY] [OUT_FILE]
# Each figure subtracts the cost of an empty run (start-up) from both interpreters.
set -u
cd "$(dirname "$0")/programs"
W=$(realpath "${1:-../../target/release/weft}")
OUT=${2:-/dev/stdout}
PY=$(python3 -c 'import sys; print(sys.executable)')
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/refs/ {gsub(",", "", $NF); print $NF}'; }
pyempty=$(count "$PY" -c pass)
wempty=$(count "$W" -X specialize=0 -c pass)
{
for f in *.py; do
  a=$(grep '^# quick-arg:' "$f" | sed 's/# quick-arg://')
  p=$(count "$PY" "$f" $a)
  w=$(count "$W" -X specialize=0 "$f" $a)
  python3 -c "print('%-16s %6.2f' % ('${f%.py}', ($w-$wempty)/($p-$pyempty)))"
done
} | tee /tmp/callgrind_ratio.$$ > "$OUT"
python3 -c "
import math
r=[float(l.split()[1]) for l in open('/tmp/callgrind_ratio.$$')]
print('geomean %.3f' % math.exp(sum(map(math.log,r))/len(r)))" >> "$OUT"
rm -f /tmp/callgrind_ratio.$$
