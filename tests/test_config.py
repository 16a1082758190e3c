"""Cluster definitions: every mistake is one `FILE:LINE: MESSAGE`."""

from __future__ import annotations

import pytest

from zonetui.model.record import dump
from zonetui.store.config import ConfigError, load_config
from zonetui.store.paths import demo_config

HOST = '[[hosts]]\nname = "h1"\nplatform = "T2000"\n'


def error_of(tmp_path, text: str) -> str:
    path = tmp_path / "c.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:")
    assert "\n" not in message
    return message[len(str(path)) + 1 :]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[cluster\n", "1: Expected ']' at the end of a table declaration"),
        ('[cluster]\nname = "x"\nbogus = 1\n' + HOST, "3: unknown key 'bogus' in [cluster]"),
        (HOST + "colour = 'red'\n", "4: unknown key 'colour' in [[hosts]]"),
        ('[[hosts]]\nname = "h1"\n', "1: missing key 'platform' in [[hosts]]"),
        (HOST + "cores = 5\n", "4: cores must be one of 4, 6, 8 for T2000"),
        (HOST + 'memory = "1T"\n', "4: memory must be between 8G and 64G for T2000 (got 1024G)"),
        (
            HOST + 'memory = "lots"\n',
            "4: invalid size 'lots': expected a whole number with an optional K, M, G or T suffix",
        ),
        (
            HOST + 'ldoms = "2.2"\n',
            '4: ldoms profile "2.2" needs a T2 or T2 Plus platform, not T2000',
        ),
        (HOST + 'ldoms = "3.0"\n', "4: ldoms: Input should be '1.3' or '2.2'"),
        (HOST + HOST, "5: host 'h1' is defined twice"),
        (
            '[[hosts]]\nname = "bad_name"\nplatform = "T2000"\n',
            "2: 'bad_name' is not a valid host name",
        ),
        ('[cluster]\nname = "x"\n', "1: the cluster has no [[hosts]]"),
        (
            HOST + 'setup = """\nmkdir /zones\nzoneadm -z nope list\n"""\n',
            "6: zoneadm: nope: No such zone configured",
        ),
        (HOST + "setup = '''\nzonename\nfrobnicate\n'''\n", "6: frobnicate: not found"),
    ],
)
def test_config_errors(tmp_path, text, expected):
    assert error_of(tmp_path, text) == expected


def test_invalid_utf8(tmp_path):
    path = tmp_path / "c.toml"
    path.write_bytes(b'[cluster]\nname = "\xff"\n')
    with pytest.raises(ConfigError, match=r":2: invalid UTF-8$"):
        load_config(path)


def test_defaults_come_from_the_catalog(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(HOST)
    world = load_config(path)
    host = world.hosts[0]
    assert (host.cores, host.memory, host.ldoms) == (8, 32 << 30, "1.3")


def test_setup_runs_in_the_control_domain(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(HOST + 'setup = """\nmkdir -m 700 /zones\necho hi > /zones/f\n"""\n')
    fs = load_config(path).hosts[0].primary.solaris.fs
    assert fs.get("/zones").mode == 0o700
    assert fs.read("/zones/f") == "hi\n"


def test_a_setup_line_with_a_syntax_error_stops_the_load_at_its_line(tmp_path):
    """It runs nothing, so no command's status says so: the shell ending the script does."""
    path = tmp_path / "c.toml"
    path.write_text(HOST + 'setup = """\nmkdir /a\nif then fi\nmkdir /b\n"""\n')
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    line = HOST.count("\n") + 3
    assert str(refused.value) == f"{path}:{line}: sh: syntax error at line 2: `then' unexpected"


def test_a_setup_that_exits_0_stops_there(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(HOST + 'setup = """\nmkdir /a\nexit 0\nmkdir /b\n"""\n')
    fs = load_config(path).hosts[0].primary.solaris.fs
    assert fs.is_dir("/a") and not fs.is_dir("/b")


def test_demo_cluster_loads_with_each_chip_family():
    world = load_config(demo_config())
    platforms = {h.platform for h in world.hosts}
    assert {"T2000", "T5220", "T5240"} <= platforms


def test_same_seed_same_world():
    assert dump(load_config(demo_config())) == dump(load_config(demo_config()))
