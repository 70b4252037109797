name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{name.upper()} {len(name)} {name[1:3]}")
print(f"{pi}", f"{1 / 3}", f"{None}", f"{True}", f"{[1, 2]}", f"{ {'a': 1} }", f"{(1, 2)}")
print(f"{'quoted'}", f'{"double"}', f"""{'triple'}""", f'''{"x"}''')
print(f"{{}}", f"{{{n}}}", f"{{n}}", f"a{{b}}c")
print(F"upper F {n}", rf"raw\n{n}", fr"\t{name}")
x, y = 3, 4
print(f"{x}+{y}={x + y}", f"{x if x > y else y}", f"{'yes' if x < y else 'no'}")
print(f"{[i * i for i in range(4)]}", f"{sum(range(10))}")
d = {"key": "val", "n": 5}
print(f"{d['key']} {d['n'] * 2}")
print(f"" == "", f"plain", f"{n}" f"{n}", "a" f"{n}" "b")
print(f"{n:}", f"{name:}")
def g():
    return "called"
print(f"{g()} {g.__name__}")
obj = [10, 20, 30]
print(f"{obj[0]}{obj[-1]}{len(obj)}")
print(f"{'nested ' + f'{n}'}")
print(f"{3.0}", f"{1e20}", f"{2**70}")
print(f"{n}\n{n}")
