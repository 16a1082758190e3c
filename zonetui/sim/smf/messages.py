"""What svcs and svcadm print (runtime.md §6.1; ON86 svcs.c, explain.c, libscf error.c).

[V] strings are the source's; [M] from memory."""

from __future__ import annotations

SVCS_USAGE = (  # [V] svcs.c print_usage()
    "Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]\n"
    "       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]\n"
    "       svcs -l <service> ...\n"
    "       svcs -x [-v] [<service> ...]\n"
    "       svcs -?\n"
)
SVCS_OPTIONS = "aHpvo:R:s:S:dDl?x"  # [V] main()
SVCS_ILLEGAL = "svcs: illegal option -- {opt}"  # getopt(3C)
SVCS_NEEDS_VALUE = "svcs: option requires an argument -- {opt}"  # getopt(3C)
SVCS_A_IGNORED = "svcs: -a ignored when used with arguments."  # [V]
SVCS_NO_MATCH = "svcs: Pattern '{pattern}' doesn't match any instances"  # [V] libscf
SVCS_NOT_SIMULATED = "svcs: -{opt}: not simulated"  # zonetui: left out
SVCS_HEADER = "STATE          STIME    FMRI"  # [V] print_header(), trailing blanks trimmed

# STIME [V] sprint_stime(): within a day, within (12 * 30) days, else the year
FORMAT_TIME = "%k:%M:%S"
FORMAT_DATE = "%b_%d  "
FORMAT_YEAR = "%Y    "

# svcs -l [V] print_detailed(): "%-13s%s"
DETAIL = "{key:<13}{value}"
CONTRACT = "{key:<13}{ctid} "  # print_ctid_detailed(): "%lu " after the header
DEPENDENCY = "{key:<13}{grouping}/{restart_on}{entities}"
RESTARTER = "svc:/system/svc/restarter:default"
LOGFILE = "/var/svc/log/{name}.log"

# svcs -x [V] explain.c print_service()
X_TITLE = "{fmri} ({name})"
X_STATE = " State: {state} since {when}"
X_DISABLED = "Reason: Disabled by an administrator."
X_SEE = "   See: {what}"
X_MSGBASE = "http://sun.com/msg/{code}"
DC_DISABLED = "SMF-8000-05"
X_IMPACT_NONE = "Impact: None."
X_IMPACT_NOT_RUNNING = "Impact: This service is not running."

SVCADM_USAGE = (
    "Usage: svcadm [-v] [cmd [args ... ]]\n\n"
    "\tsvcadm enable [-rst] <service> ...\t- enable and online service(s)\n"
    "\tsvcadm disable [-st] <service> ...\t- disable and offline service(s)\n"
    "\tsvcadm restart <service> ...\t\t- restart specified service(s)\n"
    "\tsvcadm refresh <service> ...\t\t- re-read service configuration\n"
    "\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state\n"
    "\tsvcadm clear <service> ...\t\t- clear maintenance state\n\n"
    "\tServices can be specified using an FMRI, abbreviation, or fnmatch(5)\n"
    "\tpattern, as shown in these examples for svc:/network/smtp:sendmail\n\n"
    "\tsvcadm <cmd> svc:/network/smtp:sendmail\n"
    "\tsvcadm <cmd> network/smtp:sendmail\n"
    "\tsvcadm <cmd> network/*mail\n"
    "\tsvcadm <cmd> network/smtp\n"
    "\tsvcadm <cmd> smtp:sendmail\n"
    "\tsvcadm <cmd> smtp\n"
    "\tsvcadm <cmd> sendmail\n"
)  # [M] Solaris 10
SVCADM_NO_MATCH = "svcadm: Pattern '{pattern}' doesn't match any instances"  # [V] libscf
SVCADM_FIXED = "svcadm: {fmri}: not simulated: its state is fixed"  # zonetui
SVCADM_DONE = "{fmri} {word}."  # [M] -v
