"""hostname, uname, psrinfo, prtconf as Solaris 10 prints them, per domain and zone.

Transcripts are data: (command line, stdout, stderr, exit status) rows run in order.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zonetui.hardware.catalog import load_catalog
from zonetui.model import Domain, MemBlock, World, Zone, ZoneConfig
from zonetui.model.world import EPOCH
from zonetui.shell.completion import complete
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.factory import factory_default_host, new_solaris

BOOT = EPOCH - 16 * 86400 - 3 * 3600  # 12/19/2009 06:00:00 UTC
SINCE = "12/19/2009 06:00:00"
AS_OF = "01/04/2010 09:00:00"
G = 1 << 30


def make_world(platform: str = "T2000", memory: int = 32 * G) -> World:
    world = World(seed=1)
    cores = load_catalog().platform(platform).default_cores
    host = factory_default_host(world, "t2000-a", platform, cores, memory, "1.3")
    world.hosts.append(host)
    assert host.primary.solaris is not None
    host.primary.solaris.boot_time = BOOT
    return world


def add_guest(
    world: World,
    vcpus: list[int],
    memory: int = 4 * G,
    crypto: list[int] | None = None,
    io: list[str] | None = None,
) -> None:
    """A bound-and-running guest ldg1 (the resources are not taken from primary: not needed)."""
    world.hosts[0].domains.append(
        Domain(
            name="ldg1",
            state="active",
            vcpus=vcpus,
            crypto=crypto or [],
            io=io or [],
            memory=[MemBlock(pa=0x100000000, size=memory, ra=0x8000000)],
            start_time=BOOT,
            solaris=new_solaris("ldg1", BOOT),
        )
    )


def add_zone(world: World, name: str = "web1") -> None:
    solaris = world.hosts[0].primary.solaris
    assert solaris is not None
    solaris.zones[name] = Zone(
        config=ZoneConfig(name=name, zonepath=f"/zones/{name}"), state="running", zoneid=1
    )


class Terminal:
    def __init__(self, world: World | None = None, context: Context | None = None) -> None:
        self.world = world or make_world()
        self.console = Console(self.world, context or Context("t2000-a"), terminal=False)

    def run(self, line: str) -> tuple[str, str, int]:
        events = self.console.feed(line)
        out = "".join(text for stream, text in events if stream == "out")
        err = "".join(text for stream, text in events if stream == "err")
        return out, err, self.console.current_shell.status


Row = tuple[str, str, str, int]


def play(rows: list[Row], term: Terminal | None = None) -> None:
    term = term or Terminal()
    for line, out, err, status in rows:
        assert term.run(line) == (out, err, status), line


def lines(*text: str) -> str:
    return "".join(t + "\n" for t in text)


def online(*cpus: int) -> str:
    return lines(*(f"{cpu}\ton-line   since {SINCE}" for cpu in cpus))


def status_block(cpu: int, mhz: int = 1200) -> str:
    return lines(
        f"Status of virtual processor {cpu} as of: {AS_OF}",
        f"  on-line since {SINCE}.",
        f"  The sparcv9 processor operates at {mhz} MHz,",
        "\tand has a sparcv9 floating point processor.",
    )


# --- hostname and uname -----------------------------------------------------------------

UNAME_A = "SunOS t2000-a 5.10 Generic_141444-09 sun4v sparc SUNW,Sun-Fire-T200\n"
UNAME_USAGE = "usage:\tuname [-snrvmapiX]\n\tuname [-S system_name]\n"
UNAME_X = lines(
    "System = SunOS",
    "Node = t2000-a",
    "Release = 5.10",
    "KernelID = Generic_141444-09",
    "Machine = sun4v",
    "BusType = <unknown>",
    "Serial = <unknown>",
    "Users = <unknown>",
    "OEM# = 0",
    "Origin# = 1",
    "NumCPU = 32",
)

NAMES_TRANSCRIPT: list[Row] = [
    ("hostname", "t2000-a\n", "", 0),
    ("/usr/bin/hostname", "t2000-a\n", "", 0),
    ("uname", "SunOS\n", "", 0),
    ("uname -a", UNAME_A, "", 0),
    ("uname -i -p -m -v -r -n -s", UNAME_A, "", 0),  # always in the order s n r v m p i
    ("uname -snrvmpi", UNAME_A, "", 0),
    ("uname -n", "t2000-a\n", "", 0),
    ("uname -r", "5.10\n", "", 0),
    ("uname -v", "Generic_141444-09\n", "", 0),
    ("uname -m", "sun4v\n", "", 0),
    ("uname -p", "sparc\n", "", 0),
    ("uname -i", "SUNW,Sun-Fire-T200\n", "", 0),
    ("uname -s -s", "SunOS\n", "", 0),
    ("uname -mp", "sun4v sparc\n", "", 0),
    ("uname -X", UNAME_X + "\n", "", 0),  # uname's own final newline follows the lines
    ("uname -sX", "SunOS" + UNAME_X + "\n", "", 0),
    ("uname -q", "", "uname: illegal option -- q\n" + UNAME_USAGE, 1),
    ("uname -aq", "", "uname: illegal option -- q\n" + UNAME_USAGE, 1),
    ("/usr/bin/uname -q", "", "/usr/bin/uname: illegal option -- q\n" + UNAME_USAGE, 1),
    ("uname extra", "", UNAME_USAGE, 1),
    ("uname -S", "", "uname: option requires an argument -- S\n" + UNAME_USAGE, 1),
    ("uname -S a -n", "", UNAME_USAGE, 1),
    ("uname -S a -S b", "", UNAME_USAGE, 1),
    ("uname -S " + "x" * 257, "", "uname: name must be <= 256 letters\n", 1),
    ("uname -S newname", "", "", 0),
    ("uname -n; hostname", "newname\nnewname\n", "", 0),
    ("hostname t2000-a", "", "", 0),
    ("hostname", "t2000-a\n", "", 0),
    ("hostname a b", "", "usage: hostname [system_name]\n", 1),
    ("hostname -x", "", "usage: hostname [system_name]\n", 1),
    ("/usr/bin/hostname -x", "", "usage: hostname [system_name]\n", 1),
    ("hostname ''", "", "hostname: error in setting name: Invalid argument\n", 1),
    ("cat /etc/nodename", "t2000-a\n", "", 0),
]


def test_hostname_and_uname_transcript() -> None:
    play(NAMES_TRANSCRIPT)


def test_a_local_zone_has_its_own_node_name_and_cannot_change_it() -> None:
    world = make_world()
    add_zone(world)
    play(
        [
            ("hostname", "web1\n", "", 0),
            ("uname -n", "web1\n", "", 0),
            (
                "uname -a",
                "SunOS web1 5.10 Generic_141444-09 sun4v sparc SUNW,Sun-Fire-T200\n",
                "",
                0,
            ),
            ("hostname other", "", "hostname: error in setting name: Not owner\n", 1),
            ("uname -S other", "", "uname: error in setting name: Not owner\n", 1),
        ],
        Terminal(world, Context("t2000-a", zone="web1")),
    )
    assert world.hosts[0].primary.solaris.hostname == "t2000-a"


def test_uname_reports_each_platform() -> None:
    for pid in ("T1000", "T5120", "T5240", "T5440"):
        platform = load_catalog().platform(pid)
        term = Terminal(make_world(pid, platform.default_memory))
        assert term.run("uname -i") == (platform.uname_i + "\n", "", 0)


# --- psrinfo ----------------------------------------------------------------------------

PSRINFO_USAGE = "usage: \n\tpsrinfo [-v] [-p] [processor_id ...]\n\tpsrinfo -s [-p] processor_id\n"

PSRINFO_TRANSCRIPT: list[Row] = [
    ("psrinfo", online(*range(32)), "", 0),
    ("/usr/sbin/psrinfo 0", online(0), "", 0),
    ("psrinfo 5 1 5", online(5, 1, 5), "", 0),  # in the order given
    ("psrinfo 32", "", "psrinfo: processor 32: Invalid argument\n", 2),
    ("psrinfo 01", "", "psrinfo: processor 01: Invalid argument\n", 2),
    ("psrinfo x 3", online(3), "psrinfo: processor x: Invalid argument\n", 2),
    ("psrinfo 2-4", online(2, 3, 4), "", 0),
    ("psrinfo 30-40", online(30, 31), "", 0),
    ("psrinfo 40-50", "", "psrinfo: no processors in range 40-50\n", 0),
    ("psrinfo 4-2", "", "psrinfo: invalid processor range 4-2\n", 2),
    ("psrinfo 1-2x", "", "psrinfo: invalid processor range 1-2x\n", 2),
    ("psrinfo a-2", "", "psrinfo: invalid processor range a-2\n", 2),
    ("psrinfo -- -1", "", "psrinfo: invalid processor range -1\n", 2),
    ("psrinfo -v 3", status_block(3), "", 0),
    ("psrinfo -v 0-1", status_block(0) + status_block(1), "", 0),
    ("psrinfo -s 7", "1\n", "", 0),
    ("psrinfo -s 99", "", "psrinfo: processor 99: Invalid argument\n", 2),
    ("psrinfo -p", "1\n", "", 0),
    ("psrinfo -p 3 4", "1\n", "", 0),
    (
        "psrinfo -pv",
        lines(
            "The physical processor has 32 virtual processors (0-31)",
            "  UltraSPARC-T1 (cpuid 0 clock 1200 MHz)",
        ),
        "",
        0,
    ),
    (
        "psrinfo -vp 9",
        lines(
            "The physical processor has 32 virtual processors (0-31)",
            "  UltraSPARC-T1 (cpuid 0 clock 1200 MHz)",
        ),
        "",
        0,
    ),
    ("psrinfo -ps 9", "1\n", "", 0),
    (
        "psrinfo -s",
        "",
        "psrinfo: must specify exactly one processor if -s used\n" + PSRINFO_USAGE,
        2,
    ),
    (
        "psrinfo -s 1 2",
        "",
        "psrinfo: must specify exactly one processor if -s used\n" + PSRINFO_USAGE,
        2,
    ),
    (
        "psrinfo -s 1-2",
        "",
        "psrinfo: must specify exactly one processor if -s used\n" + PSRINFO_USAGE,
        2,
    ),
    (
        "psrinfo -sv 1",
        "",
        "psrinfo: options -s and -v are mutually exclusive\n" + PSRINFO_USAGE,
        2,
    ),
    ("psrinfo -x", "", "psrinfo: illegal option -- x\n" + PSRINFO_USAGE, 2),
]


def test_psrinfo_transcript() -> None:
    play(PSRINFO_TRANSCRIPT)


def test_psrinfo_in_a_guest_numbers_its_cpus_from_zero() -> None:
    world = make_world()
    add_guest(world, vcpus=[8, 9, 10, 11, 16, 17])
    play(
        [
            ("psrinfo", online(0, 1, 2, 3, 4, 5), "", 0),
            ("psrinfo 6", "", "psrinfo: processor 6: Invalid argument\n", 2),
            ("psrinfo -p", "1\n", "", 0),
            (
                "psrinfo -pv",
                lines(
                    "The physical processor has 6 virtual processors (0-5)",
                    "  UltraSPARC-T1 (cpuid 0 clock 1200 MHz)",
                ),
                "",
                0,
            ),
            ("uname -n", "ldg1\n", "", 0),
        ],
        Terminal(world, Context("t2000-a", domain="ldg1")),
    )


def test_psrinfo_on_t2_plus_counts_the_sockets_a_domain_touches() -> None:
    world = make_world("T5240", 64 * G)
    primary = Terminal(world)
    assert primary.run("psrinfo -p") == ("2\n", "", 0)
    assert primary.run("psrinfo -pv") == (
        lines(
            "The physical processor has 64 virtual processors (0-63)",
            "  UltraSPARC-T2+ (chipid 0, clock 1400 MHz)",
            "The physical processor has 64 virtual processors (64-127)",
            "  UltraSPARC-T2+ (chipid 1, clock 1400 MHz)",
        ),
        "",
        0,
    )
    assert primary.run("psrinfo -p 70") == ("1\n", "", 0)
    assert primary.run("psrinfo -pv 70")[0].startswith(
        "The physical processor has 64 virtual processors (64-127)\n"
    )
    assert primary.run("psrinfo -v 0")[0] == status_block(0, 1400)
    add_guest(world, vcpus=[60, 61, 62, 63, 64, 65])
    guest = Terminal(world, Context("t2000-a", domain="ldg1"))
    assert guest.run("psrinfo -p") == ("2\n", "", 0)
    assert guest.run("psrinfo -p 0-3") == ("1\n", "", 0)
    assert guest.run("psrinfo -pv") == (
        lines(
            "The physical processor has 4 virtual processors (0-3)",
            "  UltraSPARC-T2+ (chipid 0, clock 1400 MHz)",
            "The physical processor has 2 virtual processors (4-5)",
            "  UltraSPARC-T2+ (chipid 1, clock 1400 MHz)",
        ),
        "",
        0,
    )


def test_psrinfo_on_t2_and_a_single_cpu_guest() -> None:
    world = make_world("T5220")
    assert Terminal(world).run("psrinfo -pv") == (
        lines(
            "The physical processor has 64 virtual processors (0-63)",
            "  UltraSPARC-T2 (cpuid 0 clock 1400 MHz)",
        ),
        "",
        0,
    )
    add_guest(world, vcpus=[9])
    assert Terminal(world, Context("t2000-a", domain="ldg1")).run("psrinfo -pv")[0] == lines(
        "The physical processor has 1 virtual processor (0)",
        "  UltraSPARC-T2 (cpuid 0 clock 1400 MHz)",
    )


def test_psrinfo_in_a_zone_shows_the_global_zones_cpus() -> None:
    world = make_world()
    add_zone(world)
    assert Terminal(world, Context("t2000-a", zone="web1")).run("psrinfo 0") == (online(0), "", 0)


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=127), min_size=1, max_size=40))
def test_psrinfo_matches_any_guest_vcpu_set(strands: set[int]) -> None:
    world = make_world("T5240", 64 * G)
    add_guest(world, vcpus=sorted(strands))
    term = Terminal(world, Context("t2000-a", domain="ldg1"))
    out, err, status = term.run("psrinfo")
    assert (out, err, status) == (online(*range(len(strands))), "", 0)
    sockets = {strand // 64 for strand in strands}
    assert term.run("psrinfo -p") == (f"{len(sockets)}\n", "", 0)
    headers = [line for line in term.run("psrinfo -pv")[0].splitlines() if line.startswith("The")]
    assert len(headers) == len(sockets)


# --- prtconf ----------------------------------------------------------------------------

FIRMWARE = (
    "SUNW,Sun-Fire-T200",
    "    scsi_vhci, instance #0",
    "    packages (driver not attached)",
    "        SUNW,builtin-drivers (driver not attached)",
    "        deblocker (driver not attached)",
    "        disk-label (driver not attached)",
    "        terminal-emulator (driver not attached)",
    "        obp-tftp (driver not attached)",
    "        dropins (driver not attached)",
    "        kbd-translator (driver not attached)",
    "        SUNW,asr (driver not attached)",
    "        ufs-file-system (driver not attached)",
    "    chosen (driver not attached)",
    "    openprom (driver not attached)",
    "        client-services (driver not attached)",
    "    options, instance #0",
    "    aliases (driver not attached)",
    "    memory (driver not attached)",
    "    virtual-memory (driver not attached)",
    "    virtual-devices, instance #0",
)


def test_prtconf_of_the_factory_default_primary() -> None:
    expected = lines(
        "System Configuration:  Sun Microsystems  sun4v",
        "Memory size: 32704 Megabytes",  # 32 GB less the firmware's 64 MB
        "System Peripherals (Software Nodes):",
        "",
        *FIRMWARE,
        "        ncp, instance #0",
        "        console, instance #0",
        "        channel-devices, instance #0",
        *["    cpu (driver not attached)"] * 32,
        "    pci, instance #0",
        "    pci, instance #1",
        "    iscsi, instance #0",
        "    pseudo, instance #0",
    )
    assert Terminal().run("prtconf") == (expected, "", 0)
    assert Terminal().run("/usr/sbin/prtconf -P") == (expected, "", 0)


def test_prtconf_of_a_guest_shows_its_memory_cpus_and_devices() -> None:
    world = make_world()
    add_guest(world, vcpus=[4, 5, 6, 7], memory=1536 << 20, io=["pci@7c0"])
    out, err, status = Terminal(world, Context("t2000-a", domain="ldg1")).run("prtconf")
    assert (err, status) == ("", 0)
    assert out.splitlines()[1] == "Memory size: 1536 Megabytes"
    assert out.endswith(
        lines(
            "    virtual-devices, instance #0",
            "        console, instance #0",
            "        channel-devices, instance #0",
            *["    cpu (driver not attached)"] * 4,
            "    pci, instance #0",
            "    iscsi, instance #0",
            "    pseudo, instance #0",
        )
    )


def test_prtconf_on_t2_lists_both_crypto_drivers_and_the_niu() -> None:
    out = Terminal(make_world("T5220")).run("prtconf")[0]
    assert "        ncp, instance #0\n        n2cp, instance #0\n" in out
    assert "    pci, instance #0\n    niu, instance #0\n" in out
    assert out.splitlines()[4] == "SUNW,SPARC-Enterprise-T5220"


PRTCONF_USAGE = "prtconf [ -F | -V | -x | -abcvpPD ][ <device_path > ]\n"

PRTCONF_TRANSCRIPT: list[Row] = [
    ("prtconf -q", "", "prtconf: illegal option -- q\n" + PRTCONF_USAGE, 1),
    ("/usr/sbin/prtconf -q", "", "/usr/sbin/prtconf: illegal option -- q\n" + PRTCONF_USAGE, 1),
    ("prtconf -V", "OBP 4.30.4 2009/08/19 07:25\n", "", 0),
    ("prtconf -a", "", "prtconf: options require a device path\n", 1),
    ("prtconf -c", "", "prtconf: options require a device path\n", 1),
    ("prtconf /nope", "", "prtconf: invalid path specified\n", 1),
    ("prtconf /etc", "", "prtconf: invalid device path specified\n", 1),
    ("prtconf -p /etc", "", "prtconf: path and -p option are mutually exclusive\n", 1),
]


def test_prtconf_transcript() -> None:
    play(PRTCONF_TRANSCRIPT)


# --- completion and robustness ------------------------------------------------------------


def test_system_commands_complete_flags_and_processor_ids() -> None:
    shell = Terminal().console.current_shell
    assert complete(shell, "uname -")[1] == sorted(f"-{f}" for f in "asnrpvmiSX")
    assert complete(shell, "psrinfo 3")[1] == ["3", "30", "31"]
    assert complete(shell, "psrinfo -")[1] == ["-p", "-s", "-v"]
    assert complete(shell, "prtconf -V")[1] == ["-V"]
    assert complete(shell, "hostname ")[1] == []


WORDS = st.sampled_from(
    [
        "-",
        "--",
        "-a",
        "-s",
        "-n",
        "-r",
        "-v",
        "-m",
        "-p",
        "-i",
        "-X",
        "-S",
        "-x",
        "-q",
        "-pv",
        "-vp",
        "-ps",
        "-sv",
        "-V",
        "-P",
        "-c",
        "-f",
        "0",
        "31",
        "32",
        "0-3",
        "3-0",
        "-1",
        "1-",
        "-",
        "a-b",
        "99999999999999999999",
        "0-99999999999999999999",
        "",
        "name",
        "/",
        "/etc",
    ]
)
COMMANDS = st.sampled_from(["hostname", "uname", "psrinfo", "prtconf"])


@settings(max_examples=300, deadline=None)
@given(COMMANDS, st.lists(WORDS, max_size=4))
def test_no_input_raises(command: str, words: list[str]) -> None:
    term = Terminal()
    out, err, status = term.run(command + "".join(f" '{w}'" for w in words))
    assert status != 70, err
    assert "internal error" not in err
