from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product('ab', 'cd', repeat=2))[:5], len(list(product('ab', 'cd', repeat=2))))
print(list(product()), list(product([])), list(product([1], [])), list(product([1, 2], repeat=0)))
print(list(product(range(2), range(2), range(2))))
print(list(product(iter('xy'), 'z')))
try:
    product([1], repeat=-1)
except ValueError as e:
    print('ValueError', e)
try:
    product([1], repeat='a')
except TypeError as e:
    print('TypeError', e)
try:
    product(1)
except TypeError as e:
    print('TypeError', e)

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([])), list(permutations('ab', 0)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
for r in [-1, 'a', 1.0]:
    try:
        permutations([1], r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1], 2)), list(combinations([], 0)), list(combinations('ab', 0)))
print(len(list(combinations(range(12), 5))))
for r in [-1, 'a']:
    try:
        combinations([1], r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    combinations([1])
except TypeError as e:
    print('TypeError', e)

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
print(len(list(combinations_with_replacement(range(5), 4))))
try:
    combinations_with_replacement([1], -2)
except ValueError as e:
    print('ValueError', e)

p = permutations('ab')
print(iter(p) is p, next(p), list(p), list(p))
c = combinations(range(3), 2)
print(type(c).__name__, next(c), next(c), next(c))
try:
    next(c)
except StopIteration:
    print('stop')
print(sum(1 for _ in product(range(10), repeat=4)))
print(sorted(set(permutations('aab'))))
