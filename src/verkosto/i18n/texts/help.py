"""`--help` and command-line usage errors, in the person's language.

help_cmd_* describe a command (the first sentence is its line in the command list),
help_opt_<command>_<param> an option or argument (help_opt_<param> where every command
means the same), help_metavar_* name a value, help_examples_* end each command's help.

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "usage_no_such_option": {
        "fi": "Tuntematon valitsin {option}.",
        "en": "Unknown option {option}.",
        "sv": "Okänt alternativ {option}.",
    },
    "usage_needs_value": {
        "fi": "Valitsin {option} tarvitsee arvon.",
        "en": "Option {option} needs a value.",
        "sv": "Alternativet {option} behöver ett värde.",
    },
    "usage_no_such_command": {
        "fi": "Tuntematon komento '{name}'.",
        "en": "Unknown command '{name}'.",
        "sv": "Okänt kommando '{name}'.",
    },
    "usage_extra_argument": {
        "fi": "Ylimääräinen argumentti: {args}.",
        "en": "Unexpected extra argument: {args}.",
        "sv": "Oväntat extra argument: {args}.",
    },
    "usage_extra_arguments": {
        "fi": "Ylimääräisiä argumentteja: {args}.",
        "en": "Unexpected extra arguments: {args}.",
        "sv": "Oväntade extra argument: {args}.",
    },
    "usage_takes_no_value": {
        "fi": "Valitsin {option} ei ota arvoa.",
        "en": "Option {option} takes no value.",
        "sv": "Alternativet {option} tar inget värde.",
    },
    "usage_empty_path": {
        "fi": "Kohdassa {name} pitää antaa tiedoston nimi; tyhjä nimi ei käy.",
        "en": "{name} needs a file name; an empty name will not do.",
        "sv": "{name} behöver ett filnamn; ett tomt namn går inte.",
    },
    "usage_unreadable_path": {
        "fi": "Tiedostoa {path} ei voi lukea (ei lukuoikeutta).",
        "en": "Cannot read {path} (no permission to read it).",
        "sv": "Det går inte att läsa filen {path} (du har ingen läsbehörighet till den).",
    },
    "usage_missing": {
        "fi": "Komennolta puuttuu {name}.",
        "en": "The command needs {name}.",
        "sv": "Kommandot behöver {name}.",
    },
    "usage_bad_value": {
        "fi": "Arvo kohdassa {name} ei kelpaa: anna kokonaisluku (esim. 3).",
        "en": "The value for {name} is not valid: give a whole number (for example 3).",
        "sv": "Värdet för {name} är inte giltigt: ange ett heltal (till exempel 3).",
    },
    "usage_other": {
        "fi": "Virheellinen komento: {detail}",
        "en": "Invalid command: {detail}",
        "sv": "Felaktigt kommando: {detail}",
    },
    "usage_hint": {
        "fi": "Katso ohje: {command} --help",
        "en": "See help: {command} --help",
        "sv": "Se hjälpen: {command} --help",
    },
    "help_usage": {"fi": "Käyttö:", "en": "Usage:", "sv": "Användning:"},
    "help_arguments": {"fi": "Argumentit", "en": "Arguments", "sv": "Argument"},
    "help_options": {"fi": "Valitsimet", "en": "Options", "sv": "Alternativ"},
    "help_commands": {"fi": "Komennot", "en": "Commands", "sv": "Kommandon"},
    "help_examples": {"fi": "Esimerkkejä", "en": "Examples", "sv": "Exempel"},
    "help_options_metavar": {"fi": "[VALITSIMET]", "en": "[OPTIONS]", "sv": "[ALTERNATIV]"},
    "help_command_metavar": {
        "fi": "KOMENTO [ARGUMENTIT]...",
        "en": "COMMAND [ARGS]...",
        "sv": "KOMMANDO [ARGUMENT]...",
    },
    "help_envvar": {
        "fi": "ympäristömuuttuja: {name}",
        "en": "environment variable: {name}",
        "sv": "miljövariabel: {name}",
    },
    "help_opt_help": {
        "fi": "Näytä tämä ohje ja lopeta.",
        "en": "Show this help and exit.",
        "sv": "Visa den här hjälpen och avsluta.",
    },
    "help_did_you_mean": {
        "fi": "Tarkoititko {match}?",
        "en": "Did you mean {match}?",
        "sv": "Menade du {match}?",
    },
    "help_metavar_NIMI": {"fi": "NIMI", "en": "NAME", "sv": "NAMN"},
    "help_metavar_TIEDOSTO": {"fi": "TIEDOSTO", "en": "FILE", "sv": "FIL"},
    "help_metavar_NRO": {"fi": "NRO", "en": "NUMBER", "sv": "NR"},
    "help_metavar_POLKU": {"fi": "POLKU", "en": "PATH", "sv": "SÖKVÄG"},
    "help_metavar_KANSIO": {"fi": "KANSIO", "en": "FOLDER", "sv": "MAPP"},
    "help_metavar_TIEDOSTO.json|NRO": {
        "fi": "TIEDOSTO.json|NRO",
        "en": "FILE.json|NUMBER",
        "sv": "FIL.json|NR",
    },
    "help_metavar_taulukko|table|json|csv": {
        "fi": "taulukko|json|csv",
        "en": "table|json|csv",
        "sv": "table|json|csv",
    },
    "help_cmd_root": {
        "fi": "Arvioi, kannattaako ammatilliseen verkostoon käyttää työaikaasi: liity, jatka, "
              "kevennä tai luovu.\n\nEnglanniksi: --kieli en, ruotsiksi: --kieli sv, tai "
              "ympäristömuuttuja VERKOSTO_KIELI=en tai sv.",
        "en": "Weigh whether a professional network is worth your working time: join, "
              "continue, scale back or leave.\n\nIn Finnish: --lang fi; in Swedish: --lang sv; "
              "or the environment variable VERKOSTO_KIELI=fi or sv.",
        "sv": "Bedöm om ett professionellt nätverk är värt din arbetstid: gå med, fortsätt, minska "
              "ditt deltagande eller lämna nätverket.\n\nSvenska i alla kommandon: miljövariabeln "
              "VERKOSTO_KIELI=sv. På finska: --kieli fi, på engelska: --kieli en.",
    },
    "help_opt_root_version": {
        "fi": "Näytä versio.",
        "en": "Show the version.",
        "sv": "Visa versionen.",
    },
    "help_examples_root": {
        "fi": "verkosto arvioi\nverkosto historia",
        "en": "verkosto arvioi --lang en\nVERKOSTO_KIELI=en verkosto historia",
        "sv": "verkosto arvioi --kieli sv\nVERKOSTO_KIELI=sv verkosto historia",
    },
    "help_opt_kieli": {
        "fi": "Käyttöliittymän kieli: fi (oletus), en tai sv.",
        "en": "Interface language: fi (the default), en or sv.",
        "sv": "Gränssnittets språk: fi (standard), en eller sv.",
    },
    "help_opt_kysymykset": {
        "fi": "Kysymystiedosto (oletus: mukana tuleva questions.yaml).",
        "en": "Questions file (default: the bundled questions.yaml).",
        "sv": "Frågefil (standard: den medföljande questions.yaml).",
    },
    "help_opt_verkosto": {
        "fi": "Vain tämän verkoston arviot (kirjainkoolla ei väliä).",
        "en": "Only this network's assessments (upper or lower case alike).",
        "sv": "Bara det här nätverkets bedömningar (stora och små bokstäver räknas lika).",
    },
    "help_opt_as_json": {
        "fi": "Tulosta JSON-muodossa.",
        "en": "Print as JSON.",
        "sv": "Skriv ut i JSON-format.",
    },
    "help_cmd_arvioi": {
        "fi": "Arvioi verkosto kysymys kerrallaan ja näytä suositus perusteluineen.\n\n"
              "Vastaukset tallennetaan luonnokseksi jokaisen vastauksen jälkeen; "
              "keskeytettyä arviointia voi jatkaa valitsimella --jatka.",
        "en": "Assess a network one question at a time and show the recommendation with "
              "its reasons.\n\nThe answers are saved as a draft after every answer; an "
              "interrupted assessment goes on with --resume.",
        "sv": "Bedöm ett nätverk en fråga i taget och visa rekommendationen med motivering.\n\n"
              "Svaren sparas som utkast efter varje svar; en avbruten bedömning fortsätter du med "
              "--jatka.",
    },
    "help_opt_arvioi_verkosto": {
        "fi": "Arvioitavan verkoston nimi.",
        "en": "The name of the network to assess.",
        "sv": "Namnet på nätverket som du bedömer.",
    },
    "help_opt_arvioi_vastaukset": {
        "fi": "Valmiit vastaukset (YAML/JSON tai aiempi vienti; - = vakiosyöte, jolloin mitään "
              "ei kysytä); niitä ei kysytä uudelleen.",
        "en": "Answers given in advance (YAML/JSON or an earlier export; - = standard input, "
              "and then nothing is asked); they are not asked again.",
        "sv": "Svar som du ger i förväg (YAML/JSON eller en tidigare export; - = "
              "standardinmatningen, och då ställs inga frågor); de frågorna ställs inte på "
              "nytt.",
    },
    "help_opt_arvioi_vie": {
        "fi": "Vie tulos JSON-tiedostoon (- = vakiotuloste).",
        "en": "Export the result to a JSON file (- = standard output).",
        "sv": "Exportera resultatet till en JSON-fil (- = standardutmatningen).",
    },
    "help_opt_arvioi_jatka": {
        "fi": "Jatka luonnosta (keskeytettyä arviointia) siitä, mihin se jäi.",
        "en": "Continue a draft (an interrupted assessment) where it stopped.",
        "sv": "Fortsätt med ett utkast (en avbruten bedömning) där du slutade.",
    },
    "help_opt_arvioi_ei_kysy": {
        "fi": "Älä kysy mitään: puuttuva vastaus on virhe (koodi 2).",
        "en": "Ask nothing: a missing answer is an error (code 2).",
        "sv": "Ställ inga frågor: ett svar som saknas är ett fel (kod 2).",
    },
    "help_opt_arvioi_ei_tallenna": {
        "fi": "Älä tallenna arviota historiaan äläkä vastauksia luonnokseksi.",
        "en": "Do not keep the assessment in the history, nor the answers as a draft.",
        "sv": "Spara inte bedömningen i historiken och inte heller svaren som utkast.",
    },
    "help_examples_arvioi": {
        "fi": "verkosto arvioi --verkosto \"Lastensuojelun verkosto\"\nverkosto arvioi --jatka",
        "en": "verkosto arvioi --network \"Child welfare network\" --lang en\n"
              "verkosto arvioi --resume --lang en",
        "sv": "verkosto arvioi --verkosto \"Nätverket för barnskydd\" --kieli sv\nverkosto arvioi "
              "--jatka --kieli sv",
    },
    "help_cmd_tarkista": {
        "fi": "Tarkista kysymystiedosto ja luettele kaikki sen virheet kerralla.",
        "en": "Check a questions file and list all its errors at once.",
        "sv": "Granska en frågefil och lista alla fel i den på en gång.",
    },
    "help_opt_tarkista_tiedosto": {
        "fi": "Tarkistettava kysymystiedosto (oletus: mukana tuleva).",
        "en": "The questions file to check (default: the bundled one).",
        "sv": "Frågefilen som ska granskas (standard: den medföljande).",
    },
    "help_examples_tarkista": {
        "fi": "verkosto tarkista oma.yaml",
        "en": "verkosto tarkista my-questions.yaml --lang en",
        "sv": "verkosto tarkista egna-fragor.yaml --kieli sv",
    },
    "help_cmd_kysymykset": {
        "fi": "Näytä kysymyssarja taulukkona (tai JSON-muodossa).",
        "en": "Show the questions as a table (or as JSON).",
        "sv": "Visa frågorna som en tabell (eller i JSON-format).",
    },
    "help_opt_kysymykset_as_json": {
        "fi": "Tulosta kysymykset JSON-muodossa.",
        "en": "Print the questions as JSON.",
        "sv": "Skriv ut frågorna i JSON-format.",
    },
    "help_examples_kysymykset": {
        "fi": "verkosto kysymykset\nverkosto kysymykset --json > kysymykset.json",
        "en": "verkosto kysymykset --lang en\nverkosto kysymykset --json > questions.json",
        "sv": "verkosto kysymykset --kieli sv\nverkosto kysymykset --json > fragor.json",
    },
    "help_cmd_historia": {
        "fi": "Näytä tallennetut arviot uusin ensin ja verkostojen kehitys.",
        "en": "Show the stored assessments, newest first, and how each network has changed.",
        "sv": "Visa de sparade bedömningarna, nyast först, och hur varje nätverk har "
              "utvecklats.",
    },
    "help_opt_historia_vie": {
        "fi": "Vie koko historia JSON Lines -tiedostoon (- = vakiotuloste).",
        "en": "Export the whole history to a JSON Lines file (- = standard output).",
        "sv": "Exportera hela historiken till en JSON Lines-fil (- = standardutmatningen).",
    },
    "help_opt_historia_kaikki": {
        "fi": "Näytä kaikki arviot (oletuksena 20 uusinta).",
        "en": "Show every assessment (by default the newest 20).",
        "sv": "Visa alla bedömningar (som standard de 20 nyaste).",
    },
    "help_examples_historia": {
        "fi": "verkosto historia --verkosto \"Lastensuojelun verkosto\"\n"
              "verkosto historia --vie historia.jsonl",
        "en": "verkosto historia --network \"Child welfare network\" --lang en\n"
              "verkosto historia --export history.jsonl",
        "sv": "verkosto historia --verkosto \"Nätverket för barnskydd\" --kieli sv\nverkosto "
              "historia --vie historik.jsonl --kieli sv",
    },
    "help_cmd_vertaa": {
        "fi": "Vertaa kahta arviota: ulottuvuudet, tunnit, tasapaino, suositus ja muuttuneet "
              "vastaukset.",
        "en": "Compare two assessments: dimensions, hours, balance, recommendation and the "
              "answers that changed.",
        "sv": "Jämför två bedömningar: områden, timmar, balans, rekommendation och de svar som har "
              "ändrats.",
    },
    "help_opt_vertaa_a": {
        "fi": "Aiempi arvio: tallennetun arvion numero tai JSON-vientitiedosto (polussa / tai "
              "pääte .json; oletus: verkoston toiseksi viimeisin).",
        "en": "The earlier assessment: a stored assessment's number or a JSON export file "
              "(with / in the path or ending in .json; default: the network's second latest).",
        "sv": "Den tidigare bedömningen: numret på en sparad bedömning eller en JSON-exportfil "
              "(med / i sökvägen eller filändelsen .json; standard: nätverkets näst senaste).",
    },
    "help_opt_vertaa_b": {
        "fi": "Myöhempi arvio: numero tai JSON-vientitiedosto (oletus: verkoston viimeisin).",
        "en": "The later assessment: a number or a JSON export file (default: the network's "
              "latest).",
        "sv": "Den senare bedömningen: ett nummer eller en JSON-exportfil (standard: nätverkets "
              "senaste).",
    },
    "help_examples_vertaa": {
        "fi": "verkosto vertaa --verkosto \"Lastensuojelun verkosto\"\nverkosto vertaa 3 5",
        "en": "verkosto vertaa --network \"Child welfare network\" --lang en\n"
              "verkosto vertaa 3 5 --lang en",
        "sv": "verkosto vertaa --verkosto \"Nätverket för barnskydd\" --kieli sv\nverkosto vertaa "
              "3 5 --kieli sv",
    },
    "help_cmd_yhteenveto": {
        "fi": "Näytä kaikki verkostosi viimeisimmän arvion mukaan, tunnit yhteensä ja mitä "
              "keventää.",
        "en": "Show all your networks by their latest assessment, the hours in total and "
              "what to scale back.",
        "sv": "Visa alla dina nätverk enligt den senaste bedömningen, timmarna sammanlagt och var "
              "du kan minska ditt deltagande.",
    },
    "help_examples_yhteenveto": {
        "fi": "verkosto yhteenveto\nverkosto yhteenveto --json",
        "en": "verkosto yhteenveto --lang en\nverkosto yhteenveto --json",
        "sv": "verkosto yhteenveto --kieli sv\nverkosto yhteenveto --json",
    },
    "help_cmd_raportti": {
        "fi": "Tee yhdestä arviosta raportti esihenkilölle tai järjestölle (Markdown, HTML tai "
              "teksti).",
        "en": "Make a report of one assessment for your supervisor or the organisation (Markdown, "
              "HTML or text).",
        "sv": "Gör en rapport av en bedömning till din chef eller organisationen (Markdown, HTML "
              "eller text).",
    },
    "help_opt_raportti_tiedosto": {
        "fi": "Tallennetun arvion numero tai JSON-vientitiedosto (polussa / tai pääte .json; "
              "tiedosto nimeltä 1: ./1).",
        "en": "A stored assessment's number or a JSON export file (with / in the path or "
              "ending in .json; a file named 1: ./1).",
        "sv": "Numret på en sparad bedömning eller en JSON-exportfil (med / i sökvägen eller "
              "filändelsen .json; en fil som heter 1: ./1).",
    },
    "help_opt_raportti_viimeisin": {
        "fi": "Tee raportti viimeisimmästä tallennetusta arviosta (rajaa tarvittaessa "
              "valitsimella --verkosto).",
        "en": "Report on the latest stored assessment (narrow it down with --network if "
              "needed).",
        "sv": "Gör en rapport av den senaste sparade bedömningen (avgränsa vid behov med "
              "--verkosto).",
    },
    "help_opt_raportti_muoto": {
        "fi": "Raportin muoto: md (oletus), html tai txt.",
        "en": "The report's format: md (the default), html or txt.",
        "sv": "Rapportens format: md (standard), html eller txt.",
    },
    "help_opt_raportti_vie": {
        "fi": "Kirjoita raportti tiedostoon (- = vakiotuloste, joka on myös oletus).",
        "en": "Write the report to a file (- = standard output, also the default).",
        "sv": "Skriv rapporten till en fil (- = standardutmatningen, som också används om du inte "
              "anger något).",
    },
    "help_opt_raportti_output": {
        "fi": "Valitsimen --vie aiempi nimi; toimii yhä samoin.",
        "en": "The earlier name of --export; still works the same.",
        "sv": "Det tidigare namnet på --vie; fungerar fortfarande likadant.",
    },
    "help_opt_raportti_mukaan_vapaa_sana": {
        "fi": "Ota vapaan sanan vastaus mukaan raporttiin. Oletuksena raportti kertoo vain, "
              "että vastaus on kirjattu.",
        "en": "Put the free-text note in the report. By default the report only says that a "
              "note was written.",
        "sv": "Ta med det du skrev under Övriga kommentarer i rapporten. Som standard säger "
              "rapporten bara att en kommentar har skrivits.",
    },
    "help_examples_raportti": {
        "fi": "verkosto raportti --viimeisin\nverkosto raportti 3 --muoto html --vie "
              "raportti.html",
        "en": "verkosto raportti --latest --lang en\nverkosto raportti 3 --format html "
              "--export report.html",
        "sv": "verkosto raportti --viimeisin --kieli sv\nverkosto raportti 3 --muoto html --vie "
              "rapport.html --kieli sv",
    },
    "help_cmd_poista": {
        "fi": "Poista yksi arvio tai kaikki arviot pysyvästi historiasta.",
        "en": "Delete one assessment or all of them from the history for good.",
        "sv": "Ta bort en bedömning eller alla bedömningar permanent ur historiken.",
    },
    "help_opt_poista_tunnus": {
        "fi": "Poistettavan arvion numero (verkosto historia).",
        "en": "The number of the assessment to delete (see verkosto historia).",
        "sv": "Numret på bedömningen som ska tas bort (se verkosto historia).",
    },
    "help_opt_poista_kaikki": {
        "fi": "Poista kaikki tallennetut arviot.",
        "en": "Delete all stored assessments.",
        "sv": "Ta bort alla sparade bedömningar.",
    },
    "help_opt_poista_kylla": {
        "fi": "Älä kysy vahvistusta.",
        "en": "Do not ask to confirm.",
        "sv": "Be inte om bekräftelse.",
    },
    "help_examples_poista": {
        "fi": "verkosto poista 3\nverkosto poista --kaikki",
        "en": "verkosto poista 3 --lang en\nverkosto poista --all --lang en",
        "sv": "verkosto poista 3 --kieli sv\nverkosto poista --kaikki --kieli sv",
    },
    "help_cmd_kooste": {
        "fi": "Kokoa monen vastaajan viennit verkostoittain järjestön päätöksiä varten.",
        "en": "Gather many respondents' exports network by network for the organisation's "
              "decisions.",
        "sv": "Sammanställ många svarandes exporter nätverk för nätverk som underlag för "
              "organisationens beslut.",
    },
    "help_opt_kooste_polut": {
        "fi": "Vientitiedostoja tai kansioita (kansioista luetaan *.json alikansioineen); - "
              "lukee polkujen luettelon vakiosyötteestä, yksi riviä kohden.",
        "en": "Export files or folders (*.json is read from folders and their subfolders); "
              "- reads a list of paths from standard input, one per line.",
        "sv": "Exportfiler eller mappar (i mappar läses *.json, också i undermappar); - läser en "
              "lista med sökvägar från standardinmatningen, en per rad.",
    },
    "help_opt_kooste_as_json": {
        "fi": "Tulosta JSON-muodossa (sama kuin --muoto json).",
        "en": "Print as JSON (the same as --format json).",
        "sv": "Skriv ut i JSON-format (samma som --muoto json).",
    },
    "help_opt_kooste_muoto": {
        "fi": "Tulostusmuoto: taulukko (oletus), json tai csv.",
        "en": "Output format: table (the default), json or csv.",
        "sv": "Format: table (en tabell, standard), json eller csv.",
    },
    "help_opt_kooste_vie": {
        "fi": "Kirjoita kooste tiedostoon (- = vakiotuloste).",
        "en": "Write the aggregate to a file (- = standard output).",
        "sv": "Skriv sammanställningen till en fil (- = standardutmatningen).",
    },
    "help_examples_kooste": {
        "fi": "verkosto kooste vastaukset/\nverkosto kooste vastaukset/ --muoto csv --vie "
              "kooste.csv",
        "en": "verkosto kooste answers/ --lang en\nverkosto kooste answers/ --format csv "
              "--export aggregate.csv --lang en",
        "sv": "verkosto kooste svar/ --kieli sv\nverkosto kooste svar/ --muoto csv --vie "
              "sammanstallning.csv --kieli sv",
    },
    "help_cmd_selain": {
        "fi": "Arvioi verkosto selaimessa: sivut tulevat tältä koneelta (127.0.0.1), eivätkä "
              "vastaukset lähde koneelta minnekään.\n\nVastaukset tallennetaan luonnokseksi "
              "jokaisen sivun jälkeen, kuten verkosto arvioi tekee, ja valmis arvio historiaan.",
        "en": "Assess a network in your browser: the pages come from this computer "
              "(127.0.0.1), and the answers never leave it.\n\nThe answers are saved as a draft "
              "after every page, as verkosto arvioi does, and the finished assessment in the "
              "history.",
        "sv": "Bedöm ett nätverk i webbläsaren: sidorna kommer från den här datorn "
              "(127.0.0.1), och svaren lämnar den aldrig.\n\nSvaren sparas som utkast efter "
              "varje sida, som verkosto arvioi gör, och den färdiga bedömningen i historiken.",
    },
    "help_opt_selain_ei_avaa": {
        "fi": "Älä avaa selainta; tulosta vain osoite, jonka voit avata itse.",
        "en": "Do not open a browser; only print the address for you to open.",
        "sv": "Öppna inte webbläsaren; skriv bara ut adressen som du kan öppna själv.",
    },
    "help_opt_selain_odota": {
        "fi": "Lopeta, kun selainarviointia ei ole käytetty näin moneen minuuttiin "
              "(oletus 30).",
        "en": "Stop when the browser assessment has not been used for this many minutes "
              "(default 30).",
        "sv": "Avsluta när bedömningen i webbläsaren inte har använts på så här många minuter "
              "(standard 30).",
    },
    "help_examples_selain": {
        "fi": "verkosto selain\nverkosto selain --jatka --verkosto \"Lastensuojelun verkosto\"",
        "en": "verkosto selain --lang en\nverkosto selain --resume --network \"Child welfare "
              "network\" --lang en",
        "sv": "verkosto selain --kieli sv\nverkosto selain --jatka --verkosto \"Nätverket för "
              "barnskydd\" --kieli sv",
    },
    "help_cmd_lomake": {
        "fi": "Kirjoita arvio yhdeksi HTML-tiedostoksi, joka toimii millä tahansa selaimella "
              "ilman asennuksia ja verkkoyhteyttä; vastaukset eivät lähde koneelta.",
        "en": "Write the assessment as one HTML file that works in any browser with nothing to "
              "install and no network; the answers never leave the machine.",
        "sv": "Skriv bedömningen som en HTML-fil som fungerar i vilken webbläsare som helst "
              "utan installation och utan nätverk; svaren lämnar aldrig datorn.",
    },
    "help_opt_lomake_vie": {
        "fi": "Tiedosto, johon lomake kirjoitetaan (- = vakiotuloste, ei päätteelle).",
        "en": "The file to write the form to (- = standard output, not a terminal).",
        "sv": "Filen som formuläret skrivs till (- = standardutmatningen, inte en terminal).",
    },
    "help_opt_lomake_pyodide": {
        "fi": "Purettu Pyodide-npm-paketti (esimerkiksi node_modules/pyodide); ilman tätä "
              "käytetään tallennettua tai haetaan kerran npm-rekisteristä "
              "(VERKOSTO_PYODIDE_URL = oma peilipalvelin).",
        "en": "An unpacked Pyodide npm package (node_modules/pyodide, say); without it the "
              "kept copy is used, or it is fetched once from the npm registry "
              "(VERKOSTO_PYODIDE_URL = your own mirror).",
        "sv": "Ett uppackat Pyodide-npm-paket (till exempel node_modules/pyodide); utan det "
              "används den sparade kopian eller så hämtas det en gång från npm-registret "
              "(VERKOSTO_PYODIDE_URL = er egen spegelserver).",
    },
    "help_opt_lomake_kieli": {
        "fi": "Kieli, jolla lomake alkaa ja komento kertoo tekemisistään: fi (oletus), en tai "
              "sv. Vastaaja voi vaihtaa lomakkeen kielen sen aloitussivulla.",
        "en": "The language the form starts in and this command speaks: fi (the default), en "
              "or sv. The person answering can change the form's language on its start page.",
        "sv": "Språket som formuläret börjar på och som kommandot använder: fi (standard), en "
              "eller sv. Den som svarar kan byta formulärets språk på startsidan.",
    },
    "help_examples_lomake": {
        "fi": "verkosto lomake -o lomake.html\nverkosto lomake -o lomake.html --kysymykset "
              "oma.yaml --pyodide node_modules/pyodide",
        "en": "verkosto lomake -o form.html --lang en\nverkosto lomake -o form.html "
              "--questions own.yaml --pyodide node_modules/pyodide --lang en",
        "sv": "verkosto lomake -o formular.html --kieli sv\nverkosto lomake -o formular.html "
              "--kysymykset egen.yaml --pyodide node_modules/pyodide --kieli sv",
    },
}
