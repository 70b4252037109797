data = bytes(range(0, 256, 17))
print(data)
print(list(data))
print(sum(data), max(data), min(data), len(data))
print(sorted(b"zebra"), bytes(sorted(b"zebra")))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
print(bytes(b ^ 0x20 for b in b"Hello"))
print(b"abc"[::-1], bytes(reversed(b"abc")))
print([hex(b) for b in b"\x00\x10\xff"])
it = iter(b"xy")
print(next(it), next(it), next(it, None))
print(dict(zip(b"ab", b"AB")))
