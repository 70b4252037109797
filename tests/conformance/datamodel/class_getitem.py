class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G[1, 2], G["x"])
class H(G):
    pass
print(H[str])
try:
    G()[0]
except TypeError as e:
    print(type(e).__name__, e)
class NoCG:
    pass
try:
    NoCG[int]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem"
class WM(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WM[0])
