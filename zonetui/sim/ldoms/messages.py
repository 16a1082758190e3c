"""User-visible strings of ldm (reference/ldoms.md §2, §3, §6). [M] marks best effort."""

USAGE_HEAD = (
    "\n"
    "Usage:\n"
    " ldm [--help] command [options] [properties] operands\n"
    "\n"
    "Command(s) for each resource (aliases in parens):\n"
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
STATUS_PENDING = "pending"  # [M] list -o status: a delayed reconfiguration waiting

# --- dispatch and usage (§2.1) -------------------------------------------------------
UNKNOWN_COMMAND = "Unknown command {cmd}; use --help option for list of available commands"  # [M]
SUB_USAGE = "Usage:\n    ldm {synopsis}"  # [M]
INVALID_OPTION = "Invalid option: {opt}"  # [M]
INVALID_PROPERTY = "Invalid property: {prop}"  # [M]
NO_LDMD = "Failed to connect to logical domain manager: Connection refused"  # [M] ldmd disabled

# --- names, numbers, sizes (§2.1) -----------------------------------------------------
INVALID_NAME = "Invalid name: {name}"  # [M]
NAME_TOO_LONG = "Invalid name: {name} is longer than {limit} characters"  # [M] limit §2.1
INVALID_NUMBER = "Invalid number: {value}"  # [M]
INVALID_SIZE = "Invalid memory size: {value}"  # [M]
INVALID_VALUE = "Invalid value for {prop}: {value}"  # [M]
INVALID_MAC = "Invalid MAC address: {value}"  # [M]
MAC_IN_AUTO_RANGE = (
    "MAC address {mac} is in the range reserved for automatic assignment"  # [M] §5.4
)
MAC_IN_USE = "MAC address {mac} is already in use"  # [M]
MAC_AUTO_EXHAUSTED = "No free MAC address in the automatic range {first} - {last}"  # [M]
INVALID_HOSTID = "Invalid hostid: {value}"  # [M]

# --- domains (§4, §6.2) ---------------------------------------------------------------
UNKNOWN_DOMAIN = "LDom {name} does not exist"  # [M]
DOMAIN_EXISTS = "LDom {name} already exists"  # [M]
TOO_MANY_DOMAINS = "The maximum number of {limit} LDoms has been reached"  # [M]
MUST_UNBIND = "LDom {name} must be unbound before it can be removed"  # [M]
MUST_STOP = "LDom {name} must be stopped before it can be unbound"  # [M]
MUST_BIND = "LDom {name} must be bound before it can be started"  # [M]
NOT_ACTIVE = "LDom {name} is not active"  # [M]
NOT_INACTIVE = "LDom {name} is already bound"  # [M]
NOT_BOUND = "LDom {name} is not bound"  # [M]
ALREADY_ACTIVE = "LDom {name} is already active"  # [M]
CONTROL_DOMAIN = "Operation not supported on the control domain"  # [M]
STARTED = "LDom {name} started"  # [M] §6.1, kept
STOPPED = "LDom {name} stopped"  # [M]
PANICKED = "LDom {name} panicked"  # [M]
# the guest's console after `ldm panic-domain` (§4.2: the OS panics, then reboots) [M]
PANIC_CONSOLE = (
    "\n"
    "panic[cpu0]/thread=2a100a5fca0: Panic request from the Logical Domains Manager\n"
    "\n"
    "syncing file systems... done\n"
    "skipping system dump - no dump device configured\n"
    "rebooting..."
)
NOT_RUNNING_OS = "LDom {name} is not running an operating system"  # [M] panic at OBP
BIND_FAILED = "Could not bind LDom {name}"  # [M]
NO_VCPUS = "No VCPUs specified for LDom {name}"  # [M]
NO_MEMORY = "No memory specified for LDom {name}"  # [M]
NOT_ENOUGH_VCPUS = "Not enough free VCPUs present to meet the request"  # [M]
NOT_ENOUGH_CORES = "Not enough free cores present to meet the request"  # [M]
NOT_ENOUGH_MEMORY = "Not enough free memory present to meet the request"  # [M]
NOT_ENOUGH_MAUS = "Not enough free MAUs present to meet the request"  # [M]
MASTER_UNKNOWN = "Master LDom {name} does not exist"  # [M]
MASTER_SELF = "LDom {name} cannot be its own master"  # [M]
TOO_MANY_MASTERS = "An LDom can have at most 4 masters"  # [M]
MASTER_OF_OTHERS = "LDom {name} is a master of LDom {slave}"  # [M] remove-domain
HAS_CLIENTS = "Service {service} of LDom {name} is in use by LDom {client}"  # [M]
ACTIVE_REFUSED = "LDom {name} is active; stop it first"  # [M] §6.2
BOUND_REFUSED = "LDom {name} is bound; unbind it first"  # [M]
NO_OS_FOR_DR = "LDom {name} does not support dynamic reconfiguration: its OS is not running"  # [M]

# --- delayed reconfiguration and configuration mode (§4.4, §4.5) ----------------------
DELAYED_RECONF_START = (  # [V] LDoms 1.2 guide ch. 4
    "Initiating delayed reconfigure operation on LDom primary. All\n"
    "configuration changes for other LDoms are disabled until the\n"
    "LDom reboots, at which time the new configuration for LDom\n"
    "primary will also take effect."
)
DELAYED_RECONF_NOTICE = (  # [V] LDoms 1.2 guide ch. 4
    "Notice: LDom primary is in the process of a delayed\n"
    "reconfiguration. Any changes made to this LDom will only take\n"
    "effect after it reboots."
)
CONFIG_MODE_NOTICE = (  # [V] LDoms 1.2 guide ch. 4 (UltraSPARC T1)
    "Notice: the LDom Manager is running in configuration mode. Any\n"
    "configuration changes made will only take effect after the machine\n"
    "configuration is downloaded to the system controller and the host\n"
    "is reset."
)
RECONF_RULE = "-" * 64  # [V] Fujitsu M10 manual 3.2.11
RECONF_OTHER_NOTICE = (  # [V] Fujitsu M10 manual 3.2.11 (OVM 3.x wording)
    "Notice: LDom primary is in the process of a delayed reconfiguration.\n"
    "Any changes made to primary will only take effect after it reboots."
)
RECONF_NOT_PERMITTED = "Delayed reconfiguration of LDom {name} is not permitted"  # [V]
NO_RECONF = "No delayed reconfiguration is pending on LDom {name}"  # [M]
RECONF_CANCEL_REMOVED = (  # [M] wording; the refusal itself is §4.4 [V]
    "The delayed reconfiguration of LDom {name} cannot be cancelled: "
    "virtual I/O was removed from it during the reconfiguration"
)
RECONF_CANCELLED = ""  # cancel-operation reconf prints nothing [M]
RECONF_ONLY_PRIMARY = "Delayed reconfiguration is only supported on the control domain"  # [M]
NO_MIGRATION = "No migration is in progress for LDom {name}"  # [M]
NO_MEMDR = "No memory DR operation is in progress for LDom {name}"  # [M] 2.x

# --- cpu, crypto, memory, io (§4.3, §4.6) ---------------------------------------------
REMOVE_TOO_MANY_VCPUS = "LDom {name} has only {have} VCPUs"  # [M]
REMOVE_TOO_MANY_MAUS = "LDom {name} has only {have} MAUs"  # [M]
REMOVE_TOO_MANY_CORES = "LDom {name} has only {have} cores"  # [M]
REMOVE_TOO_MUCH_MEMORY = "LDom {name} has only {have} of memory"  # [M]
MAU_WOULD_ORPHAN = (  # [M] §6.2
    "Cannot remove {count} VCPUs from LDom {name}: MAU bound to core {core} would have no CPUs"
)
VCPUS_IN_PSET = (  # [M] CPU DR cannot take a CPU of a processor set (a zone's temporary pool)
    "Unable to remove VCPUs from LDom {name}: processor sets are configured in the domain"
)
MAU_NEEDS_CPU = "LDom {name} has no VCPUs on which to bind {count} MAU(s)"  # [M]
CRYPTO_NOT_DYNAMIC = (
    "Dynamic reconfiguration of MAUs is not supported; stop LDom {name} first"  # [M]
)
MEMORY_NOT_DYNAMIC = (
    "Dynamic reconfiguration of memory is not supported; stop LDom {name} first"  # [M]
)
IO_NOT_DYNAMIC = "LDom {name} must be inactive to change its I/O devices"  # [M]
MEMORY_ALIGN = "The size of memory must be a multiple of 256MB."  # [V] OVM memory DR
MEMORY_ADJUST = "Adjusting request size to {size}."  # [V]
MEMORY_ADJUSTED = (  # [V]
    "The {name} domain has been allocated {extra} more memory\n"
    "than requested because of memory alignment constraints."
)
MEMORY_SET_ALIGN = (  # [V] community tutorial, OVM 2.x
    "A ldm set-mem {size} command would remove {delta}MB, which is not a\n"
    "multiple of 256MB. Instead, run ldm set-mem {suggest} {name}\n"
    "to ensure a 256MB alignment."
)
MEMORY_SET_ALIGN_ADD = (  # [M] the same for growing
    "A ldm set-mem {size} command would add {delta}MB, which is not a\n"
    "multiple of 256MB. Instead, run ldm set-mem {suggest} {name}\n"
    "to ensure a 256MB alignment."
)
ZERO_MEMORY = "Memory size must be greater than zero"  # [M]
ZERO_COUNT = "The number of {what} must be greater than zero"  # [M]
IO_UNKNOWN = "Invalid I/O device: {bus}"  # [M]
IO_IN_USE = "I/O device {bus} is bound to LDom {owner}"  # [M]
IO_NOT_OWNED = "LDom {name} does not own I/O device {bus}"  # [M]
IO_LAST = "Cannot remove the last I/O device from the control domain"  # [M]
BYPASS_UNSUPPORTED = "The bypass option is not supported"  # [M]
WHOLE_CORE_VCPU = (
    "LDom {name} has the whole-core constraint: use add-core, set-core or remove-core"  # [M]
)
MAX_CORES_EXCEEDED = "LDom {name} would exceed its max-cores limit of {max}"  # [M]
MAX_CORES_STATE = "max-cores can only be changed when LDom {name} is inactive"  # [M]
CORE_UNKNOWN = "Invalid core ID: {cid}"  # [M]
CORE_NOT_FREE = "Core {cid} is not free"  # [M]
CORE_NOT_OWNED = "Core {cid} is not bound to LDom {name}"  # [M]
CORE_HAS_CRYPTO = "Core {cid} cannot be removed: its crypto unit is bound to LDom {name}"  # [M]

# --- LDCs (§1.7, §5.4) -------------------------------------------------------------------
LDC_EXHAUSTED = (  # [V] LDoms 1.2/1.3 RN
    "{need} additional LDCs are required on guest {name} to meet this request,\n"
    "but only {free} LDCs are available"
)

# --- virtual I/O (§2.4, §6.1 substrings) ---------------------------------------------------
SERVICE_EXISTS = "Service {service} already exists"  # [M]
VDS_UNKNOWN = "Virtual disk server {service} does not exist"  # [M]
VSW_UNKNOWN = "Virtual switch {service} does not exist"  # [M] §6.2
VCC_UNKNOWN = "Virtual console concentrator {service} does not exist"  # [M]
VCC_NONE = "No virtual console concentrator is available for LDom {name}"  # [M]
VOLUME_EXISTS = "Volume {volume} already exists in vds {service}"  # [V substring "already exists"]
VOLUME_UNKNOWN = "Volume {volume} does not exist in vds {service}"  # [V substring "does not exist"]
VOLUME_ATTACHED = "Volume {volume}@{service} is attached to vdisk {disk} of LDom {name}"  # [V substring "is attached"]
BACKEND_EXCL = "Backend {backend} is already exported by volume {volume}@{service}"  # [M] excl
VOLUME_FORMAT = "Invalid volume: {value} (expected volume-name@service-name)"  # [M]
VDS_HAS_VOLUMES = "Virtual disk server {service} still has volumes"  # [M]
VDISK_EXISTS = "Virtual disk {disk} already exists"  # [M] §6.2
VDISK_UNKNOWN = "Virtual disk {disk} does not exist in LDom {name}"  # [M]
VNET_EXISTS = "vnet {vnet} already exists"  # [M] §6.2
VNET_UNKNOWN = "vnet {vnet} does not exist in LDom {name}"  # [M]
VDPCC_EXISTS = "vdpcc {name} already exists"  # [M]
VDPCC_UNKNOWN = "vdpcc {name} does not exist in LDom {domain}"  # [M]
VDPCS_UNKNOWN = "Service {service} does not exist"  # [M]
DEVICE_ID_IN_USE = "Device id {id} is already in use in LDom {name}"  # [M]
PORT_RANGE = "Invalid port range: {value}"  # [M]
PORT_OVERLAP = "Port range {value} overlaps vcc {service}"  # [M]
PORT_NOT_IN_RANGE = "Port {port} is not in the port range of vcc {service}"  # [M]
PORT_IN_USE = "Port {port} is already in use by LDom {owner}"  # [M]
PORTS_EXHAUSTED = "No free port left in vcc {service}"  # [M]
PORT_RANGE_IN_USE = "Port {port} of LDom {owner} is outside the new port range"  # [M]
VCONS_PRIMARY = "The control domain's console is on the service processor"  # [M]
HYBRID_UNSUPPORTED = "Hybrid mode needs a NIU-backed virtual switch"  # [M]
VLAN_RANGE = "Invalid VLAN id: {value}"  # [M]
MTU_RANGE = "Invalid mtu: {value} (1500-16000)"  # [M]

# --- variables (§3.8) -------------------------------------------------------------------
VARIABLE_UNKNOWN = "Variable {var} not found"  # [V substring "not found"]
VARIABLE_EXISTS = "Variable {var} already exists"  # [M]

# --- SP configurations (§3.9) --------------------------------------------------------------
CONFIG_EXISTS = "The configuration {config} already exists"  # [M]
CONFIG_UNKNOWN = "The configuration {config} does not exist"  # [M]
CONFIG_FACTORY = "The factory-default configuration cannot be removed"  # [M]
CONFIG_NAME = "Operation failed because an invalid configuration name was given"  # [V] 3.6
CONFIG_FULL = "The service processor can hold at most {limit} configurations"  # [M]
CURRENT = "[current]"  # [V]
NEXT_POWERON = "[next poweron]"  # [V]

# --- XML (§3.7) -----------------------------------------------------------------------------
XML_UNREADABLE = "Unable to read file {path}"  # [M]
XML_INVALID = "Invalid XML file {path}"  # [M]
XML_UNSAFE = (
    "Invalid XML file {path}: entity declarations and external references are not accepted"  # [M]
)
XML_NO_DOMAIN = "No LDom found in {path}"  # [M]
XML_NAME_MISMATCH = "The file {path} describes LDom {found}, not {name}"  # [M]

# --- migration (§2.4, §6.1, §8 T33; LDoms 1.3 Administration Guide ch. 8) -------------------
TARGET_PASSWORD = "Target Password:"  # [V] T33 (no echo; read from the terminal)
MIGRATION_FAILED = "Domain Migration of LDom {name} failed"  # [V]
MIGRATION_WOULD_FAIL = (
    "Domain Migration of LDom {name} would fail if attempted"  # [V] 3.x -n, [M] 1.3
)
MIGRATION_MEMORY = "Unable to bind {size} memory region at real address {ra}"  # [V] T33
MIGRATION_NO_TARGET = "Failed to establish connection with ldmd(1m) on target: {target}"  # [M]
MIGRATION_NO_PASSWORD = "Unable to read the target password"  # [M] end of input at the prompt
MIGRATION_NO_TTY = "Unable to read the target password: no terminal (use -p <filename>)"  # [M]
MIGRATION_PASSWORD_FILE = "Unable to read the password file {path}"  # [M]
MIGRATION_AUTH = "Authentication failed for user {user} on target {target}"  # [M]
MIGRATION_SAME_HOST = "The target {target} is the source machine"  # [M]
MIGRATION_VERSION = (  # [M] the guide asks for compatible managers on both machines
    "The Logical Domains Manager on target {target} ({theirs}) is not compatible with "
    "this one ({ours})"
)
MIGRATION_RECONF = (  # [M] "delayed reconfiguration ... prevent a migration from starting"
    "A delayed reconfiguration is pending on LDom primary of {machine}; "
    "no domain can be migrated until it reboots"
)
MIGRATION_CONFIG_MODE = "The Logical Domains Manager of {machine} is in configuration mode"  # [M]
MIGRATION_MASTERS = "LDom {name} has master LDoms ({masters}) on the source machine"  # [M]
MIGRATION_SERVICE_EXISTS = "Service {service} already exists on target {target}"  # [M]
MIGRATION_IO_DOMAIN = "LDom {name} has direct access to physical I/O devices and cannot be migrated"  # [M] guide: "you cannot migrate I/O domains"
MIGRATION_CRYPTO = (  # [M] 1.3: no warm migration of a domain with bound crypto units
    "LDom {name} has bound cryptographic units: remove them (ldm set-crypto 0 {name}) before "
    "migrating it while it is active"
)
MIGRATION_CPU_TYPE = (  # [M] guide: "the same processor type running at the same frequency"
    "The processor of target {target} ({theirs}) differs from this machine's ({ours})"
)
MIGRATION_NO_OS = (  # [M] the OS suspends the domain and shrinks it to one strand
    "LDom {name} is active but its operating system is not running"
)
MIGRATION_PSET = (  # [M] guide: processor sets in the domain make the CPU removal fail
    "Unable to remove VCPUs from LDom {name}: processor sets are configured in the domain"
)
MIGRATION_CORES = "Unable to bind {cores} full cores for {vcpus} VCPUs on the target"  # [M]
