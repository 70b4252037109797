d = {"k": "v", 'q': "w"}
print(f"{d['k']}", f'{d["q"]}', f"""{d["k"]}{d['q']}""")
print(f"it's {1}", f'say "{2}"', f"tab\t{3}", f"nl\\n{4}")
print(f"{'a' 'b'}", f"{'x' * 3}")
s = "va'l"
print(f"{s}", f"{s!r}", f'{s!r}')
print(f"\u00e9{1}\x41", f"\N{BULLET}" if False else "skip")
print(rf"\d+{5}\w", Rf"{6}\n", f"{7}" "\n" f"{8}")
