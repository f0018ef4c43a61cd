"""Check the questions, their named scales and the dimensions they are scored in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from verkosto.instrument.checker import Checker
from verkosto.instrument.checks_conditions import read_condition, read_steps
from verkosto.instrument.model import (
    ID_PATTERN,
    MONTH_HOURS,
    NUMBER_LIMIT,
    QUESTION_TYPES,
    SCALE_POINTS,
    VALUE_PATTERN,
    Choice,
    Dimension,
    Question,
    Text,
)
from verkosto.instrument.reading import YamlMapping
from verkosto.instrument.thresholds import WEIGHT_MAX

_ScaleDef = tuple[tuple[Text, ...], Text | None] | None


def read_scales(check: Checker, root: YamlMapping) -> dict[str, _ScaleDef]:
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


def _labels(check: Checker, node: YamlMapping, kind: str, ident: str) -> tuple[Text, ...] | None:
    if "labels" not in node:
        return None
    line = check.line_of(node, "labels")
    labels = check.mapping(node["labels"], line, kind, ident, "labels")
    if labels is None:
        return None
    result: list[Text] = []
    for point in labels:
        if point not in SCALE_POINTS:
            check.add(
                "scale_bad_point",
                labels.key_lines.get(str(point), labels.line),
                kind,
                ident,
                point=point,
            )
    missing = [p for p in SCALE_POINTS if p not in labels]
    if missing:
        check.add(
            "scale_label_missing",
            labels.line,
            kind,
            ident,
            points=", ".join(str(p) for p in missing),
        )
    for point in SCALE_POINTS:
        if point not in labels:
            continue
        text = check.text_value(
            labels[point],
            labels.key_lines.get(str(point), labels.line),
            kind,
            ident,
            f"labels.{point}",
        )
        if text is not None:
            result.append(text)
    # Every point was checked above, so every broken label has been reported.
    return tuple(result) if len(result) == len(SCALE_POINTS) else None


def _items(check: Checker, root: YamlMapping, key: str) -> list[YamlMapping]:
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


def _id(check: Checker, node: YamlMapping, kind: str, seen: dict[str, int]) -> str | None:
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


def read_dimensions(
    check: Checker, root: YamlMapping, questions: Sequence[Question], all_ids: set[str]
) -> list[Dimension]:
    """Read `dimensions`, with their steps, reporting what is wrong."""
    result: list[Dimension] = []
    seen: dict[str, int] = {}
    for node in _items(check, root, "dimensions"):
        did = _id(check, node, "dimension", seen)
        ident = did or "?"
        check.keys(
            node,
            "dimension",
            ident,
            required=("id", "side", "title"),
            optional=("description", "steps", "weight"),
        )
        side = node.get("side")
        if "side" in node and side not in ("benefit", "cost"):
            check.add("bad_side", check.line_of(node, "side"), "dimension", ident, side=side)
        title = check.text(node, "title", "dimension", ident)
        description = check.text(node, "description", "dimension", ident, required=False)
        steps = read_steps(check, node, "dimension", ident, questions, all_ids)
        weight = check.number(
            node, "weight", "dimension", ident, default=1.0, low=0.0, high=WEIGHT_MAX
        )
        if did is None or title is None or side not in ("benefit", "cost"):
            continue
        result.append(
            Dimension(
                did, side, title, node.line, description, steps, 1.0 if weight is None else weight
            )
        )
    return result


def read_questions(
    check: Checker,
    root: YamlMapping,
    scales: Mapping[str, _ScaleDef],
    dimension_ids: set[str],
    hour_ids: frozenset[str] = frozenset(),
) -> list[Question]:
    """Read `questions` in order, reporting what is wrong; broken ones are left out.

    The number questions in `hour_ids` count hours in a month, so their bounds lie in
    0–MONTH_HOURS; any other number question's lie within ±NUMBER_LIMIT.
    """
    result: list[Question] = []
    seen: dict[str, int] = {}
    nodes = _items(check, root, "questions")
    all_ids = {n["id"] for n in nodes if isinstance(n.get("id"), str)}
    for node in nodes:
        question = _question(check, node, scales, dimension_ids, seen, result, all_ids, hour_ids)
        if question is not None:
            result.append(question)
    return result


_COMMON_KEYS = ("id", "type", "text", "short", "source", "help", "dimension", "when", "replaces")
_TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "scale": ("scale", "labels", "not_applicable", "reverse", "shows_later"),
    "number": ("min", "max", "unit", "whole"),
    "choice": ("choices",),
    "text": (),
}


def _question(
    check: Checker,
    node: YamlMapping,
    scales: Mapping[str, _ScaleDef],
    dimension_ids: set[str],
    seen: dict[str, int],
    earlier: list[Question],
    all_ids: set[str],
    hour_ids: frozenset[str],
) -> Question | None:
    qid = _id(check, node, "question", seen)
    ident = qid or "?"
    qtype = node.get("type")
    if "type" in node and qtype not in QUESTION_TYPES:
        check.add(
            "unknown_type",
            check.line_of(node, "type"),
            "question",
            ident,
            type=qtype,
            allowed=list(QUESTION_TYPES),
        )
        check.keys(
            node,
            "question",
            ident,
            required=("id", "type", "text", "source"),
            optional=tuple(k for keys in _TYPE_KEYS.values() for k in keys) + _COMMON_KEYS,
        )
        return None
    extra = _TYPE_KEYS.get(str(qtype), ())
    check.keys(
        node,
        "question",
        ident,
        required=("id", "type", "text", "source"),
        optional=_COMMON_KEYS + extra,
    )
    text = check.text(node, "text", "question", ident)
    help_text = check.text(node, "help", "question", ident, required=False)
    short = check.text(node, "short", "question", ident, required=False)
    source = check.text(node, "source", "question", ident)
    dimension = node.get("dimension")
    if dimension is not None and (not isinstance(dimension, str) or dimension not in dimension_ids):
        check.add(
            "unknown_dimension",
            check.line_of(node, "dimension"),
            "question",
            ident,
            dimension=dimension,
        )
        dimension = None
    when = (
        read_condition(check, node, "when", "question", ident, earlier, all_ids)
        if "when" in node
        else None
    )
    # What it refers to is checked once every question is read (loader._replacements).
    replaces = check.string(node, "replaces", "question", ident, required=False)
    details = _type_details(check, node, qtype, ident, scales, qid in hour_ids)
    if qid is None or text is None or source is None or qtype not in QUESTION_TYPES:
        return None
    if details is None:
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
        when=when,
        replaces=replaces,
        **details,
    )


def _type_details(
    check: Checker,
    node: YamlMapping,
    qtype: object,
    ident: str,
    scales: Mapping[str, _ScaleDef],
    hours: bool,
) -> dict[str, Any] | None:
    """Read the keys of one question type, as Question fields; None if it cannot be built."""
    if qtype == "scale":
        return _scale_details(check, node, ident, scales)
    if qtype == "number":
        # Hours a month: at most a month's hours, which also bounds the search for what
        # would change the verdict (changes.py).
        bounds = (0.0, MONTH_HOURS) if hours else (-NUMBER_LIMIT, NUMBER_LIMIT)
        low = check.number(
            node, "min", "question", ident, low=bounds[0], high=bounds[1], hours=hours
        )
        high = check.number(
            node, "max", "question", ident, low=bounds[0], high=bounds[1], hours=hours
        )
        if low is not None and high is not None and low > high:
            check.add("bad_range", check.line_of(node, "max"), "question", ident, min=low, max=high)
        unit = check.text(node, "unit", "question", ident, required=False)
        whole = _flag(check, node, "whole", ident)
        if low is None or high is None:
            return None
        return {"min": low, "max": high, "unit": unit, "whole": whole}
    if qtype == "choice":
        choices = _choices(check, node, ident)
        return {"choices": choices} if choices else None
    # A text question has nothing more; a missing type was reported by keys().
    return {} if qtype == "text" else None


def _scale_details(
    check: Checker, node: YamlMapping, ident: str, scales: Mapping[str, _ScaleDef]
) -> dict[str, Any] | None:
    """Read a scale question's labels (its own or a named scale's) and flags."""
    labels: tuple[Text, ...] = ()
    na: Text | None = None
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
            check.add(
                "unknown_scale",
                check.line_of(node, "scale"),
                "question",
                ident,
                scale=name,
                known=sorted(scales),
            )
    else:
        check.add(
            "scale_label_missing",
            node.line,
            "question",
            ident,
            points=", ".join(str(p) for p in SCALE_POINTS),
        )
    if "not_applicable" in node:
        if node["not_applicable"] is False:
            na = None
        else:
            na = check.text(node, "not_applicable", "question", ident)
    if not labels:
        return None
    return {"reverse": reverse, "labels": labels, "not_applicable": na, "shows_later": shows_later}


def _flag(check: Checker, node: YamlMapping, key: str, ident: str) -> bool:
    value = node.get(key, False)
    if not isinstance(value, bool):
        check.add(
            "wrong_type",
            check.line_of(node, key),
            "question",
            ident,
            key=key,
            expected="true/false",
        )
        return False
    return value


def _choices(check: Checker, node: YamlMapping, ident: str) -> tuple[Choice, ...]:
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
