text = "Python slicing is powerful"
words = text.split()
print(text[:6], text[-8:], text[7:14], text[::-1][:8])
print(words[1:3], words[::-1], words[-2:])
print([w[:3] for w in words], [w[-2:] for w in words], [w[::-1] for w in words])
print(text[text.index("s"):text.index("s") + 7])
chunks = [text[i:i + 5] for i in range(0, len(text), 5)]
print(chunks)
print("".join(chunks) == text)
def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("abcdef", -1), rotate((1, 2, 3), 4))
def windows(seq, n):
    return [seq[i:i + n] for i in range(len(seq) - n + 1)]
print(windows([1, 2, 3, 4, 5], 3), windows("abcd", 2))
