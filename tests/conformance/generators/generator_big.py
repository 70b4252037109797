def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(200000)))
def nested_depth(d):
    if d == 0:
        yield "leaf"
    else:
        yield from nested_depth(d - 1)
print(list(nested_depth(200)))
total = sum(x for x in range(300000) if x % 7 == 3)
print(total)
gen_list = [(i for i in range(3)) for _ in range(1000)]
print(sum(sum(g) for g in gen_list))
