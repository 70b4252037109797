# keyword: the Python 3.11 keywords and soft keywords.
#
# Owns: kwlist, softkwlist, iskeyword, issoftkeyword. Must not: import anything (the
# compiler's keyword set is separate; this list must match it).

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
    'raise', 'return', 'try', 'while', 'with', 'yield',
]

softkwlist = [
    '_', 'case', 'match',
]

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
