"""User-visible strings of zoneadm, zonecfg, zlogin and zonename (reference/zones.md).

[V] strings come from the ON source the reference cites; keep any best-effort
wording here too, marked [M], so that it is easy to correct.
"""

# -- zoneadm (§7.1, ON86 zoneadm.c) ------------------------------------------------
ZONEADM_SUBCOMMANDS: tuple[tuple[str, str, str], ...] = (
    # (name, short usage, long help) in cmdtab order; private ones have no usage.
    ("help", "help", "Print usage message."),
    (
        "boot",
        "boot [-- boot_arguments]",
        "Activates (boots) specified zone.  See zoneadm(1m) for valid boot\n\targuments.",
    ),
    (
        "halt",
        "halt",
        "Halts specified zone, bypassing shutdown scripts and removing runtime\n"
        "\tresources of the zone.",
    ),
    (
        "ready",
        "ready",
        "Prepares a zone for running applications but does not start any user\n"
        "\tprocesses in the zone.",
    ),
    (
        "reboot",
        "reboot [-- boot_arguments]",
        "Restarts the zone (equivalent to a halt / boot sequence).\n"
        "\tFails if the zone is not active.  See zoneadm(1m) for valid boot\n\targuments.",
    ),
    (
        "list",
        "list [-cipv]",
        "Lists the current zones, or a specific zone if indicated.  By default,\n"
        "\tall running zones are listed, though this can be expanded to all\n"
        "\tinstalled zones with the -i option or all configured zones with the\n"
        "\t-c option.  When used with the general -z <zone> and/or -u <uuid-match>\n"
        "\toptions, lists only the specified matching zone, but lists it\n"
        "\tregardless of its state, and the -i and -c options are disallowed.  The\n"
        "\t-v option can be used to display verbose information: zone name, id,\n"
        "\tcurrent state, root directory and options.  The -p option can be used\n"
        "\tto request machine-parsable output.  The -v and -p options are mutually\n"
        "\texclusive.  If neither -v nor -p is used, just the zone name is listed.",
    ),
    (
        "verify",
        "verify",
        "Check to make sure the configuration can safely be instantiated\n"
        "\ton the machine: physical network interfaces exist, etc.",
    ),
    (
        "install",
        "install [-x nodataset] [brand-specific args]",
        "Install the configuration on to the system.  The -x nodataset option\n"
        "\tcan be used to prevent the creation of a new ZFS file system for the\n"
        "\tzone (assuming the zonepath is within a ZFS file system).\n"
        "\tAll other arguments are passed to the brand installation function;\n"
        "\tsee brand(4) for more information.",
    ),
    (
        "uninstall",
        "uninstall [-F]",
        "Uninstall the configuration from the system.  The -F flag can be used\n"
        "\tto force the action.",
    ),
    ("mount", "", ""),
    ("unmount", "", ""),
    (
        "clone",
        "clone [-m method] [-s <ZFS snapshot>] zonename",
        "Clone the installation of another zone.  The -m option can be used to\n"
        "\tspecify 'copy' which forces a copy of the source zone.  The -s option\n"
        "\tcan be used to specify the name of a ZFS snapshot that was taken from\n"
        "\ta previous clone command.  The snapshot will be used as the source\n"
        "\tinstead of creating a new ZFS snapshot.",
    ),
    ("move", "move zonepath", "Move the zone to a new zonepath."),
    (
        "detach",
        "detach [-n]",
        "Detach the zone from the system. The zone state is changed to\n"
        "\t'configured' (but the files under the zonepath are untouched).\n"
        "\tThe zone can subsequently be attached, or can be moved to another\n"
        "\tsystem and attached there.  The -n option can be used to specify\n"
        "\t'no-execute' mode.  When -n is used, the information needed to attach\n"
        "\tthe zone is sent to standard output but the zone is not actually\n"
        "\tdetached.",
    ),
    (
        "attach",
        "attach [-F] [-n <path>] [-u]",
        "Attach the zone to the system.  The zone state must be 'configured'\n"
        "\tprior to attach; upon successful completion, the zone state will be\n"
        "\t'installed'.  The system software on the current system must be\n"
        "\tcompatible with the software on the zone's original system or use\n"
        "\tthe -u option to update the zone to the current system software.\n"
        "\tSpecify -F to force the attach and skip software compatibility tests.\n"
        "\tThe -n option can be used to specify 'no-execute' mode.  When -n is\n"
        "\tused, the information needed to attach the zone is read from the\n"
        "\tspecified path and the configuration is only validated.  The path can\n"
        "\tbe '-' to specify standard input.  The -F, -n and -u options are\n"
        "\tmutually exclusive.",
    ),
    (
        "mark",
        "mark incomplete",
        "Set the state of the zone.  This can be used to force the zone\n"
        "\tstate to 'incomplete' administratively if some activity has rendered\n"
        "\tthe zone permanently unusable.  The only valid state that may be\n"
        "\tspecified is 'incomplete'.",
    ),
    ("apply", "", ""),
)

ZONEADM_USAGE_HEAD = (
    "usage:\t{prog} help\n"
    "\t{prog} [-z <zone>] [-u <uuid-match>] list\n"
    "\t{prog} {{-z <zone>|-u <uuid-match>}} <subcommand>\n"
    "\nSubcommands:\n\n"
)
ZONEADM_SUB_USAGE = "usage:\t{short}\n\t{long}"
ZONEADM_LIST_HEADER = "%*s %-16s %-10s %-30s %-8s %-6s" % (
    4,
    "ID",
    "NAME",
    "STATUS",
    "PATH",
    "BRAND",
    "IP",
)

ZONEADM_NO_SUCH_ZONE = "zoneadm: {zone}: No such zone configured"
ZONEADM_PV_EXCLUSIVE = "list -p and -v are mutually exclusive."
ZONEADM_NO_ZONE = "no zone specified"
ZONEADM_GLOBAL_INVALID = "{cmd} operation is invalid for the global zone."
ZONEADM_SUNW_INVALID = "{cmd} operation is invalid for zones starting with SUNW."
ZONEADM_USE_HALT = "use halt(1M) to halt this zone."
ZONEADM_USE_REBOOT = "use reboot(1M) to reboot this zone."
ZONEADM_MUST_BE_GLOBAL = "must be in the global zone to {cmd} a zone."
ZONEADM_ROOT_ABSOLUTE = "root path must be absolute."
ZONEADM_ROOT_DIRECTORY = "root path must be a directory."
ZONEADM_BAD_UUID = "illegal UUID value specified"

# -- zonecfg (§1.1) ------------------------------------------------------------------
ZONECFG_USAGE = (
    "usage:\tzonecfg help\n"
    "\tzonecfg -z <zone>\t\t\t(interactive)\n"
    "\tzonecfg -z <zone> <command>\n"
    "\tzonecfg -z <zone> -f <command-file>"
)
ZONECFG_NOT_GLOBAL = "zonecfg can only be run from the global zone."
ZONECFG_BOGUS_NAME = "{zone}: Bogus zone name"
ZONECFG_NAME_SYNTAX = (
    "<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*\n"
    "\t(except the reserved words 'global' and anything starting with 'SUNW')\n"
    "\tName must be less than 64 characters."
)
ZONECFG_ROOT_ABSOLUTE = "root path must be absolute: {path}"
ZONECFG_ROOT_DIRECTORY = "root path must be a directory: {path}"

# -- zlogin (§10) --------------------------------------------------------------------
ZLOGIN_USAGE = "usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]"
ZLOGIN_NOT_GLOBAL = "zlogin: 'zlogin' may only be used from the global zone"
ZLOGIN_GLOBAL = "zlogin: 'zlogin' not applicable to the global zone"
ZLOGIN_UNKNOWN = "zlogin: zone '{zone}' unknown"
ZLOGIN_CONSOLE_L = "zlogin: -l may not be specified for console login"
ZLOGIN_CONSOLE_S = "zlogin: -S may not be specified for console login"
ZLOGIN_CONSOLE_CMD = "zlogin: Commands may not be specified for console login."

# -- zonename ------------------------------------------------------------------------
ZONENAME_SHARED = "shared"
ZONENAME_EXCLUSIVE = "exclusive"
