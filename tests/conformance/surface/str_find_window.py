# str.find/rfind/index/rindex/count/startswith/endswith with start/end windows,
# ASCII and non-ASCII haystacks, negative and out-of-range bounds.
texts = ['abcabcabc', 'héllo wörld héllo', 'a€b€c€' * 40, '', 'x', '𝔘nicode 𝔘']
subs = ['a', 'bc', 'é', 'l', 'o w', '€', '€c', '', 'x', '𝔘', 'zz']
bounds = [None, 0, 1, 3, -1, -4, 7, 100, -100]
for t in texts:
    for sub in subs:
        rows = []
        for a in bounds:
            for b in bounds:
                if a is None and b is not None:
                    continue
                args = () if a is None else ((a,) if b is None else (a, b))
                rows.append((t.find(sub, *args), t.rfind(sub, *args), t.count(sub, *args),
                             t.startswith(sub, *args), t.endswith(sub, *args)))
        print(repr(t[:12]), repr(sub), rows)

s = 'abc ' * 1000 + 'needle'
print(s.find('needle', 3990), s.find('needle', 3990, 4000), s.rfind('a', 0, 10))
print(s.count('a', 100, 140), s.count('', 100, 140), s.count('', 5000), s.count(''))
u = 'ab€ ' * 1000 + 'nä'
print(u.find('nä', 3990), u.rfind('€', 0, 10), u.count('€', 100, 140), u.index('ä', -3))
print(u.startswith(('x', '€ '), 2, 50), u.endswith('nä', 3000), u.endswith(('a', 'b'), 0, 2))
for f in (lambda: 'abc'.index('d'), lambda: 'abc'.rindex('a', 1), lambda: 'abc'.find(1),
          lambda: 'abc'.count('a', 'x'), lambda: 'abc'.startswith(['a']),
          lambda: 'abc'.endswith(('a', 1)), lambda: 'abc'.find(), lambda: 'abc'.find('a', 1, 2, 3)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
