print("mod_a loaded", __name__)
A = 1
def helper():
    return "helper from " + __name__
