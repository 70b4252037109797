import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("code", e.code)
try:
    try:
        raise GeneratorExit
    except Exception:
        print("wrong")
except GeneratorExit:
    print("GeneratorExit is BaseException")
print("still running")
