# string: string constants, capwords, Template and Formatter (CPython 3.11 behaviour).
#
# Owns: the character-class constants, capwords, Template ($-substitution; the default
# placeholder syntax is scanned by hand, a subclass's custom `pattern`/`idpattern` uses
# the `re` module), Formatter (str.format's algorithm, overridable in pieces). Must not:
# import `re` at module level (it is only needed for customised Templates).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    'capwords(s [,sep]) -> string'
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template -------------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class _Match:
    # The parts of one placeholder: kind is 'escaped', 'named', 'braced' or 'invalid';
    # start/end span the whole placeholder; pos is where an invalid one was detected.
    __slots__ = ('kind', 'name', 'start', 'end', 'pos')

    def __init__(self, kind, name, start, end, pos):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.pos = pos


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None  # re.IGNORECASE when `re` is used

    def __init__(self, template):
        self.template = template

    def _scan(self):
        cls = type(self)
        if 'pattern' in _class_attrs(cls) or cls.idpattern != _DEFAULT_IDPATTERN or \
                cls.braceidpattern is not None or cls.flags is not None:
            return _regex_scan(self)
        return _default_scan(self.template, cls.delimiter)

    def _invalid(self, m):
        i = m.pos
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        last = 0
        template = self.template
        for m in self._scan():
            out.append(template[last:m.start])
            last = m.end
            kind = m.kind
            if kind == 'named' or kind == 'braced':
                out.append('%s' % (mapping[m.name],))
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                self._invalid(m)
        out.append(template[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        last = 0
        template = self.template
        for m in self._scan():
            out.append(template[last:m.start])
            last = m.end
            kind = m.kind
            if kind == 'named' or kind == 'braced':
                try:
                    out.append('%s' % (mapping[m.name],))
                except KeyError:
                    out.append(template[m.start:m.end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(template[m.start:m.end])
        out.append(template[last:])
        return ''.join(out)

    def is_valid(self):
        for m in self._scan():
            if m.kind == 'invalid':
                return False
            if m.kind not in ('named', 'braced', 'escaped'):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for m in self._scan():
            if m.kind in ('named', 'braced') and m.name not in ids:
                ids.append(m.name)
        return ids


def _class_attrs(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is Template:
            break
        names.update(klass.__dict__)
    return names


def _default_scan(template, delim):
    # `$$` -> escaped, `$name` -> named, `${name}` -> braced, any other `$` -> invalid.
    n = len(template)
    dl = len(delim)
    i = template.find(delim)
    while i >= 0:
        j = i + dl
        if template.startswith(delim, j):
            yield _Match('escaped', None, i, j + dl, j)
            i = template.find(delim, j + dl)
            continue
        if j < n and template[j] in _ID_START:
            k = j + 1
            while k < n and template[k] in _ID_CHARS:
                k += 1
            yield _Match('named', template[j:k], i, k, j)
            i = template.find(delim, k)
            continue
        if j < n and template[j] == '{' and j + 1 < n and template[j + 1] in _ID_START:
            k = j + 2
            while k < n and template[k] in _ID_CHARS:
                k += 1
            if k < n and template[k] == '}':
                yield _Match('braced', template[j + 1:k], i, k + 1, j)
                i = template.find(delim, k + 1)
                continue
        yield _Match('invalid', None, i, j, j)
        i = template.find(delim, j)


def _regex_scan(self):
    import re
    cls = type(self)
    pattern = cls.__dict__.get('_compiled_pattern')
    if pattern is None:
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        if 'pattern' in _class_attrs(cls):
            pattern = cls.pattern
            if isinstance(pattern, str):
                pattern = re.compile(pattern, flags | re.VERBOSE)
        else:
            delim = re.escape(cls.delimiter)
            idp = cls.idpattern
            bid = cls.braceidpattern or idp
            pattern = re.compile(rf"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{idp})      |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """, flags | re.VERBOSE)
        cls._compiled_pattern = pattern
    for mo in pattern.finditer(self.template):
        named = mo.group('named') or mo.group('braced')
        if named is not None:
            yield _Match('named', named, mo.start(), mo.end(), mo.start())
        elif mo.group('escaped') is not None:
            yield _Match('escaped', None, mo.start(), mo.end(), mo.start())
        elif mo.group('invalid') is not None:
            yield _Match('invalid', None, mo.start(), mo.end(), mo.start('invalid'))
        else:
            raise ValueError('Unrecognized named group in pattern', pattern)


class _ChainLookup:
    # Keyword arguments first, then the mapping (what ChainMap would do, without
    # importing collections).
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---- Formatter ------------------------------------------------------------------------

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) exactly as
    # _string.formatter_parser does: an escaped brace ends a literal chunk (the brace
    # included), and field_name is None for a chunk with no replacement field.
    n = len(s)
    i = 0
    while i < n:
        # Literal text up to a brace.
        start = i
        while i < n and s[i] != '{' and s[i] != '}':
            i += 1
        if i >= n:
            yield s[start:i], None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield s[start:i + 1], None, None, None
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        i += 1
        # Field name, up to '!', ':' or '}'; '[...]' may contain anything but is closed.
        name_start = i
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '}' or c == ':' or c == '!':
                break
            i += 1
        name = s[name_start:i]
        conversion = None
        i += 1
        if c == '}':
            yield literal, name, '', conversion
            continue
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    yield literal, name, '', conversion
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        # Format spec: up to the '}' that balances the field's '{'.
        spec_start = i
        depth = 1
        while True:
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[i]
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            i += 1
        yield literal, name, s[spec_start:i], conversion
        i += 1


def _split_field_name(name):
    # "a.b[0]" -> ('a', [(True, 'b'), (False, 0)]); numeric parts become ints.
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field '
                                 'specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field '
                             'specifier')
    return first, rest
