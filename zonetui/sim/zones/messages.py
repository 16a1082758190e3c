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

# -- zoneadm: sanity_check() and the state matrix (§7.3, ON86 zoneadm.c) ---------------
ZONEADM_NOT_RUNNING = "not running"
ZONEADM_INVALID_FOR = "{cmd} operation is invalid for {state} zones."
ZONEADM_ALREADY_CONFIGURED = "is already in state 'configured'."
ZONEADM_ALREADY_INSTALLED = "is already installed."
ZONEADM_INCOMPLETE = "zone is incomplete; uninstall required."
ZONEADM_MUST_BE = "must be {state} before {cmd}."
ZONEADM_FORCE_BOOT = "Only branded zones may be force-booted."
ZONEADM_ALT_ROOT = "cannot {cmd} zone in alternate root"
ZONEADM_LOCKED = "another zoneadm may have an operation in progress."
ZONEADM_CALL_FAILED = "call to zoneadmd failed"
ZONEADM_START_FAILED = "could not start zoneadmd"
ZONEADM_BOOTARGS_TOO_LONG = "Boot argument list too long"
ZONEADM_BAD_BRAND = "missing or invalid brand"
ZONEADM_PERROR2 = "zoneadm: {zone}: {what}: {reason}"
ZONEADM_COULD_NOT_GET_STATE = "could not get state"
ZONEADM_NO_SUCH_ZONE_REASON = "No such zone configured"
BOOTARGS_MAX = 256  # BOOTARGS_MAX in <sys/zone.h>

# -- zoneadmd (ON86 zoneadmd.c, vplat.c; relayed by zoneadm behind its prefix) ---------
ZONEADMD_CANNOT_MANAGE = "cannot manage a zone which is in state '{state}'"  # no prefix
ZONEADMD_INVALID_IN_STATE = "{cmd} operation is invalid for zones in state '{state}'"
ZONEADMD_ALREADY_BOOTED = "zone is already booted"
ZONEADMD_ALREADY_READY = "zone is already ready"
ZONEADMD_ALREADY_HALTED = "zone is already halted"
ZONEADMD_ROOT_MISSING = "can't stat {root}: No such file or directory"
ZONEADMD_BAD_BOOTARGS = "WARNING: Unused or invalid boot arguments `{args}'."
# setup_zone_rm(): zonecfg_strerror(Z_POOL_CREATE): pool_strerror(), then the setting
ZONEADMD_POOL_CREATE = (
    "Could not create a temporary pool: {reason}\ndedicated-cpu setting cannot be instantiated"
)
POOL_INVALID_CONF = "Invalid configuration"  # pool_strerror(POE_INVALID_CONF) [M: which POE]
ZONEADMD_POOLD = (
    "WARNING: A range of dedicated-cpus has been specified\n"
    "but the dynamic pool service is not enabled.\n"
    "The system will not dynamically adjust the\n"
    "processor allocation within the specified range\n"
    "until svc:/system/pools/dynamic is enabled.\n"
    "See poold(1M)."
)
ZONEADMD_FSS = (
    "WARNING: The zone.cpu-shares rctl is set but\n"
    "FSS is not the default scheduling class for\n"
    "this zone.  FSS will be used for processes\n"
    "in the zone but to get the full benefit of FSS,\n"
    "it should be the default scheduling class.\n"
    "See dispadmin(1M) for more details."
)
ZONEADMD_POOLS_NOT_ACTIVE = "WARNING: Pools facility not active; zone will not be bound to pool"
ZONEADMD_NO_POOL = "WARNING: Pool not found; using default pool"
# configure_one_interface(): zerror(B_TRUE) adds strerror(EADDRNOTAVAIL)
# configure_one_interface(): a net address without a prefix and no netmasks(4) entry
ZONEADMD_NO_NETMASK = (
    "WARNING: {ifname}: no matching subnet found in netmasks(4) for {address}; "
    "using default of {mask}."
)
ZONEADMD_ADDRESS_IN_USE = (
    "{ifname}: could not bring network interface up: address in use by zone '{zone}': "
    "Cannot assign requested address"
)
# add_datalink()/show_owner(): zerror(B_TRUE) with errno EPERM adds ": Not owner"; the
# show_owner format ends in a newline of its own, so ": Not owner" comes on a line alone
ZONEADMD_EXCL_GLOBAL = (
    "WARNING: skipping network interface '{link}' which is used in the global zone.: Not owner"
)
ZONEADMD_EXCL_OWNER = (
    "WARNING: skipping network interface '{link}' which is used by the non-global zone "
    "'{zone}'.\n: Not owner"
)
ZONEADMD_EXCL_MISSING = (  # [M] zone_add_datalink() of a link that does not exist
    "WARNING: unable to add network interface '{link}'.: No such device or address"
)

# -- the zone console (ON86 zcons.c: "\r\n[%s]\r\n"; shown here with plain newlines) ---
CONSOLE_NOTICE = "\n[{text}]"
NOTICE_BOOTING = "NOTICE: Zone booting up"
NOTICE_BOOTING_ARGS = "NOTICE: Zone booting up with arguments: {args}"
NOTICE_READIED = "NOTICE: Zone readied"
NOTICE_HALTED = "NOTICE: Zone halted"
NOTICE_REBOOTING = "NOTICE: Zone rebooting"
NOTICE_BOOT_FAILED = "NOTICE: Zone boot failed"
NOTICE_UNINSTALLING = "NOTICE: Zone is being uninstalled.  Disconnecting..."
NOTICE_BAD_ARGS = "WARNING: Ignoring invalid boot arguments: {args}"
# What the zone's own Solaris prints on its console when it boots [M]
ZONE_BOOT_BANNER = (
    "\n\nSunOS Release 5.10 Version Generic_141444-09 64-bit\n"
    "Copyright 1983-2009 Sun Microsystems, Inc.  All rights reserved.\n"
    "Use is subject to license terms.\n"
    "Hostname: {hostname}\n\n"
)
CONSOLE_LOGIN = "{hostname} console login: "
# /etc/motd of a freshly installed Solaris 10 zone [M]
MOTD = "Sun Microsystems Inc.   SunOS 5.10      Generic January 2005\n"

# -- verify (§7.5, ON86 verify_details/validate_zonepath/verify_handle) ----------------
VERIFY_NOT_ABSOLUTE = "{path} is not an absolute path."
VERIFY_ZPERROR = "zoneadm: {path}: {reason}"
VERIFY_MISSING = (
    "WARNING: {path} does not exist, so it could not be verified.\n"
    "When 'zoneadm install' is run, 'install' will try to create\n"
    "{path}, and 'verify' will be tried again,\n"
    "but the 'verify' may fail if:\n"
    "the parent directory of {path} is group- or other-writable\n"
    "or\n"
    "{path} overlaps with any other installed zones."
)
VERIFY_NOT_DIRECTORY = "{path} is not a directory."
VERIFY_TMPFS = "WARNING: {path} is on a temporary file system."  # stdout
VERIFY_INSTALLED_NO_PATH = (  # stdout
    "WARNING: zone {zone} is installed, but its zonepath {path} does not exist."
)
VERIFY_OVERLAP = "{zone} zonepath ({path}) and {other} zonepath ({other_path}) overlap."
VERIFY_NOT_OWNED = "{path} is not owned by root."
VERIFY_MUST_BE = "{path} must be {what}."
VERIFY_MUST_NOT_BE = "{path} must not be {what}."
VERIFY_OWN_PARENT = "{path} is its own parent."
VERIFY_ROOTPATH_EXISTS = "Rootpath {root} exists; remove or move aside prior to {cmd}."
VERIFY_DETACHED = "Cannot {cmd} detached zone.\nUse attach or remove {path} directory."
VERIFY_ZONEPATH_ERRORS = "could not verify zonepath {path} because of the above errors."
VERIFY_FAILED = "zoneadm: zone {zone} failed to verify"
VERIFY_NET_NOT_PLUMBED = (
    "WARNING: skipping network interface '{link}' which may not be present/plumbed in the "
    "global zone."
)
VERIFY_NET_GLOBAL = "WARNING: skipping network interface '{link}' which is used in the global zone."
VERIFY_NET_NO_LINK = (
    "WARNING: skipping network interface '{link}' which cannot be opened: dlpi error "
    "(DLPI link does not exist)."
)
VERIFY_NET_OWNER = (
    "WARNING: skipping network interface '{link}' which is used by the non-global zone '{zone}'."
)
VERIFY_FS_TYPE = "cannot verify fs {dir}: type {type} is not allowed."
VERIFY_FS_ACCESS = "could not verify fs {dir}: could not access {path}: {reason}"
VERIFY_FS_RAW = "could not verify fs {dir}: must specify 'raw' device for {type} file systems"
VERIFY_FS_NO_FSCK = (
    "cannot verify fs {dir}: 'raw' device specified but no fsck executable exists for {type}"
)
VERIFY_IPD = "could not verify inherit-pkg-dir {dir}: {reason}"
VERIFY_POOL_INACTIVE = (
    "WARNING: pools facility not active; zone will not be bound to pool '{pool}'."
)
VERIFY_POOL_NOT_FOUND = "WARNING: pool '{pool}' not found. using default pool"
VERIFY_DATASET = "could not verify zfs dataset {name}: dataset does not exist"
VERIFY_MCAP = (  # [M] Solaris 10 does not check this; the simulator does (issue 4)
    "could not verify capped-memory physical={cap}: the system has only {memory} of physical memory"
)
MODE_BITS = (  # bad_mode_bit(): (bit, must be set, words)
    (0o400, True, "owner readable"),
    (0o200, True, "owner writable"),
    (0o100, True, "owner executable"),
    (0o040, False, "group readable"),
    (0o020, False, "group writable"),
    (0o010, False, "group executable"),
    (0o004, False, "world readable"),
    (0o002, False, "world writable"),
    (0o001, False, "world executable"),
)
PARENT_MODE_BITS = (
    (0o400, True, "owner readable"),
    (0o200, True, "owner writable"),
    (0o100, True, "owner executable"),
    (0o020, False, "group writable"),
    (0o002, False, "world writable"),
)
ENOENT = "No such file or directory"
ENOTDIR = "Not a directory"
EINVAL = "Invalid argument"

# -- install (§7.4; lucreatezone output from real Solaris 10 systems) -------------------
INSTALL_NATIVE = (
    ("Preparing to install zone <{zone}>.", 0.0),
    ("Creating list of files to copy from the global zone.", 0.02),
    ("Copying <{files}> files to the zone.", 0.05),
    ("Initializing zone product registry.", 0.55),
    ("Determining zone package initialization order.", 0.6),
    ("Preparing to initialize <{packages}> packages on the zone.", 0.62),
    ("Initialized <{packages}> packages on zone.", 0.97),
    ("Zone <{zone}> is initialized.", 0.98),
    ("The file <{log}> contains a log of the zone installation.", 1.0),
)
INSTALL_LOG = "/var/sadm/system/logs/install_log"
INSTALL_LOG_TEXT = (  # [M] the start of the log lucreatezone leaves in the zone
    "Installation of <{zone}> was successful.\n"
)
# Solaris 8/9 Containers (solaris8/solaris9 brands): the brand installer [M, from the
# Containers guides]
BRAND_INSTALL_OPTS = "a:d:psuv"
BRAND_INSTALL = (
    ("      Log File: /var/tmp/{zone}.install.{pid}.log", 0.0),
    ("        Source: {archive}", 0.01),
    ("    Installing: This may take several minutes...", 0.02),
    ("Postprocessing: This may take a while...", 0.9),
    ("", 0.98),
    ("        Result: Installation completed successfully.", 1.0),
    ("      Log File: {zonepath}/root/var/log/{zone}.install.{pid}.log", 1.0),
)
BRAND_NO_ARCHIVE = "ERROR: an archive must be specified with -a"  # [M]
BRAND_NO_MODE = "ERROR: one of -u (sys-unconfig) or -p (preserve) must be specified"  # [M]
BRAND_BAD_ARCHIVE = "ERROR: the archive {archive} could not be read"  # [M]

# -- uninstall ----------------------------------------------------------------------------
UNINSTALL_ASK = "Are you sure you want to uninstall zone {zone} (y/[n])? "
UNINSTALL_NOT_TTY = "Input not from terminal and -F not specified: uninstall not done."
UNINSTALL_USER_DATA = (
    "WARNING: Unable to completely remove {path}\n"
    "because it contains additional user data.  Only the standard directory\n"
    "entries have been removed."
)
STANDARD_ENTRIES = ("dev", "lu", "root", "SUNWattached.xml")

# -- clone --------------------------------------------------------------------------------
CLONE_SOURCE_STATE = "zoneadm: zone {zone} is {state}; installed is required."
CLONE_BRANDS = "zoneadm: Zones '{source}' and '{target}' have different brand types."
CLONE_IPD_MISSING = "inherit-pkg-dir '{dir}' is not configured in zone {zone}."
CLONE_IPD_EXTRA = (
    "Zone {target} is configured with inherit-pkg-dirs that are not configured in zone {source}."
)
CLONE_WARN_NET = "WARNING: network address '{address}' is configured in both zones."
CLONE_WARN_DEV = "WARNING: device '{match}' is configured in both zones."
CLONE_WARN_FS = "WARNING: {type} file system on '{special}' is configured in both zones."
CLONE_WARN_LOFS = "WARNING: read-write lofs file system on '{special}' is configured in both zones."
CLONE_WARN_DATASET = "WARNING: dataset '{name}' is configured in both zones.\n"
CLONE_COPYING = "Copying {path}..."
CLONE_NO_SNAPSHOT = "unable to find path for {snapshot}."

# -- move ---------------------------------------------------------------------------------
MOVE_COPYING = "Moving across file systems; copying zonepath {path}..."
MOVE_CLEANUP = "Cleaning up zonepath {path}..."
MOVE_NOT_EMPTY = "could not move zone to {path}: directory not empty"
MOVE_FAILED = "zoneadm: could not move zone: {reason}"

# -- detach / attach ------------------------------------------------------------------------
DETACHED_XML = "SUNWdetached.xml"
DETACH_NO_INFO = (  # [M] detach -n of a zone that was never installed
    "zoneadm: getting the detach information failed: No such file or directory"
)
ATTACHED_XML = "SUNWattached.xml"
ATTACH_N_AND_U = "-n and -u flags are mutually exclusive"
ATTACH_NOT_DETACHED = "The zone was not properly detached.\n\tAttempting to attach anyway."
ATTACH_CANNOT_GENERATE = "Cannot generate the information needed to attach this zone."
ATTACH_NOT_A_DETACHED_ZONE = "Not a detached zone."
ATTACH_EARLIER_RELEASE = "Cannot attach to an earlier release of the operating system"
ATTACH_BRAND_MISMATCH = "Trying to attach a '{atbrand}' zone to a '{brand}' configuration."
ATTACH_NO_MANIFEST = "zoneadm: could not open manifest path: {reason}"
ATTACH_NOT_XML = "{path} is not an XML file"
ATTACH_STDIN_NOT_XML = "Input is not a valid XML file"
# The software inventory detach writes after the configuration [M: a few packages]
INVENTORY_PACKAGES = (
    ("SUNWcsr", "11.10.0,REV=2005.01.21.15.53"),
    ("SUNWcsu", "11.10.0,REV=2005.01.21.15.53"),
    ("SUNWcsd", "11.10.0,REV=2005.01.21.15.53"),
    ("SUNWcsl", "11.10.0,REV=2005.01.21.15.53"),
    ("SUNWzoner", "11.10.0,REV=2005.01.21.15.53"),
    ("SUNWzoneu", "11.10.0,REV=2005.01.21.15.53"),
)
INVENTORY_PATCHES = ("141444-09", "141514-02")

# -- zlogin (§10, ON86 zlogin.c; {prog} is the basename of argv[0]) -------------------
ZLOGIN_USAGE = "usage: {prog} [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]"
ZLOGIN_NOT_GLOBAL = "{prog}: '{prog}' may only be used from the global zone"
ZLOGIN_GLOBAL = "{prog}: '{prog}' not applicable to the global zone"
ZLOGIN_UNKNOWN = "{prog}: zone '{zone}' unknown"
ZLOGIN_NOT_INSTALLED = "{prog}: cannot login to a zone which is '{state}'"
ZLOGIN_NOT_RUNNING = "{prog}: login allowed only to running zones ({zone} is '{state}')."
ZLOGIN_CONSOLE_L = "{prog}: -l may not be specified for console login"
ZLOGIN_CONSOLE_S = "{prog}: -S may not be specified for console login"
ZLOGIN_CONSOLE_R = "{prog}: -R may not be specified for console login"
ZLOGIN_FAILSAFE_L = "{prog}: -l may not be specified for failsafe login"
ZLOGIN_CONSOLE_CMD = "{prog}: Commands may not be specified for console login."
ZLOGIN_ROOT_ABSOLUTE = "{prog}: root path must be absolute."
ZLOGIN_ROOT_DIRECTORY = "{prog}: root path must be a directory."
ZLOGIN_BAD_CMDCHAR = "{prog}: Unrecognized escape character option {value}"
ZLOGIN_BIG_CMDCHAR = "{prog}: Octal escape character '{value}' too large"
ZLOGIN_CONSOLE_BUSY = "{prog}: Console is already in use by process ID {pid}."
# (never printed here: the simulated shells are root with all privileges)
ZLOGIN_PRIVILEGE = "{prog}: You lack sufficient privilege to run this command (all privs required)"
ZLOGIN_CONNECTED = "[Connected to zone '{zone}' {tty}]"
ZLOGIN_CLOSED = "[Connection to zone '{zone}' {tty} closed]"
ZLOGIN_CONSOLE = "console"

# -- zonename ------------------------------------------------------------------------
ZONENAME_SHARED = "shared"
ZONENAME_EXCLUSIVE = "exclusive"
