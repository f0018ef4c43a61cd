from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verkosto.errors import Problem, ProblemsError
from verkosto.i18n.problems import describe_problem
from verkosto.i18n.texts import MESSAGES
from verkosto.instrument import reading
from verkosto.instrument.loader import load, load_text
from verkosto.instrument.model import OUTCOME_IDS, REASON_PLACEHOLDERS, Instrument
from verkosto.instrument.reading import MAX_FILE_BYTES

from helpers import iter_text_fields

REPO = Path(__file__).resolve().parents[1]

# The smallest instrument the loader accepts: one benefit and one (time) cost dimension,
# a phase question, one scale item, hours and working time, every outcome and reason.
MINIMAL = """\
instrument:
  id: testi
  version: "1"
  title: {fi: Testi, en: Test}
dimensions:
  - id: ydin
    side: benefit
    title: {fi: Ydin, en: Core}
  - id: aika
    side: cost
    title: {fi: Aika, en: Time}
questions:
  - id: vaihe
    type: choice
    text: {fi: Vaihe, en: Phase}
    source: Ingressi
    choices:
      - value: harkitsen
        label: {fi: Harkitsen, en: Considering}
      - value: jasen
        label: {fi: Jäsen, en: Member}
  - id: arvio
    type: scale
    dimension: ydin
    text: {fi: Arvio, en: Rating}
    source: Kohta 1
    labels:
      1: {fi: yksi, en: one}
      2: {fi: kaksi, en: two}
      3: {fi: kolme, en: three}
      4: {fi: neljä, en: four}
      5: {fi: viisi, en: five}
  - id: tunnit
    type: number
    dimension: aika
    min: 0
    max: 100
    text: {fi: Tunnit, en: Hours}
    source: Kohta 2
  - id: tyo
    type: number
    min: 1
    max: 400
    text: {fi: Työtunnit, en: Work hours}
    source: Kohta 3
scoring:
  levels:
    - {id: hyva, min: 4, label: {fi: Hyvä, en: Good}}
    - {id: heikko, min: 1, label: {fi: Heikko, en: Weak}}
  time:
    dimension: aika
    hours: [tunnit]
    worktime: tyo
    curve:
      - {share: 0.1, score: 5}
      - {share: 0.3, score: 1}
  phase:
    question: vaihe
    joining: harkitsen
  core_dimension: ydin
recommendation:
  outcomes:
    invest: {title: Panosta, review_months: 12, steps: [Yksi, Kaksi]}
    continue: {title: Jatka, review_months: 12, steps: [Yksi, Kaksi]}
    lighten: {title: Kevennä, review_months: 6, steps: [Yksi, Kaksi]}
    give_time: {title: Odota, review_months: 3, steps: [Yksi, Kaksi]}
    leave: {title: Lähde, review_months: 12, steps: [Yksi, Kaksi]}
    incomplete: {title: Vajaa, review_months: 3, steps: [Yksi, Kaksi]}
  reasons:
    balance_clear: "Selvä {benefit} {cost}"
    balance_even: "Tasan {benefit} {cost}"
    balance_low: "Matala {benefit} {cost}"
    benefit_low: "Hyöty {benefit}"
    benefit_high: "Hyöty {benefit}"
    relevance_low: "Ei liity {score}"
    relevance_partial: "Osittain {score}"
    relevance_unknown: "Ei tiedetä"
    coordinator_unagreed: "Koordinaattori ilman sovittuja tunteja"
    valuable: "Arvokas {benefit}"
    small_org_support: "Tuki {score}"
    new_member: "Uusi {months}"
    founding: "Perusteilla {months}"
    joining_trial: "Kokeile {months}"
    reciprocity_low: "Vastavuoroisuus {score}"
    thin_evidence: "Vähän {dimensions}"
    time_share: "Aika {hours} {share}"
    time_agreed: "Sovittu {hours} {agreed} {unagreed} {share}"
    time_high: "Paljon {hours} {unagreed} {share}"
    time_heavy: "Raskas {hours} {unagreed} {share}"
    time_zero: "Ei aikaa"
    dimension_strength: "Vahvuus {dimension}"
    dimension_concern: "Huoli {dimension}"
    dimension_discuss: "Pohdittava {dimension}"
    insufficient: "Liian vähän {dimensions}"
"""

# An extra scale question appended after the others; tests break it in one way each.
EXTRA = """\
  - id: lisa
    type: scale
    dimension: ydin
    text: {fi: Lisä, en: Extra}
    source: Kohta 4
    labels:
      1: L1
      2: L2
      3: L3
      4: L4
      5: L5
"""


def replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def with_question(block: str = EXTRA, text: str = MINIMAL) -> str:
    return replace(text, "scoring:\n", block + "scoring:\n")


def line_of(text: str, needle: str, nth: int = 1) -> int:
    found = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            found += 1
            if found == nth:
                return number
    raise AssertionError(f"{needle!r} not in text")


def write(tmp_path: Path, text: str | bytes, name: str = "questions.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str | bytes) -> list[Problem]:
    path = write(tmp_path, text)
    with pytest.raises(ProblemsError) as caught:
        load(path)
    assert caught.value.key == "file_invalid"
    assert caught.value.problems
    for problem in caught.value.problems:
        assert problem.file == str(path)
    return caught.value.problems


# --------------------------------------------------------------------------- the bundled file


def test_minimal_instrument_loads(tmp_path):
    loaded = load(write(tmp_path, MINIMAL))
    assert isinstance(loaded, Instrument)
    assert [q.id for q in loaded.questions] == ["vaihe", "arvio", "tunnit", "tyo"]
    assert loaded.scoring.time.hours == ("tunnit",)
    assert loaded.sha256 == hashlib.sha256(MINIMAL.encode("utf-8")).hexdigest()


def test_minimal_with_extra_question_loads(tmp_path):
    loaded = load(write(tmp_path, with_question()))
    assert loaded.question("lisa").labels[2].fi == "L3"
    assert loaded.question("lisa").line == line_of(with_question(), "- id: lisa")


def test_bundled_loads(bundled):
    assert isinstance(bundled, Instrument)
    assert bundled.id == "verkosto-arvio"
    assert bundled.version
    assert len(bundled.questions) > 20
    assert bundled.title.fi and bundled.title.en


def test_bundled_loads_from_explicit_path_with_same_hash(bundled):
    path = REPO / "questions.yaml"
    loaded = load(path)
    assert loaded.sha256 == bundled.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [q.id for q in loaded.questions] == [q.id for q in bundled.questions]


def test_bundled_every_text_has_finnish_and_english(bundled):
    fields = iter_text_fields(bundled)
    fields.append(("insufficient_label", bundled.scoring.insufficient_label))
    assert len(fields) > 100
    for where, text in fields:
        assert text.fi.strip(), where
        assert text.en is not None and text.en.strip(), where


def test_bundled_has_every_reason_and_outcome(bundled):
    assert {r.removesuffix("_joining") for r in bundled.recommendation.reasons} == set(
        REASON_PLACEHOLDERS
    )
    assert set(bundled.recommendation.outcomes) == set(OUTCOME_IDS)
    for outcome in bundled.recommendation.outcomes.values():
        assert len(outcome.steps) >= 2


def test_bundled_dimensions_have_a_side(bundled):
    sides = {d.side for d in bundled.dimensions}
    assert sides == {"benefit", "cost"}
    for dimension in bundled.dimensions:
        assert dimension.side in ("benefit", "cost"), dimension.id


def test_bundled_scale_questions_have_five_labels(bundled):
    scales = [q for q in bundled.questions if q.type == "scale"]
    assert scales
    for question in scales:
        assert len(question.labels) == 5, question.id
        assert all(label.fi and label.en for label in question.labels), question.id
        assert question.dimension is not None, question.id


def test_bundled_ids_are_unique(bundled):
    qids = [q.id for q in bundled.questions]
    dids = [d.id for d in bundled.dimensions]
    assert len(qids) == len(set(qids))
    assert len(dids) == len(set(dids))


def test_bundled_questions_name_their_source(bundled):
    for question in bundled.questions:
        assert question.source.fi.strip() and question.source.en, question.id


def test_bundled_time_config_points_at_number_questions(bundled):
    time = bundled.scoring.time
    assert time.hours
    for qid in (*time.hours, time.worktime):
        assert bundled.question(qid).type == "number", qid
    assert bundled.question(time.worktime).min > 0
    assert bundled.dimension(time.dimension).side == "cost"
    phase = bundled.scoring.phase
    assert bundled.question(phase.question).choice(phase.joining) is not None


def test_bundled_conditions_refer_to_earlier_questions(bundled):
    seen: set[str] = set()
    for question in bundled.questions:
        if question.when is not None:
            assert question.when.question in seen, question.id
        seen.add(question.id)


# --------------------------------------------------------------------------- rejections


def _case(
    variant: str, code: str, needle: str, kind: str | None, ident: str | None, /, **params: object
) -> tuple:
    return (variant, code, needle, kind, ident, params)


def _extra(old: str, new: str) -> str:
    return with_question(replace(EXTRA, old, new))


REJECTIONS = {
    "unknown top-level key": _case(
        MINIMAL + "extra: 1\n", "unknown_key", "extra: 1", None, None, key="extra"
    ),
    "unknown question key": _case(
        _extra("    source: Kohta 4\n", "    source: Kohta 4\n    colour: red\n"),
        "unknown_key",
        "colour: red",
        "question",
        "lisa",
        key="colour",
    ),
    "unknown dimension key": _case(
        replace(
            MINIMAL,
            "title: {fi: Aika, en: Time}\n",
            "title: {fi: Aika, en: Time}\n    colour: red\n",
        ),
        "unknown_key",
        "colour: red",
        "dimension",
        "aika",
        key="colour",
    ),
    "unknown type": _case(
        _extra("type: scale", "type: slider"),
        "unknown_type",
        "type: slider",
        "question",
        "lisa",
        type="slider",
    ),
    "when unknown question": _case(
        _extra(
            "    source: Kohta 4\n",
            "    source: Kohta 4\n    when: {question: puuttuu, equals: x}\n",
        ),
        "when_unknown",
        "when:",
        "question",
        "lisa",
        ref="puuttuu",
    ),
    "when later question": _case(
        replace(
            MINIMAL,
            "questions:\n",
            "questions:\n"
            + replace(
                EXTRA,
                "    source: Kohta 4\n",
                "    source: Kohta 4\n    when: {question: vaihe, equals: jasen}\n",
            ),
        ),
        "when_later",
        "when:",
        "question",
        "lisa",
        ref="vaihe",
    ),
    "when choice value not in choices": _case(
        _extra(
            "    source: Kohta 4\n",
            "    source: Kohta 4\n    when: {question: vaihe, equals: ehka}\n",
        ),
        "when_value",
        "when:",
        "question",
        "lisa",
        ref="vaihe",
        value="ehka",
    ),
    "when scale value 7": _case(
        _extra(
            "    source: Kohta 4\n",
            "    source: Kohta 4\n    when: {question: arvio, in: [1, 7]}\n",
        ),
        "when_value",
        "when:",
        "question",
        "lisa",
        ref="arvio",
        value=7,
    ),
    "when number value out of range": _case(
        _extra(
            "    source: Kohta 4\n",
            "    source: Kohta 4\n    when: {question: tunnit, equals: 101}\n",
        ),
        "when_value",
        "when:",
        "question",
        "lisa",
        ref="tunnit",
        value=101,
    ),
    "scale label missing": _case(
        _extra("      3: L3\n", ""), "scale_label_missing", "1: L1", "question", "lisa", points="3"
    ),
    "scale point 6": _case(
        _extra("      5: L5\n", "      5: L5\n      6: L6\n"),
        "scale_bad_point",
        "6: L6",
        "question",
        "lisa",
        point=6,
    ),
    "missing fi text": _case(
        _extra("text: {fi: Lisä, en: Extra}", "text: {en: Extra only}"),
        "missing_fi",
        "Extra only",
        "question",
        "lisa",
        key="text",
    ),
    "empty fi text": _case(
        _extra("text: {fi: Lisä, en: Extra}", "text: {fi: '  ', en: Extra}"),
        "missing_fi",
        "text: {fi: '  '",
        "question",
        "lisa",
        key="text",
    ),
    "bad id with space": _case(
        _extra("id: lisa", 'id: "Kysymys 1"'),
        "bad_id",
        "Kysymys 1",
        "question",
        "Kysymys 1",
        id="Kysymys 1",
    ),
    "bad id non-ascii": _case(
        _extra("id: lisa", "id: ä"), "bad_id", "id: ä", "question", "ä", id="ä"
    ),
    "bad id shell": _case(
        _extra("id: lisa", 'id: "x;rm"'), "bad_id", "x;rm", "question", "x;rm", id="x;rm"
    ),
    "bad id upper case": _case(
        _extra("id: lisa", "id: Lisa"), "bad_id", "id: Lisa", "question", "Lisa", id="Lisa"
    ),
    "number min above max": _case(
        replace(MINIMAL, "    min: 0\n    max: 100\n", "    min: 100\n    max: 5\n"),
        "bad_range",
        "max: 5",
        "question",
        "tunnit",
        min=100.0,
        max=5.0,
    ),
    "unknown dimension": _case(
        _extra("dimension: ydin", "dimension: nope"),
        "unknown_dimension",
        "dimension: nope",
        "question",
        "lisa",
        dimension="nope",
    ),
    "empty source": _case(
        # The source is a text like the others (fi, optionally en): empty is missing Finnish.
        _extra("source: Kohta 4", 'source: ""'),
        "missing_fi",
        'source: ""',
        "question",
        "lisa",
        key="source",
    ),
    "reason unknown placeholder": _case(
        replace(MINIMAL, '{cost}"\n    benefit_low', '{nope}"\n    benefit_low'),
        "template_placeholder",
        "balance_low:",
        "reason",
        "balance_low",
        name="nope",
    ),
    "outcome with one step": _case(
        replace(
            MINIMAL,
            "review_months: 12, steps: [Yksi, Kaksi]}\n    incomplete",
            "review_months: 12, steps: [Yksi]}\n    incomplete",
        ),
        "steps_too_few",
        "leave:",
        "outcome",
        "leave",
    ),
    "levels not descending": _case(
        replace(
            replace(MINIMAL, "{id: hyva, min: 4", "{id: hyva, min: 1"),
            "{id: heikko, min: 1",
            "{id: heikko, min: 4",
        ),
        "levels_order",
        "levels:",
        "scoring",
        "levels",
    ),
}


@pytest.mark.parametrize(
    ("variant", "key", "needle", "kind", "ident", "params"),
    list(REJECTIONS.values()),
    ids=list(REJECTIONS),
)
def test_rejection(tmp_path, variant, key, needle, kind, ident, params):
    problems = problems_of(tmp_path, variant)
    assert [p.key for p in problems] == [key]
    [problem] = problems
    assert problem.line == line_of(variant, needle)
    assert (problem.kind, problem.ident) == (kind, ident)
    for name, value in params.items():
        assert problem.params[name] == value, name


@pytest.mark.parametrize(
    ("old", "new", "needle", "missing"),
    [
        ("    source: Kohta 4\n", "", "- id: lisa", "source"),
        ("    text: {fi: Lisä, en: Extra}\n", "", "- id: lisa", "text"),
        ("    title: {fi: Aika, en: Time}\n", "", "- id: aika", "title"),
    ],
    ids=["question source", "question text", "dimension title"],
)
def test_missing_required_key_is_reported_once(tmp_path, old, new, needle, missing):
    variant = _extra(old, new) if old in EXTRA else replace(with_question(), old, new)
    problems = problems_of(tmp_path, variant)
    found = [p for p in problems if p.key == "missing_key"]
    assert [(p.line, p.params["key"]) for p in found] == [(line_of(variant, needle), missing)]


@pytest.mark.parametrize("value", ["5", "true", "2.5", "tunnit"])
def test_time_hours_not_a_list(tmp_path, value):
    variant = replace(MINIMAL, "hours: [tunnit]", f"hours: {value}")
    problems = problems_of(tmp_path, variant)
    assert ("wrong_type", line_of(variant, "hours:")) in [(p.key, p.line) for p in problems]


def test_duplicate_question_id_names_first_line(tmp_path):
    variant = with_question(replace(EXTRA, "id: lisa", "id: arvio"))
    [problem] = problems_of(tmp_path, variant)
    assert problem.key == "duplicate_id"
    assert (problem.kind, problem.ident) == ("question", "arvio")
    assert problem.line == line_of(variant, "- id: arvio", nth=2)
    assert problem.params["first_line"] == line_of(variant, "- id: arvio", nth=1)
    assert problem.params["first_line"] < problem.line


def test_duplicate_dimension_id(tmp_path):
    variant = replace(
        MINIMAL, "questions:\n", "  - id: ydin\n    side: benefit\n    title: Toinen\nquestions:\n"
    )
    [problem] = problems_of(tmp_path, variant)
    assert problem.key == "duplicate_id"
    assert (problem.kind, problem.ident) == ("dimension", "ydin")
    assert problem.line == line_of(variant, "- id: ydin", nth=2)
    assert problem.params["first_line"] == line_of(variant, "- id: ydin")


def test_duplicate_yaml_key(tmp_path):
    variant = replace(
        MINIMAL, "    source: Kohta 2\n", "    source: Kohta 2\n    source: Kohta 2b\n"
    )
    [problem] = problems_of(tmp_path, variant)
    assert problem.key == "duplicate_key"
    assert problem.line == line_of(variant, "source: Kohta 2b")
    assert problem.params == {"key": "source", "first_line": line_of(variant, "source: Kohta 2")}


def test_bad_side_names_the_dimension(tmp_path):
    variant = replace(MINIMAL, "side: cost", "side: kulu")
    problems = problems_of(tmp_path, variant)
    # Questions and settings that use the broken dimension may be reported too.
    assert problems[0] == Problem(
        "bad_side",
        {"side": "kulu"},
        problems[0].file,
        line_of(variant, "side: kulu"),
        "dimension",
        "aika",
    )


def test_several_problems_reported_together_in_file_order(tmp_path):
    variant = "extra: 1\n" + with_question(replace(EXTRA, "id: lisa", 'id: "x;rm"'))
    variant = replace(variant, '{cost}"\n    benefit_low', '{nope}"\n    benefit_low')
    variant = replace(
        variant,
        "review_months: 12, steps: [Yksi, Kaksi]}\n    incomplete",
        "review_months: 12, steps: [Yksi]}\n    incomplete",
    )
    variant = replace(variant, "min: 0\n    max: 100\n", "min: 100\n    max: 5\n")
    problems = problems_of(tmp_path, variant)
    expected = [
        ("unknown_key", line_of(variant, "extra: 1")),
        ("bad_range", line_of(variant, "max: 5")),
        ("bad_id", line_of(variant, "x;rm")),
        ("steps_too_few", line_of(variant, "leave:")),
        ("template_placeholder", line_of(variant, "balance_low:")),
    ]
    assert len(problems) == len(expected)
    assert {(p.key, p.line) for p in problems} == set(expected)
    assert [(p.key, p.line) for p in problems] == expected


def test_zero_weight_is_not_silently_turned_into_one(tmp_path):
    variant = replace(
        MINIMAL, "title: {fi: Ydin, en: Core}\n", "title: {fi: Ydin, en: Core}\n    weight: 0\n"
    )
    try:
        loaded = load(write(tmp_path, variant))
    except ProblemsError as error:
        assert [p.key for p in error.problems] == ["number_range"]
    else:
        # The loader accepts 0 (its lower bound), so the weight must stay 0.
        assert loaded.dimension("ydin").weight == 0.0


# --------------------------------------------------------------------------- hostile files


def test_yaml_syntax_error_has_line(tmp_path):
    text = "instrument:\n  id: testi\n  title: [auki\nquestions: []\n"
    [problem] = problems_of(tmp_path, text)
    assert problem.key == "yaml_syntax"
    assert problem.line == 4
    assert problem.params["detail"]


def test_not_utf8(tmp_path):
    raw = b"instrument:\n  id: t\xe4sti\n"
    [problem] = problems_of(tmp_path, raw)
    assert problem.key == "not_utf8"
    assert problem.line == 2
    assert problem.params["byte"] == raw.index(b"\xe4")


def test_utf8_byte_order_mark_is_accepted(tmp_path):
    raw = b"\xef\xbb\xbf" + MINIMAL.encode("utf-8")
    loaded = load(write(tmp_path, raw))
    assert loaded.id == "testi"
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_file(tmp_path, text):
    [problem] = problems_of(tmp_path, text)
    assert problem.key == "empty_file"


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n", "42\n", "# only a comment\n"])
def test_root_not_a_mapping(tmp_path, text):
    [problem] = problems_of(tmp_path, text)
    assert problem.key == "wrong_type"
    assert problem.params["expected"] == "mapping"


BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_alias_bomb_is_refused(tmp_path):
    [problem] = problems_of(tmp_path, BILLION_LAUGHS)
    assert problem.key == "yaml_alias"
    assert problem.line == 2


def test_any_alias_is_refused(tmp_path):
    variant = replace(
        MINIMAL,
        "  - id: aika\n    side: cost\n",
        "  - id: aika\n    side: &s cost\n    description: *s\n",
    )
    [problem] = problems_of(tmp_path, variant)
    assert problem.key == "yaml_alias"
    assert problem.line == line_of(variant, "*s")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        "{a: " * 10_000 + "1" + "}" * 10_000,
        "- " * 10_000 + "x\n",
        "x: " + "[" * 10_000 + "]" * 10_000 + "\n",
    ],
    ids=["flow-lists", "flow-maps", "block-lists", "nested-value"],
)
def test_deep_nesting_is_a_problem_not_a_crash(tmp_path, text):
    path = write(tmp_path, text)
    assert path.stat().st_size < MAX_FILE_BYTES
    with pytest.raises(ProblemsError) as caught:
        load(path)
    assert [p.key for p in caught.value.problems] in (["yaml_too_deep"], ["yaml_syntax"])


def test_too_large_file_is_refused_before_parsing(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise AssertionError("parsed a file that should have been refused")

    monkeypatch.setattr(reading, "parse_yaml", explode)  # what load() calls
    raw = b"# " + b"x" * MAX_FILE_BYTES + b"\n"
    [problem] = problems_of(tmp_path, raw)
    assert problem.key == "file_too_large"
    assert problem.params == {"size": len(raw), "limit": MAX_FILE_BYTES}


def test_file_of_exactly_the_limit_is_read(tmp_path):
    padding = MAX_FILE_BYTES - len(MINIMAL.encode("utf-8")) - 3
    text = MINIMAL + "# " + "x" * padding + "\n"
    assert len(text.encode("utf-8")) == MAX_FILE_BYTES
    assert load(write(tmp_path, text)).id == "testi"


def test_missing_file(tmp_path):
    path = tmp_path / "ei-ole.yaml"
    with pytest.raises(ProblemsError) as caught:
        load(path)
    assert [(p.key, p.file) for p in caught.value.problems] == [("file_not_found", str(path))]


def test_directory(tmp_path):
    with pytest.raises(ProblemsError) as caught:
        load(tmp_path)
    assert [(p.key, p.file) for p in caught.value.problems] == [("is_directory", str(tmp_path))]


# --------------------------------------------------------------------------- messages


def _message(key: str, lang: str, /, **params: object) -> str:
    return MESSAGES[key][lang].format(**params)


def test_describe_problem_names_file_line_and_question():
    problem = Problem(
        "unknown_key",
        {"key": "colour", "allowed": ["id", "text"]},
        "kysymykset.yaml",
        12,
        "question",
        "lisa",
    )
    assert describe_problem(problem, "fi") == "kysymykset.yaml, rivi 12, kysymys 'lisa': " + (
        _message("unknown_key", "fi", key="colour", allowed="id, text")
    )
    assert describe_problem(problem, "en") == "kysymykset.yaml, line 12, question 'lisa': " + (
        _message("unknown_key", "en", key="colour", allowed="id, text")
    )


def test_describe_problem_from_a_real_load(tmp_path):
    variant = _extra("dimension: ydin", "dimension: nope")
    path = write(tmp_path, variant)
    with pytest.raises(ProblemsError) as caught:
        load(path)
    [problem] = caught.value.problems
    line = line_of(variant, "dimension: nope")
    assert describe_problem(problem, "fi") == f"{path}, rivi {line}, kysymys 'lisa': " + (
        _message("unknown_dimension", "fi", dimension="nope")
    )
    assert describe_problem(problem, "en") == f"{path}, line {line}, question 'lisa': " + (
        _message("unknown_dimension", "en", dimension="nope")
    )


def test_describe_problem_names_dimension():
    problem = Problem("bad_side", {"side": "kulu"}, "q.yaml", 3, "dimension", "aika")
    assert describe_problem(problem, "fi") == "q.yaml, rivi 3, ulottuvuus 'aika': " + (
        _message("bad_side", "fi", side="kulu")
    )
    assert describe_problem(problem, "en") == "q.yaml, line 3, dimension 'aika': " + (
        _message("bad_side", "en", side="kulu")
    )


def test_describe_problem_dimension_and_expected_type():
    problem = Problem(
        "wrong_type", {"key": "steps", "expected": "list"}, "q.yaml", 3, "dimension", "aika"
    )
    assert describe_problem(problem, "fi") == "q.yaml, rivi 3, ulottuvuus 'aika': " + (
        _message("wrong_type", "fi", key="steps", expected="lista")
    )
    assert describe_problem(problem, "en") == "q.yaml, line 3, dimension 'aika': " + (
        _message("wrong_type", "en", key="steps", expected="a list")
    )


def test_describe_problem_without_location():
    assert describe_problem(Problem("empty_file"), "en") == MESSAGES["empty_file"]["en"]


def test_every_rejection_key_has_both_messages():
    for _variant, key, *_ in REJECTIONS.values():
        assert key in MESSAGES
        assert set(MESSAGES[key]) == {"fi", "en", "sv"}


# --------------------------------------------------------------------------- properties


def _check_outcome(text: str) -> list[Problem]:
    try:
        result = load_text(text, "arvo.yaml")
    except ProblemsError as error:
        assert error.problems
        for problem in error.problems:
            assert isinstance(problem, Problem)
            assert problem.key in MESSAGES, problem.key
        return error.problems
    assert isinstance(result, Instrument)
    return []


scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-10, max_value=1000)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(
        [
            "vaihe",
            "arvio",
            "tunnit",
            "ydin",
            "aika",
            "jasen",
            "harkitsen",
            "scale",
            "choice",
            "number",
            "text",
            "benefit",
            "cost",
            "{ratio}",
            "{",
            "fi",
            "en",
            "id",
            "question",
            "equals",
            "in",
        ]
    )
)
keys = (
    st.text(max_size=10)
    | st.integers(min_value=0, max_value=7)
    | st.sampled_from(
        ["id", "type", "text", "fi", "en", "question", "equals", "in", "labels", "min", "max"]
    )
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=25,
)

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(st.text())
def test_random_text_gives_instrument_or_problems(text):
    _check_outcome(text)


@PROPERTY
@given(documents)
def test_random_documents_give_instrument_or_problems(document):
    _check_outcome(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))


MINIMAL_DATA = yaml.safe_load(MINIMAL)


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


PATHS = _paths(MINIMAL_DATA)[1:]
DELETE = object()


def _mutated(path: tuple, value: object) -> str:
    data = copy.deepcopy(MINIMAL_DATA)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("value", [DELETE, 5, "x", None], ids=["deleted", "number", "text", "null"])
def test_every_field_replaced_gives_instrument_or_problems(value):
    for path in PATHS:
        try:
            _check_outcome(_mutated(path, value))
        except Exception as error:
            raise AssertionError(f"{path} = {value!r}: {error!r}") from error


mutations = st.tuples(st.sampled_from(PATHS), st.one_of(st.just(DELETE), documents))


@PROPERTY
@given(mutations)
def test_mutated_minimal_gives_instrument_or_problems(mutation):
    _check_outcome(_mutated(*mutation))


@PROPERTY
@given(
    st.one_of(
        mutations.map(lambda m: _mutated(*m)),
        documents.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    )
)
def test_every_reported_problem_can_be_described(text):
    for problem in _check_outcome(text):
        for lang in ("fi", "en"):
            message = describe_problem(problem, lang)
            assert message.startswith("arvo.yaml")
            assert "{" + "key}" not in message


def test_number_with_thousands_of_digits_is_a_problem(tmp_path):
    path = tmp_path / "q.yaml"
    text = (REPO / "questions.yaml").read_text("utf-8")
    path.write_text(
        text.replace("min_answered_share: 0.5", "min_answered_share: " + "9" * 5000),
        encoding="utf-8",
    )
    with pytest.raises(ProblemsError) as caught:
        load(path)
    assert [p.key for p in caught.value.problems] == ["number_too_long"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "    hours: [tunnit_tapaamiset, tunnit_viestinta, tunnit_yllapito, tunnit_matkat]",
            "    hours: [null]",
        ),
        ("    worktime: tyotunnit", "    worktime:"),
        ("    question: vaihe\n    joining: harkitsen", "    question:\n    joining: harkitsen"),
    ],
)
def test_empty_reference_is_named_not_an_empty_report(tmp_path, old, new):
    text = (REPO / "questions.yaml").read_text("utf-8")
    assert old in text
    path = tmp_path / "q.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        load(path)
    problems = caught.value.problems
    assert problems
    assert all(p.line is not None for p in problems)


def test_broken_parts_are_each_reported_once_without_cascades(tmp_path):
    text = (REPO / "questions.yaml").read_text("utf-8")
    for old, new in [
        (
            "      2: {fi: Jokseenkin eri mieltä, en: Somewhat disagree, "
            "sv: Delvis av annan åsikt}",
            "      2: {en: Disagree}",
        ),
        (
            "      4: {fi: Jokseenkin samaa mieltä, en: Somewhat agree, sv: Delvis av samma åsikt}",
            "      4: 7",
        ),
        (
            "      label: {fi: Pohdittava, en: To discuss, sv: Att fundera på}",
            "      label: {en: To discuss}",
        ),
        ("      - {share: 0.15, score: 3}", "      - {share: 0.15, score: 9}"),
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    path = write(tmp_path, text)
    with pytest.raises(ProblemsError) as caught:
        load(path)
    keys = [(p.key, p.ident) for p in caught.value.problems]
    assert keys == [
        ("missing_fi", "samaa_mielta"),
        ("wrong_type", "samaa_mielta"),
        ("missing_fi", "discuss"),
        ("number_range", "time"),
    ]


# --------------------------------------------------------------------------- total share limit


def test_total_share_limit_defaults_to_fifteen_percent(tmp_path, bundled):
    assert load(write(tmp_path, MINIMAL)).scoring.time.total_share_limit == 0.15
    assert bundled.scoring.time.total_share_limit == 0.15


def test_total_share_limit_is_read(tmp_path):
    variant = replace(
        MINIMAL, "    worktime: tyo\n", "    worktime: tyo\n    total_share_limit: 0.3\n"
    )
    assert load(write(tmp_path, variant)).scoring.time.total_share_limit == 0.3


@pytest.mark.parametrize("value", ["1.5", "-0.1", "paljon"])
def test_total_share_limit_out_of_range_or_not_a_number(tmp_path, value):
    variant = replace(
        MINIMAL, "    worktime: tyo\n", f"    worktime: tyo\n    total_share_limit: {value}\n"
    )
    problems = problems_of(tmp_path, variant)
    assert [(p.key, p.ident, p.params["key"]) for p in problems] in (
        [("number_range", "time", "total_share_limit")],
        [("wrong_type", "time", "total_share_limit")],
    )
    assert problems[0].line == line_of(variant, "total_share_limit")
