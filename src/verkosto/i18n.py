"""Interface texts in Finnish and English, and number formatting (no I/O)."""

from __future__ import annotations

import errno
import os
from pathlib import PurePath

from verkosto.errors import Problem
from verkosto.safetext import visible

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
    "curve_order": {
        "fi": "käyrän share-arvojen pitää kasvaa ja score-arvojen pysyä samoina tai laskea",
        "en": "the curve's share values must increase and its scores must not rise",
    },
    "shares_order": {
        "fi": "high_share ei voi olla suurempi kuin heavy_share",
        "en": "high_share cannot be greater than heavy_share",
    },
    "meetings_not_hours": {
        "fi": "meetings-kysymyksen {ref} pitää olla myös hours-luettelossa",
        "en": "the meetings question {ref} must also be listed under hours",
    },
    "unknown_fact": {
        "fi": "tuntematon tieto '{fact}' (sallitut: {allowed})",
        "en": "unknown fact '{fact}' (allowed: {allowed})",
    },
    "retired_in_use": {
        "fi": "tunnus on sekä käytössä että retired_questions-luettelossa; vanha vastaus "
              "luettaisiin uuden kysymyksen vastaukseksi",
        "en": "the id is both in use and listed in retired_questions; an old answer would be "
              "read as an answer to the new question",
    },
    "invest_ratio_order": {
        "fi": "worth_it_ratio ei voi olla suurempi kuin invest_ratio",
        "en": "worth_it_ratio cannot be greater than invest_ratio",
    },
    "ratios_order": {
        "fi": "break_even_ratio ei voi olla suurempi kuin worth_it_ratio",
        "en": "break_even_ratio cannot be greater than worth_it_ratio",
    },
    "steps_too_few": {
        "fi": "suositusvaihtoehdolla pitää olla vähintään kaksi askelta (steps), joilla ei ole "
              "when-, if- eikä unless-ehtoa",
        "en": "an outcome needs at least two steps without a when, if or unless condition",
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
    "kind_change": {"fi": "muutoslause", "en": "change sentence"},
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
        "fi": "verkostoon kuluvat tunnit ({hours}\u00a0h/kk) ylittävät koko työaikasi "
              "({worktime}\u00a0h/kk); tarkista luvut",
        "en": "the hours spent on the network ({hours}\u00a0h/month) exceed your total "
              "working time ({worktime}\u00a0h/month); check the figures",
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
        "fi": "Keskeytetty.",
        "en": "Interrupted.",
    },
    "interrupted_unsaved": {
        "fi": "Keskeytetty. Vastauksia ei tallennettu.",
        "en": "Interrupted. No answers were saved.",
    },
    "interrupted_stored": {
        "fi": "Keskeytetty. Arvio oli jo tallennettu historiaan (verkosto historia).",
        "en": "Interrupted. The assessment had already been stored in the history "
              "(verkosto historia).",
    },
    "input_ended": {
        "fi": "Syöte loppui ennen kuin kaikkiin kysymyksiin vastattiin "
              "(seuraavana olisi ollut kysymys '{id}').",
        "en": "Input ended before all questions were answered "
              "(next would have been question '{id}').",
    },
    "interrupted_kept": {
        "fi": "Keskeytetty. {count} vastausta on tallessa.",
        "en": "Interrupted. {count} answers are saved.",
    },
    "interrupted_kept_one": {
        "fi": "Keskeytetty. 1 vastaus on tallessa.",
        "en": "Interrupted. 1 answer is saved.",
    },
    "resume_hint": {"fi": "Jatka: {command}", "en": "Continue: {command}"},
    "input_ended_network": {
        "fi": "Syöte loppui ennen kuin verkoston nimi annettiin. Anna nimi valitsimella "
              "--verkosto NIMI.",
        "en": "Input ended before a network name was given. Give it with --network NAME.",
    },
    "input_ended_draft": {
        "fi": "Syöte loppui ennen kuin luonnoksesta päätettiin; luonnos säilyy ennallaan.",
        "en": "Input ended before deciding about the draft; the draft is kept as it was.",
    },
    "interrupted_draft_kept": {
        "fi": "Keskeytetty. Luonnos säilyy ennallaan.",
        "en": "Interrupted. The draft is kept as it was.",
    },
    "input_ended_review": {
        "fi": "Syöte loppui kesken vastausten tarkistuksen.",
        "en": "Input ended during the answer review.",
    },
    "kept_draft": {
        "fi": "{count} vastausta on tallessa luonnoksena. Jatka: {command}",
        "en": "{count} answers are saved as a draft. Continue: {command}",
    },
    "kept_draft_one": {
        "fi": "1 vastaus on tallessa luonnoksena. Jatka: {command}",
        "en": "1 answer is saved as a draft. Continue: {command}",
    },
    "draft_save_failed": {
        "fi": "Luonnosta ei voitu tallentaa ({reason}); jos keskeytät, vastaukset katoavat.",
        "en": "The draft could not be saved ({reason}); if you stop now, the answers are lost.",
    },
    "draft_exists_not_asked": {
        "fi": "Verkoston {network} luonnosta ei korvata, eikä tämän kerran vastauksia tallenneta "
              "luonnokseksi. Jatka luonnosta komennolla: {command}",
        "en": "The draft assessment of {network} is not replaced, and this run's answers are not "
              "saved as a draft. Continue the draft with: {command}",
    },
    "draft_damaged": {
        "fi": "Luonnostiedostoa {path} ei voi lukea; se korvataan.",
        "en": "The draft file {path} cannot be read; it will be replaced.",
    },
    "draft_set_aside": {
        "fi": "Luonnostiedostoa {path} ei voi lukea. Se siirrettiin sivuun nimellä {aside}, "
              "ja arviointi alkaa alusta.",
        "en": "The draft file {path} cannot be read. It was set aside as {aside}, and the "
              "assessment starts afresh.",
    },
    "draft_changed": {
        "fi": "Kysymystiedosto on muuttunut luonnoksen tallentamisen jälkeen. "
              "Nämä vastaukset eivät enää sovi, ja ne kysytään uudelleen: {ids}",
        "en": "The questions file has changed since the draft was saved. "
              "These answers no longer fit and will be asked again: {ids}",
    },
    "draft_changed_all_fit": {
        "fi": "Kysymystiedosto on muuttunut luonnoksen tallentamisen jälkeen; "
              "kaikki vastaukset sopivat yhä.",
        "en": "The questions file has changed since the draft was saved; "
              "all answers still fit.",
    },
    "draft_continued": {
        "fi": "Jatketaan verkoston {network} arviointia luonnoksesta ({count} vastausta).",
        "en": "Continuing the assessment of {network} from its draft ({count} answers).",
    },
    "draft_continued_one": {
        "fi": "Jatketaan verkoston {network} arviointia luonnoksesta (1 vastaus).",
        "en": "Continuing the assessment of {network} from its draft (1 answer).",
    },
    "no_drafts": {
        "fi": "Keskeneräisiä arviointeja (luonnoksia) ei ole. Aloita uusi arviointi: verkosto "
              "arvioi",
        "en": "There are no unfinished assessments (drafts). Start a new assessment: verkosto "
              "arvioi",
    },
    "no_draft_for": {
        "fi": "Verkoston {network} arvioinnista ei ole luonnosta. Aloita uusi arviointi: "
              "verkosto arvioi --verkosto {network}",
        "en": "There is no draft assessment of {network}. Start a new one: verkosto arvioi "
              "--network {network}",
    },
    "drafts_choose": {
        "fi": "Luonnoksia on useita ({networks}); kerro jatkettava valitsimella --verkosto NIMI.",
        "en": "There are several drafts ({networks}); name the one to continue with --network "
              "NAME.",
    },
    "draft_unreadable": {
        "fi": "Luonnostiedostoa {path} ei voi lukea.",
        "en": "The draft file {path} cannot be read.",
    },
    "answers_other_network": {
        "fi": "Vastaustiedosto on verkoston {found} vienti; sen vastauksia käytetään verkoston "
              "{network} arvioinnissa.",
        "en": "The answers file is an export of {found}; its answers are used in the assessment "
              "of {network}.",
    },
    "draft_questions_missing": {
        "fi": "Luonnos on tehty kysymystiedostolla {path}, jota ei enää löydy. Anna "
              "kysymystiedosto valitsimella --kysymykset TIEDOSTO.",
        "en": "The draft was made with the questions file {path}, which no longer exists. Give a "
              "questions file with --questions FILE.",
    },
    "no_input_missing": {
        "fi": "Kysymykseen '{id}' ei ole vastausta (vastaamatta yhteensä {count}), eikä sitä voi "
              "kysyä, koska --ei-kysy on käytössä. Anna vastaukset valitsimella --vastaukset "
              "TIEDOSTO tai jätä --ei-kysy pois.",
        "en": "Question '{id}' has no answer ({count} unanswered in total), and --no-input does "
              "not allow asking. Give the answers with --answers FILE or leave out --no-input.",
    },
    "kooste_link_skipped": {
        "fi": "symbolinen linkki kansion sisällä ohitettiin (anna tiedosto nimeltä, jos haluat sen "
              "mukaan)",
        "en": "a symbolic link inside a folder was skipped (name the file itself to include it)",
    },
    "summary_none_joined": {
        "fi": "Et ole vielä mukana yhdessäkään arvioimistasi verkostoista.",
        "en": "You are not yet in any of the networks you have assessed.",
    },
    "output_failed_kept": {
        "fi": "Tulosta ei voitu näyttää ({reason}). Arvio tallennettiin tiedostoon {kept}.",
        "en": "The result could not be shown ({reason}). The assessment was kept in {kept}.",
    },
    "output_failed_plain": {
        "fi": "Tulostetta ei voitu kirjoittaa ({reason}).",
        "en": "The output could not be written ({reason}).",
    },
    "input_line_too_long": {
        "fi": "Syöterivi on liian pitkä (yli {limit} kt). Anna yksi vastaus riviä kohden.",
        "en": "An input line is too long (over {limit} KB). Give one answer a line.",
    },
    "no_input_missing_all": {
        "fi": "Vastaamatta: {ids}.",
        "en": "Unanswered: {ids}.",
    },
    "compare_versions_differ": {
        "fi": "Arviot on tehty kysymyssarjan eri versioilla ({a} ja {b}), joten pisteiden muutos "
              "voi johtua myös kysymysten ja laskutavan muutoksista.",
        "en": "The assessments were made with different versions of the questions ({a} and "
              "{b}), so a change in scores may also come from changed questions and scoring.",
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
    "usage_missing": {
        "fi": "Komennolta puuttuu {name}.",
        "en": "The command needs {name}.",
    },
    "usage_bad_value": {
        "fi": "Arvo kohdassa {name} ei kelpaa: anna kokonaisluku (esim. 3).",
        "en": "The value for {name} is not valid: give a whole number (for example 3).",
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
    "hint_back": {"fi": "< = edellinen", "en": "< = back"},
    "hint_clear": {"fi": "- tyhjentää", "en": "- clears"},
    "hint_keep": {"fi": "Enter = {answer}", "en": "Enter = {answer}"},
    "answer_empty": {"fi": "(tyhjä)", "en": "(empty)"},
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
    "draft_found": {
        "fi": "Verkoston {network} arvioinnista on luonnos: {count} vastausta, tallennettu "
              "{saved}.",
        "en": "There is a draft assessment of {network}: {count} answers, saved {saved}.",
    },
    "draft_found_one": {
        "fi": "Verkoston {network} arvioinnista on luonnos: 1 vastaus, tallennettu {saved}.",
        "en": "There is a draft assessment of {network}: 1 answer, saved {saved}.",
    },
    "draft_continue": {
        "fi": "Jatketaanko luonnosta? (K = jatka, e = aloita alusta ja korvaa luonnos) [K/e]:",
        "en": "Continue the draft? (Y = continue, n = start over and replace it) [Y/n]:",
    },
    "draft_yes_no": {"fi": "vastaa k tai e", "en": "answer y or n"},
    "drafts_heading": {"fi": "Luonnokset:", "en": "Drafts:"},
    "draft_row": {
        "fi": "{network} – {count} vastausta, tallennettu {saved}",
        "en": "{network} – {count} answers, saved {saved}",
    },
    "draft_row_one": {
        "fi": "{network} – 1 vastaus, tallennettu {saved}",
        "en": "{network} – 1 answer, saved {saved}",
    },
    "draft_pick": {
        "fi": "Mitä luonnosta jatkat? (1–{count}):",
        "en": "Which draft do you want to continue? (1–{count}):",
    },
    "draft_pick_invalid": {
        "fi": "kirjoita numero 1–{count}",
        "en": "type a number 1–{count}",
    },
    "date_time": {"fi": "{date} klo {time}", "en": "{date} {time}"},
    "no_help": {
        "fi": "Tähän kysymykseen ei ole lisäohjetta.",
        "en": "There is no further help for this question.",
    },
    "source_label": {"fi": "Artikkelin kohta", "en": "Article section"},
    "intro": {
        "fi": "Vastaa kysymyksiin yksi kerrallaan. ? näyttää ohjeen. Ctrl-C keskeyttää; "
              "vastaukset säilyvät luonnoksena.",
        "en": "Answer the questions one at a time. ? shows help. Ctrl-C stops; your answers are "
              "kept as a draft.",
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
        "fi": "{hours}\u00a0h kuukaudessa eli {share} työajasta ({worktime}\u00a0h/kk)",
        "en": "{hours}\u00a0h a month, {share} of working time ({worktime}\u00a0h/month)",
    },
    "time_unknown": {"fi": "tunteja ei annettu", "en": "no hours given"},
    "time_agreed_line": {
        "fi": "{hours}\u00a0h kuukaudessa, josta {agreed}\u00a0h sovittu osaksi työtä; muulta "
              "työltä {unagreed}\u00a0h eli {share} työajasta ({worktime}\u00a0h/kk)",
        "en": "{hours}\u00a0h a month, of which {agreed}\u00a0h agreed as part of the job; "
              "{unagreed}\u00a0h taken from other work, {share} of working time "
              "({worktime}\u00a0h/month)",
    },
    "borderline_note": {
        "fi": "Rajatapaus: pieni muutos vastauksissa voisi muuttaa suositusta.",
        "en": "Borderline: a small change in the answers could change the recommendation.",
    },
    "changes_heading": {"fi": "Mikä muuttaisi suositusta?",
                        "en": "What would change the recommendation?"},
    "joining_note": {
        "fi": "Harkitset liittymistä: vastaa sen mukaan, mitä odotat verkostolta.",
        "en": "You are considering joining: answer by what you expect from the network.",
    },
    "answer_retired": {
        "fi": "Kysymystä {id} ei enää kysytä; sen vastausta ei käytetä.",
        "en": "Question {id} is no longer asked; its answer is not used.",
    },
    "balance_heading": {"fi": "Hyödyt ja kustannukset", "en": "Benefits and costs"},
    "balance_line": {
        "fi": "hyödyt {benefit}/5, kustannusten rasitus {cost}/5 (tässä suurempi luku = "
              "raskaampi) – suhde {ratio}; selvästi kannattava, kun suhde on vähintään "
              "{threshold}. Pisteitä, ei euroja eikä tunteja.",
        "en": "benefits {benefit}/5, cost burden {cost}/5 (here a higher number = heavier) – "
              "ratio {ratio}; clearly worth it from {threshold}. Scores, not money or hours.",
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
    # arvioi and the history
    "saved_to_history": {
        "fi": "Arvio tallennettiin historiaan; näet sen komennolla verkosto historia.",
        "en": "The assessment was saved to the history; see it with verkosto historia.",
    },
    "history_kept": {
        "fi": "Valmis arvio on tallessa tiedostossa {kept}.",
        "en": "The finished assessment is kept in {kept}.",
    },
    "previous_assessment": {
        "fi": "Edellinen arvio tehtiin {date} (suositus: {verdict}).",
        "en": "The previous assessment was made on {date} (recommendation: {verdict}).",
    },
    "previous_review_due": {
        "fi": "Seuraavan arvioinnin aika oli {date}, joten nyt on hyvä hetki arvioida uudelleen.",
        "en": "Its next review was due on {date}, so now is a good time to re-evaluate.",
    },
    "previous_review_ahead": {
        "fi": "Sen seuraava arviointi olisi vasta {date}.",
        "en": "Its next review would not be due until {date}.",
    },
    "previous_defaults": {
        "fi": "Aiemmat vastaukset näkyvät oletuksina: Enter säilyttää vastauksen.",
        "en": "Your earlier answers are shown as defaults: Enter keeps an answer.",
    },
    # --- history, comparison, summary, report, deletion ---
    "history_write_failed": {
        "fi": "Arviota ei voitu tallentaa historiaan ({path}): {reason}",
        "en": "Could not save the assessment to the history ({path}): {reason}",
    },
    "history_read_failed": {
        "fi": "Historiaa ei voitu lukea ({path}): {reason}",
        "en": "Could not read the history ({path}): {reason}",
    },
    "history_delete_failed": {
        "fi": "Historiasta ei voitu poistaa ({path}): {reason}",
        "en": "Could not delete from the history ({path}): {reason}",
    },
    "history_corrupt": {
        "fi": "Historiatiedostossa {path} on arvio, jota ei voi lukea; tiedostoa on ilmeisesti "
              "muutettu muulla ohjelmalla. Palauta tiedosto varmuuskopiosta tai siirrä se "
              "muualle, jolloin historia alkaa tyhjästä.",
        "en": "The history file {path} has an assessment that cannot be read; the file has "
              "apparently been changed by another program. Restore it from a backup, or move it "
              "aside to start an empty history.",
    },
    "history_newer_schema": {
        "fi": "Historiatiedosto {path} on tehty verkosto-työkalun uudemmalla versiolla "
              "(tietokannan versio {found}, tämä versio tuntee version {known}). Päivitä "
              "verkosto-työkalu.",
        "en": "The history file {path} was made by a newer version of the verkosto tool "
              "(database version {found}, this version knows {known}). Update the verkosto tool.",
    },
    "history_empty": {
        "fi": "Historiassa ei ole vielä arvioita. Tee ensimmäinen: verkosto arvioi",
        "en": "There are no assessments in the history yet. Make the first: verkosto arvioi",
    },
    "history_network_empty": {
        "fi": "Verkostosta '{network}' ei ole tallennettuja arvioita.",
        "en": "There are no stored assessments of the network '{network}'.",
    },
    "history_network_unknown": {
        "fi": "Verkostosta '{network}' ei ole tallennettuja arvioita (historiassa: {known}).",
        "en": "There are no stored assessments of the network '{network}' (in the history: "
              "{known}).",
    },
    "history_title": {"fi": "Arviot, uusin ensin", "en": "Assessments, newest first"},
    "col_no": {"fi": "Nro", "en": "No."},
    "col_date": {"fi": "Päivä", "en": "Date"},
    "col_network": {"fi": "Verkosto", "en": "Network"},
    "col_verdict": {"fi": "Suositus", "en": "Recommendation"},
    "col_balance": {"fi": "Suhde", "en": "Ratio"},
    "col_hours": {"fi": "h/kk", "en": "h/month"},
    "col_share": {
        "fi": "Työajasta",
        "en": "Of working time",
    },
    "share_of_work": {"fi": "{share} työajasta", "en": "{share} of working time"},
    "col_review": {"fi": "Seuraava arviointi", "en": "Next review"},
    "overdue": {"fi": "myöhässä", "en": "overdue"},
    "trend_title": {
        "fi": "Kehitys: {network} ({count} arviota, vanhin ensin)",
        "en": "Trend: {network} ({count} assessments, oldest first)",
    },
    "trend_up": {"fi": "nousee", "en": "rising"},
    "trend_down": {"fi": "laskee", "en": "falling"},
    "trend_level": {"fi": "ennallaan", "en": "steady"},
    "history_exported": {
        "fi": "Historia ({count} arviota) viety JSON Lines -tiedostoon {path}.",
        "en": "History ({count} assessments) exported as JSON Lines to {path}.",
    },
    "history_exported_one": {
        "fi": "Historia (1 arvio) viety JSON Lines -tiedostoon {path}.",
        "en": "History (1 assessment) exported as JSON Lines to {path}.",
    },
    "history_export_failed": {
        "fi": "Historiaa ei voitu viedä tiedostoon {path}: {reason}",
        "en": "Could not export the history to {path}: {reason}",
    },
    "history_network_needed": {
        "fi": "Historiassa on useita verkostoja; valitse yksi valitsimella --verkosto NIMI "
              "({known}).",
        "en": "The history has several networks; choose one with --network NAME ({known}).",
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
    "ref_not_found": {
        "fi": "Arviota '{ref}' ei löydy: se ei ole tallennetun arvion numero eikä "
              "tiedoston polku (numerot: verkosto historia; tiedosto luetaan, kun polussa on / "
              "tai pääte .json, esim. ./{ref}).",
        "en": "Assessment '{ref}' not found: it is neither a stored assessment's number nor "
              "a file path (numbers: verkosto historia; a file is read when the path has a / "
              "or ends in .json, e.g. ./{ref}).",
    },
    "id_not_found": {
        "fi": "Historiassa ei ole arviota numero {id} (numerot: verkosto historia).",
        "en": "There is no assessment number {id} in the history (numbers: verkosto historia).",
    },
    "export_invalid": {
        "fi": "Tiedosto ei ole verkosto-arvion JSON-vienti:",
        "en": "The file is not a verkosto assessment export:",
    },
    "export_not_export": {
        "fi": "tiedostosta puuttuu \"schema\": \"verkosto-arvio/1\" (tee vienti komennolla "
              "verkosto arvioi --vie)",
        "en": "the file lacks \"schema\": \"verkosto-arvio/1\" (make an export with "
              "verkosto arvioi --export)",
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
    "summary_total": {
        "fi": "Yhteensä {hours}\u00a0h kuukaudessa eli {share} työajasta (raja {limit}).",
        "en": "In total {hours}\u00a0h a month, {share} of working time (limit {limit}).",
    },
    "summary_over": {
        "fi": "⚠ Verkostot vievät yhteensä enemmän työaikaa kuin {limit}:n raja sallii.",
        "en": "⚠ Together the networks take more working time than the limit of {limit}.",
    },
    "summary_under": {
        "fi": "Verkostojen yhteinen ajankäyttö on rajan {limit} sisällä.",
        "en": "The networks' combined time use is within the limit of {limit}.",
    },
    "summary_lighten": {
        "fi": "Kevennä ensin: {network}. Sen hyöty–kustannus-suhde on verkostoistasi heikoin "
              "({ratio}), ja se vie {hours}\u00a0h kuukaudessa ({share} työajasta): "
              "keventämällä sitä saat aikaa vapaaksi niin, että menetät vähiten hyötyä.",
        "en": "Scale back first: {network}. Its benefit/cost ratio is the weakest of your "
              "networks ({ratio}), and it takes {hours}\u00a0h a month ({share} of working time): "
              "scaling it back frees time at the smallest loss of benefit.",
    },
    "summary_lighten_unknown": {
        "fi": "Kevennä ensin: {network}. Sen tasapainoa ei voitu laskea, ja se vie {hours}\u00a0h "
              "kuukaudessa ({share} työajasta): arvioi se uudelleen ja mieti, tarvitaanko "
              "sitä nykyisellä tuntimäärällä.",
        "en": "Scale back first: {network}. Its balance could not be computed, and it takes "
              "{hours}\u00a0h a month ({share} of working time): re-evaluate it and consider "
              "whether it needs that many hours.",
    },
    "summary_overdue": {
        "fi": "Arviointi myöhässä: {networks}.",
        "en": "Review overdue: {networks}.",
    },
    "report_format_unknown": {
        "fi": "Tuntematon raporttimuoto '{value}' (sallitut: md, html, txt).",
        "en": "Unknown report format '{value}' (allowed: md, html, txt).",
    },
    "report_source_needed": {
        "fi": "Anna raportoitava arvio: JSON-vientitiedosto, arvion numero tai --viimeisin.",
        "en": "Name the assessment to report: a JSON export file, the number of a stored "
              "assessment, or --latest.",
    },
    "report_source_both": {
        "fi": "Anna joko arvio (tiedosto tai numero) tai --viimeisin, ei molempia.",
        "en": "Give either an assessment (a file or a number) or --latest, not both.",
    },
    "report_written": {
        "fi": "Raportti kirjoitettu tiedostoon {path}.",
        "en": "Report written to {path}.",
    },
    "report_write_failed": {
        "fi": "Raporttia ei voitu kirjoittaa tiedostoon {path}: {reason}",
        "en": "Could not write the report to {path}: {reason}",
    },
    "report_title": {
        "fi": "Verkostoarvio: {network}",
        "en": "Network assessment: {network}",
    },
    "report_meta": {
        "fi": "Arvioitu {date} · kysymyssarja {instrument} {version}",
        "en": "Assessed {date} · instrument {instrument} {version}",
    },
    "report_verdict": {"fi": "Suositus", "en": "Recommendation"},
    "report_dimensions": {"fi": "Ulottuvuudet", "en": "Dimensions"},
    "report_side": {
        "fi": "Hyöty vai kustannus",
        "en": "Benefit or cost",
    },
    "report_agenda": {
        "fi": "Keskusteltavaa järjestössä",
        "en": "To discuss in the organisation",
    },
    "report_answers": {"fi": "Vastaukset", "en": "Answers"},
    "report_answer": {"fi": "Vastaus", "en": "Answer"},
    "report_footer": {
        "fi": "Tehty työkalulla verkosto {version}. Pisteet 1–5: suurempi on parempi; "
              "kustannuksissa suuri pistemäärä tarkoittaa pientä rasitusta.",
        "en": "Made with verkosto {version}. Scores 1–5: higher is better; for costs a high "
              "score means a light burden.",
    },
    "agenda_goals": {
        "fi": "Miten osallistuminen tukee järjestön tavoitteita? Arviossa järjestön "
              "tavoitteiden pisteet: {score}.",
        "en": "How does taking part support the organisation's goals? The assessment scored "
              "the organisation's goals at {score}.",
    },
    "agenda_goals_plain": {
        "fi": "Miten osallistuminen tukee järjestön tavoitteita?",
        "en": "How does taking part support the organisation's goals?",
    },
    "agenda_hours": {
        "fi": "Paljonko työaikaa osallistuminen saa viedä? Nyt {hours}\u00a0h kuukaudessa "
              "({share} työajasta).",
        "en": "How much working time may taking part take? Now {hours}\u00a0h a month "
              "({share} of working time).",
    },
    "agenda_hours_unknown": {
        "fi": "Paljonko työaikaa osallistuminen saa viedä? Tunteja ei arvioitu.",
        "en": "How much working time may taking part take? The hours were not assessed.",
    },
    "agenda_invest": {
        "fi": "Mitä lisäpanostus vaatisi, ja kenen työaikaa se on?",
        "en": "What would investing more take, and whose working time is it?",
    },
    "agenda_continue": {
        "fi": "Miten verkostosta saatu tieto ja tuki jaetaan työyhteisössä?",
        "en": "How are the knowledge and support from the network shared at work?",
    },
    "agenda_lighten": {
        "fi": "Mistä osallistumisen osasta voi luopua, ja kuka hoitaa sen jatkossa?",
        "en": "Which part of taking part can be dropped, and who takes care of it from now on?",
    },
    "agenda_give_time": {
        "fi": "Mitä järjestö odottaa verkostolta seuraavaan arviointiin mennessä?",
        "en": "What does the organisation expect from the network by the next review?",
    },
    "agenda_leave": {
        "fi": "Tarvitseeko järjestö verkostoa yhä, ja jos tarvitsee, kuka sinne osallistuu?",
        "en": "Does the organisation still need the network, and if so, who takes part?",
    },
    "agenda_incomplete": {
        "fi": "Mitä verkostosta pitää selvittää, ennen kuin siitä voi päättää?",
        "en": "What needs to be found out about the network before deciding?",
    },
    "agenda_weakest": {
        "fi": "Heikoin ulottuvuus on {dimension} ({score}): mitä sille voi tehdä yhdessä?",
        "en": "The weakest dimension is {dimension} ({score}): what can be done about it "
              "together?",
    },
    "agenda_review": {
        "fi": "Seuraava arviointi on {date}: kuka on silloin mukana?",
        "en": "The next review is on {date}: who takes part then?",
    },
    "delete_confirm_one": {
        "fi": "Poistetaanko arvio {id} ({network}, {date}) pysyvästi? [k/E]",
        "en": "Delete assessment {id} ({network}, {date}) for good? [y/N]",
    },
    "delete_confirm_all": {
        "fi": "Poistetaanko kaikki {count} arviota pysyvästi? [k/E]",
        "en": "Delete all {count} assessments for good? [y/N]",
    },
    "delete_confirm_all_files": {
        "fi": "Poistetaanko kaikki {count} arviota sekä {files} luonnosta ja varakopiota "
              "(kansiot luonnokset/ ja arviot/) pysyvästi? [k/E]",
        "en": "Delete all {count} assessments and {files} drafts and kept copies (folders "
              "luonnokset/ and arviot/) for good? [y/N]",
    },
    "assessment_printed": {
        "fi": "Arviota ei voitu tallentaa mihinkään, joten se tulostettiin yllä JSON-muotona. "
              "Kopioi se talteen, kun levyllä on taas tilaa.",
        "en": "The assessment could not be saved anywhere, so it was printed above as JSON. "
              "Copy it somewhere safe once the disk has room again.",
    },
    "kooste_stdin_too_long": {
        "fi": "Vakiosyötteen polkuluettelo on liian pitkä (rivi yli {line} tavua tai yhteensä "
              "yli {total} Mt). Anna polut riveittäin.",
        "en": "The list of paths on stdin is too long (a line over {line} bytes or over "
              "{total} MB in all). Give one path per line.",
    },
    "deleted_files": {
        "fi": "Luonnokset ja varakopiot poistettu ({count} tiedostoa).",
        "en": "Drafts and kept copies deleted ({count} files).",
    },
    "delete_files_failed": {
        "fi": "{count} tiedostoa jäi poistamatta, esimerkiksi {path}. Poista ne käsin.",
        "en": "{count} files could not be deleted, for example {path}. Delete them by hand.",
    },
    "delete_confirm_all_one": {
        "fi": "Poistetaanko ainoa tallennettu arvio pysyvästi? [k/E]",
        "en": "Delete the only stored assessment for good? [y/N]",
    },
    "delete_cancelled": {
        "fi": "Mitään ei poistettu.",
        "en": "Nothing was deleted.",
    },
    "delete_not_confirmed": {
        "fi": "Syöte loppui ennen vahvistusta; mitään ei poistettu. Poista ilman vahvistusta "
              "lisäämällä --kylla.",
        "en": "Input ended before confirmation; nothing was deleted. Add --yes to delete without "
              "confirming.",
    },
    "delete_id_or_all": {
        "fi": "Anna joko poistettavan arvion numero tai --kaikki (ei molempia).",
        "en": "Give either the number of the assessment to delete or --all (not both).",
    },
    "deleted_one": {
        "fi": "Arvio {id} ({network}) poistettu. Tietokanta tiivistettiin (VACUUM), joten "
              "poistettu tieto ei jää tiedostoon {path}.",
        "en": "Assessment {id} ({network}) deleted. The database was compacted (VACUUM), so "
              "the deleted data does not stay in the file {path}.",
    },
    "deleted_all": {
        "fi": "{count} arviota poistettu. Tietokanta tiivistettiin (VACUUM), joten "
              "poistettu tieto ei jää tiedostoon {path}.",
        "en": "{count} assessments deleted. The database was compacted (VACUUM), so the "
              "deleted data does not stay in the file {path}.",
    },
    "deleted_all_one": {
        "fi": "1 arvio poistettu. Tietokanta tiivistettiin (VACUUM), joten poistettu tieto ei "
              "jää tiedostoon {path}.",
        "en": "1 assessment deleted. The database was compacted (VACUUM), so the deleted data "
              "does not stay in the file {path}.",
    },

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
        "fi": "Yhtään kelvollista vientiä ei löytynyt (ohitettuja tiedostoja: {skipped}).",
        "en": "No valid export was found (files skipped: {skipped}).",
    },
    "kooste_bad_format_option": {
        "fi": "Tuntematon muoto '{value}' (sallitut: taulukko, json, csv).",
        "en": "Unknown format '{value}' (allowed: table, json, csv).",
    },
    "kooste_format_conflict": {
        "fi": "--json ja --muoto {value} ovat ristiriidassa; anna vain toinen.",
        "en": "--json and --format {value} contradict each other; give only one.",
    },
    "kooste_write_failed": {
        "fi": "Koostetta ei voitu kirjoittaa tiedostoon {path}: {reason}",
        "en": "Could not write the aggregate to {path}: {reason}",
    },
    "kooste_stdout_failed": {
        "fi": "Koostetta ei voitu kirjoittaa vakiotulosteeseen: {reason}",
        "en": "Could not write the aggregate to standard output: {reason}",
    },
    "kooste_written": {
        "fi": "Kooste kirjoitettu tiedostoon {path}.",
        "en": "Aggregate written to {path}.",
    },
    "kooste_skipped": {"fi": "Ohitettu: {problem}", "en": "Skipped: {problem}"},
    "kooste_folder_unreadable": {
        "fi": "kansiota ei voi lukea: {detail}",
        "en": "cannot read the folder: {detail}",
    },
    "kooste_too_large": {
        "fi": "tiedosto on liian suuri vienniksi (yli {limit} tavua)",
        "en": "the file is too large to be an export (over {limit} bytes)",
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
    "kooste_unknown_key": {
        "fi": "ylimääräinen kohta '{key}'",
        "en": "unexpected key '{key}'",
    },
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
        "fi": "Luettuja tiedostoja: {read} (vientejä: {valid}, ohitettuja: {skipped}). "
              "Verkostoja: {networks}.",
        "en": "Files read: {read} (exports: {valid}, skipped: {skipped}). Networks: {networks}.",
    },
    "kooste_hidden": {
        "fi": "Alle {min} vastaajan verkostoja: {hidden}; niistä näytetään vain vastaajamäärä.",
        "en": "Networks with fewer than {min} respondents: {hidden}; only their number of "
              "respondents is shown.",
    },
    "kooste_progress": {"fi": "Luetaan vientejä", "en": "Reading exports"},
    "kooste_title": {
        "fi": "Kooste verkostoittain",
        "en": "Aggregate by network",
    },
    "kooste_col_network": {"fi": "Verkosto", "en": "Network"},
    "kooste_col_respondents": {"fi": "Vastaajia", "en": "Respondents"},
    "kooste_col_worth": {"fi": "Kannattaa", "en": "Worth it"},
    "kooste_col_hours": {"fi": "h/kk mediaani (yhteensä)", "en": "h/month median (total)"},
    "kooste_col_mean": {"fi": "Keskiarvo", "en": "Mean"},
    "kooste_col_sd": {"fi": "Hajonta", "en": "SD"},
    "kooste_col_n": {"fi": "n", "en": "n"},
    "kooste_verdicts": {
        "fi": "Suositukset",
        "en": "Recommendations",
    },
    "kooste_dims_title": {
        "fi": "Suositukset ja ulottuvuuksien pisteet 1–5 (suurempi on parempi)",
        "en": "Recommendations and dimension scores 1–5 (higher is better)",
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
    "kooste_verdict_lighten": {
        "fi": "kevennä",
        "en": "scale back",
    },
    "kooste_verdict_give_time": {"fi": "anna aikaa", "en": "give time"},
    "kooste_verdict_leave": {"fi": "harkitse luopumista", "en": "consider leaving"},
    "kooste_verdict_incomplete": {"fi": "vajaa", "en": "incomplete"},
    # Hostile input: injected text, planted files, damaged state (issue 11)
    "text_control_chars": {
        "fi": "tekstissä '{key}' on ohjausmerkki {char} (esim. päätteen ohjauskoodi tai "
              "tekstin suunnan vaihto); poista se",
        "en": "the text '{key}' holds the control character {char} (such as a terminal "
              "control code or a text direction override); remove it",
    },
    "export_network_invalid": {
        "fi": "verkoston nimi on tyhjä, yli {max} merkkiä pitkä tai siinä on ohjausmerkkejä",
        "en": "the network name is empty, longer than {max} characters or holds control "
              "characters",
    },
    "not_regular_file": {
        "fi": "tämä ei ole tavallinen tiedosto (laite, nimetty putki tai pistoke); sitä ei luettu",
        "en": "this is not a regular file (a device, named pipe or socket); it was not read",
    },
    "history_refused": {
        "fi": "Arviota ei tallennettu historiaan: verkoston nimi on yli {max} merkkiä pitkä, "
              "siinä on ohjausmerkkejä tai arviossa on mahdottomia lukuja.",
        "en": "The assessment was not stored in the history: the network name is longer than "
              "{max} characters or holds control characters, or the assessment has impossible "
              "numbers.",
    },
    "history_row_unreadable": {
        "fi": "Tallennettu arvio #{id} on vioittunut, eikä sitä voi näyttää. Poista se: "
              "verkosto poista {id}",
        "en": "Stored assessment #{id} is damaged and cannot be shown. Delete it: "
              "verkosto poista {id}",
    },
    "history_row_damaged": {
        "fi": "Ohitettu vioittunut arvio #{id} ({problem}). Poista se: verkosto poista {id}",
        "en": "Skipped damaged assessment #{id} ({problem}). Delete it: verkosto poista {id}",
    },
    "output_failed": {
        "fi": "Tulostetta ei voitu kirjoittaa ({reason}). Jos teit arvion, se tallennettiin "
              "ennen tulostusta historiaan tai datakansion arviot-kansioon.",
        "en": "The output could not be written ({reason}). If you made an assessment, it was "
              "stored before anything was shown, in the history or the data folder's arviot "
              "folder.",
    },
    "delete_not_final": {
        "fi": "Arvio poistettiin historiasta, mutta poisto ei ole vielä lopullinen: toinen "
              "ohjelma lukee historiaa, joten poistettu tieto on yhä tiedostossa {path}. "
              "Sulje muut verkosto-komennot ja aja verkosto poista uudelleen.",
        "en": "The assessment was removed from the history, but the deletion is not final "
              "yet: another program is reading the history, so the deleted data is still in "
              "{path}. Close other verkosto commands and run verkosto poista again.",
    },
    "history_damaged_label": {
        "fi": "vioittunut arvio",
        "en": "damaged assessment",
    },
    # --help, in the person's language (issue 10). help_cmd_* describe a command (the first
    # sentence is its line in the command list), help_opt_<command>_<param> an option or
    # argument (help_opt_<param> where every command means the same), help_examples_* end
    # each command's help.
    "help_usage": {"fi": "Käyttö:", "en": "Usage:"},
    "help_arguments": {"fi": "Argumentit", "en": "Arguments"},
    "help_options": {"fi": "Valitsimet", "en": "Options"},
    "help_commands": {"fi": "Komennot", "en": "Commands"},
    "help_examples": {"fi": "Esimerkkejä", "en": "Examples"},
    "help_options_metavar": {"fi": "[VALITSIMET]", "en": "[OPTIONS]"},
    "help_command_metavar": {"fi": "KOMENTO [ARGUMENTIT]...", "en": "COMMAND [ARGS]..."},
    "help_envvar": {"fi": "ympäristömuuttuja: {name}", "en": "environment variable: {name}"},
    "help_required": {"fi": "pakollinen", "en": "required"},
    "help_opt_help": {"fi": "Näytä tämä ohje ja lopeta.", "en": "Show this help and exit."},
    "help_did_you_mean": {"fi": "Tarkoititko {match}?", "en": "Did you mean {match}?"},
    "help_metavar_NIMI": {"fi": "NIMI", "en": "NAME"},
    "help_metavar_TIEDOSTO": {"fi": "TIEDOSTO", "en": "FILE"},
    "help_metavar_NRO": {"fi": "NRO", "en": "NUMBER"},
    "help_metavar_POLKU": {"fi": "POLKU", "en": "PATH"},
    "help_metavar_TIEDOSTO.json|NRO": {"fi": "TIEDOSTO.json|NRO", "en": "FILE.json|NUMBER"},
    "help_metavar_taulukko|table|json|csv": {"fi": "taulukko|json|csv", "en": "table|json|csv"},
    "help_cmd_root": {
        "fi": "Arvioi, kannattaako ammatilliseen verkostoon käyttää työaikaasi: liity, jatka, "
              "kevennä tai luovu.\n\nEnglanniksi: --kieli en tai ympäristömuuttuja "
              "VERKOSTO_KIELI=en.",
        "en": "Weigh whether a professional network is worth your working time: join, "
              "continue, lighten or leave.\n\nIn Finnish: --lang fi or the environment "
              "variable VERKOSTO_KIELI=fi.",
    },
    "help_opt_root_version": {"fi": "Näytä versio.", "en": "Show the version."},
    "help_examples_root": {
        "fi": "verkosto arvioi\nverkosto historia",
        "en": "verkosto arvioi --lang en\nVERKOSTO_KIELI=en verkosto historia",
    },
    "help_opt_kieli": {
        "fi": "Käyttöliittymän kieli: fi (oletus) tai en.",
        "en": "Interface language: fi (the default) or en.",
    },
    "help_opt_kysymykset": {
        "fi": "Kysymystiedosto (oletus: mukana tuleva questions.yaml).",
        "en": "Questions file (default: the bundled questions.yaml).",
    },
    "help_opt_verkosto": {
        "fi": "Vain tämän verkoston arviot (kirjainkoolla ei väliä).",
        "en": "Only this network's assessments (upper or lower case alike).",
    },
    "help_opt_as_json": {"fi": "Tulosta JSON-muodossa.", "en": "Print as JSON."},
    "help_cmd_arvioi": {
        "fi": "Arvioi verkosto kysymys kerrallaan ja näytä suositus perusteluineen.\n\n"
              "Vastaukset tallennetaan luonnokseksi jokaisen vastauksen jälkeen; "
              "keskeytettyä arviointia voi jatkaa valitsimella --jatka.",
        "en": "Assess a network one question at a time and show the recommendation with "
              "its reasons.\n\nThe answers are saved as a draft after every answer; an "
              "interrupted assessment goes on with --resume.",
    },
    "help_opt_arvioi_verkosto": {
        "fi": "Arvioitavan verkoston nimi.",
        "en": "The name of the network to assess.",
    },
    "help_opt_arvioi_vastaukset": {
        "fi": "Valmiit vastaukset (YAML/JSON tai aiempi vienti); niitä ei kysytä uudelleen.",
        "en": "Answers given in advance (YAML/JSON or an earlier export); they are not "
              "asked again.",
    },
    "help_opt_arvioi_vie": {
        "fi": "Vie tulos JSON-tiedostoon (- = vakiotuloste).",
        "en": "Export the result to a JSON file (- = standard output).",
    },
    "help_opt_arvioi_jatka": {
        "fi": "Jatka luonnosta (keskeytettyä arviointia) siitä, mihin se jäi.",
        "en": "Continue a draft (an interrupted assessment) where it stopped.",
    },
    "help_opt_arvioi_ei_kysy": {
        "fi": "Älä kysy mitään: puuttuva vastaus on virhe (koodi 2).",
        "en": "Ask nothing: a missing answer is an error (code 2).",
    },
    "help_opt_arvioi_ei_tallenna": {
        "fi": "Älä tallenna arviota historiaan.",
        "en": "Do not keep the assessment in the history.",
    },
    "help_examples_arvioi": {
        "fi": "verkosto arvioi --verkosto \"Lastensuojelun verkosto\"\nverkosto arvioi --jatka",
        "en": "verkosto arvioi --network \"Child welfare network\" --lang en\n"
              "verkosto arvioi --resume --lang en",
    },
    "help_cmd_tarkista": {
        "fi": "Tarkista kysymystiedosto ja luettele kaikki sen virheet kerralla.",
        "en": "Check a questions file and list all its errors at once.",
    },
    "help_opt_tarkista_tiedosto": {
        "fi": "Tarkistettava kysymystiedosto (oletus: mukana tuleva).",
        "en": "The questions file to check (default: the bundled one).",
    },
    "help_examples_tarkista": {
        "fi": "verkosto tarkista oma.yaml",
        "en": "verkosto tarkista my-questions.yaml --lang en",
    },
    "help_cmd_kysymykset": {
        "fi": "Näytä kysymyssarja taulukkona (tai JSON-muodossa).",
        "en": "Show the questions as a table (or as JSON).",
    },
    "help_opt_kysymykset_as_json": {
        "fi": "Tulosta kysymykset JSON-muodossa.",
        "en": "Print the questions as JSON.",
    },
    "help_examples_kysymykset": {
        "fi": "verkosto kysymykset\nverkosto kysymykset --json > kysymykset.json",
        "en": "verkosto kysymykset --lang en\nverkosto kysymykset --json > questions.json",
    },
    "help_cmd_historia": {
        "fi": "Näytä tallennetut arviot uusin ensin ja verkostojen kehitys.",
        "en": "Show the stored assessments, newest first, and how each network has changed.",
    },
    "help_opt_historia_vie": {
        "fi": "Vie koko historia JSON Lines -tiedostoon (- = vakiotuloste).",
        "en": "Export the whole history to a JSON Lines file (- = standard output).",
    },
    "help_examples_historia": {
        "fi": "verkosto historia --verkosto \"Lastensuojelun verkosto\"\n"
              "verkosto historia --vie historia.jsonl",
        "en": "verkosto historia --network \"Child welfare network\" --lang en\n"
              "verkosto historia --export history.jsonl",
    },
    "help_cmd_vertaa": {
        "fi": "Vertaa kahta arviota: ulottuvuudet, tunnit, tasapaino, suositus ja muuttuneet "
              "vastaukset.",
        "en": "Compare two assessments: dimensions, hours, balance, recommendation and the "
              "answers that changed.",
    },
    "help_opt_vertaa_a": {
        "fi": "Aiempi arvio: tallennetun arvion numero tai JSON-vientitiedosto (polussa / tai "
              "pääte .json; oletus: verkoston toiseksi viimeisin).",
        "en": "The earlier assessment: a stored assessment's number or a JSON export file "
              "(with / in the path or ending in .json; default: the network's second latest).",
    },
    "help_opt_vertaa_b": {
        "fi": "Myöhempi arvio: numero tai JSON-vientitiedosto (oletus: verkoston viimeisin).",
        "en": "The later assessment: a number or a JSON export file (default: the network's "
              "latest).",
    },
    "help_examples_vertaa": {
        "fi": "verkosto vertaa --verkosto \"Lastensuojelun verkosto\"\nverkosto vertaa 3 5",
        "en": "verkosto vertaa --network \"Child welfare network\" --lang en\n"
              "verkosto vertaa 3 5 --lang en",
    },
    "help_cmd_yhteenveto": {
        "fi": "Näytä kaikki verkostosi viimeisimmän arvion mukaan, tunnit yhteensä ja mitä "
              "keventää.",
        "en": "Show all your networks by their latest assessment, the hours in total and "
              "what to lighten.",
    },
    "help_examples_yhteenveto": {
        "fi": "verkosto yhteenveto\nverkosto yhteenveto --json",
        "en": "verkosto yhteenveto --lang en\nverkosto yhteenveto --json",
    },
    "help_cmd_raportti": {
        "fi": "Tee yhdestä arviosta raportti esihenkilölle tai järjestölle (Markdown, HTML tai "
              "teksti).",
        "en": "Make a report of one assessment for a manager or the organisation (Markdown, "
              "HTML or text).",
    },
    "help_opt_raportti_tiedosto": {
        "fi": "Tallennetun arvion numero tai JSON-vientitiedosto (polussa / tai pääte .json; "
              "tiedosto nimeltä 1: ./1).",
        "en": "A stored assessment's number or a JSON export file (with / in the path or "
              "ending in .json; a file named 1: ./1).",
    },
    "help_opt_raportti_viimeisin": {
        "fi": "Tee raportti viimeisimmästä tallennetusta arviosta (rajaa tarvittaessa "
              "valitsimella --verkosto).",
        "en": "Report on the latest stored assessment (narrow it down with --network if "
              "needed).",
    },
    "help_opt_raportti_muoto": {
        "fi": "Raportin muoto: md (oletus), html tai txt.",
        "en": "The report's format: md (the default), html or txt.",
    },
    "help_opt_raportti_vie": {
        "fi": "Kirjoita raportti tiedostoon (oletus: vakiotuloste).",
        "en": "Write the report to a file (default: standard output).",
    },
    "help_examples_raportti": {
        "fi": "verkosto raportti --viimeisin\nverkosto raportti 3 --muoto html --vie "
              "raportti.html",
        "en": "verkosto raportti --latest --lang en\nverkosto raportti 3 --format html "
              "--output report.html",
    },
    "help_cmd_poista": {
        "fi": "Poista yksi arvio tai kaikki arviot pysyvästi historiasta.",
        "en": "Delete one assessment or all of them from the history for good.",
    },
    "help_opt_poista_tunnus": {
        "fi": "Poistettavan arvion numero (verkosto historia).",
        "en": "The number of the assessment to delete (see verkosto historia).",
    },
    "help_opt_poista_kaikki": {
        "fi": "Poista kaikki tallennetut arviot.",
        "en": "Delete all stored assessments.",
    },
    "help_opt_poista_kylla": {"fi": "Älä kysy vahvistusta.", "en": "Do not ask to confirm."},
    "help_examples_poista": {
        "fi": "verkosto poista 3\nverkosto poista --kaikki",
        "en": "verkosto poista 3 --lang en\nverkosto poista --all --lang en",
    },
    "help_cmd_kooste": {
        "fi": "Kokoa monen vastaajan viennit verkostoittain järjestön päätöksiä varten.",
        "en": "Gather many respondents' exports network by network for the organisation's "
              "decisions.",
    },
    "help_opt_kooste_polut": {
        "fi": "Vientitiedostoja tai kansioita (kansioista luetaan *.json alikansioineen); - "
              "lukee polkujen luettelon vakiosyötteestä, yksi riviä kohden.",
        "en": "Export files or folders (*.json is read from folders and their subfolders); "
              "- reads a list of paths from standard input, one a line.",
    },
    "help_opt_kooste_as_json": {
        "fi": "Tulosta JSON-muodossa (sama kuin --muoto json).",
        "en": "Print as JSON (the same as --format json).",
    },
    "help_opt_kooste_muoto": {
        "fi": "Tulostusmuoto: taulukko (oletus), json tai csv.",
        "en": "Output format: table (the default), json or csv.",
    },
    "help_opt_kooste_vie": {
        "fi": "Kirjoita kooste tiedostoon (- = vakiotuloste).",
        "en": "Write the aggregate to a file (- = standard output).",
    },
    "help_examples_kooste": {
        "fi": "verkosto kooste vastaukset/\nverkosto kooste vastaukset/ --muoto csv --vie "
              "kooste.csv",
        "en": "verkosto kooste answers/ --lang en\nverkosto kooste answers/ --format csv "
              "--export aggregate.csv --lang en",
    },
    # Issue 10, the rest: a calmer interview, language everywhere, considered networks
    "answer_choice_ambiguous": {
        "fi": "'{answer}' sopii useaan vaihtoehtoon ({options_fi}); anna numero tai "
              "tarkempi sana",
        "en": "'{answer}' fits more than one option ({options_en}); give the number or a "
              "more exact word",
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
    "column": {"fi": "sarake", "en": "column"},
    "syntax_unknown": {
        "fi": "rakenne ei ole kelvollinen tässä kohdassa",
        "en": "the structure is not valid at this point",
    },
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
    # An OSError given as a parameter is described in the person's language; every other
    # text (names, paths, keys from someone's file) is shown with its control characters
    # visible, so a message can never carry an escape sequence to the terminal.
    params = {k: os_reason(v, lang) if isinstance(v, OSError)
              else visible(v) if isinstance(v, (str, PurePath)) else v
              for k, v in params.items()}
    # One item reads differently in both languages ("1 vastaus", "1 answer").
    if params.get("count") == 1 and f"{key}_one" in MESSAGES:
        key = f"{key}_one"
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


OS_REASONS: dict[int, dict[str, str]] = {
    errno.ENOENT: {"fi": "kansiota tai tiedostoa ei ole", "en": "no such file or folder"},
    errno.EACCES: {"fi": "ei oikeutta", "en": "permission denied"},
    errno.EPERM: {"fi": "ei oikeutta", "en": "permission denied"},
    errno.ENOSPC: {"fi": "levy on täynnä", "en": "the disk is full"},
    errno.EROFS: {"fi": "levylle ei voi kirjoittaa", "en": "the disk is read-only"},
    errno.EISDIR: {"fi": "tämä on kansio", "en": "this is a folder"},
    errno.ENOTDIR: {"fi": "polun osa ei ole kansio", "en": "part of the path is not a folder"},
    errno.EPIPE: {"fi": "vastaanottaja sulki yhteyden", "en": "the reader closed the pipe"},
    errno.EBADF: {"fi": "tuloste on suljettu", "en": "the output is closed"},
    errno.ELOOP: {"fi": "polku on symbolinen linkki, jota ei seurata (anna linkin kohde)",
                  "en": "the path is a symbolic link, which is not followed (give its target)"},
    errno.EINVAL: {"fi": "tämä ei ole tavallinen tiedosto (laite, putki tai pistoke)",
                   "en": "this is not a regular file (a device, pipe or socket)"},
}


def os_reason(error: OSError, lang: str) -> str:
    """Describe why a file operation failed, in `lang` where the reason is a common one."""
    known = OS_REASONS.get(error.errno or 0)
    if known is not None:
        return known.get(lang) or known[DEFAULT_LANGUAGE]
    return error.strerror or str(error)


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
    """Format a share (0.091) as "9,1 %" (no-break space) in Finnish, "9.1%" in English."""
    if share is None:
        return "–"
    value = number(share * 100, lang, 1, strip=True)
    return f"{value}\u00a0%" if lang == "fi" else f"{value}%"


# Problems whose `detail` is a JSON or YAML parser's English message.
SYNTAX_KEYS = frozenset({"answers_json_syntax", "yaml_syntax", "kooste_not_json"})

# What the parsers say (json.JSONDecodeError.msg, a YAML mark's problem), matched from the
# beginning, in the person's words; {0} is the character or name the parser quoted.
SYNTAX_DETAILS: tuple[tuple[str, dict[str, str]], ...] = (
    (r"Expecting value", {
        "fi": "tästä puuttuu arvo (luku, teksti lainausmerkeissä, true, false, null, lista "
              "tai olio), tai edellä on ylimääräinen pilkku",
        "en": "a value is missing here (a number, text in double quotes, true, false, null, "
              "a list or an object), or a comma before it is one too many"}),
    (r"Expecting property name enclosed in double quotes", {
        "fi": "tähän kuuluu avain lainausmerkeissä (\"avain\"), tai edellä on ylimääräinen "
              "pilkku",
        "en": "a key in double quotes (\"key\") belongs here, or a comma before it is one "
              "too many"}),
    (r"Expecting ',' delimiter", {
        "fi": "tästä puuttuu pilkku kahden kohdan välistä",
        "en": "a comma between two items is missing here"}),
    (r"Expecting ':' delimiter", {
        "fi": "avaimen jälkeen puuttuu kaksoispiste",
        "en": "the colon after a key is missing"}),
    (r"Unterminated string", {
        "fi": "tähän alkava teksti ei pääty lainausmerkkiin",
        "en": "the text that starts here has no closing quote"}),
    (r"Invalid control character", {
        "fi": "tekstissä on ohjausmerkki, kuten sarkain tai rivinvaihto; kirjoita se "
              "muodossa \\t tai \\n",
        "en": "the text holds a control character such as a tab or a line break; write it "
              "as \\t or \\n"}),
    (r"Invalid \\uXXXX escape", {
        "fi": "virheellinen \\u-merkintä (pitää olla \\u ja neljä heksadesimaalimerkkiä)",
        "en": "an invalid \\u escape (it needs \\u and four hexadecimal digits)"}),
    (r"Invalid \\escape", {
        "fi": "virheellinen kenoviivamerkintä tekstissä",
        "en": "an invalid backslash escape in the text"}),
    (r"Extra data", {
        "fi": "JSON-arvon jälkeen on vielä jotain ylimääräistä",
        "en": "there is something more after the JSON value"}),
    (r"Illegal trailing comma", {
        "fi": "ylimääräinen pilkku ennen sulkevaa merkkiä",
        "en": "a comma too many before the closing bracket"}),
    (r"(NaN|-?Infinity)$", {
        "fi": "{0} ei ole luku, jonka JSON sallii",
        "en": "{0} is not a number JSON allows"}),
    (r"mapping values are not allowed here", {
        "fi": "kaksoispiste kohdassa, jossa sitä ei voi olla (laita lainausmerkkeihin teksti, "
              "jossa on ': ')",
        "en": "a colon where there can be none (put text that holds ': ' in quotes)"}),
    (r"expected <block end>", {
        "fi": "sisennys ei täsmää ympäröiviin riveihin",
        "en": "the indentation does not match the lines around it"}),
    (r"did not find expected key", {
        "fi": "tähän odotettiin avainta; tarkista sisennys",
        "en": "a key was expected here; check the indentation"}),
    (r"did not find expected '-' indicator", {
        "fi": "tähän odotettiin luettelon kohtaa (-); tarkista sisennys",
        "en": "a list item (-) was expected here; check the indentation"}),
    (r"could not find expected ':'", {
        "fi": "avaimen jälkeen puuttuu kaksoispiste, tai sisennys ei täsmää",
        "en": "the colon after a key is missing, or the indentation does not match"}),
    (r"found unexpected end of stream", {
        "fi": "tiedosto päättyi kesken (puuttuuko sulkeva lainausmerkki?)",
        "en": "the file ended too soon (is a closing quote missing?)"}),
    (r"found character '\\t' that cannot start any token", {
        "fi": "sisennyksessä on sarkain; käytä välilyöntejä",
        "en": "the indentation holds a tab; use spaces"}),
    (r"found character '(.+)' that cannot start any token", {
        "fi": "merkki {0} ei voi aloittaa arvoa; laita teksti lainausmerkkeihin",
        "en": "the character {0} cannot start a value; put the text in quotes"}),
    (r"expected ',' or '\]'", {
        "fi": "lista [ ] jää sulkematta, tai kohtien välistä puuttuu pilkku",
        "en": "a list [ ] is not closed, or a comma between its items is missing"}),
    (r"expected ',' or '\}'", {
        "fi": "aaltosulkeet { } jäävät sulkematta, tai kohtien välistä puuttuu pilkku",
        "en": "braces { } are not closed, or a comma between their items is missing"}),
    (r"found undefined alias '?([^']*)'?", {
        "fi": "viittaus *{0} ankkuriin, jota ei ole",
        "en": "a reference *{0} to an anchor that does not exist"}),
    (r"found unknown escape character", {
        "fi": "tuntematon kenoviivamerkintä lainausmerkeissä",
        "en": "an unknown backslash escape inside quotes"}),
)


def _fill_numbered(template: str, values: list[str]) -> str:
    import re

    def value(found: re.Match[str]) -> str:
        return values[int(found.group(1))]

    return re.sub(r"\{(\d)\}", value, template)


def syntax_detail(detail: str, lang: str) -> str:
    """Return a JSON or YAML parser's message in `lang`; one not known becomes a general hint."""
    import re

    for pattern, texts in SYNTAX_DETAILS:
        found = re.match(pattern, detail)
        if found is not None:
            template = texts.get(lang) or texts[DEFAULT_LANGUAGE]
            # Only {0}, {1}… are filled: the texts also show braces as themselves ("{ }").
            return _fill_numbered(template, [visible(g) for g in found.groups()])
    return t("syntax_unknown", lang)


def describe_problem(problem: Problem, lang: str) -> str:
    """Return one problem as a line naming the file, line and question or dimension id."""
    parts: list[str] = []
    if problem.file:
        parts.append(visible(problem.file))
    if problem.line:
        parts.append(f"{t('line', lang)} {problem.line}")
        if isinstance(problem.params.get("column"), int):
            parts.append(f"{t('column', lang)} {problem.params['column']}")
    if problem.kind:
        kind = t(f"kind_{problem.kind}", lang)
        parts.append(f"{kind} '{visible(problem.ident)}'" if problem.ident else kind)
    params: dict[str, object] = {}
    for name, value in problem.params.items():
        if isinstance(value, (list, tuple)):
            params[name] = ", ".join(str(v) for v in value)
        elif name == "expected" and isinstance(value, str) and value in EXPECTED:
            params[name] = EXPECTED[value].get(lang, EXPECTED[value]["fi"])
        elif name == "detail" and isinstance(value, str) and problem.key in SYNTAX_KEYS:
            params[name] = syntax_detail(value, lang)
        else:
            params[name] = value
    message = t(problem.key, lang, **params)
    return f"{', '.join(parts)}: {message}" if parts else message
