"""Hour figures as people write them: "37,5 h/vko", "1:30", "8 h/kk", or a bare "8".

Pure reading, no checks against a question: `answers` decides what a question accepts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from verkosto.instrument.model import plain_number

# An hour figure, with or without its unit and period: "8", "1:30" (h:mm), "8 h", "8 tuntia",
# "8,5 h/kk", "8 hours/month", "37,5 h/vko", "37,5/vko", "37.5 h/week", "37,5 h viikossa",
# and in Swedish "2 timmar", "37,5 h i veckan", "37,5 timmar per vecka", "8 h/mån".
_HOURS = re.compile(
    r"^(?:(?P<number>[+-]?[0-9]{1,12}(?:[.,][0-9]{1,12})?)"
    r"|(?P<whole>[0-9]{1,6}):(?P<minutes>[0-5][0-9]))\s*"
    r"(?:(?:h|t|tunti|tuntia|hour|hours|hr|hrs|tim|timme|timmar)"
    r"(?:(?:\s*/\s*|\s+)(?:(?:i|per|a)\s+)?(?P<period>[a-zå]+))?"
    r"|(?:/\s*|(?:i|per|a)\s+)(?P<period_only>[a-zå]+))?$"
)
_MONTH_WORDS = frozenset(
    {"kk", "kuukausi", "kuukaudessa", "kuussa", "month", "mo", "mth", "mån", "månad", "månaden"}
)
_WEEK_WORDS = frozenset({"vko", "viikko", "viikossa", "week", "wk", "w", "vecka", "veckan", "v"})
# Hours per week to hours per month: 52 weeks in 12 months.
WEEKS_PER_MONTH = 52 / 12
# Total working hours: a bare figure in this range is plausible per week (part-time to long
# weeks) and also, for short part-time work, per month, so the interview asks which it is.
# From a file it is taken per month, as the question says, and the person is told so.
WEEK_OR_MONTH = (15.0, 60.0)


@dataclass(frozen=True)
class HourFigure:
    """An hour answer as written: the number and its period (week, month, or none given)."""

    number: float
    per: Literal["week", "month", "bare"]

    @property
    def monthly(self) -> float:
        """Return the hours a month (a weekly figure × 52/12, to one decimal)."""
        return round(self.number * WEEKS_PER_MONTH, 1) if self.per == "week" else self.number


def read_hours(text: str) -> HourFigure | None:
    """Read an hour figure ("37,5 h/vko", "1:30", "8 h/kk", "8"); None if it is not one."""
    match = _HOURS.match(unicodedata.normalize("NFC", text).strip().casefold())
    if match is None:
        return None
    if match.group("number") is not None:
        number = float(match.group("number").replace(",", "."))
    else:
        # h:mm to hours, rounded to a hundredth of an hour (36 seconds).
        number = round(int(match.group("whole")) + int(match.group("minutes")) / 60, 2)
    period = match.group("period") or match.group("period_only")
    if period is None:
        return HourFigure(number, "bare")
    if period in _WEEK_WORDS:
        return HourFigure(number, "week")
    if period in _MONTH_WORDS:
        return HourFigure(number, "month")
    return None


def shown_numbers(**values: float) -> dict[str, str]:
    """Return numbers for a message: `name` as written in English, `name_fi`/`_sv` with a comma."""
    shown: dict[str, str] = {}
    for name, value in values.items():
        text = plain_number(round(value, 2))
        shown[name] = text
        shown[f"{name}_fi"] = shown[f"{name}_sv"] = text.replace(".", ",")
    return shown
