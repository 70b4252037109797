"""JSON token scanner."""

# json/scanner.py owns make_scanner: a callable scan_once(string, idx) bound
# to a decoder's settings, carried out by the native `_json.scan_once`. It
# must not parse itself.

import _json

__all__ = ['make_scanner']


class make_scanner:
    """scan_once(string, idx) -> (value, end) for the decoder `context`; raises
    StopIteration(idx) when no JSON value starts at idx."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        from json.decoder import JSONDecodeError
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        try:
            return _json.scan_once(
                string, idx, self.strict, self.object_hook,
                self.object_pairs_hook,
                None if pf is float else pf,
                None if pi is int else pi,
                pc)
        except JSONDecodeError as err:
            if err.msg == "Expecting value" and err.pos == idx:
                raise StopIteration(idx) from None
            raise

py_make_scanner = make_scanner
c_make_scanner = make_scanner
