text = "The rain in Spain stays mainly in the plain"
words = text.split()
print([w for w in words if "ain" in w])
print(text.count("ain"), text.lower().count("the"))
positions = []
start = 0
while True:
    i = text.find("ain", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print(text.startswith("The"), text.endswith("plain"), text.upper().startswith("THE RAIN"))
print(text.replace("ain", "AIN", 2))
print(" ".join(w[::-1] for w in words))
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (len(w), w)))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
