# Errors from open() and from operations on files, with CPython's messages.
import io
import os


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


attempt("missing", lambda: open("no_such_file.txt"))
attempt("missing dir", lambda: open("no_such_dir/x.txt", "w"))
attempt("directory", lambda: open("data"))
attempt("mode", lambda: open("data/lines.txt", "rz"))
attempt("mode2", lambda: open("data/lines.txt", "rw"))
attempt("mode3", lambda: open("data/lines.txt", "rbt"))
attempt("mode4", lambda: open("data/lines.txt", "b"))
attempt("mode5", lambda: open("data/lines.txt", "rr"))
attempt("enc", lambda: open("data/lines.txt", "rb", encoding="utf-8"))
attempt("errs", lambda: open("data/lines.txt", "rb", errors="strict"))
attempt("newline arg", lambda: open("data/lines.txt", "rb", newline=""))
attempt("bad newline", lambda: open("data/lines.txt", newline="x"))
attempt("unknown enc", lambda: open("data/lines.txt", encoding="no-such-codec"))
attempt("unbuffered text", lambda: open("data/lines.txt", "r", buffering=0))
attempt("bad file", lambda: open(3.5))
attempt("bad file2", lambda: open([1]))

with open("data/lines.txt") as f:
    attempt("write to r", lambda: f.write("x"))
    attempt("truncate r", lambda: f.truncate())
    print(isinstance(io.UnsupportedOperation("x"), OSError), isinstance(io.UnsupportedOperation("x"), ValueError))
attempt("read closed", lambda: f.read())
attempt("readline closed", lambda: f.readline())
attempt("iter closed", lambda: next(iter(f)))
attempt("seek closed", lambda: f.seek(0))
attempt("enter closed", lambda: f.__enter__())

with open("data/lines.txt", "rb") as g:
    attempt("write to rb", lambda: g.write(b"x"))
attempt("read closed b", lambda: g.read())

try:
    open("no_such_file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
try:
    open(b"no_such_file.txt", "rb")
except FileNotFoundError as e:
    print(e)
