squares = [i * i for i in range(100000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
evens = {i for i in range(0, 200000, 2)}
print(len(evens), 199998 in evens, 3 in evens)
mapping = {i: str(i) for i in range(50000)}
print(len(mapping), mapping[49999])
grid = [[(r * c) % 10 for c in range(300)] for r in range(300)]
print(sum(map(sum, grid)))
