def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")
def level1():
    try:
        level2()
    except KeyError:
        print("not this")
    print("unreachable")
try:
    level1()
except ValueError as e:
    print("top caught", e)
def handle_in_except():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError as e:
            print("inner handler", e)
        print("back in outer handler")
handle_in_except()
results = []
for op in ["div", "key", "idx", "ok"]:
    try:
        try:
            if op == "div":
                1 / 0
            elif op == "key":
                {}["x"]
            elif op == "idx":
                [][0]
            results.append((op, "ok"))
        except ZeroDivisionError:
            results.append((op, "inner zde"))
            raise
        except LookupError as e:
            results.append((op, "inner lookup " + type(e).__name__))
    except ZeroDivisionError:
        results.append((op, "outer zde"))
print(results)
