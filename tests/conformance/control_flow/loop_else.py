def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while completed", n)
while n < 10:
    n += 1
    if n == 5:
        break
else:
    print("not printed")
print("n", n)
for i in range(3):
    for j in range(3):
        pass
    else:
        print("inner else", i)
def ret_in_loop():
    for i in range(5):
        if i == 2:
            return i
    else:
        return "else"
print(ret_in_loop())
