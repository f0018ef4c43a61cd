"""The commands over stored assessments: historia, vertaa, yhteenveto and poista."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from verkosto.cli.app import (
    LangOption,
    QuestionsOption,
    handle_errors,
    load_instrument,
    protected_files,
)
from verkosto.cli.stored import (
    JsonFlag,
    NetworkFilter,
    history_db,
    known_networks,
    resolve,
    stored_label,
    warn_damaged,
)
from verkosto.cli.values import output_name
from verkosto.errors import InvalidInput
from verkosto.export.output import STDOUT, write_output
from verkosto.i18n.catalog import t
from verkosto.safetext import json_text

# The newest rows `historia` lists unless asked for all: a screenful, however long the history.
HISTORY_ROWS = 20

AllRowsFlag = Annotated[bool, typer.Option("--kaikki", "--all")]


def show_history(
    network: NetworkFilter = None,
    as_json: JsonFlag = False,
    all_rows: AllRowsFlag = False,
    export_to: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO", parser=output_name),
    ] = None,
    questions: QuestionsOption = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto historia`: list the stored assessments, newest first, and the trends."""
    with handle_errors(language) as lang:
        from verkosto import compare, history

        db = history_db()
        if export_to is not None:
            _export_history(db, network, export_to, questions, lang)
            return
        wanted = None if all_rows else HISTORY_ROWS
        stored, damaged = history.read(db, network, wanted=wanted)
        if network is not None and not stored and history.count(db):
            warn_damaged(damaged, lang)
            # A network the history does not know is a wrong name (exit 2, as documented).
            raise InvalidInput(
                "history_network_unknown", network=network, known=_network_names(db, lang)
            )
        total = history.count(db, network)
        # Not read at all: the older rows, which --kaikki shows.
        more = total - len(stored) - len(damaged)
        pairs = [(s.id, s.export) for s in stored]
        if as_json:
            series = _trend_series(db, wanted, network, damaged, lang)
            typer.echo(json_text(compare.history_to_dict(pairs, date.today(), series, more)))
        elif not stored:
            warn_damaged(damaged, lang)
            key = "history_network_empty" if network is not None else "history_empty"
            typer.echo(t(key, lang, network=network))
        else:
            _show_history(db, pairs, (len(stored), total), network, damaged, questions, lang)


def _export_history(
    db: Path, network: str | None, target: str, questions: Path | None, lang: str
) -> None:
    """Write the history (one network's, with `network`) to `target` as JSON Lines."""
    from verkosto import history

    rows, damaged = history.read(db, network, oldest=True)
    warn_damaged(damaged, lang)
    text = "".join(json_text(s.export, indent=None) + "\n" for s in rows)
    write_output(
        target,
        text,
        "history_export_failed",
        "history_export_failed",
        protected=protected_files(questions),
    )
    if target != STDOUT:
        typer.echo(t("history_exported", lang, count=len(rows), path=target))


def _show_history(
    db: Path,
    pairs: list[tuple[int, dict[str, Any]]],
    counts: tuple[int, int],
    network: str | None,
    damaged: list[Any],
    questions: Path | None,
    lang: str,
) -> None:
    """Print the history table, how many more there are, and each network's trend."""
    from verkosto import compare
    from verkosto.render.console import make_console
    from verkosto.render.history import history_view, trend_points, trend_view
    from verkosto.render.layout import message_view

    shown, total = counts
    instrument = load_instrument(questions)
    console = make_console()
    # A trend shows one point per assessment: no more than fit beside the dimension names.
    points = trend_points(instrument, lang, console.width)
    series = _trend_series(db, points, network, damaged, lang)
    # The first row of a network in the newest-first list is its latest overall.
    current = {items[0][0] for items in compare.by_network(pairs).values()}
    console.print(history_view(pairs, current, date.today(), lang, console.width, instrument))
    if total > shown + len(damaged):
        console.print(message_view(t("history_more", lang, shown=shown, total=total)))
    for items, count in series:
        oldest_first = [export for _, export in reversed(items)]
        found = compare.trends(oldest_first)
        if found:
            console.print(
                trend_view(
                    instrument, str(items[0][1].get("network")), found, count, lang, console.width
                )
            )


def _trend_series(
    db: Path, points: int | None, network: str | None, damaged: list[Any], lang: str
) -> list[tuple[list[tuple[int, dict[str, Any]]], int]]:
    """Return each network's latest `points` (id, export) and its number of assessments.

    Warns about the damaged rows met here and in the listing (`damaged`), each once.
    """
    from verkosto import history

    series, more_damaged = history.per_network(db, points, network, counted=True)
    seen = {row.id for row in damaged}
    warn_damaged(damaged + [row for row in more_damaged if row.id not in seen], lang)
    return [
        ([(s.id, s.export) for s in item.rows], item.total or len(item.rows)) for item in series
    ]


def _network_names(db: Path, lang: str) -> str:
    """Return the stored networks' names for a message about a wrong name."""
    from verkosto import history

    latest, damaged = history.per_network(db, 1)
    warn_damaged(damaged, lang)
    return known_networks([item.rows[0] for item in latest])


def compare_assessments(
    a: Annotated[str | None, typer.Argument(metavar="A")] = None,
    b: Annotated[str | None, typer.Argument(metavar="B")] = None,
    network: NetworkFilter = None,
    questions: QuestionsOption = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto vertaa`: compare two assessments (by default a network's last two)."""
    with handle_errors(language) as lang:
        from verkosto import compare
        from verkosto.export.names import network_key
        from verkosto.render.comparison import comparison_view
        from verkosto.render.console import make_console
        from verkosto.render.layout import message_view

        db = history_db()
        if (a is None) != (b is None):
            raise InvalidInput("compare_needs_two")
        pair = (
            _named_pair(db, a, b, lang)
            if a is not None and b is not None
            else _latest_pair(db, network, lang)
        )
        if pair is None:
            return
        (before, label_a), (after, label_b) = pair
        instrument = load_instrument(questions)
        console = make_console()
        name_a, name_b = str(before.get("network")), str(after.get("network"))
        if network_key(name_a) != network_key(name_b):
            console.print(
                message_view(t("compare_other_networks", lang, a=name_a, b=name_b), "yellow")
            )
        comparison = compare.compare(before, after, instrument)
        console.print(comparison_view(instrument, comparison, label_a, label_b, lang))
        versions = [compare.instrument_version(e) for e in (before, after)]
        if versions[0] != versions[1]:
            # Scores from two versions of the questions are not measured the same way.
            console.print(
                message_view(
                    t("compare_versions_differ", lang, a=versions[0] or "?", b=versions[1] or "?"),
                    "yellow",
                )
            )


Labelled = tuple[dict[str, Any], str]


def _named_pair(db: Path, a: str, b: str, lang: str) -> tuple[Labelled, Labelled]:
    """Return the two assessments `a` and `b` name, with their labels; raise InvalidInput."""
    before = resolve(db, a, lang)
    after = resolve(db, b, lang)
    if before[0] == after[0]:
        # The same assessment twice (1 and 1, or a file and its own copy): a comparison
        # would say only "unchanged".
        raise InvalidInput("compare_same", a=before[1], b=after[1])
    return before, after


def _latest_pair(db: Path, network: str | None, lang: str) -> tuple[Labelled, Labelled] | None:
    """Return the one network's last two assessments (None: said why there are none)."""
    from verkosto import history
    from verkosto.render.console import make_console
    from verkosto.render.layout import message_view

    # Two rows of the one network are all that is read (plus one per other network when
    # --verkosto is left out, to know there is only one).
    series, damaged = history.per_network(db, 2, network)
    warn_damaged(damaged, lang)
    if not series:
        if network is not None and history.count(db):
            raise InvalidInput(
                "history_network_unknown", network=network, known=_network_names(db, lang)
            )
        typer.echo(t("history_empty", lang))  # empty: said the same way everywhere
        return None
    if len(series) > 1:
        raise InvalidInput(
            "history_network_needed", known=known_networks([item.rows[0] for item in series])
        )
    items = series[0].rows
    if len(items) < 2:
        make_console().print(message_view(t("compare_too_few", lang, network=items[0].network)))
        return None
    return (
        (items[1].export, stored_label(items[1], lang)),
        (items[0].export, stored_label(items[0], lang)),
    )


def show_summary(
    as_json: JsonFlag = False,
    questions: QuestionsOption = None,
    language: LangOption = None,
) -> None:
    """Run `verkosto yhteenveto`: every network by its latest assessment, and hours in all."""
    with handle_errors(language) as lang:
        from verkosto import history, overview
        from verkosto.render.all_networks import summary_view
        from verkosto.render.console import make_console

        instrument = load_instrument(questions)
        # The latest readable row of each network, found through the network index.
        series, damaged = history.per_network(history_db(), 1)
        warn_damaged(damaged, lang)
        latest = [(item.rows[0].id, item.rows[0].export) for item in series]
        phase = instrument.scoring.phase
        summary = overview.summarise_networks(
            [(i, e) for i, e in latest],
            instrument.scoring.time.total_share_limit,
            (phase.question, phase.joining),
            instrument.scoring.time.dimension,
        )
        today = date.today()
        if as_json:
            typer.echo(json_text(overview.summary_to_dict(summary, today)))
            return
        if not series:
            typer.echo(t("history_empty", lang))
            return
        console = make_console()
        console.print(summary_view(summary, today, lang, console.width, instrument))
