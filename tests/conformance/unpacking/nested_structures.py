data = {"name": "x", "coords": (1, (2, 3)), "tags": ["a", "b", "c"]}
name = data["name"]
cx, (cy, cz) = data["coords"]
t0, *trest = data["tags"]
print(name, cx, cy, cz, t0, trest)
records = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for nm, (age, city) in records:
    print(f"{nm}: {age} in {city}")
[[a, b], [c, d]] = [[1, 2], [3, 4]]
print(a, b, c, d)
(((deep,),),) = (((42,),),)
print(deep)
row, = [[1, 2, 3]]
print(row)
