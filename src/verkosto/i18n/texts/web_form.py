"""The single-file form (`lomake`): its page's own texts, and the command that writes it.

The page's texts are those shown while it loads and for saving and opening answers; the
command's are about writing the file and getting the runtime.

Pure data: no I/O, no functions. Each key holds fi, en and sv side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "form_loading": {
        "fi": "Lomake käynnistyy. Odota hetki…",
        "en": "The form is starting. Please wait…",
        "sv": "Formuläret startar. Vänta en stund…",
    },
    "form_no_script": {
        "fi": "Tämä lomake tarvitsee JavaScriptin. Salli se selaimesta tai käytä komentoa "
              "verkosto arvioi.",
        "en": "This form needs JavaScript. Allow it in your browser, or use the command "
              "verkosto arvioi.",
        "sv": "Det här formuläret behöver JavaScript. Tillåt det i webbläsaren eller använd "
              "kommandot verkosto arvioi.",
    },
    "form_no_wasm": {
        "fi": "Tämä selain ei pysty avaamaan lomaketta (WebAssembly puuttuu tai on estetty). "
              "Avaa tiedosto jollakin uudella selaimella, esimerkiksi Firefoxilla, Chromella, "
              "Edgellä tai Safarilla.",
        "en": "This browser cannot open the form (WebAssembly is missing or blocked). Open the "
              "file in a recent browser, such as Firefox, Chrome, Edge or Safari.",
        "sv": "Den här webbläsaren kan inte öppna formuläret (WebAssembly saknas eller är "
              "blockerat). Öppna filen i en ny webbläsare, till exempel Firefox, Chrome, Edge "
              "eller Safari.",
    },
    "form_boot_failed": {
        "fi": "Lomake ei käynnistynyt. Lataa tiedosto uudelleen tai kokeile toista selainta. "
              "Virhe:",
        "en": "The form did not start. Reload the file or try another browser. The error:",
        "sv": "Formuläret startade inte. Ladda om filen eller pröva en annan webbläsare. Felet:",
    },
    "form_failed": {
        "fi": "Lomakkeessa tapahtui virhe. Tallenna vastauksesi tiedostoon alla olevalla "
              "painikkeella ja avaa lomake uudelleen. Virhe:",
        "en": "Something went wrong in the form. Save your answers to a file with the button "
              "below and open the form again. The error:",
        "sv": "Något gick fel i formuläret. Spara dina svar i en fil med knappen nedan och "
              "öppna formuläret på nytt. Felet:",
    },
    "form_save_answers": {
        "fi": "Tallenna vastaukset tiedostoon",
        "en": "Save the answers to a file",
        "sv": "Spara svaren i en fil",
    },
    "form_save_export": {
        "fi": "Tallenna arvio JSON-tiedostona",
        "en": "Save the assessment as a JSON file",
        "sv": "Spara bedömningen som en JSON-fil",
    },
    "form_open_heading": {
        "fi": "Jatka aiemmin tallennetuista vastauksista",
        "en": "Continue from answers saved earlier",
        "sv": "Fortsätt från svar som sparats tidigare",
    },
    "form_open_label": {
        "fi": "Avaa tallennettu vastaus- tai JSON-tiedosto",
        "en": "Open a saved answers file or JSON export",
        "sv": "Öppna en sparad svarsfil eller JSON-export",
    },
    "form_output_needed": {
        "fi": "Anna tiedosto, johon lomake kirjoitetaan, esimerkiksi: verkosto lomake -o "
              "lomake.html",
        "en": "Name the file to write the form to, for example: verkosto lomake -o form.html",
        "sv": "Ange filen som formuläret skrivs till, till exempel: verkosto lomake -o "
              "formular.html",
    },
    "form_written": {
        "fi": "Lomake kirjoitettu tiedostoon {path} ({size} Mt). Sen voi avata millä tahansa "
              "uudella selaimella ilman verkkoyhteyttä.",
        "en": "Form written to {path} ({size} MB). It opens in any recent browser, with no "
              "network connection.",
        "sv": "Formuläret har skrivits till filen {path} ({size} MB). Det kan öppnas i vilken "
              "ny webbläsare som helst, utan nätverksförbindelse.",
    },
    "form_write_failed": {
        "fi": "Lomaketta ei voitu kirjoittaa tiedostoon {path}: {reason}",
        "en": "Could not write the form to {path}: {reason}",
        "sv": "Formuläret kunde inte skrivas till filen {path}: {reason}",
    },
    "form_questions_unsupported": {
        "fi": "Kysymystiedostoa {path} ei voi liittää lomakkeeseen: siinä on arvo, jota "
              "JSON ei tunne (esimerkiksi päivämäärä ilman lainausmerkkejä).",
        "en": "The questions file {path} cannot be put in the form: it has a value JSON does "
              "not know (a date without quotes, for example).",
        "sv": "Frågefilen {path} kan inte bäddas in i formuläret: den har ett värde som JSON "
              "inte känner till (till exempel ett datum utan citattecken).",
    },
    "form_runtime_fetching": {
        "fi": "Haetaan lomakkeen tarvitsema Pyodide {version} ({size} Mt) osoitteesta {url}. "
              "Se haetaan vain kerran ja tarkistetaan ennen käyttöä.",
        "en": "Fetching Pyodide {version}, which the form needs ({size} MB), from {url}. It "
              "is fetched once and checked before use.",
        "sv": "Hämtar Pyodide {version} som formuläret behöver ({size} MB) från {url}. Den "
              "hämtas bara en gång och kontrolleras före användning.",
    },
    "form_runtime_cached": {
        "fi": "Pyodide tallennettu kansioon {path}; seuraava lomake tehdään ilman verkkoa.",
        "en": "Pyodide kept in {path}; the next form is made without the network.",
        "sv": "Pyodide har sparats i {path}; nästa formulär görs utan nätverk.",
    },
    "form_runtime_offline": {
        "fi": "Pyodidea ei saatu osoitteesta {url}: {reason}. Anna valmiiksi purettu "
              "npm-paketti valitsimella --pyodide KANSIO (esimerkiksi node_modules/pyodide) "
              "tai oman peilipalvelimen osoite ympäristömuuttujassa {envvar}.",
        "en": "Could not fetch Pyodide from {url}: {reason}. Name an unpacked npm package "
              "with --pyodide FOLDER (node_modules/pyodide, say), or your own mirror's address "
              "in the environment variable {envvar}.",
        "sv": "Pyodide kunde inte hämtas från {url}: {reason}. Ange ett uppackat npm-paket "
              "med --pyodide MAPP (till exempel node_modules/pyodide) eller adressen till er "
              "egen spegelserver i miljövariabeln {envvar}.",
    },
    "form_runtime_mismatch": {
        "fi": "Osoitteesta {url} saatu tiedosto ei ole Pyodide {version}: sen tarkiste ei "
              "täsmää npm-rekisterin ilmoittamaan. Tiedostoa ei käytetty.",
        "en": "The file from {url} is not Pyodide {version}: its checksum does not match the "
              "one the npm registry publishes. The file was not used.",
        "sv": "Filen från {url} är inte Pyodide {version}: dess kontrollsumma stämmer inte "
              "med den som npm-registret anger. Filen användes inte.",
    },
    "form_runtime_too_big": {
        "fi": "Osoitteesta {url} tuli paljon suurempi tiedosto kuin Pyodide {version}. "
              "Tiedostoa ei käytetty.",
        "en": "The file from {url} is far larger than Pyodide {version}. The file was not used.",
        "sv": "Filen från {url} är mycket större än Pyodide {version}. Filen användes inte.",
    },
    "form_runtime_incomplete": {
        "fi": "Pyodide-paketista puuttuu: {missing}.",
        "en": "The Pyodide package lacks: {missing}.",
        "sv": "Pyodide-paketet saknar: {missing}.",
    },
    "form_runtime_folder_bad": {
        "fi": "Kansio {path} ei ole purettu Pyodide-npm-paketti (package.json ja "
              "pyodide.asm.wasm puuttuvat tai niitä ei voi lukea).",
        "en": "The folder {path} is not an unpacked Pyodide npm package (package.json and "
              "pyodide.asm.wasm are missing or unreadable).",
        "sv": "Mappen {path} är inte ett uppackat Pyodide-npm-paket (package.json och "
              "pyodide.asm.wasm saknas eller kan inte läsas).",
    },
    "form_runtime_folder_version": {
        "fi": "Kansiossa {path} on Pyodide {found}; lomake tarvitsee version {version} "
              "(npm install pyodide@{version}).",
        "en": "The folder {path} holds Pyodide {found}; the form needs version {version} "
              "(npm install pyodide@{version}).",
        "sv": "Mappen {path} innehåller Pyodide {found}; formuläret behöver version {version} "
              "(npm install pyodide@{version}).",
    },
    "form_runtime_url_bad": {
        "fi": "Ympäristömuuttujan {envvar} osoitteen {url} pitää alkaa https:// tai http://.",
        "en": "The address {url} in the environment variable {envvar} must start with "
              "https:// or http://.",
        "sv": "Adressen {url} i miljövariabeln {envvar} måste börja med https:// eller "
              "http://.",
    },
}
