"""The interview: the questions asked and the hints under them.

Also the help view and the review of the answers before the result.

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "ask_network": {
        "fi": "Minkä verkoston arvioit? (? = ohje)",
        "en": "Which network are you assessing? (? = help)",
        "sv": "Vilket nätverk bedömer du? (? = hjälp)",
    },
    "network_help": {
        "fi": "Kirjoita arvioitavan verkoston nimi, esimerkiksi Pienten järjestöjen "
              "viestintäverkosto. Samalla nimellä löydät arvion myöhemmin historiasta ja "
              "voit verrata arvioita keskenään.",
        "en": "Type the name of the network you are assessing, for example Small "
              "organisations' communications network. By that name you find the assessment "
              "in the history later and can compare assessments.",
        "sv": "Skriv namnet på nätverket som du bedömer, till exempel Små organisationers "
              "kommunikationsnätverk. Med samma namn hittar du bedömningen senare i historiken och "
              "kan jämföra bedömningarna med varandra.",
    },
    "progress": {
        "fi": "Kysymys {n}/{total}",
        "en": "Question {n}/{total}",
        "sv": "Fråga {n}/{total}",
    },
    "progress_range": {
        "fi": "määrä riippuu vastauksistasi",
        "en": "the number depends on your answers",
        "sv": "antalet beror på dina svar",
    },
    "week_or_month": {
        "fi": "Tarkoititko {hours} tuntia viikossa vai kuukaudessa?",
        "en": "Did you mean {hours} hours a week or a month?",
        "sv": "Menade du {hours} timmar i veckan eller i månaden?",
    },
    "per_week": {
        "fi": "Viikossa – noin {month}\u00a0h/kk",
        "en": "A week – about {month}\u00a0h/month",
        "sv": "I veckan – cirka {month}\u00a0h/mån",
    },
    "per_month": {
        "fi": "Kuukaudessa – {hours}\u00a0h/kk",
        "en": "A month – {hours}\u00a0h/month",
        "sv": "I månaden – {hours}\u00a0h/mån",
    },
    "hint_change_figure": {
        "fi": "< = muuta lukua",
        "en": "< = change the figure",
        "sv": "< = ändra talet",
    },
    "week_or_month_choice": {
        "fi": "valitse 1 (viikossa) tai 2 (kuukaudessa)",
        "en": "choose 1 (a week) or 2 (a month)",
        "sv": "välj 1 (i veckan) eller 2 (i månaden)",
    },
    "answer_week_note": {
        "fi": "ℹ {week_fi}\u00a0h/vko ≈ {month_fi}\u00a0h/kk (× 52/12)",
        "en": "ℹ {week}\u00a0h/week ≈ {month}\u00a0h/month (× 52/12)",
        "sv": "ℹ {week_sv}\u00a0h/vecka ≈ {month_sv}\u00a0h/mån (× 52/12)",
    },
    "review_help": {
        "fi": "Kirjoita sen vastauksen numero, jota haluat muuttaa; kysymys kysytään "
              "uudelleen ja muut vastaukset säilyvät. Tyhjä rivi (Enter) hyväksyy "
              "vastaukset ja näyttää tuloksen.",
        "en": "Type the number of the answer you want to change; that question is asked "
              "again and the other answers stay. An empty line (Enter) accepts the answers "
              "and shows the result.",
        "sv": "Skriv numret på det svar som du vill ändra; frågan ställs på nytt och de andra "
              "svaren finns kvar. En tom rad (Enter) godkänner svaren och visar resultatet.",
    },
    "background": {"fi": "Taustatiedot", "en": "Background", "sv": "Bakgrundsuppgifter"},
    "notes": {"fi": "Vapaa sana", "en": "Your notes", "sv": "Övriga kommentarer"},
    "answer_prompt": {"fi": "Vastaus", "en": "Answer", "sv": "Svar"},
    "hint_scale": {"fi": "1–5", "en": "1–5", "sv": "1–5"},
    "hint_help": {"fi": "? = ohje", "en": "? = help", "sv": "? = hjälp"},
    "hint_number": {
        "fi": "{min}–{max} {unit}",
        "en": "{min}–{max} {unit}",
        "sv": "{min}–{max} {unit}",
    },
    "hint_text": {"fi": "Enter ohittaa", "en": "Enter skips", "sv": "Enter hoppar över"},
    "hint_back": {"fi": "< = edellinen", "en": "< = back", "sv": "< = föregående"},
    "hint_clear": {"fi": "- tyhjentää", "en": "- clears", "sv": "- tömmer"},
    "hint_keep": {"fi": "Enter = {answer}", "en": "Enter = {answer}", "sv": "Enter = {answer}"},
    "back_at_first": {
        "fi": "tämä on ensimmäinen kysymys, edellistä ei ole",
        "en": "this is the first question; there is no previous one",
        "sv": "det här är den första frågan; det finns ingen föregående",
    },
    "col_answer": {"fi": "Vastaus", "en": "Answer", "sv": "Svar"},
    "check_heading": {
        "fi": "Tarkista vastauksesi ennen tulosta",
        "en": "Check your answers before the result",
        "sv": "Granska dina svar före resultatet",
    },
    "check_prompt": {
        "fi": "Muuta vastausta kirjoittamalla sen numero (1–{count}) tai hyväksy Enterillä:",
        "en": "Type a number (1–{count}) to change that answer, or press Enter to accept:",
        "sv": "Ändra ett svar genom att skriva dess nummer (1–{count}) eller godkänn med Enter:",
    },
    "review_choice": {
        "fi": "kirjoita numero 1–{count} tai paina Enter",
        "en": "type a number 1–{count} or press Enter",
        "sv": "skriv ett nummer 1–{count} eller tryck på Enter",
    },
    "date_time": {"fi": "{date} klo {time}", "en": "{date} {time}", "sv": "{date} kl. {time}"},
    "no_help": {
        "fi": "Tähän kysymykseen ei ole lisäohjetta.",
        "en": "There is no further help for this question.",
        "sv": "Den här frågan har ingen ytterligare hjälp.",
    },
    # A question's source: the article's section, or (for what the tool adds) "Lähde".
    "source_label": {"fi": "Artikkelin kohta", "en": "Article section", "sv": "Avsnitt i artikeln"},
    "source_label_other": {"fi": "Lähde", "en": "Source", "sv": "Källa"},
    # {length}: intro_minutes or intro_minute, then intro_questions or intro_question.
    "intro": {
        "fi": "{length}. ? näyttää ohjeen; Ctrl-C keskeyttää, ja vastaukset säilyvät "
              "luonnoksena.",
        "en": "{length}. ? shows help; Ctrl-C stops, and your answers are kept as a draft.",
        "sv": "{length}. ? visar hjälpen; Ctrl-C avbryter, och dina svar sparas som utkast.",
    },
    "intro_no_drafts": {
        "fi": "{length}. ? näyttää ohjeen; Ctrl-C keskeyttää (vastauksia ei tallenneta).",
        "en": "{length}. ? shows help; Ctrl-C stops (the answers are not kept).",
        "sv": "{length}. ? visar hjälpen; Ctrl-C avbryter (svaren sparas inte).",
    },
    "intro_minutes": {
        "fi": "Noin {minutes} minuuttia",
        "en": "About {minutes} minutes",
        "sv": "Cirka {minutes} minuter",
    },
    "intro_minute": {"fi": "Noin minuutti", "en": "About a minute", "sv": "Cirka en minut"},
    "intro_questions": {
        "fi": "{count} kysymystä",
        "en": "{count} questions",
        "sv": "{count} frågor",
    },
    "intro_question": {"fi": "yksi kysymys", "en": "one question", "sv": "en fråga"},
    # Shown once, before the questions, when the questions file lacks texts in this language.
    "questions_in_finnish": {
        "fi": "ℹ Osa kysymystiedoston teksteistä näytetään suomeksi, koska tiedostossa ei ole "
              "niitä valitsemallasi kielellä.",
        "en": "ℹ Some of the questions and results are shown in Finnish, because the questions "
              "file does not have them in English.",
        "sv": "ℹ En del av frågorna och resultatet visas på finska, eftersom frågefilen inte "
              "har dem på svenska.",
    },
    "joining_note": {
        "fi": "Harkitset liittymistä: vastaa tähän ja muihin hyötyjä koskeviin väitteisiin sen "
              "mukaan, mitä odotat verkostolta.",
        "en": "You are considering joining: answer this and the other statements about "
              "benefits based on what you expect from the network.",
        "sv": "Du funderar på att gå med: svara på det här och de andra påståendena om nytta "
              "utifrån vad du väntar dig av nätverket.",
    },
}
