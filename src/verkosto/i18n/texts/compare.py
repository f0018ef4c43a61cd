"""Comparing two assessments (`vertaa`) and the summary of all networks (`yhteenveto`).

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "summary_none_joined": {
        "fi": "Et ole vielä mukana yhdessäkään arvioimistasi verkostoista.",
        "en": "You are not yet in any of the networks you have assessed.",
    },
    "compare_versions_differ": {
        "fi": "Arviot on tehty kysymyssarjan eri versioilla ({a} ja {b}), joten pisteiden muutos "
              "voi johtua myös kysymysten ja laskutavan muutoksista.",
        "en": "The assessments were made with different versions of the questions ({a} and "
              "{b}), so a change in scores may also come from changed questions and scoring.",
    },
    "compare_too_few": {
        "fi": "Verkostosta '{network}' on vain yksi arvio; vertailuun tarvitaan kaksi. "
              "Arvioi verkosto uudelleen: verkosto arvioi --verkosto \"{network}\"",
        "en": "The network '{network}' has only one assessment; a comparison needs two. "
              "Re-evaluate it: verkosto arvioi --network \"{network}\"",
    },
    "compare_needs_two": {
        "fi": "Anna vertailtavaksi kaksi arviota (A ja B) tai ei yhtään.",
        "en": "Give two assessments to compare (A and B), or none.",
    },
    "compare_title": {
        "fi": "Vertailu: {network}",
        "en": "Comparison: {network}",
    },
    "compare_columns": {"fi": "A: {a}  →  B: {b}", "en": "A: {a}  →  B: {b}"},
    "col_change": {"fi": "Muutos", "en": "Change"},
    "row_hours": {"fi": "Tunnit (h/kk)", "en": "Hours (h/month)"},
    "row_share": {"fi": "Osuus työajasta", "en": "Share of working time"},
    "points_unit": {"fi": "%-yks.", "en": "pp"},
    "row_balance": {"fi": "Hyöty–kustannus-suhde", "en": "Benefit/cost ratio"},
    "row_verdict": {"fi": "Suositus", "en": "Recommendation"},
    "verdict_same": {"fi": "ennallaan", "en": "unchanged"},
    "verdict_changed": {"fi": "muuttui", "en": "changed"},
    "answers_changed_heading": {
        "fi": "Eniten muuttuneet vastaukset",
        "en": "Answers that changed most",
    },
    "answers_unchanged": {
        "fi": "Vastaukset ovat samat.",
        "en": "The answers are the same.",
    },
    "answer_none": {"fi": "ei vastausta", "en": "no answer"},
    "compare_other_networks": {
        "fi": "huom: A ja B ovat eri verkostoista ('{a}' ja '{b}')",
        "en": "note: A and B are from different networks ('{a}' and '{b}')",
    },
    "summary_title": {
        "fi": "Verkostosi viimeisimmän arvion mukaan, tasapainoltaan parhaasta heikoimpaan",
        "en": "Your networks by their latest assessment, from the best balance to the weakest",
    },
    # The limit is the tool's own guideline (questions.yaml), not a norm from the article.
    "summary_total": {
        "fi": "Yhteensä {hours}\u00a0h kuukaudessa eli {share} työajasta (työkalun ohjeraja "
              "{limit}).",
        "en": "In total {hours}\u00a0h a month, {share} of working time (the tool's guideline: "
              "{limit}).",
    },
    # Under the total, which names the guideline: these two only say which side of it.
    "summary_over": {
        "fi": "⚠ Verkostot vievät yhteensä yli {limit} työajastasi.",
        "en": "⚠ Together the networks take more than {limit} of your working time.",
    },
    "summary_under": {
        "fi": "Yhteinen ajankäyttö on ohjerajan ({limit}) sisällä.",
        "en": "The total is within the guideline ({limit}).",
    },
    "summary_lighten": {
        "fi": "Kevennä ensin: {network}. Sen hyöty–kustannus-suhde on verkostoistasi heikoin "
              "({ratio}), ja se vie {hours}\u00a0h kuukaudessa ({share} työajasta). "
              "Keventämällä sitä vapautat aikaa ja menetät vähiten hyötyä.",
        "en": "Scale back first: {network}. Its benefit/cost ratio is the weakest of your "
              "networks ({ratio}), and it takes {hours}\u00a0h a month ({share} of working time). "
              "Scaling it back frees time at the smallest loss of benefit.",
    },
    "summary_lighten_unknown": {
        "fi": "Kevennä ensin: {network}. Sen tasapainoa ei voitu laskea, ja se vie {hours}\u00a0h "
              "kuukaudessa ({share} työajasta). Arvioi se uudelleen ja mieti, tarvitseeko se "
              "näin monta tuntia.",
        "en": "Scale back first: {network}. Its balance could not be computed, and it takes "
              "{hours}\u00a0h a month ({share} of working time). Re-evaluate it and consider "
              "whether it needs that many hours.",
    },
    "summary_overdue": {
        "fi": "Arviointi myöhässä: {networks}.",
        "en": "Review overdue: {networks}.",
    },
    "summary_considered_heading": {
        "fi": "Harkitsemasi verkostot (eivät mukana yllä olevissa luvuissa):",
        "en": "Networks you are considering (not in the figures above):",
    },
    "summary_considered_row": {
        "fi": "{network}: {verdict}; toisi lisää {hours}\u00a0h kuukaudessa ({share} "
              "työajasta)",
        "en": "{network}: {verdict}; would add {hours}\u00a0h a month ({share} of working "
              "time)",
    },
}
