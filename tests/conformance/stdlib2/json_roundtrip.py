import json

data = {
    "name": "weft",
    "tags": ["vm", "rust", "python"],
    "nested": {"a": [1, 2, {"b": None}], "c": (True, False)},
    "numbers": [0, -1, 2 ** 70, -2 ** 63, 1.0, 0.1, 1e-10, 1e22, 1.5e300, -0.0, 3.141592653589793],
    "unicode": "héllo wörld ✓ 😀 \u2028\u2029",
    "controls": "tab\tnewline\nquote\"backslash\\slash/bell\x07del\x7f",
    "empty": [[], {}, ""],
}
for kwargs in [{}, {"indent": 2}, {"indent": "\t"}, {"sort_keys": True}, {"separators": (",", ":")},
               {"ensure_ascii": False}, {"indent": 0}, {"indent": 4, "sort_keys": True, "ensure_ascii": False}]:
    text = json.dumps(data, **kwargs)
    print(kwargs)
    print(text)
    back = json.loads(text)
    print(back == json.loads(json.dumps(back)), back["nested"]["c"], back["numbers"][2])
print(json.dumps([float("inf"), float("-inf")]), json.loads("[Infinity, -Infinity]"))
nan = json.loads("NaN")
print(nan != nan, json.dumps(nan))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps("\ud7ff\ue000\uffff"), json.dumps("\U0001f600"), json.dumps("\U0001f600", ensure_ascii=False))


class MyStr(str):
    pass


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyStr("s"), MyInt(5), MyFloat(2.5), MyList([1]), MyDict(a=1), (1, 2)]))
print(json.dumps(True), json.dumps(None), json.dumps(12), json.dumps("x"), json.dumps([]), json.dumps({}))
print(json.dumps([1, [2, [3, [4]]]], indent=2))
print(json.dumps({"a": []}, indent=2), json.dumps({"a": {}}, indent=2))
