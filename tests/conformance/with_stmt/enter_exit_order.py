log = []
class Res:
    def __init__(self, n, fail_enter=False, fail_exit=False):
        self.n, self.fail_enter, self.fail_exit = n, fail_enter, fail_exit
    def __enter__(self):
        log.append(f"enter{self.n}")
        if self.fail_enter:
            raise RuntimeError(f"enter{self.n} failed")
        return self.n
    def __exit__(self, et, ev, tb):
        log.append(f"exit{self.n}:{et.__name__ if et else '-'}")
        if self.fail_exit:
            raise KeyError(f"exit{self.n} failed")
        return False
with Res(1) as a, Res(2) as b, Res(3) as c:
    log.append(f"body{a}{b}{c}")
print(log)
log.clear()
try:
    with Res(1), Res(2, fail_enter=True), Res(3):
        log.append("body")
except RuntimeError as e:
    log.append(str(e))
print(log)
log.clear()
try:
    with Res(1), Res(2, fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    log.append("caught " + repr(e) + " context " + repr(e.__context__))
print(log)
