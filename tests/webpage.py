"""Read the assessment's pages as a browser would, and answer them as a person would.

`parse` turns a page into a small tree (html.parser only); `walk` answers every page from
an answer set by choosing the radio button or typing into the field the page shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from verkosto.instrument.model import Instrument
from verkosto.web import pages

VOID = {"input", "meta", "link", "br", "img", "hr", "source", "area", "col", "wbr"}


@dataclass
class Node:
    """One element: its tag, attributes, children and the text directly inside it."""

    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def walk(self) -> list[Node]:
        """Return this element and every element inside it, in document order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def find(self, tag: str, **attrs: str) -> list[Node]:
        """Return the elements inside with this tag and these attribute values."""
        return [
            n
            for n in self.walk()
            if n.tag == tag and all(n.attrs.get(k) == v for k, v in attrs.items())
        ]

    def text(self) -> str:
        """Return all text inside, joined as a reader would hear it."""
        parts = list(self.texts)
        for child in self.children:
            parts.append(child.text())
        return " ".join(" ".join(parts).split())

    def ancestors(self) -> list[Node]:
        """Return the elements around this one, nearest first."""
        found = []
        node = self.parent
        while node is not None:
            found.append(node)
            node = node.parent
        return found


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v if v is not None else "" for k, v in attrs}, self.current)
        if "id" in node.attrs:
            self.ids.append(node.attrs["id"])
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        assert self.current is node, f"</{tag}> closes <{self.current.tag}>"
        self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.texts.append(data)


@dataclass
class Page:
    """A parsed page, with its element ids in order (to find repeated ones)."""

    root: Node
    ids: list[str]


def parse(html: str) -> Page:
    """Parse a page; unbalanced tags fail the test."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"<{builder.current.tag}> left open"
    return Page(builder.root, builder.ids)


def typed(question_type: str, value: Any, lang: str) -> str:
    """Return what a person types or chooses for an answer value."""
    if value is None:
        return "0" if question_type == "scale" else ""
    if isinstance(value, float):
        text = f"{value:g}"
        return text if lang == "en" else text.replace(".", ",")
    return str(value)


def answer_page(
    instrument: Instrument,
    turn: pages.Turn,
    answers: dict[str, Any],
    written: dict[str, str],
    lang: str,
) -> list[tuple[str, str]]:
    """Return the form a person posts: a radio chosen or a field filled for each question."""
    page = parse(turn.body)
    form: list[tuple[str, str]] = []
    names = []
    for node in page.root.walk():
        name = node.attrs.get("name", "")
        if node.tag in ("input", "textarea") and name.startswith("q:") and name not in names:
            names.append(name)
    for name in names:
        qid = name[2:]
        question = instrument.question(qid)
        if turn.state.pending is not None:
            value = "viikko"
        else:
            value = written.get(qid, typed(question.type, answers[qid], lang))
        radios = [n for n in page.root.find("input", name=name) if n.attrs["type"] == "radio"]
        if radios:
            assert value in [r.attrs["value"] for r in radios], (qid, value)
        form.append((name, value))
    form.append(("toiminto", "seuraava"))
    return form


def walk(
    instrument: Instrument,
    answers: dict[str, Any],
    lang: str,
    network: str,
    now: datetime,
    written: dict[str, str] | None = None,
) -> list[pages.Turn]:
    """Answer every page from `answers` (`written`: what to type instead) to the result."""
    turns = [pages.show(instrument, pages.start(instrument, lang))]
    form = [("verkosto", network), ("kieli", lang), ("toiminto", "seuraava")]
    turns.append(pages.submit(instrument, turns[-1].state, form, now))
    while turns[-1].state.page not in ("review", "result"):
        assert not turns[-1].problems, turns[-1].problems
        assert len(turns) < 100, "the walk does not end"
        form = answer_page(instrument, turns[-1], answers, written or {}, lang)
        turns.append(pages.submit(instrument, turns[-1].state, form, now))
    assert not turns[-1].problems, turns[-1].problems
    turns.append(pages.submit(instrument, turns[-1].state, [("toiminto", "valmis")], now))
    return turns
