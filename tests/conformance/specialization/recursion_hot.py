def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22))
def ack(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ack(m, n - 1)
        m -= 1
    return n + 1
print(ack(2, 200))
def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)
print(sum(depth_sum(300) for _ in range(100)))
