class Counter:
    def __init__(self):
        self.data = {}
    def add(self, key):
        self.data[key] = self.data.get(key, 0) + 1
    def most_common(self, n):
        return sorted(self.data.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    def __getitem__(self, key):
        return self.data.get(key, 0)
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
c = Counter()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    c.add(x)
print(c.most_common(3), c[5], c[7], len(c), 9 in c, 8 in c)
class Missing(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
m = Missing()
print(m[3], m[4], m)
print(m.get(10), m)
