import sys
def main():
    for i in range(3):
        print("step", i)
    return 4
if __name__ == "__main__":
    sys.exit(main())
