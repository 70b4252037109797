# exit and quit (site's Quitter objects): repr, SystemExit codes, argument errors; the
# program ends through exit(3).
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
for args in ((), ('msg',), (0,), (None,), ([1],)):
    try:
        quit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)
for f in (lambda: exit(1, 2), lambda: exit(x=1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print('before exit')
exit(3)
print('not reached')
