# quick-arg: 1
# Nested integer loops: stresses int arithmetic, modulo, comparisons, branches,
# local variable access and for-range loops.
import sys


def collatz_steps(limit):
    best = 0
    best_n = 0
    total = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
    return total, best, best_n


def grid_mix(size):
    acc = 0
    for i in range(size):
        for j in range(size):
            v = (i * 31 + j * 17) % 1009
            if v < 300:
                acc += v
            elif v < 700:
                acc -= v // 3
            else:
                acc ^= v
            if (i + j) % 7 == 3:
                acc = (acc * 3 + 1) % 1000003
    return acc


def sieve_count(limit):
    count = 0
    for n in range(2, limit):
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


def main():
    scale = 12
    if len(sys.argv) > 1:
        scale = int(sys.argv[1])
    total, best, best_n = collatz_steps(6000 * scale)
    g = grid_mix(150 * scale)
    p = sieve_count(16000 * scale)
    print("int_loops checksum", total, best, best_n, g, p)


main()
