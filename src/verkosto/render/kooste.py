"""The organisation's summary of many exports (`verkosto kooste`) and its progress bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import number, percent
from verkosto.render.console import make_console
from verkosto.render.layout import MAX_WIDTH
from verkosto.safetext import visible

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.progress import Progress


# What each verdict was called for a member, and for someone only considering joining.
_MEMBER_VERDICT_KEYS = {
    "invest": "kooste_verdict_invest",
    "continue": "kooste_verdict_continue",
    "lighten": "kooste_verdict_lighten",
    "give_time": "kooste_verdict_give_time",
    "leave": "kooste_verdict_leave",
    "incomplete": "kooste_verdict_incomplete",
}
_JOINING_VERDICT_KEYS = {
    "invest": "kooste_joining_invest",
    "continue": "kooste_joining_continue",
    "lighten": "kooste_joining_lighten",
    "give_time": "kooste_joining_give_time",
    "leave": "kooste_joining_leave",
    "incomplete": "kooste_joining_incomplete",
}


def _counts(counts: dict[str, int], lang: str, members: bool, joining: bool) -> str:
    """Return verdict counts in words, named as they were said to members, joiners or both.

    `kooste_verdict_<id>` is what a verdict was called for a member, `kooste_joining_<id>`
    for someone only considering joining ("invest" said to a joiner was "join and take an
    active part").
    """

    def label(verdict: str) -> str:
        said = []
        if members:
            said.append(t(_MEMBER_VERDICT_KEYS[verdict], lang))
        if joining:
            said.append(t(_JOINING_VERDICT_KEYS[verdict], lang))
        return " / ".join(said)

    return " · ".join(f"{label(verdict)} {count}" for verdict, count in counts.items() if count)


def verdict_lines(network: dict[str, Any], lang: str, minimum: int) -> list[str]:
    """Return a shown network's verdicts, members' and joiners' apart when both may be shown."""
    joining = network.get("joining") or 0
    if not joining:
        return [
            f"{t('kooste_verdicts', lang)}: "
            f"{_counts(network['verdicts'], lang, members=True, joining=False)}"
        ]
    members_said, joining_said = network.get("verdicts_members"), network.get("verdicts_joining")
    if members_said is None or joining_said is None:
        # Too few in one group to show apart: each count names both ways it was said.
        return [
            f"{t('kooste_verdicts', lang)}: "
            f"{_counts(network['verdicts'], lang, members=True, joining=True)}",
            t("kooste_joining_together", lang, count=joining, min=minimum),
        ]
    lines = []
    if any(members_said.values()):
        lines.append(
            f"{t('kooste_verdicts_members', lang)}: "
            f"{_counts(members_said, lang, members=True, joining=False)}"
        )
    lines.append(
        f"{t('kooste_verdicts_joining', lang)}: "
        f"{_counts(joining_said, lang, members=False, joining=True)}"
    )
    return lines


def kooste_view(summary: dict[str, Any], titles: dict[str, str], lang: str) -> RenderableType:
    """Return the organisation's summary: a row per network, then each one's verdicts and scores."""
    from rich import box
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.table import Table
    from rich.text import Text

    def table(title_key: str) -> Table:
        return Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            title=Text(t(title_key, lang), style="bold"),
            title_justify="left",
        )

    minimum = summary["min_respondents"]
    overview = table("kooste_title")
    overview.add_column(t("kooste_col_network", lang), ratio=1, min_width=16, overflow="fold")
    overview.add_column(t("kooste_col_respondents", lang), justify="right", max_width=11)
    overview.add_column(t("kooste_col_worth", lang), justify="right", max_width=9)
    overview.add_column(t("kooste_col_hours", lang), justify="right", max_width=14)
    shown = []
    for network in summary["networks"]:
        name = Text(visible(network["network"]))
        count = Text(str(network["respondents"]))
        if network["suppressed"]:
            overview.add_row(name, count, Text("–", style="dim"), Text("–", style="dim"))
            continue
        shown.append(network)
        hours = network["hours_per_month"]
        overview.add_row(
            name,
            count,
            Text(percent(network["worth_it_share"], lang)),
            Text(
                f"{number(hours['median'], lang, 1)} "
                f"({number(hours['total'], lang, 1, strip=True)})"
            ),
        )
    parts: list[RenderableType] = [overview]
    if shown:
        details = table("kooste_dims_title")
        details.add_column(t("dimension", lang), ratio=1, min_width=16, overflow="fold")
        # "Genomsnitt" is ten letters: a header is not cut in any language.
        details.add_column(t("kooste_col_mean", lang), justify="right", max_width=10)
        details.add_column(t("kooste_col_sd", lang), justify="right", max_width=9)
        details.add_column(t("kooste_col_n", lang), justify="right", no_wrap=True)
        for network in shown:
            details.add_row(Text(visible(network["network"]), style="bold"))
            for line in verdict_lines(network, lang, minimum):
                details.add_row(Text(line, style="italic"))
            for did in summary["dimensions"]:
                figures = network["dimensions"][did]
                details.add_row(
                    Text(titles.get(did, did)),
                    Text(number(figures["mean"], lang, 2)),
                    Text(number(figures["sd"], lang, 2)),
                    Text(str(figures["n"])),
                )
            details.add_row()
        parts += [Text(""), details]
    note = t("kooste_note", lang, min=minimum)
    parts += [Text(note, style="dim")]
    return Constrain(Group(*parts), width=MAX_WIDTH)


def kooste_progress(lang: str) -> Progress:
    """Return a progress bar on stderr for reading many exports."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn(t("kooste_progress", lang), markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        console=make_console(stderr=True),
        transient=True,
    )
