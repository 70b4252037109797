import string
from string import Template, Formatter, capwords

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(capwords('hello   world  foo'), capwords(' a-b c ', '-'), capwords('ABC dEF'), capwords(''))

t = Template('$who likes ${what}, $$5 and $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}))
print(t.substitute({'who': 'a', 'what': 'b'}, who='override'))
print(t.safe_substitute(who='x'), t.safe_substitute())
print(t.template, t.get_identifiers(), t.is_valid())
for tpl, kw in [('$who', {}), ('$who is ${missing}', {'who': 1})]:
    try:
        Template(tpl).substitute(**kw)
    except KeyError as e:
        print('KeyError', e)
for tpl in ['bad $ here', '$', 'line1\nline2 $1x', '${bad', '${}', 'ok $$ ${9}']:
    try:
        Template(tpl).substitute(bad=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Template(tpl).safe_substitute(bad='B')), Template(tpl).is_valid())
print(Template('$a$b${c}d').substitute(a=1, b=2.5, c=[3]))
print(Template('$_x1 $X').substitute(_x1='u', X='v'), Template('$ä').safe_substitute())
class Pct(Template):
    delimiter = '%'
print(Pct('%name costs %%%cost').substitute(name='x', cost=3))

fmt = Formatter()
print(fmt.format('{} + {} = {}', 1, 2, 3), fmt.format('{0}{1}{0}', 'a', 'b'), fmt.format('{x:>5}|{y!r}', x=1, y='s'))
print(fmt.format('{0[1]} {1.real} {d[k]}', [5, 6], 3, d={'k': 'v'}), fmt.format('{:{w}.{p}f}', 3.14159, w=8, p=2))
print(list(fmt.parse('a{0}b{x!r:>3}c{{d}}')), list(fmt.parse('')), list(fmt.parse('plain')))
for bad in ['{', '}', '{0', '{!x}', '{0!}', 'a{0!r', '{0!rx}', '{0:{1}', '{0[}', '{0]}', '{a{b}', '{0:{1}}}']:
    try:
        fmt.format(bad, 1)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    fmt.format('{}{0}', 1, 2)
except ValueError as e:
    print('ValueError', e)
try:
    fmt.format('{5}', 1)
except IndexError as e:
    print('IndexError', e)
try:
    fmt.format('{nope}')
except KeyError as e:
    print('KeyError', e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{} and {name} and {missing}', 'abc', name='def'))
print(fmt.vformat('{a}-{0}', ('p',), {'a': 'q'}), fmt.convert_field(5, 'r'), fmt.convert_field('é', 'a'))
