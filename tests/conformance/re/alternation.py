# ordered alternation and leftmost-first semantics
import re

print(re.match(r"a|ab", "ab").group(), re.match(r"ab|a", "ab").group())
print(re.search(r"cat|dog", "hotdog catalog").group(), re.findall(r"cat|dog", "dogcatdog"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.fullmatch(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"|a", "a").span(), re.match(r"a|", "b").span())
print(re.findall(r"a|b|c|d", "xdcbay"), re.findall(r"ab|cd|ef", "abcdefab"))
print(re.match(r"(?:a|b|c)+", "abcabcx").group(), re.match(r"(x|xy)z", "xyz").groups())
print(re.findall(r"\d+|[a-z]+|\s+", "abc 123def  45"))
print(re.match(r"(a|b)*?b", "aab").groups(), re.match(r"(?:a|ab)*c", "abababc").span())
words = ["apple", "app", "application", "banana"]
p = re.compile("|".join(words))
print(p.findall("application apple app banana"))
p2 = re.compile("|".join(sorted(words, key=len, reverse=True)))
print(p2.findall("application apple app banana"))
print(re.match(r"(a)|(b)|(c)", "c").groups(), re.match(r"(a)|(b)|(c)", "c").lastindex)
print(re.sub(r"one|two|three", lambda m: str(len(m.group())), "one two three four"))
