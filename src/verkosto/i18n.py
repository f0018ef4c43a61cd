"""Interface texts in Finnish and English, and number formatting (no I/O)."""

from __future__ import annotations

import os

from verkosto.errors import Problem

DEFAULT_LANGUAGE = "fi"
LANGUAGES = ("fi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # Error headings
    "file_invalid": {
        "fi": "Tiedostossa on virheitä:",
        "en": "The file has errors:",
    },
    "answers_invalid": {
        "fi": "Vastaustiedostossa on virheitä:",
        "en": "The answers file has errors:",
    },
    "problem_count": {
        "fi": "Virheitä yhteensä {count}.",
        "en": "{count} error(s) in total.",
    },
    # Instrument problems
    "file_not_found": {"fi": "tiedostoa ei löydy", "en": "file not found"},
    "file_unreadable": {"fi": "tiedostoa ei voi lukea (ei lukuoikeutta)",
                        "en": "file cannot be read (no permission)"},
    "file_os_error": {"fi": "tiedostoa ei voi lukea: {detail}", "en": "cannot read file: {detail}"},
    "is_directory": {"fi": "tämä on kansio, ei tiedosto", "en": "this is a folder, not a file"},
    "file_too_large": {
        "fi": "tiedosto on liian suuri ({size} tavua, raja {limit}); sitä ei luettu",
        "en": "file is too large ({size} bytes, limit {limit}); it was not read",
    },
    "not_utf8": {
        "fi": "tiedosto ei ole UTF-8-tekstiä (virheellinen tavu kohdassa {byte})",
        "en": "file is not UTF-8 text (invalid byte at offset {byte})",
    },
    "empty_file": {"fi": "tiedosto on tyhjä", "en": "file is empty"},
    "yaml_syntax": {"fi": "YAML-syntaksivirhe: {detail}", "en": "YAML syntax error: {detail}"},
    "yaml_alias": {
        "fi": "YAML-viittauksia (&ankkuri / *alias) ei sallita",
        "en": "YAML aliases (&anchor / *alias) are not allowed",
    },
    "yaml_too_deep": {
        "fi": "rakenteessa on liian monta sisäkkäistä tasoa",
        "en": "the structure is nested too deeply",
    },
    "number_too_long": {
        "fi": "tiedostossa on luku, jossa on liikaa numeroita",
        "en": "the file has a number with too many digits",
    },
    "key_not_scalar": {"fi": "avaimen pitää olla teksti", "en": "a key must be text"},
    "duplicate_key": {
        "fi": "avain '{key}' toistuu (ensimmäisen kerran rivillä {first_line})",
        "en": "key '{key}' is repeated (first on line {first_line})",
    },
    "wrong_type": {
        "fi": "kohdan '{key}' pitää olla {expected}",
        "en": "'{key}' must be {expected}",
    },
    "unknown_key": {
        "fi": "tuntematon avain '{key}' (sallitut: {allowed})",
        "en": "unknown key '{key}' (allowed: {allowed})",
    },
    "missing_key": {"fi": "kohta '{key}' puuttuu", "en": "'{key}' is missing"},
    "missing_value": {
        "fi": "kohdalle '{key}' ei ole annettu arvoa",
        "en": "'{key}' has no value",
    },
    "file_incomplete": {
        "fi": "tiedostosta puuttuu pakollisia osia",
        "en": "the file is missing required parts",
    },
    "missing_fi": {
        "fi": "kohdasta '{key}' puuttuu suomenkielinen teksti (fi)",
        "en": "'{key}' has no Finnish text (fi)",
    },
    "unknown_language": {
        "fi": "kohdassa '{key}' on tuntematon kieli '{lang}' (sallitut: fi, en)",
        "en": "'{key}' has an unknown language '{lang}' (allowed: fi, en)",
    },
    "out_of_range": {
        "fi": "kohdan '{key}' arvo {value} on sallitun alueen ulkopuolella",
        "en": "'{key}' value {value} is out of range",
    },
    "empty_list": {"fi": "lista '{key}' on tyhjä", "en": "list '{key}' is empty"},
    "bad_id": {
        "fi": "tunnus '{id}' ei kelpaa: aloita kirjaimella ja käytä vain pieniä kirjaimia a–z "
              "(ei ä, ö, å), numeroita ja alaviivaa",
        "en": "id '{id}' is not valid: start with a letter and use only lowercase a–z, digits "
              "and underscores",
    },
    "duplicate_id": {
        "fi": "tunnus '{id}' on jo käytössä rivillä {first_line}",
        "en": "id '{id}' is already used on line {first_line}",
    },
    "bad_side": {
        "fi": "side '{side}' ei kelpaa: käytä benefit (hyöty) tai cost (kustannus)",
        "en": "side '{side}' is not valid: use benefit or cost",
    },
    "unknown_type": {
        "fi": "tuntematon kysymystyyppi '{type}' (sallitut: {allowed})",
        "en": "unknown question type '{type}' (allowed: {allowed})",
    },
    "unknown_dimension": {
        "fi": "tuntematon ulottuvuus '{dimension}'",
        "en": "unknown dimension '{dimension}'",
    },
    "unknown_scale": {
        "fi": "tuntematon asteikko '{scale}' (määritellyt: {known})",
        "en": "unknown scale '{scale}' (defined: {known})",
    },
    "scale_label_missing": {
        "fi": "asteikolta puuttuu sanallinen selite kohdille {points}",
        "en": "the scale has no label for point(s) {points}",
    },
    "scale_bad_point": {
        "fi": "asteikon kohta '{point}' ei kelpaa: kohdat ovat 1–5",
        "en": "scale point '{point}' is not valid: points are 1–5",
    },
    "bad_range": {
        "fi": "min ({min}) on suurempi kuin max ({max})",
        "en": "min ({min}) is greater than max ({max})",
    },
    "bad_choice_value": {
        "fi": "vaihtoehdon arvo '{value}' ei kelpaa: käytä pieniä kirjaimia a–z (ei ä, ö, å), "
              "numeroita, yhdysmerkkiä (-) ja alaviivaa (_), ei pelkkiä numeroita",
        "en": "choice value '{value}' is not valid: use lowercase a–z, digits, hyphens (-) and "
              "underscores (_), not digits alone",
    },
    "duplicate_choice": {
        "fi": "vaihtoehto '{value}' toistuu",
        "en": "choice '{value}' is repeated",
    },
    "when_needs_value": {
        "fi": "when-ehdossa pitää olla joko equals tai in (ei molempia)",
        "en": "a when condition needs either equals or in (not both)",
    },
    "when_unknown": {
        "fi": "when-ehto viittaa tuntemattomaan kysymykseen '{ref}'",
        "en": "the when condition refers to an unknown question '{ref}'",
    },
    "when_later": {
        "fi": "when-ehto viittaa kysymykseen '{ref}', joka kysytään vasta myöhemmin",
        "en": "the when condition refers to question '{ref}', which is asked later",
    },
    "when_value": {
        "fi": "kysymykseen '{ref}' ei voi vastata '{value}' (mahdolliset: {allowed})",
        "en": "question '{ref}' cannot take the value '{value}' (possible: {allowed})",
    },
    "levels_order": {
        "fi": "tasojen min-rajojen pitää laskea ylhäältä alas",
        "en": "level minimums must decrease from top to bottom",
    },
    "levels_floor": {
        "fi": "alimman tason min-rajan pitää olla 1, jotta jokainen pistemäärä saa tason",
        "en": "the lowest level's min must be 1 so that every score gets a level",
    },
    "unknown_question_ref": {
        "fi": "viittaus tuntemattomaan kysymykseen '{ref}'",
        "en": "reference to an unknown question '{ref}'",
    },
    "question_ref_type": {
        "fi": "kysymyksen '{ref}' pitää olla tyyppiä {expected}",
        "en": "question '{ref}' must be of type {expected}",
    },
    "time_not_cost": {
        "fi": "ajankäytön ulottuvuuden '{dimension}' pitää olla side: cost",
        "en": "the time dimension '{dimension}' must have side: cost",
    },
    "worktime_min": {
        "fi": "työaikakysymyksen '{ref}' min-arvon pitää olla yli 0",
        "en": "the working-time question '{ref}' must have a min above 0",
    },
    "bands_order": {
        "fi": "aikarajojen max_share-arvojen pitää kasvaa, ja viimeisellä ei saa olla "
              "max_sharea",
        "en": "band max_share values must increase, and the last band must have none",
    },
    "ratios_order": {
        "fi": "break_even_ratio ei voi olla suurempi kuin worth_it_ratio",
        "en": "break_even_ratio cannot be greater than worth_it_ratio",
    },
    "steps_too_few": {
        "fi": "suositusvaihtoehdolla pitää olla vähintään kaksi askelta (steps), joilla ei ole "
              "when-ehtoa",
        "en": "an outcome needs at least two steps without a when condition",
    },
    "template_placeholder": {
        "fi": "tuntematon paikkamerkki {{{name}}} (sallitut: {allowed})",
        "en": "unknown placeholder {{{name}}} (allowed: {allowed})",
    },
    "template_syntax": {
        "fi": "virheellinen paikkamerkki: {detail}",
        "en": "invalid placeholder: {detail}",
    },
    "dimension_empty": {
        "fi": "ulottuvuudella ei ole yhtään asteikkokysymystä",
        "en": "the dimension has no scale questions",
    },
    # Problem location kinds
    "kind_question": {"fi": "kysymys", "en": "question"},
    "kind_dimension": {"fi": "ulottuvuus", "en": "dimension"},
    "kind_scale": {"fi": "asteikko", "en": "scale"},
    "kind_scoring": {"fi": "pisteytys", "en": "scoring"},
    "kind_recommendation": {"fi": "suositus", "en": "recommendation"},
    "kind_outcome": {"fi": "suositusvaihtoehto", "en": "outcome"},
    "kind_reason": {"fi": "perustelu", "en": "reason"},
    "kind_answer": {"fi": "vastaus", "en": "answer"},
    "line": {"fi": "rivi", "en": "line"},
    # Answer problems (answers file and interactive input)
    "answers_not_mapping": {
        "fi": "vastaustiedoston pitää koostua kysymystunnus–vastaus-pareista "
              "(tai olla JSON-vienti)",
        "en": "an answers file must map question ids to answers (or be a JSON export)",
    },
    "answers_json_syntax": {
        "fi": "JSON-syntaksivirhe: {detail}",
        "en": "JSON syntax error: {detail}",
    },
    "answer_unknown_id": {
        "fi": "tuntematon kysymys '{id}'",
        "en": "unknown question '{id}'",
    },
    "answer_required": {"fi": "vastaus puuttuu", "en": "an answer is required"},
    "answer_scale": {
        "fi": "anna kokonaisluku 1–5",
        "en": "give a whole number from 1 to 5",
    },
    "answer_scale_na": {
        "fi": "anna kokonaisluku 1–5 tai 0 (en osaa sanoa)",
        "en": "give a whole number from 1 to 5, or 0 (don't know)",
    },
    "answer_number": {
        "fi": "anna luku väliltä {min}–{max} (esim. 2,5)",
        "en": "give a number from {min} to {max} (e.g. 2.5)",
    },
    "answer_choice": {
        "fi": "valitse jokin vaihtoehdoista 1–{count}",
        "en": "choose one of the options 1–{count}",
    },
    "answer_choice_value": {
        "fi": "anna jokin arvoista: {values}",
        "en": "give one of the values: {values}",
    },
    "answer_text": {
        "fi": "vastauksen pitää olla tekstiä (enintään {max} merkkiä)",
        "en": "the answer must be text (at most {max} characters)",
    },
    "answer_hours_exceed_worktime": {
        "fi": "verkostoon kuluvat tunnit ({hours} h/kk) ylittävät koko työaikasi "
              "({worktime} h/kk); tarkista luvut",
        "en": "the hours spent on the network ({hours} h/month) exceed your total working time "
              "({worktime} h/month); check the figures",
    },
    "network_missing": {
        "fi": "Verkoston nimi puuttuu: anna se valitsimella --verkosto NIMI.",
        "en": "The network's name is missing: give it with --network NAME.",
    },
    "network_name_invalid": {
        "fi": "verkoston nimen pitää olla 1–{max} merkkiä pitkä tavallinen teksti",
        "en": "the network name must be plain text of 1–{max} characters",
    },
    "answers_other_instrument": {
        "fi": "huom: vienti on tehty kysymyssarjalla {found}, mutta nyt käytössä on {current}; "
              "vastaukset, jotka sopivat edelleen, otetaan mukaan",
        "en": "note: the export was made with instrument {found}, now using {current}; "
              "answers that still fit are used",
    },
    "answer_dropped": {
        "fi": "huom: vastaus kysymykseen '{id}' jätettiin pois, koska kysymys ei aiempien "
              "vastaustesi perusteella koske sinua",
        "en": "note: the answer to '{id}' was left out because, given your other answers, "
              "the question does not apply to you",
    },
    # Other errors
    "export_write_failed": {
        "fi": "Vientitiedostoa {path} ei voitu kirjoittaa: {reason}",
        "en": "Could not write the export file {path}: {reason}",
    },
    "export_write_failed_kept": {
        "fi": "Vientitiedostoa {path} ei voitu kirjoittaa: {reason}. "
              "Arvio on tallessa tiedostossa {kept}.",
        "en": "Could not write the export file {path}: {reason}. "
              "The assessment has been saved to {kept}.",
    },
    "stdout_write_failed": {
        "fi": "Vientiä ei voitu kirjoittaa vakiotulosteeseen: {reason}",
        "en": "Could not write the export to standard output: {reason}",
    },
    "stdout_write_failed_kept": {
        "fi": "Vientiä ei voitu kirjoittaa vakiotulosteeseen: {reason}. "
              "Arvio on tallessa tiedostossa {kept}.",
        "en": "Could not write the export to standard output: {reason}. "
              "The assessment has been saved to {kept}.",
    },
    "bad_language": {
        "fi": "Tuntematon kieli '{value}' (sallitut: fi, en).",
        "en": "Unknown language '{value}' (allowed: fi, en).",
    },
    "interrupted": {
        "fi": "Keskeytetty. Vastauksia ei tallennettu.",
        "en": "Interrupted. No answers were saved.",
    },
    "input_ended": {
        "fi": "Syöte loppui ennen kuin kaikkiin kysymyksiin vastattiin "
              "(seuraavana olisi ollut kysymys '{id}').",
        "en": "Input ended before all questions were answered "
              "(next would have been question '{id}').",
    },
    "internal_error": {
        "fi": "Odottamaton virhe ({kind}). Tämä on ohjelmavirhe; ilmoita siitä kehittäjille.",
        "en": "Unexpected error ({kind}). This is a bug; please report it.",
    },
    # Command-line usage errors
    "usage_no_such_option": {
        "fi": "Tuntematon valitsin {option}.",
        "en": "Unknown option {option}.",
    },
    "usage_needs_value": {
        "fi": "Valitsin {option} tarvitsee arvon.",
        "en": "Option {option} needs a value.",
    },
    "usage_no_such_command": {
        "fi": "Tuntematon komento '{name}'.",
        "en": "Unknown command '{name}'.",
    },
    "usage_extra_argument": {
        "fi": "Ylimääräinen argumentti: {args}.",
        "en": "Unexpected extra argument: {args}.",
    },
    "usage_extra_arguments": {
        "fi": "Ylimääräisiä argumentteja: {args}.",
        "en": "Unexpected extra arguments: {args}.",
    },
    "usage_other": {
        "fi": "Virheellinen komento: {detail}",
        "en": "Invalid command: {detail}",
    },
    "usage_hint": {
        "fi": "Katso ohje: {command} --help",
        "en": "See help: {command} --help",
    },
    # Interview
    "ask_network": {"fi": "Minkä verkoston arvioit?", "en": "Which network are you assessing?"},
    "progress": {"fi": "Kysymys {n}/{total}", "en": "Question {n}/{total}"},
    "background": {"fi": "Taustatiedot", "en": "Background"},
    "notes": {"fi": "Vapaa sana", "en": "Your notes"},
    "answer_prompt": {"fi": "Vastaus", "en": "Answer"},
    "hint_scale": {"fi": "1–5", "en": "1–5"},
    "hint_help": {"fi": "? = ohje", "en": "? = help"},
    "hint_number": {"fi": "{min}–{max} {unit}", "en": "{min}–{max} {unit}"},
    "hint_text": {"fi": "Enter ohittaa", "en": "Enter skips"},
    "no_help": {
        "fi": "Tähän kysymykseen ei ole lisäohjetta.",
        "en": "There is no further help for this question.",
    },
    "source_label": {"fi": "Artikkelin kohta", "en": "Article section"},
    "intro": {
        "fi": "Vastaa kysymyksiin yksi kerrallaan. ? näyttää ohjeen, Ctrl-C keskeyttää.",
        "en": "Answer the questions one at a time. ? shows help, Ctrl-C quits.",
    },
    # Result screen
    "result_title": {"fi": "Suositus: {network}", "en": "Recommendation: {network}"},
    "dimension": {"fi": "Ulottuvuus", "en": "Dimension"},
    "score": {"fi": "Pisteet", "en": "Score"},
    "level": {"fi": "Taso", "en": "Level"},
    "section_benefit": {"fi": "Hyödyt", "en": "Benefits"},
    "section_cost": {"fi": "Kustannukset", "en": "Costs"},
    "time_heading": {"fi": "Ajankäyttö", "en": "Time use"},
    "time_line": {
        "fi": "{hours} h kuukaudessa eli {share} työajasta ({worktime} h/kk)",
        "en": "{hours} h a month, {share} of working time ({worktime} h/month)",
    },
    "time_unknown": {"fi": "tunteja ei annettu", "en": "no hours given"},
    "balance_heading": {"fi": "Hyödyt ja kustannukset", "en": "Benefits and costs"},
    "balance_line": {
        "fi": "hyöty {benefit} / kustannusten rasitus {cost} = suhde {ratio} "
              "(selvän kannattavuuden raja {threshold})",
        "en": "benefit {benefit} / cost burden {cost} = ratio {ratio} "
              "(worthwhile threshold {threshold})",
    },
    "balance_unknown": {
        "fi": "ei laskettavissa (liian vähän vastauksia)",
        "en": "cannot be computed (too few answers)",
    },
    "reasons_heading": {"fi": "Perustelut", "en": "Reasons"},
    "steps_heading": {"fi": "Seuraavat askeleet", "en": "Next steps"},
    "review_heading": {"fi": "Seuraava arviointi", "en": "Next review"},
    "scale_note": {
        "fi": "Pisteet 1–5: suurempi on sinulle parempi – kustannuksissa suuri pistemäärä "
              "tarkoittaa pientä rasitusta.",
        "en": "Scores 1–5: higher is better for you – for costs, a high score means "
              "a light burden.",
    },
    "exported": {"fi": "Vastaukset viety tiedostoon {path}.", "en": "Answers exported to {path}."},
    # tarkista / kysymykset
    "valid": {
        "fi": "{file} on kunnossa: {questions} kysymystä, {dimensions} ulottuvuutta "
              "(versio {version}).",
        "en": "{file} is valid: {questions} questions, {dimensions} dimensions "
              "(version {version}).",
    },
    "col_id": {"fi": "Tunnus", "en": "Id"},
    "col_type": {"fi": "Tyyppi", "en": "Type"},
    "col_question": {"fi": "Kysymys", "en": "Question"},
    "reverse_mark": {"fi": "käänteinen", "en": "reversed"},
    "when_text": {"fi": "kun {question} = {values}", "en": "when {question} = {values}"},
    "type_scale": {"fi": "asteikko", "en": "scale"},
    "type_number": {"fi": "luku", "en": "number"},
    "type_choice": {"fi": "valinta", "en": "choice"},
    "type_text": {"fi": "teksti", "en": "text"},
    # --- kooste (organisation summary) ---
    "kooste_path_missing": {
        "fi": "Polkua {path} ei löydy.",
        "en": "Path {path} does not exist.",
    },
    "kooste_no_files": {
        "fi": "Annetuista poluista ei löytynyt yhtään .json-tiedostoa.",
        "en": "No .json files were found in the given paths.",
    },
    "kooste_nothing_valid": {
        "fi": "Yhtään kelvollista vientiä ei löytynyt (ohitettuja tiedostoja {skipped}).",
        "en": "No valid export was found ({skipped} file(s) skipped).",
    },
    "kooste_bad_format_option": {
        "fi": "Tuntematon muoto '{value}' (sallitut: taulukko, json, csv).",
        "en": "Unknown format '{value}' (allowed: taulukko, json, csv).",
    },
    "kooste_format_conflict": {
        "fi": "--json ja --muoto {value} ovat ristiriidassa; anna vain toinen.",
        "en": "--json and --format {value} contradict each other; give only one.",
    },
    "kooste_write_failed": {
        "fi": "Koostetta ei voitu kirjoittaa tiedostoon {path}: {reason}",
        "en": "Could not write the summary to {path}: {reason}",
    },
    "kooste_stdout_failed": {
        "fi": "Koostetta ei voitu kirjoittaa vakiotulosteeseen: {reason}",
        "en": "Could not write the summary to standard output: {reason}",
    },
    "kooste_written": {
        "fi": "Kooste kirjoitettu tiedostoon {path}.",
        "en": "Summary written to {path}.",
    },
    "kooste_skipped": {"fi": "Ohitettu: {problem}", "en": "Skipped: {problem}"},
    "kooste_folder_unreadable": {
        "fi": "kansiota ei voi lukea: {detail}",
        "en": "cannot read the folder: {detail}",
    },
    "kooste_too_large": {
        "fi": "tiedosto on yli {limit} tavua, joten se ei ole vienti",
        "en": "the file is over {limit} bytes, so it is not an export",
    },
    "kooste_not_json": {
        "fi": "tiedosto ei ole kelvollista JSONia: {detail}",
        "en": "the file is not valid JSON: {detail}",
    },
    "kooste_not_export": {
        "fi": "tiedosto ei ole verkosto-arvio/1-vienti (kohta 'schema' puuttuu)",
        "en": "the file is not a verkosto-arvio/1 export ('schema' is missing)",
    },
    "kooste_other_schema": {
        "fi": "tiedoston skeema on '{schema}', odotettiin {expected}",
        "en": "the file's schema is '{schema}', expected {expected}",
    },
    "kooste_unknown_key": {"fi": "ylimääräinen kohta '{key}'", "en": "unexpected '{key}'"},
    "kooste_empty": {"fi": "kohta '{key}' on tyhjä", "en": "'{key}' is empty"},
    "kooste_too_long": {
        "fi": "kohta '{key}' on liian pitkä (enintään {max} merkkiä)",
        "en": "'{key}' is too long (at most {max} characters)",
    },
    "kooste_bad_format": {
        "fi": "kohdan '{key}' muoto ei kelpaa",
        "en": "'{key}' is not in the right format",
    },
    "kooste_bad_value": {
        "fi": "kohdan '{key}' arvo ei kelpaa (sallitut: {allowed})",
        "en": "'{key}' has a value that is not allowed (allowed: {allowed})",
    },
    "kooste_bad_answer": {
        "fi": "vastauksen '{key}' pitää olla luku, teksti tai null",
        "en": "answer '{key}' must be a number, text or null",
    },
    "kooste_item_count": {
        "fi": "kohdassa '{key}' pitää olla {min}–{max} tekstiä",
        "en": "'{key}' must have {min}–{max} texts",
    },
    "kooste_summary": {
        "fi": "Tiedostoja luettiin {read}: vientejä {valid}, ohitettuja {skipped}. "
              "Verkostoja {networks}, joista alle {min} vastaajan {hidden} (niistä näytetään "
              "vain vastaajamäärä).",
        "en": "Read {read} file(s): {valid} export(s), {skipped} skipped. "
              "{networks} network(s), {hidden} of them with fewer than {min} respondents "
              "(only the number of respondents is shown for those).",
    },
    "kooste_progress": {"fi": "Luetaan vientejä", "en": "Reading exports"},
    "kooste_title": {"fi": "Kooste verkostoittain", "en": "Summary by network"},
    "kooste_col_network": {"fi": "Verkosto", "en": "Network"},
    "kooste_col_respondents": {"fi": "Vastaajia", "en": "Respondents"},
    "kooste_col_worth": {"fi": "Kannattaa", "en": "Worth it"},
    "kooste_col_hours": {"fi": "h/kk mediaani (yhteensä)", "en": "h/month median (total)"},
    "kooste_col_mean": {"fi": "Keskiarvo", "en": "Mean"},
    "kooste_col_sd": {"fi": "Hajonta", "en": "SD"},
    "kooste_col_n": {"fi": "n", "en": "n"},
    "kooste_verdicts": {"fi": "Suositukset", "en": "Verdicts"},
    "kooste_dims_title": {
        "fi": "Suositukset ja ulottuvuuksien pisteet 1–5 (suurempi on parempi)",
        "en": "Verdicts and dimension scores 1–5 (higher is better)",
    },
    "kooste_note": {
        "fi": "Kannattaa = osuus vastaajista, joiden suositus on panosta tai jatka (vajaaksi "
              "jääneitä arvioita ei lasketa). Hajonta on otoskeskihajonta. Luvut "
              "näytetään vain, kun niiden takana on vähintään {min} vastaajaa, jottei ketään "
              "voi tunnistaa.",
        "en": "Worth it = share of respondents whose verdict is invest or continue (incomplete "
              "assessments are not counted). SD is the sample standard deviation. Figures are "
              "shown only when at least {min} respondents are behind them, so that no one can "
              "be singled out.",
    },
    "kooste_verdict_invest": {"fi": "panosta", "en": "invest"},
    "kooste_verdict_continue": {"fi": "jatka", "en": "continue"},
    "kooste_verdict_lighten": {"fi": "kevennä", "en": "lighten"},
    "kooste_verdict_give_time": {"fi": "anna aikaa", "en": "give time"},
    "kooste_verdict_leave": {"fi": "harkitse luopumista", "en": "consider leaving"},
    "kooste_verdict_incomplete": {"fi": "vajaa", "en": "incomplete"},
}


EXPECTED: dict[str, dict[str, str]] = {
    "mapping": {"fi": "avain–arvo-rakenne", "en": "a mapping of keys to values"},
    "list": {"fi": "lista", "en": "a list"},
    "text": {"fi": "tekstiä", "en": "text"},
    "number": {"fi": "luku", "en": "a number"},
    "integer": {"fi": "kokonaisluku", "en": "a whole number"},
    "true/false": {"fi": "true tai false", "en": "true or false"},
}


def resolve_language(value: str | None) -> str:
    """Return the interface language: the option, else $VERKOSTO_KIELI, else Finnish."""
    chosen = value or os.environ.get("VERKOSTO_KIELI") or DEFAULT_LANGUAGE
    return chosen.strip().lower()


def t(key: str, lang: str, /, **params: object) -> str:
    """Return the interface text `key` in `lang`, filled with `params`."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def number(value: float | None, lang: str, digits: int = 1, strip: bool = False) -> str:
    """Format a number for people: decimal comma in Finnish; `strip` drops trailing zeros."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang == "fi" else text


def percent(share: float | None, lang: str) -> str:
    """Format a share (0.091) as a percentage ("9,1 %" in Finnish, "9.1%" in English)."""
    if share is None:
        return "–"
    value = number(share * 100, lang, 1, strip=True)
    return f"{value} %" if lang == "fi" else f"{value}%"


def describe_problem(problem: Problem, lang: str) -> str:
    """Return one problem as a line naming the file, line and question or dimension id."""
    parts: list[str] = []
    if problem.file:
        parts.append(problem.file)
    if problem.line:
        parts.append(f"{t('line', lang)} {problem.line}")
    if problem.kind:
        kind = t(f"kind_{problem.kind}", lang)
        parts.append(f"{kind} '{problem.ident}'" if problem.ident else kind)
    params: dict[str, object] = {}
    for name, value in problem.params.items():
        if isinstance(value, (list, tuple)):
            params[name] = ", ".join(str(v) for v in value)
        elif name == "expected" and isinstance(value, str) and value in EXPECTED:
            params[name] = EXPECTED[value].get(lang, EXPECTED[value]["fi"])
        else:
            params[name] = value
    message = t(problem.key, lang, **params)
    return f"{', '.join(parts)}: {message}" if parts else message
