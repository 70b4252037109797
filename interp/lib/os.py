"""The `os` module: the operating-system interface, built on the native `posix` module.

Owns: the Python-level API over `posix`: `environ` (a mapping kept in step with the
process environment), `getenv`, `stat_result`, `scandir`/`DirEntry`, `walk`,
`makedirs`/`removedirs`/`renames`, `fsencode`/`fsdecode`, `PathLike`, the path constants,
and `os.path` (= `posixpath`). Must not: make system calls itself (posix does).
"""

import sys
import posix as _posix
from posix import (
    open, close, read, write, lseek, fstat, ftruncate, truncate, isatty, fsync, dup,
    listdir, mkdir, rmdir, unlink, remove, rename, replace, link, symlink, readlink,
    chmod, access, utime, getcwd, getcwdb, chdir, umask, getpid, getppid, getuid,
    geteuid, getgid, getegid, cpu_count, urandom, strerror, _exit, fspath,
    O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_CLOEXEC,
    O_NONBLOCK, O_DIRECTORY, O_NOFOLLOW, O_SYNC, O_NOCTTY, SEEK_SET, SEEK_CUR,
    SEEK_END, F_OK, R_OK, W_OK, X_OK, EX_OK,
)
import stat as _st

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_bytes_environ = True

error = OSError

import posixpath as path

sys.modules["os.path"] = path


# ---- struct sequences ---------------------------------------------------------------------


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple with st_* attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = (
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        "st_atime", "st_mtime", "st_ctime",
    )

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 10 <= len(seq) <= 19:
            if len(seq) < 10:
                raise TypeError(
                    f"os.stat_result() takes an at least 10-sequence ({len(seq)}-sequence given)"
                )
            raise TypeError(
                f"os.stat_result() takes an at most 19-sequence ({len(seq)}-sequence given)"
            )
        self = tuple.__new__(cls, seq[:10])
        extra = seq[10:] + (None,) * (19 - len(seq))
        self._extra = extra
        return self

    @property
    def st_mode(self):
        return self[0]

    @property
    def st_ino(self):
        return self[1]

    @property
    def st_dev(self):
        return self[2]

    @property
    def st_nlink(self):
        return self[3]

    @property
    def st_uid(self):
        return self[4]

    @property
    def st_gid(self):
        return self[5]

    @property
    def st_size(self):
        return self[6]

    @property
    def st_atime(self):
        v = self._extra[0]
        return self[7] if v is None else v

    @property
    def st_mtime(self):
        v = self._extra[1]
        return self[8] if v is None else v

    @property
    def st_ctime(self):
        v = self._extra[2]
        return self[9] if v is None else v

    @property
    def st_atime_ns(self):
        return self._extra[3]

    @property
    def st_mtime_ns(self):
        return self._extra[4]

    @property
    def st_ctime_ns(self):
        return self._extra[5]

    @property
    def st_blksize(self):
        return self._extra[6]

    @property
    def st_blocks(self):
        return self._extra[7]

    @property
    def st_rdev(self):
        return self._extra[8]

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"os.stat_result({fields})"

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


class terminal_size(tuple):
    """The result of os.get_terminal_size(): (columns, lines)."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"


class times_result(tuple):
    """The result of os.times()."""

    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    _names = ("user", "system", "children_user", "children_system", "elapsed")

    def __new__(cls, seq):
        return tuple.__new__(cls, tuple(seq))

    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"posix.times_result({fields})"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(path))


def fstat(fd):
    return stat_result(_posix.fstat(fd))


def get_terminal_size(fd=1):
    return terminal_size(_posix.get_terminal_size(fd))


def times():
    return times_result(_posix.times())


# ---- the environment ----------------------------------------------------------------------


class _Environ:
    """os.environ: a str-to-str mapping whose changes reach the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        _posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is self._marker:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): dictionary is empty")

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH")
    if p is None:
        p = defpath
    return p.split(pathsep)


def _pathlike_check(sub):
    return any("__fspath__" in c.__dict__ for c in sub.__mro__)


try:

    class _PathLikeMeta(type):
        def __instancecheck__(cls, obj):
            return cls.__subclasscheck__(type(obj))

        def __subclasscheck__(cls, sub):
            if cls is PathLike:
                return _pathlike_check(sub)
            return type.__subclasscheck__(cls, sub)

except TypeError:
    # Metaclasses arrive with the data-model work; until then isinstance(x, PathLike)
    # sees only real subclasses.
    _PathLikeMeta = type


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file-system path (`__fspath__`)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


# ---- directories --------------------------------------------------------------------------


class DirEntry:
    """One entry of os.scandir(): its name and path, with cached stat results."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __class_getitem__(cls, item):
        return cls

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self._get_lstat()
            return self._stat
        return self._get_lstat()

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self._get_lstat().st_ino

    def is_symlink(self):
        try:
            return _st.S_ISLNK(self._get_lstat().st_mode)
        except FileNotFoundError:
            return False

    def _test(self, check, follow_symlinks):
        try:
            return check(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_st.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_st.S_ISREG, follow_symlinks)


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    if path is None:
        path = "."
    p = fspath(path)
    return _ScandirIterator(p, listdir(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    walk_into = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks:
                walk_into.append(entry.path)
            else:
                try:
                    is_link = entry.is_symlink()
                except OSError:
                    is_link = False
                if not is_link:
                    walk_into.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process may have made it meanwhile.
            pass
        here = curdir.encode() if isinstance(tail, bytes) else curdir
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass
