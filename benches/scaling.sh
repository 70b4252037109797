#!/usr/bin/env bash
# Thread scaling of the workloads in benches/threads/ in each thread mode.
#
#   benches/scaling.sh [-n ROUNDS] [-t 1,2] [-m "gil=1 gil=0"] [-q] [-p REGEX] [WEFT]
#
# For every program, mode and thread count it runs ROUNDS rounds (default 5), the
# configurations alternating run by run (A B C A B C ...) so that drift cancels, and
# prints the median wall time and the speed-up of T threads over one thread in the same
# mode: T × time(1) / time(T) (each thread does the same fixed work). Checksums of all
# runs of one program, mode and thread count must agree with CPython's output if
# `python3` is found, and always with each other. -q uses each program's quick size.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds=5 threads="1,2" modes="gil=1 gil=0" quick=0 pattern="."
while getopts "n:t:m:qp:" opt; do
  case $opt in
    n) rounds=$OPTARG ;; t) threads=$OPTARG ;; m) modes=$OPTARG ;; q) quick=1 ;;
    p) pattern=$OPTARG ;; *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
weft="${1:-$here/../target/release/weft}"
IFS=, read -r -a tcounts <<< "$threads"
now() { echo "${EPOCHREALTIME/./}"; }
printf "%-18s %-6s %8s" program mode threads; printf " %10s %8s\n" "median_s" speedup
for prog in "$here"/threads/*.py; do
  name=$(basename "$prog" .py)
  [[ $name =~ $pattern ]] || continue
  size=()
  [[ $quick == 1 ]] && size=("$(sed -n 's/^# quick-arg: //p' "$prog")")
  declare -A times=() outs=()
  for ((r = 0; r < rounds; r++)); do
    for mode in $modes; do
      for t in "${tcounts[@]}"; do
        start=$(now)
        out=$("$weft" -X "$mode" "$prog" "$t" "${size[@]}" 2>&1) || out="FAIL: $out"
        end=$(now)
        times[$mode/$t]+="$(( end - start )) "
        if [[ -n ${outs[$mode/$t]:-} && ${outs[$mode/$t]} != "$out" ]]; then
          echo "MISMATCH $name $mode $t: $out vs ${outs[$mode/$t]}"
        fi
        outs[$mode/$t]=$out
      done
    done
  done
  for mode in $modes; do
    base=""
    for t in "${tcounts[@]}"; do
      med=$(tr ' ' '\n' <<< "${times[$mode/$t]}" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
      [[ -z $base ]] && base=$med
      speed=$(awk -v t="$t" -v b="$base" -v m="$med" 'BEGIN {printf "%.2f", t * b / m}')
      printf "%-18s %-6s %8s %10.3f %8s   %s\n" "$name" "$mode" "$t" "$(awk -v m="$med" 'BEGIN{print m/1e6}')" "$speed" "${outs[$mode/$t]}"
    done
  done
  unset times outs
done
