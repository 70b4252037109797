# ThreadPoolExecutor: submit, map, as_completed, wait, shutdown.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def fail_on(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(square, [])))
    print(list(ex.map(square, range(5), timeout=30, chunksize=3)))
    futures = [ex.submit(square, i) for i in range(20)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    print([f.result() for f in futures])
    print(all(f.done() for f in futures))
    it = ex.map(fail_on, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map raised", e, "after", got)
    f = ex.submit(fail_on, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("result raised", e)
    kw = ex.submit(lambda a, b=0, *, c=0: a + b + c, 1, b=2, c=3)
    print(kw.result())
    done, not_done = cf.wait(futures)
    print(len(done), len(not_done))
    res = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
    print(type(res).__name__, len(res.done) >= 1)

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    ex.map(square, [1])
except RuntimeError as e:
    print(type(e).__name__, e)

# Results computed by many workers in a pool, combined deterministically.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


with cf.ThreadPoolExecutor(3) as ex:
    lens = dict(zip(range(1, 30), ex.map(collatz_len, range(1, 30))))
print(max(lens.items(), key=lambda kv: (kv[1], kv[0])))
print(sum(lens.values()))

# Worker thread names use the prefix.
names = set()
lock = threading.Lock()
start = threading.Barrier(2)


def record_name(_):
    start.wait()
    with lock:
        names.add(threading.current_thread().name)


with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    list(ex.map(record_name, range(2)))
print(sorted(names))

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    cf.ThreadPoolExecutor(2, initializer=5)
except TypeError as e:
    print(type(e).__name__, e)
print(5 <= cf.ThreadPoolExecutor()._max_workers <= 32)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.TimeoutError is TimeoutError)
