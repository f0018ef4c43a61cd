"""Check the recommendation: thresholds, the outcomes with their steps, and the text templates."""

from __future__ import annotations

import string
from collections.abc import Sequence

from verkosto.instrument.checker import Checker
from verkosto.instrument.checks_conditions import read_steps
from verkosto.instrument.model import (
    CHANGE_PLACEHOLDERS,
    JOINING_SUFFIX,
    OPTIONAL_TEMPLATES,
    OUTCOME_IDS,
    REASON_PLACEHOLDERS,
    Outcome,
    Question,
    RecommendationConfig,
    Text,
)
from verkosto.instrument.reading import YamlMapping
from verkosto.instrument.thresholds import in_section, read_thresholds


def read_recommendation(
    check: Checker, root: YamlMapping, questions: Sequence[Question], all_ids: set[str]
) -> RecommendationConfig | None:
    """Read `recommendation`, or return None when a part of it is broken (reported)."""
    if "recommendation" not in root:
        return None
    node = check.mapping(
        root["recommendation"], check.line_of(root, "recommendation"), None, None, "recommendation"
    )
    if node is None:
        return None
    kind = "recommendation"
    check.keys(
        node,
        kind,
        None,
        required=("outcomes", "reasons"),
        optional=("changes", *in_section("recommendation")),
    )
    numbers = read_thresholds(check, node, "recommendation", kind, None)
    if numbers is not None:
        _check_order(check, node, numbers)
    outcomes = _outcomes(check, node, questions, all_ids)
    reasons = _templates(check, node, "reasons", "reason", REASON_PLACEHOLDERS)
    changes = (
        _templates(check, node, "changes", "change", CHANGE_PLACEHOLDERS)
        if "changes" in node
        else {}
    )
    if numbers is None or outcomes is None or reasons is None or changes is None:
        return None
    max_steps = int(numbers.pop("max_steps"))
    return RecommendationConfig(
        outcomes=outcomes, reasons=reasons, changes=changes, max_steps=max_steps, **numbers
    )


def _check_order(check: Checker, node: YamlMapping, numbers: dict[str, float]) -> None:
    """Report thresholds out of order: crossing one line must never move the verdict two levels."""
    kind = "recommendation"
    if numbers["break_even_ratio"] > numbers["worth_it_ratio"]:
        check.add("ratios_order", check.line_of(node, "break_even_ratio"), kind, None)
    if numbers["worth_it_ratio"] > numbers["invest_ratio"]:
        check.add("invest_ratio_order", check.line_of(node, "invest_ratio"), kind, None)
    if numbers["high_share"] > numbers["heavy_share"]:
        check.add("shares_order", check.line_of(node, "heavy_share"), kind, None)


def _outcomes(
    check: Checker, node: YamlMapping, questions: Sequence[Question], all_ids: set[str]
) -> dict[str, Outcome] | None:
    if "outcomes" not in node:
        return None
    raw = check.mapping(
        node["outcomes"], check.line_of(node, "outcomes"), "outcome", None, "outcomes"
    )
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
        check.keys(
            entry,
            "outcome",
            oid,
            required=("title", "review_months", "steps"),
            optional=("title_joining",),
        )
        title = check.text(entry, "title", "outcome", oid)
        joining = check.text(entry, "title_joining", "outcome", oid, required=False)
        months = check.number(entry, "review_months", "outcome", oid, low=1.0, high=60.0)
        if months is not None and not float(months).is_integer():
            check.add(
                "wrong_type",
                check.line_of(entry, "review_months"),
                "outcome",
                oid,
                key="review_months",
                expected="integer",
            )
            months = None
        steps = read_steps(check, entry, "outcome", oid, questions, all_ids)
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
    check: Checker, node: YamlMapping, key: str, kind: str, placeholders: dict[str, frozenset[str]]
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
    required = tuple(rid for rid in placeholders if rid not in OPTIONAL_TEMPLATES)
    optional = tuple(variants) + tuple(rid for rid in placeholders if rid in OPTIONAL_TEMPLATES)
    check.keys(raw, kind, None, required=required, optional=optional)
    result: dict[str, Text] = {}
    for rid, allowed in {**placeholders, **variants}.items():
        if rid not in raw:
            continue
        line = raw.key_lines.get(rid, raw.line)
        text = check.text_value(raw[rid], line, kind, rid, rid)
        if text is None:
            continue
        checked = [
            _placeholders_ok(check, variant, allowed, line, kind, rid)
            for variant in (text.fi, text.en, text.sv)
            if variant is not None
        ]
        if all(checked):
            result[rid] = text
    return result if all(rid in result for rid in required) else None


def _placeholders_ok(
    check: Checker, template: str, allowed: frozenset[str], line: int, kind: str, rid: str
) -> bool:
    """Report a template's syntax error or a placeholder it may not use; True when none."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as error:
        check.add("template_syntax", line, kind, rid, detail=str(error))
        return False
    for name in sorted(names - allowed):
        check.add(
            "template_placeholder",
            line,
            kind,
            rid,
            name=name,
            allowed=", ".join(sorted(allowed)) or "-",
        )
    return not names - allowed
