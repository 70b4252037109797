def divide_all(pairs):
    results = []
    problems = []
    for a, b in pairs:
        try:
            results.append(a / b)
        except ZeroDivisionError as e:
            problems.append(("zero", a))
        except TypeError as e:
            problems.append(("type", str(e)))
    return results, problems
print(divide_all([(1, 2), (1, 0), ("a", 1), (9, 3), (None, 2)]))
def parse_config(lines):
    cfg = {}
    for n, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
            cfg[key.strip()] = int(value)
        except ValueError as e:
            print(f"line {n}: {e}")
    return cfg
print(parse_config(["a = 1", "b=2", "bad line", "c = x", "d=4=5", "e= 6"]))
