"""Every string the TUI itself shows (the commands' own output comes from the shell)."""

TITLE = "zonetui"
SUB_TITLE = "cluster {name}"

# -- console ------------------------------------------------------------------------
CONSOLE_TITLE = "console"
SHELL_RESTARTED = "zonetui: the shell exited; a new shell starts in {where}"
STATE_FAILED = "{error}"  # StateError messages already start with "zonetui:"
STATE_OS_ERROR = "zonetui: cannot use the state file: {error}"
INPUT_PLACEHOLDER = "a command, e.g. zoneadm list -cv (tab completes, ↑ recalls)"

# -- bindings -----------------------------------------------------------------------
QUIT = "Quit"
HISTORY_PREVIOUS = "Previous command"
HISTORY_NEXT = "Next command"
COMPLETE = "Complete"
SCROLL_BACK = "Scroll the console back"
SCROLL_FORWARD = "Scroll the console forward"

# -- cluster tree -------------------------------------------------------------------
CLUSTER_TITLE = "cluster"

# -- detail pane --------------------------------------------------------------------
DETAILS_TITLE = "details"
NOTHING_SELECTED = "Select a host, domain or zone in the cluster tree."
HOST_TITLE = "host {name}"
DOMAIN_TITLE = "domain {name} on {host}"
ZONE_TITLE = "zone {name} in {host} › {domain}"

PLATFORM = "platform"
CHIP = "chip"
CORES = "cores"
STRANDS = "strands"
CLOCK = "clock"
MEMORY = "memory"
LDOMS = "LDoms"
DOMAINS = "domains"
STATE = "state"
ROLE = "role"
VCPUS = "vcpus"
CRYPTO = "crypto units"
IO = "I/O"
SOLARIS = "Solaris"
ZONES = "zones"
PATH = "path"
BRAND = "brand"
IP_TYPE = "ip-type"
ZONE_ID = "id"

CONTROL_DOMAIN = "control domain"
GUEST_DOMAIN = "guest domain"
SOLARIS_RUNNING = "running (hostname {hostname})"
SOLARIS_HALTED = "not running"
SOLARIS_ABSENT = "not installed"
CHIP_SOCKETS = "{sockets} × {chip}"
CLOCK_MHZ = "{mhz} MHz"
CORES_PER_SOCKET = "{total} ({per_socket} per socket)"
NONE = "-"
