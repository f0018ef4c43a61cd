"""Reading and writing files that someone may have planted: FIFOs, devices, symlinks.

Every file the tool reads is opened without blocking and read only if it is a regular file,
and never more than its limit (read limit + 1 bytes, so /dev/zero or a growing file cannot
fill the memory). Inside the data folder nothing is followed through a symbolic link. An
output target that is a device or a pipe (/dev/stdout, a FIFO) is written to, not replaced;
a symbolic link to a regular file is refused, because replacing it would write elsewhere.
`Protected` holds the files a run keeps or reads, by device and inode, so that no output of
the run replaces one of them.

Where the platform has no POSIX owners and modes (Windows), nothing is tightened and no
owner is compared; the calls Windows lacks (os.getuid, os.fchmod, O_NOFOLLOW) are looked up
when used, never assumed.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from verkosto.errors import Problem


def _flag(name: str) -> int:
    """Return an os.O_* flag, or 0 where the platform has none (O_NOFOLLOW on Windows)."""
    # Looked up at each call, so tests can take a flag away and run the Windows path.
    value = getattr(os, name, 0)
    return value if isinstance(value, int) else 0


def own_uid() -> int | None:
    """Return this process's user id, or None where files have no owners (Windows)."""
    getuid = getattr(os, "getuid", None)
    return getuid() if callable(getuid) else None


def has_modes() -> bool:
    """Return whether files have POSIX owners and group/other permission bits here."""
    # On Windows os.stat reports every file as 0o666 or 0o444 and os.chmod only sets the
    # read-only flag: there are no bits for others to remove.
    return own_uid() is not None


def private_mode(mode: int) -> int:
    """Return `mode` without any access for group or others; nothing is ever added."""
    return stat.S_IMODE(mode) & ~0o077


class NotRegularFile(OSError):
    """The path is a FIFO, a device, a socket or a folder, not a file to read."""


class TooLarge(OSError):
    """The file is larger than the limit for its kind."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, "file too large")
        self.size = size
        self.limit = limit


def read_limited(path: Path | str, limit: int, follow: bool = True) -> bytes:
    """Return a regular file's bytes; raise NotRegularFile, TooLarge or OSError.

    Opened with O_NONBLOCK (a FIFO with no writer never hangs) and, unless `follow`, with
    O_NOFOLLOW (a symbolic link planted in the data folder raises ELOOP).
    """
    nofollow = _flag("O_NOFOLLOW")
    if not follow and not nofollow:
        # No O_NOFOLLOW (Windows): look before opening, the best the platform offers.
        check_no_link(Path(path))
    # O_BINARY (Windows only): without it a descriptor is in text mode there, and reading
    # would turn CR LF into LF and stop at the first Ctrl-Z byte.
    flags = os.O_RDONLY | _flag("O_BINARY") | _flag("O_NONBLOCK") | (0 if follow else nofollow)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        if not follow and info.st_mode & 0o077 and has_modes() and info.st_uid == own_uid():
            # A file of the data folder readable by others (made by an older version, or
            # copied in): tighten it on the way, as new ones are made. Only others lose
            # access: a file the person made read-only (chmod 400) stays read-only.
            _chmod_open(fd, path, private_mode(info.st_mode))
        try:
            return _read_upto(lambda size: os.read(fd, size), limit, 1 << 20)
        except TooLarge as error:
            # Say the file's whole size where it is known, not only what was read of it.
            raise TooLarge(max(error.size, info.st_size), limit) from None
    finally:
        os.close(fd)


def write_target(path: Path, text: str, replace: object) -> None:
    """Write an output the person named: a device or pipe is written to, a file replaced.

    An empty name is no file at all (ENOENT), not the current folder.

    `replace(path, text)` writes a regular (or missing) file atomically. A symbolic link is
    followed only to a device or a pipe (such as /dev/stdout); a link to a file or to nothing
    is refused with ELOOP rather than replaced by a file of our own.
    """
    if not str(path).strip() or str(path) == ".":
        raise FileNotFoundError(errno.ENOENT, "empty file name", str(path))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISLNK(info.st_mode):
        try:
            target = os.stat(path)
        except OSError:
            target = None
        if target is None or stat.S_ISREG(target.st_mode) or stat.S_ISDIR(target.st_mode):
            raise OSError(errno.ELOOP, "symbolic link", str(path))
        info = target
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        # A device, a FIFO or a socket: open it and write, as a shell redirection does.
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return
    assert callable(replace)
    replace(path, text)


def check_no_link(path: Path) -> None:
    """Raise OSError(ELOOP) if `path` is a symbolic link (dangling or not)."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise OSError(errno.ELOOP, "symbolic link", str(path))
    except FileNotFoundError:
        pass


def private_dir(path: Path) -> Path:
    """Create a folder inside the data folder 0700, or check the one there; raise OSError.

    A symbolic link or a file in its place raises (ELOOP / ENOTDIR): pruning or writing
    through it would touch another folder.
    """
    check_no_link(path)
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        info = os.lstat(path)
        if not stat.S_ISDIR(info.st_mode):
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path)) from None
        if has_modes() and info.st_mode & 0o077:
            os.chmod(path, private_mode(info.st_mode))
        return path
    os.chmod(path, 0o700)  # whatever the umask took away from the owner
    return path


def _chmod_open(fd: int, path: Path | str, mode: int) -> None:
    """Set the mode of an open file: by descriptor where the platform can (not Windows)."""
    fchmod = getattr(os, "fchmod", None)
    if callable(fchmod):
        fchmod(fd, mode)
    else:
        os.chmod(path, mode)


def tighten(path: Path) -> None:
    """Take group and other access away from a file in the data folder; refuse a link.

    The owner's own bits are left as they are (a `chmod 400` stays 400), and where files have
    no POSIX modes (Windows) nothing is changed.
    """
    check_no_link(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if has_modes() and mode & 0o077:
        os.chmod(path, private_mode(mode))


def identity(path: Path | str) -> tuple[int, int] | None:
    """Return the (device, inode) of the file `path` names, links followed; None if none.

    Two names with one identity are one file: the same path spelt differently, a symbolic
    link, or a hard link. A file system without inode numbers (FAT on Windows reports 0)
    gives None, and names are compared instead.
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not info.st_ino:
        return None
    return info.st_dev, info.st_ino


def _name(path: Path | str) -> str:
    """Return a comparable absolute name for `path` (it need not exist)."""
    return os.path.normcase(os.path.realpath(path))


class Protected:
    """The files a run keeps or reads: no output of the same run may replace one of them."""

    def __init__(self) -> None:
        """Start with nothing protected."""
        self._by_id: dict[tuple[int, int], Problem] = {}
        self._by_name: dict[str, Problem] = {}
        self._folders: list[tuple[str, Problem]] = []
        self._folder_ids: dict[tuple[int, int], Problem] = {}

    def add_folder(self, path: Path | str, role: str) -> None:
        """Protect a folder the tool keeps files in: the name itself and anything inside it."""
        entry = Problem(role, {"other": str(path)})
        self._folders.append((_name(path), entry))
        found = identity(path)
        if found is not None:
            # By identity too: a name spelt in another case (macOS, Windows) is the same folder.
            self._folder_ids.setdefault(found, entry)

    def add(self, path: Path | str, role: str) -> None:
        """Protect `path` (existing or about to be made) as `role`, the refusal's text key."""
        entry = Problem(role, {"other": str(path)})
        self._by_name.setdefault(_name(path), entry)
        found = identity(path)
        if found is not None:
            self._by_id.setdefault(found, entry)

    def clash(self, target: Path | str) -> Problem | None:
        """Return the refusal (key, and the protected file as `other`) for `target`, if any."""
        found = identity(target)
        if found is not None and found in self._by_id:
            return self._by_id[found]
        name = _name(target)
        if self._folder_ids:
            # The target or any existing folder above it may be a protected folder however
            # its name is spelt.
            for place in (Path(name), *Path(name).parents):
                found = identity(place)
                if found is not None and found in self._folder_ids:
                    return self._folder_ids[found]
        for folder, entry in self._folders:
            # A file in place of the folder would stop the tool keeping anything there; a file
            # inside it would be taken for one of the tool's own (and deleted by `poista`).
            if name == folder or name.startswith(folder.rstrip(os.sep) + os.sep):
                return entry
        return self._by_name.get(name)


if TYPE_CHECKING:
    from collections.abc import Callable

STDIN = "-"


class StreamTimeout(OSError):
    """A pipe or FIFO was still open, with no end of its text, when the time allowed ran out."""


class StdinIsTerminal(OSError):
    """Standard input is a terminal, where text was expected to be piped in."""


def read_stream(path: Path | str, limit: int, timeout: float) -> bytes:
    """Return a regular file's, a pipe's or a FIFO's bytes, stdin's for "-"; raise OSError.

    Bounded in size as read_limited is (TooLarge), and in time: what has not ended after
    `timeout` seconds (a FIFO no one opens for writing, a pipe left open) raises StreamTimeout.
    A device, socket or folder is refused as read_limited refuses it. The reading is done by
    a helper thread, the one way to wait with a limit that works for pipes on every platform
    (select() takes only sockets on Windows, and opening a FIFO blocks until a writer comes).
    """
    import sys

    if str(path) == STDIN:
        stream = sys.stdin
        if stream is None:  # started with stdin closed
            raise FileNotFoundError(errno.ENOENT, "standard input is closed", STDIN)
        if stream.isatty():
            raise StdinIsTerminal(errno.ENOTTY, "standard input is a terminal", STDIN)
        try:
            descriptor: int | None = stream.fileno()
        except (AttributeError, OSError, ValueError):  # a stand-in without a descriptor
            descriptor = None
        read: Callable[[int], bytes]
        if descriptor is not None:
            # The descriptor itself, not sys.stdin.buffer: a reader thread still waiting when
            # the time runs out must hold no lock of Python's, or the interpreter cannot shut
            # down ("could not acquire lock for <stdin> at interpreter shutdown").
            fd = descriptor
            read = lambda size: os.read(fd, size)  # noqa: E731
        else:
            buffer = getattr(stream, "buffer", None)
            read = (
                buffer.read
                if buffer is not None
                else lambda size: stream.read(size).encode("utf-8")
            )
        return _in_time(lambda: _read_upto(read, limit), timeout, STDIN)
    # Followed: /dev/fd/63 from a process substitution is a link to the pipe itself.
    if not stat.S_ISFIFO(os.stat(path).st_mode):
        return read_limited(path, limit)

    def read_fifo() -> bytes:
        fd = os.open(path, os.O_RDONLY)  # waits for a writer, within the time allowed
        try:
            if not stat.S_ISFIFO(os.fstat(fd).st_mode):  # replaced since it was looked at
                raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
            return _read_upto(lambda size: os.read(fd, size), limit)
        finally:
            os.close(fd)

    return _in_time(read_fifo, timeout, str(path))


def _read_upto(read: Callable[[int], bytes], limit: int, chunk_size: int = 1 << 16) -> bytes:
    """Return what `read` gives until it ends; raise TooLarge past `limit` bytes."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = read(min(chunk_size, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise TooLarge(total, limit)


def _in_time(job: Callable[[], bytes], timeout: float, name: str) -> bytes:
    """Return `job()` run in a daemon thread; raise its error, or StreamTimeout after `timeout`.

    A job still waiting is left behind: as a daemon thread it ends with the program.
    """
    import threading

    outcome: list[bytes | BaseException] = []

    def run() -> None:
        try:
            outcome.append(job())
        except BaseException as error:  # handed to the caller's thread
            outcome.append(error)

    worker = threading.Thread(target=run, name="verkosto-read-stream", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise StreamTimeout(errno.ETIMEDOUT, "nothing more came in time", name)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]
