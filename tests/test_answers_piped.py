"""Answers from anywhere: `--vastaukset -` reads stdin, and a pipe or a FIFO is a file too.

Run through the installed console script with real pipes, as a script or a form would feed
it; still bounded in size and in time, and never waiting on a terminal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from verkosto import safefile
from verkosto.cli.app import app
from verkosto.instrument import reading

from helpers import full_answers, verkosto_command

runner = CliRunner()
POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev/fd exist only on POSIX")
ASSESS = ["arvioi", "--verkosto", "Putkiverkosto", "--vie", "-", "--ei-tallenna"]


@pytest.fixture
def answers_yaml(bundled) -> bytes:
    return yaml.safe_dump(full_answers(bundled), allow_unicode=True).encode("utf-8")


def run(args: list[str], isolated_env: Path, **options) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, VERKOSTO_HOME=str(isolated_env), NO_COLOR="1")
    env.pop("VERKOSTO_KIELI", None)
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([verkosto_command(), *args], env=env, timeout=60, **options)


def exported_answers(result: subprocess.CompletedProcess[bytes]) -> dict:
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)["answers"]


def test_answers_piped_to_stdin_with_a_dash(isolated_env, bundled, answers_yaml):
    result = run([*ASSESS, "--vastaukset", "-"], isolated_env, input=answers_yaml)
    assert exported_answers(result) == yaml.safe_load(answers_yaml)


def test_stdin_redirected_from_a_file_reads_the_same(isolated_env, answers_yaml, tmp_path):
    path = tmp_path / "vastaukset.yaml"
    path.write_bytes(answers_yaml)
    with open(path, "rb") as handle:
        result = run([*ASSESS, "--vastaukset", "-"], isolated_env, stdin=handle)
    assert exported_answers(result) == yaml.safe_load(answers_yaml)


@POSIX_ONLY
def test_a_process_substitution_path_is_read(isolated_env, answers_yaml):
    # What `--vastaukset <(cat a.yaml)` hands over: /dev/fd/N, the read end of a pipe.
    read_end, write_end = os.pipe()
    writer = threading.Thread(
        target=lambda: (os.write(write_end, answers_yaml), os.close(write_end))
    )
    writer.start()
    try:
        result = run(
            [*ASSESS, "--vastaukset", f"/dev/fd/{read_end}"], isolated_env, pass_fds=(read_end,)
        )
    finally:
        writer.join()
        os.close(read_end)
    assert exported_answers(result) == yaml.safe_load(answers_yaml)


@POSIX_ONLY
def test_a_process_substitution_in_bash(isolated_env, answers_yaml, tmp_path):
    import shutil

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here to make a process substitution")
    path = tmp_path / "vastaukset.yaml"
    path.write_bytes(answers_yaml)
    command = f"exec '{verkosto_command()}' {' '.join(ASSESS)} --vastaukset <(cat '{path}')"
    env = dict(os.environ, VERKOSTO_HOME=str(isolated_env), NO_COLOR="1")
    result = subprocess.run([bash, "-c", command], env=env, capture_output=True, timeout=60)
    assert exported_answers(result) == yaml.safe_load(answers_yaml)


@POSIX_ONLY
def test_a_fifo_whose_writer_comes_a_moment_later(isolated_env, answers_yaml, tmp_path):
    fifo = tmp_path / "vastaukset.fifo"
    os.mkfifo(fifo)

    def write_later() -> None:
        time.sleep(0.3)
        with open(fifo, "wb") as handle:
            handle.write(answers_yaml)

    writer = threading.Thread(target=write_later)
    writer.start()
    result = run([*ASSESS, "--vastaukset", str(fifo)], isolated_env)
    writer.join()
    assert exported_answers(result) == yaml.safe_load(answers_yaml)


def test_too_much_piped_input_is_refused_at_the_limit(isolated_env):
    endless = b"kesto: 1-3v\n" + b"#" * (reading.MAX_FILE_BYTES + 10)
    result = run([*ASSESS, "--vastaukset", "-"], isolated_env, input=endless)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "vakiosyöte: tiedosto on liian suuri" in message
    assert "Traceback" not in message


def test_piped_answers_that_leave_questions_open_say_so_and_ask_nothing(isolated_env):
    result = run([*ASSESS, "--vastaukset", "-"], isolated_env, input=b"kesto: 1-3v\n")
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "Kun vastaukset tulevat vakiosyötteestä (--vastaukset -), mitään ei voi kysyä" in message
    assert "--ei-kysy" not in message


def test_empty_stdin_is_an_empty_file_named_standard_input(isolated_env):
    english = run([*ASSESS, "--vastaukset", "-", "--kieli", "en"], isolated_env, input=b"")
    assert english.returncode == 2
    assert "standard input: file is empty" in english.stderr.decode()


@POSIX_ONLY
def test_a_dash_at_a_terminal_says_it_wants_piped_input(isolated_env):
    import pty

    leader, follower = pty.openpty()
    try:
        result = run([*ASSESS, "--vastaukset", "-"], isolated_env, stdin=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2
    assert (
        "vastaukset luetaan vakiosyötteestä vain putken kautta, esim. cat vastaukset.yaml "
        "| verkosto arvioi --vastaukset -"
    ) in " ".join(result.stderr.decode().split())


@POSIX_ONLY
def test_a_fifo_no_one_writes_to_gives_up_in_time(isolated_env, tmp_path, monkeypatch):
    fifo = tmp_path / "kukaan.fifo"
    os.mkfifo(fifo)
    monkeypatch.setattr(reading, "STREAM_SECONDS", 0.5)
    started = time.monotonic()
    result = runner.invoke(app, [*ASSESS, "--vastaukset", str(fifo), "--kieli", "en"])
    assert time.monotonic() - started < 30
    # The reader left waiting for a writer gets one, so no thread of this test lingers.
    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert "the pipe did not end within 0.5 seconds (is anything writing to it?)" in " ".join(
        result.stderr.split()
    )


@pytest.mark.slow
@POSIX_ONLY
def test_the_installed_command_gives_up_on_a_silent_fifo(isolated_env, tmp_path):
    fifo = tmp_path / "kukaan.fifo"
    os.mkfifo(fifo)
    result = run([*ASSESS, "--vastaukset", str(fifo)], isolated_env)
    assert result.returncode == 2
    assert "putki ei päättynyt 10 sekunnissa" in result.stderr.decode()


def test_a_device_is_still_refused(isolated_env):
    device = "NUL" if os.name == "nt" else "/dev/zero"
    result = run([*ASSESS, "--vastaukset", device], isolated_env)
    assert result.returncode == 2
    assert "ei ole tavallinen tiedosto" in result.stderr.decode()


def test_read_stream_keeps_to_its_limit_and_its_time(tmp_path):
    path = tmp_path / "tavallinen.yaml"
    path.write_bytes(b"x" * 100)
    assert safefile.read_stream(path, 100, 1.0) == b"x" * 100
    with pytest.raises(safefile.TooLarge):
        safefile.read_stream(path, 99, 1.0)
    with pytest.raises(FileNotFoundError):
        safefile.read_stream(tmp_path / "ei-ole", 100, 1.0)


def test_stdin_closed_is_no_file(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(FileNotFoundError):
        safefile.read_stream("-", 100, 1.0)


def test_a_pipe_left_open_on_stdin_ends_in_the_persons_words_not_an_abort(tmp_path):
    # The reader thread once held sys.stdin.buffer's lock when the time ran out, and the
    # interpreter aborted at shutdown (exit 134, "Fatal Python error"). The time allowed is
    # shortened here; the pipe stays open until the tool has given up.
    script = (
        "import sys; import verkosto.instrument.reading as reading; "
        "reading.STREAM_SECONDS = 0.5; sys.argv = ['verkosto', 'arvioi', '--vastaukset', "
        "'-']; from verkosto.entry import main; main()"
    )
    env = {**os.environ, "VERKOSTO_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        process.wait(timeout=30)  # stdin is still open: the tool must give up by itself
    finally:
        assert process.stdin is not None and process.stderr is not None
        process.stdin.close()
    err = process.stderr.read().decode("utf-8")
    assert process.returncode == 2, err
    assert "Fatal Python error" not in err
    assert "vakiosyöte" in err and "ei päättynyt" in err
