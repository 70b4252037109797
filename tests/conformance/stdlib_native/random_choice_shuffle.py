# choice over sequences of many kinds and shuffle's backwards swap loop.
import random

random.seed(2718)
print([random.choice("abcdefgh") for _ in range(12)])
print([random.choice(range(1000)) for _ in range(6)])
print([random.choice((1, 2, 3)) for _ in range(8)])
print(random.choice([None]), random.choice(b"xyz"))
for empty in [[], "", (), range(0)]:
    try:
        random.choice(empty)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    random.choice({1: 2, 3: 4})
except Exception as e:
    print(type(e).__name__, e)

for n in [0, 1, 2, 3, 10, 52]:
    deck = list(range(n))
    random.shuffle(deck)
    print(n, deck)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.shuffle("abc")
except TypeError as e:
    print(type(e).__name__, e)
r = random.Random(9)
x = list(range(30))
for _ in range(5):
    r.shuffle(x)
print(x)
