try:
    print("dividing")
    1 / 0
except ZeroDivisionError:
    print("handling")
    undefined_handler_name_qq
