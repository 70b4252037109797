# os.environ as a mapping kept in step with getenv/putenv.
import os

key = "WEFT_TEST_VAR_XYZ"
print(key in os.environ, os.getenv(key), os.getenv(key, "dflt"), os.environ.get(key))
os.environ[key] = "value 1"
print(key in os.environ, os.environ[key], os.getenv(key))
os.environ[key] += "+2"
print(os.environ[key])
print(os.environ.setdefault(key, "other"), os.environ.setdefault(key + "_2", "second"))
print(os.environ.pop(key + "_2"), os.environ.pop(key + "_2", "gone"))
del os.environ[key]
print(key in os.environ, os.getenv(key))
for bad in (lambda: os.environ[key], lambda: os.environ.__delitem__(key), lambda: os.environ.pop(key)):
    try:
        bad()
    except KeyError as e:
        print(type(e).__name__, e)
for bad in (lambda: os.environ.__setitem__(key, 1), lambda: os.environ.__setitem__(1, "x")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
os.environ.update({key: "u1"}, **{key + "_K": "u2"})
print(os.environ[key], os.environ[key + "_K"])
copy = os.environ.copy()
print(type(copy).__name__, copy[key], len(copy) == len(os.environ))
print(isinstance(os.environ.keys(), object), all(isinstance(k, str) for k in os.environ))
print(all(isinstance(v, str) for v in os.environ.values()))
print(sorted(k for k in os.environ if k.startswith("WEFT_TEST_VAR_XYZ")))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith("WEFT_TEST_VAR_XYZ")))
merged = os.environ | {"WEFT_TEST_VAR_XYZ_M": "m"}
print(type(merged).__name__, merged["WEFT_TEST_VAR_XYZ_M"], "WEFT_TEST_VAR_XYZ_M" in os.environ)
del os.environ[key]
del os.environ[key + "_K"]
print(sorted(k for k in os.environ if k.startswith("WEFT_TEST_VAR_XYZ")))
os.putenv("WEFT_TEST_VAR_PUT", "p")
print(os.environ.get("WEFT_TEST_VAR_PUT"))
os.environ["PATH"] = "/bin:/usr/bin"
print(os.get_exec_path())
print(repr(os.environ)[:9])
