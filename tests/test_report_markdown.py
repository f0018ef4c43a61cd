"""The Markdown report reads as plain text: a CommonMark parser gives every text back as it is."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from verkosto.report.compose import build, gather
from verkosto.report.formats import to_markdown
from verkosto.safetext import visible

from helpers import make_export

# CommonMark with GitHub's tables and strikethrough, the places a report is pasted into.
PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# Stands for anything but text in a parsed run; no text given to the report contains it.
MARK = "\x00"

HOSTILE = [
    "<script>alert(1)</script> & *kumppanit*",
    "![kuva](http://x) $x$ ^a^ {b}",
    "`koodi` _alku_ __vahva__ ~~yli~~ ~yksi~ [linkki][1]",
    "[x]: http://esim.fi",
    "<http://esim.fi> <!-- kommentti --> <div>",
    "# otsikko",
    "- lista",
    "+ plus",
    "1. numero",
    "2) toinen",
    "> lainaus",
    "---",
    "***",
    "```",
    "~~~",
    "Verkosto ##",
    "a | b | c",
    "&amp; &#38; &copy;",
    "\\ takakeno \\* ja lopussa \\",
    "oma_verkosto_2026",
    "5 * 3 = 15",
    "    sisennetty koodiksi",
    "rivi\n\nkappale\n===",
]


def one_line(text: str) -> str:
    """Return `text` with runs of white space as one space, keeping no-break spaces."""
    return re.sub(r"[^\S\u00a0\u202f]+", " ", text).strip(" ")


def texts_of(markdown: str) -> list[str]:
    """Return the plain text of every inline run the parser finds (strong emphasis ignored).

    Anything else inside a run (a link, code, HTML, emphasis the report did not write) is
    kept as a marker, so that it can never pass for text.
    """
    found = []
    for token in PARSER.parse(markdown):
        if token.type != "inline":
            continue
        parts = []
        for child in token.children or []:
            if child.type == "text":
                parts.append(child.content)
            elif child.type not in ("strong_open", "strong_close"):
                parts.append(f"{MARK}{child.type}{MARK}")
        found.append("".join(parts))
    return found


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_names_and_notes_come_back_as_they_were_written(bundled, text):
    data = make_export(bundled, network=text, huomiot=text)
    markdown = build(data, bundled, "fi", "md", include_free_text=True)
    found = texts_of(markdown)
    # Names are shown with control characters visible; a line of Markdown keeps no runs of
    # spaces, and a note is one line.
    assert f"Verkostoarvio: {' '.join(visible(text).split())}" in found
    assert " ".join(text.split()) in found
    assert not [t for t in found if MARK in t]


def test_parentheses_and_plain_punctuation_are_not_escaped(bundled):
    markdown = build(make_export(bundled), bundled, "fi", "md")
    assert "(150\u00a0h/kk)" in markdown
    assert "\\(" not in markdown and "\\)" not in markdown and "\\." not in markdown
    assert "\\!" not in markdown and "\\-" not in markdown


def test_every_text_of_the_report_reads_back_unchanged(bundled):
    data = make_export(bundled, network="Pienten järjestöjen (ry) verkosto", scale=2)
    gathered = gather(data, bundled, "fi")
    found = texts_of(to_markdown(gathered))
    expected = [
        gathered.title,
        gathered.meta,
        *gathered.reasons,
        *gathered.steps,
        *gathered.agenda,
        *gathered.changes,
        gathered.footer,
        *(cell for row in gathered.answers for cell in row),
        *(r.title for r in gathered.dimensions),
    ]
    missing = [text for text in expected if one_line(text) not in found]
    assert not missing
    assert f"Suositus: {gathered.verdict}" in found


# Letters, digits, space and every ASCII character that means something in Markdown.
markdownish = st.text(
    alphabet=st.sampled_from(list("ab1 2.)(-+*_`[]<>!#&;|~$\\=:/^{}\"'ä0")), min_size=1, max_size=24
).filter(lambda s: s.strip())


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=markdownish)
def test_any_text_in_any_place_comes_back_unchanged(bundled, text):
    base = gather(make_export(bundled), bundled, "fi")
    gathered = replace(
        base, title=text, verdict=text, reasons=(text, text), steps=(text,), answers=((text, text),)
    )
    found = texts_of(to_markdown(gathered))
    plain = " ".join(text.split())
    # As the heading, as a list item, as a numbered step, as a table cell, in bold.
    assert found.count(plain) >= 5, (text, found)
    assert f"Suositus: {plain}" in found
    assert not [t for t in found if MARK in t]
