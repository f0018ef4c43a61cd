"""The organisation's summary of many respondents' exports (`kooste`).

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "kooste_link_skipped": {
        "fi": "symbolinen linkki kansion sisällä ohitettiin (anna tiedosto nimeltä, jos haluat sen "
              "mukaan)",
        "en": "a symbolic link inside a folder was skipped (name the file itself to include it)",
        "sv": "en symbolisk länk i en mapp hoppades över (ange filen med namn om du vill ta med "
              "den)",
    },
    "kooste_stdin_too_long": {
        "fi": "Vakiosyötteen polkuluettelo on liian pitkä (rivi yli {line} tavua tai yhteensä "
              "yli {total} Mt). Anna polut riveittäin.",
        "en": "The list of paths on stdin is too long (a line over {line} bytes or over "
              "{total} MB in all). Give one path per line.",
        "sv": "Listan med sökvägar i standardinmatningen är för lång (en rad över {line} byte "
              "eller sammanlagt över {total} MB). Ange en sökväg per rad.",
    },
    "kooste_path_missing": {
        "fi": "Polkua {path} ei löydy.",
        "en": "Path {path} does not exist.",
        "sv": "Sökvägen {path} finns inte.",
    },
    "kooste_no_files": {
        "fi": "Annetuista poluista ei löytynyt yhtään .json-tiedostoa.",
        "en": "No .json files were found in the given paths.",
        "sv": "Inga .json-filer hittades i de angivna sökvägarna.",
    },
    "kooste_nothing_valid": {
        "fi": "Yhtään kelvollista vientiä ei löytynyt (ohitettuja tiedostoja: {skipped}).",
        "en": "No valid export was found (files skipped: {skipped}).",
        "sv": "Ingen giltig export hittades (filer som hoppades över: {skipped}).",
    },
    "kooste_bad_format_option": {
        "fi": "Tuntematon muoto '{value}' (sallitut: taulukko, json, csv).",
        "en": "Unknown format '{value}' (allowed: table, json, csv).",
        "sv": "Okänt format '{value}' (tillåtna: table, json, csv).",
    },
    "kooste_format_conflict": {
        "fi": "--json ja --muoto {value} ovat ristiriidassa; anna vain toinen.",
        "en": "--json and --format {value} contradict each other; give only one.",
        "sv": "--json och --muoto {value} motsäger varandra; ange bara det ena.",
    },
    "kooste_write_failed": {
        "fi": "Koostetta ei voitu kirjoittaa tiedostoon {path}: {reason}",
        "en": "Could not write the aggregate to {path}: {reason}",
        "sv": "Det gick inte att skriva sammanställningen till filen {path}: {reason}",
    },
    "kooste_target_in_input": {
        "fi": "Tiedosto {path} on jo olemassa kansiossa {folder}, josta kooste luetaan. Kooste "
              "kirjoitetaan sinne vain uuteen tiedostoon: anna toinen nimi.",
        "en": "The file {path} already exists in the folder {folder} the aggregate reads. The "
              "aggregate goes there only into a new file: give another name.",
        "sv": "Filen {path} finns redan i mappen {folder} som sammanställningen läses från. "
              "Sammanställningen skrivs där bara till en ny fil: ange ett annat namn.",
    },
    "kooste_stdout_failed": {
        "fi": "Koostetta ei voitu kirjoittaa vakiotulosteeseen: {reason}",
        "en": "Could not write the aggregate to standard output: {reason}",
        "sv": "Det gick inte att skriva sammanställningen till standardutmatningen: {reason}",
    },
    "kooste_written": {
        "fi": "Kooste kirjoitettu tiedostoon {path}.",
        "en": "Aggregate written to {path}.",
        "sv": "Sammanställningen skrevs till filen {path}.",
    },
    "kooste_skipped": {
        "fi": "Ohitettu: {problem}",
        "en": "Skipped: {problem}",
        "sv": "Hoppades över: {problem}",
    },
    "kooste_folder_unreadable": {
        "fi": "kansiota ei voi lukea: {detail}",
        "en": "cannot read the folder: {detail}",
        "sv": "mappen kan inte läsas: {detail}",
    },
    "kooste_too_large": {
        "fi": "tiedosto on liian suuri vienniksi (yli {limit} tavua)",
        "en": "the file is too large to be an export (over {limit} bytes)",
        "sv": "filen är för stor för att vara en export (över {limit} byte)",
    },
    "kooste_not_export": {
        "fi": "tiedosto ei ole verkosto-arvio/1-vienti (kohta 'schema' puuttuu)",
        "en": "the file is not a verkosto-arvio/1 export ('schema' is missing)",
        "sv": "filen är inte en export av typen verkosto-arvio/1 ('schema' saknas)",
    },
    "kooste_other_schema": {
        "fi": "tiedoston skeema on '{schema}', odotettiin {expected}",
        "en": "the file's schema is '{schema}', expected {expected}",
        "sv": "filens schema är '{schema}', men {expected} väntades",
    },
    "kooste_unknown_key": {
        "fi": "ylimääräinen kohta '{key}'",
        "en": "unexpected key '{key}'",
        "sv": "oväntat fält '{key}'",
    },
    "kooste_empty": {
        "fi": "kohta '{key}' on tyhjä",
        "en": "'{key}' is empty",
        "sv": "fältet '{key}' är tomt",
    },
    "kooste_too_long": {
        "fi": "kohta '{key}' on liian pitkä (enintään {max} merkkiä)",
        "en": "'{key}' is too long (at most {max} characters)",
        "sv": "fältet '{key}' är för långt (högst {max} tecken)",
    },
    "kooste_bad_format": {
        "fi": "kohdan '{key}' muoto ei kelpaa",
        "en": "'{key}' is not in the right format",
        "sv": "fältet '{key}' har fel format",
    },
    "kooste_bad_value": {
        "fi": "kohdan '{key}' arvo ei kelpaa (sallitut: {allowed})",
        "en": "'{key}' has a value that is not allowed (allowed: {allowed})",
        "sv": "fältet '{key}' har ett värde som inte är tillåtet (tillåtna: {allowed})",
    },
    "kooste_bad_answer": {
        "fi": "vastauksen '{key}' pitää olla luku, teksti tai null",
        "en": "answer '{key}' must be a number, text or null",
        "sv": "svaret '{key}' ska vara ett tal, en text eller null",
    },
    "kooste_item_count": {
        "fi": "kohdassa '{key}' pitää olla {min}–{max} tekstiä",
        "en": "'{key}' must have {min}–{max} texts",
        "sv": "fältet '{key}' ska ha {min}–{max} texter",
    },
    "kooste_summary": {
        "fi": "Luettuja tiedostoja: {read} (vientejä: {valid}, ohitettuja: {skipped}). "
              "Verkostoja: {networks}.",
        "en": "Files read: {read} (exports: {valid}, skipped: {skipped}). Networks: {networks}.",
        "sv": "Lästa filer: {read} (exporter: {valid}, överhoppade: {skipped}). Nätverk: "
              "{networks}.",
    },
    "kooste_hidden": {
        "fi": "Alle {min} vastaajan verkostoja: {hidden}; niistä näytetään vain vastaajamäärä.",
        "en": "Networks with fewer than {min} respondents: {hidden}; only their number of "
              "respondents is shown.",
        "sv": "Nätverk med färre än {min} svarande: {hidden}; för dem visas bara antalet svarande.",
    },
    "kooste_progress": {"fi": "Luetaan vientejä", "en": "Reading exports", "sv": "Läser exporter"},
    "kooste_title": {
        "fi": "Kooste verkostoittain",
        "en": "Aggregate by network",
        "sv": "Sammanställning per nätverk",
    },
    "kooste_col_network": {"fi": "Verkosto", "en": "Network", "sv": "Nätverk"},
    "kooste_col_respondents": {"fi": "Vastaajia", "en": "Respondents", "sv": "Svarande"},
    "kooste_col_worth": {"fi": "Kannattaa", "en": "Worth it", "sv": "Lönar sig"},
    "kooste_col_hours": {
        "fi": "h/kk mediaani (yhteensä)",
        "en": "h/month median (total)",
        "sv": "h/mån median (sammanlagt)",
    },
    "kooste_col_mean": {"fi": "Keskiarvo", "en": "Mean", "sv": "Genomsnitt"},
    "kooste_col_sd": {"fi": "Hajonta", "en": "SD", "sv": "Spridning"},
    "kooste_col_n": {"fi": "n", "en": "n", "sv": "n"},
    "kooste_verdicts": {
        "fi": "Suositukset",
        "en": "Recommendations",
        "sv": "Rekommendationer",
    },
    "kooste_dims_title": {
        "fi": "Suositukset ja ulottuvuuksien pisteet 1–5 (suurempi on parempi)",
        "en": "Recommendations and dimension scores 1–5 (higher is better)",
        "sv": "Rekommendationer och poäng per område 1–5 (högre är bättre)",
    },
    "kooste_verdicts_members": {
        "fi": "Jäsenten suositukset",
        "en": "Members' recommendations",
        "sv": "Medlemmarnas rekommendationer",
    },
    "kooste_verdicts_joining": {
        "fi": "Liittymistä harkitsevien suositukset",
        "en": "Recommendations to those considering joining",
        "sv": "Rekommendationer till dem som funderar på att gå med",
    },
    "kooste_joining_together": {
        "fi": "Liittymistä harkitsee {count} vastaajaa. Heidän ja jäsenten suosituksia ei "
              "näytetä erikseen, koska toisessa ryhmässä on alle {min} vastaajaa.",
        "en": "{count} respondents are considering joining. Their recommendations and the "
              "members' are not shown apart, as one group has fewer than {min} respondents.",
        "sv": "{count} svarande funderar på att gå med. Deras och medlemmarnas rekommendationer "
              "visas inte separat, eftersom den ena gruppen har färre än {min} svarande.",
    },
    "kooste_joining_invest": {
        "fi": "liity ja osallistu",
        "en": "join and take part",
        "sv": "gå med och delta aktivt",
    },
    "kooste_joining_continue": {"fi": "liity", "en": "join", "sv": "gå med"},
    "kooste_joining_lighten": {
        "fi": "liity kevyesti",
        "en": "join lightly",
        "sv": "gå med i liten skala",
    },
    "kooste_joining_give_time": {
        "fi": "liity kokeeksi",
        "en": "join for a trial",
        "sv": "gå med på prov",
    },
    "kooste_joining_leave": {
        "fi": "älä liity nyt",
        "en": "don't join for now",
        "sv": "gå inte med nu",
    },
    "kooste_joining_incomplete": {"fi": "vajaa", "en": "incomplete", "sv": "ofullständig"},
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
        "sv": "Lönar sig = andelen svarande vars rekommendation är delta aktivt eller fortsätt "
              "(för dem som funderar på att gå med: gå med och delta aktivt, eller gå med; "
              "ofullständiga bedömningar räknas inte). Spridning är standardavvikelsen i urvalet. "
              "Siffrorna visas bara när minst {min} svarande står bakom dem, så att ingen kan "
              "identifieras.",
    },
    "kooste_csv_network": {"fi": "Verkosto", "en": "Network", "sv": "Nätverk"},
    "kooste_csv_respondents": {"fi": "Vastaajia", "en": "Respondents", "sv": "Svarande"},
    "kooste_csv_suppressed": {
        "fi": "Luvut piilotettu (alle {min} vastaajaa)",
        "en": "Figures hidden (fewer than {min} respondents)",
        "sv": "Siffrorna dolda (färre än {min} svarande)",
    },
    "kooste_csv_worth_it_share": {
        "fi": "Kannattaa, osuus vastaajista",
        "en": "Worth it, share of respondents",
        "sv": "Lönar sig, andel av de svarande",
    },
    "kooste_csv_verdict": {
        "fi": "Suositus: {verdict}",
        "en": "Recommendation: {verdict}",
        "sv": "Rekommendation: {verdict}",
    },
    "kooste_csv_hours_n": {
        "fi": "h/kk, vastaajia",
        "en": "h/month, respondents",
        "sv": "h/mån, svarande",
    },
    "kooste_csv_hours_median": {
        "fi": "h/kk, mediaani",
        "en": "h/month, median",
        "sv": "h/mån, median",
    },
    "kooste_csv_hours_total": {
        "fi": "h/kk, yhteensä",
        "en": "h/month, total",
        "sv": "h/mån, sammanlagt",
    },
    "kooste_csv_dimension_n": {"fi": "{dimension}, vastaajia",
                               "en": "{dimension}, respondents",
                               "sv": "{dimension}, svarande"},
    "kooste_csv_dimension_mean": {
        "fi": "{dimension}, keskiarvo",
        "en": "{dimension}, mean",
        "sv": "{dimension}, genomsnitt",
    },
    "kooste_csv_dimension_sd": {
        "fi": "{dimension}, hajonta",
        "en": "{dimension}, SD",
        "sv": "{dimension}, spridning",
    },
    "kooste_csv_yes": {"fi": "kyllä", "en": "yes", "sv": "ja"},
    "kooste_csv_no": {"fi": "ei", "en": "no", "sv": "nej"},
    "kooste_verdict_invest": {"fi": "panosta", "en": "invest", "sv": "delta aktivt"},
    "kooste_verdict_continue": {"fi": "jatka", "en": "continue", "sv": "fortsätt"},
    "kooste_verdict_lighten": {
        "fi": "kevennä",
        "en": "scale back",
        "sv": "minska deltagandet",
    },
    "kooste_verdict_give_time": {"fi": "anna aikaa", "en": "give time", "sv": "ge nätverket tid"},
    "kooste_verdict_leave": {
        "fi": "harkitse luopumista",
        "en": "consider leaving",
        "sv": "överväg att lämna",
    },
    "kooste_verdict_incomplete": {"fi": "vajaa", "en": "incomplete", "sv": "ofullständig"},
}
