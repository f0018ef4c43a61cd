"""Answers: problems in an answers file or a typed answer.

Also the notes about answers that no longer fit.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "answers_invalid": {
        "fi": "Vastaustiedostossa on virheitä:",
        "en": "The answers file has errors:",
        "sv": "Svarsfilen innehåller fel:",
    },
    "answers_not_mapping": {
        "fi": "vastaustiedoston pitää koostua kysymystunnus–vastaus-pareista "
              "(tai olla JSON-vienti)",
        "en": "an answers file must map question ids to answers (or be a JSON export)",
        "sv": "en svarsfil ska bestå av par med frågans id och svaret (eller vara en JSON-export)",
    },
    "answers_json_syntax": {
        "fi": "JSON-syntaksivirhe: {detail}",
        "en": "JSON syntax error: {detail}",
        "sv": "Syntaxfel i JSON: {detail}",
    },
    "answer_unknown_id": {
        "fi": "tuntematon kysymys '{id}'",
        "en": "unknown question '{id}'",
        "sv": "okänd fråga '{id}'",
    },
    "answer_required": {"fi": "vastaus puuttuu", "en": "an answer is required",
                        "sv": "svar saknas"},
    "answer_scale": {
        "fi": "anna kokonaisluku 1–5",
        "en": "give a whole number from 1 to 5",
        "sv": "ange ett heltal 1–5",
    },
    "answer_scale_na": {
        "fi": "anna kokonaisluku 1–5 tai 0 (en osaa sanoa)",
        "en": "give a whole number from 1 to 5, or 0 (don't know)",
        "sv": "ange ett heltal 1–5 eller 0 (vet inte)",
    },
    "answer_number": {
        "fi": "anna luku väliltä {min}–{max} (esim. 2,5)",
        "en": "give a number from {min} to {max} (e.g. 2.5)",
        "sv": "ange ett tal mellan {min} och {max} (t.ex. 2,5)",
    },
    "answer_whole": {
        "fi": "anna kokonaisluku väliltä {min}–{max} (esim. 3)",
        "en": "give a whole number from {min} to {max} (e.g. 3)",
        "sv": "ange ett heltal mellan {min} och {max} (t.ex. 3)",
    },
    "answer_week_range": {
        "fi": "{week_fi}\u00a0h/vko on noin {month_fi}\u00a0h/kk; anna luku väliltä "
              "{min}–{max}\u00a0h/kk",
        "en": "{week}\u00a0h/week is about {month}\u00a0h/month; give a number from "
              "{min} to {max}\u00a0h/month",
        "sv": "{week_sv}\u00a0h/vecka är ungefär {month_sv}\u00a0h/mån; ange ett tal mellan {min} "
              "och {max}\u00a0h/mån",
    },
    "answer_agreed_exceed_hours": {
        "fi": "sovittuja tunteja ({agreed_fi}\u00a0h/kk) on enemmän kuin verkosto vie "
              "kaikkiaan ({hours_fi}\u00a0h/kk); sovittuja voi olla enintään "
              "{hours_fi}\u00a0h/kk",
        "en": "the agreed hours ({agreed}\u00a0h/month) are more than the network takes in "
              "all ({hours}\u00a0h/month); at most {hours}\u00a0h/month can be agreed",
        "sv": "de överenskomna timmarna ({agreed_sv}\u00a0h/mån) är fler än nätverket tar "
              "sammanlagt ({hours_sv}\u00a0h/mån); högst {hours_sv}\u00a0h/mån kan vara "
              "överenskomna",
    },
    "answer_week_read": {
        "fi": "huom: {question}: {week_fi}\u00a0h/vko luettiin noin {month_fi}\u00a0h/kk "
              "(× 52/12)",
        "en": "note: {question}: {week}\u00a0h/week was read as about {month}\u00a0h/month "
              "(× 52/12)",
        "sv": "obs: {question}: {week_sv}\u00a0h/vecka lästes som ungefär {month_sv}\u00a0h/mån "
              "(× 52/12)",
    },
    "answer_month_assumed": {
        "fi": "huom: {question}: {hours_fi} luettiin tunteina kuukaudessa, kuten kysymys "
              "sanoo. Jos tarkoitit viikkoa, kirjoita tiedostoon '{hours_fi} h/vko' "
              "(noin {month_fi}\u00a0h/kk).",
        "en": "note: {question}: {hours} was read as hours a month, as the question says. "
              "If you meant a week, write '{hours} h/week' in the file "
              "(about {month}\u00a0h/month).",
        "sv": "obs: {question}: {hours_sv} lästes som timmar i månaden, så som frågan säger. Om "
              "du menade per vecka, skriv '{hours_sv} h/vecka' i filen (ungefär "
              "{month_sv}\u00a0h/mån).",
    },
    "answer_choice": {
        "fi": "valitse jokin vaihtoehdoista 1–{count}",
        "en": "choose one of the options 1–{count}",
        "sv": "välj ett av alternativen 1–{count}",
    },
    "answer_choice_value": {
        "fi": "anna jokin arvoista: {values}",
        "en": "give one of the values: {values}",
        "sv": "ange ett av värdena: {values}",
    },
    "answer_text": {
        "fi": "vastauksen pitää olla tekstiä (enintään {max} merkkiä)",
        "en": "the answer must be text (at most {max} characters)",
        "sv": "svaret ska vara text (högst {max} tecken)",
    },
    "answer_hours_exceed_worktime": {
        "fi": "verkostoon kuluvat tunnit ({hours}\u00a0h/kk) ylittävät koko työaikasi "
              "({worktime}\u00a0h/kk); tarkista luvut",
        "en": "the hours spent on the network ({hours}\u00a0h/month) exceed your total "
              "working time ({worktime}\u00a0h/month); check the figures",
        "sv": "timmarna för nätverket ({hours}\u00a0h/mån) är fler än hela din arbetstid "
              "({worktime}\u00a0h/mån); kontrollera siffrorna",
    },
    "network_missing": {
        "fi": "Verkoston nimi puuttuu: anna se valitsimella --verkosto NIMI.",
        "en": "The network's name is missing: give it with --network NAME.",
        "sv": "Nätverkets namn saknas: ange det med --verkosto NAMN.",
    },
    "network_name_invalid": {
        "fi": "verkoston nimen pitää olla 1–{max} merkkiä pitkä tavallinen teksti",
        "en": "the network name must be plain text of 1–{max} characters",
        "sv": "nätverkets namn ska vara vanlig text på 1–{max} tecken",
    },
    "answers_other_instrument": {
        "fi": "huom: vienti on tehty kysymyssarjalla {found}, mutta nyt käytössä on {current}; "
              "vastaukset, jotka sopivat edelleen, otetaan mukaan",
        "en": "note: the export was made with instrument {found}, now using {current}; "
              "answers that still fit are used",
        "sv": "obs: exporten gjordes med frågeformuläret {found}, men nu används {current}; de "
              "svar som fortfarande passar tas med",
    },
    "answer_dropped": {
        "fi": "huom: vastaus kysymykseen '{id}' jätettiin pois, koska kysymys ei aiempien "
              "vastaustesi perusteella koske sinua",
        "en": "note: the answer to '{id}' was left out because, given your other answers, "
              "the question does not apply to you",
        "sv": "obs: svaret på frågan '{id}' togs inte med, eftersom frågan inte gäller dig "
              "utifrån dina tidigare svar",
    },
    "answers_other_network": {
        "fi": "Vastaustiedosto on verkoston {found} vienti; sen vastauksia käytetään verkoston "
              "{network} arvioinnissa.",
        "en": "The answers file is an export of {found}; its answers are used in the assessment "
              "of {network}.",
        "sv": "Svarsfilen är en export av nätverket {found}; svaren används i bedömningen av "
              "nätverket {network}.",
    },
    "no_input_missing": {
        "fi": "Kysymykseen '{id}' ei ole vastausta (vastaamatta yhteensä {count}), eikä sitä voi "
              "kysyä, koska --ei-kysy on käytössä. Anna vastaukset valitsimella --vastaukset "
              "TIEDOSTO tai jätä --ei-kysy pois.",
        "en": "Question '{id}' has no answer ({count} unanswered in total), and --no-input does "
              "not allow asking. Give the answers with --answers FILE or leave out --no-input.",
        "sv": "Frågan '{id}' har inget svar ({count} obesvarade sammanlagt), och den kan inte "
              "ställas eftersom --ei-kysy används. Ange svaren med --vastaukset FIL eller ta bort "
              "--ei-kysy.",
    },
    "input_line_too_long": {
        "fi": "Syöterivi on liian pitkä (yli {limit} kt). Anna yksi vastaus riviä kohden.",
        "en": "An input line is too long (over {limit} KB). Give one answer per line.",
        "sv": "En inmatad rad är för lång (över {limit} kB). Skriv ett svar per rad.",
    },
    "piped_answers_missing": {
        "fi": "Kysymykseen '{id}' ei ole vastausta (vastaamatta yhteensä {count}). Kun "
              "vastaukset tulevat vakiosyötteestä (--vastaukset -), mitään ei voi kysyä: lisää "
              "puuttuvat vastaukset syötteeseen tai anna ne tiedostona.",
        "en": "Question '{id}' has no answer ({count} unanswered in total). When the answers "
              "come from standard input (--answers -), nothing can be asked: add the missing "
              "answers to the input or give them as a file.",
        "sv": "Frågan '{id}' har inget svar ({count} obesvarade sammanlagt). När svaren kommer "
              "från standardinmatningen (--vastaukset -) kan inga frågor ställas: lägg till de "
              "svar som saknas i inmatningen eller ange dem i en fil.",
    },
    "no_input_missing_all": {
        "fi": "Vastaamatta: {ids}.",
        "en": "Unanswered: {ids}.",
        "sv": "Obesvarade: {ids}.",
    },
    "answer_retired": {
        "fi": "Kysymystä {id} ei enää kysytä; sen vastausta ei käytetä.",
        "en": "Question {id} is no longer asked; its answer is not used.",
        "sv": "Frågan {id} ställs inte längre; svaret på den används inte.",
    },
    "answer_choice_ambiguous": {
        "fi": "'{answer}' sopii useaan vaihtoehtoon ({options_fi}); anna numero tai "
              "tarkempi sana",
        "en": "'{answer}' fits more than one option ({options_en}); give the number or a "
              "more exact word",
        "sv": "'{answer}' passar flera alternativ ({options_sv}); ange numret eller ett mer exakt "
              "ord",
    },
}
