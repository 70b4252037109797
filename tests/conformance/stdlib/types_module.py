import types
import sys

def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType), types.NoneType is type(None))
print(types.BuiltinMethodType is types.BuiltinFunctionType, isinstance([].append, types.BuiltinMethodType))
print(types.NotImplementedType is type(NotImplemented), types.EllipsisType is type(...))
m = types.ModuleType('mymod', 'the doc')
m.x = 5
print(m.__name__, m.__doc__, m.x)

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [3]; del ns.a
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(types.SimpleNamespace())
except TypeError:
    print('unhashable')
class NS(types.SimpleNamespace):
    pass
print(NS(q=1), NS(q=1) == types.SimpleNamespace(q=1))
rec = types.SimpleNamespace(); rec.me = rec
print(rec)

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 0), list(mp.items()), mp.copy(), mp == {'a': 1, 'b': 2})
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError', e)

ga = types.GenericAlias(list, (int,))
print(ga, ga.__origin__, ga.__args__, ga([1, 2]), types.GenericAlias(dict, (str, list)), types.GenericAlias(tuple, (int, ...)))
print(ga == types.GenericAlias(list, int), ga == types.GenericAlias(list, str))
try:
    isinstance([], ga)
except TypeError as e:
    print('TypeError', e)
import collections.abc
print(collections.abc.Sequence[int], collections.abc.Mapping[str, int], collections.abc.Callable[[int], str])

def body(ns):
    ns['x'] = 10
    ns['double'] = lambda self: self.x * 2
K = types.new_class('K', (C,), exec_body=body)
print(K.__name__, K.x, K().double(), K.__mro__[1] is C)
meta, ns2, kw = types.prepare_class('Z', (), {'metaclass': type, 'extra': 1})
print(meta, ns2, kw)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': True}
K2 = types.new_class('K2', (), {'metaclass': Meta})
print(type(K2).__name__, K2.prepared)
class M1(type): pass
class M2(type): pass
A1 = M1('A1', (), {}); A2 = M2('A2', (), {})
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e:
    print('TypeError', e)
class Entry:
    def __mro_entries__(self, bases):
        return (C,)
print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
K3 = types.new_class('K3', (Entry(),))
print(K3.__mro__[1] is C, K3.__orig_bases__[0].__class__.__name__)
