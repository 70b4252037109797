TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,").lower() for w in TEXT.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:>8} {c:3d} {'#' * c}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
letters = sorted(((c, TEXT.lower().count(c)) for c in set(TEXT.lower()) if c.isalpha()), key=lambda t: (-t[1], t[0]))
print(letters[:5])
print(" ".join(w.capitalize() for w in words[:6]))
