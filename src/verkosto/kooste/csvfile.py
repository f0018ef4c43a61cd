"""The kooste as a CSV file for a spreadsheet, in the person's language.

The column names and the yes/no cells are words in the person's language, chosen where the
file is written; the ids stay in `kooste --json`, whose schema names them. Numbers follow the
language as a spreadsheet of that language reads them: in Finnish and Swedish `;`, decimal
commas and a byte-order mark, in English plain `,` and `.` CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import FINLAND_STYLE
from verkosto.kooste.summary import MIN_RESPONDENTS, VERDICTS

_VERDICT_KEYS = {
    "invest": "kooste_verdict_invest",
    "continue": "kooste_verdict_continue",
    "lighten": "kooste_verdict_lighten",
    "give_time": "kooste_verdict_give_time",
    "leave": "kooste_verdict_leave",
    "incomplete": "kooste_verdict_incomplete",
}


def _text_cell(text: str) -> str:
    """Keep a text in a spreadsheet: one that starts like a formula gets a leading '."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_header(
    dimensions: Sequence[str], titles: Mapping[str, str], lang: str, minimum: int = MIN_RESPONDENTS
) -> list[str]:
    """Return the CSV's column names: fixed ones, then n, mean and sd of each dimension."""
    header = [
        t(key, lang, min=minimum)
        for key in (
            "kooste_csv_network",
            "kooste_csv_respondents",
            "kooste_csv_suppressed",
            "kooste_csv_worth_it_share",
        )
    ]
    header += [
        t("kooste_csv_verdict", lang, verdict=t(_VERDICT_KEYS[verdict], lang))
        for verdict in VERDICTS
    ]
    header += [
        t(key, lang)
        for key in ("kooste_csv_hours_n", "kooste_csv_hours_median", "kooste_csv_hours_total")
    ]
    for did in dimensions:
        title = titles.get(did, did)  # a dimension the questions file does not know: its id
        header += [
            t("kooste_csv_dimension_n", lang, dimension=title),
            t("kooste_csv_dimension_mean", lang, dimension=title),
            t("kooste_csv_dimension_sd", lang, dimension=title),
        ]
    return [_text_cell(name) for name in header]


def to_csv(summary: Mapping[str, Any], titles: Mapping[str, str], lang: str) -> str:
    """Return the summary as CSV text, one row per network; hidden figures are empty cells.

    `titles` names the dimensions (id → title in `lang`).
    """
    finnish = lang in FINLAND_STYLE  # Swedish spreadsheets in Finland read `;` and 2,5 too
    buffer = io.StringIO()
    if finnish:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n", delimiter=";" if finnish else ",")
    order = summary["dimensions"]
    writer.writerow(csv_header(order, titles, lang, summary["min_respondents"]))
    yes, no = t("kooste_csv_yes", lang), t("kooste_csv_no", lang)

    def cell(value: object) -> object:
        if value is None:
            return ""
        if isinstance(value, bool):
            return yes if value else no
        if finnish and isinstance(value, float):
            return repr(value).replace(".", ",")
        return value

    for network in summary["networks"]:
        verdicts = network["verdicts"] or {}
        hours = network["hours_per_month"] or {}
        dims = network["dimensions"] or {}
        row: list[object] = [
            _text_cell(network["network"]),
            network["respondents"],
            network["suppressed"],
            network["worth_it_share"],
        ]
        row += [verdicts.get(verdict) for verdict in VERDICTS]
        row += [hours.get("n"), hours.get("median"), hours.get("total")]
        for did in order:
            dim = dims.get(did) or {}
            row += [dim.get("n"), dim.get("mean"), dim.get("sd")]
        writer.writerow([cell(value) for value in row])
    return buffer.getvalue()
