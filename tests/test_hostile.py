"""Hostile files (issue 8): XML that declares entities or refers outside itself is refused
with a clear message; configs, scripts and state files are bounded; a setup script
cannot run forever; paths in the simulated filesystem never reach the host's."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CONFIGS, Typist
from zonetui import cli
from zonetui.cli import main
from zonetui.model.record import dump
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.safexml import UnsafeXml, parse_xml
from zonetui.sim.zones.files import InvalidDocument, config_from_xml
from zonetui.store import config as config_module
from zonetui.store import state as state_module
from zonetui.store.config import ConfigError, load_config
from zonetui.store.state import StateError, StateFile

PACKAGE = Path(__file__).parent.parent / "zonetui"
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE LDM_interface [\n  <!ENTITY a "aaaaaaaaaa">\n'
    + "".join(f'  <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
    + "]>\n<LDM_interface><data><ldom><ldom_info><ldom_name>&j;</ldom_name>"
    "</ldom_info></ldom></data></LDM_interface>\n"
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE zone [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    '<zone name="z" zonepath="/zones/z" autoboot="false"><attr name="a" type="string" '
    'value="&secret;"/></zone>\n'
)
PARAMETER = '<!DOCTYPE zone [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><zone/>'


@pytest.fixture
def sh(world):
    return Typist(Console(world, Context("t5220-a"), terminal=False))


@pytest.mark.parametrize("text", [LAUGHS, EXTERNAL, PARAMETER])
def test_entities_are_refused_by_the_one_xml_parser(text):
    with pytest.raises(UnsafeXml, match="entity declarations and external references"):
        parse_xml(text)


def test_ldm_add_domain_refuses_entities(sh, world):
    world.host("t5220-a").primary.solaris.fs.write("/var/tmp/bomb.xml", LAUGHS)
    before = dump(world)
    assert sh.streams("ldm add-domain -i /var/tmp/bomb.xml") == (
        "",
        "Invalid XML file /var/tmp/bomb.xml: entity declarations and external references "
        "are not accepted\n",
    )
    assert sh.status == 1
    assert dump(world) == before


def test_zone_xml_with_entities_is_an_invalid_document(sh, world):
    with pytest.raises(InvalidDocument, match="entities are not part of the zonecfg DTD"):
        config_from_xml(EXTERNAL)
    fs = world.host("t5220-a").primary.solaris.fs
    for path in ("/zones", "/zones/z", "/zones/z/root"):
        fs.mkdir(path)
    fs.write("/zones/z/SUNWdetached.xml", EXTERNAL)
    out, err = sh.streams("zonecfg -z z 'create -a /zones/z'")
    # zonecfg's create_func reads Z_INVALID_DOCUMENT as a detached zone of an older release
    assert (out, err) == ("", "Cannot attach to an earlier release of the operating system\n")
    assert "z" not in world.host("t5220-a").primary.solaris.zones


def test_every_xml_parse_goes_through_safexml():
    """No module parses XML but zonetui/sim/safexml.py (defusedxml)."""
    parsing = re.compile(
        r"\b(fromstring|XMLParser|iterparse|minidom|expatbuilder|xml\.sax\.parse|ET\.parse|"
        r"ElementTree\.parse|pulldom|xml\.dom|lxml|parseString)\b"
    )
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "safexml.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if parsing.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []


# -- bounded inputs ----------------------------------------------------------------------------
def test_an_oversized_config_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(config_module, "MAX_CONFIG_BYTES", 1000)
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 5000 + "\n")
    with pytest.raises(ConfigError, match=r"big.toml:0: the cluster definition is larger than"):
        load_config(big)
    with pytest.raises(ConfigError, match="Is a character device"):  # it would never end
        load_config(Path("/dev/zero"))


def test_a_config_nested_too_deep_is_one_line(tmp_path):
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(deep)
    assert str(caught.value) == f"{deep}:1: the cluster definition nests arrays or tables too deep"


def test_a_config_in_invalid_utf8_names_its_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'[cluster]\nname = "a"\nseed = 1 # \xff\n')
    with pytest.raises(ConfigError, match=r"bad.toml:3: invalid UTF-8"):
        load_config(bad)


def test_an_oversized_state_file_is_refused(tmp_path, monkeypatch, world):
    path = tmp_path / "s.json"
    StateFile(path).save(world)
    monkeypatch.setattr(state_module, "MAX_STATE_BYTES", 1000)
    with pytest.raises(StateError, match="file too large"):
        StateFile(path).load()


def test_a_state_with_bytes_that_are_not_utf8_saves_and_loads(tmp_path, world):
    """Arguments from a command line that are not UTF-8 reach the world as surrogates."""
    world.hosts[0].primary.solaris.fs.mkdir("/tmp/\udcff")
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    assert StateFile(state.path).load() == world


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"echo a\n\xff\n", "invalid UTF-8"),
        (b"echo a\n" * 200, "larger than 0M"),
    ],
)
def test_a_script_is_bounded_and_must_be_text(tmp_path, capsys, monkeypatch, content, reason):
    monkeypatch.setattr(cli, "MAX_SCRIPT_BYTES", 1000 if b"\xff" in content else 100)
    script = tmp_path / "s.sh"
    script.write_bytes(content)
    assert main(["--ephemeral", "run", str(script)]) == 2
    assert capsys.readouterr() == ("", f"zonetui: cannot read script {script}: {reason}\n")


def test_a_script_from_a_device_is_refused_unread(capsys, monkeypatch):
    monkeypatch.setattr(cli, "MAX_SCRIPT_BYTES", 1 << 16)
    assert main(["--ephemeral", "run", "/dev/zero"]) == 2
    assert (
        capsys.readouterr().err == "zonetui: cannot read script /dev/zero: Is a character device\n"
    )


def test_a_script_from_a_pipe_that_never_ends_is_bounded(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "MAX_SCRIPT_BYTES", 1 << 16)
    endless = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        script = f"/dev/fd/{endless.stdout.fileno()}"
        assert main(["--ephemeral", "run", script]) == 2
    finally:
        endless.kill()
        endless.wait()
        endless.stdout.close()
    assert capsys.readouterr().err == f"zonetui: cannot read script {script}: larger than 0M\n"


# -- a setup script cannot run forever -----------------------------------------------------------
@pytest.mark.parametrize(
    "tail",
    [
        "zonecfg -z q\ncreate\nadd net",  # ends inside a resource
        "telnet localhost 5000",  # ends at a guest's console
        "zlogin -C ldg1",
        "cat <<EOF\nno terminator",
        "echo 'unterminated",
    ],
)
def test_a_setup_ending_inside_a_tool_ends(tmp_path, tail):
    config = tmp_path / "c.toml"
    text = (CONFIGS / "zones-guest.toml").read_text()
    config.write_text(
        text.replace('ldm start-domain ldg1\n"""', f'ldm start-domain ldg1\n{tail}\n"""')
    )
    try:
        load_config(config)
    except ConfigError as error:
        assert "\n" not in str(error)


def test_console_close_gives_up_on_a_tool_that_keeps_asking(world, monkeypatch):
    from zonetui.shell import interpreter

    console = Console(world, Context("t2000-a"), terminal=False)
    console.feed("zonecfg -z q")
    monkeypatch.setattr(interpreter, "MAX_EOFS", 0)
    console.close()  # returns at once even though zonecfg still reads
    assert not console.finished


# -- the simulated filesystem stays inside the world ----------------------------------------------
@pytest.mark.parametrize(
    "path", ["/../../../etc/passwd", "../../etc/hostname", "//etc//passwd", "/proc/self/environ"]
)
def test_simulated_paths_never_reach_the_host(sh, world, path):
    out, err = sh.streams(f"cat {path}")
    assert "root:x:" not in out and sh.status != 0
    sh(f"echo hostile > {path}")
    assert not Path("/etc/passwd").read_text().startswith("hostile")


def test_only_the_transfer_module_maps_simulated_paths_to_host_files():
    """Nothing under zonetui/ opens host files but the store (state, config, log) and the
    transfer of files the user names (import/export)."""
    host_io = re.compile(
        r"((?<!def )\bopen\(|os\.open|read_text|read_bytes|write_text|write_bytes|shutil\.)"
    )
    allowed = {
        "store/state.py",  # the state file and its lock
        "store/hostfiles.py",  # how the store opens and replaces the files above
        "store/config.py",  # the cluster definition
        "store/owner.py",  # /proc: whether the process holding a zone's lock still runs
        "store/transfer.py",  # zonetui import/export: the files the user names
        "cli.py",  # the script of `zonetui run`
        "hardware/catalog.py",  # the catalog shipped in the package
        "hardware/names.py",  # the platforms' names, from that same file
    }
    found = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if host_io.search(path.read_text())
    }
    front_ends = ("tui/", "labs/")
    unexpected = {name for name in found - allowed if not name.startswith(front_ends)}
    assert unexpected == set()


def test_mac_addresses_running_out_is_an_error_not_an_endless_search(world, monkeypatch):
    from zonetui.sim.ldoms import machine

    sh = Typist(Console(world, Context("t5220-a"), terminal=False))
    sh("ldm add-domain ldg1")
    assert sh.status == 0
    first = machine.MAC_AUTO_FIRST
    monkeypatch.setattr(machine, "MAC_AUTO_LAST", first)  # a range of one address
    world.host("t5220-a").domain("ldg1").mac = machine.format_mac(first)
    assert sh.streams("ldm add-domain ldg2") == (
        "",
        "No free MAC address in the automatic range 00:14:4f:f8:00:00 - 00:14:4f:f8:00:00\n",
    )
    assert sh.status == 1
