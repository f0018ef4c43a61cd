"""`verkosto lomake` gets the Pyodide runtime: a folder, the kept copy, or one checked download.

A local web server stands in for the npm registry (VERKOSTO_PYODIDE_URL points at it), serving
a small tarball shaped like the npm package; its SHA-512 is made the pinned integrity, so the
same checks run as for the real one: a tarball that does not match is never used, a kept copy
is used without the network, and without either the person is told what to do.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verkosto.cli.app import app
from verkosto.errors import InvalidInput, OperationFailed
from verkosto.web import runtime
from verkosto.web.bundle import RUNTIME_FILES

runner = CliRunner()


def tarball(files: dict[str, bytes], extra: list[tarfile.TarInfo] | None = None) -> bytes:
    """Return a .tgz laid out like the npm package: every file under package/."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for info in extra or []:
            archive.addfile(info, io.BytesIO(b"evil") if info.isreg() else None)
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


FILES = {name: f"fake {name}".encode() for name in RUNTIME_FILES}
GOOD = tarball(FILES)


class Registry:
    """A local HTTP server serving one tarball and counting the requests it gets."""

    def __init__(self) -> None:
        self.body = GOOD
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/pyodide-0.29.5.tgz"

    def __enter__(self) -> Registry:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *args: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in registry is on this machine: a proxy from the environment must not route."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[Registry]:
    """The stand-in registry, its URL in VERKOSTO_PYODIDE_URL, its tarball the pinned one."""
    monkeypatch.setattr(runtime, "INTEGRITY", integrity(GOOD))
    with Registry() as served:
        monkeypatch.setenv(runtime.MIRROR_ENVVAR, served.url)
        yield served


def said() -> tuple[list[tuple[str, dict[str, object]]], runtime.Say]:
    lines: list[tuple[str, dict[str, object]]] = []
    return lines, lambda key, params: lines.append((key, params))


def test_the_runtime_is_downloaded_once_checked_and_kept(registry, tmp_path):
    lines, say = said()
    assert runtime.obtain(None, tmp_path, say) == FILES
    assert [key for key, _ in lines] == ["form_runtime_fetching", "form_runtime_cached"]
    assert lines[0][1]["url"] == registry.url and lines[0][1]["version"] == "0.29.5"
    assert runtime.cache_path(tmp_path).read_bytes() == GOOD
    # The next form is made from the kept copy, without asking the network.
    lines.clear()
    assert runtime.obtain(None, tmp_path, say) == FILES
    assert registry.requests == 1 and lines == []


def test_a_tarball_that_does_not_match_the_pinned_integrity_is_never_used(registry, tmp_path):
    registry.body = tarball({**FILES, "pyodide.js": b"alert('someone else')"})
    with pytest.raises(OperationFailed) as caught:
        runtime.obtain(None, tmp_path, said()[1])
    assert caught.value.key == "form_runtime_mismatch"
    assert not runtime.cache_path(tmp_path).exists()


def test_a_half_written_copy_left_by_a_killed_run_is_removed(registry, tmp_path):
    folder = tmp_path / runtime.CACHE_FOLDER
    folder.mkdir()
    half = folder / ".pyodide-0.29.5.tgz.abc123.tmp"
    half.write_bytes(GOOD[:100])
    runtime.obtain(None, tmp_path, said()[1])
    assert sorted(p.name for p in folder.iterdir()) == ["pyodide-0.29.5.tgz"]


def test_a_damaged_kept_copy_is_fetched_again(registry, tmp_path):
    runtime.obtain(None, tmp_path, said()[1])
    runtime.cache_path(tmp_path).write_bytes(GOOD[:-10])
    assert runtime.obtain(None, tmp_path, said()[1]) == FILES
    assert registry.requests == 2
    assert runtime.cache_path(tmp_path).read_bytes() == GOOD


def test_only_the_named_regular_files_are_read_and_nothing_is_written_from_the_archive(
    monkeypatch, tmp_path
):
    link = tarfile.TarInfo("package/pyodide.js")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    escape = tarfile.TarInfo("../../escaped.txt")
    escape.size = 4
    absolute = tarfile.TarInfo(str(tmp_path / "absolute.txt"))
    absolute.size = 4
    hostile = tarball(FILES, [link, escape, absolute])
    monkeypatch.setattr(runtime, "INTEGRITY", integrity(hostile))
    monkeypatch.chdir(tmp_path)
    # The link came first and was passed over; the regular pyodide.js after it was taken.
    assert runtime.extract(hostile) == FILES
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_tarball_without_the_runtime_files_says_which_are_missing(monkeypatch):
    partial = tarball({"pyodide.js": b"x"})
    monkeypatch.setattr(runtime, "INTEGRITY", integrity(partial))
    with pytest.raises(OperationFailed) as caught:
        runtime.extract(partial)
    assert caught.value.key == "form_runtime_incomplete"
    assert "pyodide.asm.wasm" in str(caught.value.params["missing"])


def test_offline_without_a_kept_copy_names_the_two_ways_out(monkeypatch, tmp_path):
    # A port nothing listens on: the same as no network at all.
    with Registry() as closed:
        url = closed.url
    monkeypatch.setenv(runtime.MIRROR_ENVVAR, url)
    result = runner.invoke(app, ["lomake", "-o", str(tmp_path / "lomake.html")])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "--pyodide" in result.stderr and runtime.MIRROR_ENVVAR in result.stderr
    assert "Pyodidea ei saatu" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "lomake.html").exists()


def test_the_offline_message_in_english(monkeypatch, tmp_path):
    with Registry() as closed:
        url = closed.url
    monkeypatch.setenv(runtime.MIRROR_ENVVAR, url)
    result = runner.invoke(app, ["lomake", "-o", str(tmp_path / "f.html"), "--lang", "en"])
    assert result.exit_code == 1
    assert "Could not fetch Pyodide" in result.stderr and "--pyodide FOLDER" in result.stderr


def test_only_web_addresses_are_fetched(monkeypatch, tmp_path):
    monkeypatch.setenv(runtime.MIRROR_ENVVAR, "file:///etc/passwd")
    with pytest.raises(InvalidInput) as caught:
        runtime.obtain(None, tmp_path, said()[1])
    assert caught.value.key == "form_runtime_url_bad"


def package_folder(tmp_path: Path, version: str = runtime.VERSION) -> Path:
    folder = tmp_path / "node_modules" / "pyodide"
    folder.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "pyodide", "version": version}))
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    return folder


def test_a_named_folder_is_used_without_the_network(monkeypatch, tmp_path):
    monkeypatch.setenv(runtime.MIRROR_ENVVAR, "http://127.0.0.1:9/never")
    assert runtime.obtain(package_folder(tmp_path), tmp_path, said()[1]) == FILES


def test_a_folder_of_another_version_is_refused_with_the_version_needed(tmp_path):
    folder = package_folder(tmp_path, "0.27.0")
    result = runner.invoke(
        app, ["lomake", "-o", str(tmp_path / "f.html"), "--pyodide", str(folder)]
    )
    assert result.exit_code == 2
    assert "0.27.0" in result.stderr and "npm install pyodide@0.29.5" in result.stderr


def test_a_folder_that_is_not_the_package_is_refused(tmp_path):
    result = runner.invoke(
        app, ["lomake", "-o", str(tmp_path / "f.html"), "--pyodide", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "ei ole purettu Pyodide-npm-paketti" in result.stderr


def test_a_password_in_the_mirror_address_is_never_shown(monkeypatch, tmp_path):
    with Registry() as closed:
        url = closed.url.replace("http://", "http://kayttaja:salasana@")
    monkeypatch.setenv(runtime.MIRROR_ENVVAR, url)
    result = runner.invoke(app, ["lomake", "-o", str(tmp_path / "f.html")])
    assert result.exit_code == 1 and "salasana" not in result.stderr
    assert "http://127.0.0.1:" in result.stderr


@pytest.mark.parametrize(
    "address",
    [
        # A space makes http.client refuse the address itself (InvalidURL quotes all of it).
        "http://kayttaja:salasana@127.0.0.1:9/pyodide paketti.tgz?avain=tunnus123",
        "http://127.0.0.1:9/pyodide.tgz?avain=tunnus123",
    ],
)
def test_a_bad_mirror_address_is_a_message_without_its_secrets(monkeypatch, tmp_path, address):
    monkeypatch.setenv(runtime.MIRROR_ENVVAR, address)
    result = runner.invoke(app, ["lomake", "-o", str(tmp_path / "f.html")])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Pyodidea ei saatu osoitteesta http://127.0.0.1:9/pyodide" in result.stderr
    assert "ohjelmavirhe" not in result.stderr  # not the "this is a bug" message
    assert "salasana" not in result.stderr and "tunnus123" not in result.stderr


def test_a_server_that_sends_far_too_much_is_not_called_a_checksum_mismatch(monkeypatch):
    monkeypatch.setattr(runtime, "_MAX_TARBALL", 10)
    with Registry() as served:
        with pytest.raises(OperationFailed) as refused:
            runtime.download(served.url)
    assert refused.value.key == "form_runtime_too_big"
