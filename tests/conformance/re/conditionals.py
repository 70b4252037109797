# conditional groups (?(id)yes|no) and (?(name)yes|no)
import re

p = re.compile(r"(<)?\w+(?(1)>|$)")
for s in ["<user>", "user", "<user", "user>"]:
    print(repr(s), p.match(s) and p.match(s).group())
q = re.compile(r"(?P<q>\")?(?P<body>\w+)(?(q)\")")
for s in ['"word"', "word", '"word']:
    m = q.match(s)
    print(repr(s), m and (m.group(), m.group("body")))
print(re.match(r"(a)?(?(1)b)c", "abc"), re.match(r"(a)?(?(1)b)c", "c"))
print(re.findall(r"(a)?(?(1)b|c)", "abcacb"))
print(re.match(r"(?:(a)|b)(?(1)x|y)", "ax").span(), re.match(r"(?:(a)|b)(?(1)x|y)", "by").span())
print(re.match(r"(a)(?(1)|x)", "a").span(), re.match(r"(a)?(?(1)|x)", "x").span())
print(re.fullmatch(r"(\()?\d+(?(1)\))", "(12)"), re.fullmatch(r"(\()?\d+(?(1)\))", "(12"))
print(re.match(r"((a)|b)(?(2)c|d)", "bd").groups())
