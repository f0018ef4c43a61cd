"""Errors and start-up: an unknown language, an unexpected error, output or saving that failed.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

import errno

MESSAGES: dict[str, dict[str, str]] = {
    "export_write_failed": {
        "fi": "Vientitiedostoa {path} ei voitu kirjoittaa: {reason}",
        "en": "Could not write the export file {path}: {reason}",
        "sv": "Exportfilen {path} kunde inte skrivas: {reason}",
    },
    "export_write_failed_kept": {
        "fi": "Vientitiedostoa {path} ei voitu kirjoittaa: {reason}. "
              "Arvio on tallessa tiedostossa {kept}.",
        "en": "Could not write the export file {path}: {reason}. "
              "The assessment has been saved to {kept}.",
        "sv": "Exportfilen {path} kunde inte skrivas: {reason}. Bedömningen är sparad i filen "
              "{kept}.",
    },
    "stdout_write_failed": {
        "fi": "Vientiä ei voitu kirjoittaa vakiotulosteeseen: {reason}",
        "en": "Could not write the export to standard output: {reason}",
        "sv": "Exporten kunde inte skrivas till standardutmatningen: {reason}",
    },
    "stdout_write_failed_kept": {
        "fi": "Vientiä ei voitu kirjoittaa vakiotulosteeseen: {reason}. "
              "Arvio on tallessa tiedostossa {kept}.",
        "en": "Could not write the export to standard output: {reason}. "
              "The assessment has been saved to {kept}.",
        "sv": "Exporten kunde inte skrivas till standardutmatningen: {reason}. Bedömningen är "
              "sparad i filen {kept}.",
    },
    "bad_language": {
        "fi": "Tuntematon kieli '{value}' (sallitut: {allowed}).",
        "en": "Unknown language '{value}' (allowed: {allowed}).",
        "sv": "Okänt språk '{value}' (tillåtna: {allowed}).",
    },
    "output_failed_kept": {
        "fi": "Tulosta ei voitu näyttää ({reason}). Arvio tallennettiin tiedostoon {kept}.",
        "en": "The result could not be shown ({reason}). The assessment was kept in {kept}.",
        "sv": "Resultatet kunde inte visas ({reason}). Bedömningen sparades i filen {kept}.",
    },
    "output_failed_plain": {
        "fi": "Tulostetta ei voitu kirjoittaa ({reason}).",
        "en": "The output could not be written ({reason}).",
        "sv": "Utdata kunde inte skrivas ({reason}).",
    },
    "internal_error": {
        "fi": "Odottamaton virhe ({kind}). Tämä on ohjelmavirhe; ilmoita siitä kehittäjille.",
        "en": "Unexpected error ({kind}). This is a bug; please report it.",
        "sv": "Oväntat fel ({kind}). Det här är ett programfel; meddela gärna utvecklarna.",
    },
    "assessment_printed": {
        "fi": "Arviota ei voitu tallentaa mihinkään, joten se tulostettiin yllä JSON-muodossa. "
              "Kopioi se talteen, kun levyllä on taas tilaa.",
        "en": "The assessment could not be saved anywhere, so it was printed above as JSON. "
              "Copy it somewhere safe once the disk has room again.",
        "sv": "Bedömningen kunde inte sparas någonstans, så den skrevs ut ovan i JSON-format. "
              "Kopiera den till ett säkert ställe när det finns utrymme på disken igen.",
    },
    "output_failed": {
        "fi": "Tulostetta ei voitu kirjoittaa ({reason}). Jos teit arvion, se tallennettiin "
              "ennen tulostusta historiaan tai datakansion arviot-kansioon.",
        "en": "The output could not be written ({reason}). If you made an assessment, it was "
              "stored before anything was shown, in the history or the data folder's arviot "
              "folder.",
        "sv": "Utdata kunde inte skrivas ({reason}). Om du gjorde en bedömning sparades den "
              "innan något visades, i historiken eller i datamappens mapp arviot.",
    },
}

# Why a file operation failed, by errno, for the common reasons; others keep the system's words.
OS_REASONS: dict[int, dict[str, str]] = {
    errno.ENOENT: {"fi": "kansiota tai tiedostoa ei ole", "en": "no such file or folder",
                   "sv": "mappen eller filen finns inte"},
    errno.EACCES: {"fi": "ei oikeutta", "en": "permission denied", "sv": "ingen behörighet"},
    errno.EPERM: {"fi": "ei oikeutta", "en": "permission denied", "sv": "ingen behörighet"},
    errno.ENOSPC: {"fi": "levy on täynnä", "en": "the disk is full", "sv": "disken är full"},
    errno.EROFS: {"fi": "levylle ei voi kirjoittaa", "en": "the disk is read-only",
                  "sv": "det går inte att skriva på disken"},
    errno.EISDIR: {"fi": "tämä on kansio", "en": "this is a folder", "sv": "det här är en mapp"},
    errno.ENOTDIR: {"fi": "polun osa ei ole kansio", "en": "part of the path is not a folder",
                    "sv": "en del av sökvägen är inte en mapp"},
    errno.EPIPE: {"fi": "vastaanottaja sulki yhteyden", "en": "the reader closed the pipe",
                  "sv": "mottagaren stängde förbindelsen"},
    errno.EBADF: {"fi": "tuloste on suljettu", "en": "the output is closed",
                  "sv": "utmatningen är stängd"},
    errno.ELOOP: {"fi": "polku on symbolinen linkki, jota ei seurata (anna linkin kohde)",
                  "en": "the path is a symbolic link, which is not followed (give its target)",
                  "sv": "sökvägen är en symbolisk länk, som inte följs (ange länkens mål)"},
    errno.EINVAL: {"fi": "tämä ei ole tavallinen tiedosto (laite, putki tai pistoke)",
                   "en": "this is not a regular file (a device, pipe or socket)",
                   "sv": "det här är inte en vanlig fil (en enhet, ett rör eller ett uttag)"},
}
# Rarer reasons, by errno name (the platform may lack some: Windows has no ETXTBSY), so no
# English system words show in a Finnish message.
OS_REASONS_BY_NAME: dict[str, dict[str, str]] = {
    "ENAMETOOLONG": {"fi": "nimi on liian pitkä", "en": "the name is too long",
                     "sv": "namnet är för långt"},
    "EEXIST": {"fi": "tiedosto on jo olemassa", "en": "the file already exists",
               "sv": "filen finns redan"},
    "ENOTEMPTY": {"fi": "kansio ei ole tyhjä", "en": "the folder is not empty",
                  "sv": "mappen är inte tom"},
    "EBUSY": {"fi": "tiedosto on käytössä", "en": "the file is in use", "sv": "filen används"},
    "ETXTBSY": {"fi": "tiedosto on käytössä", "en": "the file is in use", "sv": "filen används"},
    "EMFILE": {"fi": "liian monta tiedostoa auki", "en": "too many files open",
               "sv": "för många filer är öppna"},
    "ENFILE": {"fi": "liian monta tiedostoa auki", "en": "too many files open",
               "sv": "för många filer är öppna"},
    "EFBIG": {"fi": "tiedosto on liian suuri", "en": "the file is too large",
              "sv": "filen är för stor"},
    "EDQUOT": {"fi": "levykiintiö on täynnä", "en": "the disk quota is full",
               "sv": "diskkvoten är full"},
    "EIO": {"fi": "levyn luku- tai kirjoitusvirhe", "en": "a disk read or write error",
            "sv": "ett läs- eller skrivfel på disken"},
    "ENXIO": {"fi": "laitetta ei ole", "en": "no such device", "sv": "enheten finns inte"},
    "EXDEV": {"fi": "tiedostoa ei voi siirtää toiselle levylle",
              "en": "the file cannot be moved to another disk",
              "sv": "filen kan inte flyttas till en annan disk"},
}
