import sys
print("fatal condition")
sys.exit("message to stderr")
