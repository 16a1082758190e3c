"""Every file of configs/samples in use: imported with `zonetui import`, used by the tool
that reads its format, written back by that tool, exported with `zonetui export`, and
compared byte for byte with the sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_transfer import TRANSFER, Zonetui

SAMPLES = Path(__file__).parent.parent / "configs" / "samples"


@pytest.fixture
def zt(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "state.json"))
    monkeypatch.chdir(tmp_path)
    return Zonetui(TRANSFER, capsys)


def exported(zt: Zonetui, path: str, tmp_path: Path, *where: str) -> str:
    out = tmp_path / "exported"
    status, _, err = zt(*where, "export", path, "--to", str(out))
    assert (status, err) == (0, "")
    return out.read_text()


def imported(zt: Zonetui, sample: Path, *where: str, to: str = "/var/tmp") -> None:
    status, _, err = zt(*where, "import", str(sample), "--to", to)
    assert (status, err) == (0, "")


def test_the_samples_are_all_used_here():
    used = {
        "zones/web1.cfg",
        "zones/db1.cfg",
        "zones/data1.cfg",
        "clusters/zfs-zones.toml",
        "zones/app1.xml",
        "zones/legacy1/SUNWdetached.xml",
        "ldoms/web-ldg.xml",
        "ldoms/io-svc.xml",
        "ldoms/cores-ldg.xml",
    }
    found = {str(p.relative_to(SAMPLES)) for p in SAMPLES.rglob("*") if p.is_file()}
    assert found - {"README.md"} == used


@pytest.mark.parametrize("name", ["web1", "db1"])
def test_a_zonecfg_command_file_configures_the_zone_it_exports(zt, tmp_path, name):
    sample = SAMPLES / "zones" / f"{name}.cfg"
    imported(zt, sample)
    zone = f"{name}x"  # beside the installed web1 of the config
    zt.sh(f"zonecfg -z {zone} -f /var/tmp/{name}.cfg")
    zt.sh(f"zonecfg -z {zone} export -f /var/tmp/{zone}.out")
    assert exported(zt, f"/var/tmp/{zone}.out", tmp_path) == sample.read_text()
    assert zt.sh(f"zoneadm -z {zone} list -p").split(":")[2] == "configured"


def test_a_zone_xml_is_a_template_and_comes_back_as_etc_zones_xml(zt, tmp_path):
    sample = SAMPLES / "zones" / "app1.xml"
    imported(zt, sample, to="/etc/zones")
    zt.sh("zonecfg -z app1 'create -t app1; commit'")
    assert "app1:configured:/zones/app1:" in zt.sh("cat /etc/zones/index")
    assert exported(zt, "/etc/zones/app1.xml", tmp_path) == sample.read_text()


def test_a_detached_manifest_from_another_system_attaches(zt, tmp_path):
    sample = SAMPLES / "zones" / "legacy1" / "SUNWdetached.xml"
    where = ("--host", "t5220-a")
    # the zonepath as it arrived (tar xpf of the old system's copy), then its manifest
    zt.sh("mkdir -m 700 /zones/legacy1; mkdir -m 755 /zones/legacy1/root", *where)
    imported(zt, sample, *where, to="/zones/legacy1")
    zt.sh("zonecfg -z legacy1 create -a /zones/legacy1", *where)
    zt.sh("zoneadm -z legacy1 attach", *where)
    assert zt.sh("zoneadm -z legacy1 list -p", *where).split(":")[2] == "installed"
    # /etc/zones/legacy1.xml is the manifest's configuration without the inventory
    config = "".join(
        line
        for line in sample.read_text().splitlines(keepends=True)
        if not line.lstrip().startswith(("<package ", "<patch "))
    )
    assert exported(zt, "/etc/zones/legacy1.xml", tmp_path, *where) == config
    # the attach used the manifest up: it is no longer in the zonepath
    assert zt.sh("ls /zones/legacy1", *where) == "root\n"


@pytest.mark.parametrize(
    ("name", "host", "bind"),
    [("web-ldg", "t2000-a", True), ("io-svc", "t2000-a", True), ("cores-ldg", "t5240-a", True)],
)
def test_ldm_constraints_xml_creates_a_domain_that_lists_the_same_xml(
    zt, tmp_path, name, host, bind
):
    sample = SAMPLES / "ldoms" / f"{name}.xml"
    where = ("--host", host)
    imported(zt, sample, *where)
    zt.sh(f"ldm add-domain -i /var/tmp/{name}.xml", *where)
    if bind:
        zt.sh(f"ldm bind-domain {name}", *where)
    zt.sh(f"ldm list-constraints -x {name} > /var/tmp/{name}.out", *where)
    assert exported(zt, f"/var/tmp/{name}.out", tmp_path, *where) == sample.read_text()


ZFS_CLUSTER = SAMPLES / "clusters" / "zfs-zones.toml"


@pytest.fixture
def zt_zfs(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "state.json"))
    monkeypatch.chdir(tmp_path)
    return Zonetui(str(ZFS_CLUSTER), capsys)


def test_the_zfs_cluster_puts_its_zones_on_datasets(zt_zfs):
    """clusters/zfs-zones.toml: zonepaths are datasets, clones are ZFS clones, data1 is
    given rpool/data1 and sees it (runtime.md §5.2, §5.3)."""
    assert zt_zfs.sh("zfs list -H -o name,origin -t filesystem -r rpool/zones") == (
        "rpool/zones\t-\n"
        "rpool/zones/data1\trpool/zones/web1@SUNWzone2\n"
        "rpool/zones/web1\t-\n"
        "rpool/zones/web2\trpool/zones/web1@SUNWzone1\n"
    )
    assert zt_zfs.sh("zoneadm list") == "global\nweb1\ndata1\n"
    assert zt_zfs.sh("zlogin data1 zfs list -H -o name") == "rpool\nrpool/data1\n"
    assert zt_zfs.sh("zfs get -H -o value zoned,quota rpool/data1") == "on\n2G\n"


def test_a_zonecfg_command_file_with_a_dataset(zt_zfs, tmp_path):
    """zones/data1.cfg: `add dataset` of a dataset that exists on the ZFS cluster."""
    sample = SAMPLES / "zones" / "data1.cfg"
    imported(zt_zfs, sample)
    zt_zfs.sh("zonecfg -z data9 -f /var/tmp/data1.cfg")
    zt_zfs.sh("zonecfg -z data9 export -f /var/tmp/data9.out")
    assert exported(zt_zfs, "/var/tmp/data9.out", tmp_path) == sample.read_text()
    zt_zfs.sh("zonecfg -z data9 'set zonepath=/zones/data9'")
    zt_zfs.sh("zoneadm -z data9 install")
    assert zt_zfs.sh("zoneadm -z data9 list -p").split(":")[2] == "installed"
