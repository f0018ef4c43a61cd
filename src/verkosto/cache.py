"""Keep a questions file's parsed YAML in the data folder, so the next start skips YAML.

Parsing questions.yaml takes longer than everything else `verkosto arvioi` does, and the file
rarely changes. The cache holds the parsed tree (with its line numbers) as JSON, named by the
file's SHA-256, and is written only for a file that passed every check. Validation always runs
again on the cached tree, so a cached file gives exactly the Instrument a fresh parse gives;
an unreadable or odd cache file is ignored. The file's first line is the SHA-256 of the rest,
so a cache edited in place is noticed and parsed again (this guards against damage and naive
edits; someone who can write the data folder can also write the digest). Only the newest few
are kept, and pruning removes only the cache's own regular files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from verkosto import safefile, store
from verkosto.errors import ProblemsError
from verkosto.instrument.loader import from_data, load_text
from verkosto.instrument.model import Instrument
from verkosto.instrument.reading import (
    MAX_FILE_BYTES,
    YamlMapping,
    bundled_path,
    parse_yaml,
    read_text,
)

FOLDER = "valimuisti"
# Bump when the tree's shape or parse_yaml's results change.
FORMAT = 3
KEEP = 8
_OWN_NAME = re.compile(r"^kysymykset-[0-9a-f]{64}\.v[0-9]+\.json$")


def cache_file(folder: Path, sha256: str) -> Path:
    """Return the cache file of a questions file with this SHA-256."""
    return folder / f"kysymykset-{sha256}.v{FORMAT}.json"


def load_instrument(path: Path | None, folder: Path) -> Instrument:
    """Load a questions file like instrument.load, through the cache in `folder`."""
    if path is None:
        path, display = bundled_path(), "questions.yaml"
    else:
        display = str(path)
    text, raw = read_text(path, display)
    sha256 = hashlib.sha256(raw).hexdigest()
    target = cache_file(folder, sha256)
    data = _read(target)
    if data is not None:
        try:
            return from_data(data, display, sha256)
        except ProblemsError:
            pass  # only a valid file is ever cached, so this cache file is damaged: parse
    if not text.strip():
        return load_text(text, display, sha256)  # says the file is empty
    data = parse_yaml(text, display)
    loaded = from_data(data, display, sha256)
    _write(target, data)
    return loaded


def encode(value: Any) -> Any:
    """Return parsed YAML as JSON-ready data: a mapping becomes {"n": line, "i": items}."""
    if isinstance(value, YamlMapping):
        items = [[key, value.key_lines[str(key)], encode(item)] for key, item in value.items()]
        return {"n": value.line, "i": items}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(type(value).__name__)  # a date, say: such a file is not cached


def decode(value: Any) -> Any:
    """Rebuild what encode was given."""
    if isinstance(value, dict):
        node = YamlMapping(value["n"])
        for key, line, item in value["i"]:
            if not isinstance(key, (str, int)) or key in node:
                raise ValueError("bad key")
            node[key] = decode(item)
            node.key_lines[str(key)] = line
        return node
    if isinstance(value, list):
        return [decode(item) for item in value]
    return value


def _read(target: Path) -> Any:
    try:
        safefile.check_no_link(target.parent)  # never read through a planted folder link
        raw = safefile.read_limited(target, MAX_FILE_BYTES * 8, follow=False)
        digest, _, body = raw.partition(b"\n")
        # The first line is the SHA-256 of the rest: a cache edited in place (a threshold
        # changed, say) no longer matches and is parsed again from the questions file.
        if digest.decode("ascii") != hashlib.sha256(body).hexdigest():
            return None
        return decode(json.loads(body.decode("utf-8")))
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None


def _write(target: Path, data: Any) -> None:
    """Write the cache; a cache that cannot be written is simply not kept."""
    try:
        body = json.dumps(encode(data), ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        text = f"{digest}\n{body}"
        store.data_subdir(target.parent.parent, target.parent.name)
        store.atomic_write(target, text)
        _prune(target.parent)
    except (OSError, TypeError, ValueError):
        pass


def _prune(folder: Path) -> None:
    """Keep the newest KEEP cache files."""
    found: list[tuple[float, str]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            # Only our own regular files: never a link, a folder or another program's file.
            if _OWN_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                found.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
    found.sort(reverse=True)
    for _, old in found[KEEP:]:
        try:
            os.unlink(old)
        except OSError:
            pass
