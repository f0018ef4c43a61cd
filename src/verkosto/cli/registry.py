"""Every command's name, module and function, in the order `verkosto --help` lists them.

Like pip's `commands_dict`: a command's module is imported only when that command runs,
so `verkosto --help` lists them all without importing any (see cli/helpformat.Group).
"""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str]] = {
    "arvioi": ("verkosto.cli.assess", "assess"),
    "tarkista": ("verkosto.cli.questions", "check"),
    "kysymykset": ("verkosto.cli.questions", "show_questions"),
    "historia": ("verkosto.cli.history", "show_history"),
    "vertaa": ("verkosto.cli.history", "compare_assessments"),
    "yhteenveto": ("verkosto.cli.history", "show_summary"),
    "raportti": ("verkosto.cli.report", "report"),
    "poista": ("verkosto.cli.delete", "delete"),
    "kooste": ("verkosto.cli.kooste", "kooste"),
    "selain": ("verkosto.cli.browser", "browser"),
    "lomake": ("verkosto.cli.form", "form"),
}
