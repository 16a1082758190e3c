"""The file tools' laws (hypothesis): tar cf then xf restores a tree, cp -r copies one,
diff of a file with itself is empty, diff's changes rebuild the new file, -name matches
as fnmatch does; and the mounts df and mount read."""

from __future__ import annotations

import fnmatch
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonetui.model import Node
from zonetui.sim.commands.find import name_matches
from zonetui.sim.commands.lcs import changes
from zonetui.sim.commands.tar import to_bytes, to_text
from zonetui.sim.mounts import mount_of, mounts

FIXTURES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_serial = itertools.count()

# names: printable, with a byte that is not UTF-8 (kept as a lone surrogate)
names = st.text(alphabet="abcxyz.-_ \udcff", min_size=1, max_size=8).filter(
    lambda n: n not in (".", "..")
)
contents = st.binary(max_size=300).map(to_text)
modes = st.sampled_from([0o644, 0o600, 0o755, 0o700, 0o4755, 0o1777, 0o444])


@st.composite
def trees(draw) -> dict[str, Node]:
    """Relative paths (parents first) and their nodes."""
    tree: dict[str, Node] = {}
    directories = [""]
    for _ in range(draw(st.integers(0, 12))):
        parent = draw(st.sampled_from(directories))
        path = f"{parent}/{draw(names)}" if parent else draw(names)
        if path in tree:
            continue
        when = float(draw(st.integers(1_000_000_000, 1_300_000_000)))
        if draw(st.booleans()):
            tree[path] = Node("dir", draw(modes), "root", "sys", "", when)
            directories.append(path)
        else:
            tree[path] = Node("file", draw(modes), "bin", "staff", draw(contents), when)
    return tree


def _lay(sh, tree: dict[str, Node]) -> str:
    """The tree under a fresh directory of t2000-a's control domain; its path."""
    fs = sh.console.shell.world.hosts[0].domains[0].solaris.fs
    base = f"/t{next(_serial)}"
    fs.nodes[base] = Node("dir", 0o755, "root", "root", "", 1_000_000_000.0)
    for path, node in tree.items():
        fs.nodes[f"{base}/{path}"] = node
    return base


def _read(sh, base: str) -> dict[str, Node]:
    fs = sh.console.shell.world.hosts[0].domains[0].solaris.fs
    prefix = base + "/"
    return {p[len(prefix) :]: n for p, n in fs.nodes.items() if p.startswith(prefix)}


@FIXTURES
@given(tree=trees())
def test_tar_cf_then_xf_restores_the_tree(sh, tree):
    base = _lay(sh, tree)
    sh(f"cd {base}/..; tar cf {base}.tar {base[1:]}")
    assert sh.status == 0
    sh(f"mv {base} {base}.old; tar xf {base}.tar")
    assert sh.status == 0
    assert _read(sh, base) == tree


@FIXTURES
@given(tree=trees())
def test_cp_rp_copy_equals_the_source(sh, tree):
    base = _lay(sh, tree)
    sh(f"cp -rp {base} {base}.copy")
    assert sh.status == 0
    assert _read(sh, base + ".copy") == tree


@FIXTURES
@given(tree=trees())
def test_cp_r_copies_names_and_data(sh, tree):
    base = _lay(sh, tree)
    sh(f"cp -r {base} {base}.copy")
    copied = _read(sh, base + ".copy")
    assert {p: (n.kind, n.data) for p, n in copied.items()} == {
        p: (n.kind, n.data) for p, n in tree.items()
    }
    # without -p a new file has the source's mode less the umask (022)
    assert all(copied[p].mode == n.mode & 0o7755 for p, n in tree.items())


@FIXTURES
@given(data=contents)
def test_diff_of_a_file_with_itself_is_empty(sh, data):
    base = _lay(sh, {"f": Node("file", 0o644, "root", "root", data, 0.0)})
    assert sh(f"diff {base}/f {base}/f") == ""
    assert sh.status == 0
    assert sh(f"cmp {base}/f {base}/f") == ""
    assert sh.status == 0


lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "zone\n", "\n"]), max_size=30)


def _rebuild(old: list[str], new: list[str]) -> list[str]:
    """`old` with diff's changes applied."""
    rebuilt: list[str] = []
    at = 0
    for a, b, c, d in changes(old, new):
        keep_to = a - 1 if a <= b else b  # the lines before the change
        rebuilt += old[at:keep_to]
        rebuilt += new[c - 1 : d]
        at = b if a <= b else keep_to
    return rebuilt + old[at:]


@given(old=lines, new=lines)
def test_diffs_changes_rebuild_the_new_file(old, new):
    assert _rebuild(old, new) == new


@settings(max_examples=30)
@given(old=lines, new=lines)
def test_past_many_differences_the_coarser_changes_still_rebuild(old, new):
    from zonetui.sim.commands import lcs

    saved, lcs.MAX_EDITS = lcs.MAX_EDITS, 1
    try:
        assert _rebuild(old, new) == new
    finally:
        lcs.MAX_EDITS = saved


@given(old=lines, new=lines)
def test_diffs_changes_are_a_shortest_edit(old, new):
    # the lines kept are a longest common subsequence: its length by dynamic programming
    table = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1
                if old[i] == new[j]
                else max(table[i + 1][j], table[i][j + 1])
            )
    removed = sum(b - a + 1 for a, b, _, _ in changes(old, new) if a <= b)
    assert len(old) - removed == table[0][0]


simple_patterns = st.text(alphabet="ab*?", min_size=1, max_size=5)


@given(pattern=simple_patterns, name=st.text(alphabet="ab.", min_size=1, max_size=5))
def test_name_matches_as_fnmatch_with_a_leading_period_explicit(pattern, name):
    expected = fnmatch.fnmatchcase(name, pattern) and not name.startswith(".")
    assert name_matches(pattern, name) is expected


@given(data=st.binary(max_size=200))
def test_an_archive_s_bytes_survive_as_text(data):
    assert to_bytes(to_text(data)) == data


def test_a_running_zone_adds_its_mounts_below_its_root(world):
    from zonetui.sim.commands.disk import Machine

    solaris = world.hosts[0].domains[0].solaris
    entries = mounts(solaris, None, Machine(hwcap=1))
    assert [e.mountp for e in entries][:2] == ["/", "/devices"]
    assert mount_of(entries, "/tmp/x").fstype == "tmpfs"
    assert mount_of(entries, "/etc/nodename").mountp == "/"
    assert mount_of(entries, "/export/home/u").special == "/dev/dsk/c0t0d0s7"


def test_scaled_sizes_as_number_to_scaled_string():
    from zonetui.sim.commands.disk import scaled

    assert scaled(0, "%2.1f") == "   0K"
    assert scaled(1023, "%2.1f") == "1023K"
    assert scaled(1080, "%2.1f") == "1.1M"  # one decimal below ten units
    assert scaled(1080, "%4.1f") == " 1.1M"  # du's width
    assert scaled(5_161_260, "%2.1f") == "4.9G"
    assert scaled(33_047_082, "%2.1f") == "  32G"  # ten units and more: whole, in four
