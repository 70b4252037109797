n = 100000
l = list(range(n))
print(len(l), l[-1], sum(l))
l2 = [x * 2 for x in l]
print(l2[12345], len(l2))
l.reverse()
print(l[:5])
l.sort()
print(l[:5], l[-1])
squares = [i * i for i in range(1000)]
print(sum(squares), squares[999])
big = [0] * 1000000
big[999999] = 1
print(len(big), sum(big))
joined = ",".join(str(i) for i in range(1000))
print(len(joined), joined[-10:])
m = [i % 7 for i in range(50000)]
print(m.count(3), sorted(m)[25000])
