#!/usr/bin/env bash
# Side-by-side timing of the single-thread benchmark programs in
# benches/programs/ under two or more interpreter commands.
#
#   benches/compare.sh [options] CMD1 [CMD2 ...]
#
# CMD1 is the baseline; each further command gets a ratio CMDk / CMD1
# (> 1 means slower than the baseline). Commands are strings and may carry
# arguments and leading VAR=value assignments, e.g.
#
#   benches/compare.sh -n 5 python3 "target/release/weft -X specialize=0"
#
# Options:
#   -n N        rounds per program (default 5); runs alternate A B A B ...
#   -w N        warm-up rounds per program, not timed (default 0)
#   -p REGEX    only programs whose name (without .py) matches REGEX (grep -E)
#   -a ARG      pass ARG as the size argument to every program
#               (may be repeated for several arguments)
#   -q          quick mode: pass each program its own small "# quick-arg: N"
#               (from the program's first lines); ignored when -a is given
#   -t SECS     per-run time limit (default 300); a run over it is a FAIL
#   -r FILE     also write every run as TSV: program cmd round seconds status
#   -l          list the programs (and their quick args) and exit
#   -h          this help
#
# Each run's stdout is compared with the baseline's (or, if the baseline
# failed, with the first command that succeeded); a difference is flagged
# MISMATCH and that ratio is left out of the geometric mean. A run that
# exits non-zero or times out is FAIL: that command gets no further rounds
# on that program, its ratio is left out of the geometric mean, and the
# tail of its stderr is shown after the table.
#
# Timing is wall-clock per process (bash $EPOCHREALTIME, or date +%s%N on
# older bash), so it includes interpreter start-up.

set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
progdir="$here/programs"

rounds=5
warmup=0
pattern=""
quick=0
timeout_s=300
rawfile=""
list_only=0
user_args=()
have_user_args=0

usage() { sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

while getopts ":n:w:p:a:qt:r:lh" opt; do
    case "$opt" in
        n) rounds="$OPTARG" ;;
        w) warmup="$OPTARG" ;;
        p) pattern="$OPTARG" ;;
        a) user_args+=("$OPTARG"); have_user_args=1 ;;
        q) quick=1 ;;
        t) timeout_s="$OPTARG" ;;
        r) rawfile="$OPTARG" ;;
        l) list_only=1 ;;
        h) usage; exit 0 ;;
        :) echo "compare.sh: option -$OPTARG needs a value" >&2; exit 2 ;;
        *) echo "compare.sh: unknown option -$OPTARG (try -h)" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

case "$rounds" in ''|*[!0-9]*|0) echo "compare.sh: -n wants a positive integer" >&2; exit 2 ;; esac
case "$warmup" in ''|*[!0-9]*) echo "compare.sh: -w wants an integer" >&2; exit 2 ;; esac

# ---- programs --------------------------------------------------------------
progs=()
for f in "$progdir"/*.py; do
    [ -e "$f" ] || continue
    name="$(basename "$f" .py)"
    if [ -n "$pattern" ] && ! printf '%s\n' "$name" | grep -Eq -- "$pattern"; then
        continue
    fi
    progs+=("$name")
done

quick_arg() { sed -n '1,5s/^# quick-arg:[[:space:]]*//p' "$progdir/$1.py" | head -n 1; }

if [ "$list_only" = 1 ]; then
    for p in "${progs[@]}"; do printf '%-16s quick-arg %s\n' "$p" "$(quick_arg "$p")"; done
    exit 0
fi

if [ "$#" -lt 1 ]; then
    echo "usage: compare.sh [-n N] [-p REGEX] [-a ARG] [-q] CMD1 [CMD2 ...]  (-h for help)" >&2
    exit 2
fi
if [ "${#progs[@]}" -eq 0 ]; then
    echo "compare.sh: no programs match '$pattern' in $progdir" >&2
    exit 2
fi

cmds=("$@")
ncmd=${#cmds[@]}

# Check each command string parses as shell words.
for ((c = 0; c < ncmd; c++)); do
    if ! eval "_w=(${cmds[c]})" 2>/dev/null || [ "${#_w[@]}" -eq 0 ]; then
        echo "compare.sh: cannot parse command: ${cmds[c]}" >&2
        exit 2
    fi
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/weft-bench.XXXXXX")" || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'echo; echo "compare.sh: interrupted" >&2; exit 130' INT TERM

if [ -n "$rawfile" ]; then
    printf 'program\tcmd\tround\tseconds\tstatus\n' > "$rawfile" || exit 1
fi

# ---- timing ----------------------------------------------------------------
if [ -n "${EPOCHREALTIME:-}" ]; then
    now_us() {
        local t="${EPOCHREALTIME/[.,]/}"
        echo "$t"
    }
else
    now_us() { echo $(( $(date +%s%N) / 1000 )); }
fi

# run_one CMDINDEX PROGRAM OUTFILE ERRFILE -> sets run_rc, run_us
run_one() {
    local c="$1" prog="$2" out="$3" err="$4" t0 t1
    local -a words args
    eval "words=(${cmds[c]})"
    if [ "$have_user_args" = 1 ]; then
        args=("${user_args[@]}")
    elif [ "$quick" = 1 ]; then
        local qa
        qa="$(quick_arg "$prog")"
        if [ -n "$qa" ]; then args=("$qa"); else args=(); fi
    else
        args=()
    fi
    t0=$(now_us)
    timeout -k 5 "$timeout_s" env "${words[@]}" "$progdir/$prog.py" "${args[@]}" \
        < /dev/null > "$out" 2> "$err"
    run_rc=$?
    t1=$(now_us)
    run_us=$((t1 - t0))
}

median() { # values on stdin, one per line
    sort -g | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "nan"; exit }
              if (NR % 2) printf "%.6f\n", v[(NR + 1) / 2];
              else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ---- main loop -------------------------------------------------------------
echo "# rounds: $rounds, warm-up: $warmup, programs: ${#progs[@]}" >&2
for ((c = 0; c < ncmd; c++)); do
    echo "# [$((c + 1))] ${cmds[c]}" >&2
done

# per program/cmd results
declare -A med status

for prog in "${progs[@]}"; do
    printf '%-16s' "$prog" >&2
    declare -a failed=() mismatched=()
    for ((c = 0; c < ncmd; c++)); do failed[c]=0; mismatched[c]=0; : > "$tmp/times.$c"; done
    ref=""     # file holding the reference output
    total=$((warmup + rounds))
    for ((r = 1; r <= total; r++)); do
        for ((c = 0; c < ncmd; c++)); do
            [ "${failed[c]}" = 1 ] && continue
            out="$tmp/out.$c.$r"; err="$tmp/err.$c"
            run_one "$c" "$prog" "$out" "$err"
            st=ok
            if [ "$run_rc" -ne 0 ]; then
                failed[c]=1
                if [ "$run_rc" -eq 124 ] || [ "$run_rc" -eq 137 ]; then st=timeout; else st="exit$run_rc"; fi
                {
                    printf '\n--- %s under [%d] %s: %s (round %d)\n' "$prog" "$((c + 1))" "${cmds[c]}" "$st" "$r"
                    tail -n 8 "$err"
                } >> "$tmp/failnotes"
                printf ' F' >&2
            else
                if [ -z "$ref" ]; then
                    ref="$tmp/ref"
                    cp "$out" "$ref"
                    refcmd=$c
                fi
                if ! cmp -s "$out" "$ref"; then
                    st=mismatch
                    if [ "${mismatched[c]}" = 0 ]; then
                        {
                            printf '\n--- %s under [%d] %s: output differs from [%d] (round %d)\n' \
                                "$prog" "$((c + 1))" "${cmds[c]}" "$((refcmd + 1))" "$r"
                            diff "$ref" "$out" | head -n 10
                        } >> "$tmp/failnotes"
                    fi
                    mismatched[c]=1
                    printf ' M' >&2
                else
                    printf ' .' >&2
                fi
                if [ "$r" -gt "$warmup" ]; then
                    awk -v us="$run_us" 'BEGIN { printf "%.6f\n", us / 1e6 }' >> "$tmp/times.$c"
                fi
            fi
            rm -f "$out"
            if [ -n "$rawfile" ] && [ "$r" -gt "$warmup" ]; then
                awk -v p="$prog" -v c="$((c + 1))" -v r="$((r - warmup))" -v us="$run_us" -v s="$st" \
                    'BEGIN { printf "%s\t%s\t%s\t%.6f\t%s\n", p, c, r, us / 1e6, s }' >> "$rawfile"
            fi
        done
    done
    echo >&2
    for ((c = 0; c < ncmd; c++)); do
        if [ "${failed[c]}" = 1 ]; then
            status[$prog,$c]=FAIL
            med[$prog,$c]=nan
        else
            med[$prog,$c]=$(median < "$tmp/times.$c")
            if [ "${mismatched[c]}" = 1 ]; then status[$prog,$c]=MISMATCH; else status[$prog,$c]=ok; fi
        fi
    done
    rm -f "$tmp/ref"
done

# ---- table -----------------------------------------------------------------
echo
echo "Commands:"
for ((c = 0; c < ncmd; c++)); do
    if [ "$c" -eq 0 ]; then tag=" (baseline)"; else tag=""; fi
    echo "  [$((c + 1))] ${cmds[c]}$tag"
done
argdesc="defaults"
if [ "$have_user_args" = 1 ]; then argdesc="-a ${user_args[*]}"; elif [ "$quick" = 1 ]; then argdesc="quick args"; fi
echo "Median wall seconds over $rounds rounds (sizes: $argdesc); ratio = [k] / [1]"
echo

for prog in "${progs[@]}"; do
    printf '%s' "$prog"
    for ((c = 0; c < ncmd; c++)); do
        printf '\t%s\t%s' "${med[$prog,$c]}" "${status[$prog,$c]}"
    done
    printf '\n'
done | awk -F'\t' -v ncmd="$ncmd" '
    # Input row: name, then for each command c: median (field 2c), status (2c+1).
    {
        for (c = 1; c <= ncmd; c++) { m[c] = $(2 * c) + 0; s[c] = $(2 * c + 1) }
        line = sprintf("%-16s", $1)
        note = ""
        for (c = 1; c <= ncmd; c++) {
            if (s[c] == "FAIL") line = line sprintf(" %9s", "FAIL")
            else line = line sprintf(" %9.3f", m[c])
            if (s[c] != "ok") note = note " [" c "]" s[c]
            if (c > 1) {
                if (s[1] == "FAIL" || s[c] == "FAIL" || m[1] <= 0) line = line sprintf(" %9s", "-")
                else {
                    ratio = m[c] / m[1]
                    flag = (s[c] == "MISMATCH") ? "!" : " "
                    line = line sprintf(" %7.3fx%s", ratio, flag)
                    if (s[c] == "ok" && s[1] == "ok" && ratio > 0) { sumlog[c] += log(ratio); cnt[c]++ }
                }
            }
        }
        if (note != "") line = line " " note
        print line
        nprog++
    }
    END {
        gm = sprintf("%-16s", "geomean")
        ct = sprintf("%-16s", "(programs used)")
        for (c = 1; c <= ncmd; c++) {
            gm = gm sprintf(" %9s", ""); ct = ct sprintf(" %9s", "")
            if (c > 1) {
                if (cnt[c] > 0) gm = gm sprintf(" %7.3fx ", exp(sumlog[c] / cnt[c]))
                else gm = gm sprintf(" %9s", "-")
                ct = ct sprintf(" %9s", (cnt[c] + 0) "/" nprog)
            }
        }
        print "__GEOMEAN__" gm
        print "__COUNT__" ct
    }' > "$tmp/table"

hdr="$(printf '%-16s' program)"
for ((c = 0; c < ncmd; c++)); do
    hdr="$hdr$(printf ' %9s' "[$((c + 1))] s")"
    [ "$c" -gt 0 ] && hdr="$hdr$(printf ' %9s' "[$((c + 1))]/[1]")"
done
echo "$hdr"
printf '%s\n' "$hdr" | sed 's/./-/g'
grep -v '^__' "$tmp/table"
printf '%s\n' "$hdr" | sed 's/./-/g'
sed -n 's/^__GEOMEAN__//p' "$tmp/table"
sed -n 's/^__COUNT__//p' "$tmp/table"
echo
echo "x! = output differed from the reference (excluded from geomean); FAIL = non-zero exit or timeout (excluded)."

if [ -s "$tmp/failnotes" ]; then
    echo
    echo "Problems:"
    cat "$tmp/failnotes"
fi

# Exit status: 0 if everything ran and matched, 1 otherwise.
for prog in "${progs[@]}"; do
    for ((c = 0; c < ncmd; c++)); do
        [ "${status[$prog,$c]}" = ok ] || exit 1
    done
done
exit 0
