import math
print(math.floor(2.5))
print(math.no_such_function_here(1))
