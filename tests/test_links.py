"""Symbolic and hard links in the simulated filesystem: namei() through chains and loops,
the hard-link table, and the state file with both (old states load unchanged)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zonetui.model.fs import ELOOP, MAXSYMLINKS, Filesystem, FsError, inode_number, namei
from zonetui.store.state import StateFile


def _tree() -> Filesystem:
    fs = Filesystem()
    fs.mkdir("/a")
    fs.mkdir("/a/b")
    fs.write("/a/b/f", "data\n")
    fs.mkdir("/links")
    return fs


# -- namei: chains and loops ---------------------------------------------------------

TARGETS = ["/a/b/f", "/a/b", "/a", "/", "/a/b/missing"]


@settings(max_examples=200, deadline=None)
@given(
    target=st.sampled_from(TARGETS),
    relative=st.lists(st.booleans(), min_size=1, max_size=MAXSYMLINKS),
    follow=st.booleans(),
)
def test_a_chain_of_links_resolves_as_its_final_target(target, relative, follow):
    """l0 -> l1 -> ... -> target (each link absolute or relative) resolves to what the
    target resolves to, with at most MAXSYMLINKS links."""
    fs = _tree()
    count = len(relative)
    for i, rel in enumerate(relative):
        nxt = target if i == count - 1 else f"/links/l{i + 1}"
        # the same place, relative to the links' directory /links
        fs.symlink("../" + nxt.lstrip("/") if rel else nxt, f"/links/l{i}")
    assert namei(fs.get, "/links/l0") == namei(fs.get, target)
    assert namei(fs.get, "/links/l0", follow) == (
        namei(fs.get, target) if follow else ("/links/l0", fs.get("/links/l0"))
    )


def test_maxsymlinks_links_resolve_and_one_more_is_eloop():
    for count, fails in ((MAXSYMLINKS, False), (MAXSYMLINKS + 1, True)):
        fs = _tree()
        for i in range(count):
            fs.symlink("/a/b/f" if i == count - 1 else f"l{i + 1}", f"/links/l{i}")
        if fails:
            with pytest.raises(FsError) as caught:
                namei(fs.get, "/links/l0")
            assert caught.value.reason == ELOOP
        else:
            assert namei(fs.get, "/links/l0")[0] == "/a/b/f"


NAMES = [f"/links/n{i}" for i in range(6)]
TEXTS = st.sampled_from([*NAMES, "n0", "n1", "../links/n2", "/a", "/a/b/f", "nowhere", ".."])


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(TEXTS, min_size=1, max_size=len(NAMES)),
    suffix=st.sampled_from(["", "/", "/f", "/b/f", "/.."]),
)
def test_any_graph_of_links_resolves_or_fails_with_an_errno(texts, suffix):
    """Links to each other, loops included: the walk ends, with a path made only of real
    directories or with ELOOP / ENOENT / ENOTDIR."""
    fs = _tree()
    for name, text in zip(NAMES, texts, strict=False):
        fs.symlink(text, name)
    for name in NAMES[: len(texts)]:
        try:
            path, node = namei(fs.get, name + suffix)
        except FsError as error:
            assert error.reason in (ELOOP, "No such file or directory", "Not a directory")
            continue
        parent = path.rpartition("/")[0] or "/"
        assert fs.get(parent) is not None and fs.get(parent).kind == "dir"
        assert node is None or node.kind != "lnk"


def test_writes_through_links_reach_the_target_and_remove_unlinks_the_link():
    fs = _tree()
    fs.symlink("/a/b", "/links/dir")
    fs.symlink("b/f", "/a/file")
    fs.write("/links/dir/new", "made\n")
    fs.write("/a/file", "more\n", append=True)
    assert fs.read("/a/b/new") == "made\n"
    assert fs.read("/a/b/f") == "data\nmore\n"
    fs.remove("/a/file")
    assert fs.get("/a/file") is None and fs.read("/a/b/f") == "data\nmore\n"


# -- hard links ----------------------------------------------------------------------


def test_a_hard_link_shares_the_file_until_one_name_is_removed():
    fs = _tree()
    fs.link("/a/b/f", "/a/g")
    fs.link("/a/g", "/links/h")
    assert sorted(fs.names("/a/g")) == ["/a/b/f", "/a/g", "/links/h"]
    fs.write("/links/h", "x\n", append=True)
    fs.change("/a/g", mode=0o600)
    assert fs.get("/a/b/f") == fs.get("/a/g") == fs.get("/links/h")
    assert fs.get("/a/b/f").data == "data\nx\n" and fs.get("/a/b/f").mode == 0o600
    key = fs.inode_key("/a/g")
    number = inode_number(key)
    fs.remove("/a/b/f")
    fs.remove("/links/h")
    assert fs.names("/a/g") == ["/a/g"]
    assert inode_number(fs.inode_key("/a/g")) == number  # the inode number stays
    fs.write("/a/b/f", "new\n")  # a new file at a former name starts alone
    assert fs.names("/a/b/f") == ["/a/b/f"] and fs.read("/a/g") == "data\nx\n"
    assert fs.inode_key("/a/b/f") != fs.inode_key("/a/g")  # cp: not "identical"
    assert inode_number(fs.inode_key("/a/g")) == number
    with pytest.raises(FsError):
        fs.link("/a", "/dirlink")


# -- the state file ------------------------------------------------------------------


def _fs_of(world) -> Filesystem:
    return world.hosts[0].domains[0].solaris.fs


def test_links_survive_the_state_file(tmp_path, world):
    fs = _fs_of(world)
    fs.mkdir("/a")
    fs.write("/a/f", "one\n")
    fs.symlink("/a/f", "/a/sym")
    fs.link("/a/f", "/a/hard")
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    data = json.loads(state.path.read_text())
    saved = data["hosts"][0]["domains"][0]["solaris"]["fs"]
    assert saved["nodes"]["/a/sym"][:5] == ["lnk", 0o777, "root", "root", "/a/f"]
    assert saved["inodes"] == {"/a/f": "/a/f", "/a/hard": "/a/f"}
    loaded = StateFile(state.path).load()
    assert loaded == world
    assert _fs_of(loaded).read("/a/sym") == "one\n"
    assert _fs_of(loaded).names("/a/hard") == ["/a/f", "/a/hard"]


def test_a_state_written_before_links_loads_unchanged(tmp_path, world):
    state = StateFile(tmp_path / "s.json")
    state.save(world)
    data = json.loads(state.path.read_text())
    for host in data["hosts"]:
        for domain in host["domains"]:
            if domain["solaris"]:
                del domain["solaris"]["fs"]["inodes"]
    state.path.write_text(json.dumps(data))
    assert StateFile(state.path).load() == world
