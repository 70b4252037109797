# quick-arg: 22
# Recursive Fibonacci: stresses Python-level function calls, int add/sub, comparisons.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 33
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    total = 0
    for k in range(n - 4, n + 1):
        total += fib(k)
    print("fib checksum", n, total)


main()
