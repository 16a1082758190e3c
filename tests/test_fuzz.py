"""Arbitrary text into every parser (issue 8): a short campaign of bench/fuzz.py per target,
and hypothesis' own text. Each case ends in a status and a message, or the loader's
one-line error; never an internal error, an escaping exception or a broken world.

The host campaigns (issue 15: odd paths, hostile files, what may block) run briefly too,
and the checks they make are shown to see what they look for."""

from __future__ import annotations

import contextlib
import gc
import os
import posix
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench import fuzz, fuzz_host
from zonetui.shell.lexer import NeedMore, ShellSyntaxError, parse
from zonetui.sim.safexml import ParseError, UnsafeXml, parse_xml
from zonetui.sim.zones.files import InvalidDocument, config_from_xml
from zonetui.store.config import ConfigError, parse_config
from zonetui.store.state import StateError, parse_state

CASES = 150
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PARSER_TARGETS = sorted(set(fuzz.TARGETS) - set(fuzz.HOST_TARGETS))
# What the host campaigns still find once issue 15's fixes are merged: `lab show` of a
# symbolic link loop exits 70, a refused `--state` that is a loop leaves a lock beside it,
# `zonetui run FIFO` blocks. Strict: the tests say so when they are fixed (then remove the
# marks).


@pytest.mark.parametrize("target", PARSER_TARGETS)
def test_a_short_campaign_finds_nothing(target):
    stats = fuzz.campaign(CASES, seed=sum(map(ord, target)), targets=[target])
    assert sum(stats.cases.values()) >= CASES
    assert stats.failed == 0, fuzz.report(stats, 0)


def test_the_campaign_reaches_every_outcome():
    """Not only refusals: the generators make text the tools accept too."""
    stats = fuzz.campaign(1500, seed=5, targets=PARSER_TARGETS)
    outcomes = {outcome for (_, outcome) in stats.outcomes}
    assert {"status 0", "status 1", "status 2", "parsed", "needs more", "syntax error"} <= outcomes
    assert {"ConfigError", "StateError", "InvalidDocument"} <= outcomes
    assert set(stats.cases) == set(PARSER_TARGETS)


def test_the_script_reports_counts(capsys):
    assert fuzz.main(["--lines", "60", "--seed", "3", "--targets", ",".join(PARSER_TARGETS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(tuple(f"{n} cases in " for n in range(60, 200)))
    assert ", 0 failures" in out.splitlines()[0]


# -- hypothesis' text, straight into each parser -----------------------------------------------
TEXT = st.text(st.characters(codec="utf-8"), max_size=300) | st.text(max_size=50)


@SETTINGS
@given(TEXT)
def test_the_shell_lexer_answers_any_text(text):
    with contextlib.suppress(NeedMore, ShellSyntaxError):
        parse(text)


@SETTINGS
@given(TEXT)
def test_a_cluster_definition_is_a_world_or_one_line_error(text):
    try:
        parse_config(text, "c.toml")
    except ConfigError as error:
        assert "\n" not in str(error).strip() and str(error).startswith("c.toml:")


@SETTINGS
@given(st.binary(max_size=300))
def test_a_state_file_is_a_world_or_a_state_error(raw):
    try:
        parse_state(raw, "s.json")
    except StateError as error:
        assert "s.json" in str(error) and "\n" not in str(error)


@SETTINGS
@given(TEXT)
def test_zone_xml_is_a_configuration_or_an_invalid_document(text):
    with contextlib.suppress(InvalidDocument):
        config_from_xml(text)
    with contextlib.suppress(ParseError, UnsafeXml):
        parse_xml(text)


def test_an_internal_error_hidden_by_a_redirection_is_still_counted():
    from zonetui.sim.registry import REGISTRY, command

    @command("faulty3", usage="faulty3", summary="breaks on purpose")
    def _faulty(inv):
        raise RuntimeError("hidden")

    try:
        fuzzer = fuzz.Fuzzer(1)
        fuzzer.feed("shell", "faulty3 2>/dev/null; true")
        assert fuzzer.stats.failed == 1
        assert "RuntimeError: hidden" in fuzzer.stats.failures[0]
    finally:
        del REGISTRY["faulty3"]


# -- what the campaigns found ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("sleep ²", 2),  # a digit to str.isdigit(), not to int()
        ("sleep " + "9" * 5000, 0),  # more digits than int() reads: a decade all the same
        ("telnet localhost ²", 1),
        ("ldm remove-mau " + "9" * 5000 + " primary", 1),
        ("ldm add-vcc port-range=5000-" + "9" * 5000 + " primary-vcc0 primary", 1),
        ("ldm set-vcpu 000000000000000000000000000000000000000000000000000000000000008 primary", 1),
        ("telnet localhost " + "5" * 5000, 1),
        (
            "zonecfg -z w 'create; add net; set physical=e1000g0; set address=1."
            + "2" * 5000
            + "'",
            1,
        ),
    ],
)
def test_numbers_no_tool_can_read_are_answered(sh, line, status):
    sh(line)
    assert sh.status == status


@pytest.mark.parametrize("value", ["²", "9" * 5000])
def test_numbers_in_zone_xml_that_int_cannot_read(sh, world, value):
    """<pset> and <mcap> from a detached zone's XML (zonecfg create -a)."""
    pset = f'<pset ncpu_min="{value}" ncpu_max="2"/>'
    with pytest.raises(InvalidDocument):
        config_from_xml(f'<zone name="z" zonepath="/z" autoboot="false">{pset}</zone>')
    fs = world.host("t2000-a").primary.solaris.fs
    for path in ("/zones", "/zones/z", "/zones/z/root"):
        fs.mkdir(path)
    fs.write(
        "/zones/z/SUNWdetached.xml",
        f'<zone name="z" zonepath="/zones/z" autoboot="false"><mcap physcap="{value}"/></zone>',
    )
    assert sh.streams("zonecfg -z z 'create -a /zones/z'") == (
        "",
        "Cannot attach to an earlier release of the operating system\n",
    )
    assert "z" not in world.host("t2000-a").primary.solaris.zones


# -- the host campaigns (issue 15) -------------------------------------------------------------
@pytest.mark.parametrize("target", ["state-path", "hostile-file"])
def test_a_short_host_campaign_finds_nothing(target):
    stats = fuzz.campaign(120, seed=sum(map(ord, target)), targets=[target])
    assert sum(stats.cases.values()) == 120
    assert stats.failed == 0, fuzz.report(stats, 0)


@pytest.mark.parametrize(
    ("kind", "role"),
    [
        ("fifo", "state"),
        ("endless device", "lab file"),
        ("symlink-fifo", "config"),
        ("endless device", "standard input"),
        ("fifo", "export"),
        ("fifo", "script"),
    ],
)
def test_what_may_block_is_answered_in_time(monkeypatch, kind, role):
    """A FIFO or an endless device, in a child with a short deadline."""
    monkeypatch.setattr(fuzz_host, "ANSWER_SECONDS", 4.0)
    fuzzer = fuzz.Fuzzer(1)
    try:
        fuzzer.host.blocking_path(wait=True, kind=kind, role=role)
    finally:
        fuzzer.close()
    assert sum(fuzzer.stats.cases.values()) == 1
    assert fuzzer.stats.failed == 0, fuzz.report(fuzzer.stats, 0)


def test_the_host_campaigns_leave_nothing_behind():
    fuzzer = fuzz.Fuzzer(2)
    fuzzer.host.state_path("missing", "state")
    top = fuzzer.host.top
    environment = {name: os.environ.get(name) for name in fuzz_host.ENVIRONMENT}
    assert all(value.startswith(str(top)) for value in environment.values())
    fuzzer.close()
    assert not top.exists()
    assert all(os.environ.get(name) != value for name, value in environment.items())
    assert os.fsync is posix.fsync and not hasattr(fuzz_host.cli.build_parser, "cache_info")
    assert gc.freeze.__module__ == "gc"


def test_a_write_in_the_users_own_directories_is_found():
    state_dir = fuzz_host.user_dirs()[0]  # this test's HOME (conftest), as zonetui sees it
    fuzzer = fuzz.Fuzzer(5)
    fuzzer.host.state_path("regular", "config")
    state_dir.mkdir(parents=True)
    fuzzer.close()
    assert (
        fuzzer.stats.failures[-1] == f"state-path: in {state_dir}: . created: 'the whole campaign'"
    )


def _a_case(monkeypatch, fake_main, **case) -> fuzz.Stats:
    """One state-path case whose command line is `fake_main(argv, box)`."""
    fuzzer = fuzz.Fuzzer(3)
    host = fuzzer.host
    monkeypatch.setattr(fuzz_host.cli, "main", lambda argv: fake_main(argv, host.box))
    try:
        host.state_path(**case)
    finally:
        monkeypatch.undo()
        fuzzer.close()
    return fuzzer.stats


@pytest.mark.parametrize(
    ("kind", "fake_main", "found"),
    [
        ("missing", lambda argv, box: (box / "state.json.bak").unlink() or 0,
         "beside what it named: 'state.json.bak' removed"),
        ("null device", lambda argv, box: (box / "null").unlink() or 1,
         "the device node 'null' replaced or removed"),
        ("directory", lambda argv, box: (box / "d.lock").touch() or 1,
         "beside what it named: 'd.lock' created"),
        ("symlink-regular", lambda argv, box: (box / "state.json").unlink() or 0,
         "the symbolic link 'state.json' replaced or removed"),
        ("the case folder", lambda argv, box: (box.parent / "box.bak").unlink() or 1,
         "outside its folder: box.bak removed"),
        ("missing", lambda argv, box: 70, "status 70"),
        ("missing", lambda argv, box: print("Traceback (most recent call last):") or 1,
         "a traceback"),
        ("regular", lambda argv, box: (box / "state.json").chmod(0o644) or 0,
         "the state's mode 640 became 644"),
    ],
)  # fmt: skip
def test_the_state_path_campaign_sees_what_it_looks_for(monkeypatch, kind, fake_main, found):
    stats = _a_case(monkeypatch, fake_main, kind=kind, role="state")
    assert stats.failed == 1, fuzz.report(stats, 0)
    assert stats.failures[0].startswith(f"state-path: {found}"), stats.failures[0]


def test_a_good_answer_is_no_failure(monkeypatch):
    stats = _a_case(monkeypatch, lambda argv, box: 0, kind="regular", role="state")
    assert stats.failed == 0 and stats.cases["state-path"] == 1


def test_a_refused_export_that_changed_its_target_is_found(monkeypatch):
    def export_truncates(argv, box):
        if "export" in argv:
            (box / "out").write_bytes(b"")
            return 1
        return 0

    fuzzer = fuzz.Fuzzer(4)
    host = fuzzer.host
    monkeypatch.setattr(fuzz_host.cli, "main", lambda argv: export_truncates(argv, host.box))
    try:
        host.hostile_file("cat and export", b"text\n")
    finally:
        monkeypatch.undo()
        fuzzer.close()
    assert fuzzer.stats.failures[0].startswith(
        "hostile-file: a refused export changed its target"
    ), fuzzer.stats.failures


def test_a_child_that_never_answers_is_stopped_and_counted(tmp_path):
    outputs = (tmp_path / "out", tmp_path / "err")
    for path in outputs:
        path.write_bytes(b"")
    sleeper = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True
    )
    child = fuzz_host.Child(sleeper, tmp_path, "a sleeper", time.monotonic() + 0.2, outputs,
                            lambda answer: None)  # fmt: skip
    assert child.answer(time.monotonic()) is None  # still within its time
    answer = child.answer(time.monotonic() + 1)
    assert answer.status is None and sleeper.returncode is not None
    assert answer.problem().startswith("no answer: blocked")


def test_an_answer_is_a_status_without_a_traceback():
    assert fuzz_host.Answer(1, "", "zonetui: no\n").problem() is None
    assert fuzz_host.Answer(2, "", "a\nb\n").problem() == "a refusal of several lines: a\nb\n"
    assert fuzz_host.Answer(2, "", "a\nb\n").problem(refusal_lines=False) is None
    assert fuzz_host.Answer(-9, "", "").problem() == "killed by signal -9"
    assert fuzz_host.Answer(0, "", "", logged="boom").problem() == "logged: boom"
