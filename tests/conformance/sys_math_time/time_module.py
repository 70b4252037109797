import time
t1 = time.time()
p1 = time.perf_counter()
time.sleep(0.001)
t2 = time.time()
p2 = time.perf_counter()
print(type(t1).__name__, type(p1).__name__)
print(t2 >= t1, p2 > p1, p2 - p1 >= 0.0005, t1 > 1.6e9)
total = 0
start = time.perf_counter()
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
time.sleep(0)
print("slept zero")
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
