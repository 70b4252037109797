# concurrent: package for concurrent execution (only concurrent.futures lives here).
#
# Owns: nothing but the package; must not import its submodules eagerly.
