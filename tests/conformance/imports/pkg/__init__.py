print("pkg init", __name__)
pkg_value = "pkg"
