seqs = [list(range(6)), tuple(range(6)), "abcdef", b"abcdef", range(6)]
for s in seqs:
    print(type(s).__name__, s[-1], s[-6], s[-3:], s[:-3], s[-4:-1], s[-1:-4:-1], s[::-2])
for s in seqs:
    try:
        s[-7]
    except IndexError as e:
        print(type(s).__name__, type(e).__name__, e)
