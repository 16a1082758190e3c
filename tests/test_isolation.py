"""The suite never writes outside its temporary directories (issue 15): HOME and the XDG
directories point into a temporary folder for the whole run and every process it starts,
and the user's own zonetui directories are compared at the end of the run (conftest)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis.configuration import storage_directory

from tests import conftest
from zonetui.store import paths

ROOT = Path(__file__).parent.parent


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def test_zonetui_finds_its_directories_in_a_temporary_folder():
    temporary = Path(tempfile.gettempdir())
    found = [
        paths.state_dir(),
        paths.config_dir(),
        paths.log_file(),
        paths.default_state_file(None),
    ]
    assert all(_inside(p, temporary) for p in found), found
    assert not any(_inside(p, conftest.USER_HOME) for p in found if temporary != conftest.USER_HOME)
    assert "ZONETUI_STATE" not in os.environ


def test_a_process_the_tests_start_finds_them_there_too():
    done = subprocess.run(
        [sys.executable, "-m", "zonetui", "locate"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    located = {
        key.strip(): Path(value.strip())
        for key, value in (line.split(":", 1) for line in done.stdout.splitlines())
    }
    home = Path(os.environ["HOME"])
    for key in ("state", "log", "user config directory"):
        assert _inside(located[key], home), (key, located[key])


def test_the_session_home_is_not_the_users():
    assert conftest.SESSION_HOME != conftest.USER_HOME
    assert not _inside(conftest.SESSION_HOME, conftest.USER_HOME)


def test_the_end_of_run_check_sees_a_write_in_a_user_directory(tmp_path):
    """The comparison conftest makes when the run ends, on directories of this test."""
    state, config = tmp_path / "state" / "zonetui", tmp_path / "config" / "zonetui"
    config.mkdir(parents=True)
    (config / "keys.toml").write_text("a = 1\n")
    before = {top: conftest.tree(top) for top in (state, config)}
    assert conftest.changes(before) == []
    state.mkdir(parents=True)
    (config / "keys.toml").write_text("a = 22\n")
    assert conftest.changes(before) == [f"{state} created", f"{config / 'keys.toml'} changed"]


def test_the_end_of_run_check_sees_a_new_folder_in_the_repository(tmp_path):
    """A folder made in the working directory (pytest-benchmark's .benchmarks was one),
    but not what Python and the tools write there by themselves, nor a file edited."""
    (tmp_path / "zonetui").mkdir()
    (tmp_path / "zonetui" / "cli.py").write_text("")
    before = {tmp_path: conftest.tree(tmp_path, conftest.REPOSITORY_OWN)}
    for own in ("zonetui/__pycache__", ".pytest_cache", "zonetui.egg-info"):
        (tmp_path / own).mkdir()
        (tmp_path / own / "x").write_text("")
    (tmp_path / "zonetui" / "cli.py").write_text("# edited while the suite runs\n")
    assert conftest.changes(before, conftest.REPOSITORY_OWN, edits=False) == []
    (tmp_path / ".benchmarks").mkdir()
    assert conftest.changes(before, conftest.REPOSITORY_OWN, edits=False) == [
        f"{tmp_path / '.benchmarks'} created"
    ]


def test_the_repository_is_watched():
    assert conftest.REPOSITORY / "pyproject.toml" in map(
        Path, conftest.REPOSITORY_BEFORE[conftest.REPOSITORY]
    )


def test_the_user_directories_recorded_are_zonetuis_in_the_users_home():
    """What the end-of-run check watches: the directories platformdirs gave before the
    environment was changed (under the user's home unless XDG variables said otherwise)."""
    watched = list(conftest.USER_DIRS_BEFORE)
    assert len(watched) == 5
    assert all("zonetui" in p.parts for p in watched)
    assert not any(_inside(p, conftest.SESSION_HOME) for p in watched)


def test_hypothesis_keeps_its_examples_in_the_session_folder():
    """Its default is .hypothesis in the working directory: the repository."""
    examples = storage_directory("examples", intent_to_write=False).path
    assert _inside(examples, conftest.SESSION_HOME), examples
