"""`ldm list-constraints -x` writes what `add-domain -i` reads back (ldoms.md §3.7, T10)."""

from __future__ import annotations

from zonetui.model.record import dump
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
