class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def greet(self, who):
        return f"Base greets {who}"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")
    def greet(self, who):
        return super().greet(who).upper()
c = Child()
print(c.trail, c.greet("you"))
class Explicit(Base):
    def greet(self, who):
        return "Explicit+" + super(Explicit, self).greet(who)
print(Explicit().greet("x"))
class WithClassmethod:
    @classmethod
    def create(cls):
        return cls.__name__
class SubCM(WithClassmethod):
    @classmethod
    def create(cls):
        return "Sub:" + super().create()
print(SubCM.create())
class Prop:
    @property
    def value(self):
        return 1
class SubProp(Prop):
    @property
    def value(self):
        return super().value + 10
print(SubProp().value)
