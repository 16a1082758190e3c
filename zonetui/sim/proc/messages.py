"""Every string ps, prstat, pgrep, pkill and pargs print (reference/runtime.md §3.1,
§3.2, §3.4; ON86 ps.c, prstat.c, prutil.c, pgrep.c, pargs.c)."""

from __future__ import annotations


class Ps:
    """ps.c (§3.2)."""

    USAGE = (
        "usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]\n"
        "\t[ -u userlist ] [ -U userlist ] [ -G grouplist ]\n"
        "\t[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]\n"
        "  'format' is one or more of:\n"
        "\tuser ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid\n"
        "\tpri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid\n"
        "\tf s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp"
    )
    UNKNOWN_ZONE = "ps: unknown zone {zone}"
    UNKNOWN_FORMAT = "ps: unknown output format: -o {name}"
    BAD_ID = "ps: {arg} is an invalid non-numeric argument for -{opt} option"
    UNKNOWN_USER = "ps: unknown user {name}"
    UNKNOWN_GROUP = "ps: unknown group {name}"
    NO_TERMINAL = "ps: can't find controlling terminal"
    N_IGNORED = "ps: warning: -n option ignored"


class Prstat:
    """prstat.c, prutil.c (§3.1)."""

    HEADER = "   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       "
    ZONE_HEADER = "ZONEID    NPROC  SWAP   RSS MEMORY      TIME  CPU ZONE                        "
    LINE = "{pid:6d} {user:<8} {size:>5} {rss:>5} {state:<6} {pri:>3}  {nice:>3} {time:>9} {cpu:>3.3}% {name:.16}/{nlwp}"
    ZONE_LINE = (
        "{id:6d} {nproc:8d} {swap:>5} {rss:>5}   {mem:>3.3}% {time:>9} {cpu:>3.3}% {zone:<28}"
    )
    TOTAL = "Total: {procs} processes, {lwps} lwps, load averages: {l1:3.2f}, {l5:3.2f}, {l15:3.2f}"
    USAGE = (
        "Usage:\tprstat [-acHJLmRtTvZ] [-u euidlist] [-U uidlist]\n"
        "\t[-p pidlist] [-P cpulist] [-C psrsetlist] [-h lgrouplist]\n"
        "\t[-j projidlist] [-k taskidlist] [-z zoneidlist]\n"
        "\t[-s key | -S key] [-n nprocs[,nusers]]\n"
        "\t[interval [counter]]"
    )
    ILLEGAL_ARGUMENT = "prstat: illegal argument -- {arg}"
    BAD_N = "prstat: invalid argument for -n"
    BAD_Z = "prstat: invalid argument for -z"
    BAD_COUNT = "prstat: invalid counter value"
    BAD_SORT_KEY = "prstat: invalid sort key -- {key}"  # prsort.c
    UNKNOWN_ZONE = "prstat: unknown zone -- {zone}"  # prtable.c add_zone


class Pgrep:
    """pgrep.c: uu_warn prefixes the program name; E_MATCH 0, E_NOMATCH 1, E_USAGE 2."""

    PGREP_USAGE = (
        "Usage: {prog} [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]\n"
        "\t[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]\n"
        "\t[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]"
    )
    PKILL_USAGE = (
        "Usage: {prog} [-signal] [-fnovx] [-P ppidlist] [-g pgrplist] [-s sidlist]\n"
        "\t[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]\n"
        "\t[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]"
    )
    ILLEGAL_OPTION = "{prog}: illegal option -- {opt}"
    ILLEGAL_ARGUMENT = "{prog}: illegal argument -- {arg}"
    NO_CRITERIA = "{prog}: No matching criteria specified"
    NEWEST_OLDEST = "{prog}: -n and -o are mutually exclusive"
    INVALID_ZONE = "{prog}: invalid zone name -- {zone}"
    INVALID_USER = "{prog}: invalid user name -- {name}"
    INVALID_GROUP = "{prog}: invalid group name -- {name}"
    INVALID_PROJECT = "{prog}: invalid project name -- {name}"
    UNKNOWN_TERMINAL = "{prog}: unknown terminal name -- {name}"
    INVALID_ID = "{prog}: invalid argument for option '{opt}' -- {arg}"
    BAD_REGEX = "{prog}: {reason}"  # psexp.c: uu_warn() of regerror()'s text
    # regerror() texts by the translator's error numbers (sim/commands/regex) [M: the
    # closed Solaris libc's wording was not available; these are the POSIX names']
    REGERROR = {
        11: "Invalid range end",
        16: "Invalid content of \\{\\}",
        25: "Invalid back reference",
        42: "Unmatched ( or \\(",
        43: "Regular expression too big",
        44: "Invalid content of \\{\\}",
        45: "Unmatched \\{",
        46: "Invalid content of \\{\\}",
        49: "Unmatched [ or [^",
        50: "Regular expression too big",
    }
    REGERROR_OTHER = "Invalid regular expression"
    FAILED_SIGNAL = "{prog}: Failed to signal pid {pid}: {reason}"
    ESRCH = "No such process"
    EPERM = "Not owner"


class Pargs:
    """pargs.c (§3.4)."""

    FIRST = "{pid}:\t{args}"
    SYSTEM = "{pid}: {args}"
    ARGV = "argv[{n}]: {arg}"
    ENVP = "envp[{n}]: {var}"
    NO_SUCH = "pargs: cannot examine {pid}: no such process"
    USAGE = (
        "usage:  {prog} [-acexF] {{ pid | core }} ...\n"
        "  (show process arguments and environment)\n"
        "  -a: show process arguments (default)\n"
        "  -c: interpret characters as 7-bit ascii regardless of locale\n"
        "  -e: show environment variables\n"
        "  -l: display arguments as command line\n"
        "  -x: show aux vector entries\n"
        "  -F: force grabbing of the target process"
    )
    L_WITH_XE = "-l is incompatible with -x and -e"


class Release:
    """/etc/release (§3.3): Solaris 10 10/09 SPARC, and a Solaris 8/9 Container's."""

    S10 = (
        "                      Solaris 10 10/09 s10s_u8wos_08a SPARC\n"
        "           Copyright 2009 Sun Microsystems, Inc.  All Rights Reserved.\n"
        "                        Use is subject to license terms.\n"
        "                           Assembled 16 September 2009\n"
    )
    BRANDED = {
        "solaris8": (
            "                       Solaris 8 10/01 s28s_u6wos_08a SPARC\n"
            "           Copyright 2001 Sun Microsystems, Inc.  All Rights Reserved.\n"
            "                           Assembled 12 September 2001\n"
        ),  # [V] a real Solaris 8 archive's ([3P] id 24366576650)
        "solaris9": (
            "                        Solaris 9 9/05 s9s_u8wos_05 SPARC\n"
            "           Copyright 2005 Sun Microsystems, Inc.  All Rights Reserved.\n"
            "                        Use is subject to license terms.\n"
            "                            Assembled 04 August 2005\n"
        ),  # [M] the last Solaris 9 update
    }
