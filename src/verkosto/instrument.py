"""Load questions.yaml and validate it into frozen dataclasses.

Every problem found is collected with its file, line and question or dimension id, and all
are raised together as one ProblemsError, so an editor fixes the file in one pass.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeAlias

from verkosto.errors import Problem, ProblemsError
from verkosto.i18n import LANGUAGES
from verkosto.safetext import has_unsafe, is_unsafe, visible

Answer: TypeAlias = "int | float | str | None"
Answers: TypeAlias = "dict[str, int | float | str | None]"
QuestionType = Literal["scale", "number", "choice", "text"]
Side = Literal["benefit", "cost"]

QUESTION_TYPES = ("scale", "number", "choice", "text")
SCALE_POINTS = (1, 2, 3, 4, 5)
OUTCOME_IDS = ("invest", "continue", "lighten", "give_time", "leave", "incomplete")
# Reason templates the recommender fills in, with the placeholders each may use.
REASON_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "balance_clear": frozenset({"benefit", "cost"}),
    "balance_even": frozenset({"benefit", "cost"}),
    "balance_low": frozenset({"benefit", "cost"}),
    "benefit_low": frozenset({"benefit", "threshold"}),
    "benefit_high": frozenset({"benefit", "threshold"}),
    "relevance_low": frozenset({"score"}),
    "valuable": frozenset({"benefit"}),
    "small_org_support": frozenset({"score"}),
    "new_member": frozenset({"months"}),
    "founding": frozenset({"months"}),
    "joining_trial": frozenset({"months"}),
    "relevance_partial": frozenset({"score"}),
    "relevance_unknown": frozenset(),
    "coordinator_unagreed": frozenset(),
    "reciprocity_low": frozenset({"score"}),
    "thin_evidence": frozenset({"dimensions"}),
    "time_share": frozenset({"hours", "share"}),
    "time_agreed": frozenset({"hours", "agreed", "unagreed", "share"}),
    "time_high": frozenset({"hours", "unagreed", "share"}),
    "time_heavy": frozenset({"hours", "unagreed", "share"}),
    "time_zero": frozenset(),
    "dimension_strength": frozenset({"dimension", "score"}),
    "dimension_concern": frozenset({"dimension", "score"}),
    "dimension_discuss": frozenset({"dimension", "score"}),
    "insufficient": frozenset({"dimensions"}),
}
# "What would change the recommendation": one sentence template per kind of change.
CHANGE_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "hours": frozenset({"new", "old", "outcome"}),
    "agreed": frozenset({"new", "old", "outcome"}),
    "dimension_up": frozenset({"dimension", "new", "old", "outcome"}),
    "dimension_down": frozenset({"dimension", "new", "old", "outcome"}),
}
# A reason or change text with this ending is the variant for someone considering joining.
JOINING_SUFFIX = "_joining"
# Facts about the person read from the answers (scoring.situations in questions.yaml).
SITUATIONS = ("founding", "founder", "lead_role", "coordinator", "small_org", "board")
# Every fact a step's `if` / `unless` may name: the situations and what the tool derives.
FACTS = SITUATIONS + (
    "joining", "member", "new_member", "attends_meetings", "unagreed", "support_matters",
)
MAX_FILE_BYTES = 1024 * 1024
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
VALUE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Text:
    """A user-facing text in Finnish and (optionally) English."""

    fi: str
    en: str | None = None

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to Finnish."""
        if lang == "en" and self.en:
            return self.en
        return self.fi


@dataclass(frozen=True)
class Choice:
    """One option of a choice question."""

    value: str
    label: Text
    # Shown right after this option is chosen, e.g. how to answer the questions that follow.
    note: Text | None = None


@dataclass(frozen=True)
class Condition:
    """Ask a question only when an earlier answer is one of `values`."""

    question: str
    values: tuple[int | float | str, ...]

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        """Return whether the referenced answer is one of the values."""
        value = answers.get(self.question)
        return value is not None and value in self.values

    def to_dict(self) -> dict[str, object]:
        """Return the condition in the shape it has in questions.yaml."""
        if len(self.values) == 1:
            return {"question": self.question, "equals": self.values[0]}
        return {"question": self.question, "in": list(self.values)}


@dataclass(frozen=True)
class Question:
    """One item of the instrument."""

    id: str
    type: QuestionType
    text: Text
    # The article's section the question rests on (shown under `?`), in fi and en.
    source: Text
    line: int
    dimension: str | None = None
    help: Text | None = None
    # A few words naming the question in lists such as the review before the result.
    short: Text | None = None
    reverse: bool = False
    labels: tuple[Text, ...] = ()
    not_applicable: Text | None = None
    min: float | None = None
    max: float | None = None
    unit: Text | None = None
    choices: tuple[Choice, ...] = ()
    when: Condition | None = None
    # A benefit that takes time to show: for a new member it counts only when it helps.
    shows_later: bool = False

    def choice(self, value: str) -> Choice | None:
        """Return the choice with this value, if any."""
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None


@dataclass(frozen=True)
class Step:
    """A suggested next step, offered only when its conditions (if any) hold."""

    text: Text
    when: Condition | None = None
    # Facts (see FACTS) that must all hold, and facts none of which may hold.
    facts: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # The same step worded for someone whose supervisor is the board.
    board: Text | None = None

    def applies(self, answers: Mapping[str, Answer], facts: frozenset[str] = frozenset()) -> bool:
        """Return whether this step fits the person's answers and situation."""
        return (
            (self.when is None or self.when.holds(answers))
            and all(fact in facts for fact in self.facts)
            and not any(fact in facts for fact in self.unless)
        )

    def text_for(self, facts: frozenset[str]) -> Text:
        """Return the wording that fits the person (the board variant when it applies)."""
        return self.board if self.board is not None and "board" in facts else self.text


@dataclass(frozen=True)
class Dimension:
    """A group of questions scored together, counted as benefit or cost."""

    id: str
    side: Side
    title: Text
    line: int
    description: Text | None = None
    steps: tuple[Step, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class Level:
    """A score band: scores at or above `min` get this level."""

    id: str
    min: float
    label: Text


@dataclass(frozen=True)
class CurvePoint:
    """A point of the line from share of working time to time score."""

    share: float
    score: float


@dataclass(frozen=True)
class TimeConfig:
    """Which questions give the hours and the working time, and how they score."""

    dimension: str
    hours: tuple[str, ...]
    worktime: str
    curve: tuple[CurvePoint, ...]
    # Share of working time all of one person's networks together may take (yhteenveto).
    total_share_limit: float = 0.15
    # Hours agreed as part of the job, which do not weigh against the network.
    agreed: str | None = None
    # Hours in meetings: meeting steps are only for someone who has meetings.
    meetings: str | None = None


@dataclass(frozen=True)
class PhaseConfig:
    """How to tell a person considering joining, and a new member, from the answers."""

    question: str
    joining: str
    new_member: Condition | None


@dataclass(frozen=True)
class SupportConfig:
    """Which dimension is peer support, and how much more it weighs in a small organisation."""

    dimension: str
    small_org_weight: float


@dataclass(frozen=True)
class Scoring:
    """Scoring settings from questions.yaml."""

    min_answered_share: float
    levels: tuple[Level, ...]
    insufficient_label: Text
    time: TimeConfig
    phase: PhaseConfig
    core_dimension: str
    situations: Mapping[str, Condition] = field(default_factory=dict)
    # Scale questions whose best answer says whether the network matters at all.
    relevance: tuple[str, ...] = ()
    support: SupportConfig | None = None
    reciprocity_dimension: str | None = None
    organisation_dimension: str | None = None

    def situation_facts(self, answers: Mapping[str, Answer]) -> frozenset[str]:
        """Return the situations (see SITUATIONS) that hold for these answers."""
        return frozenset(name for name, cond in self.situations.items() if cond.holds(answers))


@dataclass(frozen=True)
class Outcome:
    """One possible recommendation, with its texts."""

    id: str
    title: Text
    title_joining: Text
    review_months: int
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class RecommendationConfig:
    """Thresholds and texts of the recommendation."""

    worth_it_ratio: float
    break_even_ratio: float
    invest_min_benefit: float
    continue_min_benefit: float
    max_steps: int
    outcomes: Mapping[str, Outcome]
    reasons: Mapping[str, Text]
    changes: Mapping[str, Text] = field(default_factory=dict)
    # Benefit ÷ cost at or above this (with a high benefit) is worth investing more in.
    invest_ratio: float = 2.0
    keep_min_benefit: float = 4.0
    support_min: float = 4.0
    high_share: float = 0.15
    heavy_share: float = 0.25
    borderline_margin: float = 0.1


@dataclass(frozen=True)
class Instrument:
    """The whole validated questionnaire."""

    id: str
    version: str
    title: Text
    source: str
    dimensions: tuple[Dimension, ...]
    questions: tuple[Question, ...]
    scoring: Scoring
    recommendation: RecommendationConfig
    sha256: str
    # Ids earlier versions asked: an answers file may still hold them.
    retired: frozenset[str] = frozenset()

    def question(self, qid: str) -> Question:
        """Return the question with this id (KeyError if none)."""
        for question in self.questions:
            if question.id == qid:
                return question
        raise KeyError(qid)

    def dimension(self, did: str) -> Dimension:
        """Return the dimension with this id (KeyError if none)."""
        for dimension in self.dimensions:
            if dimension.id == did:
                return dimension
        raise KeyError(did)

    def has_question(self, qid: str) -> bool:
        """Return whether a question with this id exists."""
        return any(q.id == qid for q in self.questions)


# --------------------------------------------------------------------------- reading


class _Node(dict[Any, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


def bundled_path() -> Path:
    """Return the path of the questions.yaml that ships with the package."""
    # Beside this module in an installed wheel; checked first because importlib.resources
    # costs start-up time, and it is what resources would find for a package on disk.
    beside = Path(__file__).with_name("questions.yaml")
    if beside.is_file():
        return beside
    packaged = Path(str(resources.files("verkosto") / "questions.yaml"))
    if packaged.is_file():
        return packaged
    # An editable install runs from the source tree, where the file sits at the repo root.
    return Path(__file__).resolve().parents[2] / "questions.yaml"


def read_text(path: Path, display: str) -> tuple[str, bytes]:
    """Read a small UTF-8 text file, or raise ProblemsError naming what is wrong."""
    from verkosto.safefile import NotRegularFile, TooLarge, read_limited

    try:
        # Never more than the limit, and never a FIFO or a device (/dev/zero, a pipe).
        raw = read_limited(path, MAX_FILE_BYTES)
    except IsADirectoryError:
        raise ProblemsError("file_invalid", [Problem("is_directory", file=display)]) from None
    except NotRegularFile:
        raise ProblemsError("file_invalid", [Problem("not_regular_file", file=display)]) from None
    except TooLarge as error:
        problem = Problem("file_too_large", {"size": error.size, "limit": MAX_FILE_BYTES})
        raise ProblemsError("file_invalid", [_at(problem, display)]) from None
    except ValueError:  # a NUL byte in the name
        raise ProblemsError("file_invalid", [Problem("file_not_found", file=display)]) from None
    except FileNotFoundError:
        raise ProblemsError("file_invalid", [Problem("file_not_found", file=display)]) from None
    except PermissionError:
        raise ProblemsError("file_invalid", [Problem("file_unreadable", file=display)]) from None
    except OSError as error:
        problem = Problem("file_os_error", {"detail": error}, file=display)
        raise ProblemsError("file_invalid", [problem]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = Problem("not_utf8", {"byte": error.start}, file=display, line=line)
        raise ProblemsError("file_invalid", [problem]) from None
    return text, raw


def _at(problem: Problem, display: str) -> Problem:
    return Problem(problem.key, problem.params, display, problem.line, problem.kind, problem.ident)


def parse_yaml(text: str, display: str) -> Any:
    """Parse YAML into plain data whose mappings remember their lines.

    Aliases are refused (no instrument needs them, and they make alias bombs possible);
    duplicate keys are refused rather than silently keeping the last one.
    """
    import yaml

    fast = _parse_yaml_fast(text)
    if fast is not _CAREFUL:
        return fast

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise _AliasFound(event.start_mark.line + 1)
            return super().compose_node(parent, index)

    problems: list[Problem] = []

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Node:
        loader.flatten_mapping(node)
        result = _Node()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                problems.append(
                    Problem("key_not_scalar", file=display, line=key_node.start_mark.line + 1)
                )
                continue
            # Scale points are written as integers (1: …); other keys are names.
            name = key if isinstance(key, int) and not isinstance(key, bool) else str(key)
            line = key_node.start_mark.line + 1
            if name in result:
                problems.append(
                    Problem(
                        "duplicate_key",
                        {"key": name, "first_line": result.key_lines[str(name)]},
                        file=display,
                        line=line,
                    )
                )
                continue
            result[name] = loader.construct_object(value_node, deep=True)
            result.key_lines[str(name)] = line
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)

    try:
        data = yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    except _AliasFound as found:
        problem = Problem("yaml_alias", file=display, line=found.line)
        raise ProblemsError("file_invalid", [problem]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = error.problem or error.context or ""
        params: dict[str, object] = {"detail": detail}
        if mark is not None:
            params["column"] = mark.column + 1
        problem = Problem("yaml_syntax", params, file=display, line=line)
        raise ProblemsError("file_invalid", [problem]) from None
    except yaml.YAMLError as error:
        problem = Problem("yaml_syntax", {"detail": str(error)}, file=display)
        raise ProblemsError("file_invalid", [problem]) from None
    except RecursionError:
        raise ProblemsError("file_invalid", [Problem("yaml_too_deep", file=display)]) from None
    except ValueError:  # PyYAML's int() on a number of thousands of digits
        raise ProblemsError("file_invalid", [Problem("number_too_long", file=display)]) from None
    if problems:
        raise ProblemsError("file_invalid", problems)
    return data


class _AliasFound(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


# The careful loader above composes in pure Python (about 80 ms for questions.yaml). The fast
# path reads libyaml's events and builds the same line-tracked data without recursion. It
# handles only the plain case; anything else (an anchor or alias, a duplicate or non-scalar
# key, any tag, deep nesting, a merge key, more than one document, any error) sends
# the text to the careful loader, so every message and refusal comes from one place.
_CAREFUL: Any = object()
_NO_KEY: Any = object()
# Found by comparing the two parsers on random text: tabs, and a comment right after a block
# scalar's indicator ("|#"), are accepted by libyaml and refused by the pure-Python scanner.
_LIBYAML_LENIENT = re.compile(r"\t|[|>][-+0-9]*#")
_FAST_MAX_DEPTH = 64
_YAML_TAG = "tag:yaml.org,2002:"
_FAST_SCALAR_TAGS = frozenset(
    _YAML_TAG + name for name in ("null", "bool", "int", "float", "str", "timestamp")
)


class _Bail(Exception):
    """The fast path met something it leaves to the careful loader."""


class _Open:
    """A mapping or sequence being filled, and the key waiting for its value."""

    __slots__ = ("container", "key", "key_line", "flow")

    def __init__(self, container: list[Any] | _Node, flow: bool) -> None:
        self.container = container
        self.key: Any = _NO_KEY
        self.key_line = 0
        self.flow = flow


def _parse_yaml_fast(text: str) -> Any:
    """Parse plain YAML with libyaml into line-tracked data, or return _CAREFUL."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", None)
    if (
        loader_class is None
        or yaml.reader.Reader.NON_PRINTABLE.search(text)
        or _LIBYAML_LENIENT.search(text)
        # A byte-order mark inside the text: libyaml skips it, the pure-Python scanner
        # refuses it, so the answer must not depend on whether libyaml is installed.
        or "\ufeff" in text
    ):
        # Without libyaml, with characters the pure-Python reader refuses, or with what
        # libyaml takes but the pure-Python scanner refuses, stay careful.
        return _CAREFUL
    loader = loader_class(text)
    try:
        return _compose_events(loader, yaml)
    except (_Bail, yaml.YAMLError, ValueError, TypeError):
        return _CAREFUL
    finally:
        loader.dispose()


def _compose_events(loader: Any, yaml: Any) -> Any:
    """Build data from the event stream with an explicit stack, or raise _Bail."""
    events = yaml.events
    loader.get_event()  # StreamStartEvent
    if loader.check_event(events.StreamEndEvent):
        return None
    loader.get_event()  # DocumentStartEvent
    constructors = loader.yaml_constructors
    stack: list[_Open] = []
    done: list[Any] = []

    def place(value: Any) -> None:
        if not stack:
            done.append(value)
            return
        top = stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            return
        if top.key is _NO_KEY:
            raise _Bail  # a mapping or sequence as a key
        top.container[top.key] = value
        top.container.key_lines[str(top.key)] = top.key_line
        top.key = _NO_KEY

    flow = 0  # open flow collections ([…] or {…})
    while not done:
        event = loader.get_event()
        kind = type(event)
        if getattr(event, "anchor", None) is not None:
            raise _Bail
        if getattr(event, "tag", None) is not None:
            # libyaml and the pure-Python parser differ on some tags ("!" on an empty value).
            raise _Bail
        if kind is events.ScalarEvent:
            if flow and not event.style and ("?" in event.value or not event.value):
                # In flow context the pure-Python scanner ends a plain scalar at '?', and it
                # places an empty one elsewhere than libyaml.
                raise _Bail
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            if tag not in _FAST_SCALAR_TAGS:
                raise _Bail
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                                   event.style)
            value = constructors[tag](loader, node)
            top = stack[-1] if stack else None
            if top is not None and isinstance(top.container, _Node) and top.key is _NO_KEY:
                if not isinstance(value, (str, int, float, bool)) and value is not None:
                    raise _Bail
                name = value if isinstance(value, int) and not isinstance(value, bool) else str(
                    value
                )
                if name in top.container:
                    raise _Bail
                top.key = name
                top.key_line = event.start_mark.line + 1
            else:
                place(value)
        elif kind is events.MappingStartEvent or kind is events.SequenceStartEvent:
            if len(stack) >= _FAST_MAX_DEPTH:
                raise _Bail
            if stack and isinstance(stack[-1].container, _Node) and stack[-1].key is _NO_KEY:
                raise _Bail  # a mapping or sequence as a key
            container: list[Any] | _Node
            if kind is events.MappingStartEvent:
                container = _Node()
                container.line = event.start_mark.line + 1
                container.key_lines = {}
            else:
                container = []
            opened = _Open(container, bool(event.flow_style))
            flow += opened.flow
            stack.append(opened)
        elif kind is events.MappingEndEvent or kind is events.SequenceEndEvent:
            closed = stack.pop()
            flow -= closed.flow
            place(closed.container)
        else:  # an alias or anything unexpected
            raise _Bail
    if not loader.check_event(events.DocumentEndEvent):
        raise _Bail
    loader.get_event()
    if not loader.check_event(events.StreamEndEvent):
        raise _Bail  # more than one document
    return done[0]


# --------------------------------------------------------------------------- validating


class _Checker:
    """Collects problems while building the dataclasses."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def add(
        self,
        code: str,
        line: int | None,
        kind: str | None = None,
        ident: str | None = None,
        **params: object,
    ) -> None:
        problem = Problem(code, dict(params), self.display, line, kind, ident)
        # Two checks may see the same gap (a required key, then its value); say it once.
        if problem not in self.problems:
            self.problems.append(problem)

    def mapping(
        self,
        node: Any,
        line: int,
        kind: str | None,
        ident: str | None,
        where: str,
    ) -> _Node | None:
        if isinstance(node, _Node):
            return node
        self.add("wrong_type", line, kind, ident, key=where, expected="mapping")
        return None

    def keys(
        self,
        node: _Node,
        kind: str | None,
        ident: str | None,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        allowed = set(required) | set(optional)
        for key in node:
            if key not in allowed:
                line = node.key_lines.get(str(key), node.line)
                self.add("unknown_key", line, kind, ident, key=key, allowed=sorted(allowed))
        for key in required:
            if key not in node:
                self.add("missing_key", node.line, kind, ident, key=key)

    def line_of(self, node: _Node, key: str) -> int:
        return node.key_lines.get(key, node.line)

    def text(
        self, node: _Node, key: str, kind: str | None, ident: str | None, required: bool = True
    ) -> Text | None:
        if key not in node:
            if required:
                self.add("missing_key", node.line, kind, ident, key=key)
            return None
        line = self.line_of(node, key)
        return self.text_value(node[key], line, kind, ident, key)

    def text_value(
        self, value: Any, line: int, kind: str | None, ident: str | None, key: str
    ) -> Text | None:
        if isinstance(value, str):
            # A bare string is taken as Finnish only.
            if not value.strip():
                self.add("missing_fi", line, kind, ident, key=key)
                return None
            # Reported, but kept: the file is refused anyway, and what refers to this item
            # should not be blamed too (no follow-on "unknown question" problems).
            self.printable(value, line, kind, ident, key)
            return Text(value.strip())
        if not isinstance(value, _Node):
            self.add("wrong_type", line, kind, ident, key=key, expected="text")
            return None
        for lang in value:
            if lang not in LANGUAGES:
                self.add("unknown_language", value.key_lines.get(str(lang), line), kind, ident,
                         key=key, lang=lang)
        fi = value.get("fi")
        en = value.get("en")
        ok = True
        if not isinstance(fi, str) or not fi.strip():
            self.add("missing_fi", value.line, kind, ident, key=key)
            ok = False
        if en is not None and not isinstance(en, str):
            self.add("wrong_type", value.line, kind, ident, key=f"{key}.en", expected="text")
            ok = False
        if not ok:
            return None
        assert isinstance(fi, str)
        for lang_key, given in (("fi", fi), ("en", en)):
            if isinstance(given, str):
                # Reported, but kept (see above): no follow-on problems.
                self.printable(given, value.key_lines.get(lang_key, value.line), kind, ident,
                               f"{key}.{lang_key}")
        return Text(fi.strip(), en.strip() if isinstance(en, str) and en.strip() else None)

    def printable(
        self, value: str, line: int, kind: str | None, ident: str | None, key: str
    ) -> bool:
        """Report a text with control characters (an escape sequence, a bidi override)."""
        if not has_unsafe(value, multiline=True):
            return True
        found = next(ch for ch in value if is_unsafe(ch) and ch not in "\n\t")
        self.add("text_control_chars", line, kind, ident, key=key, char=visible(found))
        return False

    def number(
        self,
        node: _Node,
        key: str,
        kind: str | None,
        ident: str | None,
        default: float | None = None,
        low: float | None = None,
        high: float | None = None,
    ) -> float | None:
        if key not in node:
            if default is None:
                self.add("missing_key", node.line, kind, ident, key=key)
            return default
        value = node[key]
        line = self.line_of(node, key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.add("wrong_type", line, kind, ident, key=key, expected="number")
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            self.add("out_of_range", line, kind, ident, key=key, value=value, low=low, high=high)
            return default
        return float(value)

    def string(
        self, node: _Node, key: str, kind: str | None, ident: str | None, required: bool = True
    ) -> str | None:
        if key not in node:
            if required:
                self.add("missing_key", node.line, kind, ident, key=key)
            return None
        value = node[key]
        if not isinstance(value, str) or not value.strip():
            self.add("wrong_type", self.line_of(node, key), kind, ident, key=key, expected="text")
            return None
        self.printable(value, self.line_of(node, key), kind, ident, key)  # reported, kept
        return value.strip()


def load(path: Path | None = None) -> Instrument:
    """Load and validate a questions file (default: the bundled one), or raise ProblemsError."""
    if path is None:
        path = bundled_path()
        display = "questions.yaml"
    else:
        display = str(path)
    text, raw = read_text(path, display)
    return load_text(text, display, hashlib.sha256(raw).hexdigest())


def load_text(text: str, display: str, sha256: str | None = None) -> Instrument:
    """Validate questions-file text; `display` names the file in messages."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not text.strip():
        raise ProblemsError("file_invalid", [Problem("empty_file", file=display)])
    return from_data(parse_yaml(text, display), display, sha256)


def from_data(data: Any, display: str, sha256: str) -> Instrument:
    """Validate questions-file data as parse_yaml returns it, or raise ProblemsError."""
    check = _Checker(display)
    root = check.mapping(data, 1, None, None, "(root)")
    if root is None:
        raise ProblemsError("file_invalid", check.problems)
    check.keys(
        root,
        None,
        None,
        required=("instrument", "dimensions", "questions", "scoring", "recommendation"),
        optional=("scales", "retired_questions"),
    )
    meta = _instrument_meta(check, root)
    scales = _scales(check, root)
    raw_dimension_ids = {
        n["id"] for n in _raw_items(root, "dimensions") if isinstance(n.get("id"), str)
    }
    questions = _questions(check, root, scales, raw_dimension_ids)
    all_ids = {n["id"] for n in _raw_items(root, "questions") if isinstance(n.get("id"), str)}
    dimensions = _dimensions(check, root, questions, all_ids)
    by_id = {q.id: q for q in questions}
    scoring = _scoring(check, root, by_id, {d.id: d for d in dimensions}, all_ids)
    recommendation = _recommendation(check, root, questions, all_ids)
    retired = _retired(check, root, all_ids)
    _cross_checks(root, check, dimensions, questions, scoring)
    if check.problems or meta is None or scoring is None or recommendation is None:
        if not check.problems:
            # Every path that rejects a part should have said why; never report nothing.
            check.add("file_incomplete", None)
        raise ProblemsError("file_invalid", check.problems)
    ident, version, title, source = meta
    return Instrument(
        id=ident,
        version=version,
        title=title,
        source=source,
        dimensions=tuple(dimensions),
        questions=tuple(questions),
        scoring=scoring,
        recommendation=recommendation,
        sha256=sha256,
        retired=retired,
    )


def _retired(check: _Checker, root: _Node, all_ids: set[str]) -> frozenset[str]:
    """Read `retired_questions`: ids no longer asked, which must not be in use again."""
    if "retired_questions" not in root:
        return frozenset()
    raw = root["retired_questions"]
    line = check.line_of(root, "retired_questions")
    if not isinstance(raw, list):
        check.add("wrong_type", line, None, None, key="retired_questions", expected="list")
        return frozenset()
    found: set[str] = set()
    for qid in raw:
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            check.add("bad_id", line, "question", str(qid), id=qid)
        elif qid in all_ids:
            # An old answer to it would be read as an answer to the new question.
            check.add("retired_in_use", line, "question", qid)
        else:
            found.add(qid)
    return frozenset(found)


def _instrument_meta(check: _Checker, root: _Node) -> tuple[str, str, Text, str] | None:
    if "instrument" not in root:
        return None
    node = check.mapping(root["instrument"], check.line_of(root, "instrument"), None, None,
                         "instrument")
    if node is None:
        return None
    check.keys(node, None, None, required=("id", "version", "title"), optional=("source",))
    ident = check.string(node, "id", None, None)
    raw_version = node.get("version")
    version = str(raw_version) if isinstance(raw_version, (str, int, float)) else None
    if "version" in node and version is None:
        check.add("wrong_type", check.line_of(node, "version"), None, None, key="version",
                  expected="text")
    title = check.text(node, "title", None, None)
    source = check.string(node, "source", None, None, required=False) or ""
    if ident is None or version is None or title is None:
        return None
    return ident, version, title, source


_ScaleDef = tuple[tuple[Text, ...], Text | None] | None


def _scales(check: _Checker, root: _Node) -> dict[str, _ScaleDef]:
    """Read the named scales; a broken one is kept as None so its users are not blamed."""
    scales: dict[str, _ScaleDef] = {}
    if "scales" not in root:
        return scales
    node = check.mapping(root["scales"], check.line_of(root, "scales"), None, None, "scales")
    if node is None:
        return scales
    for name, body in node.items():
        line = node.key_lines.get(str(name), node.line)
        if not isinstance(name, str) or not ID_PATTERN.match(name):
            check.add("bad_id", line, "scale", str(name), id=name)
            continue
        scales[name] = None
        scale = check.mapping(body, line, "scale", name, name)
        if scale is None:
            continue
        check.keys(scale, "scale", name, required=("labels",), optional=("not_applicable",))
        labels = _labels(check, scale, "scale", name)
        na = check.text(scale, "not_applicable", "scale", name, required=False)
        if labels is not None:
            scales[name] = (labels, na)
    return scales


def _labels(check: _Checker, node: _Node, kind: str, ident: str) -> tuple[Text, ...] | None:
    if "labels" not in node:
        return None
    line = check.line_of(node, "labels")
    labels = check.mapping(node["labels"], line, kind, ident, "labels")
    if labels is None:
        return None
    result: list[Text] = []
    for point in labels:
        if point not in SCALE_POINTS:
            check.add("scale_bad_point", labels.key_lines.get(str(point), labels.line), kind,
                      ident, point=point)
    missing = [p for p in SCALE_POINTS if p not in labels]
    if missing:
        check.add("scale_label_missing", labels.line, kind, ident,
                  points=", ".join(str(p) for p in missing))
    for point in SCALE_POINTS:
        if point not in labels:
            continue
        text = check.text_value(labels[point], labels.key_lines.get(str(point), labels.line),
                                kind, ident, f"labels.{point}")
        if text is not None:
            result.append(text)
    # Every point was checked above, so every broken label has been reported.
    return tuple(result) if len(result) == len(SCALE_POINTS) else None


def _raw_items(root: _Node, key: str) -> list[_Node]:
    value = root.get(key)
    return [item for item in value if isinstance(item, _Node)] if isinstance(value, list) else []


def _steps(
    check: _Checker,
    node: _Node,
    kind: str,
    ident: str,
    questions: Sequence[Question],
    all_ids: set[str],
) -> tuple[Step, ...]:
    """Parse `steps`: texts, each optionally with a `when` condition on an answer."""
    if "steps" not in node:
        return ()
    value = node["steps"]
    line = check.line_of(node, "steps")
    if not isinstance(value, list):
        check.add("wrong_type", line, kind, ident, key="steps", expected="list")
        return ()
    result: list[Step] = []
    for item in value:
        item_line = item.line if isinstance(item, _Node) else line
        when = None
        facts: tuple[str, ...] = ()
        unless: tuple[str, ...] = ()
        board = None
        if isinstance(item, _Node) and set(item) & set(_STEP_EXTRAS):
            if "when" in item:
                when = _condition(check, item, "when", kind, ident, questions, all_ids)
            facts = _fact_list(check, item, "if", kind, ident)
            unless = _fact_list(check, item, "unless", kind, ident)
            if "board" in item:
                board = check.text(item, "board", kind, ident)
            text_part = _Node({k: v for k, v in item.items() if k not in _STEP_EXTRAS})
            text_part.line = item.line
            text_part.key_lines = item.key_lines
            item = text_part
        text = check.text_value(item, item_line, kind, ident, "steps")
        if text is not None:
            result.append(Step(text, when, facts, unless, board))
    return tuple(result)


_STEP_EXTRAS = ("when", "if", "unless", "board")


def _fact_list(
    check: _Checker, node: _Node, key: str, kind: str, ident: str
) -> tuple[str, ...]:
    """Read a step's `if` or `unless`: a list of fact names (see FACTS)."""
    if key not in node:
        return ()
    raw = node[key]
    line = check.line_of(node, key)
    if not isinstance(raw, list) or not raw:
        check.add("wrong_type", line, kind, ident, key=key, expected="list")
        return ()
    found: list[str] = []
    for name in raw:
        if not isinstance(name, str) or name not in FACTS:
            check.add("unknown_fact", line, kind, ident, fact=name, allowed=", ".join(FACTS))
            continue
        found.append(name)
    return tuple(found)


def _items(check: _Checker, root: _Node, key: str) -> list[_Node]:
    if key not in root:
        return []
    value = root[key]
    line = check.line_of(root, key)
    if not isinstance(value, list):
        check.add("wrong_type", line, None, None, key=key, expected="list")
        return []
    if not value:
        check.add("empty_list", line, None, None, key=key)
    items = []
    for item in value:
        node = check.mapping(item, line, None, None, key)
        if node is not None:
            items.append(node)
    return items


def _id(check: _Checker, node: _Node, kind: str, seen: dict[str, int]) -> str | None:
    raw = node.get("id")
    if raw is None:
        check.add("missing_key", node.line, kind, None, key="id")
        return None
    line = check.line_of(node, "id")
    if not isinstance(raw, str) or not ID_PATTERN.match(raw):
        check.add("bad_id", line, kind, str(raw), id=raw)
        return None
    if raw in seen:
        check.add("duplicate_id", line, kind, raw, id=raw, first_line=seen[raw])
        return None
    seen[raw] = line
    return raw


def _dimensions(
    check: _Checker, root: _Node, questions: Sequence[Question], all_ids: set[str]
) -> list[Dimension]:
    result: list[Dimension] = []
    seen: dict[str, int] = {}
    for node in _items(check, root, "dimensions"):
        did = _id(check, node, "dimension", seen)
        ident = did or "?"
        check.keys(node, "dimension", ident, required=("id", "side", "title"),
                   optional=("description", "steps", "weight"))
        side = node.get("side")
        if "side" in node and side not in ("benefit", "cost"):
            check.add("bad_side", check.line_of(node, "side"), "dimension", ident, side=side)
        title = check.text(node, "title", "dimension", ident)
        description = check.text(node, "description", "dimension", ident, required=False)
        steps = _steps(check, node, "dimension", ident, questions, all_ids)
        weight = check.number(node, "weight", "dimension", ident, default=1.0, low=0.0)
        if did is None or title is None or side not in ("benefit", "cost"):
            continue
        result.append(
            Dimension(did, side, title, node.line, description, steps,
                      1.0 if weight is None else weight)
        )
    return result


def _questions(
    check: _Checker,
    root: _Node,
    scales: Mapping[str, _ScaleDef],
    dimension_ids: set[str],
) -> list[Question]:
    result: list[Question] = []
    seen: dict[str, int] = {}
    nodes = _items(check, root, "questions")
    all_ids = {n["id"] for n in nodes if isinstance(n.get("id"), str)}
    for node in nodes:
        question = _question(check, node, scales, dimension_ids, seen, result, all_ids)
        if question is not None:
            result.append(question)
    return result


_COMMON_KEYS = ("id", "type", "text", "short", "source", "help", "dimension", "when")
_TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "scale": ("scale", "labels", "not_applicable", "reverse", "shows_later"),
    "number": ("min", "max", "unit"),
    "choice": ("choices",),
    "text": (),
}


def _question(
    check: _Checker,
    node: _Node,
    scales: Mapping[str, _ScaleDef],
    dimension_ids: set[str],
    seen: dict[str, int],
    earlier: list[Question],
    all_ids: set[str],
) -> Question | None:
    qid = _id(check, node, "question", seen)
    ident = qid or "?"
    qtype = node.get("type")
    if "type" in node and qtype not in QUESTION_TYPES:
        check.add("unknown_type", check.line_of(node, "type"), "question", ident, type=qtype,
                  allowed=list(QUESTION_TYPES))
        check.keys(node, "question", ident, required=("id", "type", "text", "source"),
                   optional=tuple(k for keys in _TYPE_KEYS.values() for k in keys)
                   + _COMMON_KEYS)
        return None
    extra = _TYPE_KEYS.get(str(qtype), ())
    check.keys(node, "question", ident, required=("id", "type", "text", "source"),
               optional=_COMMON_KEYS + extra)
    text = check.text(node, "text", "question", ident)
    help_text = check.text(node, "help", "question", ident, required=False)
    short = check.text(node, "short", "question", ident, required=False)
    source = check.text(node, "source", "question", ident)
    dimension = node.get("dimension")
    if dimension is not None and (not isinstance(dimension, str) or dimension not in dimension_ids):
        check.add("unknown_dimension", check.line_of(node, "dimension"), "question", ident,
                  dimension=dimension)
        dimension = None
    when = (
        _condition(check, node, "when", "question", ident, earlier, all_ids)
        if "when" in node
        else None
    )

    labels: tuple[Text, ...] = ()
    na: Text | None = None
    reverse = False
    shows_later = False
    low: float | None = None
    high: float | None = None
    unit: Text | None = None
    choices: tuple[Choice, ...] = ()
    if qtype == "scale":
        reverse = _flag(check, node, "reverse", ident)
        shows_later = _flag(check, node, "shows_later", ident)
        if "labels" in node:
            labels = _labels(check, node, "question", ident) or ()
        elif "scale" in node:
            name = node["scale"]
            if isinstance(name, str) and name in scales:
                defined = scales[name]
                if defined is not None:  # a broken scale was reported where it is defined
                    labels, na = defined
            else:
                check.add("unknown_scale", check.line_of(node, "scale"), "question", ident,
                          scale=name, known=sorted(scales))
        else:
            check.add("scale_label_missing", node.line, "question", ident,
                      points=", ".join(str(p) for p in SCALE_POINTS))
        if "not_applicable" in node:
            if node["not_applicable"] is False:
                na = None
            else:
                na = check.text(node, "not_applicable", "question", ident)
    elif qtype == "number":
        low = check.number(node, "min", "question", ident)
        high = check.number(node, "max", "question", ident)
        if low is not None and high is not None and low > high:
            check.add("bad_range", check.line_of(node, "max"), "question", ident, min=low, max=high)
        unit = check.text(node, "unit", "question", ident, required=False)
    elif qtype == "choice":
        choices = _choices(check, node, ident)
    if qid is None or text is None or source is None or qtype not in QUESTION_TYPES:
        return None
    if qtype == "scale" and not labels:
        return None
    if qtype == "number" and (low is None or high is None):
        return None
    if qtype == "choice" and not choices:
        return None
    return Question(
        id=qid,
        type=qtype,
        text=text,
        source=source,
        line=node.line,
        dimension=dimension if isinstance(dimension, str) else None,
        help=help_text,
        short=short,
        reverse=reverse,
        labels=labels,
        not_applicable=na,
        min=low,
        max=high,
        unit=unit,
        choices=choices,
        when=when,
        shows_later=shows_later,
    )


def _flag(check: _Checker, node: _Node, key: str, ident: str) -> bool:
    value = node.get(key, False)
    if not isinstance(value, bool):
        check.add("wrong_type", check.line_of(node, key), "question", ident, key=key,
                  expected="true/false")
        return False
    return value


def _choices(check: _Checker, node: _Node, ident: str) -> tuple[Choice, ...]:
    if "choices" not in node:
        check.add("missing_key", node.line, "question", ident, key="choices")
        return ()
    raw = node["choices"]
    line = check.line_of(node, "choices")
    if not isinstance(raw, list) or not raw:
        check.add("wrong_type", line, "question", ident, key="choices", expected="list")
        return ()
    result: list[Choice] = []
    seen: set[str] = set()
    for item in raw:
        entry = check.mapping(item, line, "question", ident, "choices")
        if entry is None:
            continue
        check.keys(entry, "question", ident, required=("value", "label"), optional=("note",))
        value = entry.get("value")
        if value is None:
            continue
        if not isinstance(value, str) or not VALUE_PATTERN.match(value) or value.isdigit():
            check.add("bad_choice_value", entry.line, "question", ident, value=value)
            continue
        if value.casefold() in seen:
            check.add("duplicate_choice", entry.line, "question", ident, value=value)
            continue
        seen.add(value.casefold())
        label = check.text(entry, "label", "question", ident)
        note = check.text(entry, "note", "question", ident, required=False)
        if label is not None:
            result.append(Choice(value, label, note))
    return tuple(result)


def _condition(
    check: _Checker,
    node: _Node,
    key: str,
    kind: str,
    ident: str,
    earlier: Sequence[Question],
    all_ids: set[str],
) -> Condition | None:
    line = check.line_of(node, key)
    cond = check.mapping(node[key], line, kind, ident, key)
    if cond is None:
        return None
    check.keys(cond, kind, ident, required=("question",), optional=("equals", "in"))
    ref = cond.get("question")
    if ("equals" in cond) == ("in" in cond):
        check.add("when_needs_value", cond.line, kind, ident)
        return None
    raw_values = [cond["equals"]] if "equals" in cond else cond["in"]
    if not isinstance(raw_values, list) or not raw_values:
        check.add("wrong_type", cond.line, kind, ident, key=f"{key}.in", expected="list")
        return None
    earlier_by_id = {q.id: q for q in earlier}
    if not isinstance(ref, str):
        check.add("wrong_type", cond.line, kind, ident, key=f"{key}.question", expected="text")
        return None
    target = earlier_by_id.get(ref)
    if target is None:
        problem = "when_later" if ref in all_ids else "when_unknown"
        check.add(problem, cond.line, kind, ident, ref=ref)
        return None
    values: list[int | float | str] = []
    for value in raw_values:
        if not _condition_value_ok(target, value):
            check.add("when_value", cond.line, kind, ident, ref=ref, value=value,
                      allowed=_allowed_values(target))
            continue
        values.append(value)
    if len(values) != len(raw_values):
        return None
    return Condition(ref, tuple(values))


def _condition_value_ok(target: Question, value: object) -> bool:
    if target.type == "choice":
        return isinstance(value, str) and target.choice(value) is not None
    if target.type == "scale":
        return isinstance(value, int) and not isinstance(value, bool) and value in SCALE_POINTS
    if target.type == "number":
        return (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and target.min is not None
            and target.max is not None
            and target.min <= value <= target.max
        )
    return isinstance(value, str)


def _allowed_values(target: Question) -> str:
    if target.type == "choice":
        return ", ".join(c.value for c in target.choices)
    if target.type == "scale":
        return "1–5"
    if target.type == "number":
        return f"{plain_number(target.min)}–{plain_number(target.max)}"
    return "text"


def plain_number(value: float | None) -> str:
    """Format a limit from the file as written: 200, not 200.0."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


def _scoring(
    check: _Checker,
    root: _Node,
    questions: Mapping[str, Question],
    dimensions: Mapping[str, Dimension],
    all_ids: set[str],
) -> Scoring | None:
    if "scoring" not in root:
        return None
    node = check.mapping(root["scoring"], check.line_of(root, "scoring"), None, None, "scoring")
    if node is None:
        return None
    check.keys(node, "scoring", None,
               required=("levels", "time", "phase", "core_dimension"),
               optional=("min_answered_share", "insufficient_label", "situations", "relevance",
                         "support", "reciprocity_dimension", "organisation_dimension"))
    share = check.number(node, "min_answered_share", "scoring", None, default=0.5,
                         low=0.0, high=1.0)
    levels = _levels(check, node)
    insufficient = check.text(node, "insufficient_label", "scoring", None, required=False)
    time = _time(check, node, questions, dimensions)
    phase = _phase(check, node, questions)
    core = check.string(node, "core_dimension", "scoring", None)
    if core is not None and core not in dimensions:
        check.add("unknown_dimension", check.line_of(node, "core_dimension"), "scoring", None,
                  dimension=core)
    # A question that failed to load was reported where it is written: say nothing more.
    broken = all_ids - set(questions)
    situations = _situations(check, node, questions, broken)
    reciprocity, organisation = (
        _dimension_ref(check, node, key, dimensions)
        for key in ("reciprocity_dimension", "organisation_dimension")
    )
    relevance = _relevance(check, node, questions, broken)
    support = _support(check, node, dimensions)
    if (
        levels is None or time is None or phase is None or core is None or share is None
        or situations is None or relevance is None or isinstance(support, bool)
    ):
        return None
    return Scoring(
        min_answered_share=share,
        levels=levels,
        insufficient_label=insufficient or Text("Liian vähän vastauksia", "Too few answers"),
        time=time,
        phase=phase,
        core_dimension=core,
        situations=situations,
        relevance=relevance,
        support=support,
        reciprocity_dimension=reciprocity,
        organisation_dimension=organisation,
    )


def _dimension_ref(
    check: _Checker, node: _Node, key: str, dimensions: Mapping[str, Dimension]
) -> str | None:
    found = check.string(node, key, "scoring", None, required=False)
    if found is not None and found not in dimensions:
        check.add("unknown_dimension", check.line_of(node, key), "scoring", None,
                  dimension=found)
        return None
    return found


def _situations(
    check: _Checker, node: _Node, questions: Mapping[str, Question], broken: set[str]
) -> dict[str, Condition] | None:
    if "situations" not in node:
        return {}
    raw = check.mapping(node["situations"], check.line_of(node, "situations"), "scoring",
                        "situations", "situations")
    if raw is None:
        return None
    check.keys(raw, "scoring", "situations", required=(), optional=SITUATIONS)
    result: dict[str, Condition] = {}
    for name in SITUATIONS:
        if name in raw:
            target = raw[name].get("question") if isinstance(raw[name], dict) else None
            if target in broken:
                return None
            cond = _condition(check, raw, name, "scoring", "situations",
                              list(questions.values()), set(questions))
            if cond is None:
                return None
            result[name] = cond
    return result


def _relevance(
    check: _Checker, node: _Node, questions: Mapping[str, Question], broken: set[str]
) -> tuple[str, ...] | None:
    if "relevance" not in node:
        return ()
    raw = node["relevance"]
    if not isinstance(raw, list) or not raw:
        check.add("wrong_type", check.line_of(node, "relevance"), "scoring", "relevance",
                  key="relevance", expected="list")
        return None
    if any(ref in broken for ref in raw):
        return None
    found = [_question_ref(check, node, "relevance", ref, questions, "scale") for ref in raw]
    if None in found:
        return None
    return tuple(ref for ref in found if ref is not None)


def _support(
    check: _Checker, node: _Node, dimensions: Mapping[str, Dimension]
) -> SupportConfig | None | bool:
    """Read `support`; False when it is written but broken (reported)."""
    if "support" not in node:
        return None
    raw = check.mapping(node["support"], check.line_of(node, "support"), "scoring", "support",
                        "support")
    if raw is None:
        return False
    check.keys(raw, "scoring", "support", required=("dimension",),
               optional=("small_org_weight",))
    did = check.string(raw, "dimension", "scoring", "support")
    weight = check.number(raw, "small_org_weight", "scoring", "support", default=1.0,
                          low=0.0, high=10.0)
    if did is not None and did not in dimensions:
        check.add("unknown_dimension", check.line_of(raw, "dimension"), "scoring", "support",
                  dimension=did)
        return False
    if did is None or weight is None:
        return False
    return SupportConfig(did, weight)


def _levels(check: _Checker, node: _Node) -> tuple[Level, ...] | None:
    if "levels" not in node:
        return None
    raw = node["levels"]
    line = check.line_of(node, "levels")
    if not isinstance(raw, list) or not raw:
        check.add("wrong_type", line, "scoring", "levels", key="levels", expected="list")
        return None
    result: list[Level] = []
    for item in raw:
        entry = check.mapping(item, line, "scoring", "levels", "levels")
        if entry is None:
            continue
        check.keys(entry, "scoring", "levels", required=("id", "min", "label"))
        lid = check.string(entry, "id", "scoring", "levels")
        low = check.number(entry, "min", "scoring", lid or "levels", low=1.0, high=5.0)
        label = check.text(entry, "label", "scoring", lid or "levels")
        if lid is not None and low is not None and label is not None:
            result.append(Level(lid, low, label))
    if len(result) != len(raw):
        return None  # each broken level was reported above
    mins = [level.min for level in result]
    if mins != sorted(mins, reverse=True) or len(set(mins)) != len(mins):
        check.add("levels_order", line, "scoring", "levels")
        return None
    if result[-1].min > 1.0:
        check.add("levels_floor", line, "scoring", "levels")
        return None
    return tuple(result)


def _question_ref(
    check: _Checker,
    node: _Node,
    key: str,
    value: Any,
    questions: Mapping[str, Question],
    expected: str,
) -> str | None:
    line = check.line_of(node, key)
    if value is None:
        if key in node:  # written but left empty; a missing key was reported by keys()
            check.add("missing_value", line, "scoring", key, key=key)
        return None
    if not isinstance(value, str) or value not in questions:
        check.add("unknown_question_ref", line, "scoring", key, ref=value)
        return None
    if questions[value].type != expected:
        check.add("question_ref_type", line, "scoring", key, ref=value, expected=expected)
        return None
    return value


def _time(
    check: _Checker,
    node: _Node,
    questions: Mapping[str, Question],
    dimensions: Mapping[str, Dimension],
) -> TimeConfig | None:
    if "time" not in node:
        return None
    time = check.mapping(node["time"], check.line_of(node, "time"), "scoring", "time", "time")
    if time is None:
        return None
    check.keys(time, "scoring", "time", required=("dimension", "hours", "worktime", "curve"),
               optional=("total_share_limit", "agreed", "meetings"))
    limit = check.number(time, "total_share_limit", "scoring", "time", default=0.15,
                         low=0.0, high=1.0)
    dimension = check.string(time, "dimension", "scoring", "time")
    if dimension is not None:
        if dimension not in dimensions:
            check.add("unknown_dimension", check.line_of(time, "dimension"), "scoring", "time",
                      dimension=dimension)
            dimension = None
        elif dimensions[dimension].side != "cost":
            check.add("time_not_cost", check.line_of(time, "dimension"), "scoring", "time",
                      dimension=dimension)
    hours_raw = time.get("hours")
    hours: list[str] = []
    if not isinstance(hours_raw, list) or not hours_raw:
        check.add("wrong_type", check.line_of(time, "hours"), "scoring", "time", key="hours",
                  expected="list")
    else:
        for ref in hours_raw:
            found = _question_ref(check, time, "hours", ref, questions, "number")
            if found is not None:
                hours.append(found)
    worktime = _question_ref(check, time, "worktime", time.get("worktime"), questions, "number")
    if worktime is not None and (questions[worktime].min or 0) <= 0:
        check.add("worktime_min", check.line_of(time, "worktime"), "scoring", "time", ref=worktime)
        worktime = None
    agreed = meetings = None
    if "agreed" in time:
        agreed = _question_ref(check, time, "agreed", time.get("agreed"), questions, "number")
    if "meetings" in time:
        meetings = _question_ref(check, time, "meetings", time.get("meetings"), questions,
                                 "number")
        if meetings is not None and meetings not in hours:
            check.add("meetings_not_hours", check.line_of(time, "meetings"), "scoring", "time",
                      ref=meetings)
    curve = _curve(check, time)
    if (
        dimension is None
        or worktime is None
        or curve is None
        or not isinstance(hours_raw, list)
        or len(hours) != len(hours_raw)
        or (agreed is None and "agreed" in time)
        or (meetings is None and "meetings" in time)
    ):
        return None
    return TimeConfig(dimension, tuple(hours), worktime, curve, limit or 0.0, agreed, meetings)


def _curve(check: _Checker, time: _Node) -> tuple[CurvePoint, ...] | None:
    raw = time.get("curve")
    line = check.line_of(time, "curve")
    if not isinstance(raw, list) or len(raw) < 2:
        check.add("wrong_type", line, "scoring", "time", key="curve", expected="list")
        return None
    result: list[CurvePoint] = []
    for item in raw:
        entry = check.mapping(item, line, "scoring", "time", "curve")
        if entry is None:
            continue
        check.keys(entry, "scoring", "time", required=("share", "score"))
        share = check.number(entry, "share", "scoring", "time", low=0.0, high=1.0)
        score = check.number(entry, "score", "scoring", "time", low=1.0, high=5.0)
        if share is not None and score is not None:
            result.append(CurvePoint(share, score))
    if len(result) != len(raw):
        return None  # each broken point was reported above
    shares = [point.share for point in result]
    scores = [point.score for point in result]
    # More time never scores lighter: shares rise and scores do not.
    if shares != sorted(set(shares)) or scores != sorted(scores, reverse=True):
        check.add("curve_order", line, "scoring", "time")
        return None
    return tuple(result)


def _phase(
    check: _Checker, node: _Node, questions: Mapping[str, Question]
) -> PhaseConfig | None:
    if "phase" not in node:
        return None
    phase = check.mapping(node["phase"], check.line_of(node, "phase"), "scoring", "phase",
                          "phase")
    if phase is None:
        return None
    check.keys(phase, "scoring", "phase", required=("question", "joining"),
               optional=("new_member",))
    ref = _question_ref(check, phase, "question", phase.get("question"), questions, "choice")
    joining = check.string(phase, "joining", "scoring", "phase")
    if ref is not None and joining is not None and questions[ref].choice(joining) is None:
        check.add("when_value", check.line_of(phase, "joining"), "scoring", "phase", ref=ref,
                  value=joining, allowed=_allowed_values(questions[ref]))
        joining = None
    new_member = None
    if "new_member" in phase:
        new_member = _condition(check, phase, "new_member", "scoring", "phase",
                                list(questions.values()), set(questions))
        if new_member is None:
            return None
    if ref is None or joining is None:
        return None
    return PhaseConfig(ref, joining, new_member)


def _recommendation(
    check: _Checker, root: _Node, questions: Sequence[Question], all_ids: set[str]
) -> RecommendationConfig | None:
    if "recommendation" not in root:
        return None
    node = check.mapping(root["recommendation"], check.line_of(root, "recommendation"), None,
                         None, "recommendation")
    if node is None:
        return None
    kind = "recommendation"
    check.keys(node, kind, None,
               required=("outcomes", "reasons"),
               optional=("worth_it_ratio", "break_even_ratio", "invest_min_benefit",
                         "continue_min_benefit", "max_steps", "changes", "keep_min_benefit",
                         "support_min", "high_share", "heavy_share", "borderline_margin",
                         "invest_ratio"))
    worth = check.number(node, "worth_it_ratio", kind, None, default=1.6, low=0.0)
    even = check.number(node, "break_even_ratio", kind, None, default=1.0, low=0.0)
    invest = check.number(node, "invest_min_benefit", kind, None, default=4.25, low=1.0, high=5.0)
    cont = check.number(node, "continue_min_benefit", kind, None, default=3.0, low=1.0, high=5.0)
    max_steps = check.number(node, "max_steps", kind, None, default=4.0, low=2.0, high=10.0)
    if worth is not None and even is not None and even > worth:
        check.add("ratios_order", check.line_of(node, "break_even_ratio"), kind, None)
    invest_ratio = check.number(node, "invest_ratio", kind, None, default=2.0, low=0.0)
    if worth is not None and invest_ratio is not None and worth > invest_ratio:
        check.add("invest_ratio_order", check.line_of(node, "invest_ratio"), kind, None)
    keep = check.number(node, "keep_min_benefit", kind, None, default=4.0, low=1.0, high=5.0)
    support = check.number(node, "support_min", kind, None, default=4.0, low=1.0, high=5.0)
    high = check.number(node, "high_share", kind, None, default=0.15, low=0.0, high=1.0)
    heavy = check.number(node, "heavy_share", kind, None, default=0.25, low=0.0, high=1.0)
    margin = check.number(node, "borderline_margin", kind, None, default=0.1, low=0.0,
                          high=1.0)
    if high is not None and heavy is not None and high > heavy:
        check.add("shares_order", check.line_of(node, "heavy_share"), kind, None)
    outcomes = _outcomes(check, node, questions, all_ids)
    reasons = _templates(check, node, "reasons", "reason", REASON_PLACEHOLDERS)
    changes = (
        _templates(check, node, "changes", "change", CHANGE_PLACEHOLDERS)
        if "changes" in node else {}
    )
    numbers = (worth, even, invest, cont, max_steps, keep, support, high, heavy, margin,
               invest_ratio)
    if None in numbers or outcomes is None or reasons is None or changes is None:
        return None
    assert worth is not None and even is not None and invest is not None
    assert cont is not None and max_steps is not None and keep is not None
    assert support is not None and high is not None and heavy is not None
    assert margin is not None and invest_ratio is not None
    return RecommendationConfig(worth, even, invest, cont, int(max_steps), outcomes, reasons,
                                changes, invest_ratio, keep, support, high, heavy, margin)


def _outcomes(
    check: _Checker, node: _Node, questions: Sequence[Question], all_ids: set[str]
) -> dict[str, Outcome] | None:
    if "outcomes" not in node:
        return None
    raw = check.mapping(node["outcomes"], check.line_of(node, "outcomes"), "outcome", None,
                        "outcomes")
    if raw is None:
        return None
    check.keys(raw, "outcome", None, required=OUTCOME_IDS)
    result: dict[str, Outcome] = {}
    for oid in OUTCOME_IDS:
        if oid not in raw:
            continue
        entry = check.mapping(raw[oid], raw.key_lines.get(oid, raw.line), "outcome", oid, oid)
        if entry is None:
            continue
        check.keys(entry, "outcome", oid, required=("title", "review_months", "steps"),
                   optional=("title_joining",))
        title = check.text(entry, "title", "outcome", oid)
        joining = check.text(entry, "title_joining", "outcome", oid, required=False)
        months = check.number(entry, "review_months", "outcome", oid, low=1.0, high=60.0)
        if months is not None and not float(months).is_integer():
            check.add("wrong_type", check.line_of(entry, "review_months"), "outcome", oid,
                      key="review_months", expected="integer")
            months = None
        steps = _steps(check, entry, "outcome", oid, questions, all_ids)
        # Two steps that always apply guarantee every recommendation at least two.
        unconditional = [
            step for step in steps if step.when is None and not step.facts and not step.unless
        ]
        if "steps" in entry and len(unconditional) < 2:
            check.add("steps_too_few", check.line_of(entry, "steps"), "outcome", oid)
        if title is None or months is None or len(unconditional) < 2:
            continue
        result[oid] = Outcome(oid, title, joining or title, int(months), steps)
    return result if len(result) == len(OUTCOME_IDS) else None


def _templates(
    check: _Checker, node: _Node, key: str, kind: str, placeholders: dict[str, frozenset[str]]
) -> dict[str, Text] | None:
    """Read the texts under `key`, one per id in `placeholders`, using only their names.

    Each may also have a `<id>_joining` variant, said to someone only considering joining
    ("the network would take"), with the same placeholders.
    """
    if key not in node:
        return None
    raw = check.mapping(node[key], check.line_of(node, key), kind, None, key)
    if raw is None:
        return None
    variants = {f"{rid}{JOINING_SUFFIX}": allowed for rid, allowed in placeholders.items()}
    check.keys(raw, kind, None, required=tuple(placeholders), optional=tuple(variants))
    result: dict[str, Text] = {}
    formatter = string.Formatter()
    for rid, allowed in {**placeholders, **variants}.items():
        if rid not in raw:
            continue
        line = raw.key_lines.get(rid, raw.line)
        text = check.text_value(raw[rid], line, kind, rid, rid)
        if text is None:
            continue
        ok = True
        for variant in (text.fi, text.en):
            if variant is None:
                continue
            try:
                names = {name for _, name, _, _ in formatter.parse(variant) if name is not None}
            except ValueError as error:
                check.add("template_syntax", line, kind, rid, detail=str(error))
                ok = False
                continue
            for name in sorted(names - allowed):
                check.add("template_placeholder", line, kind, rid, name=name,
                          allowed=", ".join(sorted(allowed)) or "-")
                ok = False
        if ok:
            result[rid] = text
    return result if all(rid in result for rid in placeholders) else None


def _raw_time_dimension(root: _Node) -> object:
    scoring = root.get("scoring")
    time = scoring.get("time") if isinstance(scoring, dict) else None
    return time.get("dimension") if isinstance(time, dict) else None


def _cross_checks(
    root: _Node,
    check: _Checker,
    dimensions: Sequence[Dimension],
    questions: Sequence[Question],
    scoring: Scoring | None,
) -> None:
    # Even when scoring itself is broken, its time dimension has no scale items by design.
    time_dimension = scoring.time.dimension if scoring is not None else _raw_time_dimension(root)
    # Look at the questions as written: one that failed to load was reported already.
    raw_questions = _raw_items(root, "questions")
    for dimension in dimensions:
        if dimension.id == time_dimension:
            continue
        if not any(
            q.get("dimension") == dimension.id and q.get("type") == "scale" for q in raw_questions
        ):
            check.add("dimension_empty", dimension.line, "dimension", dimension.id)


def applicable(instrument: Instrument, answers: Mapping[str, Answer]) -> list[Question]:
    """Return the questions whose condition holds for these answers, in order."""
    return [q for q in instrument.questions if q.when is None or q.when.holds(answers)]
