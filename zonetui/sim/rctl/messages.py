"""Every string prctl, rctladm, rcapadm and rcapstat print (reference/runtime.md §2.1,
§2.2, §2.6; ON86 prctl.c, rctladm.c, rcapadm.c, rcapstat.c)."""

from __future__ import annotations


class Prctl:
    USAGE = (
        "usage:\n"
        "    Report resource control values and actions:\n"
        "\tprctl [-P] [-t [basic | privileged | system]\n"
        "\t[-n name] [-i process | task | project | zone] id ...\n"
        "\t-P space delimited output\n"
        "\t-t privilege level of rctl values to get\n"
        "\t-n name of resource control values to get\n"
        "\t-i idtype of operand list\n"
        "    Manipulate resource control values:\n"
        "\tprctl [-t [basic | privileged | system]\n"
        "\t-n name [-srx] [-v value] [-p pid ] [-e | -d action]\n"
        "\t[-i process | task | project | zone] id ...\n"
        "\t-t privilege level of rctl value to set/replace/delete/modify\n"
        "\t-n name of resource control to set/replace/delete/modify\n"
        "\t-s set new resource control value\n"
        "\t-r replace first rctl value of matching privilege\n"
        "\t-x delete first rctl value of matching privilege, value, and \n"
        "\t   recipient pid\n"
        "\t-v value of rctl to set/replace/delete/modify\n"
        "\t-p recipient pid of rctl to set/replace/delete/modify\n"
        "\t-e enable action of first rctl value of matching privilege,\n"
        "\t   value, and recipient pid\n"
        "\t-d disable action of first rctl value of matching privilege,\n"
        "\t   value, and recipient pid\n"
        "\t-i idtype of operand list"
    )
    HEADING = "{:<8}{:<16}{:<9}{:<7}{:<28}{:>10}".format(
        "NAME", "PRIVILEGE", "VALUE", "FLAG", "ACTION", "RECIPIENT"
    )
    ZONE = "zone: {id}: {name:.70}"
    PROCESS = "process: {pid}: {args:.70}"
    SYSTEM_PROCESS = "process: {pid}: {args} [ system process ]"
    UNKNOWN_ZONE = "prctl: {zone}: unknown zone"
    NO_PROCESS = "prctl: {id}: No controllable process found in task, project, or zone."
    NO_PROJECT = "prctl: {id}: cannot find project"
    UNKNOWN_IDTYPE = "prctl: unknown idtype {idtype}"
    R_NEEDS_V = "prctl: option -r requires use of option -v"
    S_NEEDS_V = "prctl: option -s requires use of option -v"
    X_NEEDS_V = "prctl: option -x requires use of option -v"
    NEEDS_N = "prctl: -n is required with -s, -r, -x, -e, or -d"
    NO_ARGUMENTS = "prctl: no arguments specified"
    BAD_VALUE = "prctl: invalid -v value {value}"
    SYSTEM_VALUES = "prctl: cannot modify system values"
    NO_BASIC = "prctl: basic values not allowed on rctl {name}"
    NEED_PID = "prctl: -p pid required when setting or replacing task or project rctl"
    UNKNOWN_PRIVILEGE = "prctl: unknown privilege {priv}"
    UNKNOWN_OPTION = "prctl: unknown option"
    D_AND_E = "prctl: options -d and -e are exclusive"
    SRX = "prctl: options -s, -r, and -x are exclusive"
    E_WITH_X = "prctl: options -e or -d  not allowed with -x"
    P_MODIFY = "prctl: -P not valid when manipulating resource control values"
    NO_RCTL = "prctl: failed to get resource control for {name}: Invalid argument"
    EXCEEDS = "prctl: -v value {value} exceeds system limit for resource control: {name}"
    ACTION_INVALID = "prctl: action invalid"
    NO_DENY = "prctl: unable to enable deny on rctl with global flag 'no-deny'"
    DENY_NEVER_OFF = "prctl: unable to disable deny on rctl with global flag 'deny'"
    NO_SIGNAL = "prctl: unable to enable signal on rctl with global flag 'no-signal'"
    # failures on the process prctl grabbed: its pid line, then the error (prctl.c)
    PID_LINE = "{pid}:\t{args:.70}"
    NO_REPLACE = "prctl: no matching resource control to replace"
    NO_DELETE = "prctl: no matching resource control found for deletion"
    EXISTS = "prctl: resource control already exists"
    NOT_OWNER = "prctl: cannot set process privileges for pid {pid}: Not owner"  # [INF]


class Rctladm:
    """rctladm.c (§2.2): warn()/die() prefix the name, and add strerror() to a message
    without a newline; E_ERROR 1, E_USAGE 2."""

    LINE = "{name:<27} {syslog}{flags}"
    SYSLOG_NEVER = "syslog=n/a    "
    SYSLOG_OFF = "syslog=off    "
    SYSLOG_LEVEL = "syslog={level:<7}"
    UNKNOWN = "rctladm: unknown resource control: {name}"
    USAGE = "Usage:\trctladm -l\n\trctladm -u\n\trctladm -e actions -d actions rctl_name"
    EXCLUSIVE_L = "rctladm: -l, -d, and -e flags are exclusive"
    EXCLUSIVE_DE = "rctladm: -d and -e flags are exclusive"
    ONE_FLAG = "rctladm: only one -d or -e flag per line"
    NEED_NAMES = "rctladm: must specify one or more resource control names"
    UNKNOWN_ACTION = 'rctladm: unknown action "{action}"'
    UNKNOWN_PRIORITY = 'rctladm: unknown syslog priority "{priority}"'
    NO_BLOCK = "rctladm: unable to obtain resource control block: No such process"
    SYSLOG_INVALID = 'rctladm: "syslog" action not valid for {name}'
    NOT_UPDATED = "rctladm: unable to update control block contents: Not owner"
    PRIORITIES = ("emerg", "alert", "crit", "err", "warning", "notice", "info", "debug")


class Rcap:
    STATE = (
        "                                      state: {state}\n"
        "           memory cap enforcement threshold: {pressure}%\n"
        "                    process scan rate (sec): {scan}\n"
        "                 reconfiguration rate (sec): {config}\n"
        "                          report rate (sec): {report}\n"
        "                    RSS sampling rate (sec): {sample}"
    )
    AT_NEXT_BOOT = "{now} ({then} at next boot)"
    USAGE = (
        "usage: rcapadm\n"
        "               [-E|-D]                                # enable/disable rcapd\n"
        "               [-n]                                   # don't start/stop rcapd\n"
        "               [-i <scan|sample|report|config>=value] # set intervals\n"
        "               [-c <percent>]                         # set memory cap\n"
        "                                                      # enforcement threshold\n"
        "               [-z <zonename> -m <max-rss>]               # update zone memory cap"
    )
    MUST_RUN = "zone '{zone}' must be running"
    BAD_RSS = "invalid max-rss value"
    STAT_USAGE = "usage: rcapstat [-g] [-p | -z] [interval [count]]"
    STAT_HEADER = "{:>6} {{kind:<15}} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}".format(
        "id", "nproc", "vm", "rss", "cap", "at", "avgat", "pg", "avgpg"
    )
    STAT_LINE = "{id:6d} {zone:<15} {nproc:>5} {vm:>5} {rss:>5} {cap:>5} {at:>5} {avgat:>5} {pg:>5} {avgpg:>5}"
    STAT_GLOBAL = (
        "physical memory utilization: {util:3d}%   cap enforcement threshold: {pressure:3d}%"
    )
    NOT_ACTIVE = "rcapstat: rcapd is not active"
    BAD_INTERVAL = "rcapstat: invalid interval specified"
    BAD_COUNT = "rcapstat: invalid count specified"
    HEADER_EVERY = 20  # print_stats(): with one collection, a header every 20 reports
    HEADER_EVERY_GLOBAL = 10  # ... every 10 with -g
