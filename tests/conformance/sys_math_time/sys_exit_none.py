import sys
print("exiting with None")
try:
    pass
finally:
    print("finally before exit")
sys.exit()
