"""`verkosto poista`: delete one stored assessment, or all of them and the files kept beside."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from verkosto.cli.app import LangOption, handle_errors
from verkosto.cli.stored import check_id, history_db
from verkosto.cli.terminal import terminal_of
from verkosto.cli.values import whole_number
from verkosto.errors import Interrupted, InvalidInput, OperationFailed
from verkosto.i18n.catalog import t
from verkosto.i18n.formatting import format_date
from verkosto.store import KIND_DRAFT, KIND_KEPT, KIND_TEMPORARY

if TYPE_CHECKING:
    from rich.console import Console


def delete(
    ctx: typer.Context,
    number: Annotated[int | None, typer.Argument(metavar="NRO", parser=whole_number)] = None,
    delete_all: Annotated[bool, typer.Option("--kaikki", "--all")] = False,
    yes: Annotated[bool, typer.Option("--kylla", "--yes", "-y")] = False,
    language: LangOption = None,
) -> None:
    """Run `verkosto poista`: ask, then delete one assessment or everything kept."""
    with handle_errors(language) as lang:
        from verkosto.render.console import make_console
        from verkosto.render.layout import message_view

        if (number is None) == (not delete_all):
            raise InvalidInput("delete_id_or_all")
        db = history_db()
        console = make_console()
        if number is not None:
            network, question = _one(db, number, lang)
        else:
            counted = _everything(db, lang)
            if counted is None:
                console.print(message_view(t("history_empty", lang)))
                return
            count, files, question, damaged = counted
        if not yes and not _confirmed(ctx, console, question, lang):
            console.print(message_view(t("delete_cancelled", lang)))
            return
        if number is not None:
            _delete_one(db, number, network, console, lang)
        else:
            _delete_everything(db, count, files, damaged, console, lang)


def _one(db: Path, number: int, lang: str) -> tuple[str, str]:
    """Return the network of assessment `number` and the question to confirm its deletion."""
    from verkosto import history
    from verkosto.export.check import completed_on

    if number > 0:
        check_id(str(number))
    found = history.find(db, number)
    if found is None:
        raise InvalidInput("id_not_found", id=number)
    if isinstance(found, history.Damaged):
        # A damaged row has no trustworthy name or date, but it can still go.
        network = t("history_damaged_label", lang)
        day = None
    else:
        network = found.network
        day = completed_on(found.export)
    return network, t(
        "delete_confirm_one",
        lang,
        id=number,
        network=network,
        date=format_date(day, lang) if day else "–",
    )


def _everything(db: Path, lang: str) -> tuple[int, list[str], str, bool] | None:
    """Return the count, the kinds of files, the question and whether the history is damaged.

    None: there is nothing to delete.

    Drafts and kept copies hold the same names and answers: "all" means them too, wherever
    they were made (the temp folder too, when the data folder failed). A history file SQLite
    cannot read has no assessments to count, but "all" means it too.
    """
    from verkosto import history, store
    from verkosto.history_failures import DamagedFile

    kinds = [kind for kind, _ in store.private_files(db.parent)]
    try:
        good, bad = history.read(db)
    except DamagedFile:
        key = "delete_confirm_damaged_files" if kinds else "delete_confirm_damaged"
        files = _file_counts(kinds, lang)
        return (
            0,
            kinds,
            t(key, lang, path=db, files=files) if kinds else t(key, lang, path=db),
            True,
        )
    count = len(good) + len(bad)
    if count == 0 and not kinds:
        return None
    if kinds:
        key = "delete_confirm_all_files_one" if count == 1 else "delete_confirm_all_files"
        question = t(key, lang, count=count, files=_file_counts(kinds, lang))
    else:
        key = "delete_confirm_all_one" if count == 1 else "delete_confirm_all"
        question = t(key, lang, count=count)
    return count, kinds, question, False


def _confirmed(ctx: typer.Context, console: Console, question: str, lang: str) -> bool:
    """Ask `question`; only a yes deletes, never an empty answer ([k/E])."""
    from verkosto.interview import YES_WORDS
    from verkosto.render.layout import confirm_prompt

    try:
        answer = terminal_of(ctx).read_line(console, confirm_prompt(question))
    except EOFError:
        raise Interrupted("delete_not_confirmed") from None
    return answer.strip().casefold() in YES_WORDS


def _delete_one(db: Path, number: int, network: str, console: Console, lang: str) -> None:
    from verkosto import history
    from verkosto.render.layout import message_view

    history.delete(db, number)
    console.print(message_view(t("deleted_one", lang, id=number, network=network, path=db)))


def _delete_everything(
    db: Path, count: int, kinds: list[str], damaged: bool, console: Console, lang: str
) -> None:
    from verkosto import history, store
    from verkosto.history_failures import remove_damaged
    from verkosto.render.layout import message_view

    if damaged:
        remove_damaged(db)
        console.print(message_view(t("deleted_damaged", lang, path=db)))
    if count:
        deleted = history.delete_all(db)
        console.print(message_view(t("deleted_all", lang, count=deleted, path=db)))
    if not kinds:
        return
    removed, failed = store.remove_private_files(db.parent)
    for folder, removed_kinds in _by_folder(removed).items():
        console.print(
            message_view(
                t("deleted_files", lang, files=_file_counts(removed_kinds, lang), folder=folder)
            )
        )
    if failed:
        raise OperationFailed("delete_files_failed", count=len(failed), path=str(failed[0]))


def _file_counts(kinds: list[str], lang: str) -> str:
    """Return how many files of each kind, in words: "2 luonnosta, 1 varakopio"."""
    parts = []
    for kind, key in (
        (KIND_DRAFT, "files_draft"),
        (KIND_KEPT, "files_kept"),
        (KIND_TEMPORARY, "files_temporary"),
    ):
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
