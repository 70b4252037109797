print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({w: len(w) for w in "apple banana cherry".split() if "a" in w})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: "vowel" if c in "aeiou" else "consonant" for c in "abcde"})
print({i % 3: i for i in range(10)})
names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
print({n: s for n, s in zip(names, scores)}, dict(zip(names, scores)))
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({k: v for k, v in sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1])})
