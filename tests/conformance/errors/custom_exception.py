class InventoryError(Exception):
    pass
def take(stock, n):
    if n > stock:
        raise InventoryError(f"requested {n}, only {stock} left")
    return stock - n
s = take(10, 3)
print("left", s)
take(s, 50)
