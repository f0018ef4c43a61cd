"""Every interface text, one module per topic, merged into one catalogue (pure data, no I/O).

A translator opens the module of the topic at hand; each key there holds its Finnish and
English side by side, so a missing language or a differing {placeholder} shows at a glance.
"""

from __future__ import annotations

from verkosto.i18n.texts import (
    answers,
    compare,
    drafts,
    errors,
    files,
    help,
    history,
    interview,
    kooste,
    questions_file,
    report,
    result,
    safety,
    web_form,
    web_pages,
    web_server,
)
from verkosto.languages import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from verkosto.languages import LANGUAGES as LANGUAGES

# In the order a run meets them; tests/test_texts.py checks that no key is in two topics.
TOPICS = (files, questions_file, answers, interview, drafts, result, history, compare, report,
          kooste, help, errors, safety, web_pages, web_server, web_form)

MESSAGES: dict[str, dict[str, str]] = {
    key: texts for topic in TOPICS for key, texts in topic.MESSAGES.items()
}
