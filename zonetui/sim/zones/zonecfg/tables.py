"""The tables zonecfg is built from: subcommands, global properties, rctl aliases and
resource types (reference/zones.md §1.3, §1.5, §2, §3). Parsing, `help`, validation,
`info`/`export` and completion all read these, as zonecfg.c reads its helptab,
res_types, prop_types and *_cmds tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# usage() flags (zonecfg.h)
HELP_USAGE = 0x01
HELP_SUBCMDS = 0x02
HELP_SYNTAX = 0x04
HELP_RESOURCES = 0x08
HELP_PROPS = 0x10
HELP_META = 0x20
HELP_NETADDR = 0x40
HELP_RES_SCOPE = 0x80
HELP_RES_PROPS = HELP_RESOURCES | HELP_PROPS


@dataclass(frozen=True)
class Subcommand:
    """One zonecfg subcommand: helptab's row plus where it makes sense."""

    name: str
    short: str  # short usage
    long: str  # long help (continuation lines start with a TAB)
    help_flags: int = 0  # extra usage() sections for `help CMD`
    scope: str = "any"  # "global", "resource" or "any" (for completion)


SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand(
        "add",
        "add <resource-type>\n\t(global scope)\nadd <property-name> <property-value>\n"
        "\t(resource scope)",
        "Add specified resource to configuration.",
        HELP_RES_PROPS,
    ),
    Subcommand("cancel", "cancel", "Cancels resource/property specification.", 0, "resource"),
    Subcommand("clear", "clear <property-name>", "Clears property values.", HELP_PROPS),
    Subcommand(
        "commit",
        "commit",
        "Commits current configuration.  Configuration must be committed to\n"
        "\tbe used by zoneadm.  Until the configuration is committed, changes \n"
        "\tcan be removed with the revert command.  This operation is\n"
        "\tattempted automatically upon completion of a zonecfg session.",
        0,
        "global",
    ),
    Subcommand(
        "create",
        "create [-F] [ -a <path> | -b | -t <template> ]",
        "Creates a configuration for the specified zone.  create should be\n"
        "\tused to begin configuring a new zone.  If overwriting an existing\n"
        "\tconfiguration, the -F flag can be used to force the action.  If\n"
        "\t-t template is given, creates a configuration identical to the\n"
        "\tspecified template, except that the zone name is changed from\n"
        "\ttemplate to zonename.  'create -a' creates a configuration from a\n"
        "\tdetached zonepath.  'create -b' results in a blank configuration.\n"
        "\t'create' with no arguments applies the Sun default settings.",
        0,
        "global",
    ),
    Subcommand(
        "delete",
        "delete [-F]",
        "Deletes the specified zone.  The -F flag can be used to force the\n\taction.",
        0,
        "global",
    ),
    Subcommand("end", "end", "Ends resource/property specification.", 0, "resource"),
    Subcommand(
        "exit", "exit [-F]", "Exits the program.  The -F flag can be used to force the action."
    ),
    Subcommand(
        "export",
        "export [-f output-file]",
        "Prints configuration to standard output, or to output-file if\n"
        "\tspecified, in a form suitable for use in a command-file.",
        0,
        "global",
    ),
    Subcommand("help", "help [commands] [syntax] [usage] [<command-name>]", "Prints help message."),
    Subcommand(
        "info",
        "info [<resource-type> [property-name=property-value]*]",
        "Displays information about the current configuration.  If resource\n"
        "\ttype is specified, displays only information about resources of\n"
        "\tthe relevant type.  If resource id is specified, displays only\n"
        "\tinformation about that resource.",
        HELP_RES_PROPS,
    ),
    Subcommand(
        "remove",
        "remove [-F] <resource-type> [ <property-name>=<property-value> ]*\n"
        "\t(global scope)\nremove <property-name> <property-value>\n\t(resource scope)",
        "Remove specified resource from configuration.  The -F flag can be used\n"
        "\tto force the action.",
        HELP_RES_PROPS,
    ),
    Subcommand(
        "revert",
        "revert [-F]",
        "Reverts configuration back to the last committed state.  The -F flag\n"
        "\tcan be used to force the action.",
        0,
        "global",
    ),
    Subcommand(
        "select",
        "select <resource-type> { <property-name>=<property-value> }",
        "Selects a resource to modify.  Resource modification is completed\n"
        '\twith the command "end".  The property name/value pairs must uniquely\n'
        "\tidentify a resource.  Note that the curly braces ('{', '}') mean one\n"
        "\tor more of whatever is between them.",
        HELP_RES_PROPS,
        "global",
    ),
    Subcommand("set", "set <property-name>=<property-value>", "Sets property values.", HELP_PROPS),
    Subcommand(
        "verify",
        "verify",
        "Verifies current configuration for correctness (some resource types\n"
        "\thave required properties).",
        0,
        "global",
    ),
)
SUBCOMMAND = {c.name: c for c in SUBCOMMANDS}

# words the lexer knows (zonecfg_lex.l); `?` is help
COMMAND_WORDS = (*SUBCOMMAND, "?")
COMMAND_ALIASES = {"?": "help"}


# -- the rctl aliases (libzonecfg aliases[], §2.2) ----------------------------------------
@dataclass(frozen=True)
class Alias:
    """A shortcut for a one-value rctl (priv=privileged, the alias's action)."""

    name: str
    rctl: str
    action: str
    minimum: int
    size: bool = False  # a memory size (K/M/G/T accepted, shown in units)
    settable: bool = True  # a global property of its own (not only via a resource)


ALIASES: tuple[Alias, ...] = (
    Alias("max-lwps", "zone.max-lwps", "deny", 100),
    Alias("max-shm-memory", "zone.max-shm-memory", "deny", 0, size=True),
    Alias("max-shm-ids", "zone.max-shm-ids", "deny", 0),
    Alias("max-msg-ids", "zone.max-msg-ids", "deny", 0),
    Alias("max-sem-ids", "zone.max-sem-ids", "deny", 0),
    Alias("locked", "zone.max-locked-memory", "deny", 0, size=True, settable=False),
    Alias("swap", "zone.max-swap", "deny", 0, size=True, settable=False),
    Alias("cpu-shares", "zone.cpu-shares", "none", 0),
    Alias("cpu-cap", "zone.cpu-cap", "deny", 0, settable=False),
)
ALIAS = {a.name: a for a in ALIASES}
GLOBAL_ALIASES = tuple(a for a in ALIASES if a.settable)
PRIV_PRIVILEGED = "privileged"


# -- global (zone-wide) properties (§2.1) -------------------------------------------------
@dataclass(frozen=True)
class GlobalProperty:
    """A property of the <zone> element (or an rctl alias shown as one)."""

    name: str
    field: str | None  # ZoneConfig field; None for aliases
    clearable: bool
    in_global_zone: bool  # may be set/cleared/shown for `zonecfg -z global`
    choices: tuple[str, ...] = ()  # enumerated values (validation and completion)


GLOBAL_PROPERTIES: tuple[GlobalProperty, ...] = (
    GlobalProperty("zonename", "name", False, False),
    GlobalProperty("zonepath", "zonepath", False, False),
    GlobalProperty("brand", "brand", False, False),
    GlobalProperty("autoboot", "autoboot", True, False, ("true", "false")),
    GlobalProperty("bootargs", "bootargs", True, False),
    GlobalProperty("pool", "pool", True, True),
    GlobalProperty("limitpriv", "limitpriv", True, False),
    GlobalProperty("scheduling-class", "scheduling_class", True, False),
    GlobalProperty("ip-type", "ip_type", True, False, ("shared", "exclusive")),
    # S10 10/09 (reference §2.1, §4.2); not in onnv_86, so not in its help tables [M]
    GlobalProperty("hostid", "hostid", True, False),
    *(GlobalProperty(a.name, None, True, True) for a in GLOBAL_ALIASES),
)
GLOBAL_PROPERTY = {p.name: p for p in GLOBAL_PROPERTIES}
# `info <name>` accepts these (zonecfg_grammar.y info_command)
INFO_PROPERTIES = tuple(p.name for p in GLOBAL_PROPERTIES)
# the `help` property table lists these, in this order (zonecfg.c usage HELP_PROPS)
HELP_GLOBAL_PROPERTIES = (
    "zonename",
    "zonepath",
    "brand",
    "autoboot",
    "bootargs",
    "pool",
    "limitpriv",
    "scheduling-class",
    "ip-type",
    "hostid",
    *(a.name for a in GLOBAL_ALIASES),
)


# -- resource types (§3) ------------------------------------------------------------------
@dataclass(frozen=True)
class ResourceType:
    """A resource type: its properties, how instances are found and described."""

    name: str
    field: str | None  # ZoneConfig list field; None for the single-instance ones
    properties: tuple[str, ...]  # what `set`/`add`/`clear` take in its scope
    lookup: tuple[str, ...] = ()  # properties select/remove accept (fill_in_*tab)
    match: tuple[str, ...] = ()  # compared by select/remove, in this order
    info_match: tuple[str, ...] = ()  # compared by `info TYPE prop=value`
    delete_key: tuple[str, ...] = ()  # what identifies the instance removed
    single: bool = False  # at most one instance (no name=value to select it)
    in_global_zone: bool = True
    article: str = "A"
    help: str = ""  # the resource scope's `help` text (without the common tail)
    scope_commands: tuple[str, ...] = ()  # completion inside the scope (zonecfg.c)
    clearable: tuple[str, ...] = ()
    list_properties: tuple[str, ...] = ()  # properties `add`/`remove` take in its scope
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)  # enumerations


RESOURCE_TYPES: tuple[ResourceType, ...] = (
    ResourceType(
        "fs",
        "fs",
        ("dir", "special", "raw", "type", "options"),
        lookup=("dir", "special", "raw", "type"),
        match=("dir", "special", "raw", "type"),
        info_match=("dir", "special", "type"),
        delete_key=("dir", "special", "raw", "type"),
        in_global_zone=False,
        help="The 'fs' resource scope is used to configure a file-system.\n"
        "Valid commands:\n"
        "\tset dir=<path>\n"
        "\tset special=<path>\n"
        "\tset raw=<raw-device>\n"
        "\tset type=<file-system type>\n"
        "\tadd options <file-system options>\n"
        "\tremove options <file-system options>\n"
        "Consult the file-system specific manual page, such as mount_ufs(1M), for\n"
        "details about file-system options.  Note that any file-system options with an\n"
        "embedded '=' character must be enclosed in double quotes, such as \"retry=5\".\n",
        scope_commands=(
            "add options ",
            "cancel",
            "end",
            "exit",
            "help",
            "info",
            "remove options ",
            "set dir=",
            "set raw=",
            "set special=",
            "set type=",
            "clear raw",
        ),
        clearable=("raw",),
        list_properties=("options",),
    ),
    ResourceType(
        "inherit-pkg-dir",
        "inherit_pkg_dirs",
        ("dir",),
        lookup=("dir",),
        match=("dir",),
        info_match=("dir",),
        delete_key=("dir",),
        in_global_zone=False,
        article="An",
        help="The 'inherit-pkg-dir' resource scope is used to configure a directory\n"
        "inherited from the global zone into a non-global zone in read-only mode.\n"
        "Valid commands:\n"
        "\tset dir=<path>\n",
        scope_commands=("cancel", "end", "exit", "help", "info", "set dir="),
    ),
    ResourceType(
        "net",
        "net",
        ("address", "physical", "defrouter"),
        lookup=("address", "physical", "defrouter"),
        match=("physical", "address"),
        info_match=("physical", "address"),
        delete_key=("address", "physical"),
        in_global_zone=False,
        help="The 'net' resource scope is used to configure a network interface.\n"
        "Valid commands:\n"
        "\tset address=<IP-address>\n"
        "\tset physical=<interface>\n"
        "See ifconfig(1M) for details of the <interface> string.\n"
        "\tset defrouter=<IP-address>\n"
        "set address and set defrouter are valid if the ip-type property is set to "
        "shared, otherwise they must not be set.\n",
        scope_commands=("cancel", "end", "exit", "help", "info", "set address=", "set physical="),
        list_properties=("defrouter",),
    ),
    ResourceType(
        "device",
        "device",
        ("match",),
        lookup=("match",),
        match=("match",),
        info_match=("match",),
        delete_key=("match",),
        in_global_zone=False,
        help="The 'device' resource scope is used to configure a device node.\n"
        "Valid commands:\n"
        "\tset match=<device-path>\n",
        scope_commands=("cancel", "end", "exit", "help", "info", "set match="),
    ),
    ResourceType(
        "rctl",
        "rctl",
        ("name", "value"),
        lookup=("name",),
        match=("name",),
        info_match=("name",),
        delete_key=("name",),
        help="The 'rctl' resource scope is used to configure a resource control.\n"
        "Valid commands:\n"
        "\tset name=<string>\n"
        "\tadd value (priv=<priv-value>,limit=<number>,action=<action-value>)\n"
        "\tremove value (priv=<priv-value>,limit=<number>,action=<action-value>)\n"
        "Where\n"
        "\t<priv-value> := privileged\n"
        "\t<action-value> := none | deny\n",
        scope_commands=(
            "add value ",
            "cancel",
            "end",
            "exit",
            "help",
            "info",
            "remove value ",
            "set name=",
        ),
        list_properties=("value",),
    ),
    ResourceType(
        "attr",
        "attr",
        ("name", "type", "value"),
        lookup=("name", "type", "value"),
        match=("name", "type", "value"),
        info_match=("name", "type", "value"),
        delete_key=("name", "type", "value"),
        in_global_zone=False,
        article="An",
        help="The 'attr' resource scope is used to configure a generic attribute.\n"
        "Valid commands:\n"
        "\tset name=<name>\n"
        "\tset type=boolean\n"
        "\tset value=true | false\n"
        "or\n"
        "\tset type=int\n"
        "\tset value=<integer>\n"
        "or\n"
        "\tset type=string\n"
        "\tset value=<string>\n"
        "or\n"
        "\tset type=uint\n"
        "\tset value=<unsigned integer>\n",
        scope_commands=(
            "cancel",
            "end",
            "exit",
            "help",
            "info",
            "set name=",
            "set type=",
            "set value=",
        ),
        values={"type": ("boolean", "int", "string", "uint")},
    ),
    ResourceType(
        "dataset",
        "dataset",
        ("name",),
        lookup=("name",),
        match=("name",),
        info_match=("name",),
        delete_key=("name",),
        in_global_zone=False,
        help="The 'dataset' resource scope is used to export ZFS datasets.\n"
        "Valid commands:\n"
        "\tset name=<name>\n",
        scope_commands=("cancel", "end", "exit", "help", "info", "set name="),
    ),
    ResourceType(
        "dedicated-cpu",
        None,
        ("ncpus", "importance"),
        single=True,
        help="The 'dedicated-cpu' resource scope configures the 'pools' facility to "
        "dedicate\na subset of the system's processors to this zone while it is running.\n"
        "Valid commands:\n"
        "\tset ncpus=<unsigned integer | range>\n"
        "\tset importance=<unsigned integer>\n",
        scope_commands=(
            "cancel",
            "end",
            "exit",
            "help",
            "info",
            "set ncpus=",
            "set importance=",
            "clear importance",
        ),
        clearable=("importance",),
    ),
    ResourceType(
        "capped-cpu",
        None,
        ("ncpus",),
        single=True,
        help="The 'capped-cpu' resource scope is used to set an upper limit (a cap) on the\n"
        "percentage of CPU that can be used by this zone.  A 'ncpus' value of 1\n"
        "corresponds to one cpu.  The value can be set higher than 1, up to the total\n"
        "number of CPUs on the system.  The value can also be less than 1,\n"
        "representing a fraction of a cpu.\n"
        "Valid commands:\n"
        "\tset ncpus=<unsigned decimal>\n",
        scope_commands=("cancel", "end", "exit", "help", "info", "set ncpus="),
    ),
    ResourceType(
        "capped-memory",
        None,
        ("physical", "swap", "locked"),
        single=True,
        help="The 'capped-memory' resource scope is used to set an upper limit (a cap) on "
        "the\namount of physical memory, swap space and locked memory that can be used by\n"
        "this zone.\n"
        "Valid commands:\n"
        "\tset physical=<qualified unsigned decimal>\n"
        "\tset swap=<qualified unsigned decimal>\n"
        "\tset locked=<qualified unsigned decimal>\n",
        scope_commands=(
            "cancel",
            "end",
            "exit",
            "help",
            "info",
            "set physical=",
            "set swap=",
            "set locked=",
            "clear physical",
            "clear swap",
            "clear locked",
        ),
        clearable=("physical", "swap", "locked"),
    ),
)
RESOURCE_TYPE = {r.name: r for r in RESOURCE_TYPES}
RESOURCE_WORDS = tuple(RESOURCE_TYPE)

# every property-name keyword of the lexer (TSTATE and CSTATE), zonecfg_lex.l
PROPERTY_WORDS = (
    "zonename",
    "zonepath",
    "brand",
    "autoboot",
    "ip-type",
    "pool",
    "limitpriv",
    "bootargs",
    "type",
    "value",
    "options",
    "address",
    "physical",
    "defrouter",
    "dir",
    "special",
    "raw",
    "name",
    "match",
    "priv",
    "limit",
    "action",
    "ncpus",
    "locked",
    "swap",
    "importance",
    "cpu-shares",
    "max-lwps",
    "max-shm-memory",
    "max-shm-ids",
    "max-msg-ids",
    "max-sem-ids",
    "scheduling-class",
    "hostid",
)
# the parts of a complex rctl value, `(priv=...,limit=...,action=...)`
RCTL_VALUE_PARTS = ("priv", "limit", "action")
RCTL_PRIVS = ("privileged",)
RCTL_ACTIONS = ("none", "deny")

# which resource types `info` prints, in this order (info_func)
INFO_RESOURCE_ORDER = (
    "inherit-pkg-dir",
    "fs",
    "net",
    "device",
    "dedicated-cpu",
    "capped-cpu",
    "capped-memory",
    "attr",
    "dataset",
    "rctl",
)
# which global properties `info` prints for a zone (and for the global zone)
INFO_GLOBAL_ORDER = (
    "zonename",
    "zonepath",
    "brand",
    "autoboot",
    "bootargs",
    "pool",
    "limitpriv",
    "scheduling-class",
    "ip-type",
    "hostid",
)
