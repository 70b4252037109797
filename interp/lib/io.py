"""The `io` module: streams over files and memory, and the builtin `open`.

Owns: the class hierarchy (IOBase, RawIOBase, BufferedIOBase, TextIOBase), FileIO (raw
file descriptors through `posix`), the buffered layers (BufferedReader, BufferedWriter,
BufferedRandom), TextIOWrapper (incremental decoding, universal newlines, byte-offset
tell cookies), StringIO and BytesIO, and `open()`'s mode handling.
Must not: make system calls other than through `posix` (which releases the GIL around
blocking ones), or implement codecs (str.encode / bytes.decode do).
"""

import posix as _posix

__all__ = [
    "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
    "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
    "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
    "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder",
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

_S_IFMT = 0o170000
_S_IFDIR = 0o040000


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _as_bytes(b):
    """The data of a bytes-like argument to write()."""
    if isinstance(b, bytes):
        return b
    if isinstance(b, (bytearray, memoryview)):
        return bytes(b)
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None


def _size_arg(size):
    if size is None:
        return -1
    if isinstance(size, float) or not hasattr(type(size), "__index__"):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


# ---- the abstract hierarchy ---------------------------------------------------------------


class IOBase:
    """The base of every stream: closing, iteration by lines, context management."""

    __closed = False

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error()

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _size_arg(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() through readinto()."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Text streams."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---- FileIO -------------------------------------------------------------------------------


class FileIO(RawIOBase):
    """A raw binary stream over an operating-system file descriptor."""

    _fd = -1
    _closefd = True
    _guard = None

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            self._guard.close()
            self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if set(mode) - set("rwaxb+") or len(set(mode)) != len(mode):
            raise ValueError(f"invalid mode: {mode}")
        kinds = sum(c in "rwax" for c in mode)
        if kinds != 1:
            raise ValueError(
                "Must have exactly one of create/read/write/append mode and at most one plus"
            )
        self._readable = self._writable = self._appending = self._created = False
        plus = "+" in mode
        if "x" in mode:
            self._created = self._writable = True
            flags = _posix.O_EXCL | _posix.O_CREAT
        elif "r" in mode:
            self._readable = True
            flags = 0
        elif "w" in mode:
            self._writable = True
            flags = _posix.O_CREAT | _posix.O_TRUNC
        else:
            self._writable = self._appending = True
            flags = _posix.O_APPEND | _posix.O_CREAT
        if plus:
            self._readable = self._writable = True
        if self._readable and self._writable:
            flags |= _posix.O_RDWR
        elif self._readable:
            flags |= _posix.O_RDONLY
        else:
            flags |= _posix.O_WRONLY
        if fd < 0:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
        self._closefd = closefd
        self._fd = fd
        # The guard owns the descriptor: it flushes the write-behind buffer and closes
        # the file when this object is closed or freed.
        self._guard = _posix._FdGuard(fd, closefd)
        try:
            st = _posix.fstat(fd)
        except OSError:
            st = None
        if st is not None and (st[0] & _S_IFMT) == _S_IFDIR:
            self._guard.close()
            self._fd = -1
            raise IsADirectoryError(21, _posix.strerror(21), file)
        self._blksize = DEFAULT_BUFFER_SIZE
        if st is not None and len(st) > 16 and st[16] and st[16] > 1:
            self._blksize = st[16]
        self.name = file
        if self._appending:
            try:
                _posix.lseek(fd, 0, SEEK_END)
            except OSError:
                pass
        self._seekable = None

    def __repr__(self):
        cls = f"_io.{type(self).__name__}" if type(self) is FileIO else type(self).__qualname__
        if self.closed:
            return f"<{cls} [closed]>"
        try:
            name = self.name
        except AttributeError:
            return f"<{cls} fd={self._fd} mode={self.mode!r} closefd={self._closefd!r}>"
        return f"<{cls} name={name!r} mode={self.mode!r} closefd={self._closefd!r}>"

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def _check(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, SEEK_CUR)
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def isatty(self):
        self._check()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        _posix._buf_flush(self._fd)
        return _posix.read(self._fd, size)

    def readall(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        _posix._buf_flush(self._fd)
        chunks = []
        bufsize = DEFAULT_BUFFER_SIZE
        try:
            end = _posix.fstat(self._fd)[6]
            pos = _posix.lseek(self._fd, 0, SEEK_CUR)
            if end > pos:
                bufsize = end - pos + 1
        except OSError:
            pass
        while True:
            data = _posix.read(self._fd, bufsize)
            if not data:
                break
            chunks.append(data)
            bufsize = max(bufsize, DEFAULT_BUFFER_SIZE)
        return b"".join(chunks)

    def readinto(self, b):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        _posix._buf_flush(self._fd)
        data = _posix.read(self._fd, len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        _posix._buf_flush(self._fd)
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        _posix._buf_flush(self._fd)
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return _posix.lseek(self._fd, 0, SEEK_CUR) + _posix._buf_pending(self._fd)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _posix._buf_flush(self._fd)
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                self._guard.close()
            finally:
                self._fd = -1


# ---- buffered binary streams --------------------------------------------------------------


class _Buffered(BufferedIOBase):
    """The shared implementation of BufferedReader, BufferedWriter and BufferedRandom: a
    read-ahead buffer and a write-behind buffer over a raw stream (one used at a time)."""

    _can_read = True
    _can_write = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        self._detached = False
        # Writes to a FileIO go to its native write-behind buffer (flushed even if this
        # object is dropped unclosed); other raw streams buffer here.
        self._nfd = raw._fd if isinstance(raw, FileIO) else -1

    @property
    def raw(self):
        return self._raw

    def _check_raw(self):
        if self._detached:
            raise ValueError("raw stream has been detached")

    def __repr__(self):
        cls = f"_io.{type(self).__name__}"
        try:
            name = self.name
        except AttributeError:
            return f"<{cls}>"
        return f"<{cls} name={name!r}>"

    @property
    def name(self):
        self._check_raw()
        return self._raw.name

    @property
    def mode(self):
        self._check_raw()
        return self._raw.mode

    @property
    def closed(self):
        self._check_raw()
        return self._raw.closed

    def _check_open(self, what=None):
        self._check_raw()
        if self._raw.closed:
            if what is None:
                raise ValueError("I/O operation on closed file")
            raise ValueError(f"{what} of closed file")

    def fileno(self):
        self._check_raw()
        return self._raw.fileno()

    def isatty(self):
        self._check_raw()
        return self._raw.isatty()

    def readable(self):
        self._check_open()
        return self._can_read and self._raw.readable()

    def writable(self):
        self._check_open()
        return self._can_write and self._raw.writable()

    def seekable(self):
        self._check_open()
        return self._raw.seekable()

    # -- reading --

    def _check_readable(self, what="read"):
        self._check_open(what)
        if not self._can_read:
            raise UnsupportedOperation("read")
        if not self._raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _drop_write_buffer(self):
        if self._wbuf or self._nfd >= 0:
            self._flush_writes()

    def _fill(self):
        """Reads the next chunk into the (empty) read buffer; False at end of file."""
        data = self._raw.read(self.buffer_size)
        if not data:
            self._rbuf = b""
            self._rpos = 0
            return False
        self._rbuf = data
        self._rpos = 0
        return True

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        self._drop_write_buffer()
        avail = self._rbuf[self._rpos :]
        if size < 0:
            rest = self._raw.readall() if hasattr(self._raw, "readall") else self._raw.read()
            self._rbuf = b""
            self._rpos = 0
            if rest is None:
                return avail or None
            return avail + rest
        if len(avail) >= size:
            self._rpos += size
            return avail[:size]
        chunks = [avail]
        have = len(avail)
        self._rbuf = b""
        self._rpos = 0
        while have < size:
            want = size - have
            if want >= self.buffer_size:
                data = self._raw.read(want)
                if not data:
                    break
                chunks.append(data)
                have += len(data)
            else:
                if not self._fill():
                    break
                take = self._rbuf[:want]
                self._rpos = len(take)
                chunks.append(take)
                have += len(take)
        return b"".join(chunks)

    def read1(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        self._drop_write_buffer()
        if self._rpos >= len(self._rbuf):
            if size == 0:
                return b""
            if not self._fill():
                return b""
        if size < 0:
            size = len(self._rbuf) - self._rpos
        data = self._rbuf[self._rpos : self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_readable("peek")
        self._drop_write_buffer()
        if self._rpos >= len(self._rbuf):
            self._fill()
        return self._rbuf[self._rpos :]

    def readinto(self, b):
        self._check_readable("readinto")
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        self._check_readable("readinto")
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check_readable("readline")
        size = _size_arg(size)
        self._drop_write_buffer()
        chunks = []
        have = 0
        while True:
            if self._rpos >= len(self._rbuf):
                if not self._fill():
                    break
            buf = self._rbuf
            start = self._rpos
            end = buf.find(b"\n", start)
            end = len(buf) if end < 0 else end + 1
            if size >= 0 and have + end - start > size:
                end = start + size - have
            chunks.append(buf[start:end])
            have += end - start
            self._rpos = end
            if (end > start and buf[end - 1] == 10) or (size >= 0 and have >= size):
                break
        return b"".join(chunks)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --

    def _flush_writes(self):
        if self._nfd >= 0:
            _posix._buf_flush(self._nfd)
            return
        data = bytes(self._wbuf)
        self._wbuf = bytearray()
        while data:
            n = self._raw.write(data)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            data = data[n:]

    def write(self, b):
        if not self._can_write:
            raise UnsupportedOperation("write")
        self._check_raw()
        if self._raw.closed:
            raise ValueError("write to closed file")
        if not self._raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        data = _as_bytes(b)
        if self._rpos < len(self._rbuf):
            # Undo read-ahead so the write lands at the logical position.
            self._raw.seek(self._rpos - len(self._rbuf), SEEK_CUR)
        self._rbuf = b""
        self._rpos = 0
        if self._nfd >= 0:
            return _posix._buf_write(self._nfd, data)
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def flush(self):
        if self._can_write:
            self._check_open("flush")
        elif self.closed:
            raise _closed_error()
        if self._wbuf or self._nfd >= 0:
            self._flush_writes()
        if hasattr(self._raw, "flush") and type(self._raw) is not FileIO:
            self._raw.flush()

    # -- positioning --

    def tell(self):
        self._check_open()
        if self._nfd >= 0:
            pos = _posix.lseek(self._nfd, 0, SEEK_CUR) + _posix._buf_pending(self._nfd)
        else:
            pos = self._raw.tell()
        return pos - (len(self._rbuf) - self._rpos) + len(self._wbuf)

    def seek(self, pos, whence=SEEK_SET):
        self._check_open("seek")
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        if self._wbuf or self._nfd >= 0:
            self._flush_writes()
        if whence == SEEK_CUR:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_open("truncate")
        if not self._can_write or not self._raw.writable():
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        self._rpos = 0
        return self._raw.truncate(pos)

    def close(self):
        if self._detached or self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def detach(self):
        self._check_raw()
        self.flush()
        raw = self._raw
        self._detached = True
        return raw


class BufferedReader(_Buffered):
    _can_write = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        _Buffered.__init__(self, raw, buffer_size)

    def __next__(self):
        # Fast path: a whole line is already in the read buffer of an open file.
        if self._nfd >= 0 and self._raw._fd >= 0 and not self._detached:
            buf = self._rbuf
            start = self._rpos
            end = buf.find(b"\n", start)
            if end >= 0:
                self._rpos = end + 1
                return buf[start : end + 1]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        raise UnsupportedOperation("write")


class BufferedWriter(_Buffered):
    _can_read = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        _Buffered.__init__(self, raw, buffer_size)

    def read(self, size=-1):
        self._check_open()
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        self._check_open()
        raise UnsupportedOperation("readline")


class BufferedRandom(_Buffered):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable() if hasattr(raw, "_checkSeekable") else None
        _Buffered.__init__(self, raw, buffer_size)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# ---- text ---------------------------------------------------------------------------------


def _utf8_complete(b):
    """The length of the longest prefix of `b` that does not end inside a UTF-8 sequence."""
    n = len(b)
    i = n - 1
    stop = max(n - 4, -1)
    while i > stop and (b[i] & 0xC0) == 0x80:
        i -= 1
    if i <= stop:
        return n
    lead = b[i]
    if 0xC2 <= lead <= 0xDF:
        need = 2
    elif 0xE0 <= lead <= 0xEF:
        need = 3
    elif 0xF0 <= lead <= 0xF4:
        need = 4
    else:
        return n
    return i if n - i < need else n


def _lookup_encoding(encoding):
    """A normalized codec family ('utf-8', 'latin-1', 'ascii') for `encoding`, raising
    LookupError for unknown names as CPython does."""
    "".encode(encoding)
    try:
        "\xe9".encode(encoding)
    except UnicodeEncodeError:
        return "ascii"
    except Exception:
        return "other"
    if "\xe9".encode(encoding) == b"\xe9":
        return "latin-1"
    return "utf-8"


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


_VALID_NEWLINES = (None, "", "\n", "\r", "\r\n")
# Characters str.splitlines() breaks at besides '\n' and '\r'.
_RARE_LINE_BREAKS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
_buf_write = _posix._buf_write


class TextIOWrapper(TextIOBase):
    """A text stream over a buffered binary stream: decoding on read, encoding on write,
    newline translation; tell() returns the byte offset of the next character."""

    _CHUNK = DEFAULT_BUFFER_SIZE

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(
                f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}"
            )
        if errors is not None and not isinstance(errors, str):
            raise TypeError(
                f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}"
            )
        if newline is not None and not isinstance(newline, str):
            raise TypeError(
                f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}"
            )
        if newline not in _VALID_NEWLINES:
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if "\0" in encoding:
            raise ValueError("embedded null character")
        self._family = _lookup_encoding(encoding)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._translate = newline is None
        self._writenl = "\n" if newline in (None, "") else newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoded = ""
        self._pos = 0
        self._dec_start = 0
        self._pending = b""
        self._wpend = []
        self._wpend_len = 0
        # Over a file, encoded text goes straight to the file's native write-behind buffer.
        self._direct = isinstance(buffer, _Buffered) and buffer._nfd >= 0
        self._lines = None
        self._li = 0
        self._nlast = 0
        self._split_ok = False
        self._split_cr = False
        self._set_fast_write()
        self._eof = False
        self._telling = True
        self._seen = 0
        self._detached = False
        try:
            self._seekable = buffer.seekable()
        except Exception:
            self._seekable = False
        if self._seekable and buffer.writable():
            try:
                self._dec_start = buffer.tell()
            except OSError:
                pass
        elif self._seekable:
            try:
                self._dec_start = buffer.tell()
            except OSError:
                pass

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            parts.append(f" name={name!r}")
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(f" mode={mode!r}")
        parts.append(f" encoding={self._encoding!r}>")
        return "".join(parts)

    # -- attributes --

    @property
    def buffer(self):
        self._check_det()
        return self._buffer

    def _check_det(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        seen = self._seen
        names = []
        if seen & 1:
            names.append("\r")
        if seen & 2:
            names.append("\n")
        if seen & 4:
            names.append("\r\n")
        if not names:
            return None
        if len(names) == 1:
            return names[0]
        return tuple(names)

    @property
    def name(self):
        self._check_det()
        return self._buffer.name

    @property
    def closed(self):
        self._check_det()
        return self._buffer.closed

    def _check_open(self):
        self._check_det()
        if self._buffer.closed:
            raise _closed_error()

    def fileno(self):
        self._check_det()
        return self._buffer.fileno()

    def isatty(self):
        self._check_det()
        return self._buffer.isatty()

    def readable(self):
        self._check_det()
        return self._buffer.readable()

    def writable(self):
        self._check_det()
        return self._buffer.writable()

    def seekable(self):
        self._check_det()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file")
        return self._seekable

    def _flush_pending(self):
        if self._wpend:
            data = b"".join(self._wpend)
            self._wpend = []
            self._wpend_len = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._flush_pending()
        self._buffer.flush()
        self._telling = self._seekable

    def close(self):
        self._fastw = False
        self._sync_lines()
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._check_det()
        self.flush()
        self._detached = True
        self._fastw = False
        self._sync_lines()
        return self._buffer

    def _set_fast_write(self):
        """Enables write()'s fast path: plain UTF-8 text straight into a write-only file's
        native buffer."""
        b = self._buffer
        self._fastw = (
            self._direct
            and type(b) is BufferedWriter
            and self._family == "utf-8"
            and self._errors == "strict"
            and self._writenl == "\n"
            and not self._line_buffering
            and not self._write_through
        )
        self._wraw = b._raw if self._fastw else None

    # -- decoding --

    def _decode(self, data, final):
        """Decodes raw bytes (after any held-back ones); holds back an incomplete trailing
        sequence and a trailing '\\r' (which may start a '\\r\\n') unless final."""
        if self._pending:
            data = self._pending + data
        keep = len(data)
        if not final:
            if self._family == "utf-8":
                keep = _utf8_complete(data)
            if keep and data[keep - 1] == 13 and self._newline != "\r":
                keep -= 1
        self._pending = data[keep:]
        if self._family == "utf-8" and self._errors == "strict":
            text = data[:keep].decode("utf-8")
        else:
            text = data[:keep].decode(self._encoding, self._errors)
        return text, keep

    def _read_more(self):
        """Decodes the next chunk onto the unread text; False at end of file."""
        if self._eof:
            return False
        if self._pos >= len(self._decoded):
            # Everything decoded so far was read: restart the buffer at the next byte.
            self._dec_start += self._dec_bytes_consumed()
            self._decoded = ""
            self._pos = 0
        if hasattr(self._buffer, "read1"):
            data = self._buffer.read1(self._CHUNK)
        else:
            data = self._buffer.read(self._CHUNK)
        final = not data
        text, used = self._decode(data, final)
        self._sync_lines()
        if final:
            self._eof = True
        if text:
            self._note_newlines(text)
            ok = self._newline is None or self._newline == "" or (
                self._newline == "\n" and "\r" not in text)
            if ok:
                for c in _RARE_LINE_BREAKS:
                    if c in text:
                        ok = False
                        break
            self._split_ok = ok and (self._split_ok or self._pos >= len(self._decoded))
            if self._pos:
                self._decoded = self._decoded[self._pos :] + text
                self._dec_start += self._prefix_bytes(self._pos)
                self._pos = 0
            else:
                self._decoded += text
        return bool(text) or not final

    def _dec_bytes_consumed(self):
        return self._prefix_bytes(len(self._decoded))

    def _prefix_bytes(self, n):
        """The number of bytes the first n decoded characters came from."""
        prefix = self._decoded[:n]
        if self._family in ("latin-1", "ascii"):
            return len(prefix)
        if prefix.isascii():
            return len(prefix)
        return len(prefix.encode(self._encoding, self._errors if self._errors in (
            "strict", "surrogateescape", "surrogatepass") else "replace"))

    def _note_newlines(self, text):
        if self._seen == 7:
            return
        if "\r" in text:
            crlf = text.count("\r\n")
            if crlf:
                self._seen |= 4
            if text.count("\r") > crlf:
                self._seen |= 1
            if text.count("\n") > crlf:
                self._seen |= 2
        elif "\n" in text:
            self._seen |= 2

    def _translated(self, s):
        if self._translate and "\r" in s:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def _sync_lines(self):
        """Leaves the split-lines fast path: advances `_pos` past the lines it returned."""
        lines = self._lines
        if lines is not None:
            i = self._li
            if i:
                self._pos += sum(map(len, lines[:i]))
            self._lines = None

    def _reset_read(self):
        self._sync_lines()
        self._split_ok = False
        self._decoded = ""
        self._pos = 0
        self._pending = b""
        self._eof = False

    def _check_readable(self):
        self._check_open()
        if self._wpend:
            self._flush_pending()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        self._sync_lines()
        if size < 0:
            head = self._decoded[self._pos :]
            rest = self._buffer.read()
            text, used = self._decode(rest or b"", True)
            self._note_newlines(text)
            self._eof = True
            self._decoded = ""
            self._pos = 0
            self._dec_start = self._safe_raw_tell()
            return self._translated(head + text)
        out = []
        need = size
        while need > 0:
            if len(self._decoded) - self._pos == 0:
                if not self._read_more():
                    break
                continue
            if self._translate:
                piece, used = self._take_translated(need)
            else:
                used = min(need, len(self._decoded) - self._pos)
                piece = self._decoded[self._pos : self._pos + used]
            self._pos += used
            out.append(piece)
            need -= len(piece)
            if used == 0:
                break
        return "".join(out)

    def _take_translated(self, n):
        """Up to n translated characters from the unread text, and how many raw characters
        they used."""
        d = self._decoded
        start = self._pos
        chunk = d[start : start + n]
        if "\r" not in chunk:
            return chunk, len(chunk)
        out = []
        i = start
        end = len(d)
        while len(out) < n and i < end:
            c = d[i]
            if c == "\r":
                if i + 1 < end:
                    if d[i + 1] == "\n":
                        i += 1
                elif not self._eof:
                    break
                out.append("\n")
            else:
                out.append(c)
            i += 1
        return "".join(out), i - start

    def _safe_raw_tell(self):
        try:
            return self._buffer.tell() - len(self._pending)
        except (OSError, AttributeError, ValueError):
            return 0

    def _find_line_end(self, start):
        """The index just past the next line ending at or after start, or -1."""
        d = self._decoded
        nl = self._newline
        if nl == "\n":
            i = d.find("\n", start)
            return -1 if i < 0 else i + 1
        if nl == "\r\n":
            i = d.find("\r\n", start)
            return -1 if i < 0 else i + 2
        if nl == "\r":
            i = d.find("\r", start)
            return -1 if i < 0 else i + 1
        # Universal: '\n', '\r' or '\r\n'.
        i = d.find("\n", start)
        j = d.find("\r", start, i if i >= 0 else len(d))
        if j < 0:
            return -1 if i < 0 else i + 1
        if j + 1 < len(d):
            return j + 2 if d[j + 1] == "\n" else j + 1
        if self._eof:
            return j + 1
        return -2

    def readline(self, size=-1):
        lines = self._lines
        if lines is not None and size == -1:
            # Fast path: the rest of the decoded chunk was split into lines already
            # (`_pos` catches up in `_sync_lines`).
            i = self._li
            if i < self._nlast:
                line = lines[i]
                self._li = i + 1
                if self._split_cr:
                    if line[-2:] == "\r\n":
                        line = line[:-2] + "\n"
                    elif line[-1] == "\r":
                        line = line[:-1] + "\n"
                return line
        self._sync_lines()
        self._check_readable()
        size = _size_arg(size)
        off = 0
        while True:
            end = self._find_line_end(self._pos + off)
            if end >= 0:
                break
            avail = len(self._decoded) - self._pos
            if size >= 0 and avail >= size:
                end = len(self._decoded)
                break
            # Rescan only the last character (a '\r' may be followed by '\n').
            off = max(avail - 1, 0)
            if not self._read_more():
                end = len(self._decoded)
                break
        if size >= 0 and end - self._pos > size:
            end = self._pos + size
        line = self._decoded[self._pos : end]
        self._pos = end
        if self._translate:
            if line.endswith("\r\n"):
                line = line[:-2] + "\n"
            elif line.endswith("\r"):
                line = line[:-1] + "\n"
        if size < 0 and self._split_ok and len(self._decoded) - end > 200:
            rest = self._decoded[end:]
            self._lines = rest.splitlines(True)
            self._nlast = len(self._lines) - 1
            self._li = 0
            self._split_cr = self._translate and "\r" in rest
        return line

    def __next__(self):
        if self._telling:
            self._telling = False
        lines = self._lines
        if lines is not None and not self._split_cr:
            i = self._li
            if i < self._nlast:
                self._li = i + 1
                return lines[i]
        line = self.readline()
        if not line:
            self._telling = self._seekable
            raise StopIteration
        return line

    # -- writing --

    def write(self, s):
        if self._fastw and s.__class__ is str and self._wraw._fd >= 0:
            _buf_write(self._wraw._fd, s.encode())
            return len(s)
        self._sync_lines()
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = "\n" in s
        if haslf and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._decoded or self._pending:
            # Writing after reading: continue from the logical position.
            pos = self.tell()
            self._reset_read()
            self._buffer.seek(pos)
            self._dec_start = pos
        if self._family == "utf-8" and self._errors == "strict":
            data = s.encode("utf-8")
        else:
            data = s.encode(self._encoding, self._errors)
        if self._direct:
            self._buffer.write(data)
            if self._write_through or (self._line_buffering and (haslf or "\r" in s)):
                self._buffer.flush()
            return length
        self._wpend.append(data)
        self._wpend_len += len(data)
        if self._write_through or (self._line_buffering and (haslf or "\r" in s)):
            self._flush_pending()
            self._buffer.flush()
        elif self._wpend_len > self._CHUNK:
            self._flush_pending()
        return length

    # -- positioning --

    def tell(self):
        self._check_open()
        self._sync_lines()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self._flush_pending()
        self._buffer.flush()
        if not self._decoded and not self._pending:
            return self._buffer.tell()
        return self._dec_start + self._prefix_bytes(self._pos)

    def seek(self, cookie, whence=SEEK_SET):
        self._check_open()
        self._sync_lines()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            pos = self._buffer.seek(0, SEEK_END)
            self._dec_start = pos
            return pos
        elif whence != SEEK_SET:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if isinstance(cookie, float):
            raise TypeError("an integer is required")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        self._reset_read()
        self._buffer.seek(cookie)
        self._dec_start = cookie
        return cookie

    def truncate(self, pos=None):
        self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._reset_read()
        r = self._buffer.truncate(pos)
        self._dec_start = self._safe_raw_tell()
        return r

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._family = _lookup_encoding(encoding)
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in _VALID_NEWLINES:
                raise ValueError(f"illegal newline value: {newline}")
            self._newline = newline
            self._translate = newline is None
            self._writenl = "\n" if newline in (None, "") else newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        self._set_fast_write()


# ---- memory streams -----------------------------------------------------------------------


class StringIO(TextIOBase):
    """An in-memory text stream."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in _VALID_NEWLINES:
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}"
            )
        self._newline = newline
        self._fast = newline == "\n"
        self._buf = ""
        self._parts = []
        self._len = 0
        self._pos = 0
        self._closed = False
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if self._parts:
            self._buf += "".join(self._parts)
            self._parts = []
        return self._buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._fast = False
        self._buf = ""
        self._parts = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline not in (None, ""):
            return None
        seen = self._seen
        names = []
        if seen & 1:
            names.append("\r")
        if seen & 2:
            names.append("\n")
        if seen & 4:
            names.append("\r\n")
        if not names:
            return None
        return names[0] if len(names) == 1 else tuple(names)

    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        if self._fast and s.__class__ is str and self._pos == self._len:
            self._parts.append(s)
            n = len(s)
            self._pos += n
            self._len += n
            return n
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s:
                crlf = s.count("\r\n")
                if crlf:
                    self._seen |= 4
                if s.count("\r") > crlf:
                    self._seen |= 1
                if s.count("\n") > crlf:
                    self._seen |= 2
                if nl is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in s:
                self._seen |= 2
        elif nl not in ("", "\n") and "\n" in s:
            s = s.replace("\n", nl)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
        else:
            text = self._text()
            if pos > len(text):
                text += "\0" * (pos - len(text))
            self._buf = text[:pos] + s + text[pos + len(s) :]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._text()
        start = self._pos
        end = len(text) if size < 0 else min(len(text), start + size)
        if start >= end:
            return ""
        self._pos = end
        return text[start:end]

    def _line_end(self, text, start):
        nl = self._newline
        if nl == "":
            i = text.find("\n", start)
            j = text.find("\r", start, i if i >= 0 else len(text))
            if j >= 0:
                if j + 1 < len(text) and text[j + 1] == "\n":
                    return j + 2
                return j + 1
            return -1 if i < 0 else i + 1
        sep = "\n" if nl is None else nl
        i = text.find(sep, start)
        return -1 if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._text()
        start = self._pos
        if start >= len(text):
            return ""
        end = self._line_end(text, start)
        if end < 0:
            end = len(text)
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return text[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        if pos < self._len:
            self._buf = self._text()[:pos]
            self._len = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(BufferedIOBase):
    """An in-memory binary stream."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return f"<_io.BytesIO object at {id(self):#x}>"

    def _check(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        start = self._pos
        n = len(self._buf)
        end = n if size < 0 else min(n, start + size)
        if start >= end:
            return b""
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        start = self._pos
        buf = self._buf
        if start >= len(buf):
            return b""
        end = buf.find(b"\n", start)
        end = len(buf) if end < 0 else end + 1
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return bytes(buf[start:end])

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check()
        data = _as_bytes(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos : pos + n] = data
        self._pos = pos + n
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def detach(self):
        raise UnsupportedOperation("detach")


# ---- open ---------------------------------------------------------------------------------


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, int):
        file = _posix.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError(f"invalid file: {file!r}")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(
            f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}"
        )
    if errors is not None and not isinstance(errors, str):
        raise TypeError(
            f"open() argument 'errors' must be str or None, not {type(errors).__name__}"
        )
    modes = set(mode)
    if modes - set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if "U" in modes:
        raise ValueError(f"invalid mode: '{mode}'")
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError(
            "Must have exactly one of create/read/write/append mode and at most one plus"
        )
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary:
        if newline is not None and not isinstance(newline, str):
            raise TypeError(
                f"open() argument 'newline' must be str or None, not {type(newline).__name__}"
            )
        if newline not in _VALID_NEWLINES:
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is not None:
            _lookup_encoding(encoding)
    rawmode = (
        ("x" if creating else "")
        + ("r" if reading else "")
        + ("w" if writing else "")
        + ("a" if appending else "")
        + ("+" if updating else "")
    )
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    return open(path, "rb")


class IncrementalNewlineDecoder:
    """Translates '\\r\\n' and '\\r' to '\\n' across chunk boundaries (when translate)."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (lf and 2) | (cr and 1) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self._pendingcr)

    def setstate(self, state):
        self._pendingcr = bool(state[1] & 1)

    def reset(self):
        self._seen = 0
        self._pendingcr = False

    @property
    def newlines(self):
        return (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"), ("\n", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair,
             TextIOWrapper, StringIO, BytesIO, IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = "io"
del _cls


import builtins as _builtins

# As in CPython, the builtin `open` is `io.open`.
_builtins.open = open
del _builtins
