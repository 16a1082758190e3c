"""zonetui import / export / copy-zonepath: host files in and out of the simulated world,
and a detached zone carried to a domain of another host (store/transfer.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zonetui.cli import main
from zonetui.store.transfer import TransferError, parse_spec
from zonetui.store.transfer_messages import MAX_BYTES

CONFIGS = Path(__file__).parent / "configs"
BASIC = str(CONFIGS / "basic.toml")
TRANSFER = str(CONFIGS / "transfer.toml")


class Zonetui:
    """zonetui's command line in this process, on one state file."""

    def __init__(self, config: str, capsys) -> None:
        self.config = config
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        status = main(["--config", self.config, *args])
        captured = self.capsys.readouterr()
        return status, captured.out, captured.err

    def sh(self, line: str, *where: str) -> str:
        """One command line (exec) that must succeed; its stdout."""
        status, out, err = self(*where, "exec", "--", line)
        assert (status, err) == (0, ""), (line, err)
        return out


@pytest.fixture
def zt(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "state.json"))
    monkeypatch.chdir(tmp_path)
    return Zonetui(BASIC, capsys)


@pytest.fixture
def zt_transfer(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "state.json"))
    monkeypatch.chdir(tmp_path)
    return Zonetui(TRANSFER, capsys)


# -- import --------------------------------------------------------------------------------------


def test_import_copies_text_files_into_var_tmp_and_the_state_keeps_them(zt, tmp_path):
    (tmp_path / "web1.cfg").write_text("create -b\nset zonepath=/zones/web1\n")
    (tmp_path / "ldg1.xml").write_text("<LDM_interface/>\n")
    assert zt("import", "web1.cfg", str(tmp_path / "ldg1.xml")) == (
        0,
        "zonetui import: web1.cfg -> t2000-a › primary › global:/var/tmp/web1.cfg\n"
        f"zonetui import: {tmp_path / 'ldg1.xml'} -> t2000-a › primary › global:"
        "/var/tmp/ldg1.xml\n",
        "",
    )
    # a later process sees them: the command saved the state
    assert zt.sh("cat /var/tmp/web1.cfg") == "create -b\nset zonepath=/zones/web1\n"
    listing = zt.sh("ls -l /var/tmp/web1.cfg")
    assert listing.startswith("-rw-r--r--   1 root     root          35 ")


def test_import_honours_to_host_domain_and_zone(zt, tmp_path):
    (tmp_path / "motd").write_text("hello\n")
    assert zt("--host", "t5220-a", "import", "motd", "--to", "/etc")[0] == 0
    assert zt.sh("cat /etc/motd", "--host", "t5220-a") == "hello\n"
    assert zt.sh("ls /var/tmp") == ""  # nothing arrived on the first host
    status, _, err = zt("--host", "t5220-a", "--domain", "ldg9", "import", "motd")
    assert (status, err) == (1, "zonetui import: no domain 'ldg9' on host 't5220-a'\n")
    status, _, err = zt("--zone", "web1", "import", "motd")
    assert (status, err) == (
        1,
        "zonetui import: no zone 'web1' in domain 'primary' of host 't2000-a'\n",
    )


def test_import_into_a_zone_goes_below_its_root_and_respects_its_mounts(zt_transfer, tmp_path):
    zt = zt_transfer
    (tmp_path / "app.conf").write_text("port=8080\n")
    zt.sh("zoneadm -z web1 boot")
    assert zt("--zone", "web1", "import", "app.conf", "--to", "/etc")[0] == 0
    assert zt.sh("cat /zones/web1/root/etc/app.conf") == "port=8080\n"
    assert zt.sh("zlogin web1 cat /etc/app.conf") == "port=8080\n"
    # /usr is the global zone's, read-only in a sparse-root zone
    status, out, err = zt("--zone", "web1", "import", "app.conf", "--to", "/usr")
    assert (status, out) == (1, "")
    assert err == "zonetui import: app.conf: /usr/app.conf: Read-only file system\n"


def test_import_refuses_what_is_not_a_small_text_file_one_line_each(zt, tmp_path):
    (tmp_path / "ok.cfg").write_text("create\n")
    (tmp_path / "bin.dat").write_bytes(b"ELF\0\1\2")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    (tmp_path / "big.txt").write_text("a" * (MAX_BYTES + 1))
    (tmp_path / "dir").mkdir()
    (tmp_path / "link.cfg").symlink_to(tmp_path / "ok.cfg")
    os.mkfifo(tmp_path / "fifo")
    names = ["bin.dat", "latin1.txt", "big.txt", "dir", "link.cfg", "fifo", "gone", "ok.cfg"]
    status, out, err = zt("import", *names)
    assert status == 1
    assert out == "zonetui import: ok.cfg -> t2000-a › primary › global:/var/tmp/ok.cfg\n"
    assert err.splitlines() == [
        "zonetui import: bin.dat: is not a text file (it holds binary data)",
        "zonetui import: latin1.txt: is not a text file (it is not UTF-8)",
        "zonetui import: big.txt: is larger than 4 MiB (only text files up to 4 MiB are copied)",
        "zonetui import: dir: is a directory",
        "zonetui import: link.cfg: is a symbolic link (name the file it points to)",
        "zonetui import: fifo: is not a regular file",
        "zonetui import: gone: No such file or directory",
    ]
    assert zt.sh("ls /var/tmp") == "ok.cfg\n"


def test_import_exactly_four_mebibytes_is_accepted(zt, tmp_path):
    (tmp_path / "edge.txt").write_text("b" * MAX_BYTES)
    assert zt("import", "edge.txt")[0] == 0
    assert zt.sh("ls -l /var/tmp/edge.txt").split()[4] == str(MAX_BYTES)


def test_a_symlinked_directory_on_the_way_is_part_of_what_was_named(zt, tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.cfg").write_text("x\n")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    assert zt("import", "alias/a.cfg")[0] == 0
    assert zt.sh("cat /var/tmp/a.cfg") == "x\n"


def test_import_needs_an_existing_directory_and_changes_nothing_without_one(zt, tmp_path):
    (tmp_path / "a.cfg").write_text("x\n")
    zt.sh("mkdir /var/tmp/a.cfg")
    before = zt.sh("ls -R /var /etc")
    assert zt("import", "a.cfg", "--to", "/nowhere") == (
        1,
        "",
        "zonetui import: /nowhere: No such file or directory (in t2000-a › primary › global)\n",
    )
    assert zt("import", "a.cfg", "--to", "/etc/nodename") == (
        1,
        "",
        "zonetui import: /etc/nodename: Not a directory (in t2000-a › primary › global)\n",
    )
    status, _, err = zt("import", "a.cfg")
    assert (status, err) == (1, "zonetui import: a.cfg: /var/tmp/a.cfg: Is a directory\n")
    assert zt.sh("ls -R /var /etc") == before


def test_import_overwrites_a_file_of_the_same_name(zt, tmp_path):
    zt.sh("echo old > /var/tmp/a.cfg")
    (tmp_path / "a.cfg").write_text("new\n")
    assert zt("import", "a.cfg")[0] == 0
    assert zt.sh("cat /var/tmp/a.cfg") == "new\n"


# -- export --------------------------------------------------------------------------------------


def test_export_writes_one_simulated_file_to_the_host(zt, tmp_path):
    zt.sh("zonecfg -z web1 'create; set zonepath=/zones/web1'")
    zt.sh("zonecfg -z web1 export -f /var/tmp/web1.cfg")
    assert zt("export", "/var/tmp/web1.cfg", "--to", "out.cfg") == (
        0,
        "zonetui export: t2000-a › primary › global:/var/tmp/web1.cfg -> out.cfg\n",
        "",
    )
    assert (tmp_path / "out.cfg").read_text() == zt.sh("zonecfg -z web1 export")
    # relative simulated paths are taken from /; an existing host file is overwritten
    assert zt("export", "etc/zones/index", "--to", "out.cfg")[0] == 0
    assert (tmp_path / "out.cfg").read_text() == zt.sh("cat /etc/zones/index")


def test_export_refusals_are_one_line_and_write_nothing(zt, tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "target").write_text("keep\n")
    (tmp_path / "link").symlink_to(tmp_path / "target")
    cases = {
        ("/var/tmp", "x"): "zonetui export: /var/tmp: is a directory (in t2000-a › primary › global)",
        ("/nosuch", "x"): "zonetui export: /nosuch: No such file or directory (in t2000-a › primary › global)",
        ("/dev/null", "x"): "zonetui export: /dev/null: is not a regular file (in t2000-a › primary › global)",
        ("/etc/nodename", "dir"): "zonetui export: dir: is a directory",
        ("/etc/nodename", "link"): "zonetui export: link: is a symbolic link (name the file it points to)",
        ("/etc/nodename", "no/such/dir"): "zonetui export: no/such/dir: No such file or directory",
    }  # fmt: skip
    for (path, to), message in cases.items():
        assert zt("export", path, "--to", to) == (1, "", message + "\n"), (path, to)
    assert not (tmp_path / "x").exists()
    assert (tmp_path / "target").read_text() == "keep\n"
    assert list((tmp_path / "dir").iterdir()) == []


def test_export_from_a_zone_reads_its_own_files(zt_transfer, tmp_path):
    zt = zt_transfer
    assert zt("--zone", "web1", "export", "/etc/nodename", "--to", "nodename")[0] == 0
    assert (tmp_path / "nodename").read_text() == "web1\n"


def test_import_then_export_gives_back_the_same_bytes(zt, tmp_path):
    text = "# tabs\tand trailing spaces   \r\nunicode: \u00e9\u4e2d\nno newline at the end"
    (tmp_path / "in.txt").write_bytes(text.encode())
    assert zt("import", "in.txt")[0] == 0
    assert zt("export", "/var/tmp/in.txt", "--to", "out.txt")[0] == 0
    assert (tmp_path / "out.txt").read_bytes() == text.encode()


# -- copy-zonepath -------------------------------------------------------------------------------


def test_specs_name_a_host_a_domain_and_an_absolute_path():
    assert parse_spec("t2000-a:/zones/web1", "x").label == "t2000-a/primary:/zones/web1"
    assert parse_spec("t5220-a/ldg1:/zones//web1/", "x").label == "t5220-a/ldg1:/zones/web1"
    assert parse_spec("/zones/web1", "t9").label == "t9/primary:/zones/web1"
    for bad in ("t2000-a", "t2000-a:zones", "zones/web1", ":/zones", "t2000-a:/", "/"):
        with pytest.raises(TransferError):
            parse_spec(bad, "x")


def test_a_detached_zone_moves_to_another_host_and_attaches_there(zt_transfer):
    zt = zt_transfer
    before = zt.sh("zonecfg -z web1 info")
    zt.sh("zoneadm -z web1 detach")
    assert zt("copy-zonepath", "t2000-a:/zones/web1", "t5220-a:/zones/web1") == (
        0,
        "zonetui copy-zonepath: t2000-a/primary:/zones/web1 -> t5220-a/primary:/zones/web1 "
        "(32 files and directories)\n",
        "",
    )
    t5220 = ("--host", "t5220-a")
    # modes, owners and times travel with the tree (tar xpf, zfs recv)
    for path in ("/zones/web1", "/zones/web1/root", "/zones/web1/SUNWdetached.xml"):
        assert zt.sh(f"ls -ld {path}", *t5220) == zt.sh(f"ls -ld {path}")
    zt.sh("zonecfg -z web1 create -a /zones/web1", *t5220)
    assert zt.sh("zonecfg -z web1 info", *t5220) == before
    zt.sh("zoneadm -z web1 attach", *t5220)
    zt.sh("zoneadm -z web1 boot", *t5220)
    assert zt.sh("zoneadm list -v", *t5220).splitlines()[-1].split()[:3] == ["1", "web1", "running"]
    assert zt.sh("zlogin web1 cat /etc/nodename", *t5220) == "web1\n"
    # the source still has its copy, detached: configured, as an administrator left it
    assert zt.sh("zoneadm -z web1 list -p").split(":")[2] == "configured"


def test_attach_u_and_F_finish_a_move_as_well(zt_transfer):
    zt = zt_transfer
    zt.sh("zoneadm -z web1 detach")
    t5220 = ("--host", "t5220-a")
    assert zt("copy-zonepath", "t2000-a:/zones/web1", "t5220-a:/zones/a")[0] == 0
    assert zt("copy-zonepath", "t2000-a:/zones/web1", "t5220-a:/zones/b")[0] == 0
    zt.sh("zonecfg -z a create -a /zones/a; zonecfg -z b create -a /zones/b", *t5220)
    zt.sh("zoneadm -z a attach -u", *t5220)
    zt.sh("zoneadm -z b attach -F", *t5220)
    states = zt.sh("zoneadm list -cp", *t5220).splitlines()
    assert [line.split(":")[1:3] for line in states] == [
        ["global", "running"],
        ["a", "installed"],
        ["b", "installed"],
    ]


def test_copy_zonepath_refuses_and_changes_nothing(zt_transfer):
    zt = zt_transfer
    t5220 = ("--host", "t5220-a")
    zt.sh("zoneadm -z web1 boot")
    zt.sh("mkdir /zones/full; echo x > /zones/full/x", *t5220)
    before = zt.sh("ls -lR /zones", *t5220)
    refusals = {
        ("t2000-a:/zones/web1", "t5220-a:/zones/web1"):
            "t2000-a/primary:/zones/web1: zone web1 is running: halt it (zoneadm -z web1 halt) "
            "and detach it first",
        ("t2000-a:/zones/none", "t5220-a:/zones/none"):
            "t2000-a/primary:/zones/none: No such file or directory",
        ("t2000-a:/etc/nodename", "t5220-a:/zones/n"):
            "t2000-a/primary:/etc/nodename: Not a directory",
        ("t2000-a:/export", "t5220-a:/zones/full"):
            "t5220-a/primary:/zones/full: exists and is not an empty directory",
        ("t2000-a:/export", "t5220-a:/nowhere/www"):
            "t5220-a/primary:/nowhere: No such file or directory",
        ("t2000-a:/export", "t2000-a:/export/www/copy"):
            "t2000-a/primary:/export and t2000-a/primary:/export/www/copy overlap",
        ("t2000-a:/export", "t9999-z:/export"): "no host 't9999-z' in this cluster",
        ("t2000-a:/export", "t5220-a/ldg1:/export"): "no domain 'ldg1' on host 't5220-a'",
        ("t2000-a:/export", "t5220-a"):
            "t5220-a: expected [HOST[/DOMAIN]:]PATH with an absolute PATH",
    }  # fmt: skip
    for (source, target), reason in refusals.items():
        assert zt("copy-zonepath", source, target) == (
            1,
            "",
            f"zonetui copy-zonepath: {reason}\n",
        ), (source, target)
    assert zt.sh("ls -lR /zones", *t5220) == before
    zt("poweroff", "t5220-a")
    assert zt("copy-zonepath", "/export", "t5220-a:/export/www") == (
        1,
        "",
        "zonetui copy-zonepath: host 't5220-a' is powered off\n",
    )


def test_copy_into_an_empty_directory_takes_the_source_modes(zt_transfer):
    zt = zt_transfer
    t5220 = ("--host", "t5220-a")
    zt.sh("zoneadm -z web1 detach")
    zt.sh("mkdir -m 755 /zones/web1", *t5220)
    assert zt("copy-zonepath", "/zones/web1", "t5220-a:/zones/web1")[0] == 0
    assert zt.sh("ls -ld /zones/web1", *t5220).startswith("drwx------ ")
