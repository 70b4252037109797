from ... import pkg_value
from ...sub.leaf import LEAF
value = pkg_value + "/" + LEAF
