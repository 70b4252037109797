for s in ["1.5", "-2.25", "  3.0  ", "1e10", "1E-5", "inf", "-inf", "Infinity", "-INFINITY", "nan", "NaN", "+1.0",
          ".5", "5.", "1_000.5", "0", "-0", "00012.50", "1e308", "1e309", "-1e309", "1e-400", "  -.25\n"]:
    print(repr(s), float(s))
print(float(), float(3), float(-7), float(2 ** 60), float(True))
for bad in ["", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "nan1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
