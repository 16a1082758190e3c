"""Tab completion of ldm knows the state: each subcommand offers the domains, services,
volumes, devices and formats it can act on now (issue 5, "Completion aware of state")."""

from __future__ import annotations

import pytest

from zonetui.shell.completion import complete
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context

# a T5220 with its services, a cut-down control domain, and one guest in each state
SETUP = (
    "ldm add-vds primary-vds0 primary",
    "ldm add-vds backup-vds0 primary",
    "ldm add-vcc port-range=5000-5100 primary-vcc0 primary",
    "ldm add-vsw net-dev=nxge0 primary-vsw0 primary",
    "ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0",
    "ldm add-vdsdev /dev/dsk/c1t2d0s2 vol2@primary-vds0",
    "ldm add-vdsdev /export/iso/sol10.iso iso@backup-vds0",
    "ldm set-mau 1 primary",
    "ldm set-vcpu 8 primary",
    "ldm set-memory 4G primary",
    "shutdown -y -g0 -i6",
    "ldm add-domain idle1 idle2 bound1 run1",
    "ldm add-vcpu 8 bound1",
    "ldm add-memory 1G bound1",
    "ldm add-vcpu 8 run1",
    "ldm add-memory 1G run1",
    "ldm add-vdisk vdisk1 vol1@primary-vds0 run1",
    "ldm add-vnet vnet1 primary-vsw0 run1",
    "ldm bind bound1",
    "ldm bind run1",
    "ldm start run1",
)


@pytest.fixture
def shell(world):
    console = Console(world, Context("t5220-a"), terminal=False)
    for line in SETUP:
        console.feed(line)
        assert console.session.last_status == 0, line
    return console.shell


def offered(shell, line: str) -> list[str]:
    return complete(shell, line)[1]


def test_lifecycle_subcommands_offer_the_domains_in_the_right_state(shell):
    assert offered(shell, "ldm start-domain ") == ["bound1"]
    assert offered(shell, "ldm start ") == ["bound1"]
    assert offered(shell, "ldm bind-domain ") == ["idle1", "idle2"]
    assert offered(shell, "ldm bind i") == ["idle1", "idle2"]
    assert offered(shell, "ldm stop-domain ") == ["run1"]
    assert offered(shell, "ldm unbind-domain ") == ["bound1"]
    assert offered(shell, "ldm remove-domain ") == ["idle1", "idle2"]
    assert offered(shell, "ldm panic-domain ") == ["run1"]
    assert offered(shell, "ldm set-vcons ") == ["group=", "idle1", "idle2", "port=", "service="]


def test_operands_already_typed_are_not_offered_again(shell):
    assert offered(shell, "ldm remove-domain idle1 ") == ["idle2"]
    assert offered(shell, "ldm rm-dom idle2 i") == ["idle1"]


def test_add_vdisk_offers_the_volumes_of_existing_disk_servers(shell):
    assert offered(shell, "ldm add-vdisk ") == ["id=", "timeout="]
    assert offered(shell, "ldm add-vdisk vdisk2 ") == [
        "iso@backup-vds0",
        "vol1@primary-vds0",
        "vol2@primary-vds0",
    ]
    assert offered(shell, "ldm add-vdisk vdisk2 vol") == ["vol1@primary-vds0", "vol2@primary-vds0"]
    assert offered(shell, "ldm add-vdisk vdisk2 vol2@primary-vds0 b") == ["bound1"]


def test_add_vdsdev_completes_the_service_after_the_volume_name(shell):
    assert offered(shell, "ldm add-vdsdev /dev/dsk/c1t3d0s2 vol3") == [
        "vol3@backup-vds0",
        "vol3@primary-vds0",
    ]
    assert offered(shell, "ldm add-vdsdev /dev/dsk/c1t3d0s2 vol3@") == [
        "vol3@backup-vds0",
        "vol3@primary-vds0",
    ]
    assert offered(shell, "ldm add-vdsdev /dev/dsk/c1t3d0s2 vol3@p") == ["vol3@primary-vds0"]
    assert offered(shell, "ldm rm-vdsdev ") == [
        "iso@backup-vds0",
        "vol1@primary-vds0",
        "vol2@primary-vds0",
    ]


def test_services_and_devices_complete_from_what_exists(shell):
    assert offered(shell, "ldm add-vnet vnet2 ") == ["primary-vsw0"]
    assert offered(shell, "ldm rm-vsw ") == ["primary-vsw0"]
    assert offered(shell, "ldm rm-vds ") == ["backup-vds0", "primary-vds0"]
    assert offered(shell, "ldm set-vcc ") == ["port-range=", "primary-vcc0"]
    assert offered(shell, "ldm rm-vdisk ") == ["vdisk1"]
    assert offered(shell, "ldm rm-vdisk vdisk1 ") == ["run1"]
    assert offered(shell, "ldm rm-vnet vnet1 ") == ["run1"]
    assert offered(shell, "ldm add-io ") == ["bypass="]  # the T5220's roots are primary's
    assert offered(shell, "ldm remove-io ") == ["niu@80", "pci@0"]
    assert offered(shell, "ldm remove-io niu@80 ") == ["primary"]


def test_configurations_formats_and_device_kinds(shell, world):
    console = Console(world, Context("t5220-a"), terminal=False)
    console.feed("ldm add-spconfig initial")
    assert offered(shell, "ldm set-spconfig ") == ["factory-default", "initial"]
    assert offered(shell, "ldm rm-spconfig ") == ["initial"]
    assert offered(shell, "ldm list -o ") == [
        "console",
        "cpu",
        "crypto",
        "disk",
        "domain",
        "memory",
        "network",
        "physio",
        "resmgmt",
        "serial",
        "stats",
        "status",
    ]
    assert offered(shell, "ldm list -o cpu,me") == ["cpu,memory"]
    assert offered(shell, "ldm list -o memory r") == ["run1"]
    assert offered(shell, "ldm list-devices ") == ["cpu", "io", "mau", "memory"]
    assert offered(shell, "ldm stop-domain -") == ["-a", "-f"]


def test_subcommand_names_and_aliases(shell):
    names = offered(shell, "ldm add-v")
    assert {"add-vcc", "add-vconscon", "add-vds", "add-vdiskserver", "add-vdsdev"} <= set(names)
    assert {"add-vsw", "add-vswitch", "add-vnet", "add-vdisk", "add-vcpu"} <= set(names)
    assert "add-core" not in offered(shell, "ldm add-c")  # LDoms 1.3 has no whole cores
    assert offered(shell, "ldm set-vcon") == ["set-vcons", "set-vconscon", "set-vconsole"]
    assert offered(shell, "ldm --help start") == ["start", "start-dom", "start-domain"]


def test_the_2_2_profile_completes_its_own_words(world):
    console = Console(world, Context("t5240-a"), terminal=False)
    shell = console.shell
    assert "add-core" in offered(shell, "ldm add-c")
    assert offered(shell, "ldm add-vcpu -") == ["-c"]
    assert offered(shell, "ldm add-memory --") == ["--auto-adj"]
    assert offered(shell, "ldm list-devices c") == ["core", "cpu"]
    assert "core" in offered(shell, "ldm list -o ")
    assert offered(shell, "ldm cancel-operation ") == ["memdr", "migration", "reconf"]


def test_ldm_is_offered_in_the_control_domain_only(shell, world):
    assert offered(shell, "ld") == ["ldm"]
    guest = Console(world, Context("t5220-a", domain="run1"), terminal=False)
    assert offered(guest.shell, "ld") == []
