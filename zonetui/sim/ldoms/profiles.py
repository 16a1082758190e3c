"""Logical Domains Manager version profiles: data, not scattered `if`s (DESIGN.md §1).

A profile says what differs between LDoms 1.3 and Oracle VM Server for SPARC 2.2:
column widths, the extra whole-core commands, which changes are dynamic, the version
banner. Commands and formatters read it; nothing else tests a version string.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """What differs between LDoms 1.3 and Oracle VM Server for SPARC 2.2."""

    version: str
    manager: str  # first line of `ldm -V` (§3.11)
    protocol: str  # "Hypervisor control protocol v ..."
    md: str  # "Using Hypervisor MD v ..."
    hypervisor: str  # System PROM lines of `ldm -V` [M]
    openboot: str
    parse_version: str  # first line of every -p listing (§3.6)
    state_width: int  # STATE column incl. padding (§3.1)
    flag_count: int  # five FLAGS letters in 1.x, six in 2.x (§3.2)
    # FLAGS position 2 of a running control domain: `n` at once (2.x, whose factory-default
    # primary lists `-n-c--`, §3.4), or only once it has booted under the manager (1.x, T03)
    control_normal_at_once: bool
    whole_core: bool  # add-core/set-core/remove-core, -c, max-cores, CORE sections (§2.5)
    uuid: bool  # UUID section and uuid in listings (2.x)
    long_identity: bool  # list -l shows UUID/MAC/HOSTID/CONTROL/DEPENDENCY (2.x)
    memory_dr: bool  # memory of active domains changes in 256 MB steps (2.0+)
    crypto_dr: bool  # crypto units of active domains change at once (ldoms.md T27)
    io_bypass: bool  # add-io bypass=on (dropped in 2.2)
    start_reconf: bool  # start-reconf / cancel-reconf (2.0+)
    devices_vcpu: tuple[int, int]  # list-devices VCPU column widths: PID, %FREE
    pm_words: tuple[str, str]  # PM column: power-managed, not
    primary_vcons: bool  # long listings show primary's VCONS (SP) section (2.x; not in T04)
    # add-vsw/set-vsw mode= values: 1.x lists `routed` switches (T04, §2.4 note); the 2.x
    # synopsis has only `sc`
    vsw_modes: tuple[str, ...]


PROFILES: dict[str, Profile] = {
    "1.3": Profile(
        version="1.3",
        manager="Logical Domain Manager (v 1.3)",
        protocol="Hypervisor control protocol v 1.4",
        md="Using Hypervisor MD v 1.1",
        hypervisor="Hypervisor  v. 1.8.0.    @(#)Hypervisor 1.8.0. 2009/10/06 10:06",
        openboot="OpenBoot    v. 4.31.0.   @(#)OBP 4.31.0. 2009/10/06 09:41",
        parse_version="1.4",  # ldoms.md §3.6: an LDoms 1.3 example prints VERSION 1.4
        state_width=9,
        flag_count=5,
        control_normal_at_once=False,  # T03: factory-default primary shows ---c- [V]
        whole_core=False,
        uuid=False,
        long_identity=False,
        memory_dr=False,
        crypto_dr=False,
        io_bypass=True,
        start_reconf=False,
        devices_vcpu=(8, 11),  # 1.3 example: "PID     %FREE      PM"
        pm_words=("yes", "no"),
        primary_vcons=False,
        vsw_modes=("sc", "routed"),
    ),
    "2.2": Profile(
        version="2.2",
        manager="Logical Domains Manager (v 2.2)",
        protocol="Hypervisor control protocol v 1.7",
        md="Using Hypervisor MD v 1.3",
        hypervisor="Hypervisor  v. 1.10.7.   @(#)Hypervisor 1.10.7.b 2012/03/29 13:01",
        openboot="OpenBoot    v. 4.33.6.   @(#)OBP 4.33.6.a 2012/03/29 11:22",
        parse_version="1.6",
        state_width=11,
        flag_count=6,
        control_normal_at_once=True,  # OVM listings: -n-cv-, -n-c-- (§3.1, §3.4) [V]
        whole_core=True,
        uuid=True,
        long_identity=True,
        memory_dr=True,
        crypto_dr=True,
        io_bypass=False,
        start_reconf=True,
        devices_vcpu=(8, 8),  # T27: "PID     %FREE   PM"
        pm_words=("yes", "no"),
        primary_vcons=True,
        vsw_modes=("sc",),
    ),
}
