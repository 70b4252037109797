def work():
    try:
        print("working")
        raise RuntimeError("work failed")
    finally:
        print("cleanup ran")
work()
