import json
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError", e)
d = {}
cur = d
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
print(len(json.dumps(json.loads("[" * 500 + "]" * 500))))
