handlers = {"a": lambda: "handled a"}
print(handlers["a"]())
handler = handlers.get("b")
print(handler)
handler()
