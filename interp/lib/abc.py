# abc: abstract base classes (CPython 3.11 behaviour).
#
# Owns: ABCMeta (abstract-method bookkeeping, virtual subclass registration, the
# isinstance/issubclass hooks with their caches), ABC, abstractmethod and the
# abstract{class,static}method/abstractproperty variants, get_cache_token,
# update_abstractmethods. The refusal to instantiate a class with abstract methods lives
# in the VM (`object.__new__` checks `__abstractmethods__`). Must not: import other
# library modules (collections.abc builds on this one).
#
# The registry and caches hold strong references (weft has no weak sets here yet), so
# registered classes live as long as the ABC.


def abstractmethod(funcobj):
    'A decorator indicating abstract methods.'
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    'A decorator indicating abstract classmethods.'

    __isabstractmethod__ = True

    def __init__(self, callable):
        # The wrapped callable was stored by __new__.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    'A decorator indicating abstract staticmethods.'

    __isabstractmethod__ = True

    def __init__(self, callable):
        # The wrapped callable was stored by __new__.
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    'A decorator indicating abstract properties.'

    __isabstractmethod__ = True


# Bumped whenever a class is registered, invalidating every ABC's negative cache.
_abc_invalidation_counter = 0


def get_cache_token():
    'Returns the current ABC cache token.'
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items
                 if getattr(value, '__isabstractmethod__', False)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    'Metaclass for defining Abstract Base Classes (ABCs).'

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def register(cls, subclass):
        'Register a virtual subclass of an ABC.'
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        # Registering a class that already is a subclass (including cls itself) is a
        # no-op; registering an ancestor of cls would make the relation circular.
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        'Debug helper to print the ABC registry.'
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print(f'{name}: {getattr(cls, name)!r}', file=file)

    def _abc_registry_clear(cls):
        'Clear the registry (for debugging or testing).'
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        'Clear the caches (for debugging or testing).'
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        'Override for isinstance(instance, cls).'
        klass = instance.__class__
        if klass in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is not klass:
            # `__class__` was overridden: either class may qualify.
            return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)
        if (cls._abc_negative_cache_version == _abc_invalidation_counter
                and klass in cls._abc_negative_cache):
            return False
        return cls.__subclasscheck__(klass)

    def __subclasscheck__(cls, subclass):
        'Override for issubclass(subclass, cls).'
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            # Some register() happened since the negative answers were recorded.
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = _derives(cls, subclass)
        elif not isinstance(verdict, bool):
            raise AssertionError('__subclasshook__ must return either False, True, '
                                 'or NotImplemented')
        (cls._abc_cache if verdict else cls._abc_negative_cache).add(subclass)
        return verdict

def _derives(cls, subclass):
    # A real subclass, a subclass of a registered class, or a (virtual) subclass of
    # one of cls's own subclasses.
    if cls in getattr(subclass, '__mro__', ()):
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for child in type.__subclasses__(cls):
        if issubclass(subclass, child):
            return True
    return False


def update_abstractmethods(cls):
    'Recalculate the set of abstract methods of an abstract class.'
    if not hasattr(cls, '__abstractmethods__'):
        return cls  # not an ABC: nothing to do
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    'Helper class that provides a standard way to create an ABC using'
    __slots__ = ()
