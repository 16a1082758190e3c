"""The service table is data: a row whose state another subsystem keeps is read and
switched through its hooks, so a subsystem adds its services with one row each."""

from __future__ import annotations

from tests.conftest import CONFIGS, Typist
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.smf import commands, services
from zonetui.store.config import load_config


def test_a_row_with_hooks_is_listed_and_switched_through_them(monkeypatch):
    state = {"on": False}

    def is_enabled(inv) -> bool:
        return state["on"]

    def enable(inv, on: bool) -> None:
        state["on"] = on

    row = services.Service(
        "svc:/system/pools:default",
        "resource pools framework",
        "global",
        manpages=("pools(5)",),
        is_enabled=is_enabled,
        enable=enable,
    )
    monkeypatch.setattr(commands, "SERVICES", (*services.SERVICES, row))
    world = load_config(CONFIGS / "zones-web1-running.toml")
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    assert sh("svcs -H pools").startswith("disabled ")
    assert sh("svcadm enable pools") == "" and state["on"]
    assert sh("svcs -H pools").startswith("online ")
    assert "Pattern 'pools' doesn't match" in sh("zlogin web1 svcs pools")
    sh("svcadm disable svc:/system/pools:default")
    assert not state["on"]
