values = ["1", "2", "x", "4", "", "6.5", "7"]
parsed = []
errors = []
for v in values:
    try:
        parsed.append(int(v))
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(parsed)
print(errors)
def first_valid(items):
    for it in items:
        try:
            return 100 // it
        except ZeroDivisionError:
            continue
        except TypeError:
            break
    return None
print(first_valid([0, 0, 5]), first_valid([0, "a", 5]), first_valid([]))
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration
    except StopIteration:
        break
print(count)
