for ch in "ab":
    print(ch)
count = 5
for i in count:
    print(i)
