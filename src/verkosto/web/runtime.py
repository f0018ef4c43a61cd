"""Get the Pyodide runtime that `lomake.html` carries: a folder, the cache, or one download.

In this order: the unpacked npm package the person names (`--pyodide node_modules/pyodide`);
else the tarball kept in the data folder; else the pinned tarball from the npm registry (or
the mirror in $VERKOSTO_PYODIDE_URL), downloaded once. A tarball, cached or fresh, is used
only when its SHA-512 matches the integrity the registry published for the pinned version,
and only the runtime's named files are read from it, into memory: no path from the archive
is ever used to write anything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import io
import json
import os
import tarfile
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from verkosto import safefile, store
from verkosto.errors import InvalidInput, OperationFailed
from verkosto.web.bundle import RUNTIME_FILES

VERSION = "0.29.5"
# `npm view pyodide@0.29.5 dist.integrity`: the SHA-512 of the registry's tarball.
INTEGRITY = (
    "sha512-"
    "TkYrUv9m8QmfImADKRmpwZulL48E0uUaBSO+dvRQKyAJc0qh9gu7jn8btyHPh3NZm1r2IH2YrJhIr7Q2B9urAw=="
)
TARBALL_URL = f"https://registry.npmjs.org/pyodide/-/pyodide-{VERSION}.tgz"
TARBALL_BYTES = 5_598_317
MIRROR_ENVVAR = "VERKOSTO_PYODIDE_URL"
CACHE_FOLDER = "pyodide"
# Far above the real sizes (the tarball 5.6 MB, the largest file 8.6 MB): a bound, not a fit.
_MAX_TARBALL = 64 << 20
_MAX_FILE = 64 << 20
_TIMEOUT = 60.0

Say = Callable[[str, dict[str, object]], None]
Runtime = dict[str, bytes]


def obtain(folder: Path | None, home: Path, say: Say) -> Runtime:
    """Return the runtime's files by name; raise InvalidInput or OperationFailed."""
    if folder is not None:
        return from_folder(folder)
    cached = cache_path(home)
    runtime = _from_cache(cached)
    if runtime is not None:
        return runtime
    url = os.environ.get(MIRROR_ENVVAR, "").strip() or TARBALL_URL
    # The size in megabytes: the person hears how much is coming before it comes.
    shown = {"version": VERSION, "url": shown_url(url), "size": TARBALL_BYTES / 1e6}
    say("form_runtime_fetching", shown)
    tarball = download(url)
    runtime = extract(tarball, url)
    try:
        _write_bytes(store.data_subdir(home, CACHE_FOLDER), cached.name, tarball)
        say("form_runtime_cached", {"path": str(cached)})
    except OSError:
        pass  # not kept: the next run downloads it again, which is slower but correct
    return runtime


def cache_path(home: Path) -> Path:
    """Return where the verified tarball is kept in the data folder."""
    return home / CACHE_FOLDER / f"pyodide-{VERSION}.tgz"


def from_folder(folder: Path) -> Runtime:
    """Read the runtime from an unpacked npm package; raise InvalidInput if it is not one."""
    try:
        meta = json.loads(safefile.read_limited(folder / "package.json", 1 << 20))
        found = meta.get("version") if isinstance(meta, dict) else None
    except (OSError, ValueError):
        raise InvalidInput("form_runtime_folder_bad", path=str(folder)) from None
    if found != VERSION:
        raise InvalidInput(
            "form_runtime_folder_version", path=str(folder), found=str(found), version=VERSION
        )
    try:
        return {name: safefile.read_limited(folder / name, _MAX_FILE) for name in RUNTIME_FILES}
    except OSError:
        raise InvalidInput("form_runtime_folder_bad", path=str(folder)) from None


def _from_cache(path: Path) -> Runtime | None:
    """Return the runtime from the cached tarball, or None if there is none or it is damaged."""
    try:
        tarball = safefile.read_limited(path, _MAX_TARBALL, follow=False)
        return extract(tarball)
    except (OSError, OperationFailed):
        return None  # downloaded again, and the damaged file replaced


def download(url: str) -> bytes:
    """Fetch the tarball from `url` (http or https only); raise OperationFailed."""
    if not url.lower().startswith(("https://", "http://")):
        raise InvalidInput("form_runtime_url_bad", url=shown_url(url), envvar=MIRROR_ENVVAR)
    request = urllib.request.Request(url, headers={"User-Agent": "verkosto"})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:  # noqa: S310
            tarball: bytes = response.read(_MAX_TARBALL + 1)
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
        raise OperationFailed(
            "form_runtime_offline", url=shown_url(url), reason=_reason(error), envvar=MIRROR_ENVVAR
        ) from None
    if len(tarball) > _MAX_TARBALL:
        raise OperationFailed("form_runtime_too_big", url=shown_url(url), version=VERSION)
    return tarball


def _reason(error: Exception) -> object:
    """Return why a download failed, never with the address in it (it may hold a password)."""
    reason = getattr(error, "reason", error)
    if isinstance(reason, OSError):
        return reason  # said in the person's language
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code}"
    # A bad address or a peer that does not speak HTTP: urllib's words can quote the address.
    return type(error).__name__


def shown_url(url: str) -> str:
    """Return `url` as it may be shown: without a user name, password or query (tokens)."""
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    path = path.partition("?")[0].partition("#")[0]
    return f"{scheme}://{host.rpartition('@')[2]}{slash}{path}" if rest else url


def verified(tarball: bytes) -> bool:
    """Return whether `tarball` is the pinned version's, by the registry's SHA-512."""
    algorithm, _, expected = INTEGRITY.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, tarball).digest()).decode("ascii")
    return hmac.compare_digest(digest, expected)


def extract(tarball: bytes, url: str = "") -> Runtime:
    """Return the runtime's files from a verified tarball, in memory; raise OperationFailed."""
    if not verified(tarball):
        shown = shown_url(url or TARBALL_URL)
        raise OperationFailed("form_runtime_mismatch", url=shown, version=VERSION)
    wanted = {f"package/{name}": name for name in RUNTIME_FILES}
    runtime: Runtime = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for member in archive:
            name = wanted.get(member.name)
            # Regular files only, each once: a link or a second copy is not the runtime.
            if name is None or not member.isreg() or name in runtime:
                continue
            handle = archive.extractfile(member)
            if handle is not None and member.size <= _MAX_FILE:
                runtime[name] = handle.read()
    missing = [name for name in RUNTIME_FILES if name not in runtime]
    if missing:
        raise OperationFailed("form_runtime_incomplete", missing=", ".join(missing))
    return runtime


def _write_bytes(folder: Path, name: str, data: bytes) -> None:
    """Write a file in `folder` readable only by its owner, all at once; raise OSError."""
    # A run killed mid-write left a half tarball (the data folder's cleanup does not look
    # here): only our own regular files by their pattern, never a link.
    for stale in folder.glob(f".{name}.*.tmp"):
        if stale.is_file() and not stale.is_symlink():
            stale.unlink(missing_ok=True)
    store.atomic_write(folder / name, data)
