"""Concurrent writers (issue 8): 16 or more `zonetui exec` processes at once, each adding
its own zones (zonecfg) and domains (ldm add-domain) to one state file, lose no update;
the result is one sound world."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from zonetui.cli import main
from zonetui.sim.invariants import check_world
from zonetui.sim.zones.files import INDEX, parse_index
from zonetui.store.state import StateFile

CONFIG = str(Path(__file__).parent / "configs" / "basic.toml")
WRITERS = 16


def _writer(state: Path, n: int) -> int:
    """A child process: three `zonetui exec` calls, as a script would make them."""
    pid = os.fork()
    if pid:
        return pid
    status = 0
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        base = ["--config", CONFIG, "--state", str(state), "--host", "t5220-a", "exec", "--"]
        for line in (
            f"zonecfg -z z{n} 'create; set zonepath=/zones/z{n}; set autoboot=true'",
            f"ldm add-domain g{n} && ldm add-vcpu {1 + n % 4} g{n} && ldm add-memory 256M g{n}",
            f"mkdir -p /export/w{n} && zonecfg -z z{n} 'add fs; set dir=/data; "
            f"set special=/export/w{n}; set type=lofs; end'",
        ):
            status |= main([*base, line])
    finally:
        os._exit(status)


@pytest.mark.parametrize("round_", range(2))
def test_parallel_exec_writers_lose_no_zone_and_no_domain(tmp_path, round_):
    state = tmp_path / "state.json"
    assert main(["--config", CONFIG, "--state", str(state), "exec", "--", "true"]) == 0
    pids = [_writer(state, n) for n in range(WRITERS)]
    statuses = [os.waitpid(pid, 0)[1] for pid in pids]
    assert all(os.WIFEXITED(s) and os.WEXITSTATUS(s) == 0 for s in statuses), statuses
    world = StateFile(state).load()
    host = world.host("t5220-a")
    solaris = host.primary.solaris
    for n in range(WRITERS):
        zone = solaris.zones[f"z{n}"]
        assert zone.config.zonepath == f"/zones/z{n}"
        assert [fs.special for fs in zone.config.fs] == [f"/export/w{n}"]
        assert solaris.fs.is_dir(f"/export/w{n}")
        guest = host.domain(f"g{n}")
        assert (guest.ncpu, guest.mem) == (1 + n % 4, 256 << 20)
    index = {name for name, *_ in parse_index(solaris.fs.read(INDEX))}
    assert index == {"global"} | {f"z{n}" for n in range(WRITERS)}
    assert len(host.domains) == WRITERS + 1
    assert check_world(world) == []
    leftovers = {p.name for p in tmp_path.iterdir()} - {"state.json", "state.json.lock"}
    assert leftovers == set()


def test_writers_killed_at_random_moments_leave_a_sound_state(tmp_path):
    """SIGKILL among parallel writers: the state always loads, is sound, and holds each
    writer's zone either whole or not at all."""
    state = tmp_path / "state.json"
    assert main(["--config", CONFIG, "--state", str(state), "exec", "--", "true"]) == 0
    rng = random.Random(11)
    for round_ in range(4):
        pids = [_writer(state, round_ * WRITERS + n) for n in range(WRITERS)]
        time.sleep(rng.uniform(0.05, 0.4))
        for pid in rng.sample(pids, WRITERS // 2):
            os.kill(pid, signal.SIGKILL)
        for pid in pids:
            os.waitpid(pid, 0)
        world = StateFile(state).load()
        assert check_world(world) == []
        host = world.host("t5220-a")
        for name, zone in host.primary.solaris.zones.items():
            assert zone.config.zonepath == f"/zones/{name}"
            assert len(zone.config.fs) <= 1
