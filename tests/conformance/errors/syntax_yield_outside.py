x = 5
yield x
