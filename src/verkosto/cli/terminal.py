"""Reading what a person types: one line at a time, bounded, with line editing at a terminal.

Commands get their `Terminal` from the Click context, so tests hand in another one with
`runner.invoke(app, args, obj=...)` instead of patching this module.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from verkosto.errors import InvalidInput

if TYPE_CHECKING:
    import typer
    from rich.console import Console
    from rich.text import Text as RenderableText

MAX_LINE = 64 * 1024


class Terminal:
    """Where a person types: stdin, read one line at a time."""

    def is_terminal(self) -> bool:
        """Return whether a person may be typing: stdin exists and is a terminal."""
        return sys.stdin is not None and sys.stdin.isatty()

    def enable_line_editing(self) -> None:
        """Let arrow keys and history work at the prompts when a person is typing."""
        if self.is_terminal():
            try:
                import readline  # noqa: F401 - importing it is what turns line editing on
            except ImportError:  # not on every platform
                pass

    def read_line(self, console: Console, prompt: RenderableText) -> str:
        """Read one line after `prompt`; raise EOFError or KeyboardInterrupt."""
        if sys.stdin is None:  # started with stdin closed: nothing can ever be typed
            raise EOFError
        if (
            "readline" in sys.modules
            and console.file is sys.stdout
            and sys.stdin.isatty()
            and sys.stdout.isatty()
        ):
            # readline must be given the prompt: after a prompt printed apart from it, an
            # empty Enter leaves the cursor on the prompt line. \x01 and \x02 tell readline
            # that colour codes take no room on screen.
            with console.capture() as captured:
                console.print(prompt, end="")
            return input(re.sub(r"(\x1b\[[0-9;?]*[A-Za-z])", "\x01\\1\x02", captured.get()))
        if sys.stdin.isatty():
            return console.input(prompt)
        # Piped input may never end a line (/dev/zero): read a bounded line, never all of it.
        console.print(prompt, end="")
        return bounded_line()


def terminal_of(ctx: typer.Context) -> Terminal:
    """Return the Terminal handed in as the context object, or the real one."""
    found = ctx.find_object(Terminal)
    return found if found is not None else Terminal()


def bounded_line() -> str:
    """Read one line of piped stdin, at most MAX_LINE bytes; raise EOFError or InvalidInput."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.readline(MAX_LINE + 1) if stream is not None else sys.stdin.readline(MAX_LINE + 1)
    if not raw:
        raise EOFError
    if len(raw) > MAX_LINE:
        raise InvalidInput("input_line_too_long", limit=MAX_LINE // 1024)
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return text.rstrip("\r\n")
