record = {"name": "Widget", "price": 9.5, "qty": 12, "code": 0xBEEF}
print("%(name)-10s|%(price)8.2f|%(qty)05d|%(code)#x" % record)
print("%(name)s costs %(price).1f, total %(total).2f" % {**record, "total": record["price"] * record["qty"]})
print("%(x)s %(x)r %(x)d" % {"x": 5})
rows = [{"k": "alpha", "v": 1}, {"k": "beta", "v": 22}, {"k": "gamma", "v": 333}]
for r in rows:
    print("%(k)8s = %(v)-5d|" % r)
print("%s" % {"dict": "alone"})
print("%%(notkey)s %(k)s" % {"k": 1})
