#!/bin/bash
# Instruction-count ratios weft/CPython per benchmark program at its quick argument, under
# valgrind's callgrind (stable on shared, noisy machines; a proxy for time, not a time).
# Usage: [WEFT_FLAGS='-X specialize=0'] benches/callgrind_ratio.sh [WEFT_BINARY] [OUT_FILE]
# WEFT_FLAGS picks the mode (default: weft's default mode, specialization on).
# Each figure subtracts the cost of an empty run (start-up) from both interpreters.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(realpath "${1:-$HERE/../target/release/weft}")
cd "$HERE/programs"
OUT=${2:-/dev/stdout}
PY=$(python3 -c 'import sys; print(sys.executable)')
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/refs/ {gsub(",", "", $NF); print $NF}'; }
pyempty=$(count "$PY" -c pass)
FLAGS=${WEFT_FLAGS:-}
wempty=$(count "$W" $FLAGS -c pass)
{
for f in *.py; do
  a=$(grep '^# quick-arg:' "$f" | sed 's/# quick-arg://')
  p=$(count "$PY" "$f" $a)
  w=$(count "$W" $FLAGS "$f" $a)
  python3 -c "print('%-16s %6.2f' % ('${f%.py}', ($w-$wempty)/($p-$pyempty)))"
done
} | tee /tmp/callgrind_ratio.$$ > "$OUT"
python3 -c "
import math
r=[float(l.split()[1]) for l in open('/tmp/callgrind_ratio.$$')]
print('geomean %.3f' % math.exp(sum(map(math.log,r))/len(r)))" >> "$OUT"
rm -f /tmp/callgrind_ratio.$$
