l = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(l.count(5), l.count(7), l.index(5), l.index(5, 5), l.index(5, 9, 11))
c = l.copy()
c.sort()
print(c, l[:3])
l2 = l
l2 += [0]
print(l is l2, len(l))
print(l.__len__(), l.__getitem__(2), l.__contains__(9))
print(min(l), max(l), sum(l), len(set(l)))
s = []
for i in range(5):
    s.append(i)
    s.insert(0, -i)
print(s)
q = [1, 2, 3]
q.extend(range(4, 7))
q.extend("ab")
q.extend((7,))
q.extend({8: None})
print(q)
r = [1, 2]
r.append(r) if False else None
r.extend(r)
print(r)
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
print(list.append, [].append.__name__) if False else print("skip")
