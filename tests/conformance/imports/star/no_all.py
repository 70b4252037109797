visible = 1
_hidden = 2
import sys as _sys_alias
import sys
