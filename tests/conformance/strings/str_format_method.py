print("{} and {}".format("a", "b"))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:+d}".format(5), "{:,}".format(1234567))
print("{!r} {!s}".format("q", "q"))
print("{{literal}} {}".format(1))
print("{:{w}.{p}f}".format(2.718281828, w=10, p=3))
print("{:x} {:o} {:b} {:#X}".format(255, 8, 5, 255))
print("{0:.1%} {1:e}".format(0.256, 12345.678))
args = ["p", "q"]
kw = {"z": "Z"}
print("{} {} {z}".format(*args, **kw))
print("{:d}".format(True), "{}".format(None), "{:5}|".format(7), "{:5}|".format("s"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print("{:.3}".format("abcdef"), "{:10.2}|".format("xyz"))
