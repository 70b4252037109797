# os.walk and os.scandir over a tree built for the test.
import os

base = "/tmp/weft_os_walk_%d" % os.getpid()
tree = ["top.txt", "a/a1.txt", "a/a2.txt", "a/deep/d.txt", "b/b1.txt", "c/"]
for rel in tree:
    path = os.path.join(base, rel)
    if rel.endswith("/"):
        os.makedirs(path)
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)
try:
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files))
    print("--- bottom up")
    out = []
    for root, dirs, files in os.walk(base, topdown=False):
        out.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(sorted(out))
    print("--- pruned")
    for root, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if d != "a"]
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files))
    print(list(os.walk(os.path.join(base, "missing"))))
    errors = []
    list(os.walk(os.path.join(base, "missing"), onerror=errors.append))
    print([type(e).__name__ for e in errors])
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), os.path.relpath(e.path, base), repr(e))
    print([e.stat().st_size for e in entries if e.is_file()])
    print(sorted(e.name for e in os.scandir(os.path.join(base, "a"))))
    print(os.fspath(entries[0]) == entries[0].path)
    print(sorted(p for p in os.listdir(base)))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
print(os.path.exists(base))
