"""The one way a command writes its output: to standard output, or to the file named."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from verkosto import safefile
from verkosto.errors import OperationFailed, OutputRefused

STDOUT = "-"
# The failure of a write whose content was kept in the data folder instead.
_KEPT_KEYS = {
    "export_write_failed": "export_write_failed_kept",
    "stdout_write_failed": "stdout_write_failed_kept",
}


def write_output(
    target: str | None,
    text: str,
    failed: str,
    stdout_failed: str | None = None,
    keep: Callable[[], Path] | None = None,
    *,
    protected: safefile.Protected,
) -> None:
    """Write `text` to standard output (`target` None or '-') or to the file `target`.

    A device or a pipe (/dev/stdout, a FIFO) is written to and never replaced; a symbolic
    link to a file, or to nothing, is refused; a regular file is replaced atomically, readable
    only by its owner. When the file cannot be written, raise OperationFailed(`failed`, path,
    reason); when standard output cannot, OperationFailed(`stdout_failed`, path='-', reason),
    or let the OSError through when `stdout_failed` is None (the app's error exit tells it).

    `keep`, if given, keeps the text somewhere else when writing failed (a full disk, say) and
    returns where: the key then ends in `_kept` and names the place as `kept`; if keeping
    fails too, the plain key is raised.

    A file that is (or is a link to) one in `protected`, the files this run keeps or reads,
    is never written: OutputRefused names both (see `check_target`).
    """
    to_stdout = target is None or target == STDOUT
    if not to_stdout:
        assert target is not None
        check_target(target, protected)
    try:
        if to_stdout:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            assert target is not None
            from verkosto import store  # only when writing a file

            safefile.write_target(Path(target), text, store.atomic_write)
    except OSError as error:
        if to_stdout and stdout_failed is None:
            raise
        key = stdout_failed if to_stdout and stdout_failed is not None else failed
        path = STDOUT if to_stdout else target
        if keep is not None:
            try:
                kept = keep()
            except OSError:
                raise OperationFailed(key, path=path, reason=error) from None
            raise OperationFailed(
                _KEPT_KEYS[key], path=path, reason=error, kept=str(kept)
            ) from None
        raise OperationFailed(key, path=path, reason=error) from None


def check_target(target: str | None, protected: safefile.Protected) -> None:
    """Raise OutputRefused if writing the file `target` would replace a protected file."""
    if target is None or target == STDOUT:
        return
    clash = protected.clash(target)
    if clash is not None:
        raise OutputRefused(clash.key, path=target, **clash.params)
