class Fatal(BaseException):
    pass
try:
    raise Fatal("base-level")
except Exception:
    print("not caught here")
