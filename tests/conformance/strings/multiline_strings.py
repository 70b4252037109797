s = """Line one
    indented line
Line three"""
print(s)
print(len(s.split("\n")))
t = '''single
quoted'''
print(t)
u = """\
no leading newline"""
print(repr(u))
v = ("implicit "
     "concatenation "
     "works")
print(v)
w = """has "quotes" and 'apostrophes' inside"""
print(w)
x = "line\
 continuation"
print(x)
raw = r"""raw\nmulti
line"""
print(raw)
