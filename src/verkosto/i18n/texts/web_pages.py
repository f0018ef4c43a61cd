"""The assessment's pages in a browser: the start page, buttons, the error summary.

The questions, the review and the result take their words from the interview, result and
report texts; only what a page has and a terminal has not is here.

Pure data: no I/O, no functions. Each key holds its languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "web_network_label": {
        "fi": "Minkä verkoston arvioit?",
        "en": "Which network are you assessing?",
        "sv": "Vilket nätverk bedömer du?",
    },
    # Not the terminal's network_help: the single-file form keeps no history, so the page
    # promises only what both browser faces do.
    "web_network_help": {
        "fi": "Kirjoita arvioitavan verkoston nimi, esimerkiksi Pienten järjestöjen "
              "viestintäverkosto. Nimi tulee arvioon ja sen tiedostoon, joten samasta "
              "verkostosta kannattaa käyttää aina samaa nimeä.",
        "en": "Type the name of the network you are assessing, for example Small "
              "organisations' communications network. The name goes into the assessment and its "
              "file, so use the same name for the same network every time.",
        "sv": "Skriv namnet på nätverket som du bedömer, till exempel Små organisationers "
              "kommunikationsnätverk. Namnet kommer med i bedömningen och dess fil, så använd "
              "alltid samma namn för samma nätverk.",
    },
    # Said in all three languages, so that someone who reads none of the others finds it.
    "web_language_legend": {
        "fi": "Kieli · Språk · Language",
        "en": "Language · Kieli · Språk",
        "sv": "Språk · Kieli · Language",
    },
    "web_start_button": {"fi": "Aloita", "en": "Start", "sv": "Börja"},
    "web_next": {"fi": "Seuraava", "en": "Next", "sv": "Nästa"},
    "web_back": {"fi": "Edellinen", "en": "Back", "sv": "Föregående"},
    "web_show_result": {"fi": "Näytä tulos", "en": "Show the result", "sv": "Visa resultatet"},
    "web_change": {"fi": "Muuta", "en": "Change", "sv": "Ändra"},
    "web_review_intro": {
        "fi": "Voit muuttaa vastausta sen vieressä olevalla painikkeella; muut vastaukset "
        "säilyvät. Kun vastaukset ovat kunnossa, näytä tulos.",
        "en": "You can change an answer with the button beside it; the other answers stay. "
        "When the answers are right, show the result.",
        "sv": "Du kan ändra ett svar med knappen bredvid det; de andra svaren finns kvar. När "
        "svaren stämmer, visa resultatet.",
    },
    "web_error_summary": {
        "fi": "Tarkista nämä kohdat",
        "en": "Please check these",
        "sv": "Kontrollera de här punkterna",
    },
    "web_error_title": {"fi": "Virhe: {title}", "en": "Error: {title}", "sv": "Fel: {title}"},
    "web_unknown_field": {
        "fi": "lomakkeessa oli kenttä, jota tällä sivulla ei ole ({name}); vastaa uudelleen",
        "en": "the form had a field this page does not have ({name}); please answer again",
        "sv": "formuläret hade ett fält som inte finns på den här sidan ({name}); svara på nytt",
    },
    "web_repeated_field": {
        "fi": "kenttä {name} tuli lomakkeessa useammin kuin kerran; vastaa uudelleen",
        "en": "the field {name} came more than once in the form; please answer again",
        "sv": "fältet {name} kom mer än en gång i formuläret; svara på nytt",
    },
    "web_value_too_long": {
        "fi": "vastaus on liian pitkä (enintään {max} merkkiä)",
        "en": "the answer is too long (at most {max} characters)",
        "sv": "svaret är för långt (högst {max} tecken)",
    },
    "web_state_invalid": {
        "fi": "Keskeneräisen arvion tietoja ei voitu lukea, joten arvio alkaa alusta.",
        "en": "The unfinished assessment could not be read, so the assessment starts again.",
        "sv": "Uppgifterna om den oavslutade bedömningen kunde inte läsas, så bedömningen "
        "börjar om från början.",
    },
    "web_hours_hint": {
        "fi": "Kirjoita tunnit kuukaudessa, esimerkiksi 2,5. Voit kirjoittaa myös tunnit "
        "viikossa, esimerkiksi 2 h/vko.",
        "en": "Write the hours a month, for example 2.5. You can also write the hours a week, "
        "for example 2 h/week.",
        "sv": "Skriv timmarna i månaden, till exempel 2,5. Du kan också skriva timmarna i "
        "veckan, till exempel 2 h/vecka.",
    },
    "web_text_hint": {
        "fi": "Voit jättää tämän tyhjäksi.",
        "en": "You can leave this empty.",
        "sv": "Du kan lämna det här tomt.",
    },
}
