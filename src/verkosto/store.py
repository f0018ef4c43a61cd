"""The person's data folder and safe writes into it."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

HOME_ENV = "VERKOSTO_HOME"
KEPT_FOLDER = "arviot"


def data_dir(app_dir: str) -> Path:
    """Return the data folder: $VERKOSTO_HOME if set, else the platform's app folder."""
    configured = os.environ.get(HOME_ENV)
    return Path(configured) if configured else Path(app_dir)


def ensure_private_dir(path: Path) -> Path:
    """Create the missing folders of `path` readable only by the owner, or raise OSError.

    Folders that already exist are left as they are: $VERKOSTO_HOME may point anywhere.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    return path


def atomic_write(path: Path, text: str) -> None:
    """Write a file readable only by its owner, all at once or not at all; raise OSError."""
    folder = path.parent if str(path.parent) else Path(".")
    # A temporary file in the same folder makes os.replace atomic on the same file system.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def keep_assessment(folder: Path, text: str, completed_at: datetime) -> Path:
    """Save a finished assessment's JSON in the data folder and return its path."""
    target_dir = ensure_private_dir(folder / KEPT_FOLDER)
    stamp = completed_at.strftime("%Y%m%d-%H%M%S")
    path = target_dir / f"arvio-{stamp}.json"
    counter = 1
    while path.exists():
        counter += 1
        path = target_dir / f"arvio-{stamp}-{counter}.json"
    atomic_write(path, text)
    return path
