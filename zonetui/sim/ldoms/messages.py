"""User-visible strings of ldm (reference/ldoms.md §2, §3, §6). [M] marks best effort."""

USAGE_HEAD = (
    "\n"
    "Usage:\n"
    " ldm [--help] command [options] [properties] operands\n"
    "\n"
    "Command(s) for each resource (aliases in parens):\n"
)

# (resource heading, synopses) in the order ldm --help groups them. [M] beyond the first
# four groups (ldoms.md §2.1 shows only the beginning); synopses from §2.4.
HELP_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bindings", ("list-bindings [-e] [-p] [<ldom>...]",)),
    ("services", ("list-services [-e] [-p] [<ldom>...]",)),
    ("constraints", ("list-constraints ([-x] | [-e] [-p]) [<ldom>...]",)),
    ("devices", ("list-devices [-a] [-p] [cpu] [mau] [memory] [io]",)),
    (
        "domain    ( dom )",
        (
            "add-domain (-i <file> | [mac-addr=<num>] [hostid=<num>] <ldom> | <ldom>...)",
            "remove-domain (-a | <ldom>...)",
            "list-domain [-e] [-l] [-o <format>] [-p] [<ldom>...]",
            "start-domain (-a | -i <file> | <ldom>...)",
            "stop-domain [-f] (-a | <ldom>...)",
            "bind-domain [-i <file>] <ldom>",
            "unbind-domain <ldom>",
            "panic-domain <ldom>",
            "migrate-domain [-n] [-p <filename>] <source-ldom> [<user>@]<target-host>[:<target-ldom>]",
            "set-domain (-i <file> | [mac-addr=<num>] [hostid=<num>] [failure-policy=<policy>] <ldom>)",
        ),
    ),
    ("io", ("add-io [bypass=on] <bus> <ldom>", "remove-io <bus> <ldom>")),
    (
        "crypto    ( mau )",
        (
            "add-crypto <number> <ldom>",
            "set-crypto <number> <ldom>",
            "remove-crypto <number> <ldom>",
        ),
    ),
    (
        "memory    ( mem )",
        (
            "add-memory <number>[GMK] <ldom>",
            "set-memory <number>[GMK] <ldom>",
            "remove-memory <number>[GMK] <ldom>",
        ),
    ),
    ("operation", ("cancel-operation (migration | reconf) <ldom>",)),
    ("reconf", ("remove-reconf <ldom>",)),
    (
        "spconfig  ( config )",
        (
            "add-spconfig <config_name>",
            "set-spconfig <config_name>",
            "remove-spconfig <config_name>",
            "list-spconfig",
        ),
    ),
    (
        "variable  ( var )",
        (
            "add-variable <var_name>=<value>... <ldom>",
            "set-variable <var_name>=<value>... <ldom>",
            "remove-variable <var_name>... <ldom>",
            "list-variable [<var_name>...] <ldom>",
        ),
    ),
    (
        "vconscon  ( vcc )",
        (
            "add-vconscon port-range=<x>-<y> <vcc_name> <ldom>",
            "set-vconscon port-range=<x>-<y> <vcc_name>",
            "remove-vconscon [-f] <vcc_name>",
        ),
    ),
    (
        "vconsole  ( vcons )",
        ("set-vcons [port=[<port-num>]] [group=<group>] [service=<vcc_server>] <ldom>",),
    ),
    (
        "vcpu",
        ("add-vcpu <number> <ldom>", "set-vcpu <number> <ldom>", "remove-vcpu <number> <ldom>"),
    ),
    (
        "vdisk",
        (
            "add-vdisk [timeout=<seconds>] [id=<disk_id>] <disk_name> <volume_name>@<service_name> <ldom>",
            "set-vdisk [timeout=<seconds>] [volume=<volume_name>@<service_name>] <disk_name> <ldom>",
            "remove-vdisk [-f] <disk_name> <ldom>",
        ),
    ),
    (
        "vdiskserver  ( vds )",
        ("add-vdiskserver <service_name> <ldom>", "remove-vdiskserver [-f] <service_name>"),
    ),
    (
        "vdiskserverdevice  ( vdsdev )",
        (
            "add-vdiskserverdevice [options={ro,slice,excl}] [mpgroup=<mpgroup>] <backend> <volume_name>@<service_name>",
            "set-vdiskserverdevice options=[{ro,slice,excl}] [mpgroup=<mpgroup>] <volume_name>@<service_name>",
            "remove-vdiskserverdevice [-f] <volume_name>@<service_name>",
        ),
    ),
    (
        "vnet",
        (
            "add-vnet [mac-addr=<num>] [mode=hybrid] [pvid=<pvid>] [vid=<vid1,vid2,...>] [id=<network_id>] <if_name> <vswitch_name> <ldom>",
            "set-vnet [mac-addr=<num>] [vswitch=<vswitch_name>] [mode=[hybrid]] [pvid=<pvid>] [vid=<vid1,vid2,...>] <if_name> <ldom>",
            "remove-vnet [-f] <if_name> <ldom>",
        ),
    ),
    (
        "vswitch   ( vsw )",
        (
            "add-vswitch [default-vlan-id=<vid>] [pvid=<pvid>] [vid=<vid1,vid2,...>] [mac-addr=<num>] [net-dev=<device>] [mode=<mode>] [id=<switch_id>] <vswitch_name> <ldom>",
            "set-vswitch [pvid=<pvid>] [vid=<vid1,vid2,...>] [mac-addr=<num>] [net-dev=<device>] [mode=<mode>] <vswitch_name>",
            "remove-vswitch [-f] <vswitch_name>",
        ),
    ),
)

USAGE_TAIL = (
    "\n"
    "Verb aliases:\n"
    "\tAlias\t\tVerb\n"
    "\t-----\t\t-------\n"
    "\trm\t\tremove\n"
    "\tls\t\tlist\n"
    "\n"
    "Command aliases:\n"
    "\tAlias\t\tCommand\n"
    "\t-----\t\t-------\n"
    "\tcreate\t\tadd-domain\n"
    "\tdestroy\t\tremove-domain\n"
    "\tcancel-op\tcancel-operation\n"
    "\tbind\t\tbind-domain\n"
    "\tunbind\t\tunbind-domain\n"
    "\tstart\t\tstart-domain\n"
    "\tstop\t\tstop-domain\n"
    "\tmigrate\t\tmigrate-domain\n"
    "\tmodify\t\tset-domain\n"
    "\tpanic\t\tpanic-domain\n"
    "\tlist\t\tlist-domain\n"
)  # [M]

LIST_HEADER_FIELDS = ("NAME", "STATE", "FLAGS", "CONS", "VCPU", "MEMORY", "UTIL", "UPTIME")
SEPARATOR = "-" * 78

UNKNOWN_COMMAND = "Unknown command {cmd}; use --help option for list of available commands"  # [M]
UNKNOWN_DOMAIN = "LDom {name} does not exist"  # [M]
NOT_YET = "ldm: {cmd}: not simulated yet"  # zonetui's own, until the ldm issue
