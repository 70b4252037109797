# quick-arg: 7
# Fannkuch-redux: permutations generated in place, prefix reversal by slicing.
# Stresses list indexing, slice assignment, small-int arithmetic, while loops.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * sign
        # next permutation (counting order with rotation)
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = 9
    reps = 2
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    checksum = 0
    flips = 0
    for _ in range(reps):
        checksum, flips = fannkuch(n)
    print("fannkuch checksum", n, checksum, flips)


main()
