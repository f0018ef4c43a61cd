"""The interview: the questions asked and the hints under them.

Also the help view and the review of the answers before the result.

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "ask_network": {"fi": "Minkä verkoston arvioit?", "en": "Which network are you assessing?"},
    "progress": {"fi": "Kysymys {n}/{total}", "en": "Question {n}/{total}"},
    "background": {"fi": "Taustatiedot", "en": "Background"},
    "notes": {"fi": "Vapaa sana", "en": "Your notes"},
    "answer_prompt": {"fi": "Vastaus", "en": "Answer"},
    "hint_scale": {"fi": "1–5", "en": "1–5"},
    "hint_help": {"fi": "? = ohje", "en": "? = help"},
    "hint_number": {"fi": "{min}–{max} {unit}", "en": "{min}–{max} {unit}"},
    "hint_text": {"fi": "Enter ohittaa", "en": "Enter skips"},
    "hint_back": {"fi": "< = edellinen", "en": "< = back"},
    "hint_clear": {"fi": "- tyhjentää", "en": "- clears"},
    "hint_keep": {"fi": "Enter = {answer}", "en": "Enter = {answer}"},
    "back_at_first": {
        "fi": "tämä on ensimmäinen kysymys, edellistä ei ole",
        "en": "this is the first question; there is no previous one",
    },
    "col_answer": {"fi": "Vastaus", "en": "Answer"},
    "check_heading": {
        "fi": "Tarkista vastauksesi ennen tulosta",
        "en": "Check your answers before the result",
    },
    "check_prompt": {
        "fi": "Muuta vastausta kirjoittamalla sen numero (1–{count}) tai hyväksy Enterillä:",
        "en": "Type a number (1–{count}) to change that answer, or press Enter to accept:",
    },
    "review_choice": {
        "fi": "kirjoita numero 1–{count} tai paina Enter",
        "en": "type a number 1–{count} or press Enter",
    },
    "date_time": {"fi": "{date} klo {time}", "en": "{date} {time}"},
    "no_help": {
        "fi": "Tähän kysymykseen ei ole lisäohjetta.",
        "en": "There is no further help for this question.",
    },
    # A question's source: the article's section, or (for what the tool adds) "Lähde".
    "source_label": {"fi": "Artikkelin kohta", "en": "Article section"},
    "source_label_other": {"fi": "Lähde", "en": "Source"},
    "intro": {
        "fi": "Vastaa kysymyksiin yksi kerrallaan. ? näyttää ohjeen. Ctrl-C keskeyttää; "
              "vastaukset säilyvät luonnoksena.",
        "en": "Answer the questions one at a time. ? shows help. Ctrl-C stops; your answers are "
              "kept as a draft.",
    },
    "joining_note": {
        "fi": "Harkitset liittymistä: vastaa sen mukaan, mitä odotat verkostolta.",
        "en": "You are considering joining: answer by what you expect from the network.",
    },
}
