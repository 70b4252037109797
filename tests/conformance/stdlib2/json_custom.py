import json
from json import JSONEncoder, JSONDecoder


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


text = json.dumps({"p": Point(1, 2), "s": {3, 1}}, cls=PointEncoder, sort_keys=True)
print(text)
print(json.loads(text, object_hook=as_point))
print(PointEncoder().encode([Point(0, 0)]), list(PointEncoder(indent=1).iterencode({"a": [1]})))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"k": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps(Point(5, 6), default=lambda o: o.__dict__))
print(json.dumps([1j], default=repr), json.dumps({"a": 1, (2,): 3, 4: 5}, skipkeys=True))
try:
    json.dumps({(2,): 3})
except TypeError as e:
    print("TypeError", e)

# Circular references.
a = [1]
a.append(a)
for obj in [a]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)


class Loop:
    pass


loop = Loop()
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps([1e400], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(a[:1], check_circular=False))


class OrderedPairs(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=lambda pairs: ["pairs"] + pairs, **kw)


print(json.loads('{"b": 1, "a": {"c": 2}}', cls=OrderedPairs))
print(json.loads('{"b": 1, "b": 2}', object_pairs_hook=list), json.loads('{"b": 1, "b": 2}'))
print(json.loads('[1, 2.5, 3e2]', parse_int=float, parse_float=lambda s: "F" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C:" + s))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d), object_pairs_hook=dict))
print(json.loads('"x\ty"', strict=False), json.JSONDecoder(strict=False).decode('["\n"]'))


class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


s = Sink()
json.dump({"list": [1, 2, 3], "t": "x"}, s)
print("".join(s.chunks), len(s.chunks) > 1)
s = Sink()
json.dump([{"a": None}], s, indent=3, separators=(",", " = "))
print("".join(s.chunks))
print(json.load(Source('{"from": "file", "n": [1, 2]}')))
print(json.load(Source('[1.5]'), parse_float=str))
enc = JSONEncoder(sort_keys=True, indent=None, separators=(";", "="))
print(enc.encode({"b": [1, 2], "a": "z"}), enc.item_separator, enc.key_separator)
print(JSONEncoder().item_separator, JSONEncoder(indent=2).item_separator, repr(JSONEncoder(indent=2).key_separator))
