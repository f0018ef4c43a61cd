"""The questions file: what `tarkista` finds wrong in questions.yaml.

Also what `tarkista` and `kysymykset` show of a valid file.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "bad_id": {
        "fi": "tunnus '{id}' ei kelpaa: aloita kirjaimella ja käytä vain pieniä kirjaimia a–z "
              "(ei ä, ö, å), numeroita ja alaviivaa",
        "en": "id '{id}' is not valid: start with a letter and use only lowercase a–z, digits "
              "and underscores",
        "sv": "id '{id}' är inte giltigt: börja med en bokstav och använd bara små bokstäver a–z "
              "(inte å, ä, ö), siffror och understreck",
    },
    "duplicate_id": {
        "fi": "tunnus '{id}' on jo käytössä rivillä {first_line}",
        "en": "id '{id}' is already used on line {first_line}",
        "sv": "id '{id}' används redan på rad {first_line}",
    },
    "bad_side": {
        "fi": "side '{side}' ei kelpaa: käytä benefit (hyöty) tai cost (kustannus)",
        "en": "side '{side}' is not valid: use benefit or cost",
        "sv": "side '{side}' är inte giltigt: använd benefit (nytta) eller cost (kostnad)",
    },
    "unknown_type": {
        "fi": "tuntematon kysymystyyppi '{type}' (sallitut: {allowed})",
        "en": "unknown question type '{type}' (allowed: {allowed})",
        "sv": "okänd frågetyp '{type}' (tillåtna: {allowed})",
    },
    "unknown_dimension": {
        "fi": "tuntematon ulottuvuus '{dimension}'",
        "en": "unknown dimension '{dimension}'",
        "sv": "okänt område '{dimension}'",
    },
    "unknown_scale": {
        "fi": "tuntematon asteikko '{scale}' (määritellyt: {known})",
        "en": "unknown scale '{scale}' (defined: {known})",
        "sv": "okänd skala '{scale}' (definierade: {known})",
    },
    "scale_label_missing": {
        "fi": "asteikolta puuttuu sanallinen selite kohdille {points}",
        "en": "the scale has no label for point(s) {points}",
        "sv": "skalan saknar en etikett i ord för punkterna {points}",
    },
    "scale_bad_point": {
        "fi": "asteikon kohta '{point}' ei kelpaa: kohdat ovat 1–5",
        "en": "scale point '{point}' is not valid: points are 1–5",
        "sv": "skalans punkt '{point}' är inte giltig: punkterna är 1–5",
    },
    "bad_range": {
        "fi": "min ({min}) on suurempi kuin max ({max})",
        "en": "min ({min}) is greater than max ({max})",
        "sv": "min ({min}) är större än max ({max})",
    },
    "bad_choice_value": {
        "fi": "vaihtoehdon arvo '{value}' ei kelpaa: käytä pieniä kirjaimia a–z (ei ä, ö, å), "
              "numeroita, yhdysmerkkiä (-) ja alaviivaa (_), ei pelkkiä numeroita",
        "en": "choice value '{value}' is not valid: use lowercase a–z, digits, hyphens (-) and "
              "underscores (_), not digits alone",
        "sv": "alternativets värde '{value}' är inte giltigt: använd små bokstäver a–z (inte å, "
              "ä, ö), siffror, bindestreck (-) och understreck (_), inte bara siffror",
    },
    "duplicate_choice": {
        "fi": "vaihtoehto '{value}' toistuu",
        "en": "choice '{value}' is repeated",
        "sv": "alternativet '{value}' upprepas",
    },
    "when_needs_value": {
        "fi": "when-ehdossa pitää olla joko equals tai in (ei molempia)",
        "en": "a when condition needs either equals or in (not both)",
        "sv": "ett when-villkor behöver antingen equals eller in (inte båda)",
    },
    "when_unknown": {
        "fi": "when-ehto viittaa tuntemattomaan kysymykseen '{ref}'",
        "en": "the when condition refers to an unknown question '{ref}'",
        "sv": "when-villkoret hänvisar till en okänd fråga '{ref}'",
    },
    "when_later": {
        "fi": "when-ehto viittaa kysymykseen '{ref}', joka kysytään vasta myöhemmin",
        "en": "the when condition refers to question '{ref}', which is asked later",
        "sv": "when-villkoret hänvisar till frågan '{ref}', som ställs först senare",
    },
    "when_value": {
        "fi": "kysymykseen '{ref}' ei voi vastata '{value}' (mahdolliset: {allowed})",
        "en": "question '{ref}' cannot take the value '{value}' (possible: {allowed})",
        "sv": "frågan '{ref}' kan inte ha värdet '{value}' (möjliga: {allowed})",
    },
    "levels_order": {
        "fi": "tasojen min-rajojen pitää laskea ylhäältä alas",
        "en": "level minimums must decrease from top to bottom",
        "sv": "nivåernas min-gränser ska minska uppifrån och ned",
    },
    "levels_floor": {
        "fi": "alimman tason min-rajan pitää olla 1, jotta jokainen pistemäärä saa tason",
        "en": "the lowest level's min must be 1 so that every score gets a level",
        "sv": "den lägsta nivåns min-gräns ska vara 1, så att varje poäng får en nivå",
    },
    "unknown_question_ref": {
        "fi": "viittaus tuntemattomaan kysymykseen '{ref}'",
        "en": "reference to an unknown question '{ref}'",
        "sv": "hänvisning till en okänd fråga '{ref}'",
    },
    "question_ref_type": {
        "fi": "kysymyksen '{ref}' pitää olla tyyppiä {expected}",
        "en": "question '{ref}' must be of type {expected}",
        "sv": "frågan '{ref}' ska vara av typen {expected}",
    },
    "time_not_cost": {
        "fi": "ajankäytön ulottuvuuden '{dimension}' pitää olla side: cost",
        "en": "the time dimension '{dimension}' must have side: cost",
        "sv": "tidsanvändningens område '{dimension}' ska ha side: cost",
    },
    "worktime_min": {
        "fi": "työaikakysymyksen '{ref}' min-arvon pitää olla yli 0",
        "en": "the working-time question '{ref}' must have a min above 0",
        "sv": "arbetstidsfrågan '{ref}' ska ha ett min-värde över 0",
    },
    "curve_order": {
        "fi": "käyrän share-arvojen pitää kasvaa ja score-arvojen pysyä samoina tai laskea",
        "en": "the curve's share values must increase and its scores must not rise",
        "sv": "kurvans share-värden ska öka och dess score-värden får inte stiga",
    },
    "shares_order": {
        "fi": "high_share ei voi olla suurempi kuin heavy_share",
        "en": "high_share cannot be greater than heavy_share",
        "sv": "high_share kan inte vara större än heavy_share",
    },
    "meetings_not_hours": {
        "fi": "meetings-kysymyksen {ref} pitää olla myös hours-luettelossa",
        "en": "the meetings question {ref} must also be listed under hours",
        "sv": "meetings-frågan {ref} ska också finnas i listan hours",
    },
    "unknown_fact": {
        "fi": "tuntematon tieto '{fact}' (sallitut: {allowed})",
        "en": "unknown fact '{fact}' (allowed: {allowed})",
        "sv": "okänd uppgift '{fact}' (tillåtna: {allowed})",
    },
    "replaces_unknown": {
        "fi": "replaces viittaa kysymykseen '{ref}', jota ei ole (tai kysymykseen itseensä)",
        "en": "replaces refers to question '{ref}', which does not exist (or to itself)",
        "sv": "replaces hänvisar till frågan '{ref}', som inte finns (eller till frågan själv)",
    },
    "replaces_twice": {
        "fi": "kysymyksen '{ref}' voi korvata vain yksi kysymys, eikä korvaava kysymys voi "
              "itse olla korvattu",
        "en": "question '{ref}' can be replaced by one question only, and a replacing "
              "question cannot itself be replaced",
        "sv": "frågan '{ref}' kan ersättas av bara en fråga, och en fråga som ersätter en annan "
              "kan inte själv vara ersatt",
    },
    "situation_not_number": {
        "fi": "at_least ja at_most vertaavat lukuja, mutta '{ref}' ei ole lukukysymys",
        "en": "at_least and at_most compare numbers, but '{ref}' is not a number question",
        "sv": "at_least och at_most jämför tal, men '{ref}' är inte en talfråga",
    },
    "situation_bounds": {
        "fi": "at_least ({low}) on suurempi kuin at_most ({high})",
        "en": "at_least ({low}) is greater than at_most ({high})",
        "sv": "at_least ({low}) är större än at_most ({high})",
    },
    "retired_in_use": {
        "fi": "tunnus on sekä käytössä että retired_questions-luettelossa; vanha vastaus "
              "luettaisiin uuden kysymyksen vastaukseksi",
        "en": "the id is both in use and listed in retired_questions; an old answer would be "
              "read as an answer to the new question",
        "sv": "id:t används och finns samtidigt i listan retired_questions; ett gammalt svar "
              "skulle läsas som svar på den nya frågan",
    },
    "invest_ratio_order": {
        "fi": "worth_it_ratio ei voi olla suurempi kuin invest_ratio",
        "en": "worth_it_ratio cannot be greater than invest_ratio",
        "sv": "worth_it_ratio kan inte vara större än invest_ratio",
    },
    "ratios_order": {
        "fi": "break_even_ratio ei voi olla suurempi kuin worth_it_ratio",
        "en": "break_even_ratio cannot be greater than worth_it_ratio",
        "sv": "break_even_ratio kan inte vara större än worth_it_ratio",
    },
    "steps_too_few": {
        "fi": "suositusvaihtoehdolla pitää olla vähintään kaksi askelta (steps), joilla ei ole "
              "when-, if- eikä unless-ehtoa",
        "en": "an outcome needs at least two steps without a when, if or unless condition",
        "sv": "ett rekommendationsalternativ behöver minst två steg (steps) utan when-, if- "
              "eller unless-villkor",
    },
    "template_placeholder": {
        "fi": "tuntematon paikkamerkki {{{name}}} (sallitut: {allowed})",
        "en": "unknown placeholder {{{name}}} (allowed: {allowed})",
        "sv": "okänd platshållare {{{name}}} (tillåtna: {allowed})",
    },
    "template_syntax": {
        # (Python's own {detail} is English: the rule is said here instead.)
        "fi": "virheellinen paikkamerkki: aaltosulkeet { } tulevat pareittain paikkamerkin "
              "nimen ympärille, ja kirjaimellinen aaltosulje kirjoitetaan kahdesti ({{ tai }})",
        "en": "invalid placeholder: braces { } come in pairs around a placeholder's name, and "
              "a literal brace is written twice ({{ or }})",
        "sv": "ogiltig platshållare: klammerparenteser { } kommer i par runt en platshållares "
              "namn, och en klammerparentes som ska synas skrivs två gånger ({{ eller }})",
    },
    "dimension_empty": {
        "fi": "ulottuvuudella ei ole yhtään asteikkokysymystä",
        "en": "the dimension has no scale questions",
        "sv": "området har inga skalfrågor",
    },
    "number_not_decimal": {
        "fi": "kohdan '{key}' arvo '{value}' ei ole tavallinen kymmenjärjestelmän luku: kirjoita "
              "luku numeroin ja desimaalit pisteen jälkeen (esim. 90 tai 1.5; ei 1:30, 0x10, "
              "1_000 eikä .inf)",
        "en": "'{key}' value '{value}' is not a plain decimal number: write digits with a "
              "point before any decimals (e.g. 90 or 1.5; not 1:30, 0x10, 1_000 or .inf)",
        "sv": "värdet '{value}' för '{key}' är inte ett vanligt decimaltal: skriv talet med "
              "siffror och decimalerna efter en punkt (t.ex. 90 eller 1.5; inte 1:30, 0x10, "
              "1_000 eller .inf)",
    },
    "number_range": {
        "fi": "kohdan '{key}' arvo {value} ei ole sallitulla välillä {low}–{high}",
        "en": "'{key}' value {value} is outside the allowed range {low}–{high}",
        "sv": "värdet {value} för '{key}' ligger inte inom det tillåtna intervallet {low}–{high}",
    },
    "hours_range": {
        "fi": "tuntikysymyksen kohdan '{key}' arvo {value} ei ole välillä {low}–{high}: "
              "kuukaudessa on enintään {high} tuntia",
        "en": "the hour question's '{key}' value {value} is not within {low}–{high}: a month "
              "has at most {high} hours",
        "sv": "värdet {value} för timfrågans '{key}' ligger inte inom {low}–{high}: en månad har "
              "högst {high} timmar",
    },
    "valid": {
        "fi": "{file} on kunnossa: {questions} kysymystä, {dimensions} ulottuvuutta "
              "(versio {version}).",
        "en": "{file} is valid: {questions} questions, {dimensions} dimensions "
              "(version {version}).",
        "sv": "{file} är i sin ordning: {questions} frågor, {dimensions} områden (version "
              "{version}).",
    },
    "col_id": {"fi": "Tunnus", "en": "Id", "sv": "Id"},
    "col_type": {"fi": "Tyyppi", "en": "Type", "sv": "Typ"},
    "col_question": {"fi": "Kysymys", "en": "Question", "sv": "Fråga"},
    "reverse_mark": {"fi": "käänteinen", "en": "reversed", "sv": "omvänd"},
    "when_text": {"fi": "kun {question} = {values}", "en": "when {question} = {values}",
                  "sv": "när {question} = {values}"},
    "type_scale": {"fi": "asteikko", "en": "scale", "sv": "skala"},
    "type_number": {"fi": "luku", "en": "number", "sv": "tal"},
    "type_choice": {"fi": "valinta", "en": "choice", "sv": "val"},
    "type_text": {"fi": "teksti", "en": "text", "sv": "text"},
}
