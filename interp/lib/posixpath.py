"""`posixpath` (imported as `os.path`): pathname manipulation for POSIX systems.

Owns: the path algebra (join, split, normpath, relpath, commonpath, ...), ~ and $VAR
expansion, and the queries built on os.stat (exists, isdir, getsize, ...). Every
function takes str or bytes (or os.PathLike) and answers in the same kind.
Must not: call the operating system other than through `os`.
"""

import os
import stat as _stat

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
    "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
    "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
    "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
    "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
    "realpath", "supports_unicode_filenames", "relpath", "commonpath",
]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _kind(p):
    """The separator, current-dir and parent-dir strings of p's kind (str or bytes)."""
    if isinstance(p, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def _check_kinds(funcname, *args):
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError(
                f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                f"not {type(a).__name__!r}"
            ) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_kind(s)[0])


def join(a, *p):
    a = os.fspath(a)
    sep = _kind(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_kinds("join", a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _kind(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    dot_i = p.rfind(dot)
    sep_i = p.rfind(sep)
    if dot_i > sep_i:
        # A leading run of dots in the last component is not an extension.
        i = sep_i + 1
        while i < dot_i:
            if p[i : i + 1] != dot:
                return p[:dot_i], p[dot_i:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_kind(p)[0]) + 1 :]


def dirname(p):
    p = os.fspath(p)
    sep = _kind(p)[0]
    head = p[: p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


# ---- queries built on stat ----------------------------------------------------------------


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


# ---- expansion ----------------------------------------------------------------------------


def _home_of(user):
    """The home directory of `user` from /etc/passwd, or None."""
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def _home_of_uid(uid):
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) >= 6 and fields[2] == str(uid):
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b"~" if is_bytes else "~"
    if not path.startswith(tilde):
        return path
    sep = _kind(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in os.environ:
            userhome = os.environ["HOME"]
        else:
            userhome = _home_of_uid(os.getuid())
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = name.decode("utf-8", "surrogateescape")
        userhome = _home_of(name)
        if userhome is None:
            return path
    if is_bytes:
        userhome = userhome.encode("utf-8")
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _is_name_char(c):
    return c.isalnum() or c == "_"


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        text = path.decode("latin-1")
        env = {}
        for k, v in os.environ.items():
            env[k] = v.encode("utf-8").decode("latin-1")
        return _expand(text, env).encode("latin-1")
    if "$" not in path:
        return path
    return _expand(path, os.environ)


def _expand(path, env):
    out = []
    i = 0
    n = len(path)
    while i < n:
        j = path.find("$", i)
        if j < 0:
            out.append(path[i:])
            break
        out.append(path[i:j])
        if j + 1 < n and path[j + 1] == "{":
            k = path.find("}", j + 2)
            if k < 0:
                out.append(path[j:])
                break
            name = path[j + 2 : k]
            end = k + 1
        else:
            k = j + 1
            while k < n and _is_name_char(path[k]):
                k += 1
            name = path[j + 1 : k]
            end = k
            if not name:
                out.append("$")
                i = j + 1
                continue
        if name in env:
            out.append(env[name])
        else:
            out.append(path[j:end])
        i = end
    return "".join(out)


# ---- normalization ------------------------------------------------------------------------


def normpath(path):
    path = os.fspath(path)
    sep, dot, dotdot = _kind(path)
    if not path:
        return dot
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; three or more become one.
        lead = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    else:
        lead = 0
    parts = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not lead and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * lead + sep.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    sep, dot, dotdot = _kind(filename)
    resolved, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(path, rest, strict, seen):
    """Joins `rest` to the resolved `path`, following symbolic links."""
    sep, dot, dotdot = _kind(rest)
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = _stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            # A symlink loop: leave the rest unresolved.
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep, dot, dotdot = _kind(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_kinds("relpath", path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    sep, dot, dotdot = _kind(paths[0])
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            (isabs_,) = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_kinds("commonpath", *paths)
        raise
