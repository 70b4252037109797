print("y start")
import circ.x
import sys
Y = "y"
def partial():
    return hasattr(sys.modules["circ.x"], "X")
PARTIAL_AT_IMPORT = hasattr(sys.modules["circ.x"], "X")
print("y end")
