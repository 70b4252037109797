def main():
    print("in main")
    return 0

print("__name__ is", __name__)
if __name__ == "__main__":
    print("running as script")
    main()
else:
    print("imported")
print(type(__name__).__name__)
