"""A `zonetui exec` killed at any moment leaves a state file that loads and equals the
state before or after the interrupted command."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from zonetui.cli import main
from zonetui.store.state import StateFile

CONFIG = str(Path(__file__).parent / "configs" / "basic.toml")
ROUNDS = 150


def _made_dirs(path: Path) -> set[str]:
    world = StateFile(path).load()
    fs = world.hosts[0].primary.solaris.fs
    return {p for p in fs.nodes if p.startswith("/d")}


def _exec_in_child(state: Path, line: str) -> int:
    pid = os.fork()
    if pid == 0:  # the child is a whole `zonetui exec`, killed at a random moment
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os._exit(main(["--config", CONFIG, "--state", str(state), "exec", "--", line]))
    return pid


def test_sigkill_during_exec_never_corrupts_the_state(tmp_path):
    state = tmp_path / "state.json"
    assert main(["--config", CONFIG, "--state", str(state), "exec", "--", "true"]) == 0
    rng = random.Random(7)
    done = set()
    killed = 0
    for n in range(ROUNDS):
        before = _made_dirs(state)
        pid = _exec_in_child(state, f"mkdir /d{n}")
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        killed += os.WIFSIGNALED(status)
        after = _made_dirs(state)  # always loads
        assert after in (before, before | {f"/d{n}"})
        done |= after - before
    assert killed > ROUNDS // 4  # the test really interrupted commands
    assert done  # and some of them really completed
    leftovers = {p.name for p in tmp_path.iterdir()} - {"state.json", "state.json.lock"}
    assert len(leftovers) <= 1  # at most the last killed writer's temporary file
