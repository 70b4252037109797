# A pool computing results; gathered with as_completed, map and submit.
import concurrent.futures as cf


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


ranges = [(k * 500, (k + 1) * 500) for k in range(12)]
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    future_to_range = {ex.submit(count_primes, lo, hi): (lo, hi) for lo, hi in ranges}
    found = {}
    for fut in cf.as_completed(future_to_range):
        found[future_to_range[fut]] = fut.result()
    for r in ranges:
        print(r, found[r])
    print("total", sum(found.values()))

    flags = list(ex.map(is_prime, range(50)))
    print([n for n, p in zip(range(50), flags) if p])

    done, not_done = cf.wait([ex.submit(count_primes, 0, 100 * k) for k in range(1, 6)])
    print(sorted(f.result() for f in done), not_done)

    # Exceptions surface where the results are read.
    def checked(n):
        if n % 7 == 0:
            raise ArithmeticError(f"multiple of seven: {n}")
        return n
    futs = [ex.submit(checked, n) for n in range(1, 16)]
    oks = []
    errs = []
    for f in futs:
        try:
            oks.append(f.result())
        except ArithmeticError as e:
            errs.append(str(e))
    print(oks)
    print(errs)
    first_exc = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
    print(len(first_exc.done) >= 1 and any(f.exception() for f in first_exc.done))
