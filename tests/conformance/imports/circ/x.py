print("x start")
import circ.y
X = "x"
def use_y():
    return circ.y.Y
print("x end")
