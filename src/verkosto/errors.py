"""The project's own error types; the CLI turns them into a message and an exit code."""

from __future__ import annotations

from dataclasses import dataclass, field

EXIT_FAILED = 1
EXIT_INVALID = 2
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file, located as precisely as we can."""

    key: str
    params: dict[str, object] = field(default_factory=dict)
    file: str | None = None
    line: int | None = None
    kind: str | None = None
    ident: str | None = None


class VerkostoError(Exception):
    """Base of every error the user should see as a message, never as a traceback."""

    exit_code = EXIT_FAILED

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        # Further message lines (key, params), e.g. where the answers were kept.
        self.details: list[tuple[str, dict[str, object]]] = []


class InvalidInput(VerkostoError):
    """The user gave something unusable: a bad option value or file."""

    exit_code = EXIT_INVALID


class ProblemsError(InvalidInput):
    """A file had one or more problems; all of them are reported together."""

    def __init__(self, key: str, problems: list[Problem], **params: object) -> None:
        super().__init__(key, **params)
        self.problems = problems


class OperationFailed(VerkostoError):
    """Something the tool tried to do failed (e.g. writing a file)."""

    exit_code = EXIT_FAILED


class OutputRefused(OperationFailed):
    """An output would replace a file the run keeps or reads; nothing was written.

    The exit code is that of a bad option (2): the person named the wrong file.
    """

    exit_code = EXIT_INVALID


class Interrupted(VerkostoError):
    """The person stopped the interview (Ctrl-C or end of input)."""

    exit_code = EXIT_INTERRUPTED
