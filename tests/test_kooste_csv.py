"""`kooste --muoto csv` speaks the person's language: column names, yes/no and decimals.

The ids (`network`, `suppressed`, `true`) stay in `kooste --json`, whose schema names them.
"""

from __future__ import annotations

import csv
import io
import json

from test_kooste import make_export, write_files
from typer.testing import CliRunner

from verkosto.cli.app import app

runner = CliRunner()


def kooste_csv(tmp_path, *options: str) -> list[dict[str, str]]:
    write_files(
        tmp_path / "v",
        [make_export(network="Iso", hours=h) for h in (1, 2, 3, 4, 6)]
        + [make_export(network="Pieni")] * 2,
    )
    result = runner.invoke(app, ["kooste", str(tmp_path / "v"), "--muoto", "csv", *options])
    assert result.exception is None and result.exit_code == 0, result.output
    finnish = "en" not in options
    text = result.stdout.removeprefix("\ufeff") if finnish else result.stdout
    return list(csv.DictReader(io.StringIO(text), delimiter=";" if finnish else ","))


def test_finnish_csv_has_finnish_column_names_and_kylla_ei(tmp_path):
    big, small = kooste_csv(tmp_path)
    assert list(big)[:4] == [
        "Verkosto",
        "Vastaajia",
        "Luvut piilotettu (alle 5 vastaajaa)",
        "Kannattaa, osuus vastaajista",
    ]
    assert big["Luvut piilotettu (alle 5 vastaajaa)"] == "ei"
    assert small["Luvut piilotettu (alle 5 vastaajaa)"] == "kyllä"
    assert big["Suositus: jatka"] == "5"
    assert big["Ydintehtävä, keskiarvo"] == "4,0"
    # Decimals follow the language, as the Finnish spreadsheet reads them.
    assert big["h/kk, mediaani"] == "3,0" and big["h/kk, yhteensä"] == "16,0"


def test_english_csv_has_english_column_names_and_yes_no(tmp_path):
    big, small = kooste_csv(tmp_path, "--kieli", "en")
    assert list(big)[:4] == [
        "Network",
        "Respondents",
        "Figures hidden (fewer than 5 respondents)",
        "Worth it, share of respondents",
    ]
    assert (
        big["Figures hidden (fewer than 5 respondents)"],
        small["Figures hidden (fewer than 5 respondents)"],
    ) == ("no", "yes")
    assert big["Recommendation: continue"] == "5" and big["Core task, mean"] == "4.0"
    assert big["h/month, median"] == "3.0"


def test_json_keeps_the_ids(tmp_path):
    write_files(tmp_path / "v", [make_export(network="Iso")] * 5)
    result = runner.invoke(app, ["kooste", str(tmp_path / "v"), "--json"])
    network = json.loads(result.stdout)["networks"][0]
    assert network["suppressed"] is False and "ydintehtava" in network["dimensions"]
