"""Every string dispadmin and priocntl print (reference/runtime.md §2.3, §2.4; ON86
dispadmin.c, priocntl.c). The prefix is argv[0] as typed (cmdpath)."""

from __future__ import annotations

DISPADMIN_USAGE = (
    "usage:\tdispadmin -l\n"
    "\tdispadmin -c class [class-specific options]\n"
    "\tdispadmin -d [class]\n"
    "\tdispadmin -u\n"
)
PRIOCNTL_USAGE = (
    "usage:\tpriocntl -l\n"
    "\tpriocntl -d [-i idtype] [idlist]\n"
    "\tpriocntl -s [-c class] [c.s.o.] [-i idtype] [idlist]\n"
    "\tpriocntl -e [-c class] [c.s.o.] command [argument(s)]\n"
)
HEADER = "CONFIGURED CLASSES\n==================\n"
DISPADMIN_SYS = "SYS\t(System Class)"
PRIOCNTL_SYS = "SYS (System Class)"
CLASS_LINE = "{name}\t({title})"
NOT_SET = "{cmd}: Default scheduling class is not set"
INVALID_CLASS = "{cmd}: Invalid or unconfigured class {name}"
NOT_GLOBAL = "{cmd}: Operation not supported in non-global zones"
INVALID_TOKEN = '"/etc/dispadmin.conf", line {line}: invalid token: {name}'
SYNTAX = '"/etc/dispadmin.conf", line {line}: syntax error'
EMPTY = "{cmd}: /etc/dispadmin.conf is empty"
NOT_AVAILABLE = '"/etc/dispadmin.conf", scheduling class {name} is not available'
CANNOT_EXECUTE = "{cmd}: Can't execute {name} sub-command"  # the class's own dispadmin
FAILED_OPEN = "{cmd}: Failed to open /etc/dispadmin.conf ({reason})"
