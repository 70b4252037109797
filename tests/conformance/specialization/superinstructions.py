# Pairs of local/constant loads and stores the quickened copy fuses into one instruction
# (LOAD_FAST__LOAD_FAST and friends): values, unbound locals in either half (error and
# traceback position), jumps that land on the second half, and deletes between them.
import traceback


def pair_sum(n):
    total = 0
    for i in range(n):
        a = i
        b = a * 2
        total = total + a + b + 3
    return total


def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return a + b


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def swap_store(n):
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return x, y


def land_on_second(n):
    # The loop header jumps to a LOAD_FAST that follows another LOAD_FAST.
    out = []
    k = 0
    while k < n:
        v = k
        out.append(v)
        k = k + 1
    return out


def deleted(flag):
    a = 1
    b = 2
    if flag:
        del b
    return a + b


for n in (0, 1, 10, 100):
    print("pair_sum", n, pair_sum(n))
for flag in (True, False, True, False):
    for fn in (unbound_second, unbound_first, deleted):
        try:
            print(fn.__name__, flag, fn(flag))
        except UnboundLocalError as e:
            tb = traceback.extract_tb(e.__traceback__)[-1]
            print(fn.__name__, flag, "UnboundLocalError", e, "line", tb.lineno, tb.line)
print(swap_store(30))
print(land_on_second(5), land_on_second(40)[-3:])
