"""State files: atomic writes, locking, corrupt and foreign files."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from zonetui.model import Node
from zonetui.model.record import dump_json
from zonetui.store.state import StateError, StateFile, state_bytes
from zonetui.store.workspace import Workspace

CONFIG = Path(__file__).parent / "configs" / "basic.toml"


def test_round_trip(tmp_path, world):
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    assert StateFile(state.path).load() == world


def test_a_version_1_state_is_read_and_written_back_as_version_2(tmp_path, world):
    """Version 1 wrote each filesystem node as an object of its fields; version 2 writes
    the array of them."""
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    data = json.loads(state.path.read_text())
    assert data["version"] == 2
    fs = data["hosts"][0]["domains"][0]["solaris"]["fs"]["nodes"]
    assert fs["/etc/nodename"][:5] == ["file", 0o644, "root", "root", "t2000-a\n"]
    data["version"] = 1
    for host in data["hosts"]:
        for domain in host["domains"]:
            if domain["solaris"]:
                nodes = domain["solaris"]["fs"]["nodes"]
                for path, node in nodes.items():
                    nodes[path] = dict(zip(Node._fields, node, strict=True))
    assert fs["/etc/nodename"]["kind"] == "file"
    del fs["/etc/nodename"]["owner"]  # version 1 left defaults out of hand-made nodes
    state.path.write_text(json.dumps(data))
    old = StateFile(state.path)
    loaded = old.load()
    assert loaded == world
    old.save(loaded)
    assert json.loads(state.path.read_text()) == json.loads(state_bytes(world))


def test_the_state_written_in_pieces_is_the_worlds_json(world):
    assert state_bytes(world) == dump_json(world)


def test_missing_file_is_none(tmp_path):
    assert StateFile(tmp_path / "none.json").load() is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "not valid JSON"),
        ("[1, 2]", "not an object"),
        ('{"format": "other"}', "not a zonetui-state file"),
        ('{"format": "zonetui-state", "version": 99}', "state version is not 2"),
        ("\x00\xff garbage", "not valid JSON"),
    ],
)
def test_unusable_files_are_named_and_kept(tmp_path, content, reason):
    path = tmp_path / "s.json"
    path.write_bytes(
        content.encode("utf-8", "surrogateescape") if isinstance(content, str) else content
    )
    before = path.read_bytes()
    with pytest.raises(StateError) as caught:
        StateFile(path).load()
    message = str(caught.value)
    assert str(path) in message and reason in message and "zonetui reset" in message
    assert path.read_bytes() == before


def test_a_wrong_field_is_named_where_it_sits(tmp_path, world):
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    data = json.loads(state.path.read_text())
    data["hosts"][-1]["domains"][0]["vcpus"] = "many"
    state.path.write_text(json.dumps(data))
    with pytest.raises(StateError) as caught:
        StateFile(state.path).load()
    last = len(data["hosts"]) - 1
    assert f"(hosts.{last}.domains.0.vcpus: Input should be a valid list)" in str(caught.value)


def test_an_unchanged_world_is_not_written_again(tmp_path, world):
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    loaded = StateFile(state.path)
    again = loaded.load()
    stamp = state.path.stat().st_mtime_ns, state.path.stat().st_ino
    loaded.save(again)
    assert (state.path.stat().st_mtime_ns, state.path.stat().st_ino) == stamp
    again.clock += 1
    loaded.save(again)
    assert state.path.stat().st_ino != stamp[1]


def test_save_is_atomic_no_temp_files_left(tmp_path, world):
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    world.clock += 60
    state.save(world)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["s.json"]
    assert json.loads(state.path.read_text())["clock"] == world.clock


def test_refresh_sees_other_writers(tmp_path, world):
    mine = Workspace(world, CONFIG, StateFile(tmp_path / "s.json"))
    mine.state.save(world)
    theirs = StateFile(tmp_path / "s.json")
    other = theirs.load()
    other.clock += 3600
    theirs.save(other)
    with mine.transaction() as current:
        assert current.clock == other.clock
    assert mine.world is world  # reloaded in place


def _writer(args: tuple[str, int]) -> None:
    path, n = args
    workspace = Workspace.open(CONFIG, Path(path), ephemeral=False)
    with workspace.transaction() as world:
        world.counters[f"writer{n}"] = n


def test_parallel_writers_lose_no_update(tmp_path):
    path = tmp_path / "s.json"
    Workspace.open(CONFIG, path, ephemeral=False)
    with multiprocessing.get_context("fork").Pool(8) as pool:
        pool.map(_writer, [(str(path), n) for n in range(16)])
    counters = StateFile(path).load().counters
    assert all(counters.get(f"writer{n}") == n for n in range(16))


def test_unwritable_directory_is_a_state_error(tmp_path, world):
    if os.geteuid() == 0:
        target = Path("/proc/zonetui/s.json")  # even root cannot create this
    else:
        locked = tmp_path / "ro"
        locked.mkdir(mode=0o500)
        target = locked / "s.json"
    with pytest.raises(StateError, match="cannot write the state file"):
        StateFile(target).save(world)
