print(format(42), format(42, "5"), format(42, "<5") + "|", format(-42, "+"), format(42, " "))
print(format(3.5), format(3.5, "8.3f"), format("s"), format("s", ">3"), format(True), format(None))
print(format(1234567, ","), format(1234567, "_"), format(0.5, "%"), format(255, "08b"))
print(format([1, 2]), format((1,)), format({"a": 1}))
try:
    format([1, 2], "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(type(format(1)).__name__)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v:.2f}"
        return f"${self.v:{spec}}"
m = Money(12.5)
print(format(m), format(m, ">10.1f"), f"{m}", f"{m:08.3f}", "{:.0f}".format(m))
