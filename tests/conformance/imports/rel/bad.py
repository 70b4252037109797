from ..toplevel import x
