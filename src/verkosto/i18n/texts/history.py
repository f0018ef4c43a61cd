"""The history (`historia`, `poista`): stored assessments, trends, deleting.

Also finding an assessment by its number or an export's path.

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "saved_to_history": {
        "fi": "Arvio tallennettiin historiaan; näet sen komennolla verkosto historia.",
        "en": "The assessment was saved to the history; see it with verkosto historia.",
        "sv": "Bedömningen sparades i historiken; du ser den med verkosto historia.",
    },
    "history_kept": {
        "fi": "Valmis arvio on tallessa tiedostossa {kept}.",
        "en": "The finished assessment is kept in {kept}.",
        "sv": "Den färdiga bedömningen finns sparad i filen {kept}.",
    },
    "history_write_failed": {
        "fi": "Arviota ei voitu tallentaa historiaan ({path}): {reason}",
        "en": "Could not save the assessment to the history ({path}): {reason}",
        "sv": "Det gick inte att spara bedömningen i historiken ({path}): {reason}",
    },
    "history_read_failed": {
        "fi": "Historiaa ei voitu lukea ({path}): {reason}",
        "en": "Could not read the history ({path}): {reason}",
        "sv": "Det gick inte att läsa historiken ({path}): {reason}",
    },
    "history_delete_failed": {
        "fi": "Historiasta ei voitu poistaa ({path}): {reason}",
        "en": "Could not delete from the history ({path}): {reason}",
        "sv": "Det gick inte att ta bort ur historiken ({path}): {reason}",
    },
    "history_corrupt": {
        "fi": "Historiatiedostossa {path} on arvio, jota ei voi lukea; tiedostoa on ilmeisesti "
              "muutettu muulla ohjelmalla. Palauta tiedosto varmuuskopiosta tai siirrä se "
              "muualle, jolloin historia alkaa tyhjästä.",
        "en": "The history file {path} has an assessment that cannot be read; the file has "
              "apparently been changed by another program. Restore it from a backup, or move it "
              "aside to start an empty history.",
        "sv": "Historikfilen {path} innehåller en bedömning som inte kan läsas; filen har troligen "
              "ändrats med ett annat program. Återställ filen från en säkerhetskopia, eller flytta "
              "den någon annanstans, så börjar historiken om från början.",
    },
    "history_damaged": {
        "fi": "Historiatiedosto {path} on vioittunut, eikä sitä voi lukea tietokantana. Palauta "
              "se varmuuskopiosta tai siirrä se muualle, jolloin historia alkaa tyhjästä. "
              "Komento verkosto poista --kaikki poistaa sen.",
        "en": "The history file {path} is damaged and cannot be read as a database. Restore it "
              "from a backup, or move it aside to start an empty history. The command "
              "verkosto poista --kaikki deletes it.",
        "sv": "Historikfilen {path} är skadad och kan inte läsas som en databas. Återställ den "
              "från en säkerhetskopia, eller flytta den någon annanstans, så börjar historiken "
              "om från början. Kommandot verkosto poista --kaikki tar bort den.",
    },
    "history_newer_schema": {
        "fi": "Historiatiedosto {path} on tehty verkosto-työkalun uudemmalla versiolla "
              "(tietokannan versio {found}, tämä versio tuntee version {known}). Päivitä "
              "verkosto-työkalu.",
        "en": "The history file {path} was made by a newer version of the verkosto tool "
              "(database version {found}, this version knows {known}). Update the verkosto tool.",
        "sv": "Historikfilen {path} har gjorts med en nyare version av verktyget verkosto "
              "(databasversion {found}, den här versionen känner till version {known}). Uppdatera "
              "verktyget verkosto.",
    },
    "history_empty": {
        "fi": "Historiassa ei ole vielä arvioita. Tee ensimmäinen: verkosto arvioi",
        "en": "There are no assessments in the history yet. Make the first: verkosto arvioi",
        "sv": "Det finns inga bedömningar i historiken ännu. Gör den första: verkosto arvioi",
    },
    "history_network_empty": {
        "fi": "Verkostosta '{network}' ei ole tallennettuja arvioita.",
        "en": "There are no stored assessments of the network '{network}'.",
        "sv": "Det finns inga sparade bedömningar av nätverket '{network}'.",
    },
    "history_network_unknown": {
        "fi": "Verkostosta '{network}' ei ole tallennettuja arvioita (historiassa: {known}).",
        "en": "There are no stored assessments of the network '{network}' (in the history: "
              "{known}).",
        "sv": "Det finns inga sparade bedömningar av nätverket '{network}' (i historiken: "
              "{known}).",
    },
    "history_title": {
        "fi": "Arviot, uusin ensin",
        "en": "Assessments, newest first",
        "sv": "Bedömningar, nyast först",
    },
    "col_no": {"fi": "Nro", "en": "No.", "sv": "Nr"},
    "col_date": {"fi": "Päivä", "en": "Date", "sv": "Datum"},
    "col_network": {"fi": "Verkosto", "en": "Network", "sv": "Nätverk"},
    "col_verdict": {"fi": "Suositus", "en": "Recommendation", "sv": "Rekommendation"},
    "col_balance": {"fi": "Suhde", "en": "Ratio", "sv": "Balans"},
    "col_hours": {"fi": "h/kk", "en": "h/month", "sv": "h/mån"},
    "col_share": {
        "fi": "Työajasta",
        "en": "Of working time",
        "sv": "Av arbetstiden",
    },
    "share_of_work": {
        "fi": "{share} työajasta",
        "en": "{share} of working time",
        "sv": "{share} av arbetstiden",
    },
    "col_review": {"fi": "Seuraava arviointi", "en": "Next review", "sv": "Nästa bedömning"},
    "overdue": {"fi": "myöhässä", "en": "overdue", "sv": "försenad"},
    "trend_title": {
        "fi": "Kehitys: {network} ({count} arviota, vanhin ensin)",
        "en": "Trend: {network} ({count} assessments, oldest first)",
        "sv": "Utveckling: {network} ({count} bedömningar, äldst först)",
    },
    "trend_title_latest": {
        "fi": "Kehitys: {network} ({shown} viimeisintä arviota, kaikkiaan {count}, vanhin "
              "ensin)",
        "en": "Trend: {network} (the latest {shown} of {count} assessments, oldest first)",
        "sv": "Utveckling: {network} (de {shown} senaste av sammanlagt {count} bedömningar, "
              "äldst först)",
    },
    "history_more": {
        "fi": "Näytetään {shown} uusinta arviota; tallennettuja on kaikkiaan {total}. Kaikki "
              "näet valitsimella --kaikki.",
        "en": "Showing the newest {shown} of {total} assessments. See them all with --all.",
        "sv": "De {shown} nyaste bedömningarna visas; sammanlagt finns {total} sparade. Du ser "
              "alla med --kaikki.",
    },
    "trend_up": {"fi": "nousee", "en": "rising", "sv": "stiger"},
    "trend_down": {"fi": "laskee", "en": "falling", "sv": "sjunker"},
    "trend_level": {"fi": "ennallaan", "en": "steady", "sv": "oförändrat"},
    "history_exported": {
        "fi": "Historia ({count} arviota) viety JSON Lines -tiedostoon {path}.",
        "en": "History ({count} assessments) exported as JSON Lines to {path}.",
        "sv": "Historiken ({count} bedömningar) exporterades till JSON Lines-filen {path}.",
    },
    "history_exported_one": {
        "fi": "Historia (1 arvio) viety JSON Lines -tiedostoon {path}.",
        "en": "History (1 assessment) exported as JSON Lines to {path}.",
        "sv": "Historiken (1 bedömning) exporterades till JSON Lines-filen {path}.",
    },
    "history_export_failed": {
        "fi": "Historiaa ei voitu viedä tiedostoon {path}: {reason}",
        "en": "Could not export the history to {path}: {reason}",
        "sv": "Det gick inte att exportera historiken till filen {path}: {reason}",
    },
    "history_network_needed": {
        "fi": "Historiassa on useita verkostoja; valitse yksi valitsimella --verkosto NIMI "
              "({known}).",
        "en": "The history has several networks; choose one with --network NAME ({known}).",
        "sv": "Historiken har flera nätverk; välj ett med --verkosto NAMN ({known}).",
    },
    "ref_not_found": {
        "fi": "Arviota '{ref}' ei löydy: se ei ole tallennetun arvion numero eikä "
              "tiedoston polku (numerot: verkosto historia; tiedosto luetaan, kun polussa on / "
              "tai pääte .json, esim. ./{ref}).",
        "en": "Assessment '{ref}' not found: it is neither a stored assessment's number nor "
              "a file path (numbers: verkosto historia; a file is read when the path has a / "
              "or ends in .json, e.g. ./{ref}).",
        "sv": "Bedömningen '{ref}' hittades inte: det är varken numret på en sparad bedömning "
              "eller sökvägen till en fil (numren: verkosto historia; en fil läses när sökvägen "
              "innehåller / eller slutar på .json, t.ex. ./{ref}).",
    },
    "id_not_found": {
        "fi": "Historiassa ei ole arviota numero {id} (numerot: verkosto historia).",
        "en": "There is no assessment number {id} in the history (numbers: verkosto historia).",
        "sv": "Det finns ingen bedömning nummer {id} i historiken (numren: verkosto historia).",
    },
    "export_invalid": {
        "fi": "Tiedosto ei ole verkosto-arvion JSON-vienti:",
        "en": "The file is not a verkosto assessment export:",
        "sv": "Filen är inte en JSON-export av en bedömning gjord med verkosto:",
    },
    "export_not_export": {
        "fi": "tiedostosta puuttuu \"schema\": \"verkosto-arvio/1\" (tee vienti komennolla "
              "verkosto arvioi --vie)",
        "en": "the file lacks \"schema\": \"verkosto-arvio/1\" (make an export with "
              "verkosto arvioi --export)",
        "sv": "filen saknar \"schema\": \"verkosto-arvio/1\" (gör en export med verkosto arvioi "
              "--vie)",
    },
    "delete_confirm_one": {
        "fi": "Poistetaanko arvio {id} ({network}, {date}) pysyvästi? [k/E]",
        "en": "Delete assessment {id} ({network}, {date}) for good? [y/N]",
        "sv": "Vill du radera bedömning {id} ({network}, {date}) permanent? [j/N]",
    },
    "delete_confirm_all": {
        "fi": "Poistetaanko kaikki {count} arviota pysyvästi? [k/E]",
        "en": "Delete all {count} assessments for good? [y/N]",
        "sv": "Vill du radera alla {count} bedömningar permanent? [j/N]",
    },
    "delete_confirm_all_one": {
        "fi": "Poistetaanko ainoa tallennettu arvio pysyvästi? [k/E]",
        "en": "Delete the only stored assessment for good? [y/N]",
        "sv": "Vill du radera den enda sparade bedömningen permanent? [j/N]",
    },
    "delete_confirm_all_files_one": {
        "fi": "Poistetaanko ainoa tallennettu arvio sekä {files} pysyvästi? [k/E]",
        "en": "Delete the only stored assessment and {files} for good? [y/N]",
        "sv": "Vill du radera den enda sparade bedömningen och {files} permanent? [j/N]",
    },
    "delete_confirm_damaged": {
        "fi": "Historiatiedosto {path} on vioittunut, eikä sen arvioita voi lukea. Poistetaanko "
              "se pysyvästi? [k/E]",
        "en": "The history file {path} is damaged and its assessments cannot be read. Delete it "
              "for good? [y/N]",
        "sv": "Historikfilen {path} är skadad och dess bedömningar kan inte läsas. Vill du "
              "radera den permanent? [j/N]",
    },
    "delete_confirm_damaged_files": {
        "fi": "Historiatiedosto {path} on vioittunut, eikä sen arvioita voi lukea. Poistetaanko "
              "se sekä {files} pysyvästi? [k/E]",
        "en": "The history file {path} is damaged and its assessments cannot be read. Delete it "
              "and {files} for good? [y/N]",
        "sv": "Historikfilen {path} är skadad och dess bedömningar kan inte läsas. Vill du "
              "radera den och {files} permanent? [j/N]",
    },
    "delete_confirm_all_files": {
        "fi": "Poistetaanko kaikki {count} arviota sekä {files} pysyvästi? [k/E]",
        "en": "Delete all {count} assessments and {files} for good? [y/N]",
        "sv": "Vill du radera alla {count} bedömningar och {files} permanent? [j/N]",
    },
    "deleted_files": {
        "fi": "Poistettu kansiosta {folder}: {files}.",
        "en": "Deleted from the folder {folder}: {files}.",
        "sv": "Borttaget ur mappen {folder}: {files}.",
    },
    "files_draft": {"fi": "{count} luonnosta", "en": "{count} drafts", "sv": "{count} utkast"},
    "files_draft_one": {"fi": "1 luonnos", "en": "1 draft", "sv": "1 utkast"},
    "files_kept": {"fi": "{count} varakopiota valmiista arvioista",
                   "en": "{count} kept copies of finished assessments",
                   "sv": "{count} säkerhetskopior av färdiga bedömningar"},
    "files_kept_one": {"fi": "1 varakopio valmiista arviosta",
                       "en": "1 kept copy of a finished assessment",
                       "sv": "1 säkerhetskopia av en färdig bedömning"},
    "files_temporary": {"fi": "{count} keskeytyneen tallennuksen väliaikaistiedostoa",
                        "en": "{count} temporary files of interrupted saves",
                        "sv": "{count} tillfälliga filer från sparningar som avbröts"},
    "files_temporary_one": {"fi": "1 keskeytyneen tallennuksen väliaikaistiedosto",
                            "en": "1 temporary file of an interrupted save",
                            "sv": "1 tillfällig fil från en sparning som avbröts"},
    "delete_files_failed": {
        "fi": "{count} tiedostoa jäi poistamatta, esimerkiksi {path}. Poista ne käsin.",
        "en": "{count} files could not be deleted, for example {path}. Delete them by hand.",
        "sv": "{count} filer kunde inte tas bort, till exempel {path}. Ta bort dem för hand.",
    },
    "delete_cancelled": {
        "fi": "Mitään ei poistettu.",
        "en": "Nothing was deleted.",
        "sv": "Ingenting togs bort.",
    },
    "delete_not_confirmed": {
        "fi": "Syöte loppui ennen vahvistusta; mitään ei poistettu. Poista ilman vahvistusta "
              "lisäämällä --kylla.",
        "en": "Input ended before confirmation; nothing was deleted. Add --yes to delete without "
              "confirming.",
        "sv": "Inmatningen tog slut före bekräftelsen; ingenting togs bort. Lägg till --kylla om "
              "du vill ta bort utan bekräftelse.",
    },
    "delete_id_or_all": {
        "fi": "Anna joko poistettavan arvion numero tai --kaikki (ei molempia).",
        "en": "Give either the number of the assessment to delete or --all (not both).",
        "sv": "Ange antingen numret på bedömningen som ska tas bort eller --kaikki (inte båda).",
    },
    "deleted_one": {
        "fi": "Arvio {id} ({network}) poistettu. Se pyyhittiin myös tiedostosta {path}, "
              "joten sitä ei voi palauttaa sieltä.",
        "en": "Assessment {id} ({network}) deleted. It was also wiped from the file {path}, "
              "so it cannot be recovered from there.",
        "sv": "Bedömning {id} ({network}) har tagits bort. Den raderades också ur filen {path}, så "
              "den kan inte återställas därifrån.",
    },
    "deleted_damaged": {
        "fi": "Vioittunut historiatiedosto {path} poistettu. Seuraava arvio aloittaa uuden "
              "historian.",
        "en": "The damaged history file {path} was deleted. The next assessment starts a new "
              "history.",
        "sv": "Den skadade historikfilen {path} har tagits bort. Nästa bedömning börjar en ny "
              "historik.",
    },
    "deleted_all": {
        "fi": "{count} arviota poistettu. Ne pyyhittiin myös tiedostosta {path}, joten niitä "
              "ei voi palauttaa sieltä.",
        "en": "{count} assessments deleted. They were also wiped from the file {path}, so "
              "they cannot be recovered from there.",
        "sv": "{count} bedömningar har tagits bort. De raderades också ur filen {path}, så de kan "
              "inte återställas därifrån.",
    },
    "deleted_all_one": {
        "fi": "1 arvio poistettu. Se pyyhittiin myös tiedostosta {path}, joten sitä ei voi "
              "palauttaa sieltä.",
        "en": "1 assessment deleted. It was also wiped from the file {path}, so it cannot be "
              "recovered from there.",
        "sv": "1 bedömning har tagits bort. Den raderades också ur filen {path}, så den kan inte "
              "återställas därifrån.",
    },
    "export_network_invalid": {
        "fi": "verkoston nimi on tyhjä, yli {max} merkkiä pitkä tai siinä on ohjausmerkkejä",
        "en": "the network name is empty, longer than {max} characters or holds control "
              "characters",
        "sv": "nätverkets namn är tomt, längre än {max} tecken eller innehåller styrtecken",
    },
    "history_refused": {
        "fi": "Arviota ei tallennettu historiaan: verkoston nimi on yli {max} merkkiä pitkä, "
              "siinä on ohjausmerkkejä tai arviossa on mahdottomia lukuja.",
        "en": "The assessment was not stored in the history: the network name is longer than "
              "{max} characters or holds control characters, or the assessment has impossible "
              "numbers.",
        "sv": "Bedömningen sparades inte i historiken: nätverkets namn är längre än {max} tecken "
              "eller innehåller styrtecken, eller så innehåller bedömningen omöjliga tal.",
    },
    "history_row_unreadable": {
        "fi": "Tallennettu arvio #{id} on vioittunut, eikä sitä voi näyttää. Poista se: "
              "verkosto poista {id}",
        "en": "Stored assessment #{id} is damaged and cannot be shown. Delete it: "
              "verkosto poista {id}",
        "sv": "Den sparade bedömningen #{id} är skadad och kan inte visas. Ta bort den: verkosto "
              "poista {id}",
    },
    "history_row_damaged": {
        "fi": "Ohitettu vioittunut arvio #{id} ({problem}). Poista se: verkosto poista {id}",
        "en": "Skipped damaged assessment #{id} ({problem}). Delete it: verkosto poista {id}",
        "sv": "Den skadade bedömningen #{id} hoppades över ({problem}). Ta bort den: verkosto "
              "poista {id}",
    },
    "delete_not_final": {
        "fi": "Arvio poistettiin historiasta, mutta poisto ei ole vielä lopullinen: toinen "
              "ohjelma lukee historiaa, joten poistettu tieto on yhä tiedostossa {path}. "
              "Sulje muut verkosto-komennot ja aja verkosto poista uudelleen.",
        "en": "The assessment was removed from the history, but the deletion is not final "
              "yet: another program is reading the history, so the deleted data is still in "
              "{path}. Close other verkosto commands and run verkosto poista again.",
        "sv": "Bedömningen togs bort ur historiken, men borttagningen är inte slutgiltig ännu: ett "
              "annat program läser historiken, så de borttagna uppgifterna finns fortfarande i "
              "filen {path}. Stäng andra verkosto-kommandon och kör verkosto poista på nytt.",
    },
    "history_damaged_label": {
        "fi": "vioittunut arvio",
        "en": "damaged assessment",
        "sv": "skadad bedömning",
    },
}
