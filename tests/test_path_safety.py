"""The files around the state are the user's (issue 15): a save touches no file but the
state, odd paths are refused before anything is made beside them, reads are bounded, a
state too large to load again is never written, and a state that breaks an invariant is
refused at load."""

from __future__ import annotations

import io
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetui.cli import MAX_LINE, main
from zonetui.labs.library import LabError, load_lab
from zonetui.store import state as state_module
from zonetui.store.config import ConfigError, load_config
from zonetui.store.hostfiles import TEMP_PREFIX, is_temporary, temporary_name
from zonetui.store.state import StateError, StateFile
from zonetui.store.transfer import TransferError, export_file, place
from zonetui.store.workspace import Workspace
from zonetui.tui.keymap import load_keymap
from zonetui.tui.settings import load_settings

CONFIGS = Path(__file__).parent / "configs"
BASIC = CONFIGS / "basic.toml"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def deadline():
    """A blocking open (a FIFO with no writer) fails the test instead of hanging it."""

    def expired(signum, frame):
        raise TimeoutError("blocked")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def zonetui(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def listing(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every entry of `folder`: its mode and (for a regular file) its content."""
    seen = {}
    for entry in folder.iterdir():
        info = entry.lstat()
        data = entry.read_bytes() if stat.S_ISREG(info.st_mode) else b""
        seen[entry.name] = (info.st_mode, data)
    return seen


# -- 1. a save touches nothing but the state -----------------------------------------------
NEIGHBOURS = (
    "{name}.bak",
    "{name}.notes",
    "{name}.1",
    "{name}.tmp",
    "{name}x",
    "{name}-old",
    "{name}.[ab]",
    "*",
    "?",
    "[abc]",
    "a.txt",
    ".hidden.json",
    "mycluster.toml",
    TEMP_PREFIX + "{name}",  # our prefix, but not a name we make
    TEMP_PREFIX + "{name}-0123abcdX",
    TEMP_PREFIX + "{name}-0123ABCD",
)


@pytest.mark.parametrize("name", ["state.json", "*", "s[ab].json", "mycluster", "?.*"])
def test_a_thousand_saves_leave_every_neighbour_as_it_was(tmp_path, name, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # the saves, not the disk, are tested
    for pattern in NEIGHBOURS:
        neighbour = tmp_path / pattern.format(name=name)
        if neighbour.name != name:
            neighbour.write_text(f"the user's {neighbour.name}\n")
    planted = listing(tmp_path)
    world = load_config(BASIC)
    state = StateFile(tmp_path / name)
    with state.locked():
        for _ in range(1000):
            world.clock += 1
            state.save(world)
    after = listing(tmp_path)
    assert {k: v for k, v in after.items() if k in planted} == planted
    assert set(after) - set(planted) == {name, name + ".lock"}
    assert StateFile(tmp_path / name).load().clock == world.clock


def test_a_killed_writers_temporary_file_is_removed_and_only_that(tmp_path):
    world = load_config(BASIC)
    state = StateFile(tmp_path / "state.json")
    state.save(world)
    leftover = tmp_path / f"{TEMP_PREFIX}state.json-0123abcd"
    leftover.write_text("half a state")
    other = tmp_path / f"{TEMP_PREFIX}state.json2-0123abcd"  # another state's writer
    other.write_text("half of another state")
    world.clock += 1
    state.save(world)
    assert not leftover.exists()
    assert other.read_text() == "half of another state"
    assert is_temporary(f"{TEMP_PREFIX}state.json-89abcdef", "state.json")
    assert not is_temporary(f"{TEMP_PREFIX}state.json-89abcde", "state.json")
    assert not is_temporary("state.json.89abcdef", "state.json")


def test_a_state_with_a_name_near_the_longest_saves_and_leaves_nothing(tmp_path):
    state = StateFile(tmp_path / ("s" * 250))
    world = load_config(BASIC)
    state.save(world)
    world.clock += 1
    state.save(world)
    assert StateFile(state.path).load().clock == world.clock
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s" * 250]


names = st.text(st.characters(blacklist_characters="/\0"), min_size=1, max_size=300)


@given(names, names, st.binary(min_size=4, max_size=4))
def test_our_temporary_names_belong_to_one_state_name_only(mine, other, random):
    temporary = temporary_name(mine, random.hex())
    assert is_temporary(temporary, mine)
    assert is_temporary(temporary, other) == (mine == other or _same_hash(mine, other))
    assert not is_temporary(mine, mine) and not is_temporary(mine + ".bak", mine)


def _same_hash(a: str, b: str) -> bool:
    return temporary_name(a, "") == temporary_name(b, "")


def test_the_config_beside_a_state_of_the_same_stem_survives(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("mycluster.toml").write_bytes(BASIC.read_bytes())
    for line in ("mkdir /a", "mkdir /b"):
        status, _, err = zonetui(
            capsys, "--config", "mycluster.toml", "--state", "mycluster", "exec", "--", line
        )
        assert (status, err) == (0, "")
    assert Path("mycluster.toml").read_bytes() == BASIC.read_bytes()


def test_a_state_named_star_deletes_no_dotted_file(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("keep\n")
    (tmp_path / "photo.jpg").write_text("keep\n")
    star = str(tmp_path / "*")
    for line in ("mkdir /a", "mkdir /b"):
        assert zonetui(capsys, "--config", str(BASIC), "--state", star, "exec", "--", line)[0] == 0
    assert (tmp_path / "notes.txt").read_text() == "keep\n"
    assert (tmp_path / "photo.jpg").read_text() == "keep\n"


def test_a_users_file_named_like_the_lock_keeps_its_content(tmp_path, capsys):
    lock = tmp_path / "s.json.lock"
    lock.write_text("mine\n")
    args = ("--config", str(BASIC), "--state", str(tmp_path / "s.json"), "exec", "--", "true")
    assert zonetui(capsys, *args)[0] == 0
    assert lock.read_text() == "mine\n"


def test_a_lock_that_is_a_fifo_is_refused_not_waited_for(tmp_path, capsys, deadline):
    os.mkfifo(tmp_path / "s.json.lock")
    args = ("--config", str(BASIC), "--state", str(tmp_path / "s.json"), "zonename")
    status, out, err = zonetui(capsys, *args)
    assert (status, out) == (1, "")
    assert err.startswith("zonetui: cannot lock the state file") and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json.lock"]


# -- 10. odd state paths ----------------------------------------------------------------------
def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "odd")
    return folder / "odd"


def _directory(folder: Path) -> Path:
    (folder / "odd").mkdir()
    return folder / "odd"


def _link_to_device(folder: Path) -> Path:
    (folder / "odd").symlink_to(os.devnull)
    return folder / "odd"


def _link_to_fifo(folder: Path) -> Path:
    os.mkfifo(folder / "fifo")
    (folder / "odd").symlink_to("fifo")
    return folder / "odd"


ODD = {
    "fifo": (_fifo, "Is a FIFO"),
    "directory": (_directory, "Is a directory"),
    "link to a device": (_link_to_device, "Is a character device"),
    "link to a fifo": (_link_to_fifo, "Is a FIFO"),
}


@pytest.mark.parametrize("kind", ODD)
@pytest.mark.parametrize("command", [["zonename"], ["exec", "--", "mkdir /x"], ["reset"]])
def test_an_odd_state_path_is_refused_before_anything_is_made(
    tmp_path, capsys, deadline, kind, command
):
    make, reason = ODD[kind]
    odd = make(tmp_path)
    before = listing(tmp_path)
    status, out, err = zonetui(capsys, "--config", str(BASIC), "--state", str(odd), *command)
    assert (status, out) == (1, "")
    assert err == (
        f"zonetui: cannot use {odd} as the state file: {reason} (a state is a regular file)\n"
    )
    assert listing(tmp_path) == before


def test_a_symlinked_state_is_followed_and_the_link_kept(tmp_path, capsys):
    real = tmp_path / "real" / "state.json"
    real.parent.mkdir()
    link = tmp_path / "state.json"
    link.symlink_to(real)
    base = ("--config", str(BASIC), "--state", str(link))
    assert zonetui(capsys, *base, "exec", "--", "mkdir /made")[0] == 0
    assert link.is_symlink() and real.is_file()
    assert zonetui(capsys, *base, "exec", "--", "ls -d /made") == (0, "/made\n", "")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "/made" in StateFile(real).load().hosts[0].primary.solaris.fs.nodes
    assert sorted(p.name for p in real.parent.iterdir()) == ["state.json", "state.json.lock"]


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o600])
def test_a_save_keeps_the_state_files_mode(tmp_path, capsys, mode):
    state = tmp_path / "s.json"
    base = ("--config", str(BASIC), "--state", str(state))
    assert zonetui(capsys, *base, "exec", "--", "true")[0] == 0
    state.chmod(mode)
    assert zonetui(capsys, *base, "exec", "--", "mkdir /x")[0] == 0
    assert stat.S_IMODE(state.stat().st_mode) == mode


def test_odd_config_lab_keymap_and_settings_files_are_refused_without_blocking(tmp_path, deadline):
    fifo = _fifo(tmp_path)
    with pytest.raises(ConfigError, match="Is a FIFO"):
        load_config(fifo)
    with pytest.raises(LabError, match="Is a FIFO"):
        load_lab(fifo)
    with pytest.raises(LabError, match="Is a directory"):
        load_lab(tmp_path)
    assert "Is a FIFO" in load_keymap(fifo).problems[0]
    assert load_settings(fifo) == {}


def test_a_huge_keymap_or_settings_file_is_not_read_whole(tmp_path):
    big = tmp_path / "big"
    with big.open("wb") as handle:
        handle.truncate(64 << 20)  # sparse: 64 MiB that take no room
    assert "larger than" in load_keymap(big).problems[0]
    assert load_settings(big) == {}


def _in_a_small_process(home: Path, *args: str, stdin=None) -> subprocess.CompletedProcess:
    """zonetui in a child allowed 1 GiB of memory (an unbounded read fails there), its
    user directories under `home`."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home)}
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name)
    return subprocess.run(
        [sys.executable, "-m", "zonetui", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
        env=env,
    )


def test_lab_show_dev_zero_is_refused_in_one_line(tmp_path):
    run = _in_a_small_process(
        tmp_path, "--state", str(tmp_path / "s.json"), "lab", "show", "/dev/zero"
    )
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == "/dev/zero: cannot read the lab: Is a character device\n"


@pytest.mark.parametrize("command", [["zonecfg", "-z", "web1"], ["shell"]])
def test_standard_input_without_newlines_is_refused_not_held(tmp_path, command):
    with open("/dev/zero", "rb") as zero:
        run = _in_a_small_process(
            tmp_path,
            "--config",
            str(BASIC),
            "--state",
            str(tmp_path / "s.json"),
            *command,
            stdin=zero,
        )
    assert run.returncode == 2
    assert run.stderr.endswith("zonetui: standard input: a line is longer than 1M characters\n")


@pytest.mark.parametrize("command", [["zonecfg", "-z", "web1"], ["shell"]])
def test_a_line_of_standard_input_longer_than_the_limit_is_refused(
    tmp_path, capsys, monkeypatch, command
):
    monkeypatch.setattr(sys, "stdin", io.StringIO("#" * (MAX_LINE + 5) + "\n"))
    base = ("--config", str(BASIC), "--state", str(tmp_path / "s.json"))
    status, _, err = zonetui(capsys, *base, *command)
    assert status == 2
    assert err.endswith("zonetui: standard input: a line is longer than 1M characters\n")


def test_a_line_of_standard_input_just_within_the_limit_is_read(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("#" * MAX_LINE + "\nzonename\n"))
    base = ("--config", str(BASIC), "--state", str(tmp_path / "s.json"))
    assert zonetui(capsys, *base, "shell") == (0, "global\n", "")


def test_a_script_line_longer_than_the_limit_is_refused_before_anything_runs(tmp_path, capsys):
    script = tmp_path / "s.sh"
    script.write_text("mkdir /ran\n" + "#" * (MAX_LINE + 1) + "\n")
    state = tmp_path / "s.json"
    status, out, err = zonetui(
        capsys, "--config", str(BASIC), "--state", str(state), "run", str(script)
    )
    assert (status, out) == (2, "")
    assert err == f"zonetui: {script}: line 2 is longer than 1M characters\n"
    assert not state.exists()


# -- 8. a state too large to load again is never written -----------------------------------
def _grow(limit_over: int, tmp_path: Path, monkeypatch) -> tuple[Path, bytes]:
    state = tmp_path / "s.json"
    assert main(["--config", str(BASIC), "--state", str(state), "exec", "--", "true"]) == 0
    saved = state.read_bytes()
    monkeypatch.setattr(state_module, "MAX_STATE_BYTES", len(saved) + limit_over)
    return state, saved


def test_a_change_that_would_make_the_state_too_large_fails_as_a_full_disk(
    tmp_path, capsys, monkeypatch
):
    state, saved = _grow(1000, tmp_path, monkeypatch)
    capsys.readouterr()
    line = "echo " + "x" * 2000 + " > /big"
    status, out, err = zonetui(capsys, "--state", str(state), "exec", "--", line)
    assert (status, out) == (1, "")
    assert err == f"zonetui: cannot write the state file {state}: No space left on device\n"
    assert state.read_bytes() == saved
    assert zonetui(capsys, "--state", str(state), "exec", "--", "echo small > /small")[0] == 0
    assert zonetui(capsys, "--state", str(state), "exec", "--", "ls /big /small")[1] == "/small\n"


def test_a_refused_save_puts_the_world_back_to_what_was_saved(tmp_path, monkeypatch):
    state, saved = _grow(1000, tmp_path, monkeypatch)
    workspace = Workspace.open(BASIC, state, False)
    refused = pytest.raises(StateError, match="No space left on device")
    with refused, workspace.transaction() as world:
        world.name = "x" * 2000
    assert workspace.world.name == "basic"
    assert state.read_bytes() == saved
    with workspace.transaction() as world:  # and the next change is saved
        world.name = "renamed"
    assert StateFile(state).load().name == "renamed"


# -- 11. a state that breaks an invariant is refused at load ------------------------------
def _broken_state(tmp_path: Path) -> Path:
    state = tmp_path / "s.json"
    world = load_config(BASIC)
    world.host("t2000-a").primary.vcpus += [0, 9999]
    StateFile(state).save(world)
    return state


def test_a_state_that_breaks_an_invariant_is_refused_like_a_corrupt_one(tmp_path, capsys):
    state = _broken_state(tmp_path)
    saved = state.read_bytes()
    for command in (["zonename"], ["exec", "--", "mkdir /x"], ["ldm", "list"]):
        status, out, err = zonetui(capsys, "--state", str(state), *command)
        assert (status, out) == (1, "")
        assert err == (
            f"zonetui: the state file {state} is not a zonetui state (t2000-a: strand 0 owned "
            "by primary and primary); it was left as it is. Run 'zonetui reset' to start "
            "afresh from the config.\n"
        )
    assert state.read_bytes() == saved
    with pytest.raises(StateError, match="strand 0 owned"):
        StateFile(state).load()


def test_check_state_still_lists_every_problem_of_a_refused_state(tmp_path, capsys):
    state = _broken_state(tmp_path)
    assert zonetui(capsys, "--state", str(state), "check-state") == (
        1,
        "t2000-a: strand 0 owned by primary and primary\n"
        "t2000-a: domain primary: strand 9999 is not on the host\n",
        "",
    )


def test_a_refresh_refuses_a_broken_state_another_process_wrote(tmp_path):
    state = tmp_path / "s.json"
    workspace = Workspace.open(BASIC, state, False)
    world = load_config(BASIC)
    world.host("t2000-a").primary.vcpus += [0]
    StateFile(state).save(world)
    with pytest.raises(StateError, match="strand 0 owned"), workspace.transaction():
        pass


def test_zone_files_edited_by_hand_still_load_and_check_state_says_so(tmp_path, capsys):
    base = ("--config", str(BASIC), "--state", str(tmp_path / "s.json"))
    assert (
        zonetui(capsys, *base, "exec", "--", "zonecfg -z web1 'create; set zonepath=/zones/web1'")[
            0
        ]
        == 0
    )
    assert zonetui(capsys, *base, "exec", "--", "rm /etc/zones/index")[0] == 0
    assert zonetui(capsys, *base, "zoneadm", "list", "-c") == (0, "global\nweb1\n", "")
    status, out, _ = zonetui(capsys, *base, "check-state")
    assert status == 1 and "/etc/zones/index" in out


# -- 4. export writes whole or not at all ------------------------------------------------------
def _with_file(text: str):
    world = load_config(BASIC)
    where = place(world, "t2000-a")
    where.view.write("/var/tmp/f", text, now=world.clock)
    return where


def test_export_of_text_no_bytes_stand_for_is_refused_and_the_target_untouched(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("the user's\n")
    with pytest.raises(TransferError, match="nothing was written"):
        export_file(_with_file("lone \ud800 surrogate\n"), "/var/tmp/f", str(target))
    assert target.read_text() == "the user's\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_export_of_bytes_that_are_not_utf8_writes_those_bytes(tmp_path, capsys):
    base = ("--config", str(BASIC), "--state", str(tmp_path / "s.json"))
    target = tmp_path / "out.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    assert zonetui(capsys, *base, "exec", "--", "echo caf\udce9 > /f")[0] == 0
    status, _, err = zonetui(capsys, *base, "export", "/f", "--to", str(target))
    assert (status, err) == (0, "")
    assert target.read_bytes() == b"caf\xe9\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "s.json", "s.json.lock"]


def test_export_to_a_fifo_is_refused_without_blocking(tmp_path, deadline):
    fifo = _fifo(tmp_path)
    with pytest.raises(TransferError, match="is not a regular file"):
        export_file(_with_file("text\n"), "/var/tmp/f", str(fifo))
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize(
    "verb",
    [["start", "--shell", "zones-sparse-root"], ["exec", "zones-sparse-root", "zonecfg -z a"]],
)
def test_a_lab_refuses_a_line_of_standard_input_longer_than_the_limit(capsys, monkeypatch, verb):
    monkeypatch.setattr(sys, "stdin", io.StringIO("#" * (MAX_LINE + 5)))
    status, _, err = zonetui(capsys, "lab", *verb)
    assert status == 2
    assert err.endswith("zonetui lab: standard input: a line is longer than 1M characters\n")


def test_the_tui_console_says_the_disk_is_full_and_shows_the_world_as_saved(tmp_path, monkeypatch):
    from zonetui.sim.context import Context
    from zonetui.tui.terminal import Terminal

    state, saved = _grow(1000, tmp_path, monkeypatch)
    workspace = Workspace.open(BASIC, state, False)
    terminal = Terminal(workspace, Context("t2000-a"))
    outcome = terminal.submit("echo " + "x" * 2000 + " > /big")
    errors = "".join(text for stream, text in outcome.events if stream == "err")
    assert errors.endswith(
        f"zonetui: cannot write the state file {state}: No space left on device\n"
    )
    assert "/big" not in workspace.world.host("t2000-a").primary.solaris.fs.nodes
    assert state.read_bytes() == saved
    terminal.submit("echo small > /small")
    assert "/small" in StateFile(state).load().host("t2000-a").primary.solaris.fs.nodes
