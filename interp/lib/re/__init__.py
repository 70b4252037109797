"""Regular expression operations (weft).

The Python half of ``re``: flags, ``re.error``, the ``Pattern`` and ``Match`` classes, the
module-level functions and the pattern cache. Parsing, compiling and matching are native
(``_weft_re``, backed by weft's own backtracking engine); this module must not re-implement
them, it only shapes arguments and results the way CPython 3.11 does.
"""

import _weft_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807

# --------------------------------------------------------------------------------------
# flags

# Member names in definition order (the order `repr` lists them in).
_FLAG_MEMBERS = (
    ("ASCII", 256),
    ("IGNORECASE", 2),
    ("LOCALE", 4),
    ("UNICODE", 32),
    ("MULTILINE", 8),
    ("DOTALL", 16),
    ("VERBOSE", 64),
    ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags of ``re`` (an int with a symbolic repr)."""

    __slots__ = ()

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return "re.RegexFlag(%d)" % v
        parts = []
        rest = v
        for name, bit in _FLAG_MEMBERS:
            if v & bit:
                parts.append("re." + name)
                rest &= ~bit
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return repr(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, b in _FLAG_MEMBERS if v & b]
        if not names or sum(b for n, b in _FLAG_MEMBERS if v & b) != v:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

# Order of flag names in a Pattern's repr (as CPython's C code lists them).
_REPR_FLAGS = (
    ("TEMPLATE", 1),
    ("IGNORECASE", 2),
    ("LOCALE", 4),
    ("MULTILINE", 8),
    ("DOTALL", 16),
    ("UNICODE", 32),
    ("VERBOSE", 64),
    ("DEBUG", 128),
    ("ASCII", 256),
)


# --------------------------------------------------------------------------------------
# errors


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# --------------------------------------------------------------------------------------
# Pattern and Match


class _GroupIndex:
    """A read-only view of a pattern's group names (CPython returns a mappingproxy)."""

    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


def _clamp(i, n):
    i = i.__index__() if not isinstance(i, int) else i
    if i < 0:
        return 0
    if i > n:
        return n
    return i


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_prog", "_pattern", "_flags", "_groups", "_groupindex", "_names")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _GroupIndex(self._groupindex)

    def _exec(self, string, pos, endpos, mode):
        spans = _weft_re.exec(self._prog, string, pos, endpos, mode, False)
        if spans is None:
            return None
        return _new_match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scans through string looking for a match, and returns the first one."""
        return self._exec(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Returns a list of all non-overlapping matches in the string."""
        return _weft_re.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Returns an iterator over all non-overlapping matches in the string."""
        first = _weft_re.exec(self._prog, string, pos, endpos, 2, False)
        return _iter_matches(self, string, pos, endpos, first)

    def sub(self, repl, string, count=0):
        """Returns the string with matches replaced by repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub(), but returns (new_string, number_of_subs_made)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        def make_match(spans):
            return _new_match(self, string, spans, 0, _MAXSIZE)

        return _weft_re.sub(self._prog, repl, string, count, error, make_match)

    def split(self, string, maxsplit=0):
        """Splits string by the occurrences of the pattern."""
        return _weft_re.split(self._prog, string, maxsplit)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        r = repr(self._pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (r, "|".join(names))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        if self is other:
            return True
        return (
            self._flags == other._flags
            and type(self._pattern) is type(other._pattern)
            and self._pattern == other._pattern
        )

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _iter_matches(p, string, pos, endpos, spans):
    prog = p._prog
    while spans is not None:
        yield _new_match(p, string, spans, pos, endpos)
        start = spans[1]
        end = spans[2]
        spans = _weft_re.exec(prog, string, end, endpos, 2, start == end)


def _new_match(p, string, spans, pos, endpos):
    m = object.__new__(Match)
    n = len(string)
    m._spans = spans
    m._string = string
    m._re = p
    m._pos = _clamp(pos, n)
    m._endpos = _clamp(endpos, n)
    return m


class Match:
    """The result of a successful match."""

    __slots__ = ("_spans", "_string", "_re", "_pos", "_endpos")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def string(self):
        return self._string

    @property
    def re(self):
        return self._re

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        i = self._spans[0]
        return i if i >= 0 else None

    @property
    def lastgroup(self):
        i = self._spans[0]
        if i < 0:
            return None
        for name, g in self._re._names:
            if g == i:
                return name
        return None

    @property
    def regs(self):
        s = self._spans
        return tuple((s[1 + 2 * g], s[2 + 2 * g]) for g in range(self._re._groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            i = int(g)
        elif hasattr(type(g), "__index__"):
            i = g.__index__()
        else:
            i = -1
            try:
                found = self._re._groupindex.get(g)
            except TypeError:
                found = None
            if isinstance(found, int):
                i = found
        if i < 0 or i > self._re._groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        s = self._spans
        a = s[1 + 2 * i]
        b = s[2 + 2 * i]
        if a < 0 or b < 0:
            return default
        v = self._string[a:b]
        if not isinstance(v, (str, bytes)):
            v = bytes(v)
        return v

    def group(self, *args):
        """Returns one or more subgroups of the match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Returns a tuple containing all the subgroups of the match."""
        return tuple(self._get(i, default) for i in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """Returns a dictionary of all the named subgroups of the match."""
        return {name: self._get(g, default) for name, g in self._re._names}

    def start(self, group=0):
        """Returns the index of the start of the substring matched by group."""
        return self._spans[1 + 2 * self._index(group)]

    def end(self, group=0):
        """Returns the index of the end of the substring matched by group."""
        return self._spans[2 + 2 * self._index(group)]

    def span(self, group=0):
        """Returns the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return (self._spans[1 + 2 * i], self._spans[2 + 2 * i])

    def expand(self, template):
        """Returns the string obtained by doing backslash substitution on template."""
        return _weft_re.expand(self._re._prog, template, self._string, self._spans, error)

    def __repr__(self):
        s = self._spans
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            s[1],
            s[2],
            repr(self._get(0))[:50],
        )

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# --------------------------------------------------------------------------------------
# module functions


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object,
    or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, "latin1")
    return pattern.translate(_SPECIAL).encode("latin1")


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    debug = flags & DEBUG
    prog, final_flags, groups, names = _weft_re.compile(pattern, flags, error)
    p = object.__new__(Pattern)
    p._prog = prog
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._names = names
    p._groupindex = {name: g for name, g in names}
    if not debug:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p
