items = ["a", 1, 2.5, None, True, [1, "x"], ("t",), {"k": "v"}, "quote'd", 'dq"']
for it in items:
    print("%r | %s | {!r} | {} | {:>12} |".format(it, it, str(it)) % (it, it))
print("{!r:^20}".format("centered"))
print("%-15r|" % "left", "%15r|" % [1])
