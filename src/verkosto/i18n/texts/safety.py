"""Keeping what the person keeps: outputs that would replace it, a history that is not theirs.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # An output that would replace a file the run keeps or reads. {path}: the name given;
    # {other}: the kept or read file it is (the same name, a link or a hard link).
    "output_is_history": {
        "fi": "Tiedosto {path} on historiatietokanta {other}; tuloste korvaisi kaikki "
              "tallennetut arviot. Mitään ei kirjoitettu; anna toinen tiedostonimi.",
        "en": "The file {path} is the history database {other}; the output would replace "
              "every stored assessment. Nothing was written; give another file name.",
        "sv": "Filen {path} är historikdatabasen {other}; utdata skulle ersätta alla sparade "
              "bedömningar. Inget skrevs; ange ett annat filnamn.",
    },
    "output_is_draft": {
        "fi": "Tiedosto {path} on keskeneräisen arvioinnin luonnos {other}; tuloste korvaisi "
              "sen vastaukset. Mitään ei kirjoitettu; anna toinen tiedostonimi.",
        "en": "The file {path} is the draft of an unfinished assessment, {other}; the output "
              "would replace its answers. Nothing was written; give another file name.",
        "sv": "Filen {path} är utkastet till en ofärdig bedömning, {other}; utdata skulle "
              "ersätta svaren i det. Inget skrevs; ange ett annat filnamn.",
    },
    "output_is_kept": {
        "fi": "Tiedosto {path} on valmiin arvion varakopio {other}; tuloste korvaisi sen. "
              "Mitään ei kirjoitettu; anna toinen tiedostonimi.",
        "en": "The file {path} is the kept copy of a finished assessment, {other}; the output "
              "would replace it. Nothing was written; give another file name.",
        "sv": "Filen {path} är säkerhetskopian av en färdig bedömning, {other}; utdata skulle "
              "ersätta den. Inget skrevs; ange ett annat filnamn.",
    },
    "output_in_data_folder": {
        "fi": "Tiedosto {path} olisi työkalun oman kansion {other} paikalla tai sisällä, jossa se "
              "pitää luonnoksia, varakopioita tai välimuistia. Mitään ei kirjoitettu; anna "
              "tiedostonimi toiseen kansioon.",
        "en": "The file {path} would be in place of, or inside, {other}, where the tool keeps "
              "drafts, kept copies or its cache. Nothing was written; give a file name in "
              "another folder.",
        "sv": "Filen {path} skulle ligga i stället för eller inuti verktygets egen mapp {other}, "
              "där verktyget har utkast, säkerhetskopior eller sitt cacheminne. Inget skrevs; ange "
              "ett filnamn i en annan mapp.",
    },
    "output_is_questions": {
        "fi": "Tiedosto {path} on tämän ajon kysymystiedosto {other}; tuloste korvaisi sen. "
              "Mitään ei kirjoitettu; anna toinen tiedostonimi.",
        "en": "The file {path} is this run's questions file {other}; the output would replace "
              "it. Nothing was written; give another file name.",
        "sv": "Filen {path} är den här körningens frågefil {other}; utdata skulle ersätta den. "
              "Inget skrevs; ange ett annat filnamn.",
    },
    "output_is_answers": {
        "fi": "Tiedosto {path} on tämän ajon vastaustiedosto {other}; tuloste korvaisi sen. "
              "Mitään ei kirjoitettu; anna toinen tiedostonimi.",
        "en": "The file {path} is this run's answers file {other}; the output would replace "
              "it. Nothing was written; give another file name.",
        "sv": "Filen {path} är den här körningens svarsfil {other}; utdata skulle ersätta den. "
              "Inget skrevs; ange ett annat filnamn.",
    },
    "output_is_input": {
        "fi": "Tiedosto {path} on tiedosto {other}, jonka tämä ajo lukee; tuloste korvaisi "
              "sen. Mitään ei kirjoitettu; anna toinen tiedostonimi.",
        "en": "The file {path} is {other}, a file this run reads; the output would replace "
              "it. Nothing was written; give another file name.",
        "sv": "Filen {path} är filen {other}, som den här körningen läser; utdata skulle ersätta "
              "den. Inget skrevs; ange ett annat filnamn.",
    },
    "history_hard_linked": {
        "fi": "Historiatiedostolla {path} on {links} nimeä (kova linkki): sama historia olisi "
              "käytössä useassa paikassa, ja samanaikaiset tallennukset voisivat kadota. "
              "Historiaa ei avattu. Kopioi tiedosto (cp) linkin tilalle tai poista ylimääräinen "
              "nimi.",
        "en": "The history file {path} has {links} names (a hard link): one history would be "
              "used from several places, and saves made at the same time could be lost. The "
              "history was not opened. Copy the file (cp) in place of the link, or remove the "
              "extra name.",
        "sv": "Historikfilen {path} har {links} namn (en hård länk): samma historik skulle "
              "användas från flera ställen, och sådant som sparas samtidigt skulle kunna gå "
              "förlorat. Historiken öppnades inte. Kopiera filen (cp) i stället för länken eller "
              "ta bort det extra namnet.",
    },
    "history_other_owner": {
        "fi": "Historiatiedosto {path} kuuluu toiselle käyttäjälle, joten sitä ei avattu: "
              "historia on vain sen tekijän. Aseta VERKOSTO_HOME omaan kansioosi.",
        "en": "The history file {path} belongs to another user, so it was not opened: a "
              "history is its maker's alone. Set VERKOSTO_HOME to a folder of your own.",
        "sv": "Historikfilen {path} tillhör en annan användare, så den öppnades inte: en "
              "historik hör bara till den som har gjort den. Sätt VERKOSTO_HOME till en egen "
              "mapp.",
    },
    "kooste_stdin_closed": {
        "fi": "Polku - lukee polkujen luettelon vakiosyötteestä, mutta vakiosyöte on suljettu. "
              "Anna polut argumentteina tai ohjaa luettelo syötteeksi (find … | verkosto "
              "kooste -).",
        "en": "The path - reads a list of paths from standard input, but standard input is "
              "closed. Give the paths as arguments, or pipe the list in (find … | verkosto "
              "kooste -).",
        "sv": "Sökvägen - läser en lista med sökvägar från standardinmatningen, men "
              "standardinmatningen är stängd. Ange sökvägarna som argument eller skicka listan via "
              "ett rör (find … | verkosto kooste -).",
    },
    "id_out_of_range": {
        "fi": "Arvion numero {value} on liian suuri: yhdelläkään arviolla ei voi olla sitä "
              "(numerot: verkosto historia).",
        "en": "The assessment number {value} is too large: no assessment can have it "
              "(numbers: verkosto historia).",
        "sv": "Bedömningens nummer {value} är för stort: ingen bedömning kan ha det (numren: "
              "verkosto historia).",
    },
}
