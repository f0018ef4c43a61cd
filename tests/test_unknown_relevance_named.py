"""Don't know on both relevance questions is named on the screen, whatever the hours.

When a member answers 0 (don't know) to both `ydin_aiheet` and `jarj_tavoitteet`, the
result must say so ("Et osannut sanoa …") and ask them to find out, as it already does for
a coordinator with 46 h a month (r12) and a member with 27 h (r22). Before 2.1.0 a chair with 44 h
(r03) or a member with 65 h (r18) gets "Kevennä osallistumistasi" and the unknown relevance
is not mentioned anywhere on the screen.
"""

from __future__ import annotations

import pytest

from helpers import assess_file_in_subprocess

BASE = dict(
    vaihe="jasen",
    kesto="1-3v",
    tyoyhteiso="iso",
    verkoston_vaihe="vakiintunut",
    ydin_aiheet=0,
    jarj_tavoitteet=0,
    sovitut_tunnit=0,
    tyotunnit=150,
    ydin_anti=5,
    ydin_ainutlaatuinen=5,
    hyodyt_nakyneet=5,
    resurssit_kohtuulliset=3,
    resurssit_tuki=5,
    resurssit_aikataulu=2,
    toim_vetaminen=4,
    toim_vaikutus=4,
    toim_sitoutuminen=4,
    vv_tavoitteet=5,
    vv_kaikki_hyotyvat=4,
    vv_anna_saa=5,
    vv_luottamus=5,
    tuki_vertais=5,
    tuki_yhteenkuuluvuus=4,
    tuki_tyonohjaus=4,
    tuki_jaksaminen=4,
    opp_kaytannot=5,
    opp_palaute=4,
    opp_ongelmat=4,
    jarj_laajemmin=4,
    jarj_jalkautus=4,
    huomiot="",
)

CASES = {
    # r03 with both relevance answers "don't know": a chair, 44 h a month, 4 h agreed.
    "chair_44h": dict(
        rooli="vastuuhenkilo",
        tunnit_tapaamiset=16,
        tunnit_viestinta=10,
        tunnit_yllapito=14,
        tunnit_matkat=4,
        sovitut_tunnit=4,
    ),
    # r12 shape but as a participant: 46 h, nothing agreed.
    "member_46h": dict(
        rooli="osallistuja",
        tunnit_tapaamiset=10,
        tunnit_viestinta=10,
        tunnit_yllapito=20,
        tunnit_matkat=6,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_unknown_relevance_is_named(case, tmp_path):
    answers = {**BASE, **CASES[case]}
    path = tmp_path / "vastaukset.yaml"
    path.write_text(
        "".join(
            f"{k}: {v!r}\n" if isinstance(v, str) else f"{k}: {v}\n" for k, v in answers.items()
        ),
        encoding="utf-8",
    )
    out = assess_file_in_subprocess(path, tmp_path / "home")
    assert out.returncode == 0, out.stderr
    assert "Et osannut sanoa" in out.stdout, out.stdout
