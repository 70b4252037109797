"""Extract, format and print information about Python stack traces."""

# traceback.py owns the `traceback` module: FrameSummary, StackSummary,
# TracebackException and the extract/format/print functions, producing the
# same text as CPython 3.11 (and as weft prints uncaught exceptions), except
# for the `^^^^` position markers, which weft does not record. It must not
# keep frames alive: frames are weft's snapshots (`_weft._getframe`), and
# source lines are read through `_weft.source_line`.

import sys
import _weft

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")

_sentinel = object()


def _stderr(file):
    return sys.stderr if file is None else file


def _print_lines(lines, file):
    file = _stderr(file)
    for line in lines:
        print(line, file=file, end="")


# ---- frames and stacks -----------------------------------------------------

class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            text = _weft.source_line(self.filename, self.lineno)
            self._line = text if text is not None else ""
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = _weft._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # Each frame with the source range of the instruction that raised or called there
    # (character columns).
    while tb is not None:
        yield tb.tb_frame, _weft.tb_positions(tb)
        tb = tb.tb_next


def _limit_from_sys(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        limit = _limit_from_sys(limit)
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            f_locals = getattr(f, 'f_locals', None) if capture_locals else None
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name,
                lookup_line=lookup_lines, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of FrameSummary
        objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            if (frame_summary.colno is not None
                    and frame_summary.end_colno is not None):
                markers = _weft.caret_line(
                    frame_summary._original_line, frame_summary.lineno,
                    frame_summary.end_lineno, frame_summary.colno,
                    frame_summary.end_colno)
                if markers is not None:
                    row.append(markers + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: one string per frame (with its
        source line), collapsing long runs of the same frame as CPython does."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback `tb`."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (or `f`)."""
    if f is None:
        f = _weft._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line)
    tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    _print_lines(StackSummary.from_list(extracted_list).format(), file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = _weft._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = _weft._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback
    (weft's frames are snapshots without locals: nothing to clear)."""
    while tb is not None:
        tb = tb.tb_next


# ---- exceptions ------------------------------------------------------------

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


class TracebackException:
    """An exception ready for rendering: its stack, type and message, and
    those of its cause or context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._value = exc_value
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        # Walk the chain iteratively, as CPython does, so long chains do not recurse.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if (e and e.__cause__ is not None
                    and id(e.__cause__) not in _seen):
                cause = TracebackException(
                    type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
            else:
                cause = None
            if compact:
                need_context = (cause is None and e is not None and
                                not e.__suppress_context__)
            else:
                need_context = True
            if (e and e.__context__ is not None
                    and need_context and id(e.__context__) not in _seen):
                context = TracebackException(
                    type(e.__context__), e.__context__,
                    e.__context__.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            else:
                context = None
            te.__cause__ = cause
            te.__context__ = context
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: one or more strings,
        each ending in a newline (SyntaxError takes several)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        if self._value is not None and isinstance(self._value, BaseException) \
                and type(self._value) is self.exc_type:
            text = _weft.format_exception_only(self._value)
            if isinstance(self._value, SyntaxError):
                # The location lines come first, each its own string.
                for line in text.split('\n'):
                    yield line + '\n'
            else:
                yield text + '\n'
        else:
            stype = self.exc_type.__qualname__
            smod = self.exc_type.__module__
            if smod not in ("__main__", "builtins"):
                if not isinstance(smod, str):
                    smod = "<unknown>"
                stype = smod + '.' + stype
            yield _format_final_exc_line(stype, self._str)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def format(self, *, chain=True, _ctx=None):
        """Format the exception with its traceback (and, with `chain`, its
        cause or context first), as strings ending in newlines."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list of strings ending in
    newlines, normally one ('Type: message')."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information: a list of strings
    which, concatenated, give what print_exception() prints."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'
    (default sys.stderr), with its cause or context when `chain` is true."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    _print_lines(te.format(chain=chain), file)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (interactive sessions)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)
