import json
import math

values = [0, 1, -1, 7, 2 ** 31, 2 ** 63, -2 ** 64, 10 ** 30, 0.0, -0.0, 0.5, 1.0, 2.5e-8, 1e16, 1e17,
          123456789.123456789, 1 / 3, 2 / 3, math.pi, math.e, 5e-324, 1.7976931348623157e308,
          1e-5, 1e-4, 0.0001, 100.0, 1e21, 1e22, True, False]
print(json.dumps(values))
back = json.loads(json.dumps(values))
print(back == values, [type(v).__name__ for v in back])
for text in ["0", "-0", "1.0", "1e0", "1E+2", "1e-2", "-1.5e-3", "123456789012345678901234567890",
             "1.7976931348623157e309", "-1e400", "0.1", "4.35", "2.675", "1_000" if False else "1000",
             "12.5e1", "3.0e-324", "9007199254740993"]:
    v = json.loads(text)
    print(text, repr(v), type(v).__name__)
print(json.loads("[1, 1.0, 1e1]", parse_int=str), json.loads("[1.25]", parse_float=float))
print(json.loads("[0.1, 0.2]", parse_float=lambda s: ("F", s)), json.loads("[7]", parse_int=lambda s: int(s) * 2))
print(json.dumps({1.5: 1, 2.0: 2, -0.0: 3, 1e100: 4}))
print(json.dumps([float("nan"), float("inf")]), json.dumps({float("inf"): 1}))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(10 ** 100)[:20], len(json.dumps(10 ** 100)))
print(json.loads("-" + "9" * 50) == -int("9" * 50))
print(json.loads(" \t\n\r1 \n"), json.loads("[\n1\n,\n2\n]"))
