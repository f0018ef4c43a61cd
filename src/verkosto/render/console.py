"""Consoles that suit the terminal or the file they write to, and plain text for files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verkosto.render.layout import MAX_WIDTH

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def make_console(stderr: bool = False) -> Console:
    """Return a console that honours NO_COLOR, TERM=dumb and the real terminal width."""
    import os
    import shutil
    import sys
    from typing import IO, cast

    from rich.console import Console

    width = height = None
    if os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        # Rich assumes 80×25 on a dumb terminal unless given both; ask the terminal instead.
        width, height = shutil.get_terminal_size(fallback=(80, 25))
    stream = sys.stderr if stderr else sys.stdout
    file = None
    if not _is_terminal(stream):
        # A file or a pipe gets the lines without the padding that fills a table's cells.
        file = cast("IO[str]", _TrimmedLines(stream))
    return Console(
        stderr=stderr, highlight=False, soft_wrap=False, width=width, height=height, file=file
    )


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class _TrimmedLines:
    """A stream wrapper that drops spaces at the end of each line written through it."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write `text` with every line's trailing spaces removed."""
        import re

        return int(self.stream.write(re.sub(r"[ \t]+\n", "\n", text)) or 0)

    def flush(self) -> None:
        """Flush the stream underneath."""
        self.stream.flush()

    def isatty(self) -> bool:
        """Say this is no terminal (it is used only for files and pipes)."""
        return False

    @property
    def encoding(self) -> str:
        """Return the encoding of the stream underneath."""
        return str(getattr(self.stream, "encoding", None) or "utf-8")


def plain_text(renderable: RenderableType, width: int = MAX_WIDTH) -> str:
    """Return a renderable as plain text without colour, for writing into a file."""
    import io

    from rich.console import Console

    console = Console(
        file=io.StringIO(), width=width, color_system=None, highlight=False, soft_wrap=False
    )
    console.print(renderable)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return str(output)
