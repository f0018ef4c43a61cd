"""Build `lomake.html`: one self-contained file that runs the assessment's pages in Pyodide.

The file holds the Pyodide runtime, verkosto's own modules (as a zip, imported from memory)
and the questions as the parsed tree the cache keeps, so the page needs no YAML reader and
its exports carry the questions file's SHA-256. Each is gzip-compressed and base64-encoded in
a data block the browser never runs; `lomake.js` unpacks them. The Content-Security-Policy
allows only the glue's own inline script (by its hash), scripts from blob: URLs (the runtime,
made from the data blocks), WebAssembly, and the inline stylesheet by its hash: nothing can
be fetched, so the answers cannot leave the page.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from verkosto.i18n.catalog import t
from verkosto.languages import LANGUAGES

# The runtime's files the page needs, by the names pyodide.js asks for them.
RUNTIME_FILES = (
    "pyodide.js",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# verkosto's own files left out of the page: the command line, and the glue (inline already).
_LEFT_OUT = ("cli/", "web/lomake.js", "web/bundle.py", "web/runtime.py")
# A fixed time for the zip's entries, so the same sources give the same file.
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


# The save buttons below the page (the pages' stylesheet knows nothing of them).
_OWN_STYLE = """
#verkosto-tallennus { margin: 1.5rem 0; }
#verkosto-tallennus button { margin: 0 0.5rem 0.5rem 0; }
"""


@dataclass(frozen=True)
class Questions:
    """A questions file as the page gets it: the parsed tree, its SHA-256 and its name."""

    tree: Any
    sha256: str
    display: str


def modules_zip() -> bytes:
    """Return verkosto's Python modules (and schemas) as a zip that Python imports from."""
    root = resources.files("verkosto")
    found: list[tuple[str, bytes]] = []
    _collect(Path(str(root)), "verkosto/", found)
    buffer = io.BytesIO()
    # Stored, not deflated: the whole zip is gzipped once, which compresses across files.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in sorted(found):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _collect(folder: Path, prefix: str, found: list[tuple[str, bytes]]) -> None:
    """Add the .py and .json files under `folder` to `found`, skipping what the page lacks."""
    for entry in sorted(folder.iterdir()):
        name = prefix + entry.name
        relative = name.removeprefix("verkosto/")
        if entry.name == "__pycache__" or any(
            relative == out or relative.startswith(out) for out in _LEFT_OUT
        ):
            continue
        if entry.is_dir():
            _collect(entry, name + "/", found)
        elif entry.suffix in (".py", ".json"):
            found.append((name, entry.read_bytes()))


def _packed(data: bytes) -> str:
    """Return `data` gzip-compressed and base64-encoded, the same bytes every time."""
    return base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")


def _script_json(value: object) -> str:
    """Return JSON safe inside a <script> element ('<' escaped, so no '</script>')."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _hash(text: str) -> str:
    """Return a CSP source for inline text: 'sha256-…' of its UTF-8 bytes."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def glue() -> str:
    """Return the page's JavaScript glue, shipped as package data."""
    return (resources.files("verkosto") / "web" / "lomake.js").read_text("utf-8")


def style() -> str:
    """Return the page's stylesheet: the pages' own, and the form's save buttons."""
    from verkosto.web.pages import STYLE

    return STYLE + _OWN_STYLE


def licences() -> str:
    """Return the licences of the runtime the file carries, shipped as package data."""
    return (resources.files("verkosto") / "web" / "LICENSES-runtime.txt").read_text("utf-8")


def page_texts() -> dict[str, dict[str, str]]:
    """Return the texts the glue shows before Python runs, in every language."""
    return {
        lang: {
            "loading": t("form_loading", lang),
            "no_wasm": t("form_no_wasm", lang),
            "boot_failed": t("form_boot_failed", lang),
            "failed": t("form_failed", lang),
            "save_answers": t("form_save_answers", lang),
            "save_export": t("form_save_export", lang),
            "open_heading": t("form_open_heading", lang),
            "open_label": t("form_open_label", lang),
        }
        for lang in LANGUAGES
    }


def csp(script: str, style: str) -> str:
    """Return the page's Content-Security-Policy: nothing from anywhere but what it needs."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {_hash(script)} blob: 'wasm-unsafe-eval'",
            f"style-src {_hash(style)}",
            "img-src data:",
            "form-action 'none'",
            "base-uri 'none'",
        )
    )


def build(
    runtime: Mapping[str, bytes], questions: Questions, lang: str, style: str, licences: str
) -> str:
    """Return the whole HTML file: runtime, modules, questions, glue and style inside."""
    script = glue()
    # "</script" would end the element; "<!--" with "<script" would put the HTML parser in its
    # double-escaped state, where a later "</script>" no longer ends it: both break the page.
    if "</script" in script.lower() or "<!--" in script or "</style" in style.lower():
        raise ValueError("the glue or the style would end its element early")
    config = {"lang": lang, "runtime_files": list(RUNTIME_FILES), "texts": page_texts()}
    blocks = {name: runtime[name] for name in RUNTIME_FILES}
    blocks["verkosto.zip"] = modules_zip()
    blocks["kysymykset.json"] = json.dumps(
        {"tree": questions.tree, "sha256": questions.sha256, "display": questions.display},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    data = "\n".join(
        f'<script type="application/octet-stream" data-name="{escape(name)}">'
        f"{_packed(content)}</script>"
        for name, content in blocks.items()
    )
    loading = escape(t("form_loading", lang))
    return (
        # The charset comes first: a browser looks for it in the first 1024 bytes only.
        f'<!doctype html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp(script, style))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{loading}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f'<main id="sisalto" aria-busy="true"><p>{loading}</p>'
        f"<noscript><p>{escape(t('form_no_script', lang))}</p></noscript></main>\n"
        '<aside id="verkosto-tallennus" hidden></aside>\n'
        f'<script type="application/json" id="verkosto-asetukset">{_script_json(config)}</script>\n'
        f"{data}\n<script>{script}</script>\n"
        f"<!--\n{_comment(licences)}\n-->\n</body>\n</html>\n"
    )


def _comment(text: str) -> str:
    """Return text safe inside an HTML comment: nothing in it can end or nest the comment."""
    for bad in ("-->", "--!>", "<!--"):
        text = text.replace(bad, bad.replace("-", "\u2010"))
    return text
