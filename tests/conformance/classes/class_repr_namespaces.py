class Outer:
    class Inner:
        value = "inner"
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().who(), Outer.Inner.__name__, Outer.Inner.__qualname__)
class WithClassBody:
    items = [i * i for i in range(4)]
    total = sum(items)
    if total > 10:
        big = True
    else:
        big = False
    for _k in range(2):
        pass
print(WithClassBody.items, WithClassBody.total, WithClassBody.big)
print(type(WithClassBody).__name__, type(int).__name__, type(type).__name__)
print(WithClassBody.__module__, Outer.make.__qualname__)
