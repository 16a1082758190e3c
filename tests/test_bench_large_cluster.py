"""bench/large_cluster.py: a small version of the bench's cluster is a sound state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench import large_cluster
from zonetui.store.state import parse_state

ROOT = Path(__file__).resolve().parent.parent


def test_a_small_cluster_passes_check_state(tmp_path):
    state = tmp_path / "small.json"
    state.write_text(large_cluster.build(hosts=4, zones=40))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "zonetui", "--state", str(state), "check-state"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.stdout == "zonetui: the state is consistent (4 hosts, 24 domains)\n"
    assert done.returncode == 0

    world = parse_state(state.read_bytes(), state)
    assert [h.name for h in world.hosts] == ["host000", "host001", "host002", "host003"]
    assert {h.ldoms for h in world.hosts} == {"1.3", "2.2"}
    zones = [
        (d.name, z)
        for h in world.hosts
        for d in h.domains
        if d.solaris is not None
        for z in d.solaris.zones.values()
    ]
    assert sorted(z.name for _, z in zones) == [f"z{n:04d}" for n in range(40)]
    assert {z.state for _, z in zones} >= {"running", "installed", "configured"}
    assert {name for name, _ in zones} >= {"ldg1", "ldg2"}  # zones in guests too
    uuids = [z.uuid for _, z in zones if z.uuid]
    assert len(set(uuids)) == len(uuids)


def test_the_measure_runs_every_listing(tmp_path):
    state = tmp_path / "small.json"
    state.write_text(large_cluster.build(hosts=2, zones=4))
    figures = large_cluster.measure(state)
    assert figures["domains"] == 2 * 4  # primary and three running guests a host
    assert figures["hosts"] == 2
    # a header and the global zone in each domain, and each of the 4 zones once
    assert figures["zoneadm_lines"] == 8 * 2 + 4
    assert figures["ldm_lines"] > 2 * 256  # a line per strand at least
