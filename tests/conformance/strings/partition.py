for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"), "aXXbXXc".partition("XX"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
url = "https://example.com/path/to/page"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path, path.rpartition("/")[2])
