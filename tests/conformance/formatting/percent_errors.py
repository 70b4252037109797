cases = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("only",),
    lambda: "%s" % (1, 2),
    lambda: "%(k)s" % {"j": 1},
    lambda: "%z" % 1,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%x" % 1.5,
    lambda: "%(k)s" % 5,
    lambda: "%f" % "s",
    lambda: "%" % (),
    lambda: "%d" % None,
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(i, type(e).__name__, e)
