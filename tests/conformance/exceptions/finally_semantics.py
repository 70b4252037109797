def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f4():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f4 finally", i)
    return i
def f5():
    x = 1
    try:
        return x
    finally:
        x = 99
def f6():
    log = []
    try:
        try:
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("caught")
    finally:
        log.append("outer finally")
    return log
def f7():
    try:
        return "first"
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled inside finally")
print(f1(), f2(), f3(), f4(), f5(), f6(), f7())
def f8():
    try:
        raise ValueError("original")
    finally:
        print("finally runs before propagation")
try:
    f8()
except ValueError as e:
    print("propagated", e)
def f9():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f9()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
def f10():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print("f10 finally", i)
print(f10())
