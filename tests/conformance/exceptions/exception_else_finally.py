def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False), run(True))
def else_return():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else " + str(x)
    finally:
        print("finally before else-return value is used")
print(else_return())
def finally_overrides_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        return "finally"
print(finally_overrides_else())
def loop_else():
    for i in range(3):
        try:
            if i == 1:
                continue
        except Exception:
            pass
        else:
            print("else for", i)
        finally:
            print("finally for", i)
loop_else()
