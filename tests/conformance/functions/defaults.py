def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def counter(start=0, step=1):
    return list(range(start, start + 5 * step, step))
print(counter(), counter(10), counter(step=3), counter(1, -1))
calls = []
def make_default():
    calls.append(1)
    return 100
def uses_default(x=make_default()):
    return x
print(uses_default(), uses_default(5), uses_default(), len(calls))
def mutable_default(v, acc=[]):
    acc.append(v)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))
def none_default(v, acc=None):
    if acc is None:
        acc = []
    acc.append(v)
    return acc
print(none_default(1), none_default(2))
print(greet.__defaults__, uses_default.__defaults__, none_default.__defaults__)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=0, c=0))
print(f.__kwdefaults__)
