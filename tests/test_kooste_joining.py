"""`kooste` tells the verdicts said to those considering joining from members' verdicts.

To someone considering joining, "invest" was "Liity ja osallistu aktiivisesti": counting it
as a member's "panosta" misleads a reader. The JSON keeps every earlier field and adds
`joining`, `verdicts_members` and `verdicts_joining`; the groups are apart only when neither
is a handful (fewer than 5) that the difference would single out.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.kooste.summary import MIN_RESPONDENTS

from helpers import make_export

runner = CliRunner()
OLD = Path(__file__).parent / "data" / "old_exports"
SCHEMA = json.loads(
    (resources.files("verkosto") / "schemas" / "verkosto-kooste-1.schema.json").read_text("utf-8")
)
NONE = {"invest": 0, "continue": 0, "lighten": 0, "give_time": 0, "leave": 0, "incomplete": 0}


def write(folder: Path, exports: list[dict[str, Any]]) -> Path:
    """Write the exports as files in `folder`; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    start = len(list(folder.glob("*.json")))
    for index, item in enumerate(exports, start):
        (folder / f"arvio-{index:03d}.json").write_text(
            json.dumps(item, ensure_ascii=False), encoding="utf-8"
        )
    return folder


def kooste_json(folder: Path) -> dict[str, Any]:
    """Run `kooste --json` on a folder and return the parsed, schema-valid summary."""
    result = runner.invoke(app, ["kooste", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    return data


def flat(out: str) -> str:
    """Return screen text as one line: wrapped lines joined."""
    return re.sub(r"[ \n]+", " ", out)


def invest(bundled, network: str, phase: str) -> dict[str, Any]:
    """Return a real invest verdict, said to a member or to someone considering joining."""
    made = make_export(bundled, network, scale=5, hours=1.0, phase=phase)
    assert made["recommendation"]["id"] == "invest"
    return made


def test_joiners_and_members_are_counted_apart(bundled, tmp_path):
    folder = write(
        tmp_path / "viennit",
        [invest(bundled, "Verkosto", "jasen")] * 5 + [invest(bundled, "Verkosto", "harkitsen")] * 6,
    )
    [network] = kooste_json(folder)["networks"]
    # Every earlier field as before: all eleven said "invest" in the tool's own terms.
    assert network["verdicts"] == NONE | {"invest": 11}
    assert network["worth_it_share"] == 1.0
    assert network["joining"] == 6
    assert network["verdicts_members"] == NONE | {"invest": 5}
    assert network["verdicts_joining"] == NONE | {"invest": 6}

    out = flat(runner.invoke(app, ["kooste", str(folder)]).stdout)
    assert "Jäsenten suositukset: panosta 5" in out
    assert "Liittymistä harkitsevien suositukset: liity ja osallistu 6" in out
    english = flat(runner.invoke(app, ["kooste", str(folder), "--kieli", "en"]).stdout)
    assert "Members' recommendations: invest 5" in english
    assert "Recommendations to those considering joining: join and take part 6" in english


def test_a_network_only_joiners_assessed_is_named_in_joiner_words(bundled, tmp_path):
    folder = write(tmp_path / "viennit", [invest(bundled, "Uusi", "harkitsen")] * 5)
    [network] = kooste_json(folder)["networks"]
    assert network["joining"] == 5 and network["verdicts_members"] == NONE
    out = flat(runner.invoke(app, ["kooste", str(folder)]).stdout)
    assert "Liittymistä harkitsevien suositukset: liity ja osallistu 5" in out
    assert "panosta" not in out.split("Kannattaa =")[0].split("Uusi", 1)[1]


@pytest.mark.parametrize("joiners", [1, MIN_RESPONDENTS - 1])
def test_a_handful_of_joiners_is_not_shown_apart(bundled, tmp_path, joiners):
    folder = write(
        tmp_path / "viennit",
        [invest(bundled, "Verkosto", "jasen")] * 6
        + [invest(bundled, "Verkosto", "harkitsen")] * joiners,
    )
    [network] = kooste_json(folder)["networks"]
    assert network["joining"] == joiners
    assert network["verdicts_members"] is None and network["verdicts_joining"] is None
    out = flat(runner.invoke(app, ["kooste", str(folder)]).stdout)
    # Each count names both ways the verdict was said, and says why.
    assert f"Suositukset: panosta / liity ja osallistu {6 + joiners}" in out
    assert f"Liittymistä harkitsee {joiners} vastaajaa" in out


def test_members_only_read_as_before(bundled, tmp_path):
    folder = write(tmp_path / "viennit", [invest(bundled, "Verkosto", "jasen")] * 5)
    [network] = kooste_json(folder)["networks"]
    assert network["joining"] == 0
    assert network["verdicts_members"] == network["verdicts"]
    out = flat(runner.invoke(app, ["kooste", str(folder)]).stdout)
    assert "Suositukset: panosta 5" in out and "liity" not in out.split("Kannattaa =")[0]


def test_a_suppressed_network_adds_nothing_about_joiners(bundled, tmp_path):
    folder = write(tmp_path / "viennit", [invest(bundled, "Pieni", "harkitsen")] * 2)
    [network] = kooste_json(folder)["networks"]
    assert network["suppressed"] is True
    assert (network["joining"], network["verdicts_members"], network["verdicts_joining"]) == (
        None,
        None,
        None,
    )


def test_exports_made_before_the_joining_flag_are_counted_by_their_answers(tmp_path):
    joiner = json.loads((OLD / "joiner-1.0.0.json").read_text("utf-8"))
    newer = json.loads((OLD / "joiner-2.0.0.json").read_text("utf-8"))
    member = json.loads((OLD / "member-invest-2.0.0.json").read_text("utf-8"))
    for made in (joiner, newer, member):
        made["network"] = "Sama verkosto"
    folder = write(tmp_path / "viennit", [joiner] * 3 + [newer] * 2 + [member] * 5)
    [network] = kooste_json(folder)["networks"]
    assert network["respondents"] == 10 and network["joining"] == 5
    assert network["verdicts_joining"] == NONE | {"continue": 5}
    assert network["verdicts_members"] == NONE | {"invest": 5}
    out = flat(runner.invoke(app, ["kooste", str(folder)]).stdout)
    assert "Liittymistä harkitsevien suositukset: liity 5" in out
