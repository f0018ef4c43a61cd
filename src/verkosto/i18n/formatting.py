"""Numbers, shares, dates and operating-system reasons in the person's language (no I/O)."""

from __future__ import annotations

from datetime import date, datetime

from verkosto.i18n.texts import DEFAULT_LANGUAGE
from verkosto.i18n.texts.errors import OS_REASONS, OS_REASONS_BY_NAME

# Finnish and Finland-Swedish write numbers, dates and times alike: 2,5 h, 15 %, 6.12.2026,
# 13.15 (the words around them, "klo" or "kl.", are in the `date_time` text). English: 2.5,
# 15%, ISO dates and 13:15.
FINLAND_STYLE = ("fi", "sv")


def os_reason(error: OSError, lang: str) -> str:
    """Describe why a file operation failed, in `lang` where the reason is a known one."""
    import errno

    known = OS_REASONS.get(error.errno or 0) or OS_REASONS_BY_NAME.get(
        errno.errorcode.get(error.errno or 0, "")
    )
    if known is not None:
        return known.get(lang) or known[DEFAULT_LANGUAGE]
    return error.strerror or str(error)


def number(value: float | None, lang: str, digits: int = 1, strip: bool = False) -> str:
    """Format a number: decimal comma in Finnish and Swedish; `strip` drops trailing zeros."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang in FINLAND_STYLE else text


def percent(share: float | None, lang: str) -> str:
    """Format a share (0.091) as "9,1 %" (no-break space) in fi and sv, "9.1%" in English."""
    if share is None:
        return "–"
    value = number(share * 100, lang, 1, strip=True)
    return f"{value}\u00a0%" if lang in FINLAND_STYLE else f"{value}%"


def format_date(day: date | None, lang: str) -> str:
    """Format a date as people write it: 27.11.2026 in fi and sv, ISO in English; '–' if none."""
    if day is None:
        return "–"
    return f"{day.day}.{day.month}.{day.year}" if lang in FINLAND_STYLE else day.isoformat()


def format_time(moment: datetime, lang: str) -> str:
    """Format a date and time: 27.11.2026 klo 10.15 (sv: kl. 10.15), ISO-like in English."""
    from verkosto.i18n.catalog import t  # catalog imports this module: look it up late

    clock = f"{moment.hour}.{moment.minute:02d}" if lang in FINLAND_STYLE else f"{moment:%H:%M}"
    return t("date_time", lang, date=format_date(moment.date(), lang), time=clock)
