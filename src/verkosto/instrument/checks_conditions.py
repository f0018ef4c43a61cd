"""Check what steps and conditions refer to: a `when` on an earlier answer, `if`/`unless` facts.

Questions, dimensions, scoring and outcomes all use these, so they live on their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from verkosto.instrument.checker import Checker
from verkosto.instrument.model import (
    FACTS,
    SCALE_POINTS,
    Condition,
    Question,
    Step,
    plain_number,
)
from verkosto.instrument.reading import YamlMapping


def read_steps(
    check: Checker,
    node: YamlMapping,
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
        item_line = item.line if isinstance(item, YamlMapping) else line
        when = None
        facts: tuple[str, ...] = ()
        unless: tuple[str, ...] = ()
        board = None
        if isinstance(item, YamlMapping) and set(item) & set(_STEP_EXTRAS):
            if "when" in item:
                when = read_condition(check, item, "when", kind, ident, questions, all_ids)
            facts = _fact_list(check, item, "if", kind, ident)
            unless = _fact_list(check, item, "unless", kind, ident)
            if "board" in item:
                board = check.text(item, "board", kind, ident)
            text_part = YamlMapping(item.line, item.key_lines)
            text_part.update((k, v) for k, v in item.items() if k not in _STEP_EXTRAS)
            item = text_part
        text = check.text_value(item, item_line, kind, ident, "steps")
        if text is not None:
            result.append(Step(text, when, facts, unless, board))
    return tuple(result)


_STEP_EXTRAS = ("when", "if", "unless", "board")


def _fact_list(
    check: Checker, node: YamlMapping, key: str, kind: str, ident: str
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


def read_condition(
    check: Checker,
    node: YamlMapping,
    key: str,
    kind: str,
    ident: str,
    earlier: Sequence[Question],
    all_ids: set[str],
) -> Condition | None:
    """Read the condition under `key` on an earlier question's answer, reporting what is wrong."""
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
            check.add(
                "when_value",
                cond.line,
                kind,
                ident,
                ref=ref,
                value=value,
                allowed=allowed_values(target),
            )
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


def allowed_values(target: Question) -> str:
    """Return the values a condition on `target` may name, as shown in a message."""
    if target.type == "choice":
        return ", ".join(c.value for c in target.choices)
    if target.type == "scale":
        return "1–5"
    if target.type == "number":
        return f"{plain_number(target.min)}–{plain_number(target.max)}"
    return "text"
