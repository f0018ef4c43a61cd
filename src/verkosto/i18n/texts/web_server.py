"""`verkosto selain`: the address to open, how the server stops, and the pages it refuses.

Pure data: no I/O, no functions. Each key holds every language side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "web_address": {
        "fi": "Arviointi avautuu selaimeen. Jos se ei avaudu, avaa tämä osoite selaimessa:",
        "en": "The assessment opens in your browser. If it does not, open this address in "
              "your browser:",
        "sv": "Bedömningen öppnas i webbläsaren. Om den inte öppnas, öppna den här adressen i "
              "webbläsaren:",
    },
    "web_address_no_open": {
        "fi": "Avaa tämä osoite selaimessa:",
        "en": "Open this address in your browser:",
        "sv": "Öppna den här adressen i webbläsaren:",
    },
    "web_address_once": {
        "fi": "Osoite toimii vain kerran ja vain tällä koneella. Vastaukset tallentuvat "
              "luonnokseksi jokaisen sivun jälkeen. Selainarviointi päättyy, kun arvio on "
              "tallennettu, kun sitä ei ole käytetty {count} minuuttiin tai kun painat Ctrl-C.",
        "en": "The address works once and only on this computer. The answers are saved as a "
              "draft after every page. The browser assessment ends when the assessment is "
              "stored, when it has not been used for {count} minutes, or when you press "
              "Ctrl-C.",
        "sv": "Adressen fungerar en gång och bara på den här datorn. Svaren sparas som utkast "
              "efter varje sida. Bedömningen i webbläsaren avslutas när den har sparats, när "
              "den inte har använts på {count} minuter eller när du trycker på Ctrl-C.",
    },
    "web_address_once_one": {
        "fi": "Osoite toimii vain kerran ja vain tällä koneella. Vastaukset tallentuvat "
              "luonnokseksi jokaisen sivun jälkeen. Selainarviointi päättyy, kun arvio on "
              "tallennettu, kun sitä ei ole käytetty minuuttiin tai kun painat Ctrl-C.",
        "en": "The address works once and only on this computer. The answers are saved as a "
              "draft after every page. The browser assessment ends when the assessment is "
              "stored, when it has not been used for a minute, or when you press Ctrl-C.",
        "sv": "Adressen fungerar en gång och bara på den här datorn. Svaren sparas som utkast "
              "efter varje sida. Bedömningen i webbläsaren avslutas när den har sparats, när "
              "den inte har använts på en minut eller när du trycker på Ctrl-C.",
    },
    "web_no_server": {
        "fi": "Selainarviointia ei voitu aloittaa: tällä koneella ei saatu avattua "
              "osoitetta 127.0.0.1 ({reason}). Arvioi komentoikkunassa: verkosto arvioi",
        "en": "The browser assessment could not start: the address 127.0.0.1 could not be "
              "opened on this computer ({reason}). Assess in the command window: verkosto arvioi",
        "sv": "Bedömningen i webbläsaren kunde inte starta: adressen 127.0.0.1 kunde inte "
              "öppnas på den här datorn ({reason}). Bedöm i kommandofönstret: verkosto arvioi",
    },
    "web_idle_stopped": {
        "fi": "Selainarviointi päättyi, koska sitä ei käytetty {count} minuuttiin.",
        "en": "The browser assessment ended because it was not used for {count} minutes.",
        "sv": "Bedömningen i webbläsaren avslutades eftersom den inte användes på {count} "
              "minuter.",
    },
    "web_idle_stopped_one": {
        "fi": "Selainarviointi päättyi, koska sitä ei käytetty minuuttiin.",
        "en": "The browser assessment ended because it was not used for a minute.",
        "sv": "Bedömningen i webbläsaren avslutades eftersom den inte användes på en minut.",
    },
    "web_stored": {
        "fi": "Arvio on tallennettu historiaan (verkosto historia). Voit sulkea tämän "
              "välilehden.",
        "en": "The assessment is stored in the history (verkosto historia). You can close "
              "this tab.",
        "sv": "Bedömningen har sparats i historiken (verkosto historia). Du kan stänga den här "
              "fliken.",
    },
    "web_store_failed": {
        "fi": "Arviota ei voitu tallentaa. Syy näkyy komentoikkunassa, jossa käynnistit "
              "verkosto selain -komennon.",
        "en": "The assessment could not be stored. The reason is shown in the command window "
              "where you started verkosto selain.",
        "sv": "Bedömningen kunde inte sparas. Orsaken visas i kommandofönstret där du startade "
              "verkosto selain.",
    },
    "web_draft_title": {
        "fi": "Keskeneräinen arviointi",
        "en": "An unfinished assessment",
        "sv": "En bedömning som inte är klar",
    },
    "web_draft_continue": {
        "fi": "Jatka luonnosta",
        "en": "Continue the draft",
        "sv": "Fortsätt med utkastet",
    },
    "web_draft_afresh": {
        "fi": "Aloita alusta",
        "en": "Start afresh",
        "sv": "Börja om från början",
    },
    "web_draft_afresh_note": {
        "fi": "Jos aloitat alusta, luonnos korvataan ensimmäisen vastauksen jälkeen.",
        "en": "If you start afresh, the draft is replaced after the first answer.",
        "sv": "Om du börjar om från början ersätts utkastet efter det första svaret.",
    },
    "web_refused_title": {
        "fi": "Sivua ei näytetä",
        "en": "The page is not shown",
        "sv": "Sidan visas inte",
    },
    "web_refused_key": {
        "fi": "Tämä osoite on jo käytetty: se toimii vain kerran. Käynnistä verkosto selain "
              "uudelleen ja avaa sen antama uusi osoite.",
        "en": "This address has already been used: it works only once. Start verkosto selain "
              "again and open the new address it gives.",
        "sv": "Den här adressen har redan använts: den fungerar bara en gång. Starta verkosto "
              "selain på nytt och öppna den nya adressen som den ger.",
    },
    "web_refused_session": {
        "fi": "Arviointi näkyy vain selaimessa, jossa avasit verkosto selain -komennon antaman "
              "osoitteen. Avaa se osoite tai käynnistä verkosto selain uudelleen.",
        "en": "The assessment is shown only in the browser where you opened the address that "
              "verkosto selain gave. Open that address, or start verkosto selain again.",
        "sv": "Bedömningen visas bara i den webbläsare där du öppnade adressen som verkosto "
              "selain gav. Öppna den adressen eller starta verkosto selain på nytt.",
    },
    "web_refused_host": {
        "fi": "Arviointi näkyy vain tällä koneella osoitteessa, jonka verkosto selain antoi.",
        "en": "The assessment is shown only on this computer, at the address verkosto selain "
              "gave.",
        "sv": "Bedömningen visas bara på den här datorn, på adressen som verkosto selain gav.",
    },
    "web_refused_form": {
        "fi": "Lomaketta ei otettu vastaan, koska se ei tullut tämän arvioinnin sivulta. "
              "Palaa arviointiin ja lähetä sivu uudelleen.",
        "en": "The form was not accepted because it did not come from this assessment's page. "
              "Go back to the assessment and send the page again.",
        "sv": "Formuläret togs inte emot eftersom det inte kom från den här bedömningens sida. "
              "Gå tillbaka till bedömningen och skicka sidan på nytt.",
    },
    "web_not_found": {
        "fi": "Tällaista sivua ei ole.",
        "en": "There is no such page.",
        "sv": "Någon sådan sida finns inte.",
    },
    "web_method": {
        "fi": "Sivua voi vain avata tai lähettää lomakkeena.",
        "en": "The page can only be opened or sent as a form.",
        "sv": "Sidan kan bara öppnas eller skickas som ett formulär.",
    },
    "web_bad_request": {
        "fi": "Pyyntöä ei voitu lukea.",
        "en": "The request could not be read.",
        "sv": "Begäran kunde inte läsas.",
    },
    "web_internal_error": {
        "fi": "Sivua ei voitu näyttää sisäisen virheen vuoksi. Vastauksesi ovat tallessa "
              "luonnoksena.",
        "en": "The page could not be shown because of an internal error. Your answers are "
              "saved as a draft.",
        "sv": "Sidan kunde inte visas på grund av ett internt fel. Dina svar har sparats som "
              "utkast.",
    },
    "web_too_large": {
        "fi": "Lomake on liian suuri: enintään 64 kt.",
        "en": "The form is too large: 64 KB at most.",
        "sv": "Formuläret är för stort: högst 64 kB.",
    },
}
