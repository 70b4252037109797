import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for w in ['if', 'match', 'case', '_', 'print', 'True', 'none', 'async', 'await', '', 'lambda', 'nonlocal']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
print(all(keyword.iskeyword(k) for k in keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
