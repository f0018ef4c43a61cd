"""The command line: one small app module, and one module per group of commands.

The commands are registered here, in the order `verkosto --help` lists them.
"""

from __future__ import annotations

from verkosto.cli import assess, history, kooste, questions, report
from verkosto.cli.app import app, main, usage_error_text
from verkosto.cli.helpformat import Command

__all__ = ["app", "main", "usage_error_text"]

for _name, _function in (
    ("arvioi", assess.arvioi),
    ("tarkista", questions.tarkista),
    ("kysymykset", questions.kysymykset),
    ("historia", history.historia),
    ("vertaa", history.vertaa),
    ("yhteenveto", history.yhteenveto),
    ("raportti", report.raportti),
    ("poista", history.poista),
    ("kooste", kooste.kooste),
):
    app.command(_name, cls=Command)(_function)
