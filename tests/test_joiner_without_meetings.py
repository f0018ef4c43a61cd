"""A joiner who expects no meetings gets no meeting steps.

questions.yaml (scoring.time.meetings) says "steps about meetings are offered only to someone
who has them", and members with 0 meeting hours indeed get none. A person only considering
joining (`vaihe: harkitsen`) with `tunnit_tapaamiset: 0` was told before 2.1.0 "Kysy ennen
liittymistä, esitelläänkö tapaamisissa …" and "… onko tapaamisissa tilaa …" (review r23).
"""

from __future__ import annotations

from helpers import assess_file_in_subprocess

ANSWERS = """\
vaihe: harkitsen
rooli: osallistuja
tyoyhteiso: iso
verkoston_vaihe: vakiintunut
ydin_aiheet: 3
ydin_anti: 3
ydin_ainutlaatuinen: 3
hyodyt_odotetut: 3
tunnit_tapaamiset: 0
tunnit_viestinta: 0
tunnit_yllapito: 0
tunnit_matkat: 0
sovitut_tunnit: 0
tyotunnit: 150
resurssit_kohtuulliset: 4
resurssit_tuki: 5
resurssit_aikataulu: 4
toim_vetaminen: 4
toim_vaikutus: 4
toim_sitoutuminen: 4
vv_tavoitteet: 3
vv_kaikki_hyotyvat: 3
vv_anna_saa: 3
tuki_vertais: 3
tuki_yhteenkuuluvuus: 3
tuki_tyonohjaus: 3
tuki_jaksaminen: 3
opp_kaytannot: 3
opp_palaute: 3
opp_ongelmat: 3
jarj_tavoitteet: 3
jarj_laajemmin: 3
huomiot: ''
"""


def steps_of(stdout: str) -> str:
    start = stdout.index("Seuraavat askeleet")
    end = stdout.find("Mikä muuttaisi", start)
    return stdout[start : end if end >= 0 else None]


def test_joiner_without_meetings_gets_no_meeting_steps(tmp_path):
    path = tmp_path / "vastaukset.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    out = assess_file_in_subprocess(path, tmp_path / "home")
    assert out.returncode == 0, out.stderr
    assert "tapaami" not in steps_of(out.stdout), steps_of(out.stdout)
