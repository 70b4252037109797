import sys
w = sys.stdout.write
for i in range(5):
    w(str(i))
    w(" ")
w("\n")
print("print after write", end=" ")
sys.stdout.write("| write after print\n")
lines = ["alpha", "beta", "gamma"]
sys.stdout.write("\n".join(lines) + "\n")
print(sys.stdout.write("héllo ✓\n"))
