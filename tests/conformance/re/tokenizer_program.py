# A small program: a tokenizer and evaluator for arithmetic, built on re (scanner style)
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>  \d+(?:\.\d*)?(?:[eE][-+]?\d+)? )
  | (?P<NAME>    [A-Za-z_]\w* )
  | (?P<OP>      \*\*|[-+*/%()=,] )
  | (?P<WS>      \s+ )
  | (?P<ERROR>   . )
""", re.VERBOSE)


def tokenize(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        kind = m.lastgroup
        if kind == "ERROR":
            raise SyntaxError("bad character %r at %d" % (m.group(), pos))
        if kind != "WS":
            out.append((kind, m.group()))
        pos = m.end()
    return out


def evaluate(tokens, env):
    pos = 0

    def peek():
        return tokens[pos][1] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        kind, val = take()
        if kind == "NUMBER":
            return float(val) if re.search(r"[.eE]", val) else int(val)
        if kind == "NAME":
            if peek() == "(":
                take()
                args = [expr()]
                while peek() == ",":
                    take()
                    args.append(expr())
                take()
                return env[val](*args)
            return env[val]
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -atom()
        raise SyntaxError(val)

    def power():
        v = atom()
        if peek() == "**":
            take()
            return v ** power()
        return v

    def term():
        v = power()
        while peek() in ("*", "/", "%"):
            op = take()[1]
            r = power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v

    return expr()


env = {"x": 3, "y": 4.5, "max": max, "min": min}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * y - 1", "max(1, x, 2) + min(4, 5)",
            "10 % 4 + 1.5e1", "-x + 7", "1 $ 2"]:
    try:
        toks = tokenize(src)
        print(src, "->", toks, "=", evaluate(toks, env))
    except SyntaxError as e:
        print(src, "->", "SyntaxError", e)

# A log-line parser
LOG = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+)\s+\[(?P<mod>[\w.]+)\] (?P<msg>.*)$", re.M)
logs = """2024-01-05 INFO  [app.main] started
2024-01-05 WARN  [app.db] slow query: 1.5s
garbage line
2024-01-06 ERROR [app.db] connection lost
"""
counts = {}
for m in LOG.finditer(logs):
    counts[m["level"]] = counts.get(m["level"], 0) + 1
    print(m.group("date", "level", "mod"), repr(m["msg"]))
print(sorted(counts.items()))
print(re.sub(r"(\d+)\.(\d+)s", lambda m: "%dms" % (int(m[1]) * 1000 + int(m[2]) * 100), logs.splitlines()[1]))
