# quick-arg: 7
# N-queens: (1) a recursive backtracking solver using sets for attacked
# columns/diagonals, (2) a generator-based solver that yields complete
# placements, and (3) a brute-force permutation filter on a smaller board.
# Stresses recursion, generators (yield from), sets, list ops, tuple building.
import sys


def count_backtrack(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            found += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return found

    return place(0)


def solutions(n, placed):
    row = len(placed)
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        ok = True
        for r, pc in enumerate(placed):
            if pc == c or row - r == abs(c - pc):
                ok = False
                break
        if ok:
            placed.append(c)
            yield from solutions(n, placed)
            placed.pop()


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.append(items[i])
            yield p


def count_by_permutation(n):
    count = 0
    for perm in permutations(list(range(n))):
        d1 = set()
        d2 = set()
        for i, c in enumerate(perm):
            d1.add(i + c)
            d2.add(i - c)
        if len(d1) == n and len(d2) == n:
            count += 1
    return count


def main():
    n = 10
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    a = count_backtrack(n + 1)
    checksum = 0
    b = 0
    for sol in solutions(n, []):
        b += 1
        for i, c in enumerate(sol):
            checksum = (checksum * 31 + c * (i + 1)) % 1000000007
    c = count_by_permutation(n - 1)
    print("nqueens checksum", n, a, b, c, checksum)


main()
