class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class RangeError(ValidationError):
    def __init__(self, field, lo, hi, value):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if not 0 <= age <= 150:
        raise RangeError("age", 0, 150, age)
    return age
for v in [30, "x", 200, -1]:
    try:
        print("valid", validate(v))
    except RangeError as e:
        print("RangeError", e, e.field, e.value, e.args)
    except ValidationError as e:
        print("ValidationError", e, e.field, e.message)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored arg")
except WithStr as e:
    print(e, repr(e), e.args)
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty(1, 2)), str(Empty("one")))
class Base(Exception): pass
class Child(Base): pass
try:
    raise Child("c")
except Base as e:
    print("caught by base:", type(e).__name__, isinstance(e, Exception))
e = Child("x")
print(e.args, isinstance(e, BaseException))
