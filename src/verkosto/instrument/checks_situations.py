"""Check `scoring.situations`: facts about the person, each one condition or a list of them.

A situation holds when any of its conditions holds, so a fact can be read from a new
question and from the older one it replaced (`small_org` from the staff count, or from the
staff band an older answers file gives). A condition names answers (`equals`, `in`) or
compares a number (`at_least`, `at_most`, both inclusive).
"""

from __future__ import annotations

from collections.abc import Mapping

from verkosto.instrument.checker import Checker
from verkosto.instrument.checks_conditions import read_condition
from verkosto.instrument.model import SITUATIONS, Condition, Question
from verkosto.instrument.reading import YamlMapping

_BOUNDS = ("at_least", "at_most")


def read_situations(
    check: Checker, node: YamlMapping, questions: Mapping[str, Question], broken: set[str]
) -> dict[str, tuple[Condition, ...]] | None:
    """Read `situations` under `node` (scoring); None when a part is broken (reported)."""
    if "situations" not in node:
        return {}
    raw = check.mapping(
        node["situations"], check.line_of(node, "situations"), "scoring", "situations", "situations"
    )
    if raw is None:
        return None
    check.keys(raw, "scoring", "situations", required=(), optional=SITUATIONS)
    result: dict[str, tuple[Condition, ...]] = {}
    for name in SITUATIONS:
        if name not in raw:
            continue
        line = check.line_of(raw, name)
        items = raw[name] if isinstance(raw[name], list) else [raw[name]]
        if not items:
            check.add("wrong_type", line, "scoring", "situations", key=name, expected="mapping")
            return None
        conditions: list[Condition] = []
        for item in items:
            target = item.get("question") if isinstance(item, dict) else None
            if target in broken:
                return None  # reported where the question is written
            # read_condition reads node[key]: give each item of a list a node of its own.
            holder = YamlMapping(
                item.line if isinstance(item, YamlMapping) else line,
                {name: item.line if isinstance(item, YamlMapping) else line},
            )
            holder[name] = item
            if isinstance(item, YamlMapping) and set(item) & set(_BOUNDS):
                cond = _bounded(check, item, name, questions)
            else:
                cond = read_condition(
                    check,
                    holder,
                    name,
                    "scoring",
                    "situations",
                    list(questions.values()),
                    set(questions),
                )
            if cond is None:
                return None
            conditions.append(cond)
        result[name] = tuple(conditions)
    return result


def _bounded(
    check: Checker, cond: YamlMapping, name: str, questions: Mapping[str, Question]
) -> Condition | None:
    """Read a comparison of a number answer: `question` with `at_least` and/or `at_most`."""
    check.keys(cond, "scoring", "situations", required=("question",), optional=_BOUNDS)
    ref = cond.get("question")
    if not isinstance(ref, str):
        check.add(
            "wrong_type",
            cond.line,
            "scoring",
            "situations",
            key=f"{name}.question",
            expected="text",
        )
        return None
    target = questions.get(ref)
    if target is None:
        check.add("when_unknown", cond.line, "scoring", "situations", ref=ref)
        return None
    if target.type != "number" or target.min is None or target.max is None:
        check.add("situation_not_number", cond.line, "scoring", "situations", ref=ref)
        return None
    low = check.number(
        cond,
        "at_least",
        "scoring",
        "situations",
        default=target.min,
        low=target.min,
        high=target.max,
    )
    high = check.number(
        cond,
        "at_most",
        "scoring",
        "situations",
        default=target.max,
        low=target.min,
        high=target.max,
    )
    if low is None or high is None:
        return None
    if low > high:
        check.add("situation_bounds", cond.line, "scoring", "situations", low=low, high=high)
        return None
    return Condition(
        ref,
        (),
        at_least=low if "at_least" in cond else None,
        at_most=high if "at_most" in cond else None,
    )
