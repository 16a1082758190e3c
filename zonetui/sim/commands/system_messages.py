"""Every string the system tools print: hostname, uname, psrinfo, prtconf.

One class per tool, with the illumos-gate source (or other evidence) each comes from.
"Best effort" marks what could not be checked against Solaris 10 10/09 itself.
"""

from __future__ import annotations


class Release:
    """What `uname` reports on every simulated instance (SunOS 5.10, kernel patch 141444-09)."""

    SYSNAME = "SunOS"
    RELEASE = "5.10"
    VERSION = "Generic_141444-09"
    MACHINE = "sun4v"
    ARCH = "sparc"
    HW_PROVIDER = "Sun Microsystems"


class BrandRelease:
    """What the Solaris 8/9 Containers' brand makes uname(2) return in their zones
    (reference/runtime.md §3.3, zones.md §8): the emulated release and version [M: the
    version `Generic_Virtual` is recalled from the Containers docs], and the machine
    class an `attr` named `machine` sets at boot (`sun4u` on a sun4v host)."""

    EMULATED = {"solaris8": ("5.8", "Generic_Virtual"), "solaris9": ("5.9", "Generic_Virtual")}
    MACHINE_ATTR = "machine"


class Hostname:
    """hostname(1): usr/src/cmd/hostname/hostname.c (the C rewrite; best effort for 10/09,
    where /usr/bin/hostname may still have been a script around uname)."""

    USAGE = "usage: {prog} [system_name]"
    SET_FAILED = "{prog}: error in setting name: {reason}"


class Uname:
    """uname(1): usr/src/cmd/uname/uname.c."""

    USAGE = "usage:\tuname [-snrvmapiX]\n\tuname [-S system_name]"
    NAME_TOO_LONG = "uname: name must be <= {max} letters"
    SET_FAILED = "uname: error in setting name: {reason}"
    # -X: one "Key = value" line each, then uname's final newline (an empty line).
    X_LINES = (
        "System = {sysname}",
        "Node = {nodename}",
        "Release = {release}",
        "KernelID = {version}",
        "Machine = {machine}",
        "BusType = <unknown>",
        "Serial = <unknown>",
        "Users = <unknown>",
        "OEM# = 0",
        "Origin# = 1",
        "NumCPU = {ncpu}",
    )


class Psrinfo:
    """psrinfo(1M): usr/src/cmd/psrinfo/psrinfo.c (the Solaris 10 C tool)."""

    USAGE = "usage: \n\tpsrinfo [-v] [-p] [processor_id ...]\n\tpsrinfo -s [-p] processor_id"
    WITH_REASON = "psrinfo: {reason}"
    S_AND_V = "options -s and -v are mutually exclusive"
    EXACTLY_ONE = "must specify exactly one processor if -s used"
    INVALID_PROCESSOR = "psrinfo: processor {cpu}: Invalid argument"
    INVALID_RANGE = "psrinfo: invalid processor range {arg}"
    EMPTY_RANGE = "psrinfo: no processors in range {first}-{last}"
    DATE = "%m/%d/%Y %T"
    LINE = "{cpu}\t{state:<8}  since {since}"
    STATUS = "Status of virtual processor {cpu} as of: {now}"
    SINCE = "  {state} since {since}."
    CLOCK = "  The {cpu_type} processor operates at {mhz} MHz,"
    FPU = "\tand has a {fpu_type} floating point processor."
    ON_LINE = "on-line"
    CPU_TYPE = "sparcv9"
    FPU_TYPE = "sparcv9"
    # -pv: the range list follows psrinfo's collapsed form "(0-31)" (best effort for
    # discontiguous sets: ranges separated by spaces).
    PHYSICAL = "The physical processor has {count} virtual {noun} ({cpus})"
    PROCESSOR = ("processor", "processors")
    # The cpu_info "implementation" kstat of the first CPU of each chip, by catalog chip.
    IMPLEMENTATION = {
        "T1": "  UltraSPARC-T1 (cpuid {cpuid} clock {mhz} MHz)",
        "T2": "  UltraSPARC-T2 (cpuid {cpuid} clock {mhz} MHz)",  # best effort
        "T2Plus": "  UltraSPARC-T2+ (chipid {chipid}, clock {mhz} MHz)",
    }


class Prtconf:
    """prtconf(1M): usr/src/cmd/prtconf/prtconf.c; the device tree is best effort."""

    USAGE = "{prog} [ -F | -V | -x | -abcvpPD ][ <device_path > ]"  # best effort for S10
    HEADER = "System Configuration:  {provider}  {machine}"
    MEMORY = "Memory size: {megabytes} Megabytes"
    PERIPHERALS = "System Peripherals (Software Nodes):"
    INVALID_PATH = "{prog}: invalid path specified"
    INVALID_DEVICE_PATH = "{prog}: invalid device path specified"
    NEEDS_PATH = "{prog}: options require a device path"
    PATH_AND_P = "{prog}: path and -p option are mutually exclusive"
    OBP_VERSION = "OBP 4.30.4 2009/08/19 07:25"  # best effort (-V)
    INDENT = "    "
    DETACHED = "{name} (driver not attached)"
    INSTANCE = "{name}, instance #{instance}"
    # Nodes every sun4v domain shows, in device-tree order: (depth, name, instance or None).
    FIRMWARE_NODES = (
        (1, "scsi_vhci", 0),
        (1, "packages", None),
        (2, "SUNW,builtin-drivers", None),
        (2, "deblocker", None),
        (2, "disk-label", None),
        (2, "terminal-emulator", None),
        (2, "obp-tftp", None),
        (2, "dropins", None),
        (2, "kbd-translator", None),
        (2, "SUNW,asr", None),
        (2, "ufs-file-system", None),
        (1, "chosen", None),
        (1, "openprom", None),
        (2, "client-services", None),
        (1, "options", 0),
        (1, "aliases", None),
        (1, "memory", None),
        (1, "virtual-memory", None),
        (1, "virtual-devices", 0),
    )
    # Crypto drivers under virtual-devices when the domain has crypto units, by chip.
    CRYPTO_NODES = {"T1": ("ncp",), "T2": ("ncp", "n2cp"), "T2Plus": ("ncp", "n2cp")}
    VIRTUAL_DEVICE_NODES = ("console", "channel-devices")
    CPU_NODE = "cpu"
    TRAILING_NODES = (("iscsi", 0), ("pseudo", 0))


# strerror(3C) texts of sethostname() failures
EPERM = "Not owner"
EINVAL = "Invalid argument"
