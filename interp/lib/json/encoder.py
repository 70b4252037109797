"""Implementation of JSONEncoder."""

# json/encoder.py owns JSONEncoder: turning Python objects into JSON text with
# CPython 3.11's exact output (separators, indentation, float repr, NaN and
# Infinity, key coercion, circular-reference and type errors). String
# escaping is native (`_json`). It must not decode.

import _json

__all__ = ['JSONEncoder']

INFINITY = float('inf')

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
c_make_encoder = None


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    | list, tuple       | array         |
    | str               | string        |
    | int, float        | number        |
    | True              | true          |
    | False             | false         |
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method that returns a serializable object for ``o`` if
    possible, otherwise it should call the superclass implementation (to
    raise ``TypeError``).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant")
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot:
            # The whole text at once, from the native encoder (CPython's C encoder).
            return [_json.encode(o, self.skipkeys, self.ensure_ascii,
                                 self.check_circular, self.allow_nan,
                                 self.sort_keys, indent, self.key_separator,
                                 self.item_separator, self.default)]
        enc = _Encoder(markers, self.default, _encoder, indent, floatstr,
                       self.key_separator, self.item_separator,
                       self.sort_keys, self.skipkeys)
        out = []
        enc.encode(o, 0, out)
        if _one_shot:
            return out
        return iter(out)


class _Encoder:
    """One encoding run: appends to a list the same chunks, in the same
    pieces, as CPython's pure-Python encoder yields them."""

    def __init__(self, markers, default, encoder, indent, floatstr,
                 key_separator, item_separator, sort_keys, skipkeys):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.floatstr = floatstr
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def _enter(self, o):
        markers = self.markers
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o
            return markerid
        return None

    def _leave(self, markerid):
        if markerid is not None:
            del self.markers[markerid]

    def _scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def _nested(self, o, level, out):
        if isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            markerid = self._enter(o)
            self.encode(self.default(o), level, out)
            self._leave(markerid)

    def encode(self, o, level, out):
        text = self._scalar(o)
        if text is not None:
            out.append(text)
        else:
            self._nested(o, level, out)

    def encode_list(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        markerid = self._enter(lst)
        buf = '['
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self._scalar(value)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self._nested(value, level, out)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        self._leave(markerid)

    def encode_dict(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        markerid = self._enter(dct)
        out.append('{')
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self.encoder(key))
            out.append(self.key_separator)
            text = self._scalar(value)
            if text is not None:
                out.append(text)
            else:
                self._nested(value, level, out)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        self._leave(markerid)
