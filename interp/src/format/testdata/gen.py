#!/usr/bin/env python3
"""Generate the expectations the format module's tests check, by running
CPython 3.11.  Run from this directory: python3 gen.py

Line formats (fields separated by tabs, text fields escaped with esc()):
  float_repr.txt    BITS  repr(x)
  format_float.txt  BITS  SPEC  RESULT
  format_int.txt    INT   SPEC  RESULT
  format_str.txt    STR   SPEC  RESULT
  percent.txt       KIND  VALUE  TEMPLATE  RESULT    (KIND: i f s; VALUE as above)
  percent_parse.txt TEMPLATE  RESULT                 (every arg is the int 1)
  template.txt      TEMPLATE  RESULT                 (pieces, see describe())
  parse_float.txt   STR   BITS-or-None
BITS is the float's IEEE bits as 16 hex digits.  RESULT is '=' + text, or
'!' + exception name + ':' + message.
"""
import math
import random
import struct
import sys
import _string

assert sys.version_info[:2] == (3, 11), sys.version

rng = random.Random(20240611)


def esc(s):
    return (s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
            .replace('\r', '\\r'))


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def has_surrogate(s):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def too_long(line):
    """Keep only a sample of the very long cases, to keep the files small."""
    return len(line) > 300 and rng.random() < 0.85


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa
        return '!' + type(e).__name__ + ':' + esc(str(e))
    if has_surrogate(r):
        return None
    return '=' + esc(r)


def rand_float():
    k = rng.random()
    if k < 0.25:
        # any bit pattern (finite or not)
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k < 0.45:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    if k < 0.6:
        # short decimals: values people type
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if k < 0.7:
        return float(rng.randint(-10**rng.randint(1, 20), 10**rng.randint(1, 20)))
    if k < 0.8:
        # exact binary fractions: ties for rounding
        return rng.randint(-2**20, 2**20) / 2.0 ** rng.randint(0, 12)
    if k < 0.85:
        return math.ldexp(rng.random(), rng.randint(-1074, -1000))
    if k < 0.9:
        return rng.choice([1.0, -1.0]) * 2.0 ** rng.randint(-1074, 1023)
    return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1e16, 1e-4,
                       9999999999999998.0, 1e15, 0.1, 0.5, 1.5, 2.5, 2.675, 0.125, 1e300,
                       5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123456789012345.0,
                       1.2345678901234567e16, 0.0001, 0.00001, 999999.5, 9.5, 0.05, 1e22, 1e23])


FILLS = ['*', '0', ' ', 'x', 'é', '中', '<', '{', '0']


def rand_spec(types, long_prec=False):
    s = ''
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            s += rng.choice(FILLS)
        s += rng.choice('<>^=')
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.45:
        s += str(rng.randint(0, 40))
    if rng.random() < 0.2:
        s += rng.choice([',', '_', ',', '_', ',_', '_,'])
    if rng.random() < 0.5:
        s += '.' + str(rng.randint(0, 25) if not long_prec or rng.random() < 0.95
                       else rng.randint(25, 400))
    if rng.random() < 0.9:
        s += rng.choice(types)
    if rng.random() < 0.02:
        s = ''.join(rng.choice('<>=^+- z#0123456789,_.dxsfgq%') for _ in range(rng.randint(1, 6)))
    return s


FLOAT_TYPES = ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '', '', 'd', 'x', 's']
INT_TYPES = ['b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '', '', 's', 'q']
STR_TYPES = ['s', 's', '', '', 'd', 'r']


def rand_int():
    k = rng.random()
    if k < 0.3:
        v = rng.randint(0, 1000)
    elif k < 0.6:
        v = rng.getrandbits(rng.randint(1, 64))
    elif k < 0.7:
        v = rng.choice([2**63 - 1, 2**63, 2**64 - 1, 2**64, 0x10ffff, 0x110000, 2**53 + 1])
    elif k < 0.92:
        v = rng.getrandbits(rng.randint(64, 400))
    elif k < 0.97:
        v = rng.getrandbits(rng.randint(400, 1100))
    else:
        v = rng.getrandbits(rng.randint(1000, 1100)) << 30
    return v if rng.random() < 0.6 else -v


def rand_str():
    alphabet = 'abcXYZ 019é中😀\t-'
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def gen_float_repr(f):
    seen = 0
    while seen < 6000:
        x = rand_float()
        f.write('%s\t%s\n' % (bits(x), repr(x)))
        seen += 1
    # values whose exact expansion has 17-19 digits: shortest-repr ties
    for _ in range(4000):
        k = rng.random()
        if k < 0.5:
            x = (rng.getrandbits(53) | 1) / 2.0 ** rng.randint(0, 30)
        elif k < 0.8:
            x = float((rng.getrandbits(53) | 1) << rng.randint(0, 120))
        else:
            x = float(5 ** rng.randint(15, 22) << rng.randint(0, 200))
        f.write('%s\t%s\n' % (bits(x), repr(x)))
    # every power of two and its neighbours
    for e in range(-1074, 1024):
        x = 2.0 ** e
        for y in (x, math.nextafter(x, 0), math.nextafter(x, math.inf)):
            f.write('%s\t%s\n' % (bits(y), repr(y)))


def gen_format_float(f):
    n = 0
    while n < 24000:
        x = rand_float()
        spec = rand_spec(FLOAT_TYPES, long_prec=True)
        r = outcome(lambda: format(x, spec))
        line = '%s\t%s\t%s\n' % (bits(x), esc(spec), r)
        if r is None or too_long(line):
            continue
        f.write(line)
        n += 1
    # exact expansions
    for x in [1e300, 5e-324, 2.0 ** -1074, 1.7976931348623157e308, 0.1, 2.675, 1e23]:
        for spec in ['f', '.1100f', '.1200f', '.800e', '.760e', '.770g', '.2000g', '#.900g',
                     ',.20f', '_f', '.0f', '.0e', '#.0e', '#.0f', '.17g', '.16g', 'n']:
            f.write('%s\t%s\t%s\n' % (bits(x), esc(spec), outcome(lambda: format(x, spec))))


def gen_format_int(f):
    n = 0
    while n < 12000:
        v = rand_int()
        spec = rand_spec(INT_TYPES)
        if 'c' in spec and rng.random() < 0.7:
            v = rng.randint(0, 0x10ffff + 10)
        r = outcome(lambda: format(v, spec))
        line = '%d\t%s\t%s\n' % (v, esc(spec), r)
        if r is None or too_long(line):
            continue
        f.write(line)
        n += 1


def gen_format_str(f):
    n = 0
    while n < 5000:
        s = rand_str()
        spec = rand_spec(STR_TYPES)
        r = outcome(lambda: format(s, spec))
        f.write('%s\t%s\t%s\n' % (esc(s), esc(spec), r))
        n += 1


def rand_percent(convs):
    t = '%'
    for fl in '-+ #0':
        if rng.random() < 0.2:
            t += fl
    if rng.random() < 0.5:
        t += str(rng.randint(0, 30))
    if rng.random() < 0.5:
        t += '.' + (str(rng.randint(0, 25)) if rng.random() < 0.9 else '')
    if rng.random() < 0.05:
        t += rng.choice('hlL')
    return t + rng.choice(convs)


def gen_percent(f):
    n = 0
    while n < 8000:
        k = rng.random()
        if k < 0.4:
            v = rand_int()
            t = rand_percent('diuoxX')
            f.write('i\t%d\t%s\t%s\n' % (v, esc(t), outcome(lambda: t % v)))
        elif k < 0.85:
            x = rand_float()
            t = rand_percent('eEfFgG')
            f.write('f\t%s\t%s\t%s\n' % (bits(x), esc(t), outcome(lambda: t % x)))
        else:
            s = rand_str()
            t = rand_percent('sc') if len(s) == 1 else rand_percent('s')
            f.write('s\t%s\t%s\t%s\n' % (esc(s), esc(t), outcome(lambda: t % (s,))))
        n += 1


def percent_with_ones(t):
    """t % (1, 1, ...) with exactly as many ones as t consumes."""
    last = None
    for k in range(0, 12):
        try:
            return '=' + esc(t % ((1,) * k))
        except TypeError as e:
            last = e
            continue
        except ValueError as e:
            return '!ValueError:' + esc(str(e))
        except MemoryError as e:
            return '!MemoryError:' + esc(str(e))
    return '!TypeError:' + esc(str(last))


def gen_percent_parse(f):
    alphabet = ['%', '%', '%', 'a', ' ', '-', '+', '#', '0', '5', '12', '.', '*', 'h', 'l', 'L',
                'd', 's', 'f', 'x', 'c', 'y', 'é', '\x01', '%%', '(', ')']
    n = 0
    while n < 4000:
        t = ''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        if '(' in t or ')' in t:
            continue
        r = percent_with_ones(t)
        if r.startswith('!TypeError'):
            continue
        f.write('%s\t%s\n' % (esc(t), r))
        n += 1
    for t in ['%99999999999999999999d', '%.99999999999999999999d', '%.2147483648d',
              '%9223372036854775807d', '%9223372036854775808d', '%.2147483647s']:
        f.write('%s\t%s\n' % (esc(t), percent_with_ones(t)))


def describe_template(t):
    """The pieces parse_format_template should return, as one line."""
    out = []
    literal = ''
    try:
        for lit, name, spec, conv in _string.formatter_parser(t):
            literal += lit
            if name is None:
                continue
            if literal:
                out.append('L' + literal)
                literal = ''
            first, rest = _string.formatter_field_name_split(name)
            parts = ['I%d' % first if isinstance(first, int) else
                     ('A' if first == '' else 'N' + first)]
            for is_attr, key in rest:
                if is_attr:
                    parts.append('.' + key)
                elif isinstance(key, int):
                    parts.append('[#%d' % key)
                else:
                    parts.append('[' + key)
            out.append('F' + '\x1f'.join(parts) + '\x1e' + (conv or '') + '\x1e' + spec)
    except Exception as e:  # noqa
        return '!' + type(e).__name__ + ':' + esc(str(e))
    if literal:
        out.append('L' + literal)
    for piece in out:
        if piece[0] == 'F':
            conv = piece.split('\x1e')[1]
            if conv and conv not in 'rsa':
                c = ord(conv)
                return '!ValueError:' + esc('Unknown conversion specifier ' +
                                            (conv if 32 < c < 127 else '\\x%x' % c))
    return '=' + esc('\x1d'.join(out))


def gen_template(f):
    alphabet = ['{', '}', '{', '}', '{{', '}}', 'a', '0', '1', '٣', '.', '[', ']', '!', 'r',
                'x', ':', '>5', ' ', 'é', '{}', '{0}', '{a.b[1]}', '{!r:^{}}']
    n = 0
    while n < 6000:
        t = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        f.write('%s\t%s\n' % (esc(t), describe_template(t)))
        n += 1
    for t in ['{99999999999999999999}', '{0[99999999999999999999]}', '{0[9223372036854775807]}',
              '{9223372036854775807}', '{0!\x01}', '{0!é}', '{0.a.b[c][1].d}', '{a[}', '{0[a]b}',
              '{:{{}}}', '{0!r:{1!s:{2}}}', 'x{0:}}', '{0:{}']:
        f.write('%s\t%s\n' % (esc(t), describe_template(t)))


def gen_parse_float(f):
    pieces = ['1', '23', '0', '_', '.', 'e', 'E', '+', '-', ' ', '5', 'inf', 'nan', 'infinity',
              'iNF', 'x', '\u0663', '\u3000', '\xa0', '\t', '\x1c', '0x', 'e-', '9' * 20, 'j']
    n = 0
    while n < 6000:
        k = rng.random()
        if k < 0.5:
            s = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        elif k < 0.75:
            x = rand_float()
            s = rng.choice([repr(x), '%.17g' % x, '%.25e' % x, '%.30f' % x])
        else:
            # long digit strings: correct rounding of the parse
            s = (rng.choice(['', '-', '+']) + str(rng.getrandbits(rng.randint(50, 400))) +
                 rng.choice(['', '.' + str(rng.getrandbits(60)), 'e-%d' % rng.randint(0, 400),
                             'e%d' % rng.randint(0, 330)]))
        try:
            r = bits(float(s))
        except ValueError:
            r = 'None'
        f.write('%s\t%s\n' % (esc(s), r))
        n += 1


def gen_int_float(f):
    cases = []
    for _ in range(1500):
        k = rng.random()
        if k < 0.4:
            v = rng.getrandbits(rng.randint(54, 1030))
        elif k < 0.7:
            # exactly halfway between two doubles, or one off
            b = rng.randint(54, 1024)
            v = ((rng.getrandbits(53) | (1 << 52)) << (b - 53)) + (1 << (b - 54))
            v += rng.choice([-1, 0, 0, 1])
        else:
            v = 2 ** 1024 - (1 << rng.randint(960, 975)) + rng.randint(-3, 3)
        cases.append(v if rng.random() < 0.7 else -v)
    for v in cases:
        try:
            r = bits(float(v))
        except OverflowError as e:
            r = '!OverflowError:' + str(e)
        f.write('%d\t%s\n' % (v, r))


def main():
    for name, fn in [('float_repr', gen_float_repr), ('format_float', gen_format_float),
                     ('format_int', gen_format_int), ('format_str', gen_format_str),
                     ('percent', gen_percent), ('percent_parse', gen_percent_parse),
                     ('template', gen_template), ('parse_float', gen_parse_float),
                     ('int_float', gen_int_float)]:
        with open(name + '.txt', 'w', encoding='utf-8', newline='\n') as f:
            fn(f)


if __name__ == '__main__':
    main()
