def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered")
def count():
    count.calls += 1
    count()
count.calls = 0
try:
    count()
except RecursionError:
    print("calls > 500:", count.calls > 500, "calls <= limit:", count.calls <= 1000)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", type(e).__name__)
def works_after(n):
    return n if n == 0 else works_after(n - 1)
print(works_after(500))
for _ in range(3):
    try:
        infinite(0)
    except RecursionError:
        pass
print("repeated recursion errors ok")
