class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else et)
        print("value:", repr(ev))
        print("same exc:", ev is Inspect.raised if ev else None)
        return True
with Inspect():
    pass
e = KeyError("k")
Inspect.raised = e
with Inspect():
    raise e
with Inspect():
    Inspect.raised = None
    {}["missing"]
