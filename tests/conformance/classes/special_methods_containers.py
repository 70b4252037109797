class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __delitem__(self, idx):
        r, c = idx
        self.rows[r][c] = None
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1, 0], len(m), 4 in m, 9 in m, list(m))
m[0, 0] = 10
del m[1, 1]
print(m)
class Sparse:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.data[k] = v
s = Sparse()
s[5] = 1
s["x"] += 3
print(s[5], s[6], s["x"], s.data)
class SliceAware:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return f"slice({k.start}, {k.stop}, {k.step})"
        return f"item({k})"
sa = SliceAware()
print(sa[1], sa[1:2], sa[::2], sa[...] if False else "skip", sa["key"])
class Reversible:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __reversed__(self):
        return iter(["custom reversed"])
print(list(reversed(Reversible([1, 2]))), list(Reversible([1, 2])))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(SeqOnly())), list(SeqOnly()))
