"""The command-line contract of DESIGN.md §4."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zonetui import __version__
from zonetui.cli import TOOLS, main

CONFIG = str(Path(__file__).parent / "configs" / "basic.toml")


def zt(*args: str, state: Path | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    """zonetui as a separate process, the way scripts use it."""
    env = dict(os.environ)
    if state is not None:
        env["ZONETUI_STATE"] = str(state)
    return subprocess.run(
        [sys.executable, "-m", "zonetui", "--config", CONFIG, *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=60,
    )


def test_exec_keeps_state_across_processes(tmp_path):
    state = tmp_path / "state.json"
    first = zt("exec", "--", "mkdir", "-m", "700", "/zones", state=state)
    assert (first.returncode, first.stdout, first.stderr) == (0, "", "")
    second = zt("exec", "--", "ls", "-ld", "/zones", state=state)
    assert second.returncode == 0
    assert second.stdout.startswith("drwx------ ")
    assert second.stdout.rstrip().endswith(" /zones")


def test_exec_status_and_streams(tmp_path):
    done = zt("exec", "--", "zoneadm", "-z", "nosuch", "list", state=tmp_path / "s.json")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "zoneadm: nosuch: No such zone configured\n"


def test_single_argument_is_a_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "s.json"))
    assert main(["--config", CONFIG, "exec", "--", "echo a; echo b && false"]) == 1
    assert capsys.readouterr().out == "a\nb\n"


def test_tool_shorthands_are_exec(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "s.json"))
    assert main(["--config", CONFIG, "zoneadm", "list", "-p"]) == 0
    assert capsys.readouterr().out == "0:global:running:/::native:shared\n"
    assert main(["--config", CONFIG, "zonename", "-t"]) == 0
    assert capsys.readouterr().out == "shared\n"
    # words are passed through quoted, not re-split
    assert main(["--config", CONFIG, "ldm", "list", "a b"]) == 1
    assert capsys.readouterr().err == "LDom a b does not exist\n"


def test_host_option_chooses_where_commands_run(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "s.json"))
    assert main(["--config", CONFIG, "--host", "t5220-a", "exec", "--", "hostname"]) == 0
    assert capsys.readouterr().out == "t5220-a\n"
    assert main(["--config", CONFIG, "--host", "nope", "exec", "--", "hostname"]) == 1
    assert capsys.readouterr().err == "zonetui: no host 'nope' in this cluster\n"


def test_ephemeral_saves_nothing(tmp_path, capsys, monkeypatch):
    state = tmp_path / "s.json"
    monkeypatch.setenv("ZONETUI_STATE", str(state))
    assert main(["--config", CONFIG, "--ephemeral", "exec", "--", "mkdir /zones"]) == 0
    assert not state.exists()


def test_reset_starts_afresh(tmp_path, capsys):
    state = tmp_path / "s.json"
    args = ["--config", CONFIG, "--state", str(state)]
    assert main([*args, "exec", "--", "mkdir /zones"]) == 0
    assert main([*args, "reset"]) == 0
    assert main([*args, "exec", "--", "ls -d /zones"]) == 2
    err = capsys.readouterr().err
    assert err.endswith("/zones: No such file or directory\n")


def test_corrupt_state_is_kept_and_named(tmp_path, capsys):
    state = tmp_path / "s.json"
    state.write_text("{not json")
    assert main(["--config", CONFIG, "--state", str(state), "zonename"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(state) in err and "zonetui reset" in err
    assert state.read_text() == "{not json"
    assert main(["--config", CONFIG, "--state", str(state), "reset"]) == 0
    assert json.loads(state.read_text())["format"] == "zonetui-state"


def test_foreign_json_state(tmp_path, capsys):
    state = tmp_path / "s.json"
    state.write_text('{"hello": "world"}')
    assert main(["--config", CONFIG, "--state", str(state), "zonename"]) == 1
    assert "is not a zonetui state" in capsys.readouterr().err


def test_bad_config_is_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[hosts]]\nname = "x"\nplatform = "T9999"\n')
    assert main(["--config", str(bad), "--ephemeral", "zonename"]) == 2
    assert capsys.readouterr().err == (
        f"{bad}:3: unknown platform 'T9999'; known platforms: T1000, T2000, Netra-T2000, "
        "T6300, T5120, T5220, T6320, T5140, T5240, T6340, T5440\n"
    )


def test_missing_config(tmp_path, capsys):
    assert main(["--config", str(tmp_path / "none.toml"), "--ephemeral", "zonename"]) == 2
    assert (
        capsys.readouterr().err
        == f"{tmp_path / 'none.toml'}:0: cannot read the cluster definition: No such file or directory\n"
    )


def test_missing_script(tmp_path, capsys):
    assert main(["--config", CONFIG, "--ephemeral", "run", str(tmp_path / "nope.sh")]) == 2
    assert (
        capsys.readouterr().err
        == f"zonetui: cannot read script {tmp_path / 'nope.sh'}: No such file or directory\n"
    )


def test_run_from_stdin_interactive_question_answer():
    done = zt("--ephemeral", "run", "--echo", "-", stdin="echo hi\n")
    assert (done.returncode, done.stdout, done.stderr) == (0, "# echo hi\nhi\n", "")


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"zonetui {__version__}\n"


@pytest.mark.parametrize("sub", ["run", "shell", "exec", "reset", "locate"])
def test_every_subcommand_has_help(sub, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([sub, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: zonetui {sub}")


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--bogus"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus" in err
    assert "Traceback" not in err


def test_locate(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "s.json"))
    assert main(["locate"]) == 0
    out = capsys.readouterr().out
    assert f"state:  {tmp_path / 's.json'}" in out
    assert "demo.toml" in out


def test_tools_are_the_registered_commands():
    from zonetui.sim.registry import load_commands

    assert set(TOOLS) <= set(load_commands())


def test_shell_reads_lines_without_a_terminal():
    done = zt("--ephemeral", "shell", stdin="zonename\nexit 3\n")
    assert (done.returncode, done.stdout, done.stderr) == (3, "global\n", "")


def test_internal_error_is_one_line_exit_70(tmp_path, capsys, monkeypatch):
    from zonetui.sim.registry import REGISTRY, load_commands

    load_commands()
    original = REGISTRY["zonename"]

    def broken(inv):
        raise RuntimeError("injected fault")

    monkeypatch.setitem(
        REGISTRY, "zonename", original.__class__(**{**original.__dict__, "run": broken})
    )
    from zonetui.cli import log
    from zonetui.store.paths import log_file

    monkeypatch.setattr(log, "handlers", [])  # this test's own log file, in its HOME
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "s.json"))
    assert main(["--config", CONFIG, "exec", "--", "zonename"]) == 70
    assert capsys.readouterr().err == (
        f"zonetui: internal error in 'zonename': injected fault\nzonetui: details in {log_file()}\n"
    )
    for handler in log.handlers:
        handler.close()
    logged = log_file().read_text()
    assert "internal error in 'zonename'" in logged
    assert "RuntimeError: injected fault" in logged  # the traceback, not on the terminal


def test_output_to_a_pipe_is_not_a_terminal(tmp_path):
    # ls prints columns on a terminal and one name per line into a pipe, as on Solaris
    done = zt("--ephemeral", "exec", "--", "ls", "/etc/zones")
    assert done.stdout == "SUNWblank.xml\nSUNWdefault.xml\nindex\n"
    shown = zt("--ephemeral", "run", "--echo", "-", stdin="ls /etc/zones\n")
    assert shown.stdout == "# ls /etc/zones\nSUNWblank.xml    SUNWdefault.xml  index\n"


def test_service_processor_power(tmp_path, capsys):
    args = ["--config", CONFIG, "--state", str(tmp_path / "s.json")]
    assert main([*args, "poweroff", "t5220-a"]) == 0
    assert capsys.readouterr().out == "zonetui: host 't5220-a' powered off\n"
    assert main([*args, "poweroff", "t5220-a"]) == 1
    assert capsys.readouterr().err == "zonetui: host 't5220-a' is already powered off\n"
    assert main([*args, "--host", "t5220-a", "zonename"]) == 1
    assert capsys.readouterr().err == (
        "zonetui: host 't5220-a' is powered off (zonetui poweron t5220-a)\n"
    )
    assert main([*args, "zonename"]) == 0  # the other hosts run on
    assert main([*args, "poweron", "t5220-a"]) == 0
    assert main([*args, "--host", "t5220-a", "zonename"]) == 0
    assert capsys.readouterr().out.endswith("global\n")
    assert main([*args, "poweron", "nosuch"]) == 1
    assert capsys.readouterr().err == "zonetui: no host 'nosuch' in this cluster\n"


def test_context_errors(tmp_path, capsys):
    args = ["--config", CONFIG, "--ephemeral"]
    assert main([*args, "--domain", "ldg9", "zonename"]) == 1
    assert capsys.readouterr().err == "zonetui: no domain 'ldg9' on host 't2000-a'\n"
    assert main([*args, "--zone", "web1", "zonename"]) == 1
    assert capsys.readouterr().err == "zonetui: zone 'web1' is not running\n"


_NOISY = "zonename\nzoneadm -z nosuch list\n" * 300  # 600 lines, out and err by turns


def test_a_script_written_apart_keeps_each_streams_order(tmp_path):
    """Output that is not a terminal is held and written in blocks (cli._Script):
    each stream keeps its own order, and all of it arrives."""
    done = zt("--ephemeral", "run", "-", stdin=_NOISY)
    assert done.returncode == 1
    assert done.stdout == "global\n" * 300
    assert done.stderr == "zoneadm: nosuch: No such zone configured\n" * 300


def test_a_script_into_one_file_keeps_the_scripts_order(tmp_path):
    out = tmp_path / "out"
    with open(out, "w") as handle:
        subprocess.run(
            [sys.executable, "-m", "zonetui", "--config", CONFIG, "--ephemeral", "run", "-"],
            input=_NOISY,
            text=True,
            stdout=handle,
            stderr=subprocess.STDOUT,
            timeout=60,
        )
    assert out.read_text() == "global\nzoneadm: nosuch: No such zone configured\n" * 300


def test_a_reader_that_stops_early_is_no_error(tmp_path):
    """`zonetui run s.sh | head -1`: quiet, status 141 as a shell reports SIGPIPE."""
    command = [sys.executable, "-m", "zonetui", "--config", CONFIG, "--ephemeral", "run", "-"]
    writer = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    writer.stdout.close()  # the reader is gone before the first line
    _, err = writer.communicate("zonename\n" * 5000, timeout=60)
    assert (writer.returncode, err) == (141, "")
