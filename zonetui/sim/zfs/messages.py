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
SNAPSHOT_PREFIX = "SUNWzone"
# zoneadm/zfs.c verify_datasets()
VERIFY_DATASET = "could not verify zfs dataset {name}: {reason}"
VERIFY_INHERITED = "could not verify zfs dataset {name}: mountpoint cannot be inherited"
VERIFY_VOLUME = (
    "cannot verify zfs dataset {name}: volumes cannot be specified as a zone dataset resource"
)

# -- libzfs reasons (libzfs_util.c, libzfs_dataset.c) -----------------------------------
NO_SUCH_DATASET = "dataset does not exist"
EXISTS = "dataset already exists"
NO_PARENT = "parent does not exist"
NO_SUCH_PARENT = "no such parent '{parent}'"
NO_SUCH_POOL = "no such pool '{pool}'"
PARENT_NOT_FS = "parent is not a filesystem"
INVALID_NAME = "invalid dataset name"
MISSING_NAME = "missing dataset name"
HAS_CHILDREN = "cannot destroy '{name}': {kind} has children"
USE_R = "use '-r' to destroy the following datasets:"
HAS_CLONES = "cannot destroy '{name}': {kind} has dependent clones"
USE_CAP_R = "use '-R' to destroy the following datasets:"
BUSY = "dataset is busy"
POOL_ROOT = "cannot destroy '{name}': operation does not apply to pools"
USE_ZFS_DESTROY_R = "use 'zfs destroy -r {name}' to destroy all datasets in the pool"
USE_ZPOOL_DESTROY = "use 'zpool destroy {name}' to destroy the pool itself"
IN_ZONE = "dataset is used in a non-global zone"
SAME_POOL = "datasets must be within same pool"
DESCENDENT = "New dataset name cannot be a descendent of current dataset name"
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
SIZE_LESS = "size is less than current used or reserved space"

CANNOT_OPEN = "cannot open '{name}': {reason}"
CANNOT_CREATE = "cannot create '{name}': {reason}"
CANNOT_SNAPSHOT = "cannot create snapshot '{name}': {reason}"
CANNOT_DESTROY = "cannot destroy '{name}': {reason}"
CANNOT_RENAME = "cannot rename '{name}': {reason}"
CANNOT_RENAME_TO = "cannot rename to '{name}': {reason}"
CANNOT_SET = "cannot set property for '{name}': {reason}"
CANNOT_MOUNT = "cannot mount '{name}': {reason}"
ALREADY = "filesystem already mounted"
LEGACY = "legacy mountpoint"
NO_MOUNTPOINT = "no mountpoint set"

# -- zfs_main.c --------------------------------------------------------------------------
NO_DATASETS = "no datasets available"
INVALID_OPTION = "invalid option '{opt}'"
MISSING_ARG = "missing argument for '{opt}' option"
TOO_MANY = "too many arguments"
MISSING_DATASET = "missing dataset argument"
MISSING_FS = "missing filesystem argument"
MISSING_PATH = "missing path argument"
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
NO_SUCH_PROPERTY = "No such property '{prop}'"
UNRECOGNIZED = "unrecognized command '{cmd}'"
MISSING_COMMAND = "missing command"
MOUNT_LINE = "{name:<30}  {mountpoint}"

USAGE_HEAD = "usage:"
USAGE_ALL_HEAD = "usage: zfs command args ...\nwhere 'command' is one of the following:\n"
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
    "mount": "\tmount\n\tmount [-vO] [-o opts] <-a | filesystem>\n",
    "unmount": "\tunmount [-f] <-a | filesystem|mountpoint>\n",
}
# the command table's order and its blank lines (zfs_main.c command_table)
USAGE_ORDER = (
    "create", "destroy", None, "snapshot", "rollback", "clone", "promote", "rename",
    None, "list", None, "set", "get", "inherit", None, "mount", "unmount",
)  # fmt: skip

# -- zpool_main.c ------------------------------------------------------------------------
NO_POOLS = "no pools available"
POOL_NOT_FOUND = "cannot open '{name}': no such pool"
ZPOOL_UNRECOGNIZED = "unrecognized command '{cmd}'"
STATUS_POOL = "  pool: {name}"
STATUS_STATE = " state: {health}"
STATUS_SCRUB = " scrub: none requested"
STATUS_CONFIG = "config:"
STATUS_HEADER = "\t{name:<{width}}  {state:<8} {read:>5} {write:>5} {cksum:>5}"
STATUS_ERRORS = "errors: No known data errors"
ALL_HEALTHY = "all pools are healthy"
ZPOOL_USAGE = {
    "list": "\tlist [-H] [-o property[,...]] [pool] ...\n",
    "status": "\tstatus [-vx] [pool] ...\n",
}
ZPOOL_USAGE_ALL = "usage: zpool command args ...\nwhere 'command' is one of the following:\n"
