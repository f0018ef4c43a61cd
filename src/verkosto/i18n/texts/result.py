"""The result screen of `arvioi`: scores, time use, balance, reasons, steps.

Also what would change the recommendation.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "result_title": {"fi": "Suositus: {network}", "en": "Recommendation: {network}",
                     "sv": "Rekommendation: {network}"},
    "dimension": {"fi": "Ulottuvuus", "en": "Dimension", "sv": "Område"},
    "score": {"fi": "Pisteet", "en": "Score", "sv": "Poäng"},
    "level": {"fi": "Taso", "en": "Level", "sv": "Nivå"},
    "section_benefit": {"fi": "Hyödyt", "en": "Benefits", "sv": "Nytta"},
    "section_cost": {"fi": "Kustannukset", "en": "Costs", "sv": "Kostnader"},
    "time_heading": {"fi": "Ajankäyttö", "en": "Time use", "sv": "Tidsanvändning"},
    "time_line": {
        "fi": "{hours}\u00a0h kuukaudessa eli {share} työajasta ({worktime}\u00a0h/kk)",
        "en": "{hours}\u00a0h a month, {share} of working time ({worktime}\u00a0h/month)",
        "sv": "{hours}\u00a0h i månaden, alltså {share} av arbetstiden ({worktime}\u00a0h/mån)",
    },
    "time_unknown": {"fi": "tunteja ei annettu", "en": "no hours given",
                     "sv": "inga timmar angavs"},
    "time_agreed_line": {
        "fi": "{hours}\u00a0h kuukaudessa, josta {agreed}\u00a0h sovittu osaksi työtä; muulta "
              "työltä {unagreed}\u00a0h eli {share} työajasta ({worktime}\u00a0h/kk)",
        "en": "{hours}\u00a0h a month, of which {agreed}\u00a0h agreed as part of the job; "
              "{unagreed}\u00a0h taken from other work, {share} of working time "
              "({worktime}\u00a0h/month)",
        "sv": "{hours}\u00a0h i månaden, varav {agreed}\u00a0h överenskomna som en del av "
              "arbetet; {unagreed}\u00a0h tas från annat arbete, alltså {share} av arbetstiden "
              "({worktime}\u00a0h/mån)",
    },
    "borderline_note": {
        "fi": "Rajatapaus: pieni muutos vastauksissa voisi muuttaa suositusta.",
        "en": "Borderline: a small change in the answers could change the recommendation.",
        "sv": "Gränsfall: en liten ändring i svaren skulle kunna ändra rekommendationen.",
    },
    "changes_heading": {"fi": "Mikä muuttaisi suositusta?",
                        "en": "What would change the recommendation?",
                        "sv": "Vad skulle ändra rekommendationen?"},
    "balance_heading": {"fi": "Hyödyt ja kustannukset", "en": "Benefits and costs",
                        "sv": "Nytta och kostnader"},
    # Costs in the table's convention (higher is better for you); the ratio is benefits
    # against the cost burden, 6 minus that score.
    "balance_line": {
        "fi": "hyödyt {benefit}/5 ja kustannukset {cost}/5 (molemmissa suurempi on sinulle "
              "parempi: kustannuksissa 5 = kevyt). Hyötyjen suhde kustannusten rasitukseen on "
              "{ratio}. Työkalun ohjeraja selvästi kannattavalle verkostolle on {threshold}. "
              "Pisteitä, ei euroja eikä tunteja.",
        "en": "benefits {benefit}/5 and costs {cost}/5 (higher is better for you in both: for "
              "costs, 5 = light). The ratio of benefits to the cost burden is {ratio}; the "
              "tool's guideline for a network clearly worth it is {threshold}. Scores, not "
              "money or hours.",
        "sv": "nytta {benefit}/5 och kostnader {cost}/5 (i båda är högre bättre för dig: för "
              "kostnaderna är 5 = lätt). Förhållandet mellan nyttan och kostnadernas belastning "
              "är {ratio}. Verktygets riktvärde för ett nätverk som klart lönar sig är "
              "{threshold}. Poäng, inte euro eller timmar.",
    },
    "balance_unknown": {
        "fi": "ei laskettavissa (liian vähän vastauksia)",
        "en": "cannot be computed (too few answers)",
        "sv": "kan inte räknas ut (för få svar)",
    },
    "reasons_heading": {"fi": "Perustelut", "en": "Reasons", "sv": "Motivering"},
    "steps_heading": {"fi": "Seuraavat askeleet", "en": "Next steps", "sv": "Nästa steg"},
    "review_heading": {"fi": "Seuraava arviointi", "en": "Next review", "sv": "Nästa bedömning"},
    "scale_note": {
        "fi": "Pisteet 1–5: suurempi on sinulle parempi – kustannuksissa suuri pistemäärä "
              "tarkoittaa pientä rasitusta.",
        "en": "Scores 1–5: higher is better for you – for costs, a high score means "
              "a light burden.",
        "sv": "Poäng 1–5: högre är bättre för dig – för kostnaderna betyder höga poäng en "
              "liten belastning.",
    },
    "exported": {"fi": "Vastaukset viety tiedostoon {path}.", "en": "Answers exported to {path}.",
                 "sv": "Svaren har exporterats till filen {path}."},
}
