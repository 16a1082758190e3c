"""Every string du, df and mount print.

Sources (onnv_86, repository alhazred/onarm, read for wording only): usr/src/cmd/du/du.c,
usr/src/cmd/fs.d/df.c, usr/src/cmd/fs.d/mount.c. The sizes of the simulated slices and
the "files" counts are best effort.
"""

from __future__ import annotations


class Du:
    """du(1): usr/src/cmd/du/du.c (the Solaris formats: a TAB between size and name)."""

    USAGE = "usage: du [-dorx] [-a|-s] [-h|-k|-m] [-H|-L] [file...]"
    LINE = "{size}\t{path}"
    ERROR = "du: {path}: {reason}"  # fprintf "du: " then perror(base), with -r only


class Df:
    """df(1M): usr/src/cmd/fs.d/df.c (generic df; FILESYSTEM_WIDTH 20, KBYTE_WIDTH 7,
    SCALED_WIDTH 6, AVAILABLE_WIDTH 6, CAPACITY_WIDTH 9, MOUNT_POINT_WIDTH 19,
    SPECIAL_DEVICE_WIDTH 18, BLOCK_WIDTH and NFILES_WIDTH 8, FSTYPE_WIDTH 8)."""

    USAGE = (
        "Usage: df [-F FSType] [-abeghklntVvZ] [-o FSType-specific_options]"
        " [directory | block_device | resource]"
    )
    UNKNOWN_OPTION = "df: unknown option: {opt}"
    NOT_A_FS = "df: ({path:<10}) not a block device, directory or mounted resource"
    MOUNTED_AS = "df: Warning: {path} mounted as a {fstype} file system"
    MORE_THAN_ONE_F = "df: more than one FSType specified"
    INCOMPATIBLE = "df: -o and -{opt} options are incompatible"
    ONE_O = "df: the -o option can only be specified once"
    HEADER_H = "{:<20} {:>6} {:>6} {:>6} {:<9} {}".format(
        "Filesystem", "size", "used", "avail", "capacity", "Mounted on"
    )
    HEADER_K = "{:<20} {:>7} {:>7} {:>7} {:<9} {}".format(
        "Filesystem", "kbytes", "used", "avail", "capacity", "Mounted on"
    )
    HEADER_B = "{:<20} {:>8}".format("Filesystem", "avail")
    HEADER_E = "{:<20} {:>8}".format("Filesystem", "ifree")
    ROW_H = "{fs:<20} {size:>6} {used:>6} {avail:>6} {capacity:<9} {mountp}"
    ROW_K = "{fs:<20} {size:>7} {used:>7} {avail:>7} {capacity:<9} {mountp}"
    ROW_B = "{fs:<20} {avail:>8}"
    CAPACITY = "{percent:5.0f}%"
    DEFAULT = "{mountp:<19}({special:<18}):{blocks:>8} blocks {files:>8} files"
    TOTAL_FIRST = "{mountp:<19}({special:<18}): {blocks:>8} blocks {files:>8} files"
    TOTAL_SECOND = "{label:>39}: {blocks:>8} blocks {files:>8} files"
    TOTAL_LABEL = "total"
    KILOBYTES = "{mountp:<19}({special:<18}): {kb:>8} kilobytes"
    FILES = "{mountp:<19}({special:<18}): {files:>8} files"
    FSTYPE = "{mountp:<19}: {fstype:<8}"


class Mount:
    """mount(1M) without operands: usr/src/cmd/fs.d/mount.c print_mnttab(), flags()."""

    LINE = "{mountp} on {special} {flags} on {date}"
    VERBOSE = "{special} on {mountp} type {fstype} {flags} on {date}"
    VFSTAB = "{special} - {mountp} {fstype} - no {options}"
    USAGE = (
        "Usage:\n"
        "mount [-v | -p]\n"
        "mount [-F FSType] [-V] [current_options] [-o specific_options]\n"
        "\t{special | mount_point}\n"
        "mount [-F FSType] [-V] [current_options] [-o specific_options]\n"
        "\tspecial mount_point\n"
        "mount -a [-F FSType ] [-V] [current_options] [-o specific_options]\n"
        "\t[mount_point ...]"
    )
    P_AND_V = "mount: Cannot use -p and -v with arguments"
    # the simulation mounts nothing of its own (best effort: what an unprivileged
    # attempt prints stands for every operand)
    NOT_SUPPORTED = "mount: {path}: Operation not supported in the simulation"
    READ_WRITE = "read/write"
    READ_ONLY_OLD = "read only"
    READ_ONLY_NEW = "read-only"
    # ctime(3C) style: cftime(FORMAT "%a %b %e %H:%M:%S %Y")
    DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
