def n_queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(n_queens(n)))
print(n_queens(6))
def subsets_sum(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target:
            out.append(list(chosen))
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()
    go(0, [], 0)
    return out
print(subsets_sum([1, 2, 3, 4, 5, 6], 7))
def permute(s):
    if len(s) <= 1:
        yield s
        return
    for i in range(len(s)):
        for p in permute(s[:i] + s[i + 1:]):
            yield s[i] + p
print(list(permute("abcd"))[:8], len(list(permute("abcde"))))
