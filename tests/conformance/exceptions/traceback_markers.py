# The ^ and ~ markers CPython 3.11 prints under traceback source lines, shown through
# traceback.format_exc (uncaught exceptions use the same formatter).
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        text = traceback.format_exc()
        # Keep the lines from this file only (paths differ between machines).
        for line in text.splitlines():
            if line.startswith("  File"):
                print("  File", line.rsplit(",", 2)[-2].strip(), line.rsplit(",", 1)[-1].strip())
            else:
                print(line)
    print("--")


def binop():
    a, b = 10, 0
    return a + (a // b)


def power():
    base = [2.0]
    return base[0] ** 10000


def subscript():
    table = {"a": 1}
    return table["b"]


def nested_subscript():
    rows = [[1, 2], [3]]
    return rows[1][1]


def attribute():
    value = 3
    return value.real.missing


def missing_method():
    items = []
    items.add(1)


def call_raises():
    return int("x") + 1


def whole_line():
    raise ValueError("whole line: no markers")


def helper(n):
    return 1 / n


def through_calls():
    total = helper(2) + helper(0)
    return total


def multi_line():
    return helper(
        0
    )


def paren_operand():
    x = 5
    return (x) % 0


show(binop)
show(power)
show(subscript)
show(nested_subscript)
show(attribute)
show(missing_method)
show(call_raises)
show(whole_line)
show(through_calls)
show(multi_line)
show(paren_operand)
