def tokenize(s):
    tokens = []
    state = "start"
    buf = ""
    for ch in s + " ":
        if state == "start":
            if ch.isdigit():
                state, buf = "num", ch
            elif ch.isalpha():
                state, buf = "ident", ch
            elif ch in "+-*/()=":
                tokens.append(("op", ch))
            elif ch == '"':
                state, buf = "str", ""
        elif state == "num":
            if ch.isdigit() or ch == ".":
                buf += ch
            else:
                tokens.append(("num", buf))
                state = "start"
                if ch in "+-*/()=":
                    tokens.append(("op", ch))
        elif state == "ident":
            if ch.isalnum() or ch == "_":
                buf += ch
            else:
                tokens.append(("ident", buf))
                state = "start"
                if ch in "+-*/()=":
                    tokens.append(("op", ch))
        elif state == "str":
            if ch == '"':
                tokens.append(("str", buf))
                state = "start"
            else:
                buf += ch
    return tokens
print(tokenize('x = 3.14 * (radius+2)'))
print(tokenize('name="hello world" y1=42'))
