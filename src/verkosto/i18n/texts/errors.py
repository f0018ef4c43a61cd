"""Errors and start-up: an unknown language, an unexpected error, output or saving that failed.

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

import errno

MESSAGES: dict[str, dict[str, str]] = {
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
        "fi": "Tuntematon kieli '{value}' (sallitut: {allowed}).",
        "en": "Unknown language '{value}' (allowed: {allowed}).",
    },
    "output_failed_kept": {
        "fi": "Tulosta ei voitu näyttää ({reason}). Arvio tallennettiin tiedostoon {kept}.",
        "en": "The result could not be shown ({reason}). The assessment was kept in {kept}.",
    },
    "output_failed_plain": {
        "fi": "Tulostetta ei voitu kirjoittaa ({reason}).",
        "en": "The output could not be written ({reason}).",
    },
    "internal_error": {
        "fi": "Odottamaton virhe ({kind}). Tämä on ohjelmavirhe; ilmoita siitä kehittäjille.",
        "en": "Unexpected error ({kind}). This is a bug; please report it.",
    },
    "assessment_printed": {
        "fi": "Arviota ei voitu tallentaa mihinkään, joten se tulostettiin yllä JSON-muodossa. "
              "Kopioi se talteen, kun levyllä on taas tilaa.",
        "en": "The assessment could not be saved anywhere, so it was printed above as JSON. "
              "Copy it somewhere safe once the disk has room again.",
    },
    "output_failed": {
        "fi": "Tulostetta ei voitu kirjoittaa ({reason}). Jos teit arvion, se tallennettiin "
              "ennen tulostusta historiaan tai datakansion arviot-kansioon.",
        "en": "The output could not be written ({reason}). If you made an assessment, it was "
              "stored before anything was shown, in the history or the data folder's arviot "
              "folder.",
    },
}

# Why a file operation failed, by errno, for the common reasons; others keep the system's words.
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
# Rarer reasons, by errno name (the platform may lack some: Windows has no ETXTBSY), so no
# English system words show in a Finnish message.
OS_REASONS_BY_NAME: dict[str, dict[str, str]] = {
    "ENAMETOOLONG": {"fi": "nimi on liian pitkä", "en": "the name is too long"},
    "EEXIST": {"fi": "tiedosto on jo olemassa", "en": "the file already exists"},
    "ENOTEMPTY": {"fi": "kansio ei ole tyhjä", "en": "the folder is not empty"},
    "EBUSY": {"fi": "tiedosto on käytössä", "en": "the file is in use"},
    "ETXTBSY": {"fi": "tiedosto on käytössä", "en": "the file is in use"},
    "EMFILE": {"fi": "liian monta tiedostoa auki", "en": "too many files open"},
    "ENFILE": {"fi": "liian monta tiedostoa auki", "en": "too many files open"},
    "EFBIG": {"fi": "tiedosto on liian suuri", "en": "the file is too large"},
    "EDQUOT": {"fi": "levykiintiö on täynnä", "en": "the disk quota is full"},
    "EIO": {"fi": "levyn luku- tai kirjoitusvirhe", "en": "a disk read or write error"},
    "ENXIO": {"fi": "laitetta ei ole", "en": "no such device"},
    "EXDEV": {"fi": "tiedostoa ei voi siirtää toiselle levylle",
              "en": "the file cannot be moved to another disk"},
}
