"""What names an export: its schema name, its network's key, and names made safe to show.

Imported by storage (drafts, the history), by the readers of exports and by the analysis
alike, so it imports nothing but the standard library and `safetext`.
"""

from __future__ import annotations

import unicodedata

from verkosto.safetext import visible

EXPORT_SCHEMA = "verkosto-arvio/1"
# A file name or key is shown shortened to this many characters (a path can be 4,096).
_LONGEST = 1000


def network_key(name: str) -> str:
    """Return the key two spellings of the same network share: NFC, casefolded, single spaces.

    The one key for grouping (kooste), matching (vertaa, historia) and storing (the history's
    `network_key` column, draft file names). Casefolding can leave a decomposed letter
    (U+01F0 'ǰ' folds to 'j' + U+030C), so the result is composed again: the key is itself
    in NFC and a key's key is the key, which a stored key needs.
    """
    folded = unicodedata.normalize("NFC", name).casefold()
    return " ".join(unicodedata.normalize("NFC", folded).split())


def display(text: str) -> str:
    """Return a file name or key safe to show on one line (safetext.visible, shortened)."""
    return visible(text, limit=_LONGEST)
