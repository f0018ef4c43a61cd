"""The report (`raportti`): its sections and the agenda for talking it through.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "report_format_unknown": {
        "fi": "Tuntematon raporttimuoto '{value}' (sallitut: md, html, txt).",
        "en": "Unknown report format '{value}' (allowed: md, html, txt).",
        "sv": "Okänt rapportformat '{value}' (tillåtna: md, html, txt).",
    },
    "report_source_needed": {
        "fi": "Anna raportoitava arvio: JSON-vientitiedosto, arvion numero tai --viimeisin.",
        "en": "Name the assessment to report: a JSON export file, the number of a stored "
              "assessment, or --latest.",
        "sv": "Ange vilken bedömning rapporten gäller: en JSON-exportfil, numret på en sparad "
              "bedömning eller --viimeisin.",
    },
    "report_source_both": {
        "fi": "Anna joko arvio (tiedosto tai numero) tai --viimeisin, ei molempia.",
        "en": "Give either an assessment (a file or a number) or --latest, not both.",
        "sv": "Ange antingen en bedömning (en fil eller ett nummer) eller --viimeisin, inte båda.",
    },
    "report_written": {
        "fi": "Raportti kirjoitettu tiedostoon {path}.",
        "en": "Report written to {path}.",
        "sv": "Rapporten har skrivits till filen {path}.",
    },
    "report_write_failed": {
        "fi": "Raporttia ei voitu kirjoittaa tiedostoon {path}: {reason}",
        "en": "Could not write the report to {path}: {reason}",
        "sv": "Rapporten kunde inte skrivas till filen {path}: {reason}",
    },
    "report_output_both": {
        "fi": "Anna kohdetiedosto vain kerran: --vie tai --output, ei molempia.",
        "en": "Name the output file once: --export or --output, not both.",
        "sv": "Ange målfilen bara en gång: --vie eller --output, inte båda.",
    },
    "report_note_withheld": {
        "fi": "Vapaa sana on kirjattu, mutta sitä ei näytetä raportissa.",
        "en": "A note was written; it is not shown in this report.",
        "sv": "Något har skrivits under Övriga kommentarer, men det visas inte i rapporten.",
    },
    "report_note_hint": {
        "fi": "Vapaan sanan vastaus jätettiin pois raportista; --mukaan-vapaa-sana ottaa sen "
              "mukaan.",
        "en": "The free-text note was left out of the report; --include-free-text puts it in.",
        "sv": "Svaret under Övriga kommentarer togs inte med i rapporten; --mukaan-vapaa-sana "
              "tar med det.",
    },
    "report_no_trend": {
        "fi": "Raportissa ei siksi näy, miten verkoston aiemmat arviot ovat muuttuneet.",
        "en": "So the report does not show how the network's earlier assessments have moved.",
        "sv": "Därför visar rapporten inte hur nätverkets tidigare bedömningar har förändrats.",
    },
    "report_other_reasons": {"fi": "Muut perustelut", "en": "Other reasons",
                             "sv": "Övriga motiveringar"},
    "report_chart_dimensions": {
        "fi": "Hyödyt ja kustannukset ulottuvuuksittain",
        "en": "Benefits and costs by dimension",
        "sv": "Nytta och kostnader per område",
    },
    "report_chart_dimensions_desc": {
        "fi": "Pisteet 1–5, suurempi on parempi; kustannuksissa suuri pistemäärä tarkoittaa "
              "pientä rasitusta.",
        "en": "Scores 1–5, higher is better; for costs a high score means a light burden.",
        "sv": "Poäng 1–5, högre är bättre; för kostnaderna betyder höga poäng en liten "
              "belastning.",
    },
    "report_chart_cost_legend": {
        "fi": "Kustannukset (suurempi = kevyempi)",
        "en": "Costs (higher = lighter)",
        "sv": "Kostnader (högre = lättare)",
    },
    "report_trend_heading": {
        "fi": "Miten arvio on muuttunut",
        "en": "How the assessment has changed",
        "sv": "Hur bedömningen har förändrats",
    },
    "report_trend_day": {"fi": "Päivä", "en": "Date", "sv": "Datum"},
    "report_trend_ratio": {"fi": "Hyöty–kustannus-suhde", "en": "Benefit/cost ratio",
                           "sv": "Förhållandet mellan nytta och kostnad"},
    "report_trend_hours": {"fi": "Tunnit kuukaudessa", "en": "Hours a month",
                           "sv": "Timmar i månaden"},
    "report_trend_ratio_short": {"fi": "Suhde", "en": "Ratio", "sv": "Förhållande"},
    "report_trend_hours_short": {"fi": "h/kk", "en": "h/month", "sv": "h/mån"},
    "report_trend_point": {
        "fi": "{day}: suhde {ratio}, {hours}\u00a0h kuukaudessa",
        "en": "{day}: ratio {ratio}, {hours}\u00a0h a month",
        "sv": "{day}: förhållande {ratio}, {hours}\u00a0h i månaden",
    },
    "report_title": {
        "fi": "Verkostoarvio: {network}",
        "en": "Network assessment: {network}",
        "sv": "Bedömning av nätverket: {network}",
    },
    "report_meta": {
        "fi": "Arvioitu {date} · kysymyssarja {instrument} {version}",
        "en": "Assessed {date} · instrument {instrument} {version}",
        "sv": "Bedömd {date} · frågeformulär {instrument} {version}",
    },
    "report_verdict": {"fi": "Suositus", "en": "Recommendation", "sv": "Rekommendation"},
    "report_dimensions": {"fi": "Ulottuvuudet", "en": "Dimensions", "sv": "Områden"},
    "report_side": {
        "fi": "Hyöty vai kustannus",
        "en": "Benefit or cost",
        "sv": "Nytta eller kostnad",
    },
    "report_agenda": {
        "fi": "Keskusteltavaa järjestössä",
        "en": "To discuss in the organisation",
        "sv": "Att diskutera i organisationen",
    },
    "report_answers": {"fi": "Vastaukset", "en": "Answers", "sv": "Svar"},
    "report_answer": {"fi": "Vastaus", "en": "Answer", "sv": "Svar"},
    "report_answers_joining": {
        "fi": "Vastaaja harkitsi liittymistä: hyötyjä koskeviin väitteisiin hän vastasi sen "
              "mukaan, mitä odotti verkostolta.",
        "en": "The respondent was considering joining: they answered the statements about "
              "benefits based on what they expected from the network.",
        "sv": "Den som svarade övervägde att gå med i nätverket och besvarade påståendena om "
              "nyttan utifrån sina förväntningar på nätverket.",
    },
    "report_footer": {
        "fi": "Tehty työkalulla verkosto {version}. Pisteet 1–5: suurempi on parempi; "
              "kustannuksissa suuri pistemäärä tarkoittaa pientä rasitusta.",
        "en": "Made with verkosto {version}. Scores 1–5: higher is better; for costs a high "
              "score means a light burden.",
        "sv": "Gjord med verktyget verkosto {version}. Poäng 1–5: högre är bättre; för "
              "kostnaderna betyder höga poäng en liten belastning.",
    },
    "agenda_goals": {
        "fi": "Miten osallistuminen tukee järjestön tavoitteita? Arviossa järjestön "
              "tavoitteiden pisteet: {score}.",
        "en": "How does taking part support the organisation's goals? The assessment scored "
              "the organisation's goals at {score}.",
        "sv": "Hur stöder deltagandet organisationens mål? I bedömningen fick organisationens "
              "mål poängen {score}.",
    },
    "agenda_goals_plain": {
        "fi": "Miten osallistuminen tukee järjestön tavoitteita?",
        "en": "How does taking part support the organisation's goals?",
        "sv": "Hur stöder deltagandet organisationens mål?",
    },
    "agenda_hours": {
        "fi": "Paljonko työaikaa osallistuminen saa viedä? Nyt {hours}\u00a0h kuukaudessa "
              "({share} työajasta).",
        "en": "How much working time may taking part take? Now {hours}\u00a0h a month "
              "({share} of working time).",
        "sv": "Hur mycket arbetstid får deltagandet ta? Nu {hours}\u00a0h i månaden ({share} av "
              "arbetstiden).",
    },
    "agenda_hours_joining": {
        "fi": "Paljonko työaikaa osallistuminen saisi viedä? Arviolta {hours}\u00a0h kuukaudessa "
              "({share} työajasta).",
        "en": "How much working time would taking part be allowed to take? An estimated "
              "{hours}\u00a0h a month ({share} of working time).",
        "sv": "Hur mycket arbetstid skulle deltagandet få ta? Uppskattningsvis {hours}\u00a0h i "
              "månaden ({share} av arbetstiden).",
    },
    "agenda_lighten_joining": {
        "fi": "Mistä osallistuminen alkaisi, jotta panos pysyisi pienenä?",
        "en": "What would taking part start with, so that the commitment stays small?",
        "sv": "Vad skulle deltagandet börja med, så att insatsen förblir liten?",
    },
    "agenda_invest_joining": {
        "fi": "Mitä aktiivinen osallistuminen vaatisi, ja kenen työaikaa se veisi?",
        "en": "What would taking an active part require, and whose working time would it use?",
        "sv": "Vad skulle ett aktivt deltagande kräva, och vems arbetstid skulle det ta?",
    },
    "agenda_hours_unknown": {
        "fi": "Paljonko työaikaa osallistuminen saa viedä? Tunteja ei arvioitu.",
        "en": "How much working time may taking part take? The hours were not assessed.",
        "sv": "Hur mycket arbetstid får deltagandet ta? Timmarna bedömdes inte.",
    },
    "agenda_invest": {
        "fi": "Mitä lisäpanostus vaatisi, ja kenen työaikaa se veisi?",
        "en": "What would investing more require, and whose working time would it use?",
        "sv": "Vad skulle en större satsning kräva, och vems arbetstid skulle den ta?",
    },
    "agenda_continue": {
        "fi": "Miten verkostosta saatu tieto ja tuki jaetaan työyhteisössä?",
        "en": "How are the knowledge and support from the network shared at work?",
        "sv": "Hur delas kunskapen och stödet från nätverket i arbetsgemenskapen?",
    },
    "agenda_lighten": {
        "fi": "Mistä osallistumisen osasta voi luopua, ja kuka hoitaa sen jatkossa?",
        "en": "Which part of taking part can be dropped, and who takes care of it from now on?",
        "sv": "Vilken del av deltagandet går att avstå från, och vem sköter den i fortsättningen?",
    },
    "agenda_give_time": {
        "fi": "Mitä järjestö odottaa verkostolta seuraavaan arviointiin mennessä?",
        "en": "What does the organisation expect from the network by the next review?",
        "sv": "Vad väntar sig organisationen av nätverket före nästa bedömning?",
    },
    "agenda_leave": {
        "fi": "Tarvitseeko järjestö verkostoa yhä, ja jos tarvitsee, kuka sinne osallistuu?",
        "en": "Does the organisation still need the network, and if so, who takes part?",
        "sv": "Behöver organisationen fortfarande nätverket, och i så fall, vem deltar?",
    },
    "agenda_incomplete": {
        "fi": "Mitä verkostosta pitää selvittää, ennen kuin siitä voi päättää?",
        "en": "What needs to be found out about the network before deciding?",
        "sv": "Vad behöver utredas om nätverket innan det går att fatta ett beslut?",
    },
    "agenda_weakest": {
        "fi": "Heikoin ulottuvuus on {dimension} ({score}): mitä sille voi tehdä yhdessä?",
        "en": "The weakest dimension is {dimension} ({score}): what can be done about it "
              "together?",
        "sv": "Det svagaste området är {dimension} ({score}): vad kan ni göra åt det tillsammans?",
    },
    "agenda_review": {
        "fi": "Seuraava arviointi on {date}: kuka on silloin mukana?",
        "en": "The next review is on {date}: who takes part then?",
        "sv": "Nästa bedömning är den {date}: vem är med då?",
    },
}
