from .b import bee
from . import b as bmod
def ay():
    return "ay+" + bee()
