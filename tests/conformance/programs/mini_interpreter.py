def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "<=", ">=", "!="):
                tokens.append(("op", two))
                i += 2
            else:
                tokens.append(("op", c))
                i += 1
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else ("eof", None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        left = self.term()
        while self.peek()[1] in ("+", "-", "<", ">", "==", "<=", ">=", "!="):
            op = self.take()[1]
            left = (op, left, self.term())
        return left
    def term(self):
        left = self.atom()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            left = (op, left, self.atom())
        return left
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            return ("var", val)
        if val == "(":
            e = self.expr()
            self.take()
            return e
        if val == "-":
            return ("neg", self.atom())
        raise SyntaxError(f"unexpected {val!r}")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b,
       "%": lambda a, b: a % b, "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
       "==": lambda a, b: int(a == b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
       "!=": lambda a, b: int(a != b)}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))
def run(program):
    env = {}
    for line in program.strip().splitlines():
        line = line.strip()
        if line.startswith("print "):
            print(evaluate(Parser(tokenize(line[6:])).expr(), env))
        else:
            name, _, expr = line.partition("=")
            env[name.strip()] = evaluate(Parser(tokenize(expr)).expr(), env)
    return env
env = run("""
x = 6
y = x * 7
print y
z = (x + y) % 5 - -3
print z
print y / 4 == 10
print (1 + 2) * (3 + 4)
""")
print(sorted(env.items()))
for bad in ["print q + 1", "print (1 + * 2)"]:
    try:
        run(bad)
    except (NameError, SyntaxError) as e:
        print(type(e).__name__, e)
