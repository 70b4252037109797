a = 1
s = "unterminated
b = 2
