print("leaf loaded", __name__, __package__)
LEAF = "leaf"
