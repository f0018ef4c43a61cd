"""The commands over stored assessments: historia, vertaa, yhteenveto and poista."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from verkosto.cli.app import LangOption, QuestionsOption, handle_errors, load_instrument
from verkosto.cli.stored import (
    JsonFlag,
    NetworkFilter,
    history_db,
    known_networks,
    resolve,
    stored_label,
    warn_damaged,
)
from verkosto.cli.terminal import terminal_of
from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.i18n import format_date, t
from verkosto.safetext import json_text

# The newest rows `historia` lists unless asked for all: a screenful, however long the history.
HISTORY_ROWS = 20

AllRowsFlag = Annotated[
    bool, typer.Option("--kaikki", "--all", help="Näytä kaikki arviot (oletuksena 20 uusinta).")
]


def historia(
    verkosto: NetworkFilter = None,
    as_json: JsonFlag = False,
    kaikki: AllRowsFlag = False,
    vie: Annotated[
        str | None,
        typer.Option("--vie", "--export", "-o", metavar="TIEDOSTO",
                     help="Vie koko historia JSON Lines -tiedostoon (- = vakiotuloste)."),
    ] = None,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Näytä tallennetut arviot uusin ensin ja verkostojen kehitys."""
    with handle_errors(kieli) as lang:
        from datetime import date

        from verkosto import compare, history, render
        from verkosto.export import STDOUT, write_output

        db = history_db()
        if vie is not None:
            rows, damaged = history.read(db, verkosto, oldest=True)
            warn_damaged(damaged, lang)
            text = "".join(json_text(s.export, indent=None) + "\n" for s in rows)
            from verkosto.cli.app import protected_files

            write_output(vie, text, "history_export_failed", "history_export_failed",
                         protected=protected_files(kysymykset))
            if vie == STDOUT:
                return
            typer.echo(t("history_exported", lang, count=len(rows), path=vie))
            return
        wanted = None if kaikki else HISTORY_ROWS
        stored, damaged = history.read(db, verkosto, wanted=wanted)
        if verkosto is not None and not stored and history.count(db):
            warn_damaged(damaged, lang)
            # A network the history does not know is a wrong name (exit 2, as documented).
            raise InvalidInput("history_network_unknown", network=verkosto,
                               known=_network_names(db, lang))
        total = history.count(db, verkosto)
        # Not read at all: the older rows, which --kaikki shows.
        more = total - len(stored) - len(damaged)
        pairs = [(s.id, s.export) for s in stored]
        today = date.today()
        if as_json:
            series = _trend_series(db, wanted, verkosto, damaged, lang)
            typer.echo(json_text(compare.history_to_dict(pairs, today, series, more)))
            return
        if not stored:
            warn_damaged(damaged, lang)
            key = "history_network_empty" if verkosto is not None else "history_empty"
            typer.echo(t(key, lang, network=verkosto))
            return
        instrument = load_instrument(kysymykset)
        console = render.make_console()
        # A trend shows one point per assessment: no more than fit beside the dimension names.
        points = render.trend_points(instrument, lang, console.width)
        series = _trend_series(db, points, verkosto, damaged, lang)
        # The first row of a network in the newest-first list is its latest overall.
        current = {items[0][0] for items in compare.by_network(pairs).values()}
        console.print(render.history_view(pairs, current, today, lang, console.width,
                                          instrument))
        if more > 0:
            console.print(render.message_view(t("history_more", lang, shown=len(stored),
                                                total=total)))
        for items, count in series:
            oldest_first = [export for _, export in reversed(items)]
            found = compare.trends(oldest_first)
            if found:
                console.print(render.trend_view(instrument, str(items[0][1].get("network")),
                                                found, count, lang, console.width))


def _trend_series(db: Path, points: int | None, network: str | None, damaged: list[Any],
                  lang: str) -> list[tuple[list[tuple[int, dict[str, Any]]], int]]:
    """Return each network's latest `points` (id, export) and its number of assessments.

    Warns about the damaged rows met here and in the listing (`damaged`), each once.
    """
    from verkosto import history

    series, more_damaged = history.per_network(db, points, network, counted=True)
    seen = {row.id for row in damaged}
    warn_damaged(damaged + [row for row in more_damaged if row.id not in seen], lang)
    return [([(s.id, s.export) for s in item.rows], item.total or len(item.rows))
            for item in series]


def _network_names(db: Path, lang: str) -> str:
    """Return the stored networks' names for a message about a wrong name."""
    from verkosto import history

    latest, damaged = history.per_network(db, 1)
    warn_damaged(damaged, lang)
    return known_networks([item.rows[0] for item in latest])


def vertaa(
    a: Annotated[
        str | None,
        typer.Argument(metavar="A",
                       help="Aiempi arvio: tallennetun arvion numero tai JSON-vientitiedosto "
                            "(polussa / tai pääte .json; oletus: verkoston toiseksi "
                            "viimeisin)."),
    ] = None,
    b: Annotated[
        str | None,
        typer.Argument(metavar="B",
                       help="Myöhempi arvio: numero tai JSON-vientitiedosto "
                            "(oletus: verkoston viimeisin)."),
    ] = None,
    verkosto: NetworkFilter = None,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Vertaa kahta arviota: ulottuvuudet, tunnit, tasapaino, suositus ja muuttuneet vastaukset."""
    with handle_errors(kieli) as lang:
        from verkosto import compare, history, render
        from verkosto.export.names import network_key

        db = history_db()
        if (a is None) != (b is None):
            raise InvalidInput("compare_needs_two")
        if a is not None and b is not None:
            before, label_a = resolve(db, a, lang)
            after, label_b = resolve(db, b, lang)
            if before == after:
                # The same assessment twice (1 and 1, or a file and its own copy): a
                # comparison would say only "unchanged".
                raise InvalidInput("compare_same", a=label_a, b=label_b)
        else:
            # Two rows of the one network are all that is read (plus one per other network
            # when --verkosto is left out, to know there is only one).
            series, damaged = history.per_network(db, 2, verkosto)
            warn_damaged(damaged, lang)
            if not series:
                if verkosto is not None and history.count(db):
                    raise InvalidInput("history_network_unknown", network=verkosto,
                                       known=_network_names(db, lang))
                typer.echo(t("history_empty", lang))  # empty: said the same way everywhere
                return
            if len(series) > 1:
                raise InvalidInput("history_network_needed",
                                   known=known_networks([item.rows[0] for item in series]))
            items = series[0].rows
            if len(items) < 2:
                render.make_console().print(render.message_view(
                    t("compare_too_few", lang, network=items[0].network)))
                return
            before, label_a = items[1].export, stored_label(items[1], lang)
            after, label_b = items[0].export, stored_label(items[0], lang)
        instrument = load_instrument(kysymykset)
        console = render.make_console()
        name_a, name_b = str(before.get("network")), str(after.get("network"))
        if network_key(name_a) != network_key(name_b):
            console.print(render.message_view(
                t("compare_other_networks", lang, a=name_a, b=name_b), "yellow"))
        comparison = compare.compare(before, after, instrument)
        console.print(render.comparison_view(instrument, comparison, label_a, label_b, lang))
        versions = [compare.instrument_version(e) for e in (before, after)]
        if versions[0] != versions[1]:
            # Scores from two versions of the questions are not measured the same way.
            console.print(render.message_view(
                t("compare_versions_differ", lang, a=versions[0] or "?", b=versions[1] or "?"),
                "yellow"))


def yhteenveto(
    as_json: JsonFlag = False,
    kysymykset: QuestionsOption = None,
    kieli: LangOption = None,
) -> None:
    """Näytä kaikki verkostosi viimeisimmän arvion mukaan, tunnit yhteensä ja mitä keventää."""
    with handle_errors(kieli) as lang:
        from datetime import date

        from verkosto import compare, history, render

        instrument = load_instrument(kysymykset)
        # The latest readable row of each network, found through the network index.
        series, damaged = history.per_network(history_db(), 1)
        warn_damaged(damaged, lang)
        latest = [(item.rows[0].id, item.rows[0].export) for item in series]
        phase = instrument.scoring.phase
        summary = compare.summarise_networks(
            [(i, e) for i, e in latest], instrument.scoring.time.total_share_limit,
            (phase.question, phase.joining), instrument.scoring.time.dimension,
        )
        today = date.today()
        if as_json:
            typer.echo(json_text(compare.summary_to_dict(summary, today)))
            return
        if not series:
            typer.echo(t("history_empty", lang))
            return
        console = render.make_console()
        console.print(render.summary_view(summary, today, lang, console.width, instrument))


def poista(
    ctx: typer.Context,
    tunnus: Annotated[
        int | None,
        typer.Argument(metavar="NRO", help="Poistettavan arvion numero (verkosto historia)."),
    ] = None,
    kaikki: Annotated[
        bool, typer.Option("--kaikki", "--all", help="Poista kaikki tallennetut arviot.")
    ] = False,
    kylla: Annotated[
        bool, typer.Option("--kylla", "--yes", "-y", help="Älä kysy vahvistusta.")
    ] = False,
    kieli: LangOption = None,
) -> None:
    """Poista yksi arvio tai kaikki arviot pysyvästi historiasta."""
    with handle_errors(kieli) as lang:
        from verkosto import history, render
        from verkosto.export.check import completed_on
        from verkosto.interview import YES_WORDS

        if (tunnus is None) == (not kaikki):
            raise InvalidInput("delete_id_or_all")
        if tunnus is not None and tunnus > 0:
            from verkosto.cli.stored import check_id

            check_id(str(tunnus))
        db = history_db()
        console = render.make_console()
        network = ""
        if tunnus is not None:
            found = history.find(db, tunnus)
            if found is None:
                raise InvalidInput("id_not_found", id=tunnus)
            if isinstance(found, history.Damaged):
                # A damaged row has no trustworthy name or date, but it can still go.
                network = t("history_damaged_label", lang)
                day = None
            else:
                network = found.network
                day = completed_on(found.export)
            question = t("delete_confirm_one", lang, id=tunnus, network=network,
                         date=format_date(day, lang) if day else "–")
        else:
            from verkosto import store

            good, bad = history.read(db)
            count = len(good) + len(bad)
            files = store.private_files(db.parent)
            if count == 0 and not files:
                console.print(render.message_view(t("history_empty", lang)))
                return
            # Drafts and kept copies hold the same names and answers: "all" means them too,
            # wherever they were made (the temp folder too, when the data folder failed).
            question = t("delete_confirm_all", lang, count=count)  # t() picks "_one" for 1
            if files:
                question = t("delete_confirm_all_files", lang, count=count,
                             files=_file_counts([kind for kind, _ in files], lang))
        if not kylla:
            try:
                answer = terminal_of(ctx).read_line(console, render.confirm_prompt(question))
            except EOFError:
                raise Interrupted("delete_not_confirmed") from None
            # Deleting for good: only a yes deletes, never an empty answer ([k/E]).
            if answer.strip().casefold() not in YES_WORDS:
                console.print(render.message_view(t("delete_cancelled", lang)))
                return
        if tunnus is not None:
            history.delete(db, tunnus)
            console.print(render.message_view(
                t("deleted_one", lang, id=tunnus, network=network, path=db)))
        else:
            if count:
                deleted = history.delete_all(db)
                console.print(render.message_view(t("deleted_all", lang, count=deleted,
                                                    path=db)))
            if files:
                removed, failed = store.remove_private_files(db.parent)
                for folder, kinds in _by_folder(removed).items():
                    console.print(render.message_view(t(
                        "deleted_files", lang, files=_file_counts(kinds, lang), folder=folder)))
                if failed:
                    raise OperationFailed("delete_files_failed", count=len(failed),
                                          path=str(failed[0]))


def _file_counts(kinds: list[str], lang: str) -> str:
    """Return how many files of each kind, in words: "2 luonnosta, 1 varakopio"."""
    from verkosto.store import KIND_DRAFT, KIND_KEPT, KIND_TEMPORARY

    parts = []
    for kind, key in ((KIND_DRAFT, "files_draft"), (KIND_KEPT, "files_kept"),
                      (KIND_TEMPORARY, "files_temporary")):
        count = kinds.count(kind)
        if count:
            parts.append(t(key, lang, count=count))
    return ", ".join(parts)


def _by_folder(removed: list[tuple[str, Path]]) -> dict[str, list[str]]:
    """Group removed files' kinds by the folder they were in, in the order met."""
    folders: dict[str, list[str]] = {}
    for kind, path in removed:
        folders.setdefault(str(path.parent), []).append(kind)
    return folders
