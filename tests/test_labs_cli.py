"""`zonetui lab ...` end to end: list, show, start (line-mode shell), exec, check, hint,
reset, progress and verify-solutions, on labs bundled, in the user folder or at a path."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zonetui.cli import main
from zonetui.labs import attempts
from zonetui.labs.library import user_dir

LAB = "zones-sparse-root"
SOLUTION = [
    'zonecfg -z web1 "create; set zonepath=/zones/web1; set autoboot=true"',
]


def lab(*args: str, stdin: str = "", monkeypatch=None) -> int:
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["lab", *args])


def test_list_is_a_table_with_tags_and_difficulty(capsys) -> None:
    assert lab("list") == 0
    lines = capsys.readouterr().out.splitlines()
    # on a pipe it fits 100 columns: the tags go under the title
    assert lines[0].split() == ["ID", "LEVEL", "MIN", "DONE", "TITLE"]
    assert lines[1].split() == ["TAGS"] and lines[1].index("TAGS") == lines[0].index("TITLE")
    assert max(len(line) for line in lines) <= 100
    at = next(n for n, line in enumerate(lines) if line.startswith(LAB + " "))
    assert lines[at].split()[1:] == ["beginner", "10", "Configure", "a", "sparse-root", "zone"]
    assert lines[at + 1].strip() == "310-202, zonecfg, sparse-root"
    assert len(lines) > 60


def test_list_on_a_wide_terminal_is_one_line_a_lab(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda fallback=None: os.terminal_size((200, 50))
    )
    assert lab("list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "LEVEL", "MIN", "DONE", "TITLE", "TAGS"]
    row = next(line for line in lines if line.startswith(LAB + " "))
    assert re.search(r"  Configure a sparse-root zone +310-202, zonecfg, sparse-root$", row)


def test_progress_fits_100_columns_too(capsys) -> None:
    assert lab("progress") == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 100
    at = next(n for n, line in enumerate(lines) if line.startswith("combo-zones-in-guest "))
    assert lines[at].endswith("Dedicated CPUs in a zone, inside a")
    assert lines[at + 1].strip() == "guest on whole cores"


def test_a_long_title_wraps_in_its_column() -> None:
    from zonetui.labs.frontend import fitted_table

    rows = [("a", "one two three four five six seven")]
    assert fitted_table(("ID", "TITLE"), rows, 40) == ["ID  TITLE", "a   " + rows[0][1]]
    assert fitted_table(("ID", "TITLE"), rows, 30) == [
        "ID  TITLE",
        "a   one two three four five",
        "    six seven",
    ]


def test_list_by_tag(capsys) -> None:
    assert lab("list", "--tag", "whole-core") == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()[2:] if line[0] != " "]
    assert ids == [
        "combo-zones-in-guest",
        "ldoms-split-pcie-t5240",
        "ldoms-whole-core-convert",
        "ldoms-whole-core",
    ]
    assert lab("list", "--tag", "no-such-tag") == 1
    assert capsys.readouterr().err == "(no lab has tag no-such-tag)\n"


def test_show_prints_the_task_and_the_steps(capsys) -> None:
    assert lab("show", LAB) == 0
    out = capsys.readouterr().out
    assert out.startswith("Configure a sparse-root zone  [zones-sparse-root]\n")
    assert "Configure a non-global zone named `web1`" in out
    assert "  4. It boots with the system\n" in out
    assert "Reference solution: 8 lines typed" in out
    assert "create\n" not in out  # no spoiler without --solution
    assert lab("show", LAB, "--solution") == 0
    assert "set zonepath=/zones/web1\n" in capsys.readouterr().out


def test_an_unknown_lab(capsys) -> None:
    assert lab("show", "no-such-lab") == 1
    assert (
        capsys.readouterr().err
        == "zonetui lab: no lab 'no-such-lab' (zonetui lab list shows them)\n"
    )


def test_check_before_start(capsys) -> None:
    assert lab("check", LAB) == 1
    assert capsys.readouterr().err == (
        f"zonetui lab: lab '{LAB}' has not been started (zonetui lab start {LAB})\n"
    )


def test_a_lab_from_start_to_done(capsys, monkeypatch) -> None:
    assert lab("start", "--shell", LAB, stdin="zoneadm list -cv\n", monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    assert "  ID NAME             STATUS     PATH" in out
    assert lab("check", LAB) == 1
    assert capsys.readouterr().out.splitlines() == [
        "✘ 1. Zone web1 is configured",
        "    why not yet: `zoneadm -z web1 list -p` failed: zoneadm: web1: No such zone configured",
        "✘ 2. Its zonepath is /zones/web1",
        "    why not yet: `zonecfg -z web1 info zonepath` failed: web1: No such zone configured",
        "✘ 3. It is a sparse-root zone (the four inherited directories)",
        "    why not yet: `zonecfg -z web1 info inherit-pkg-dir` failed: web1: No such zone configured",
        "✘ 4. It boots with the system",
        "    why not yet: `zonecfg -z web1 info autoboot` failed: web1: No such zone configured",
        "0/4 steps · hints 0/3 · 1 lines typed (reference: 8)",
    ]
    assert lab("hint", LAB) == 0
    assert capsys.readouterr().out.startswith("Hint 1/3: `zonecfg -z web1` opens")
    assert lab("exec", LAB, "--", SOLUTION[0]) == 0
    assert lab("check", LAB) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "4/4 steps · hints 1/3 · 2 lines typed (reference: 8)",
        "Lab complete: every step passes.",
    ]
    assert lab("progress") == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith(LAB))
    assert row.split()[:6] == [LAB, "✔", "4/4", "1/3", "2/8", "1"]
    assert lab("list") == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith(LAB))
    assert " ✔ " in row
    results = json.loads((attempts.labs_dir() / "results.json").read_text())
    assert [(r["lab_id"], r["passed"], r["lines_typed"]) for r in results] == [(LAB, True, 2)]


def test_hints_one_at_a_time_then_all(capsys) -> None:
    for _ in range(4):
        assert lab("hint", LAB) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line[:10] for line in out[-4:]] == [
        "Hint 1/3: ",
        "Hint 2/3: ",
        "Hint 3/3: ",
        "(every hin",
    ]


def test_reset_starts_afresh(capsys) -> None:
    assert lab("exec", LAB, "--", SOLUTION[0]) == 0
    assert lab("hint", LAB) == 0
    assert lab("reset", LAB) == 0
    out = capsys.readouterr().out
    assert f"zonetui: lab '{LAB}' starts afresh: " in out
    assert lab("check", LAB) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "0/4 steps · hints 0/3 · 0 lines typed (reference: 8)"
    )


def test_exec_keeps_the_lab_state_apart_from_the_main_state(capsys, tmp_path) -> None:
    assert lab("exec", LAB, "--", "zonecfg", "-z", "web7", "create; set zonepath=/zones/web7") == 0
    assert main(["--ephemeral", "--config", str(user_dir() / "none.toml"), "zonename"]) == 2
    assert lab("exec", LAB, "--", "zoneadm list -cp") == 0
    assert "web7:configured" in capsys.readouterr().out
    assert (attempts.labs_dir() / f"{LAB}.json").is_file()


def test_exec_status_is_the_commands(capsys) -> None:
    assert lab("exec", LAB, "--", "zoneadm -z nothere boot") == 1
    assert capsys.readouterr().err == "zoneadm: nothere: No such zone configured\n"
    assert lab("exec", LAB) == 2


def test_exam_refuses_hints_and_ends_at_check(capsys, monkeypatch) -> None:
    assert (
        lab("start", "--exam", "--shell", LAB, stdin=SOLUTION[0] + "\n", monkeypatch=monkeypatch)
        == 0
    )
    assert "Exam: Configure a sparse-root zone. Time limit 15 min" in capsys.readouterr().out
    assert lab("hint", LAB) == 1
    assert capsys.readouterr().err == "zonetui lab: no hints in an exam\n"
    assert lab("check", LAB) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "Exam finished: 4/4 steps.",
        "Lab complete: every step passes.",
    ]
    # the exam is over: nothing more runs in it
    assert lab("exec", LAB, "--", "zoneadm list") == 1
    assert "the exam's time is up" in capsys.readouterr().err
    [result] = attempts.load_results()
    assert (result.mode, result.passed) == ("exam", True)


def test_an_exam_whose_time_is_up_refuses_commands(capsys, monkeypatch) -> None:
    assert lab("start", "--exam", "--shell", LAB, stdin="", monkeypatch=monkeypatch) == 0
    attempt = attempts.load_attempt(LAB)
    attempt.deadline = time.time() - 1
    attempts.save_attempt(attempt)
    assert lab("start", "--shell", LAB, stdin="zoneadm list\n", monkeypatch=monkeypatch) == 0
    # an exam that is over is not resumed: a new practice attempt starts
    assert attempts.load_attempt(LAB).mode == "practice"


DISABLING = """
id = "my-disabled"
title = "No zlogin here"
objectives = ["310-202"]
difficulty = "beginner"
minutes = 5
disabled_commands = ["zlogin", "zonecfg -z global"]
task = "Configure web9 without zlogin."
hints = ["zonecfg"]
solution = '''
zonecfg -z web9 "create; set zonepath=/zones/web9"
'''

[world]
config = "lab-world.toml"

[[steps]]
title = "web9 is configured"
[[steps.checks]]
run = "zoneadm -z web9 list -p"
match = '^-:web9:configured:'
"""

WORLD = """
[[hosts]]
name = "box1"
platform = "T5220"
setup = "mkdir -m 700 /zones"
"""


def test_a_lab_at_a_path_with_its_own_world(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "my-lab.toml"
    path.write_text(DISABLING)
    (tmp_path / "lab-world.toml").write_text(WORLD)
    stdin = "hostname\nzlogin web9 ls\nzonecfg -z global info\nzonecfg -z web9 'create; set zonepath=/zones/web9'\n"
    assert lab("start", "--shell", str(path), stdin=stdin, monkeypatch=monkeypatch) == 0
    captured = capsys.readouterr()
    assert captured.out == "box1\n"
    assert captured.err == (
        "zlogin: disabled in this lab\nzonecfg -z global: disabled in this lab\n"
    )
    # found again by its id: the attempt remembers the file
    assert lab("check", "my-disabled") == 0
    assert capsys.readouterr().out.splitlines()[-2] == (
        "1/1 steps · hints 0/1 · 2 lines typed (reference: 1)"
    )
    assert lab("verify-solutions", str(path)) == 0


def test_a_lab_in_the_user_folder(capsys) -> None:
    folder = user_dir()
    folder.mkdir(parents=True)
    (folder / "my-disabled.toml").write_text(DISABLING)
    (folder / "lab-world.toml").write_text(WORLD)
    assert lab("list", "--tag", "310-202") == 0
    assert "my-disabled" in capsys.readouterr().out
    assert lab("show", "my-disabled") == 0
    assert f"file: {folder / 'my-disabled.toml'}" in capsys.readouterr().out


def test_a_broken_user_lab_is_named_and_the_others_listed(capsys) -> None:
    folder = user_dir()
    folder.mkdir(parents=True)
    (folder / "oops.toml").write_text('id = "oops"\ntitle = "x"\n')
    assert lab("list") == 0
    captured = capsys.readouterr()
    assert captured.err == f"{folder / 'oops.toml'}: missing key 'objectives'\n"
    assert LAB in captured.out
    assert lab("show", str(folder / "oops.toml")) == 2


def test_verify_solutions_says_which_lab_fails(tmp_path, capsys) -> None:
    path = tmp_path / "bad.toml"
    (tmp_path / "lab-world.toml").write_text(WORLD)
    path.write_text(DISABLING.replace('"create; set zonepath=/zones/web9"', '"create -b"'))
    assert lab("verify-solutions", str(path), LAB) == 1
    assert capsys.readouterr().out.splitlines() == [
        '✘ my-disabled: solution line 1 failed (exit 1): zonecfg -z web9 "create -b"',
        f"✔ {LAB}: the start fails 4 of 4 steps; the solution passes all",
        "1 of 2 labs verified",
    ]


@pytest.mark.parametrize(
    "verb",
    ["list", "show", "start", "check", "hint", "reset", "exec", "verify-solutions", "progress"],
)
def test_every_verb_has_help(verb, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["lab", verb, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("usage: zonetui lab " + verb)


def test_verify_solutions_of_every_bundled_lab_as_a_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "zonetui", "lab", "verify-solutions"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert all(line.startswith("✔ ") for line in lines[:-1])
    assert lines[-1] == f"{len(lines) - 1} of {len(lines) - 1} labs verified"


def test_start_opens_the_tui_on_the_labs_own_world(monkeypatch, tmp_path) -> None:
    opened = {}

    def run_lab_app(loaded, attempt, override):
        opened.update(lab=loaded.id, mode=attempt.mode, state=attempt.state, where=override)
        return 0

    monkeypatch.setattr("zonetui.tui.lab_panel.run_lab_app", run_lab_app)
    assert main(["lab", "start", LAB]) == 0
    assert (opened["lab"], opened["mode"]) == (LAB, "practice")
    assert opened["state"] == str(attempts.world_file(LAB))
    state = tmp_path / "exam.json"
    assert main(["--state", str(state), "lab", "start", "--exam", LAB]) == 0
    assert (opened["mode"], opened["state"]) == ("exam", str(state))
    assert state.is_file()


def test_global_options_choose_where_lab_commands_run(capsys) -> None:
    lab_id = "combo-zones-in-guest"
    assert main(["--domain", "ldg1", "lab", "exec", lab_id, "--", "psrinfo"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4  # 12 CPUs, 8 in db1's pool
    assert main(["--domain", "ldg1", "--zone", "db1", "lab", "exec", lab_id, "--", "zonename"]) == 0
    assert capsys.readouterr().out == "db1\n"


class Terminal(io.StringIO):
    """What a terminal is to Rich: a stream that says it is one."""

    def isatty(self) -> bool:
        return True


def test_show_renders_the_task_s_markdown_on_a_terminal_and_keeps_it_on_a_pipe() -> None:
    from zonetui.labs.frontend import show

    piped, terminal = io.StringIO(), Terminal()
    assert show("zones-net", False, piped) == 0
    assert show("zones-net", False, terminal) == 0
    assert "Zone `web1` is configured on **t2000-a** but has no network yet." in piped.getvalue()
    shown = re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue())  # without its colours
    assert "**" not in shown and "`" not in shown
    assert "Zone web1 is configured on t2000-a but has no network yet." in shown
    assert " • address 192.168.1.11" in shown
    assert "Steps:\n  1. web1 has an interface on e1000g0\n" in shown
