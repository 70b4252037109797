print({})
print({1: 2})
print({"a": "b", "c": [1, 2], "d": {"e": None}})
print({(1, 2): {3: (4,)}})
print({1.5: -0.0, True: False, None: ...})
print(str({"k": "v"}), repr({"q": 'x"y'}))
d = {"x": 1}
d["self"] = d
print(d)
print(dict(a=1).__repr__())
class V:
    def __repr__(self):
        return "V!"
print({V(): V()} if False else {1: V()})
print(d.keys(), {}.values(), {1: 2}.items())
