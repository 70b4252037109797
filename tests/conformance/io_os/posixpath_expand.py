# expanduser and expandvars.
import os
import os.path as p

os.environ["HOME"] = "/home/tester"
os.environ["WEFT_V"] = "value"
os.environ["WEFT_EMPTY"] = ""
for s in ["~", "~/", "~/docs", "~//x", "a/~", "~root/x" if False else "x~", "/~"]:
    print(repr(s), repr(p.expanduser(s)))
print(p.expanduser(b"~/b"))
os.environ["HOME"] = "/"
print(repr(p.expanduser("~")), repr(p.expanduser("~/x")))
print(repr(p.expanduser("~no_such_user_weft/x")))
for s in ["$WEFT_V", "${WEFT_V}", "x$WEFT_V/y", "$WEFT_Vx", "${WEFT_V}x", "$NOPE_WEFT",
          "${NOPE_WEFT}", "$", "$$", "a$", "${", "${WEFT_V", "$WEFT_EMPTY|", "$1x",
          "no vars", "$WEFT_V$WEFT_V", "${WEFT_V}${NOPE}"]:
    print(repr(s), repr(p.expandvars(s)))
print(p.expandvars(b"$WEFT_V/${WEFT_V}"))
