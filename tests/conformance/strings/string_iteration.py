s = "hello world"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(s), tuple("abc"), list(reversed("abc")), list(enumerate("ab")))
print("l" in s, "wor" in s, "" in s, "xyz" in s, "o w" in s)
it = iter("ab")
print(next(it), next(it), next(it, "end"))
vowels = sum(1 for c in s if c in "aeiou")
print(vowels)
print([c.upper() for c in "abc"], {c: ord(c) for c in "xyz"})
print(list(zip("abc", "12")), list(map(ord, "AB")))
print("".join(c for c in "a1b2c3" if c.isdigit()))
for i, (a, b) in enumerate(zip("abc", "xyz")):
    print(i, a + b)
