# re.VERBOSE: whitespace and comments are ignored outside classes and escapes
import re

p = re.compile(r"""
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac> \d* ) )?   # optional fraction
    \ ?                 # an escaped space
    (?P<unit> [ a-z]+ )?  # unit (space inside a class is literal)
""", re.VERBOSE)
for s in ["12.5 kg", "7", "3. m s", "10kg"]:
    m = p.match(s)
    print(repr(s), m and m.groupdict())
print(re.findall(r"a\ b", "a b ab", re.X), re.findall(r"a[ ]b", "a b ab", re.X))
print(re.findall("a#b\nc", "ac a#bc", re.X), re.findall(r"a\#b", "a#b", re.X))
print(re.findall("a  {2}", "aa a", re.X), re.findall("(?x) a | b ", "ab"))
print(re.match("(?x)(?# a comment )a", "a"), re.match("a(?#comment)b", "ab"))
print(re.match("(?x)\ta\n\r\x0b\x0cb", "ab"))
print(re.compile(r"""(?x)
    \d{3}   # area
    -?
    \d{4}   # number
""").findall("555-1234 5551234 55-1234"))
