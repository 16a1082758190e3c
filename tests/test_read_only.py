"""`zonetui --read-only` outside the TUI (issue 15 item 7): commands run, and whatever they
change is dropped — the state file keeps its bytes and its mtime, and nothing is created
beside it; the commands that exist only to change the state say so and exit 1."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from zonetui.cli import LAB_WRITERS, MSG_READ_ONLY, STATE_CHANGERS, build_parser, main

CONFIG = str(Path(__file__).parent / "configs" / "basic.toml")


def zonetui(state: Path, *args: str) -> int:
    return main(["--config", CONFIG, "--state", str(state), *args])


@pytest.fixture
def saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A state saved by an ordinary command, and nothing printed yet."""
    state = tmp_path / "state" / "state.json"
    assert zonetui(state, "exec", "--", "mkdir /saved") == 0
    capsys.readouterr()
    return state


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under the folder with its bytes and mtime."""
    return {
        str(path): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize(
    ("args", "stdin", "out"),
    [
        (["exec", "--", "mkdir /new && ls -d /new"], "", "/new\n"),
        (["zonecfg", "-z", "web", "create; set zonepath=/zones/web; commit"], "", ""),
        (["zoneadm", "-z", "nosuch", "install"], "", ""),
        (
            ["run"],
            "mkdir /new\nzonecfg -z web 'create; set zonepath=/zones/web; commit'\nzoneadm list -cp\n",
            None,
        ),
        (["shell"], "mkdir /new\nls -d /new\nrm -r /saved\n", "/new\n"),
        (["export", "/etc/hosts", "--to", "HOSTFILE"], "", None),
        (["check-state"], "", None),
    ],
)
def test_commands_run_and_their_changes_are_dropped(
    saved: Path,
    args: list[str],
    stdin: str,
    out: str | None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = [str(saved.parent.parent / "export") if a == "HOSTFILE" else a for a in args]
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    before = snapshot(saved.parent)
    zonetui(saved, "--read-only", *args)
    shown = capsys.readouterr()
    assert "not run" not in shown.err
    if out is not None:
        assert shown.out == out
    assert snapshot(saved.parent) == before
    # the world is as saved: what the read-only command made is not there
    assert zonetui(saved, "exec", "--", "ls -d /saved /new") == 2
    assert capsys.readouterr().out == "/saved\n"
    assert zonetui(saved, "zoneadm", "list", "-cp") == 0
    assert "web" not in capsys.readouterr().out


def test_a_read_only_script_sees_its_own_changes(
    saved: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dry run: the changes last for the command line, and only they are dropped."""
    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO("zonecfg -z web 'create; set zonepath=/zones/web; commit'\nzoneadm list -c\n"),
    )
    assert zonetui(saved, "--read-only", "run") == 0
    assert capsys.readouterr().out == "global\nweb\n"


@pytest.mark.parametrize(
    "args",
    [
        ["reset"],
        ["--ephemeral", "reset"],
        ["import", "HOSTFILE"],
        ["copy-zonepath", "t2000-a:primary:web", "t2000-a:primary:web2"],
        ["poweroff"],
        ["poweron"],
        ["lab", "reset", "zones-101"],
        ["lab", "exec", "zones-101", "--", "zonename"],
    ],
)
def test_commands_that_only_change_the_state_are_refused(
    saved: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    host_file = saved.parent.parent / "hostfile"
    host_file.write_text("from the host\n")
    args = [str(host_file) if a == "HOSTFILE" else a for a in args]
    before = snapshot(saved.parent.parent)
    assert zonetui(saved, "--read-only", *args) == 1
    command = " ".join(a for a in args if not a.startswith("-"))
    command = " ".join(command.split()[:2]) if args[0] == "lab" else command.split()[0]
    assert capsys.readouterr() == ("", MSG_READ_ONLY.format(command=command) + "\n")
    assert snapshot(saved.parent.parent) == before


def test_the_refusal_tables_name_real_commands() -> None:
    def verbs(parser: argparse.ArgumentParser) -> set[str]:
        parser.format_help()  # the lab's verbs are added when first needed
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return set(action.choices)

    commands = build_parser()
    assert verbs(commands) >= STATE_CHANGERS
    lab = next(a for a in commands._actions if isinstance(a, argparse._SubParsersAction))
    assert verbs(lab.choices["lab"]) >= LAB_WRITERS


def test_read_only_with_no_saved_state_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state" / "state.json"
    assert zonetui(state, "--read-only", "exec", "--", "mkdir /new; ls -d /new") == 0
    assert capsys.readouterr().out == "/new\n"
    assert list(tmp_path.iterdir()) == []


def test_read_only_needs_no_write_access_to_the_state(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A shared state on a folder the user cannot write to: no lock file is made."""
    lock = saved.with_name(saved.name + ".lock")
    lock.unlink(missing_ok=True)
    before = snapshot(saved.parent)
    assert zonetui(saved, "--read-only", "exec", "--", "ls -d /saved") == 0
    assert capsys.readouterr().out == "/saved\n"
    assert snapshot(saved.parent) == before
    assert not lock.exists()
