"""The assessment as web pages: the same questions, verdict and export as `arvioi`.

Each walk answers every page as a person would (choosing the radio button the page shows,
typing into its field) and ends on the result; its export must equal what
`verkosto arvioi --vastaukset` makes for the same answers, apart from the two timestamps.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from typer.testing import CliRunner

from verkosto.answers import prune
from verkosto.cli.app import app
from verkosto.interview import next_question
from verkosto.recommend import recommend
from verkosto.scoring import score
from verkosto.web import pages

from helpers import full_answers
from webpage import parse, walk

runner = CliRunner()
LANGS = ("fi", "sv", "en")
TIMES = ("started_at", "completed_at")


def _variants(instrument: Any) -> dict[str, tuple[dict[str, Any], dict[str, str]]]:
    """Return answer sets and what is typed for some of them, by name."""
    member = full_answers(instrument)
    joining = full_answers(instrument, scale=2, phase="harkitsen", hours=8.7, worktime=162.5)
    joining["ydin_anti"] = None  # "don't know"
    joining["huomiot"] = 'Muistiinpano <script>alert(1)</script> & "lainaus"'
    heavy = full_answers(instrument, scale=3, hours=20.0, worktime=120.0, rooli="koordinaattori")
    return {
        "member": (member, {}),
        # Hours a week, and a bare working time that the page asks about (a week).
        "joining-weekly": (
            joining,
            {qid: "2 h/vko" for qid in instrument.scoring.time.hours} | {"tyotunnit": "37,5"},
        ),
        "heavy": (heavy, {"tunnit_matkat": "20 h"}),
    }


def _cli_export(tmp_path: Any, answers: dict[str, Any], network: str, lang: str) -> Any:
    path = tmp_path / "vastaukset.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    args = ["arvioi", "--verkosto", network, "--vastaukset", str(path), "--vie", "-"]
    result = runner.invoke(app, [*args, "--ei-tallenna", "--kieli", lang])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("variant", ["member", "joining-weekly", "heavy"])
def test_a_walk_ends_in_the_verdict_and_export_arvioi_makes(bundled, tmp_path, lang, variant):
    answers, written = _variants(bundled)[variant]
    now = datetime.now().astimezone()
    network = "Pienten <järjestöjen> verkosto & co"
    turns = walk(bundled, answers, lang, network, now, written)
    result = turns[-1]
    assert result.state.page == "result"
    assert result.export is not None
    kept = prune(bundled, answers)
    expected = recommend(bundled, score(bundled, kept), kept, now.date())
    assert result.export["recommendation"]["id"] == expected.id
    assert result.export["answers"] == kept
    cli = _cli_export(tmp_path, answers, network, lang)
    ours = {k: v for k, v in result.export.items() if k not in TIMES}
    assert ours == {k: v for k, v in cli.items() if k not in TIMES}
    # The page shows that verdict, and the network's name only escaped.
    assert result.export["recommendation"]["title"] in parse(result.body).root.text()
    assert "<järjestöjen>" not in result.body
    assert "&lt;script&gt;" not in result.body or "<script>" not in result.body


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_is_a_form_of_fieldsets_legends_and_labelled_radios(bundled, lang):
    answers, written = _variants(bundled)["joining-weekly"]
    turns = walk(bundled, answers, lang, "V", datetime.now().astimezone(), written)
    for turn in turns:
        page = parse(pages.document(turn, style=pages.STYLE))
        root = page.root
        assert len(page.ids) == len(set(page.ids)), "an id used twice"
        html = root.find("html")[0]
        assert html.attrs["lang"] == lang == turn.lang
        body = root.find("body")[0]
        assert body.children[0].tag == "main"
        assert len(root.find("h1")) == 1
        assert not root.find("script")
        for radio in root.find("input", type="radio"):
            labels = root.find("label", **{"for": radio.attrs["id"]})
            assert len(labels) == 1 and labels[0].text()
            fieldset = next(a for a in radio.ancestors() if a.tag == "fieldset")
            legend = fieldset.children[0]
            assert legend.tag == "legend" and legend.text()
            assert [a for a in radio.ancestors() if a.tag == "form"]
        for field in root.find("input", type="text") + root.find("textarea"):
            assert len(root.find("label", **{"for": field.attrs["id"]})) == 1
        for described in (n for n in root.walk() if "aria-describedby" in n.attrs):
            for ident in described.attrs["aria-describedby"].split():
                assert ident in page.ids
        if turn.state.page not in ("start", "review", "result"):
            # A question page: its one question is the legend's heading, or its statements
            # are each a legend under the dimension as the page heading.
            h1 = root.find("h1")[0]
            in_legend = [a for a in h1.ancestors() if a.tag == "legend"]
            assert in_legend or root.find("legend")
            assert "/" in root.text()  # "Kysymys 3/36"


def test_the_review_lists_every_answer_with_a_button_to_change_it(bundled):
    answers = full_answers(bundled)
    turns = walk(bundled, answers, "fi", "V", datetime.now().astimezone())
    review = turns[-2]
    assert review.state.page == "review"
    buttons = parse(review.body).root.find("button")
    changes = [b.attrs["value"] for b in buttons if b.attrs["value"].startswith("muuta:")]
    assert changes == [f"muuta:{qid}" for qid in prune(bundled, answers)]
    assert "valmis" in [b.attrs["value"] for b in buttons]


def test_changing_an_answer_in_the_review_asks_it_again_with_the_old_one_chosen(bundled):
    answers = full_answers(bundled)
    now = datetime.now().astimezone()
    review = walk(bundled, answers, "fi", "V", now)[-2]
    turn = pages.submit(bundled, review.state, [("toiminto", "muuta:rooli")], now)
    assert turn.state.page == "rooli"
    checked = [n for n in parse(turn.body).root.find("input") if "checked" in n.attrs]
    assert [n.attrs["value"] for n in checked] == ["osallistuja"]
    form = [("q:rooli", "koordinaattori"), ("toiminto", "seuraava")]
    back = pages.submit(bundled, turn.state, form, now)
    assert back.state.page == "review"
    assert back.state.answers["rooli"] == "koordinaattori"


def test_changing_the_phase_asks_the_questions_it_switches_on_and_drops_the_others(bundled):
    answers = full_answers(bundled)
    now = datetime.now().astimezone()
    review = walk(bundled, answers, "fi", "V", now)[-2]
    turn = pages.submit(bundled, review.state, [("toiminto", "muuta:vaihe")], now)
    turn = pages.submit(bundled, turn.state, [("q:vaihe", "harkitsen")], now)
    assert turn.state.page == "hyodyt_odotetut"
    form = [("q:hyodyt_odotetut", "4"), ("toiminto", "seuraava")]
    turn = pages.submit(bundled, turn.state, form, now)
    assert turn.state.page == "review"
    listed = [b.attrs["value"] for b in parse(turn.body).root.find("button")]
    assert "muuta:kesto" not in listed and "muuta:hyodyt_odotetut" in listed
    result = pages.submit(bundled, turn.state, [("toiminto", "valmis")], now)
    assert result.export is not None and "kesto" not in result.export["answers"]


def test_back_goes_one_page_back_and_shows_the_answers_given_there(bundled):
    answers = full_answers(bundled)
    now = datetime.now().astimezone()
    turns = walk(bundled, answers, "fi", "V", now)
    # The page after the core statements: back leads to all of them, still chosen.
    after = next(t for t in turns if t.state.page == "tunnit_tapaamiset")
    back = pages.submit(bundled, after.state, [("toiminto", "takaisin")], now)
    assert back.state.page == "ydin_aiheet"
    checked = {
        n.attrs["name"]: n.attrs["value"]
        for n in parse(back.body).root.find("input")
        if "checked" in n.attrs
    }
    assert sorted(checked) == [
        "q:hyodyt_nakyneet",
        "q:ydin_aiheet",
        "q:ydin_ainutlaatuinen",
        "q:ydin_anti",
    ]
    assert all(value == str(answers[name[2:]]) for name, value in checked.items())
    # From the first question, back is the start page, the name kept.
    first = turns[1]
    start = pages.submit(bundled, first.state, [("toiminto", "takaisin")], now)
    assert start.state.page == "start"
    assert 'value="V"' in start.body


def test_a_bare_working_time_asks_week_or_month_and_back_returns_to_the_figure(bundled):
    now = datetime.now().astimezone()
    state = pages.start(bundled, "fi", network="V", answers=_up_to(bundled, "tyotunnit"))
    turn = pages.show(bundled, pages.State(**{**state.__dict__, "page": "tyotunnit"}))
    assert turn.state.page == "tyotunnit"
    asked = pages.submit(bundled, turn.state, [("q:tyotunnit", "37,5")], now)
    assert asked.state.pending == 37.5 and not asked.problems
    assert "37,5" in parse(asked.body).root.find("h1")[0].text()
    back = pages.submit(bundled, asked.state, [("toiminto", "takaisin")], now)
    assert back.state.pending is None and 'value="37,5"' in back.body
    again = pages.submit(bundled, back.state, [("q:tyotunnit", "37,5")], now)
    month = pages.submit(bundled, again.state, [("q:tyotunnit", "kuukausi")], now)
    assert month.state.answers["tyotunnit"] == 37.5
    week = pages.submit(bundled, again.state, [("q:tyotunnit", "viikko")], now)
    assert week.state.answers["tyotunnit"] == 162.5
    assert "162,5" in week.body  # the conversion, said once on the next page


def _up_to(instrument: Any, qid: str) -> dict[str, Any]:
    """Return full answers to every question before `qid`."""
    answers = full_answers(instrument)
    kept: dict[str, Any] = {}
    while (question := next_question(instrument, kept)) is not None and question.id != qid:
        kept[question.id] = answers[question.id]
    return kept


def test_hours_that_contradict_the_working_time_are_a_problem_on_the_page(bundled):
    now = datetime.now().astimezone()
    state = pages.start(bundled, "en", network="V", answers=_up_to(bundled, "tyotunnit"))
    state = pages.State(**{**state.__dict__, "page": "tyotunnit"})
    turn = pages.submit(bundled, state, [("q:tyotunnit", "5")], now)
    assert turn.state.page == "tyotunnit" and turn.problems
    assert turn.title.startswith("Error:")
    root = parse(turn.body).root
    summary = root.find("div", role="alert")[0]
    link = summary.find("a")[0]
    assert link.attrs["href"] == "#kentta-tyotunnit"
    field = root.find("input", id="kentta-tyotunnit")[0]
    assert field.attrs["aria-invalid"] == "true" and field.attrs["value"] == "5"
    assert "virhe-tyotunnit" in field.attrs["aria-describedby"].split()


def test_a_missing_statement_is_named_and_the_others_stay_chosen(bundled):
    now = datetime.now().astimezone()
    state = pages.start(bundled, "sv", network="V", answers=_up_to(bundled, "ydin_aiheet"))
    state = pages.State(**{**state.__dict__, "page": "ydin_aiheet"})
    form = [("q:ydin_aiheet", "4"), ("q:ydin_anti", "0"), ("toiminto", "seuraava")]
    turn = pages.submit(bundled, state, form, now)
    assert turn.state.page == "ydin_aiheet"
    anchors = [p.anchor for p in turn.problems]
    assert anchors == ["kentta-ydin_ainutlaatuinen", "kentta-hyodyt_nakyneet"]
    assert all(p.message == "Svar saknas" for p in turn.problems)
    # The list at the top names the statement each problem is about.
    summary = parse(turn.body).root.find("div", role="alert")[0].text()
    assert "Finns inte på annat håll: svar saknas" in summary
    root = parse(turn.body).root
    checked = {n.attrs["id"] for n in root.find("input") if "checked" in n.attrs}
    assert checked == {"kentta-ydin_aiheet-4", "kentta-ydin_anti-0"}


@pytest.mark.parametrize("lang", LANGS)
def test_dont_know_is_its_own_radio_choice(bundled, lang):
    state = pages.start(bundled, lang, network="V", answers=_up_to(bundled, "ydin_aiheet"))
    state = pages.State(**{**state.__dict__, "page": "ydin_aiheet"})
    root = parse(pages.show(bundled, state).body).root
    label = root.find("label", **{"for": "kentta-ydin_aiheet-0"})[0].text()
    assert label == bundled.question("ydin_aiheet").not_applicable.get(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_result_page_is_the_body_of_raportti_muoto_html(bundled, tmp_path, lang):
    answers, written = _variants(bundled)["joining-weekly"]
    result = walk(bundled, answers, lang, "V", datetime.now().astimezone(), written)[-1]
    path = tmp_path / "arvio.json"
    path.write_text(json.dumps(result.export), encoding="utf-8")
    report = runner.invoke(app, ["raportti", str(path), "--muoto", "html", "--kieli", lang])
    assert report.exit_code == 0, report.output
    # The same verdict, reasons, steps, what would change and chart, in the same words.
    assert result.body in report.stdout


def test_the_result_page_shows_the_report_body(bundled):
    from verkosto.report.compose import gather
    from verkosto.report.html import body_parts

    turns = walk(bundled, full_answers(bundled), "fi", "V", datetime.now().astimezone())
    result = turns[-1]
    assert result.export is not None
    assert result.body == "\n".join(body_parts(gather(result.export, bundled, "fi")))
    assert "<svg" in result.body
    # Shown again (a reload), the result is the same page with the same export.
    again = pages.show(bundled, result.state)
    assert again.body == result.body and again.export == result.export


def test_the_state_keeps_as_json(bundled):
    turns = walk(bundled, full_answers(bundled), "en", "V", datetime.now().astimezone())
    for turn in turns:
        data = json.loads(json.dumps(pages.to_json(turn.state)))
        back = pages.from_json(bundled, data)
        assert pages.show(bundled, back).body == pages.show(bundled, turn.state).body


@pytest.mark.parametrize("lang", LANGS)
def test_the_start_page_asks_the_name_and_the_language_each_named_in_itself(bundled, lang):
    root = parse(pages.show(bundled, pages.start(bundled, lang)).body).root
    field = root.find("input", name="verkosto")[0]
    label = root.find("label", **{"for": field.attrs["id"]})[0]
    assert (
        label.text()
        == {
            "fi": "Minkä verkoston arvioit?",
            "sv": "Vilket nätverk bedömer du?",
            "en": "Which network are you assessing?",
        }[lang]
    )
    assert "ohje-verkosto" in field.attrs["aria-describedby"].split()
    radios = root.find("input", name="kieli")
    assert [r.attrs["value"] for r in radios] == ["fi", "sv", "en"]
    assert [r.attrs["value"] for r in radios if "checked" in r.attrs] == [lang]
    named = [root.find("label", **{"for": r.attrs["id"]})[0] for r in radios]
    assert [(n.attrs["lang"], n.text()) for n in named] == [
        ("fi", "suomi"),
        ("sv", "svenska"),
        ("en", "English"),
    ]


def test_choosing_another_language_on_the_start_page_turns_the_pages_into_it(bundled):
    turn = pages.submit(
        bundled, pages.start(bundled, "fi"), [("verkosto", "V"), ("kieli", "en")], datetime.now()
    )
    assert turn.lang == "en" and turn.title.startswith("Question 1/")
    assert parse(pages.document(turn, style=None)).root.find("html")[0].attrs["lang"] == "en"
