"""`ldm list-constraints -x` writes what `add-domain -i` reads back (ldoms.md §3.7, T10)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonetui.model.record import dump
from zonetui.model.world import copied
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context

from .conftest import Typist

SETUP = (
    "ldm add-vds primary-vds0 primary",
    "ldm add-vcc port-range=5000-5100 primary-vcc0 primary",
    "ldm add-vsw net-dev=nxge0 primary-vsw0 primary",
    "ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0",
    "ldm add-domain hostid=0x84123456 ldg1",
    "ldm add-vcpu 12 ldg1",
    "ldm add-crypto 1 ldg1",
    "ldm add-memory 1965M ldg1",
    "ldm add-vnet vnet1 primary-vsw0 ldg1",
    "ldm add-vnet mac-addr=00:14:4f:fc:00:01 vnet2 primary-vsw0 ldg1",
    "ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1",
    "ldm set-variable auto-boot?=false boot-device=vdisk1 ldg1",
)


def test_constraints_survive_a_round_trip_through_xml(world):
    sh = Typist(Console(world, Context("t5220-a"), terminal=False))
    for line in SETUP:
        sh(line)
        assert sh.status == 0, line
    before_plain = sh("ldm list-constraints ldg1")
    before_xml = sh("ldm list-constraints -x ldg1")
    sh("ldm list-constraints -x ldg1 > /var/tmp/ldg1.xml")
    assert sh.status == 0
    # the saved MACs still belong to ldg1: re-creating it beside itself is refused
    out, err = sh.streams("ldm add-domain -i /var/tmp/ldg1.xml")
    assert err == "LDom ldg1 already exists\n"
    sh("ldm remove-domain ldg1")
    assert sh.status == 0
    assert sh("ldm add-domain -i /var/tmp/ldg1.xml") == ""
    assert sh.status == 0
    assert sh("ldm list-constraints ldg1") == before_plain
    assert sh("ldm list-constraints -x ldg1") == before_xml


def test_unreadable_or_foreign_xml_is_refused_and_changes_nothing(world):
    sh = Typist(Console(world, Context("t5220-a"), terminal=False))
    host = world.host("t5220-a")

    def domains():
        return [dump(d, exclude={"solaris"}) for d in host.domains]

    before = domains()
    assert sh.streams("ldm add-domain -i /var/tmp/none.xml")[1] == (
        "Unable to read file /var/tmp/none.xml\n"
    )
    sh("echo '<LDM_interface><data>' > /var/tmp/bad.xml")
    assert sh.streams("ldm add-domain -i /var/tmp/bad.xml")[1] == (
        "Invalid XML file /var/tmp/bad.xml\n"
    )
    sh("echo '<LDM_interface/>' > /var/tmp/empty.xml")
    assert sh.streams("ldm bind-domain -i /var/tmp/empty.xml")[1] == (
        "No LDom found in /var/tmp/empty.xml\n"
    )
    assert sh.status == 1
    assert domains() == before


def test_a_document_with_bytes_that_are_not_utf8_is_not_well_formed(world):
    """Found by the fuzz campaign: such bytes (kept as lone surrogates in simulated text)
    went to the parser as text it could not encode (exit 70); the parser reads bytes."""
    sh = Typist(Console(world, Context("t5220-a"), terminal=False))
    solaris = world.host("t5220-a").primary.solaris
    solaris.fs.write("/var/tmp/a.xml", "<LDM_interface>\ud800\udcff</LDM_interface>", now=0)
    assert sh.streams("ldm add-domain -i /var/tmp/a.xml") == (
        "",
        "Invalid XML file /var/tmp/a.xml\n",
    )
    assert sh.status == 1


# -- one validation path: a document is refused exactly where its command lines would be ----

_NUMBERS = st.sampled_from(["4", "0", "-3", "", "x", "18446744073709551616"])
_SIZES = st.sampled_from(["1G", "512m", "0", "-1G", "18446744073709551616", "16777216T", "1X"])
_SWITCHES = st.sampled_from(["primary-vsw0", "primary-vsw9"])
_MACS = st.sampled_from(
    ["", "00:14:4f:fc:00:01", "00:14:4f:f8:12:34", "01:14:4f:fc:00:02", "00:00:00:00:00:00",
     "zz:14:4f:fc:00:03"]
)  # fmt: skip
_VOLUMES = st.sampled_from(["vol1", "vol9"])


def _document(cpus: str, size: str, switch: str, mac: str, volume: str) -> str:
    mac_line = f"<mac_address>{mac}</mac_address>" if mac else ""
    return (
        '<?xml version="1.0"?><LDM_interface version="1.0"><data version="2.0"><ldom>'
        "<ldom_info><ldom_name>ldg1</ldom_name></ldom_info>"
        f"<cpu><number>{cpus}</number></cpu><memory><size>{size}</size></memory>"
        f"<network><vnet_name>vnet0</vnet_name><service_name>{switch}</service_name>{mac_line}"
        "</network><disk><vdisk_name>vdisk0</vdisk_name><service_name>primary-vds0</service_name>"
        f"<vol_name>{volume}</vol_name></disk></ldom></data></LDM_interface>"
    )


def _command_lines(cpus: str, size: str, switch: str, mac: str, volume: str) -> list[str]:
    mac_prop = f"mac-addr={mac} " if mac else ""
    return [
        "ldm add-domain ldg1",
        f"ldm add-vcpu '{cpus}' ldg1",
        f"ldm add-memory '{size}' ldg1",
        f"ldm add-vnet {mac_prop}vnet0 {switch} ldg1",
        f"ldm add-vdisk vdisk0 {volume}@primary-vds0 ldg1",
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cpus=_NUMBERS, size=_SIZES, switch=_SWITCHES, mac=_MACS, volume=_VOLUMES)
def test_a_document_is_refused_where_its_command_lines_are(world, cpus, size, switch, mac, volume):
    """add-domain -i says what the first refused command line says (issue 17), and a
    refused document leaves the domains as they were."""
    base = copied(world)
    for line in (*SETUP[:4], f"echo '{_document(cpus, size, switch, mac, volume)}' > /d.xml"):
        Typist(Console(base, Context("t5220-a"), terminal=False))(line)
    by_xml, by_cli = copied(base), copied(base)
    xml_sh = Typist(Console(by_xml, Context("t5220-a"), terminal=False))
    before = [dump(d, exclude={"solaris"}) for d in by_xml.host("t5220-a").domains]
    xml_err = xml_sh.streams("ldm add-domain -i /d.xml")[1]
    cli_sh = Typist(Console(by_cli, Context("t5220-a"), terminal=False))
    cli_err = ""
    for line in _command_lines(cpus, size, switch, mac, volume):
        cli_err = cli_sh.streams(line)[1]
        if cli_err:
            break
    assert xml_err == cli_err
    if xml_err:
        assert [dump(d, exclude={"solaris"}) for d in by_xml.host("t5220-a").domains] == before


def test_a_document_in_an_encoding_nobody_knows_is_not_well_formed(world):
    """Found by the fuzz campaign once XML was read as bytes: the parser's LookupError."""
    sh = Typist(Console(world, Context("t5220-a"), terminal=False))
    solaris = world.host("t5220-a").primary.solaris
    text = '<?xml version="1.0" encoding="UF-8"?><LDM_interface/>'
    solaris.fs.write("/var/tmp/u.xml", text, now=0)
    assert sh.streams("ldm add-domain -i /var/tmp/u.xml") == (
        "",
        "Invalid XML file /var/tmp/u.xml\n",
    )
    assert sh.status == 1
