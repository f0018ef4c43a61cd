"""The two slips of issue 16 in a real terminal: "3" at the staff count, "37,5" as working time.

The installed console script runs in a pseudo-terminal (pexpect), as a person would use it;
what counts is what is stored: the export and the history.
"""

from __future__ import annotations

import io
import json
import os
import subprocess

import jsonschema
import pexpect
import pytest
from test_terminal import spawn

from verkosto.export.make import schema

from helpers import full_answers, typed_answers, verkosto_command

pytestmark = pytest.mark.slow


def test_3_at_the_staff_count_and_37_5_as_working_time_are_stored_as_meant(
    tmp_path, isolated_env, bundled
):
    answers = full_answers(bundled, scale=4, hours=2.0, tunnit_matkat=0, tyontekijat=3)
    lines = typed_answers(bundled, {**answers, "tyotunnit": "37,5"})
    # "37,5" could be a week or a month: the tool asks once, and "1" says a week.
    lines.insert(lines.index("37,5") + 1, "1")
    out = tmp_path / "arvio.json"
    screen = io.StringIO()
    child = spawn(["arvioi", "--vie", str(out)], isolated_env)
    child.logfile_read = screen
    # The first screen says what this is and how long it takes, before anything is asked.
    child.expect("Noin 10 minuuttia, 33–36 kysymystä")
    child.expect("Minkä verkoston arvioit")
    child.sendline("Pienen yhdistyksen verkosto")
    for line in [*lines, ""]:  # the last empty line accepts the review
        child.expect(r"Vastaus|hyväksy Enterillä")
        child.sendline(line)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = screen.getvalue()
    assert "Tarkoititko 37,5 tuntia viikossa vai kuukaudessa?" in shown
    assert "37,5\u00a0h/vko ≈ 162,5\u00a0h/kk" in shown
    assert "Järjestön koko" in shown  # the review names the new question

    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, schema())
    assert data["answers"]["tyontekijat"] == 3 and "tyoyhteiso" not in data["answers"]
    assert data["answers"]["tyotunnit"] == 162.5
    assert data["time"]["share_of_worktime"] == round(6 / 162.5, 4)

    stored = subprocess.run(
        [verkosto_command(), "historia", "--vie", "-"],
        env={**os.environ, "VERKOSTO_HOME": str(isolated_env)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    (record,) = [json.loads(line) for line in stored.stdout.splitlines()]
    assert record["answers"]["tyontekijat"] == 3
    assert record["answers"]["tyotunnit"] == 162.5
    assert record["recommendation"] == data["recommendation"]
