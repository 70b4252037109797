config = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}}, "debug": False, "tags": ["a", "b"]}
print(config["db"]["opts"]["ssl"], config["tags"][1])
config["db"]["port"] += 1
config["tags"].append("c")
print(config)
def deep_get(d, path, default=None):
    for key in path.split("."):
        if isinstance(d, dict) and key in d:
            d = d[key]
        else:
            return default
    return d
print(deep_get(config, "db.opts.ssl"), deep_get(config, "db.nope", "x"), deep_get(config, "debug"))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(config))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
