"""The value rules both export checks share: the limits, numbers and network names.

`strict.validate` (every file of a `kooste`) and `check.check_export` (what is kept, reported
on or compared) refuse the same numbers and names with the same problems. Network names
already found good are remembered, since the same few recur in every file.
"""

from __future__ import annotations

import math
from typing import Any

from verkosto.answers import MAX_NETWORK_NAME, InvalidAnswer, check_network_name
from verkosto.errors import Problem
from verkosto.safetext import has_unsafe

# The bounds keep sums and ratios finite.
MAX_HOURS = 1000
MAX_SHARE = 100
MAX_RATIO = 1000
MAX_ANSWER_NUMBER = 10**9
# How much of a key or value from the file a problem shows.
SHOWN = 60
# Remembered good ids and names: bounded, so a file of a million distinct keys cannot grow it.
MEMO_LIMIT = 4096
_GOOD_NAMES: set[str] = set()


def is_number(value: object) -> bool:
    """Return whether a value is a JSON number (an int or float, not true or false)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_finite(value: int | float) -> bool:
    """Return whether a number is finite (an integer of hundreds of digits is, but no float).

    Such an integer is still out of every range.
    """
    return isinstance(value, int) or math.isfinite(value)


def number_problem(
    node: dict[str, Any], key: str, where: str, low: float | None, high: float | None = None
) -> Problem | None:
    """Check a number-or-null field."""
    value = node[key]
    kind = type(value)
    # The common case; NaN fails the comparison and infinity the finite bound.
    if value is None or (
        (kind is int or kind is float)
        and low is not None
        and high is not None
        and low <= value <= high
    ):
        return None
    if not is_number(value):
        return Problem("wrong_type", {"key": where, "expected": "number"})
    if (
        not is_finite(value)
        or (low is not None and value < low)
        or (high is not None and value > high)
    ):
        return Problem("out_of_range", {"key": where, "value": value})
    return None


def network_problem(name: str) -> Problem | None:
    """Refuse a name the typed path would refuse: the same rule, whichever way it came in."""
    if name in _GOOD_NAMES:
        return None
    try:
        check_network_name(name)
    except InvalidAnswer:
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    # A printable name has nothing to escape; only one that is not needs the closer look.
    if not name.isprintable() and has_unsafe(name):
        return Problem("export_network_invalid", {"key": "network", "max": MAX_NETWORK_NAME})
    if len(_GOOD_NAMES) < MEMO_LIMIT:
        _GOOD_NAMES.add(name)
    return None
