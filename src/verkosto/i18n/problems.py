"""Problems in words: a located problem as one line, and parser messages in the person's words.

Pure wording and lookup, no I/O: the problem itself (key, parameters, file, line, id) is made
where it is found, as `verkosto.errors.Problem`.
"""

from __future__ import annotations

from verkosto.errors import Problem
from verkosto.i18n.catalog import t
from verkosto.i18n.texts import DEFAULT_LANGUAGE
from verkosto.safetext import visible

# The kind of value a problem says was expected ("wrong_type"), in the person's words.
EXPECTED: dict[str, dict[str, str]] = {
    "mapping": {"fi": "avain–arvo-rakenne", "en": "a mapping of keys to values",
                "sv": "en struktur med nycklar och värden"},
    "list": {"fi": "lista", "en": "a list", "sv": "en lista"},
    "text": {"fi": "tekstiä", "en": "text", "sv": "text"},
    "number": {"fi": "luku", "en": "a number", "sv": "ett tal"},
    "integer": {"fi": "kokonaisluku", "en": "a whole number", "sv": "ett heltal"},
    "true/false": {"fi": "true tai false", "en": "true or false", "sv": "true eller false"},
}


# Problems whose `detail` is a JSON or YAML parser's English message.
SYNTAX_KEYS = frozenset({"answers_json_syntax", "yaml_syntax"})
# Where in a file a problem is: the word for each kind of place.
_KIND_KEYS = {"answer": "kind_answer", "change": "kind_change", "dimension": "kind_dimension",
              "outcome": "kind_outcome", "question": "kind_question", "reason": "kind_reason",
              "recommendation": "kind_recommendation", "scale": "kind_scale",
              "scoring": "kind_scoring"}

# What the parsers say (json.JSONDecodeError.msg, a YAML mark's problem), matched from the
# beginning, in the person's words; {0} is the character or name the parser quoted.
SYNTAX_DETAILS: tuple[tuple[str, dict[str, str]], ...] = (
    (r"Expecting value", {
        "fi": "tästä puuttuu arvo (luku, teksti lainausmerkeissä, true, false, null, lista "
              "tai olio), tai edellä on ylimääräinen pilkku",
        "en": "a value is missing here (a number, text in double quotes, true, false, null, "
              "a list or an object), or a comma before it is one too many",
        "sv": "här saknas ett värde (ett tal, text inom citattecken, true, false, null, en lista "
              "eller ett objekt), eller så finns det ett kommatecken för mycket före det"}),
    (r"Expecting property name enclosed in double quotes", {
        "fi": "tähän kuuluu avain lainausmerkeissä (\"avain\"), tai edellä on ylimääräinen "
              "pilkku",
        "en": "a key in double quotes (\"key\") belongs here, or a comma before it is one "
              "too many",
        "sv": "här ska det stå en nyckel inom citattecken (\"nyckel\"), eller så finns det ett "
              "kommatecken för mycket före den"}),
    (r"Expecting ',' delimiter", {
        "fi": "tästä puuttuu pilkku kahden kohdan välistä",
        "en": "a comma between two items is missing here",
        "sv": "här saknas ett kommatecken mellan två delar"}),
    (r"Expecting ':' delimiter", {
        "fi": "avaimen jälkeen puuttuu kaksoispiste",
        "en": "the colon after a key is missing",
        "sv": "kolonet efter en nyckel saknas"}),
    (r"Unterminated string", {
        "fi": "tähän alkava teksti ei pääty lainausmerkkiin",
        "en": "the text that starts here has no closing quote",
        "sv": "texten som börjar här slutar inte med ett citattecken"}),
    (r"Invalid control character", {
        "fi": "tekstissä on ohjausmerkki, kuten sarkain tai rivinvaihto; kirjoita se "
              "muodossa \\t tai \\n",
        "en": "the text holds a control character such as a tab or a line break; write it "
              "as \\t or \\n",
        "sv": "texten innehåller ett styrtecken, t.ex. en tabb eller en radbrytning; skriv det "
              "som \\t eller \\n"}),
    (r"Invalid \\uXXXX escape", {
        "fi": "virheellinen \\u-merkintä (pitää olla \\u ja neljä heksadesimaalimerkkiä)",
        "en": "an invalid \\u escape (it needs \\u and four hexadecimal digits)",
        "sv": "en ogiltig \\u-kod (den ska vara \\u och fyra hexadecimala tecken)"}),
    (r"Invalid \\escape", {
        "fi": "virheellinen kenoviivamerkintä tekstissä",
        "en": "an invalid backslash escape in the text",
        "sv": "en ogiltig kod med omvänt snedstreck i texten"}),
    (r"Extra data", {
        "fi": "JSON-arvon jälkeen on vielä jotain ylimääräistä",
        "en": "there is something more after the JSON value",
        "sv": "efter JSON-värdet finns det något mer"}),
    (r"Illegal trailing comma", {
        "fi": "ylimääräinen pilkku ennen sulkevaa merkkiä",
        "en": "a comma too many before the closing bracket",
        "sv": "ett kommatecken för mycket före det avslutande tecknet"}),
    (r"(NaN|-?Infinity)$", {
        "fi": "{0} ei ole luku, jonka JSON sallii",
        "en": "{0} is not a number JSON allows",
        "sv": "{0} är inte ett tal som JSON tillåter"}),
    (r"mapping values are not allowed here", {
        "fi": "kaksoispiste kohdassa, jossa sitä ei voi olla (laita lainausmerkkeihin teksti, "
              "jossa on ': ')",
        "en": "a colon where there can be none (put text that holds ': ' in quotes)",
        "sv": "ett kolon där det inte kan finnas något (sätt text som innehåller ': ' inom "
              "citattecken)"}),
    (r"expected <block end>", {
        "fi": "sisennys ei täsmää ympäröiviin riveihin",
        "en": "the indentation does not match the lines around it",
        "sv": "indraget stämmer inte med raderna runt omkring"}),
    (r"did not find expected key", {
        "fi": "tähän odotettiin avainta; tarkista sisennys",
        "en": "a key was expected here; check the indentation",
        "sv": "här väntades en nyckel; kontrollera indraget"}),
    (r"did not find expected '-' indicator", {
        "fi": "tähän odotettiin luettelon kohtaa (-); tarkista sisennys",
        "en": "a list item (-) was expected here; check the indentation",
        "sv": "här väntades en punkt i en lista (-); kontrollera indraget"}),
    (r"could not find expected ':'", {
        "fi": "avaimen jälkeen puuttuu kaksoispiste, tai sisennys ei täsmää",
        "en": "the colon after a key is missing, or the indentation does not match",
        "sv": "kolonet efter en nyckel saknas, eller så stämmer inte indraget"}),
    (r"found unexpected end of stream", {
        "fi": "tiedosto päättyi kesken (puuttuuko sulkeva lainausmerkki?)",
        "en": "the file ended too soon (is a closing quote missing?)",
        "sv": "filen tog slut för tidigt (saknas ett avslutande citattecken?)"}),
    (r"found character '\\t' that cannot start any token", {
        "fi": "sisennyksessä on sarkain; käytä välilyöntejä",
        "en": "the indentation holds a tab; use spaces",
        "sv": "indraget innehåller en tabb; använd mellanslag"}),
    (r"found character '(.+)' that cannot start any token", {
        "fi": "merkki {0} ei voi aloittaa arvoa; laita teksti lainausmerkkeihin",
        "en": "the character {0} cannot start a value; put the text in quotes",
        "sv": "tecknet {0} kan inte inleda ett värde; sätt texten inom citattecken"}),
    (r"expected ',' or '\]'", {
        "fi": "lista [ ] jää sulkematta, tai kohtien välistä puuttuu pilkku",
        "en": "a list [ ] is not closed, or a comma between its items is missing",
        "sv": "en lista [ ] har inte stängts, eller så saknas ett kommatecken mellan dess delar"}),
    (r"expected ',' or '\}'", {
        "fi": "aaltosulkeet { } jäävät sulkematta, tai kohtien välistä puuttuu pilkku",
        "en": "braces { } are not closed, or a comma between their items is missing",
        "sv": "klammerparenteser { } har inte stängts, eller så saknas ett kommatecken mellan "
              "delarna"}),
    (r"found undefined alias '?([^']*)'?", {
        "fi": "viittaus *{0} ankkuriin, jota ei ole",
        "en": "a reference *{0} to an anchor that does not exist",
        "sv": "en hänvisning *{0} till ett ankare som inte finns"}),
    (r"found unknown escape character", {
        "fi": "tuntematon kenoviivamerkintä lainausmerkeissä",
        "en": "an unknown backslash escape inside quotes",
        "sv": "en okänd kod med omvänt snedstreck inom citattecken"}),
)


def _fill_numbered(template: str, values: list[str]) -> str:
    import re

    def value(found: re.Match[str]) -> str:
        return values[int(found.group(1))]

    return re.sub(r"\{(\d)\}", value, template)


def syntax_detail(detail: str, lang: str) -> str:
    """Return a JSON or YAML parser's message in `lang`; one not known becomes a general hint."""
    import re

    for pattern, texts in SYNTAX_DETAILS:
        found = re.match(pattern, detail)
        if found is not None:
            template = texts.get(lang) or texts[DEFAULT_LANGUAGE]
            # Only {0}, {1}… are filled: the texts also show braces as themselves ("{ }").
            return _fill_numbered(template, [visible(g) for g in found.groups()])
    return t("syntax_unknown", lang)


def describe_problem(problem: Problem, lang: str) -> str:
    """Return one problem as a line naming the file, line and question or dimension id."""
    parts: list[str] = []
    if problem.file:
        parts.append(visible(problem.file))
    if problem.line:
        parts.append(f"{t('line', lang)} {problem.line}")
        if isinstance(problem.params.get("column"), int):
            parts.append(f"{t('column', lang)} {problem.params['column']}")
    if problem.kind:
        kind = t(_KIND_KEYS.get(problem.kind, problem.kind), lang)
        parts.append(f"{kind} '{visible(problem.ident)}'" if problem.ident else kind)
    params: dict[str, object] = {}
    for name, value in problem.params.items():
        if isinstance(value, (list, tuple)):
            params[name] = ", ".join(str(v) for v in value)
        elif name == "expected" and isinstance(value, str) and value in EXPECTED:
            params[name] = EXPECTED[value].get(lang, EXPECTED[value]["fi"])
        elif name == "detail" and isinstance(value, str) and problem.key in SYNTAX_KEYS:
            params[name] = syntax_detail(value, lang)
        else:
            params[name] = value
    message = t(problem.key, lang, **params)
    return f"{', '.join(parts)}: {message}" if parts else message
