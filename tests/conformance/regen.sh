#!/usr/bin/env bash
# Regenerate the expected outputs of the conformance corpus from CPython.
#
# Usage:
#   tests/conformance/regen.sh                 # every program
#   tests/conformance/regen.sh ints strings/x  # programs whose path (relative to
#                                              # this directory) contains any argument
#   tests/conformance/regen.sh --check [ARGS]  # write nothing; re-run each program
#                                              # under several PYTHONHASHSEED values and
#                                              # report any output that differs from the
#                                              # stored expectation (nondeterminism check)
#
# For each X.py, run as `python3 X.py` from X.py's own directory with stdin
# /dev/null, it writes:
#   X.out   stdout, byte for byte (always written, possibly empty)
#   X.err   the last line of stderr plus "\n" (only when stderr is non-empty)
#   X.code  the exit status plus "\n" (only when it is non-zero)
# Expected files are never edited by hand: change the program and re-run this.
# The interpreter is $PYTHON (default python3) and must be CPython 3.11.

set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"
CHECK=0
if [ "${1:-}" = "--check" ]; then
    CHECK=1
    shift
fi

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
    echo "regen.sh: $PY is Python $ver, expected CPython 3.11" >&2
    exit 2
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# run_one DIR NAME SEED -> fills $TMP/out, $TMP/err (last line or absent), $TMP/code (or absent)
run_one() {
    local dir="$1" name="$2" seed="$3" rc stderr_text
    rm -f "$TMP/out" "$TMP/stderr" "$TMP/err" "$TMP/code"
    (cd "$dir" && PYTHONHASHSEED="$seed" PYTHONIOENCODING=utf-8 timeout 20 \
        "$PY" "$name" </dev/null >"$TMP/out" 2>"$TMP/stderr")
    rc=$?
    if [ -s "$TMP/stderr" ]; then
        stderr_text="$(cat "$TMP/stderr")"   # strips trailing newlines
        printf '%s\n' "${stderr_text##*$'\n'}" >"$TMP/err"
    fi
    if [ "$rc" -ne 0 ]; then
        printf '%s\n' "$rc" >"$TMP/code"
    fi
}

same_file() { # same_file EXPECTED GOT: both absent, or both present and equal
    if [ -e "$1" ] || [ -e "$2" ]; then
        [ -e "$1" ] && [ -e "$2" ] && cmp -s "$1" "$2"
    fi
}

count=0
bad=0
while IFS= read -r -d '' path; do
    rel="${path#"$ROOT"/}"
    if [ "$#" -gt 0 ]; then
        hit=0
        for pat in "$@"; do
            case "$rel" in *"$pat"*) hit=1 ;; esac
        done
        [ "$hit" -eq 1 ] || continue
    fi
    dir="$(dirname "$path")"
    name="$(basename "$path")"
    base="${path%.py}"
    count=$((count + 1))
    if [ "$CHECK" -eq 0 ]; then
        run_one "$dir" "$name" 0
        cp "$TMP/out" "$base.out"
        if [ -e "$TMP/err" ]; then cp "$TMP/err" "$base.err"; else rm -f "$base.err"; fi
        if [ -e "$TMP/code" ]; then cp "$TMP/code" "$base.code"; else rm -f "$base.code"; fi
        if [ -e "$TMP/code" ] || [ -e "$TMP/err" ]; then
            echo "$rel: exit $(cat "$TMP/code" 2>/dev/null || echo 0), $(cat "$TMP/err" 2>/dev/null)"
        fi
    else
        for seed in 1 2 12345; do
            run_one "$dir" "$name" "$seed"
            if ! same_file "$base.out" "$TMP/out" || ! same_file "$base.err" "$TMP/err" ||
                ! same_file "$base.code" "$TMP/code"; then
                echo "MISMATCH: $rel (PYTHONHASHSEED=$seed)"
                bad=$((bad + 1))
                break
            fi
        done
    fi
done < <(find "$ROOT" -name '*.py' -type f -print0 | sort -z)

if [ "$CHECK" -eq 0 ]; then
    echo "regenerated $count program(s)"
else
    echo "checked $count program(s), $bad mismatch(es)"
    [ "$bad" -eq 0 ]
fi
