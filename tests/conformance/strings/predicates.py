tests = ["", "abc", "ABC", "abc123", "123", "12.5", "  ", "\t\n", "Hello", "hello world", "Title Case", "½", "²", "٣",
         "é", "中文", "a_b", "_id", "1abc", "class", "MixedCASE", "x1", "\u00a0", "!", "abc!"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
