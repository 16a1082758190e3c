"""Arbitrary text into every parser (issue 8): a short campaign of bench/fuzz.py per target,
and hypothesis' own text. Each case ends in a status and a message, or the loader's
one-line error; never an internal error, an escaping exception or a broken world."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench import fuzz
from zonetui.shell.lexer import NeedMore, ShellSyntaxError, parse
from zonetui.sim.safexml import ParseError, UnsafeXml, parse_xml
from zonetui.sim.zones.files import InvalidDocument, config_from_xml
from zonetui.store.config import ConfigError, parse_config
from zonetui.store.state import StateError, parse_state

CASES = 150
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("target", sorted(fuzz.TARGETS))
def test_a_short_campaign_finds_nothing(target):
    stats = fuzz.campaign(CASES, seed=sum(map(ord, target)), targets=[target])
    assert sum(stats.cases.values()) >= CASES
    assert stats.failed == 0, fuzz.report(stats, 0)


def test_the_campaign_reaches_every_outcome():
    """Not only refusals: the generators make text the tools accept too."""
    stats = fuzz.campaign(1500, seed=5)
    outcomes = {outcome for (_, outcome) in stats.outcomes}
    assert {"status 0", "status 1", "status 2", "parsed", "needs more", "syntax error"} <= outcomes
    assert {"ConfigError", "StateError", "InvalidDocument"} <= outcomes
    assert set(stats.cases) == set(fuzz.TARGETS)


def test_the_script_reports_counts(capsys):
    assert fuzz.main(["--lines", "60", "--seed", "3"]) == 0
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
