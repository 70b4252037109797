# calcsize: native sizes and alignment (x86-64 Linux), standard sizes, counts, whitespace.
import struct

formats = ["", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
           "e", "f", "d", "s", "p", "P", "5s", "0s", "10p", "3x", "bi", "ib", "bh", "bq",
           "bd", "ci", "c0i", "bi0l", "bi0q", "hhb", "3c2i", "xxxi", "3xq", "@bi", "=bi",
           "<bi", ">bi", "!bi", "<l", "<L", "=q", "< i h", " 2i ", "i i\ti\n", "0i",
           "100b", "20s5i", "?e", "b e", "ce", "cf", "cd", "hcd", "5pd", "@5s0d",
           b"ih", b"<3q"]
for f in formats:
    print(repr(f), struct.calcsize(f))
print(struct.Struct("ih").size, struct.Struct(">ih").size, struct.Struct("ih").format)
print(struct.Struct(b"<q").format, struct.Struct(format="h").size)
