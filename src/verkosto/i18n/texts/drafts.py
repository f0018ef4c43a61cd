"""Drafts and stopping: unfinished assessments, Ctrl-C and end of input.

Also the earlier assessment that `arvioi` offers as defaults.

Pure data: no I/O, no functions. Each key holds both languages side by side.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "interrupted": {
        "fi": "Keskeytetty.",
        "en": "Interrupted.",
        "sv": "Avbrutet.",
    },
    "interrupted_unsaved": {
        "fi": "Keskeytetty. Vastauksia ei tallennettu.",
        "en": "Interrupted. No answers were saved.",
        "sv": "Avbrutet. Svaren sparades inte.",
    },
    "interrupted_stored": {
        "fi": "Keskeytetty. Arvio oli jo tallennettu historiaan (verkosto historia).",
        "en": "Interrupted. The assessment had already been stored in the history "
              "(verkosto historia).",
        "sv": "Avbrutet. Bedömningen hade redan sparats i historiken (verkosto historia).",
    },
    "input_ended": {
        "fi": "Syöte loppui ennen kuin kaikkiin kysymyksiin vastattiin "
              "(seuraavana olisi ollut kysymys \"{question_fi}\").",
        "en": "Input ended before all questions were answered "
              "(next would have been the question \"{question_en}\").",
        "sv": "Inmatningen tog slut innan alla frågor var besvarade (nästa skulle ha varit frågan "
              "\"{question_sv}\").",
    },
    "draft_pick_help": {
        "fi": "Kirjoita sen luonnoksen numero (1–{count}), jota haluat jatkaa.",
        "en": "Type the number (1–{count}) of the draft you want to continue.",
        "sv": "Skriv numret (1–{count}) på det utkast som du vill fortsätta med.",
    },
    "draft_continue_help": {
        "fi": "Enter tai k jatkaa luonnosta siitä, mihin se jäi; e aloittaa alusta, ja "
              "luonnos korvataan ensimmäisen vastauksen jälkeen.",
        "en": "Enter or y continues the draft where it stopped; n starts afresh, and the "
              "draft is replaced after the first answer.",
        "sv": "Med Enter eller j fortsätter du där du slutade; med n börjar du om från början, och "
              "utkastet ersätts efter det första svaret.",
    },
    "interrupted_kept": {
        "fi": "Keskeytetty. {count} vastausta on tallessa.",
        "en": "Interrupted. {count} answers are saved.",
        "sv": "Avbrutet. {count} svar har sparats.",
    },
    "interrupted_kept_one": {
        "fi": "Keskeytetty. 1 vastaus on tallessa.",
        "en": "Interrupted. 1 answer is saved.",
        "sv": "Avbrutet. 1 svar har sparats.",
    },
    "resume_hint": {
        "fi": "Jatka: {command}",
        "en": "Continue: {command}",
        "sv": "Fortsätt: {command}",
    },
    "input_ended_network": {
        "fi": "Syöte loppui ennen kuin verkoston nimi annettiin. Anna nimi valitsimella "
              "--verkosto NIMI.",
        "en": "Input ended before a network name was given. Give it with --network NAME.",
        "sv": "Inmatningen tog slut innan nätverkets namn angavs. Ange namnet med --verkosto NAMN.",
    },
    "input_ended_draft": {
        "fi": "Syöte loppui ennen kuin luonnoksesta päätettiin; luonnos säilyy ennallaan.",
        "en": "Input ended before deciding about the draft; the draft is kept as it was.",
        "sv": "Inmatningen tog slut innan du hann bestämma vad som ska hända med utkastet; "
              "utkastet finns kvar som det var.",
    },
    "interrupted_draft_kept": {
        "fi": "Keskeytetty. Luonnos säilyy ennallaan.",
        "en": "Interrupted. The draft is kept as it was.",
        "sv": "Avbrutet. Utkastet finns kvar som det var.",
    },
    "input_ended_review": {
        "fi": "Syöte loppui kesken vastausten tarkistuksen.",
        "en": "Input ended during the answer review.",
        "sv": "Inmatningen tog slut medan du granskade svaren.",
    },
    "kept_draft": {
        "fi": "{count} vastausta on tallessa luonnoksena. Jatka: {command}",
        "en": "{count} answers are saved as a draft. Continue: {command}",
        "sv": "{count} svar har sparats som utkast. Fortsätt: {command}",
    },
    "kept_draft_one": {
        "fi": "1 vastaus on tallessa luonnoksena. Jatka: {command}",
        "en": "1 answer is saved as a draft. Continue: {command}",
        "sv": "1 svar har sparats som utkast. Fortsätt: {command}",
    },
    "draft_save_failed": {
        "fi": "Luonnosta ei voitu tallentaa ({reason}); jos keskeytät, vastaukset katoavat.",
        "en": "The draft could not be saved ({reason}); if you stop now, the answers are lost.",
        "sv": "Utkastet kunde inte sparas ({reason}); om du avbryter nu går svaren förlorade.",
    },
    "draft_exists_not_asked": {
        "fi": "Verkoston {network} luonnosta ei korvata, eikä tämän kerran vastauksia tallenneta "
              "luonnokseksi. Jatka luonnosta komennolla: {command}",
        "en": "The draft assessment of {network} is not replaced, and this run's answers are not "
              "saved as a draft. Continue the draft with: {command}",
        "sv": "Utkastet för nätverket {network} ersätts inte, och svaren från den här gången "
              "sparas inte som utkast. Fortsätt med utkastet: {command}",
    },
    "draft_damaged": {
        "fi": "Luonnostiedostoa {path} ei voi lukea; se korvataan.",
        "en": "The draft file {path} cannot be read; it will be replaced.",
        "sv": "Utkastfilen {path} kan inte läsas; den ersätts.",
    },
    "draft_set_aside": {
        "fi": "Luonnostiedostoa {path} ei voi lukea. Se siirrettiin sivuun nimellä {aside}, "
              "ja arviointi alkaa alusta.",
        "en": "The draft file {path} cannot be read. It was set aside as {aside}, and the "
              "assessment starts afresh.",
        "sv": "Utkastfilen {path} kan inte läsas. Den flyttades undan med namnet {aside}, och "
              "bedömningen börjar från början.",
    },
    "draft_changed": {
        "fi": "Kysymystiedosto on muuttunut luonnoksen tallentamisen jälkeen. "
              "Nämä vastaukset eivät enää sovi, ja ne kysytään uudelleen: {ids}",
        "en": "The questions file has changed since the draft was saved. "
              "These answers no longer fit and will be asked again: {ids}",
        "sv": "Frågefilen har ändrats sedan utkastet sparades. De här svaren passar inte längre, "
              "och frågorna ställs på nytt: {ids}",
    },
    "draft_changed_all_fit": {
        "fi": "Kysymystiedosto on muuttunut luonnoksen tallentamisen jälkeen; "
              "kaikki vastaukset sopivat yhä.",
        "en": "The questions file has changed since the draft was saved; "
              "all answers still fit.",
        "sv": "Frågefilen har ändrats sedan utkastet sparades; alla svar passar fortfarande.",
    },
    "draft_continued": {
        "fi": "Jatketaan verkoston {network} arviointia luonnoksesta ({count} vastausta).",
        "en": "Continuing the assessment of {network} from its draft ({count} answers).",
        "sv": "Bedömningen av nätverket {network} fortsätter från utkastet ({count} svar).",
    },
    "draft_continued_one": {
        "fi": "Jatketaan verkoston {network} arviointia luonnoksesta (1 vastaus).",
        "en": "Continuing the assessment of {network} from its draft (1 answer).",
        "sv": "Bedömningen av nätverket {network} fortsätter från utkastet (1 svar).",
    },
    "no_drafts": {
        "fi": "Keskeneräisiä arviointeja (luonnoksia) ei ole. Aloita uusi arviointi: verkosto "
              "arvioi",
        "en": "There are no unfinished assessments (drafts). Start a new assessment: verkosto "
              "arvioi",
        "sv": "Det finns inga ofärdiga bedömningar (utkast). Börja en ny bedömning: verkosto "
              "arvioi",
    },
    "no_draft_for": {
        "fi": "Verkoston {network} arvioinnista ei ole luonnosta. Aloita uusi arviointi: "
              "verkosto arvioi --verkosto {network}",
        "en": "There is no draft assessment of {network}. Start a new one: verkosto arvioi "
              "--network {network}",
        "sv": "Det finns inget utkast till en bedömning av nätverket {network}. Börja en ny "
              "bedömning: verkosto arvioi --verkosto {network}",
    },
    "drafts_choose": {
        "fi": "Luonnoksia on useita ({networks}); kerro jatkettava valitsimella --verkosto NIMI.",
        "en": "There are several drafts ({networks}); name the one to continue with --network "
              "NAME.",
        "sv": "Det finns flera utkast ({networks}); ange med --verkosto NAMN vilket du vill "
              "fortsätta med.",
    },
    "draft_unreadable": {
        "fi": "Luonnostiedostoa {path} ei voi lukea.",
        "en": "The draft file {path} cannot be read.",
        "sv": "Utkastfilen {path} kan inte läsas.",
    },
    "draft_questions_missing": {
        "fi": "Luonnos on tehty kysymystiedostolla {path}, jota ei enää löydy. Anna "
              "kysymystiedosto valitsimella --kysymykset TIEDOSTO.",
        "en": "The draft was made with the questions file {path}, which no longer exists. Give a "
              "questions file with --questions FILE.",
        "sv": "Utkastet gjordes med frågefilen {path}, som inte längre finns. Ange en frågefil med "
              "--kysymykset FIL.",
    },
    "draft_found": {
        "fi": "Verkoston {network} arvioinnista on luonnos: {count} vastausta, tallennettu "
              "{saved}.",
        "en": "There is a draft assessment of {network}: {count} answers, saved {saved}.",
        "sv": "Det finns ett utkast till en bedömning av nätverket {network}: {count} svar, sparat "
              "{saved}.",
    },
    "draft_found_one": {
        "fi": "Verkoston {network} arvioinnista on luonnos: 1 vastaus, tallennettu {saved}.",
        "en": "There is a draft assessment of {network}: 1 answer, saved {saved}.",
        "sv": "Det finns ett utkast till en bedömning av nätverket {network}: 1 svar, sparat "
              "{saved}.",
    },
    "draft_continue": {
        "fi": "Jatketaanko luonnosta? (K = jatka, e = aloita alusta ja korvaa luonnos) [K/e]:",
        "en": "Continue the draft? (Y = continue, n = start over and replace it) [Y/n]:",
        "sv": "Vill du fortsätta med utkastet? (J = fortsätt, n = börja om och ersätt utkastet) "
              "[J/n]:",
    },
    "draft_continue_kept": {
        "fi": "Jatketaanko luonnosta? (K = jatka, e = aloita alusta; luonnos säilyy) [K/e]:",
        "en": "Continue the draft? (Y = continue, n = start over; the draft is kept) [Y/n]:",
        "sv": "Vill du fortsätta med utkastet? (J = fortsätt, n = börja om; utkastet finns kvar) "
              "[J/n]:",
    },
    "draft_continue_kept_help": {
        "fi": "Enter tai k jatkaa luonnosta siitä, mihin se jäi; e aloittaa alusta. "
              "Luonnosta ei korvata, koska --ei-tallenna on käytössä.",
        "en": "Enter or y continues the draft where it stopped; n starts afresh. The draft "
              "is not replaced, because --no-save is on.",
        "sv": "Med Enter eller j fortsätter du där du slutade; med n börjar du om från början. "
              "Utkastet ersätts inte, eftersom --ei-tallenna används.",
    },
    "draft_yes_no": {"fi": "vastaa k tai e", "en": "answer y or n", "sv": "svara j eller n"},
    "drafts_heading": {"fi": "Luonnokset:", "en": "Drafts:", "sv": "Utkast:"},
    "draft_row": {
        "fi": "{network} – {count} vastausta, tallennettu {saved}",
        "en": "{network} – {count} answers, saved {saved}",
        "sv": "{network} – {count} svar, sparat {saved}",
    },
    "draft_row_one": {
        "fi": "{network} – 1 vastaus, tallennettu {saved}",
        "en": "{network} – 1 answer, saved {saved}",
        "sv": "{network} – 1 svar, sparat {saved}",
    },
    "draft_pick": {
        "fi": "Mitä luonnosta jatkat? (1–{count}):",
        "en": "Which draft do you want to continue? (1–{count}):",
        "sv": "Vilket utkast vill du fortsätta med? (1–{count}):",
    },
    "draft_pick_invalid": {
        "fi": "kirjoita numero 1–{count}",
        "en": "type a number 1–{count}",
        "sv": "skriv ett nummer 1–{count}",
    },
    "previous_assessment": {
        "fi": "Edellinen arvio tehtiin {date} (suositus: {verdict}).",
        "en": "The previous assessment was made on {date} (recommendation: {verdict}).",
        "sv": "Den förra bedömningen gjordes {date} (rekommendation: {verdict}).",
    },
    "previous_review_due": {
        "fi": "Seuraavan arvioinnin aika oli {date}, joten nyt on hyvä hetki arvioida uudelleen.",
        "en": "Its next review was due on {date}, so now is a good time to re-evaluate.",
        "sv": "Nästa bedömning var planerad till {date}, så nu är ett bra tillfälle att göra en ny "
              "bedömning.",
    },
    "previous_review_ahead": {
        "fi": "Sen seuraava arviointi olisi vasta {date}.",
        "en": "Its next review would not be due until {date}.",
        "sv": "Nästa bedömning är planerad först till {date}.",
    },
    "previous_defaults": {
        "fi": "Aiemmat vastaukset näkyvät oletuksina: Enter säilyttää vastauksen.",
        "en": "Your earlier answers are shown as defaults: Enter keeps an answer.",
        "sv": "Dina tidigare svar visas som förval: Enter behåller svaret.",
    },
}
