"""Verified messages of ldoms.md §6.1 that need a state no short script reaches."""

from __future__ import annotations

from zonetui.model import Vnet
from zonetui.model.record import dump
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context


def test_ldc_exhaustion_on_bind(world):
    console = Console(world, Context("t2000-a"), terminal=False)
    for line in (
        "ldm add-vcc port-range=5000-5100 primary-vcc0 primary",
        "ldm add-vsw net-dev=e1000g0 primary-vsw0 primary",
        "ldm set-vcpu 4 primary",
        "ldm add-domain ldg1",
        "ldm add-vcpu 1 ldg1",
        "ldm add-memory 256M ldg1",
    ):
        console.feed(line)
    host = world.host("t2000-a")
    ldg1 = host.domain("ldg1")
    # 12 fixed + 1 for the domain + 1 console + 252 vnets = 266 > 256 LDCs on T1
    ldg1.vnets = [
        Vnet(
            name=f"v{i}",
            service="primary-vsw0",
            mac=f"00:14:4f:fc:{i >> 8:02x}:{i & 255:02x}",
            device=i,
        )
        for i in range(252)
    ]
    # the T1 host is still in configuration mode, so primary holds every strand: free some
    host.primary.vcpus = host.primary.vcpus[:4]
    host.primary.crypto = [0]
    before = dump(world)
    events = console.feed("ldm bind ldg1")
    err = "".join(t for s, t in events if s == "err")
    assert err == (
        "254 additional LDCs are required on guest primary to meet this request,\n"
        "but only 244 LDCs are available\n"
        "Could not bind LDom ldg1\n"
    )
    assert dump(world) == before
