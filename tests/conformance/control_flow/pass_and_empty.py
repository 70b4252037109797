def noop():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(noop(), Empty.__name__)
def only_docstring():
    "docstring body"
print(only_docstring(), only_docstring.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body())
