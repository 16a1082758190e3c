"""Every user-visible string of zonecfg(1M) (reference/zones.md §1-§6, §9).

[V] strings are in the reference or in the ON source it cites (onnv_86: zonecfg.c,
zonecfg_lex.l, libzonecfg.c); [M] marks best-effort wording where both are silent.
printf-style formats mirror the C source so that they can be checked against it.
"""

# -- invocation (§1.1, zonecfg.c main/usage) [V] -------------------------------------------
USAGE = (
    "usage:\t%(prog)s help\n"
    "\t%(prog)s -z <zone>\t\t\t(interactive)\n"
    "\t%(prog)s -z <zone> <command>\n"
    "\t%(prog)s -z <zone> -f <command-file>\n"
)
NOT_GLOBAL = "%s can only be run from the global zone."
ROOT_ABSOLUTE = "root path must be absolute: %s"
ROOT_DIRECTORY = "root path must be a directory: %s"
NO_ACCESS = "%s: Could not access zone configuration store: %s\n"
READ_ONLY_WARNING = (
    "WARNING: you do not have write access to this zone's configuration file;\n"
    "going into read-only mode.\n"
)
READ_ONLY = "%s: cannot %s in read-only mode."
SUNW_READ_ONLY = "%s: zones beginning with SUNW are read-only."
ZONE_SYNTAX = (
    "<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*\n"
    "\t(except the reserved words 'global' and anything starting with 'SUNW')\n"
    "\tName must be less than 64 characters.\n"
)

# -- command files, prompts, line numbers (§1.1, §1.2) [V] ---------------------------------
PROMPT = "%s:%s> "
PROMPT_RESOURCE = "%s:%s:%s> "
ON_LINE = "On line %d:"
ON_LINE_OF = "On line %d of %s:"
SYNTAX_ERROR_LINE = "syntax error on line %d\n"
SYNTAX_ERROR_LINE_OF = "syntax error on line %d of %s\n"
OPEN_FILE = "could not open file %s: %s"
STAT_FILE = "could not stat file %s: %s"
NOT_REGULAR = "%s is not a regular file."

# -- the lexer/grammar (zonecfg_lex.l yyerror) [V] -----------------------------------------
SYNTAX_ERROR_AT = "%s at '%s'\n"
SYNTAX_ERROR_ON_LINE_AT = "%s on line %d at '%s'\n"
SYNTAX_ERROR = "syntax error"
TOKEN_EXPECTED = "%s, token expected\n"

# -- usage and help (zonecfg.c usage, long_help, helptab) [V] ------------------------------
USAGE_HEAD = "%s:\n%s\n"  # "usage:" and a short usage
LONG_HELP_LINE = "\t%s\n"
USAGE_WORD = "usage"
COMMANDS_HEAD = "Commands:\n\n"
SCOPE = "The %s command only makes sense in the %s scope."
SCOPE_RESOURCE = "resource"
SCOPE_GLOBAL = "global"
UNKNOWN_HELP = "Unknown help subject %s.  "
HELP_META = (
    "More help is available for the following:\n"
    "\n\tcommands ('help commands')\n"
    "\tsyntax ('help syntax')\n"
    "\tusage ('help usage')\n\n"
    "You may also obtain help on any command by typing 'help <command-name>.'\n"
)
HELP_NETADDR = (
    "\n<net-addr> :="
    "\t<IPv4-address>[/<IPv4-prefix-length>] |\n"
    "\t\t<IPv6-address>/<IPv6-prefix-length> |\n"
    "\t\t<hostname>[/<IPv4-prefix-length>]\n"
    "See inet(3SOCKET) for IPv4 and IPv6 address syntax.\n"
    "<IPv4-prefix-length> := [0-32]\n"
    "<IPv6-prefix-length> := [0-128]\n"
    "<hostname> := [A-Za-z0-9][A-Za-z0-9-.]*\n"
)
HELP_RESOURCES = (
    "<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |\n"
    "\tdataset | dedicated-cpu | capped-cpu | capped-memory\n\n"
)
HELP_PROPS_HEAD = "For resource type ... there are property types ...:\n"
HELP_PROPS_GLOBAL = "\t(global)\t%s\n"
# resource lines; zonecfg.c passes `options` to a format with one %s too few, so it is
# never printed for fs
HELP_PROPS_RESOURCES = (
    "\tfs\t\tdir, special, raw, type\n"
    "\tinherit-pkg-dir\tdir\n"
    "\tnet\t\taddress, physical, defrouter\n"
    "\tdevice\t\tmatch\n"
    "\trctl\t\tname, value\n"
    "\tattr\t\tname, type, value\n"
    "\tdataset\t\tname\n"
    "\tdedicated-cpu\tncpus, importance\n"
    "\tcapped-cpu\tncpus\n"
    "\tcapped-memory\tphysical, swap, locked\n"
)
VALID_COMMANDS = "Valid commands:\n"
RESOURCE_SCOPE_TAIL = (
    "And from any resource scope, you can:\n"
    "\tend\t(to conclude this operation)\n"
    "\tcancel\t(to cancel this operation)\n"
    "\texit\t(to exit the zonecfg utility)\n"
)

# -- questions (ask_yesno: "%s (%s)? ") [V] ------------------------------------------------
QUESTION = "%s (%s)? "
DEFAULT_NO = "y/[n]"
DEFAULT_YES = "[y]/n"
Q_REALLY_QUIT = "Configuration not saved; really quit"
Q_RESOURCE_QUIT = "Resource incomplete; really quit"
Q_CREATE_ANYWAY = "Zone %s already exists; %s anyway"
Q_DELETE = "Are you sure you want to delete zone %s"
Q_REVERT = "Are you sure you want to revert"
Q_REMOVE_ALL = "Are you sure you want to remove ALL '%s' resources"

# -- session (§1.2, §1.4) [V] --------------------------------------------------------------
USE_CREATE = "Use '%s' to begin configuring a new zone.\n"
NOT_SAVED = "Configuration not saved."
RESOURCE_INCOMPLETE = "Resource incomplete."
EXIT_IGNORED = (
    "Resource incomplete, input not from terminal and -F not specified:\n"
    "%s command ignored, but exiting anyway."
)
NOT_TERMINAL_IGNORED = "Input not from terminal and -F not specified:\n%s command ignored, exiting."
INCONSISTENT_BRAND = "Zone %s is inconsistent: missing brand attribute"
NONEXISTENT_BRAND = 'Zone %s uses non-existent brand "%s".  Unable to continue'
STATE_FAILED = "Unexpectedly failed to determine state of zone %s: %s"

# -- create (§1.5) [V] ---------------------------------------------------------------------
ALREADY_INSTALLED = "Zone %s already installed; %s not allowed."
ALREADY_INSTALLED_RT = "Zone %s already installed; %s %s not allowed."
OVERWRITING = "Zone %s already exists; overwriting.\n"
CREATE_IGNORED = (
    "Zone exists, input not from terminal and -F not specified:\n%s command ignored, exiting."
)
BAD_DETACHED_PATH = "invalid path to detached zone\n"
EARLIER_RELEASE = "Cannot attach to an earlier release of the operating system\n"

# -- export (§4.5) [V] ---------------------------------------------------------------------
OPENING_FILE = "opening file %s: %s"

# -- add (§3) [V] --------------------------------------------------------------------------
GZ_CANNOT_ADD = "Cannot add a %s resource to the global zone."
GZ_RCTL_WARNING = (
    "WARNING: Setting a global zone resource control too low could deny\n"
    "service to even the root user; this could render the system impossible\n"
    "to administer.  Please use caution."
)
GZ_MCAP_WARNING = (
    "WARNING: Setting a global zone memory cap too low could deny\n"
    "service to even the root user; this could render the system impossible\n"
    "to administer.  Please use caution."
)
RESOURCE_EXISTS = "The %s resource already exists."
POOL_SET_DCPU = (
    "The %s property is already set.  A persistent pool is incompatible with\nthe %s resource."
)
MCAP_EXISTS = "The %s resource or a related resource control already exists."
ALREADY_SPECIFIED = "%s already specified"
NOT_SPECIFIED = "%s not specified"
INVALID_RCTL_VALUE = "Invalid %s %s specification"
SIMPLE_OR_LIST = "A %s or %s value was expected here."
ONE_KIND = "A %s value was expected here."
VALUE_KINDS = ("simple", "complex", "list")

# -- remove (§1.5) [V] ---------------------------------------------------------------------
GZ_INVALID_RESOURCE = "%s is not a valid resource for the global zone."
GZ_INVALID_PROPERTY = "%s is not a valid property for the global zone."
MULTIPLE_INSTANCES = (
    "There are multiple instances of this resource.  Either qualify the resource to\n"
    "remove a single instance or use the -F option to remove all instances."
)

# -- select (§1.5) [V] ---------------------------------------------------------------------
NOT_CONFIGURED_STATE = "Zone %s not in %s state; %s %s not allowed."

# -- delete (§1.5) [V] ---------------------------------------------------------------------
DELETE_NOT_CONFIGURED = "Zone %s not in %s state; %s not allowed.  Use -F to force %s."

# -- set (§2, §3) [V] ----------------------------------------------------------------------
RESOURCE_PROPERTY_GLOBAL = "Cannot set a resource-specific property from the global scope."
ONLY_ZONEPATH_FORCED = "Only zonepath setting can be forced."
ZONEPATH_ALT_ROOT = "Zonepath is changeable only in an alternate root."
NOT_ABSOLUTE = "%s is not an absolute path."
SLASH_ZONEPATH = "/ is not allowed as a %s."
VALUE_MUST_BE = "%s value must be '%s' or '%s'."
POOL_SUNW = "pool names starting with SUNW are reserved."
DCPU_EXISTS_POOL = (
    "The %s resource already exists.  A persistent pool is incompatible\nwith the %s resource."
)
IPTYPE_BRAND = "%s cannot be '%s' when %s is '%s'."
UNKNOWN_BRAND = "%s: %s\n"  # zonecfg.c adds "\n" to a zerr() that adds another
UNKNOWN_BRAND_TEXT = "unknown brand."
NO_BRAND_TEXT = "could not get zone brand"
OUT_OF_RANGE = "%s property is out of range."
NON_NEGATIVE_SIZE = (
    "A non-negative number with a required scale suffix (K, M, G or T) was expected\nhere."
)
POSITIVE_SIZE = "A positive number with a required scale suffix (K, M, G or T) was expected here."
TOO_SMALL = "%s value is too small.  It must be at least %s."
BAD_FS_TYPE = '"%s" is not a valid %s.'
NOT_RCTL_NAME = "'%s' is not a valid zone %s name."
IPV6_PREFIX_REQUIRED = "%s: IPv6 addresses require /prefix-length suffix."
IPV6_PREFIX_RANGE = "%s: IPv6 address prefix lengths must be 0 - 128."
IPV4_PREFIX_RANGE = "%s: IPv4 address prefix lengths must be 0 - 32."
BOGUS_ADDRESS = "%s: bogus host name or network address syntax"
LOGICAL_INTERFACE = "%s: physical interface name required; logical interface name not allowed"
HOSTID_TOO_LARGE = "hostid string is too large: %s"  # [S11] wording, reference §2.1

# -- info (§4) [V] -------------------------------------------------------------------------
NO_SUCH_RESOURCE = "No such %s resource.\n"
PROP_NOT_SPECIFIED_LINE = "\t%s not specified\n"
GLOBAL_NOT_SPECIFIED = "%s not specified\n"

# -- end (§3) [V] --------------------------------------------------------------------------
RELATIVE_PATH = "%s %s is not an absolute path."
NO_VALUE = "no %s specified"
DUPLICATE = "%s %s resource with the %s '%s' already exists."
DUPLICATE_NET = "A %s resource with the %s '%s', and %s '%s' already exists."
NO_MCAP_PROPERTY = "No property was specified.  One of %s, %s or %s is required."
LOCKED_GT_PHYSICAL = "The %s cap must be less than or equal to the %s cap."
ATTR_NAME_START = "Invalid %s %s %s: must start with an alpha-numeric character."
ATTR_NAME_CHARS = "Invalid %s %s %s: can only contain alpha-numeric characters, plus '-' and '.'."
ATTR_BAD_VALUE = "invalid %s value for %s=%s"
ATTR_BAD_TYPE = "invalid %s %s '%s'"

# -- verify / commit (§5) [V] --------------------------------------------------------------
VERIFY_MISSING = "%s: %s not specified"
VERIFY_NO_VALUE = "%s: no %s specified"
VERIFY_EMPTY = "%s cannot be empty."
VERIFY_CANNOT_GET = "%s %s"
VERIFY_CANNOT_GET_TEXT = "cannot get"
VERIFY_EXCLUSIVE = "%s: %s cannot be specified for an exclusive IP type"
VERIFY_SHARES_DCPU = "%s zone.cpu-shares and %s are incompatible."
VERIFY_SHARES_SCHED = "WARNING: %s zone.cpu-shares and %s=%s are incompatible"
VERIFY_CAP_DCPU = "%s zone.cpu-cap and the %s are incompatible."
VERIFY_DATASET = "%s: %s %s"
VERIFY_DATASET_INVALID = "invalid"
VERIFY_INCOMPLETE = "resource specification incomplete"
FAILED_TO_VERIFY = "Zone %s failed to verify"

# -- revert (§1.5) [V] ---------------------------------------------------------------------
NO_CHANGES = "No changes to revert."
NO_SAVED_ZONE = "%s: no such saved zone to revert to."

# -- libzonecfg zonecfg_strerror (§1.6) [V] ------------------------------------------------
STRERROR = {
    "Z_OK": "OK",
    "Z_EMPTY_DOCUMENT": "Empty document",
    "Z_WRONG_DOC_TYPE": "Wrong document type",
    "Z_BAD_PROPERTY": "Bad document property",
    "Z_TEMP_FILE": "Problem creating temporary file",
    "Z_SAVING_FILE": "Problem saving file",
    "Z_NO_ENTRY": "No such entry",
    "Z_BOGUS_ZONE_NAME": "Bogus zone name",
    "Z_REQD_RESOURCE_MISSING": "Required resource missing",
    "Z_REQD_PROPERTY_MISSING": "Required property missing",
    "Z_BAD_HANDLE": "Bad handle",
    "Z_NOMEM": "Out of memory",
    "Z_INVAL": "Invalid argument",
    "Z_ACCES": "Permission denied",
    "Z_TOO_BIG": "Argument list too long",
    "Z_MISC_FS": "Miscellaneous file system error",
    "Z_NO_ZONE": "No such zone configured",
    "Z_NO_RESOURCE_TYPE": "No such resource type",
    "Z_NO_RESOURCE_ID": "No such resource with that id",
    "Z_NO_PROPERTY_TYPE": "No such property type",
    "Z_NO_PROPERTY_ID": "No such property with that id",
    "Z_BAD_ZONE_STATE": "Zone state is invalid for the requested operation",
    "Z_INVALID_DOCUMENT": "Invalid document",
    "Z_NAME_IN_USE": "Zone name already in use",
    "Z_NO_SUCH_ID": "No such zone ID",
    "Z_UPDATING_INDEX": "Problem updating index file",
    "Z_LOCKING_FILE": "Locking index file",
    "Z_UNLOCKING_FILE": "Unlocking index file",
    "Z_INSUFFICIENT_SPEC": "Insufficient specification",
    "Z_RESOLVED_PATH": "Resolved path mismatch",
    "Z_IPV6_ADDR_PREFIX_LEN": "IPv6 address missing required prefix length",
    "Z_BOGUS_ADDRESS": "Neither an IPv4 nor an IPv6 address nor a host name",
    "Z_PRIV_PROHIBITED": "Specified privilege is prohibited",
    "Z_PRIV_REQUIRED": "Required privilege is missing",
    "Z_PRIV_UNKNOWN": "Specified privilege is unknown",
    "Z_BRAND_ERROR": "Brand-specific error",
    "Z_INCOMPATIBLE": "Incompatible settings",
    "Z_ALIAS_DISALLOW": "An incompatible rctl already exists for this property",
    "Z_CLEAR_DISALLOW": "Clearing this property is not allowed",
    "Z_POOL": "libpool(3LIB) error",
    "Z_POOLS_NOT_ACTIVE": "Pools facility not active; zone will not be bound to pool",
    "Z_POOL_ENABLE": "Could not enable pools facility",
    "Z_NO_POOL": "Pool not found; using default pool",
    "Z_POOL_CREATE": "Could not create a temporary pool",
    "Z_POOL_BIND": "Could not bind zone to pool",
    "Z_INVALID_PROPERTY": "Specified property is invalid",  # [S11], for hostid
}
UNKNOWN_ERROR = "Unknown error"


def strerror(code: str) -> str:
    """zonecfg_strerror(): the text of a libzonecfg error code."""
    return STRERROR.get(code, UNKNOWN_ERROR)
