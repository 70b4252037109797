class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None)
        return False
with CM():
    print("body")
    raise LookupError("raised in with body")
