import sys
print(sys.argv)
print(sys.argv[0].endswith(".py"), sys.argv[1:])
