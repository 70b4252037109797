class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class A(Base):
    pass
class B(A):
    pass
print(Base.registry)
class Template:
    def run(self):
        return [self.step1(), self.step2(), self.hook()]
    def step1(self):
        return "base step1"
    def step2(self):
        return "base step2"
    def hook(self):
        return "default hook"
class Impl(Template):
    def step2(self):
        return "impl step2"
    def hook(self):
        return "impl hook (" + super().hook() + ")"
print(Impl().run(), Template().run())
