import json
for s in ["", "[1,", "[1 2]", "{\"a\" 1}", "{1:2}", "{\"a\":1,}", "[1,]", "\"abc", "\"\\x\"", "\"\\u12\"", "\"a\nb\"", "[1] x", "nul", "-", "01", "1.", "1e", "{\"a\":1", "[", "{", "{\"a\"", "{\"a\":", "[1", "\"\\", "\"\\u", "tru", "\ufeff1", "  ", "[1,\n2,\n x]", "{\"a\":1 \"b\":2}", "\"\\ud83d\\ude00\"", "1.5e3", "-0", "-0.0", "1E400", "[-]", " [1, {\"a\": [true, false, null]}] ", "\"h\\u00e9llo \\n\\t\\\\ \\/\"", "\"é😀\"", "[NaN, Infinity, -Infinity]", "12345678901234567890123", "3.141592653589793", "1e-7"]:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("[1.0, 1e5, 123456789012345678901234567890, -5, 1.5E-3, true, false, null]"))
print(json.loads(b"[1]"), json.loads(bytearray(b"{}")), json.loads(b'"x"'))
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
try: json.dumps(float("nan"), allow_nan=False)
except Exception as e: print(type(e).__name__, e)
try: json.dumps({(1,2): 3})
except Exception as e: print(type(e).__name__, e)
try: json.dumps(object())
except Exception as e: print(type(e).__name__, e)
d = {"b": [1, 2.5, {"x": None}], "a": "é\u2028\x7f\x01", 3: True, 1.5: False, None: "n", True: 1}
print(json.dumps(d))
print(json.dumps(d, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, [], {}, [2]]}, indent=2, sort_keys=True))
print(json.dumps([1, {"a": 2}], indent="\t"))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps({"a": 1, (1,): 2}, skipkeys=True))
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
dd = {}; dd["x"] = dd
try: json.dumps(dd)
except ValueError as e: print(e)
class C: pass
print(json.dumps(C(), default=lambda o: "C!"))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
try: json.dumps({"s": C()}, cls=Enc)
except TypeError as e: print(e)
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: s))
print(json.JSONDecoder().raw_decode('[1] tail'))
print(json.dumps("x"), json.dumps(1.0), json.dumps(1e100), json.dumps(0.1+0.2), json.dumps(-0.0), json.dumps(10**20), json.dumps((1,2)))
print(json.dumps("\u0000\u001f\"\\\b\f\n\r\t"))
print(json.loads('"a\\u0041"'))
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
print(repr(json.loads('"a\tb"', strict=False)))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d): return {"wrapped": d}
print(json.loads('{"a": [{}]}', cls=D))
print(issubclass(json.JSONDecodeError, ValueError))
import json.decoder
print(json.decoder.scanstring('"abc" x', 1))
class F:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
f = F(); json.dump({"a": [1, 2]}, f); print("".join(f.parts))
f = F(); json.dump({"a": [1, 2]}, f, indent=1); print("".join(f.parts))
class IO:
    def read(self): return '{"k": [1,2,3]}'
print(json.load(IO()))
print(json.dumps([[[]]], indent=0))
print(json.dumps({"a": 1}, indent=None, separators=(",", ": ")))
import json as J
print(J.dumps(True), J.dumps(None), J.dumps(False), J.dumps([True, None]))
