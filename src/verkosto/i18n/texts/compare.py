"""Comparing two assessments (`vertaa`) and the summary of all networks (`yhteenveto`).

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "summary_none_joined": {
        "fi": "Et ole vielä mukana yhdessäkään arvioimistasi verkostoista.",
        "en": "You are not yet in any of the networks you have assessed.",
        "sv": "Du är ännu inte med i något av de nätverk du har bedömt.",
    },
    "compare_versions_differ": {
        "fi": "Arviot on tehty kysymyssarjan eri versioilla ({a} ja {b}), joten pisteiden muutos "
              "voi johtua myös kysymysten ja laskutavan muutoksista.",
        "en": "The assessments were made with different versions of the questions ({a} and "
              "{b}), so a change in scores may also come from changed questions and scoring.",
        "sv": "Bedömningarna är gjorda med olika versioner av frågeformuläret ({a} och {b}), så "
              "en förändring i poängen kan också bero på ändrade frågor och beräkningssätt.",
    },
    "compare_too_few": {
        "fi": "Verkostosta '{network}' on vain yksi arvio; vertailuun tarvitaan kaksi. "
              "Arvioi verkosto uudelleen: verkosto arvioi --verkosto \"{network}\"",
        "en": "The network '{network}' has only one assessment; a comparison needs two. "
              "Re-evaluate it: verkosto arvioi --network \"{network}\"",
        "sv": "Nätverket '{network}' har bara en bedömning; en jämförelse kräver två. Gör en ny "
              "bedömning av nätverket: verkosto arvioi --verkosto \"{network}\"",
    },
    "compare_needs_two": {
        "fi": "Anna vertailtavaksi kaksi arviota (A ja B) tai ei yhtään.",
        "en": "Give two assessments to compare (A and B), or none.",
        "sv": "Ange två bedömningar att jämföra (A och B) eller ingen.",
    },
    "compare_same": {
        "fi": "{a} ja {b} ovat sama arvio; anna vertailtavaksi kaksi eri arviota.",
        "en": "{a} and {b} are the same assessment; give two different ones to compare.",
        "sv": "{a} och {b} är samma bedömning; ange två olika bedömningar att jämföra.",
    },
    "compare_title": {
        "fi": "Vertailu: {network}",
        "en": "Comparison: {network}",
        "sv": "Jämförelse: {network}",
    },
    "compare_columns": {"fi": "A: {a}  →  B: {b}", "en": "A: {a}  →  B: {b}",
                        "sv": "A: {a}  →  B: {b}"},
    "col_change": {"fi": "Muutos", "en": "Change", "sv": "Förändring"},
    "row_hours": {"fi": "Tunnit (h/kk)", "en": "Hours (h/month)", "sv": "Timmar (h/mån)"},
    "row_share": {"fi": "Osuus työajasta", "en": "Share of working time",
                  "sv": "Andel av arbetstiden"},
    "points_unit": {"fi": "%-yks.", "en": "pp", "sv": "%-enh."},
    "row_balance": {"fi": "Hyöty–kustannus-suhde", "en": "Benefit/cost ratio",
                    "sv": "Förhållandet mellan nytta och kostnad"},
    "row_verdict": {"fi": "Suositus", "en": "Recommendation", "sv": "Rekommendation"},
    "verdict_same": {"fi": "ennallaan", "en": "unchanged", "sv": "oförändrad"},
    "verdict_changed": {"fi": "muuttui", "en": "changed", "sv": "ändrad"},
    "answers_changed_heading": {
        "fi": "Eniten muuttuneet vastaukset",
        "en": "Answers that changed most",
        "sv": "Svar som ändrats mest",
    },
    "answers_unchanged": {
        "fi": "Vastaukset ovat samat.",
        "en": "The answers are the same.",
        "sv": "Svaren är desamma.",
    },
    "answer_none": {"fi": "ei vastausta", "en": "no answer", "sv": "inget svar"},
    "compare_other_networks": {
        "fi": "huom: A ja B ovat eri verkostoista ('{a}' ja '{b}')",
        "en": "note: A and B are from different networks ('{a}' and '{b}')",
        "sv": "obs: A och B gäller olika nätverk ('{a}' och '{b}')",
    },
    "summary_title": {
        "fi": "Verkostosi viimeisimmän arvion mukaan, tasapainoltaan parhaasta heikoimpaan",
        "en": "Your networks by their latest assessment, from the best balance to the weakest",
        "sv": "Dina nätverk enligt den senaste bedömningen, från bästa till svagaste balans",
    },
    # The limit is the tool's own guideline (questions.yaml), not a norm from the article.
    "summary_total": {
        "fi": "Yhteensä {hours}\u00a0h kuukaudessa eli {share} työajastasi (työkalun ohjeraja "
              "{limit}).",
        "en": "In total {hours}\u00a0h a month, {share} of your working time (the tool's "
              "guideline: {limit}).",
        "sv": "Sammanlagt {hours}\u00a0h i månaden, alltså {share} av din arbetstid (verktygets "
              "riktvärde {limit}).",
    },
    "summary_agreed": {
        "fi": "Tunneista {agreed}\u00a0h on sovittu osaksi työtäsi, joten ohjerajaan lasketaan "
              "vain loput {unagreed_hours}\u00a0h eli {unagreed_share} työajastasi.",
        "en": "Of these hours, {agreed}\u00a0h are agreed as part of your job, so the guideline "
              "counts only the other {unagreed_hours}\u00a0h, {unagreed_share} of your working "
              "time.",
        "sv": "Av timmarna är {agreed}\u00a0h överenskomna som en del av ditt arbete, så bara de "
              "övriga {unagreed_hours}\u00a0h räknas mot riktvärdet, alltså {unagreed_share} av "
              "din arbetstid.",
    },
    # Under the total, which names the guideline: these two only say which side of it.
    "summary_over": {
        "fi": "⚠ Verkostot vievät yli {limit} työajastasi, enemmän kuin työkalun ohjeraja.",
        "en": "⚠ The networks take more than {limit} of your working time, more than the "
              "tool's guideline.",
        "sv": "⚠ Nätverken tar mer än {limit} av din arbetstid, mer än verktygets riktvärde.",
    },
    "summary_under": {
        "fi": "Verkostojen yhteinen aika pysyy työkalun ohjerajassa ({limit} työajastasi).",
        "en": "Your networks together stay within the tool's guideline ({limit} of your "
              "working time).",
        "sv": "Nätverkens sammanlagda tid håller sig inom verktygets riktvärde ({limit} av din "
              "arbetstid).",
    },
    "summary_lighten": {
        "fi": "Kevennä ensin: {network}. Sen oma arvio suosittaa jo keventämistä tai luopumista "
              "({verdict}), ja ohjerajaan lasketaan siitä {hours}\u00a0h kuukaudessa ({share} "
              "työajastasi).",
        "en": "Scale back first: {network}. Its own assessment already recommends scaling back "
              "or leaving ({verdict}), and the guideline counts {hours}\u00a0h a month of it "
              "({share} of your working time).",
        "sv": "Minska först ditt deltagande i nätverket {network}. Bedömningen av nätverket "
              "rekommenderar redan att du minskar ditt deltagande eller lämnar nätverket "
              "({verdict}). Av tiden i nätverket räknas {hours}\u00a0h i månaden mot "
              "riktvärdet ({share} av din arbetstid).",
    },
    "summary_lighten_other": {
        # Its own verdict did not say to scale back: "if you do", not an order.
        "fi": "Jos kevennät, aloita verkostosta {network} ({verdict}): se vie ohjerajaan "
              "laskettavaa aikaa eniten niistä verkostoista, joiden ajankäyttö ei ollut "
              "arviossa vahvuus ja joihin sinua ei kehotettu panostamaan ({hours}\u00a0h "
              "kuukaudessa, {share} työajastasi).",
        "en": "If you scale back, start with {network} ({verdict}): of the networks whose time "
              "use was not a strength in their assessment and that you were not advised to "
              "invest in, it takes the most of the time the guideline counts ({hours}\u00a0h a "
              "month, {share} of your working time).",
        "sv": "Om du minskar ditt deltagande, börja med nätverket {network} ({verdict}): av de "
              "nätverk vars tidsanvändning inte var en styrka i bedömningen och som du inte "
              "uppmanades att satsa på, tar det mest av den tid som räknas mot riktvärdet "
              "({hours}\u00a0h i månaden, {share} av din arbetstid).",
    },
    "summary_lighten_none": {
        "fi": "Yhtäkään verkostoa ei nimetä kevennettäväksi: kuhunkin sinua kehotettiin "
              "panostamaan, sen ajankäyttö oli arviossa vahvuus tai sen tunnit on sovittu "
              "osaksi työtäsi.",
        "en": "No network is named to scale back first: you were advised to invest in each, "
              "its time use was a strength in its assessment, or its hours are agreed as part "
              "of your job.",
        "sv": "Inget nätverk föreslås för ett minskat deltagande. För vart och ett gäller något "
              "av följande: du uppmanades att satsa på det, tidsanvändningen var en styrka i "
              "bedömningen eller timmarna är överenskomna som en del av ditt arbete.",
    },
    "summary_overdue": {
        "fi": "Arviointi myöhässä: {networks}.",
        "en": "Review overdue: {networks}.",
        "sv": "Nästa bedömning är försenad: {networks}.",
    },
    "summary_considered_heading": {
        "fi": "Harkitsemasi verkostot (eivät mukana yllä olevissa luvuissa):",
        "en": "Networks you are considering (not in the figures above):",
        "sv": "Nätverk du överväger (inte med i siffrorna ovan):",
    },
    "summary_considered_row": {
        "fi": "{network}: {verdict}; toisi lisää {hours}\u00a0h kuukaudessa ({share} "
              "työajasta)",
        "en": "{network}: {verdict}; would add {hours}\u00a0h a month ({share} of working "
              "time)",
        "sv": "{network}: {verdict}; skulle ge {hours}\u00a0h mer i månaden ({share} av "
              "arbetstiden)",
    },
}
