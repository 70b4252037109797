s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("xyz", "q"), s.replace("at", ""))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("zz"), s.find(""), s.find("", 100))
print(s.rfind("at"), s.rfind("at", 0, 20), s.rfind("zz"), s.rfind(""))
print(s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("t", 10), s.count("t", 0, 5))
print(s.startswith("the"), s.startswith("cat"), s.startswith("cat", 4), s.startswith(("x", "th")))
print(s.endswith("hat"), s.endswith("ha"), s.endswith("ha", 0, -1), s.endswith(("at", "zz")))
print("abc".find("c", -1), "abc".find("a", -1), "abc".index("b", -2))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("héllo".find("l"), "中文中文".rfind("中"), "ab✓cd".index("c"))
