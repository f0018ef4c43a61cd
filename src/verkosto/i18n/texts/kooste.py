"""The organisation's summary of many respondents' exports (`kooste`).

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "kooste_link_skipped": {
        "fi": "symbolinen linkki kansion sisällä ohitettiin (anna tiedosto nimeltä, jos haluat sen "
              "mukaan)",
        "en": "a symbolic link inside a folder was skipped (name the file itself to include it)",
    },
    "kooste_stdin_too_long": {
        "fi": "Vakiosyötteen polkuluettelo on liian pitkä (rivi yli {line} tavua tai yhteensä "
              "yli {total} Mt). Anna polut riveittäin.",
        "en": "The list of paths on stdin is too long (a line over {line} bytes or over "
              "{total} MB in all). Give one path per line.",
    },
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
    "kooste_verdicts_members": {
        "fi": "Jäsenten suositukset",
        "en": "Members' recommendations",
    },
    "kooste_verdicts_joining": {
        "fi": "Liittymistä harkitsevien suositukset",
        "en": "Recommendations to those considering joining",
    },
    "kooste_joining_together": {
        "fi": "Liittymistä harkitsee {count} vastaajaa. Heidän ja jäsenten suosituksia ei "
              "näytetä erikseen, koska toisessa ryhmässä on alle {min} vastaajaa.",
        "en": "{count} respondents are considering joining. Their recommendations and the "
              "members' are not shown apart, as one group has fewer than {min} respondents.",
    },
    "kooste_joining_invest": {"fi": "liity ja osallistu", "en": "join and take part"},
    "kooste_joining_continue": {"fi": "liity", "en": "join"},
    "kooste_joining_lighten": {"fi": "liity kevyesti", "en": "join lightly"},
    "kooste_joining_give_time": {"fi": "liity kokeeksi", "en": "join for a trial"},
    "kooste_joining_leave": {"fi": "älä liity nyt", "en": "don't join for now"},
    "kooste_joining_incomplete": {"fi": "vajaa", "en": "incomplete"},
    "kooste_note": {
        "fi": "Kannattaa = osuus vastaajista, joiden suositus on panosta tai jatka "
              "(liittymistä harkitsevilla liity ja osallistu tai liity; vajaaksi "
              "jääneitä arvioita ei lasketa). Hajonta on otoskeskihajonta. Luvut "
              "näytetään vain, kun niiden takana on vähintään {min} vastaajaa, jottei ketään "
              "voi tunnistaa.",
        "en": "Worth it = share of respondents whose verdict is invest or continue (for those "
              "considering joining: join and take part, or join; incomplete "
              "assessments are not counted). SD is the sample standard deviation. Figures are "
              "shown only when at least {min} respondents are behind them, so that no one can "
              "be singled out.",
    },
    "kooste_csv_network": {"fi": "Verkosto", "en": "Network"},
    "kooste_csv_respondents": {"fi": "Vastaajia", "en": "Respondents"},
    "kooste_csv_suppressed": {
        "fi": "Luvut piilotettu (alle {min} vastaajaa)",
        "en": "Figures hidden (fewer than {min} respondents)",
    },
    "kooste_csv_worth_it_share": {
        "fi": "Kannattaa, osuus vastaajista",
        "en": "Worth it, share of respondents",
    },
    "kooste_csv_verdict": {"fi": "Suositus: {verdict}", "en": "Recommendation: {verdict}"},
    "kooste_csv_hours_n": {"fi": "h/kk, vastaajia", "en": "h/month, respondents"},
    "kooste_csv_hours_median": {"fi": "h/kk, mediaani", "en": "h/month, median"},
    "kooste_csv_hours_total": {"fi": "h/kk, yhteensä", "en": "h/month, total"},
    "kooste_csv_dimension_n": {"fi": "{dimension}, vastaajia",
                               "en": "{dimension}, respondents"},
    "kooste_csv_dimension_mean": {"fi": "{dimension}, keskiarvo", "en": "{dimension}, mean"},
    "kooste_csv_dimension_sd": {"fi": "{dimension}, hajonta", "en": "{dimension}, SD"},
    "kooste_csv_yes": {"fi": "kyllä", "en": "yes"},
    "kooste_csv_no": {"fi": "ei", "en": "no"},
    "kooste_verdict_invest": {"fi": "panosta", "en": "invest"},
    "kooste_verdict_continue": {"fi": "jatka", "en": "continue"},
    "kooste_verdict_lighten": {
        "fi": "kevennä",
        "en": "scale back",
    },
    "kooste_verdict_give_time": {"fi": "anna aikaa", "en": "give time"},
    "kooste_verdict_leave": {"fi": "harkitse luopumista", "en": "consider leaving"},
    "kooste_verdict_incomplete": {"fi": "vajaa", "en": "incomplete"},
}
