print("sub init", __name__, __package__)
from . import leaf
from .leaf import LEAF
from .. import mod_a
from ..mod_a import helper
