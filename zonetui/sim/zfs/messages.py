"""The strings of zfs, zpool and of zoneadm on ZFS (reference/runtime.md §5; [V] the
onnv_86 sources zfs_main.c, zpool_main.c, libzfs_dataset.c, libzfs_util.c, zoneadm/zfs.c;
[M] where marked)."""

# -- zoneadm on ZFS (§5.2, zoneadm/zfs.c) ------------------------------------------------
CREATED = "A ZFS file system has been created for this zone."
CLONING = "Cloning snapshot {snapshot}"
CLONED = "Instead of copying, a ZFS clone has been created for this zone."
ALREADY_MOUNTED = "A file system is already mounted on {path},\npreventing use of a ZFS clone."
DESTROYED = "The ZFS file system for this zone has been destroyed."
CANNOT_CREATE_FOR_ZONE = "cannot create ZFS dataset {name}: {reason}"
CANNOT_MOUNT_FOR_ZONE = "cannot mount ZFS dataset {name}: {reason}"
NOT_EMPTY = "directory is not empty"
# zoneadm/zfs.c verify_datasets()
VERIFY_DATASET = "could not verify zfs dataset {name}: {reason}"
VERIFY_INHERITED = "could not verify zfs dataset {name}: mountpoint cannot be inherited"
VERIFY_VOLUME = (
    "cannot verify zfs dataset {name}: volumes cannot be specified as a zone dataset resource"
)

# zoneadm/zfs.c verify_fs_zfs()
VERIFY_FS_ACCESS = "could not verify fs {dir}: could not access zfs dataset '{special}'"
VERIFY_FS_NOT_FS = "cannot verify fs {dir}: '{special}' is not a file system"
VERIFY_FS_LEGACY = "could not verify fs {dir}: zfs '{special}' mountpoint is not \"legacy\""

# -- libzfs reasons (libzfs_util.c, libzfs_dataset.c) -----------------------------------
NO_SUCH_DATASET = "dataset does not exist"
EXISTS = "dataset already exists"
NO_PARENT = "parent does not exist"
NO_SUCH_POOL = "no such pool '{pool}'"
PARENT_NOT_FS = "parent is not a filesystem"
INVALID_NAME = "invalid dataset name"
# zfs_validate_name()
NAME_TOO_LONG = "name is too long"
NAME_LEADING_SLASH = "leading slash in name"
NAME_EMPTY_COMPONENT = "empty component in name"
NAME_TRAILING_SLASH = "trailing slash in name"
NAME_INVALID_CHAR = "invalid character '{char}' in name"
NAME_MULTIPLE_AT = "multiple '@' delimiters in name"
NAME_AT_IN_FS = "snapshot delimiter '@' in filesystem name"
NAME_MISSING_AT = "missing '@' delimiter in snapshot name"
NAME_PERCENT = "invalid character % in name"
CANNOT_SNAPSHOT_NAME = "cannot snapshot '{name}': {reason}"
MISSING_NAME = "missing dataset name"
HAS_CHILDREN = "cannot destroy '{name}': {kind} has children"
NONE_DESTROYED = "no snapshots destroyed"
SNAPSHOT_CLONED = "snapshot is cloned"
USE_R = "use '-r' to destroy the following datasets:"
HAS_CLONES = "cannot destroy '{name}': {kind} has dependent clones"
USE_CAP_R = "use '-R' to destroy the following datasets:"
POOL_ROOT = "cannot destroy '{name}': operation does not apply to pools"
USE_ZFS_DESTROY_R = "use 'zfs destroy -r {name}' to destroy all datasets in the pool"
USE_ZPOOL_DESTROY = "use 'zpool destroy {name}' to destroy the pool itself"
IN_ZONE = "dataset is used in a non-global zone"
SAME_POOL = "datasets must be within same pool"
DESCENDENT = "New dataset name cannot be a descendent of current dataset name"
P_AND_R = "-p and -r options are mutually exclusive"
RECURSIVE_SOURCE = "source dataset for recursive rename must be a snapshot"
RECURSIVE_SNAPSHOT = "recursive rename must be a snapshot"
SAME_DATASET = "snapshots must be part of same dataset"
NOT_SNAPSHOT = "operation not applicable to datasets of this type"
PERMISSION = "permission denied"
INVALID_PROPERTY = "invalid property '{prop}'"
READONLY = "'{prop}' is readonly"
BAD_NUMBER = "bad numeric value '{value}'"
ONE_OF = "'{prop}' must be one of '{values}'"
MOUNTPOINT_PATH = "'{prop}' must be an absolute path, 'none', or 'legacy'"
POWER_OF_2 = "'{prop}' must be power of 2 from 512 to 128k"
QUOTA_NONE = "use 'none' to disable quota/refquota"
NOT_FOR_SNAPSHOT = "this property can not be modified for snapshots"
NOT_APPLY = "'{prop}' does not apply to datasets of this type"

CANNOT_OPEN = "cannot open '{name}': {reason}"
CANNOT_CREATE = "cannot create '{name}': {reason}"
CANNOT_SNAPSHOT = "cannot create snapshot '{name}': {reason}"
CANNOT_DESTROY = "cannot destroy '{name}': {reason}"
CANNOT_RENAME = "cannot rename '{name}': {reason}"
CANNOT_RENAME_TO = "cannot rename to '{name}': {reason}"
CANNOT_SET = "cannot set property for '{name}': {reason}"
CANNOT_MOUNT_PATH = "cannot mount '{path}': directory is not empty"
NOT_MOUNTED = "filesystem successfully created, but not mounted"

# -- zfs_main.c --------------------------------------------------------------------------
NO_DATASETS = "no datasets available"
INVALID_OPTION = "invalid option '{opt}'"
MISSING_ARG = "missing argument for '{opt}' option"
TOO_MANY = "too many arguments"
MISSING_DATASET = "missing dataset argument"
MISSING_FS = "missing filesystem argument"
MISSING_SNAPSHOT = "missing snapshot argument"
MISSING_SOURCE = "missing source dataset argument"
MISSING_TARGET = "missing target dataset argument"
MISSING_PROPERTY = "missing property argument"
MISSING_PROP_VALUE = "missing property=value argument"
MISSING_DATASET_NAME = "missing dataset name"
MISSING_EQUALS = "missing '=' for -o option"
MISSING_VALUE = "missing value in property=value argument"
MISSING_PROP_NAME = "missing property in property=value argument"
BAD_PROPERTY_ARG = "invalid property '{prop}'"
BAD_TYPE = "invalid type '{type}'"
BAD_COLUMN = "invalid column name '{name}'"
BAD_SOURCE = "invalid source '{name}'"
UNRECOGNIZED = "unrecognized command '{cmd}'"
MISSING_COMMAND = "missing command"
MOUNT_LINE = "{name:<30}  {mountpoint}"

USAGE_HEAD = "usage:"
USAGE_ALL_HEAD = "usage: zfs command args ...\nwhere 'command' is one of the following:\n\n"
USAGE_ALL_TAIL = "\nEach dataset is of the form: pool/[dataset/]*dataset[@name]\n"
USAGE_PROPS_HINT = (
    "\nFor the property list, run: zfs set|get\n"
    "\nFor the delegated permission list, run: zfs allow|unallow\n"
)
USAGE_PROPS = "\nThe following properties are supported:\n"
USAGE = {
    "create": "\tcreate [-p] [-o property=value] ... <filesystem>\n"
    "\tcreate [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>\n",
    "destroy": "\tdestroy [-rRf] <filesystem|volume|snapshot>\n",
    "snapshot": "\tsnapshot [-r] <filesystem@snapname|volume@snapname>\n",
    "rollback": "\trollback [-rRf] <snapshot>\n",
    "clone": "\tclone [-p] <snapshot> <filesystem|volume>\n",
    "promote": "\tpromote <clone-filesystem>\n",
    "rename": "\trename <filesystem|volume|snapshot> <filesystem|volume|snapshot>\n"
    "\trename -p <filesystem|volume> <filesystem|volume>\n"
    "\trename -r <snapshot> <snapshot>",
    "list": "\tlist [-rH] [-o property[,...]] [-t type[,...]] [-s property] ...\n"
    "\t    [-S property] ... [filesystem|volume|snapshot] ...\n",
    "set": "\tset <property=value> <filesystem|volume> ...\n",
    "get": "\tget [-rHp] [-o field[,...]] [-s source[,...]]\n"
    '\t    <"all" | property[,...]> [filesystem|volume|snapshot] ...\n',
    "inherit": "\tinherit [-r] <property> <filesystem|volume> ...\n",
    "upgrade": "\tupgrade [-v]\n\tupgrade [-r] [-V version] <-a | filesystem ...>\n",
    "mount": "\tmount\n\tmount [-vO] [-o opts] <-a | filesystem>\n",
    "unmount": "\tunmount [-f] <-a | filesystem|mountpoint>\n",
    "share": "\tshare <-a | filesystem>\n",
    "unshare": "\tunshare [-f] <-a | filesystem|mountpoint>\n",
    "send": "\tsend [-R] [-[iI] snapshot] <snapshot>\n",
    "receive": "\treceive [-vnF] <filesystem|volume|snapshot>\n\treceive [-vnF] -d <filesystem>\n",
    "allow": '\tallow [-ldug] <"everyone"|user|group>[,...] <perm|@setname>[,...]\n'
    "\t    <filesystem|volume>\n"
    "\tallow [-ld] -e <perm|@setname>[,...] <filesystem|volume>\n"
    "\tallow -c <perm|@setname>[,...] <filesystem|volume>\n"
    "\tallow -s @setname <perm|@setname>[,...] <filesystem|volume>\n",
    "unallow": '\tunallow [-rldug] <"everyone"|user|group>[,...]\n'
    "\t    [<perm|@setname>[,...]] <filesystem|volume>\n"
    "\tunallow [-rld] -e [<perm|@setname>[,...]] <filesystem|volume>\n"
    "\tunallow [-r] -c [<perm|@setname>[,...]] <filesystem|volume>\n"
    "\tunallow [-r] -s @setname [<perm|@setname>[,...]] <filesystem|volume>\n",
}
# zfs_main.c command_table: its order, None where it prints a blank line
USAGE_ORDER = (
    "create", "destroy", None, "snapshot", "rollback", "clone", "promote", "rename", None,
    "list", None, "set", "get", "inherit", "upgrade", None, "mount", "unmount", "share",
    "unshare", None, "send", "receive", None, "allow", None, "unallow",
)  # fmt: skip
ALIASES = {"umount": "unmount", "recv": "receive"}
NOT_SIMULATED = "zfs: {sub}: Operation not supported in the simulation"

# -- zpool_main.c ------------------------------------------------------------------------
NO_POOLS = "no pools available"
POOL_NOT_FOUND = "cannot open '{name}': no such pool"
STATUS_POOL = "  pool: {name}"
STATUS_STATE = " state: {health}"
STATUS_SCRUB = " scrub: none requested"
STATUS_CONFIG = "config:"
STATUS_ROW = "\t{name:<{width}}  {state:<8} {read:>5} {write:>5} {cksum:>5}"
STATUS_ERRORS = "errors: No known data errors"
ALL_HEALTHY = "all pools are healthy"
ZPOOL_USAGE = {
    "create": "\tcreate [-fn] [-o property=value] ... \n\t    [-m mountpoint]\n"
    "\t    [-R root] <pool> <vdev> ...\n",
    "destroy": "\tdestroy [-f] <pool>\n",
    "add": "\tadd [-fn] <pool> <vdev> ...\n",
    "remove": "\tremove <pool> <device> ...\n",
    "list": "\tlist [-H] [-o property[,...]] [pool] ...\n",
    "iostat": "\tiostat [-v] [pool] ... [interval [count]]\n",
    "status": "\tstatus [-vx] [pool] ...\n",
    "online": "\tonline <pool> <device> ...\n",
    "offline": "\toffline [-t] <pool> <device> ...\n",
    "clear": "\tclear <pool> [device]\n",
    "attach": "\tattach [-f] <pool> <device> <new-device>\n",
    "detach": "\tdetach <pool> <device>\n",
    "replace": "\treplace [-f] <pool> <device> [new-device]\n",
    "scrub": "\tscrub [-s] <pool> ...\n",
    "import": "\timport [-d dir] [-D]\n"
    "\timport [-o mntopts] [-o property=value] ... \n"
    "\t    [-d dir | -c cachefile] [-D] [-f] [-R root] -a\n"
    "\timport [-o mntopts] [-o property=value] ... \n"
    "\t    [-d dir | -c cachefile] [-D] [-f] [-R root] <pool | id> [newpool]\n",
    "export": "\texport [-f] <pool> ...\n",
    "upgrade": "\tupgrade\n\tupgrade -v\n\tupgrade [-V version] <-a | pool ...>\n",
    "history": "\thistory [-il] [<pool>] ...\n",
    "get": '\tget <"all" | property[,...]> <pool> ...\n',
    "set": "\tset <property=value> <pool> \n",
}
ZPOOL_USAGE_ORDER = (
    "create", "destroy", None, "add", "remove", None, "list", "iostat", "status", None,
    "online", "offline", "clear", None, "attach", "detach", "replace", None, "scrub", None,
    "import", "export", "upgrade", None, "history", "get", "set",
)  # fmt: skip
ZPOOL_USAGE_ALL = "usage: zpool command args ...\nwhere 'command' is one of the following:\n\n"
ZPOOL_PROPS_HEAD = "\nthe following properties are supported:\n\n\tPROPERTY       EDIT  VALUES\n\n"
ZPOOL_EDIT_NO = "  NO   "
ZPOOL_EDIT_YES = " YES    "
ZPOOL_NOT_SIMULATED = "zpool: {sub}: Operation not supported in the simulation"

USAGE_PROPS_HEADER = "\n\tPROPERTY       EDIT  INHERIT   VALUES\n\n"
# usage_prop_cb(): the EDIT and INHERIT cells
USAGE_EDIT_CASE = "NO    "
USAGE_EDIT_NO = "  NO    "
USAGE_EDIT_YES = " YES    "
USAGE_INHERIT_YES = "  YES   "
USAGE_INHERIT_NO = "   NO   "
USAGE_PROPS_TAIL = (
    "\nSizes are specified in bytes with standard units such as K, M, G, etc.\n"
    "\n\nUser-defined properties can be specified by using a name containing a colon (:).\n"
)
CANNOT_UNMOUNT = "cannot unmount '{path}': Device busy"
LEGACY_MOUNT = "cannot mount '{name}': legacy mountpoint"
LEGACY_USE = "use mount(1M) to mount this filesystem"
NO_MOUNTPOINT_SET = "cannot mount '{name}': no mountpoint set"
CANMOUNT_OFF = "cannot mount '{name}': 'canmount' property is set to 'off'"
EXPORTED = "cannot mount '{name}': dataset is exported to a local zone"
MOUNT_PERMISSION = "cannot mount '{name}': permission denied"
ALREADY_MOUNTED_FS = "cannot mount '{name}': filesystem already mounted"
NOT_A_SNAPSHOT = "cannot open '{name}': operation not applicable to datasets of this type"
READONLY_INHERIT = "{prop} property is read-only"
CANNOT_INHERIT = "'{prop}' property cannot be inherited"
USE_ZFS_SET = "use 'zfs set {prop}=none' to clear"
PATH_ERROR = "{path}: No such file or directory"
NOT_ZFS = "'{path}': not a ZFS filesystem"
