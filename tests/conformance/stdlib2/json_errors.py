import json

docs = [
    '', ' ', '[', ']', '{', '}', '[1,,2]', '[1 2]', '{"a":}', '{"a" 1}', '{a:1}',
    "{'a': 1}", '{"a":1,}', '[1,]', '"abc', '"\\q"', '"\\u12g4"', '"a\x01b"',
    '[1]x', 'nul', 'True', 'NaNa', '-', '--1', '+1', '.5', '1.', '01', '0x10',
    '1e', '1e+', '[1,\n 2,\n oops]', '{\n  "a": 1\n  "b": 2\n}', '"\\ud83d\\u"',
    '\ufeff[1]', '[[[[]]]', '{"a": [1, 2}', '"\t"', '[1e5, 2E-3, -0.0, 10]',
]
for d in docs:
    try:
        print(repr(d), "->", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "JSONDecodeError", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
        print("  ", isinstance(e, ValueError), e.doc == d, e.args)

for bad in [1, 1.5, None, [1], object()]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  [2]', 2))
try:
    dec.raw_decode('  [2]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"'), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads(bytearray(b'{"k": 2}')))
e = json.JSONDecodeError("Custom", "line1\nline2", 8)
print(e, e.lineno, e.colno, e.pos, e.msg)
depth = 50
print(json.loads("[" * depth + "]" * depth) is not None)
