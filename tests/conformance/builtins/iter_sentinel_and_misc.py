data = [1, 2, 3, 0, 4, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")))
print(list(range(0)), list(range(-2)), next(iter(range(5, 10))))
nums = [5, 3, 8]
print(sorted(nums) is nums, nums.sort() is None, nums)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
print(sum(map(int, "12345")), max(map(len, ["a", "bcd", "ef"])))
print(all(map(str.isalpha, ["ab", "cd"])), any(map(str.isdigit, ["ab", "c1"])))
