"""Every string the pools tools print (reference/runtime.md §1; ON86
usr/src/cmd/pools/{pooladm,poolcfg,poolstat,poolbind}, common/utils.h)."""

from __future__ import annotations

# -- libpool's pool_strerror() (§1.2) ------------------------------------------------------
OK = "Operation successful"
NOT_FOUND = OK  # a query that finds nothing sets no error: pool_error() is still POE_OK
INVALID_CONF = "Invalid configuration"
BAD_PARAM = "Bad parameter supplied"
NOT_ACTIVE = "Facility is not active"  # strerror(ENOTACTIVE) from /dev/poolctl [INF]
ENOENT = "No such file or directory"
EPERM = "Not owner"  # strerror(EPERM): a zone lacks sys_res_config [INF]

# -- pooladm (§1.2) --------------------------------------------------------------------
POOLADM_USAGE = (
    "Usage:\tpooladm [-n] [-s] [-c] [filename]\nUsage:\tpooladm [-n] -x\nUsage:\tpooladm -d | -e\n"
)
OPEN_DYNAMIC = "{prog}: couldn't open pools state file: {reason}"
OPEN_STATIC = "{prog}: couldn't open configuration at '{path}': {reason}"
VALIDATE_RUNTIME = "{prog}: configuration at '{path}' cannot be instantiated on current system"
COMMIT_DYNAMIC = "{prog}: couldn't commit configuration changes at '{path}': {reason}"
REMOVE_DYNAMIC = "{prog}: couldn't remove dynamic configuration: {reason}"
EXPORT_DYNAMIC = "{prog}: couldn't export pools state file to '{path}': {reason}"
CANNOT_ENABLE = "{prog}: cannot enable pools: {reason}"
CANNOT_DISABLE = "{prog}: cannot disable pools: {reason}"
PERMISSIONS = "{prog}: insufficient privileges"

# -- poolcfg (§1.3; poolcfg.y USAGE1/USAGE2, utils.h ERR_*) ------------------------------
POOLCFG_USAGE1 = (
    "Usage:\n{prog} -h\n{prog} -c command [ -d | [ file ] ]\n"
    "{prog} -f command-file [-d | [ file ] ]\n\n"
)
POOLCFG_USAGE2 = (
    "command:\n"
    "  info [entity name]\n"
    "         display configuration (or specified portion) in readable form\n"
    "  create entity name [property-list]\n"
    "         make an entity of the specified type and name\n"
    "  destroy entity name\n"
    "         remove the specified entity\n"
    "  modify entity name [property-list]\n"
    "         change the listed properties on the named entity\n"
    "  associate pool name [resource-list]\n"
    "         connect one or more resources to a pool, or replace one or more\n"
    "         existing connections\n"
    "  transfer to resource name [component-list]\n"
    "         transfer one or more discreet components to a resource\n"
    "  transfer [quantity] from resource src to tgt\n"
    "         transfer a resource quantity from src to tgt\n"
    "  transfer [quantity] to resource tgt from src\n"
    "         transfer a resource quantity to tgt from src\n"
    "  discover\n"
    "         create a system entity, with one pool entity and resources to\n"
    "         match current system configuration\n"
    "  rename entity old_name to new_name\n"
    "         change the name of the entity on the system to its new name\n\n"
    "property-list:\n"
    "  ( proptype name = value [ ; proptype name = value ]* )\n"
    "         where multiple definitions in the sentence for a given\n"
    "         proptype, name pair are ignored; the last one provided is used.\n"
    '         For property deletion, use "~ proptype name"\n\n'
    "resource-list:\n"
    "  ( resource name [; resource name ] )\n"
    "         where multiple uses of a resource are ignored; the last provided\n"
    "         is the one used.\n"
    "         There is no deletion syntax for resource lists.\n"
    "component-list:\n"
    "  ( cpu id [; cpu id ] )\n"
    "         where multiple uses of the same component cause the last provided\n"
    "         to be the one used.\n"
    "         There is no deletion syntax for component lists.\n"
    "entity:\n"
    "  system | pool | pset | cpu\n"
    "         where cpu is only valid for transfer, info and modify commands.\n"
    "resource:\n"
    "  pset\n\n"
)
CONF_LOAD = "{prog}: cannot load configuration from {path}: {reason}"
LOCATE = "{prog}: cannot locate the {kind}, {name}: {reason}"
CREATE = "{prog}: cannot create the {kind}, {name}: {reason}"
DESTROY = "{prog}: cannot destroy the {kind}, {name}: {reason}"
PUT_PROPERTY = "{prog}: put property {name} failed: {reason}"
REMOVE_PROPERTY = "{prog}: remove property {name} failed: {reason}"
ASSOC_RESOURCE = "{prog}: cannot associate resource {name} to pool: {reason}"
VALIDATION_FAILED = "{prog}: configuration failed strict validation: {reason}"
CONFIG_SAVE_FAILED = "{prog}: cannot save the configuration: {reason}"
XFER_COMPONENT = "{prog}: cannot transfer {kind} {name} to {target}: {reason}"
XFER_QUANTITY = "{prog}: cannot transfer {qty} from {src} to {tgt}: {reason}"
CMDPARSE_FAILED = "{prog}: command parsing failed, terminating..."
SYNTAX = "{prog}: {what} at '{token}'"  # yyerror() "%s at '%s'"
SYNTAX_FILE = "{prog}: line {line}, {what} at '{token}'"
SYNTAX_END = "{prog}: {what}, token expected"
SYNTAX_END_FILE = "{prog}: line {line}, {what}, token expected"
SYNTAX_ERROR = "syntax error"  # yacc's message
ILLEGAL_CHARACTER = "Illegal character"
INVALID_VALUE = "Invalid value"
CPU_ID = "CPU id should only contain digits"  # [M: the rest of poolcfg.y's sentence]
CMD_FILE_INIT = "{prog}: cannot initialise command sequence: {reason}"
KIND_POOL = "pool"
KIND_PSET = "pset"
KIND_RESOURCE = "resource"
KIND_CPU = "cpu"
KIND_COMPONENT = "component"
KIND_CONFIGURATION = "configuration"

# -- poolstat (§1.4; poolstat.c, poolstat.h) ---------------------------------------------
POOLSTAT_USAGE = (
    "Usage:\n"
    "poolstat [-p pool-list] [-r rset-list] [interval [count]]\n"
    "poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]\n"
    "  'pool-list' is a space-separated list of pool IDs or names\n"
    "  'rset-list' is 'all' or 'pset'\n"
    "  'format' for all resource types is one or more of:\n"
    "\tid pool type rid rset min max size used load\n"
)
POOLSTAT_ILLEGAL = "{prog}: illegal option -- {opt}"
POOLSTAT_NEEDS = "Option -{opt} requires an argument"  # without the prefix
STATS_POOL = "{prog}: cannot get statistics for pool '{name}'"
STATE_CHANGE = "<<State change>>"

# -- poolbind (§1.5; poolbind.c) ---------------------------------------------------------
POOLBIND_USAGE = (
    "Usage:\n"
    "    poolbind -p pool_name -e command [arguments...]\n"
    "    poolbind -p pool_name [-i pid | -i taskid | -i projid | -i zoneid] id ...\n"
    "    poolbind -q pid ...\n"
    "    poolbind -Q pid ... \n"
)
QUERY = "{pid}\t{pool}"
QUERY_RESOURCE = "{pid}\t{kind}\t{name}"
INVALID_ZONE = "{prog}: invalid zone '{zone}'"
ZONE_NOT_ACTIVE = "{prog}: zone '{zone}' is not active"
INVALID_ID = "{prog}: invalid {idtype} '{word}'"
BINDING = "{prog}: binding to pool '{pool}': {reason}"
BINDING_ID = "{prog}: binding {idtype} {id} to pool '{pool}': {reason}"
EXEC_FAILED = "{prog}: exec of {command} failed: {reason}"

# -- poolstat's own lines (poolstat.h) -----------------------------------------------------
UNSUPPORTED_FIELD = "unsupported statistic field: {name}"  # printed without the prefix
UNSUPPORTED_RTYPE = "{prog}: unsupported resource type: {name}"
