words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "123abc", "ABC def GHI", "o'neil mc-donald", "", "éTÉ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("hello".islower(), "Hello".islower(), "HELLO".isupper(), "Hello World".istitle(), "Hello world".istitle())
print("123".islower(), "a1".islower(), "A1".isupper(), "".isupper())
