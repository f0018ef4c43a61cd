"""Reading any file (questions, answers, exports): file and parser problems.

Also the error headings and the words that say where a problem is.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "file_invalid": {
        "fi": "Tiedostossa on virheitä:",
        "en": "The file has errors:",
        "sv": "Filen innehåller fel:",
    },
    "problem_count": {
        "fi": "Virheitä yhteensä {count}.",
        "en": "{count} error(s) in total.",
        "sv": "Sammanlagt {count} fel.",
    },
    "file_not_found": {"fi": "tiedostoa ei löydy", "en": "file not found",
                       "sv": "filen finns inte"},
    "file_unreadable": {"fi": "tiedostoa ei voi lukea (ei lukuoikeutta)",
                        "en": "file cannot be read (no permission)",
                        "sv": "filen kan inte läsas (ingen läsbehörighet)"},
    "file_os_error": {"fi": "tiedostoa ei voi lukea: {detail}", "en": "cannot read file: {detail}",
                      "sv": "filen kan inte läsas: {detail}"},
    "is_directory": {"fi": "tämä on kansio, ei tiedosto", "en": "this is a folder, not a file",
                     "sv": "det här är en mapp, inte en fil"},
    "file_too_large": {
        "fi": "tiedosto on liian suuri ({size} tavua, raja {limit}); sitä ei luettu",
        "en": "file is too large ({size} bytes, limit {limit}); it was not read",
        "sv": "filen är för stor ({size} byte, gränsen är {limit}); den lästes inte",
    },
    "not_utf8": {
        "fi": "tiedosto ei ole UTF-8-tekstiä (virheellinen tavu kohdassa {byte})",
        "en": "file is not UTF-8 text (invalid byte at offset {byte})",
        "sv": "filen är inte UTF-8-text (ogiltig byte vid position {byte})",
    },
    "empty_file": {"fi": "tiedosto on tyhjä", "en": "file is empty", "sv": "filen är tom"},
    "yaml_syntax": {"fi": "YAML-syntaksivirhe: {detail}", "en": "YAML syntax error: {detail}",
                    "sv": "Syntaxfel i YAML: {detail}"},
    "yaml_alias": {
        "fi": "YAML-viittauksia (&ankkuri / *alias) ei sallita",
        "en": "YAML aliases (&anchor / *alias) are not allowed",
        "sv": "YAML-hänvisningar (&ankare / *alias) är inte tillåtna",
    },
    "yaml_too_deep": {
        "fi": "rakenteessa on liian monta sisäkkäistä tasoa",
        "en": "the structure is nested too deeply",
        "sv": "strukturen har för många nivåer inuti varandra",
    },
    "json_not_finite": {
        "fi": "arvo {detail} ei ole sallittu JSONissa; vain tavalliset luvut kelpaavat",
        "en": "the value {detail} is not allowed in JSON; only ordinary numbers are",
        "sv": "värdet {detail} är inte tillåtet i JSON; bara vanliga tal godkänns",
    },
    "number_too_long": {
        "fi": "tiedostossa on luku, jossa on liikaa numeroita",
        "en": "the file has a number with too many digits",
        "sv": "filen innehåller ett tal med för många siffror",
    },
    "yaml_number_form": {
        "fi": "luku '{value}' ei ole tavallinen kymmenjärjestelmän luku; kirjoita esim. 90 tai "
              "1.5 ilman tyyppimerkintää",
        "en": "the number '{value}' is not a plain decimal number; write e.g. 90 or 1.5 "
              "without a tag",
        "sv": "talet '{value}' är inte ett vanligt decimaltal; skriv t.ex. 90 eller 1.5 utan "
              "typmärkning",
    },
    "number_too_large": {
        "fi": "luku {value} on liian suuri",
        "en": "the number {value} is too large",
        "sv": "talet {value} är för stort",
    },
    "key_not_scalar": {"fi": "avaimen pitää olla teksti", "en": "a key must be text",
                       "sv": "en nyckel ska vara text"},
    "duplicate_key": {
        "fi": "avain '{key}' toistuu (ensimmäisen kerran rivillä {first_line})",
        "en": "key '{key}' is repeated (first on line {first_line})",
        "sv": "nyckeln '{key}' upprepas (första gången på rad {first_line})",
    },
    "duplicate_key_unplaced": {
        "fi": "avain '{key}' toistuu (sama avain kahdesti samassa rakenteessa)",
        "en": "key '{key}' is repeated (the same key twice in one object)",
        "sv": "nyckeln '{key}' upprepas (samma nyckel två gånger i samma struktur)",
    },
    "wrong_type": {
        "fi": "kohdan '{key}' pitää olla {expected}",
        "en": "'{key}' must be {expected}",
        "sv": "'{key}' ska vara {expected}",
    },
    "unknown_key": {
        "fi": "tuntematon avain '{key}' (sallitut: {allowed})",
        "en": "unknown key '{key}' (allowed: {allowed})",
        "sv": "okänd nyckel '{key}' (tillåtna: {allowed})",
    },
    "missing_key": {"fi": "kohta '{key}' puuttuu", "en": "'{key}' is missing",
                    "sv": "'{key}' saknas"},
    "missing_value": {
        "fi": "kohdalle '{key}' ei ole annettu arvoa",
        "en": "'{key}' has no value",
        "sv": "'{key}' har inget värde",
    },
    "file_incomplete": {
        "fi": "tiedostosta puuttuu pakollisia osia",
        "en": "the file is missing required parts",
        "sv": "filen saknar obligatoriska delar",
    },
    "missing_fi": {
        "fi": "kohdasta '{key}' puuttuu suomenkielinen teksti (fi)",
        "en": "'{key}' has no Finnish text (fi)",
        "sv": "'{key}' saknar finsk text (fi)",
    },
    "missing_language": {
        "fi": "kohdasta '{key}' puuttuu teksti kielellä {lang}, jonka tiedoston languages-lista "
              "lupaa; lisää se tai poista {lang} listasta",
        "en": "'{key}' has no text in {lang}, which the file's languages list promises; add it "
              "or remove {lang} from the list",
        "sv": "'{key}' saknar text på språket {lang}, som filens languages-lista utlovar; "
              "lägg till texten eller ta bort {lang} ur listan",
    },
    "unknown_language": {
        "fi": "kohdassa '{key}' on tuntematon kieli '{lang}' (sallitut: fi, en, sv)",
        "en": "'{key}' has an unknown language '{lang}' (allowed: fi, en, sv)",
        "sv": "'{key}' har ett okänt språk '{lang}' (tillåtna: fi, en, sv)",
    },
    "out_of_range": {
        "fi": "kohdan '{key}' arvo {value} on sallitun alueen ulkopuolella",
        "en": "'{key}' value {value} is out of range",
        "sv": "värdet {value} för '{key}' ligger utanför det tillåtna intervallet",
    },
    "empty_list": {"fi": "lista '{key}' on tyhjä", "en": "list '{key}' is empty",
                   "sv": "listan '{key}' är tom"},
    "kind_question": {"fi": "kysymys", "en": "question", "sv": "fråga"},
    "kind_dimension": {"fi": "ulottuvuus", "en": "dimension", "sv": "område"},
    "kind_scale": {"fi": "asteikko", "en": "scale", "sv": "skala"},
    "kind_scoring": {"fi": "pisteytys", "en": "scoring", "sv": "poängsättning"},
    "kind_recommendation": {"fi": "suositus", "en": "recommendation", "sv": "rekommendation"},
    "kind_outcome": {"fi": "suositusvaihtoehto", "en": "outcome",
                     "sv": "rekommendationsalternativ"},
    "kind_reason": {"fi": "perustelu", "en": "reason", "sv": "motivering"},
    "kind_change": {"fi": "muutoslause", "en": "change sentence", "sv": "ändringsmening"},
    "kind_answer": {"fi": "vastaus", "en": "answer", "sv": "svar"},
    "line": {"fi": "rivi", "en": "line", "sv": "rad"},
    "text_control_chars": {
        "fi": "tekstissä '{key}' on ohjausmerkki {char} (esim. päätteen ohjauskoodi tai "
              "tekstin suunnan vaihto); poista se",
        "en": "the text '{key}' holds the control character {char} (such as a terminal "
              "control code or a text direction override); remove it",
        "sv": "texten '{key}' innehåller styrtecknet {char} (t.ex. en styrkod för terminalen "
              "eller en ändring av textriktningen); ta bort det",
    },
    "not_regular_file": {
        "fi": "tämä ei ole tavallinen tiedosto (laite, nimetty putki tai pistoke); sitä ei luettu",
        "en": "this is not a regular file (a device, named pipe or socket); it was not read",
        "sv": "det här är inte en vanlig fil (en enhet, ett namngivet rör eller ett uttag); den "
              "lästes inte",
    },
    "stdin_is_terminal": {
        "fi": "vastaukset luetaan vakiosyötteestä vain putken kautta, esim. "
              "cat vastaukset.yaml | verkosto arvioi --vastaukset -",
        "en": "answers are read from standard input only through a pipe, e.g. "
              "cat answers.yaml | verkosto arvioi --answers -",
        "sv": "svar läses från standardinmatningen bara via ett rör, t.ex. cat svar.yaml | "
              "verkosto arvioi --vastaukset -",
    },
    "stream_timeout": {
        "fi": "putki ei päättynyt {seconds:g} sekunnissa (kirjoittaako siihen kukaan?); "
              "sitä ei luettu",
        "en": "the pipe did not end within {seconds:g} seconds (is anything writing to it?); "
              "it was not read",
        "sv": "röret tog inte slut inom {seconds:g} sekunder (skriver något till det?); det "
              "lästes inte",
    },
    "stdin_name": {"fi": "vakiosyöte", "en": "standard input", "sv": "standardinmatning"},
    "column": {"fi": "sarake", "en": "column", "sv": "kolumn"},
    "syntax_unknown": {
        "fi": "rakenne ei ole kelvollinen tässä kohdassa",
        "en": "the structure is not valid at this point",
        "sv": "strukturen är inte giltig på det här stället",
    },
}
