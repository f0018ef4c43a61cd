"""Find the export files a `kooste` reads: files as given, folders walked, lists of paths.

Reading and checking each file is the export package's (`verkosto.export.read`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from verkosto.errors import InvalidInput, Problem
from verkosto.export.names import display

STDIN = "-"


def check_paths(paths: Iterable[str]) -> None:
    """Raise InvalidInput naming the first given path that does not exist."""
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            raise InvalidInput("kooste_path_missing", path=display(path))


def check_new_in_folders(target: str, paths: Iterable[str]) -> None:
    """Raise InvalidInput if `target` exists in a folder among `paths`: only a new file goes there.

    A file there that is not an export (notes, a spreadsheet) is someone's and is not read,
    so nothing else protects it (docs/komennot.md).
    """
    out = Path(target)
    try:
        if not out.exists():
            return
        where = out.resolve().parent
    except (OSError, ValueError, RuntimeError):
        return  # the output check and the writer name what is wrong with such a path
    for given in paths:
        folder = Path(given)
        if given == STDIN or not folder.is_dir():
            continue
        root = folder.resolve()
        if where == root or root in where.parents:
            raise InvalidInput("kooste_target_in_input", path=target, folder=given)


def _walk(folder: str) -> Iterator[str | Problem]:
    """Yield the .json files under a folder in name order, skipping hidden entries.

    Only regular files are read (a FIFO would wait forever: any other *.json entry is named
    as skipped when it comes to be read), and symbolic links are not
    followed (to a folder they can loop; to a file they can point anywhere): a link is
    reported and skipped. A folder that cannot be listed is reported, not skipped.
    """
    stack: list[tuple[bool, str]] = [(True, folder)]
    while stack:
        is_folder, path = stack.pop()
        if not is_folder:
            yield path
            continue
        try:
            with os.scandir(path) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError as error:
            reason: dict[str, object] = {"detail": error}
            yield Problem("kooste_folder_unreadable", reason, file=display(path))
            continue
        pending: list[tuple[bool, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((True, entry.path))
                elif entry.name.lower().endswith(".json") and entry.is_symlink():
                    # Inside a folder, a link could point anywhere (/etc/shadow, as root):
                    # only files given by name are followed.
                    yield Problem("kooste_link_skipped", file=display(entry.path))
                elif entry.name.lower().endswith(".json"):
                    # A regular file is read; a FIFO or a device is named as one when read
                    # (it is never opened for reading), as when it is given by name.
                    pending.append((False, entry.path))
            except OSError:
                pending.append((False, entry.path))  # reading it will say what is wrong
        stack.extend(reversed(pending))


MAX_PATH_LINE = 4096
MAX_PATH_LIST_BYTES = 64 * 1024 * 1024


def path_lines(stream: BinaryIO) -> Iterator[str]:
    """Yield the lines of a list of paths, refusing an endless line or list (/dev/zero)."""
    total = 0
    while True:
        line = stream.readline(MAX_PATH_LINE + 1)
        if not line:
            return
        total += len(line)
        if len(line) > MAX_PATH_LINE or total > MAX_PATH_LIST_BYTES:
            raise InvalidInput(
                "kooste_stdin_too_long",
                line=MAX_PATH_LINE,
                total=MAX_PATH_LIST_BYTES // (1024 * 1024),
            )
        yield line.decode("utf-8", "surrogateescape")


def iter_files(paths: Iterable[str], stdin_lines: Iterable[str] = ()) -> Iterator[str | Problem]:
    """Yield every file to read: files as given, folders walked, '-' read as a list of paths.

    A folder that cannot be listed comes out as a Problem in its place.
    """
    read_stdin = False
    for path in paths:
        if path == STDIN:
            if read_stdin:
                continue
            read_stdin = True
            for line in stdin_lines:
                listed = line.rstrip("\r\n")
                if listed.strip():
                    yield from _expand(listed)
        else:
            yield from _expand(path)


def _expand(path: str) -> Iterator[str | Problem]:
    if os.path.isdir(path):
        yield from _walk(path)
    else:
        yield path


def count_files(paths: Iterable[str]) -> int:
    """Count the files that iter_files would yield for `paths` (not reading stdin)."""
    return sum(1 for _ in iter_files(p for p in paths if p != STDIN))
