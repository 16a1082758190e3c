"""What ifconfig and dladm print (runtime.md §4; ON86 ifconfig.c, POL06 dladm.c).

[V] strings are the source's; [INF] inferred from it; [M] from memory."""

from __future__ import annotations

# -- ifconfig (§4.1) ---------------------------------------------------------------------

IFCONFIG_USAGE = (  # [V] ifconfig.c usage(), with USE_INET6
    "usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]\n"
    "\t[ <addr_family> ]\n"
    "\t[ <address>[/<prefix_length>] [ <dest_address> ] ]\n"
    "\t[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ]\n"
    "\t[ destination <dest_address> ]\n"
    "\t[ addif <address>[/<prefix_length>]  [ <dest_address> ] ]\n"
    "\t[ removeif <address>[/<prefix_length>] ]\n"
    "\t[ arp | -arp ]\n"
    "\t[ auto-revarp ]\n"
    "\t[ broadcast <broad_addr> ]\n"
    "\t[ index <if_index> ]\n"
    "\t[ metric <n> ] [ mtu <n> ]\n"
    "\t[ netmask <mask> ]\n"
    "\t[ plumb ] [ unplumb ]\n"
    "\t[ preferred | -preferred ]\n"
    "\t[ private | -private ]\n"
    "\t[ local | -local ]\n"
    "\t[ router | -router ]\n"
    "\t[ subnet <subnet_address>]\n"
    "\t[ trailers | -trailers ]\n"
    "\t[ token <address>/<prefix_length> ]\n"
    "\t[ tsrc <tunnel_src_address> ]\n"
    "\t[ tdst <tunnel_dest_address> ]\n"
    "\t[ auth_algs <tunnel_AH_authentication_algorithm> ]\n"
    "\t[ encr_algs <tunnel_ESP_encryption_algorithm> ]\n"
    "\t[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ]\n"
    "\t[ up ] [ down ]\n"
    "\t[ xmit | -xmit ]\n"
    "\t[ modlist ]\n"
    "\t[ modinsert <module_name@position> ]\n"
    "\t[ modremove <module_name@position> ]\n"
    '\t[ group <groupname>] | [ group ""]\n'
    "\t[ deprecated | -deprecated ]\n"
    "\t[ standby | -standby ]\n"
    "\t[ failover | -failover ]\n"
    "\t[ zone <zonename> | -zone ]\n"
    "\t[ usesrc <interface> ]\n"
    "\t[ all-zones ]\n"
    "or\n"
    "\tifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ]\n"
    "\tauto-dhcp | dhcp\n"
    "\t[ wait <time> | forever ]\n\t[ primary ]\n"
    "\tstart | drop | ping | release | status | inform\n"
)
ILLEGAL_OPTION = "ifconfig: illegal option -- {opt}"  # getopt(3C) in main()
NAME_TOO_LONG = "{name}: interface name too long"  # [V] main()
NO_SUCH_OPTION_IF = "ifconfig: {name}: no such interface"  # [V] main(), -u without -a
NO_ARGUMENT = "ifconfig: no argument for {cmd}"  # [V] ifconfig()
BAD_ADDRESS = "ifconfig: {text}: bad address"  # [V] in_getaddr()
UNEXPECTED_SLASH = "ifconfig: {text}: unexpected '/'"  # [V] in_getaddr()
BAD_PREFIX = "ifconfig: Bad prefix length in {text}"  # [V] setifaddr(), addif()
ADDIF_BAD_NAME = "ifconfig: addif: bad physical interface name {name}"  # [V] addif()
REMOVEIF_BAD_NAME = "ifconfig: removeif: bad physical interface name {name}"  # [V]
REMOVEIF_BUSY = "ifconfig: removeif: can't remove interface: {name}"  # [V] EBUSY
UNPLUMB_LUN0 = "ifconfig: unplumb: Cannot unplumb {name}: Invalid interface"  # [V]
CREATED = "Created new logical interface {name}"  # [V] addif(), stdout
NETMASK_SET = "Setting netmask of {name} to {mask}"  # [V] setifnetmask("+"), stdout
CANNOT_OPEN_LINK = 'ifconfig: cannot open link "{name}": DLPI link does not exist'  # [V] Perrdlpi
USED_BY_ZONE = "{name} is used by non-globalzone: {zone}"  # [V] inetplumb() (sic, no space)
NOT_SIMULATED = "ifconfig: {word}: not simulated"  # zonetui: a real keyword left out
NO_INET6 = "ifconfig: IPv6 is not simulated"  # zonetui: only IPv4 stacks exist

# Perror2(): "ifconfig: <cmd>: <name>: <errno text>" [V]
PERROR = "ifconfig: {cmd}: {name}: {reason}"
ENXIO = "no such interface"
EPERM = "permission denied"
EEXIST = "already exists"
EINVAL = "Invalid argument"  # perror(3C) of EINVAL

# the ioctl each step names in its Perror0 (ifconfig.c)
STATUS = "status: SIOCGLIFFLAGS"
SETFLAGS_GET = "setifflags: SIOCGLIFFLAGS"
SETFLAGS_SET = "setifflags: SIOCSLIFFLAGS"
GET_NETMASK = "SIOCGLIFNETMASK"
SET_NETMASK = "SIOCSLIFNETMASK"
SET_ADDRESS = "SIOCSLIFADDR"
GET_ADDRESS = "SIOCGLIFADDR"
SET_BROADCAST = "SIOCSLIFBRDADDR"
SET_DEST = "setifdstaddr: SIOCSLIFDSTADDR"
PLUMB_NAME = "SIOCSLIFNAME for ip"
PLUMB_ADDIF = "plumb: SIOCLIFADDIF"
UNPLUMB_GET = "unplumb: SIOCGLIFFLAGS"
UNPLUMB_REMOVE = "unplumb: SIOCLIFREMOVEIF"
ADDIF = "addif: SIOCLIFADDIF"
REMOVEIF = "removeif: SIOCLIFREMOVEIF"

# status lines (§4.1) [V] ifstatus(), in_status(), dlpi_print_address()
STATUS_LINE = "{name}: flags={flags:x}<{words}> mtu {mtu} index {index}"
ZONE_LINE = "\tzone {zone}"
INET_LINE = "\tinet {address} netmask {netmask:x} "
BROADCAST = "broadcast {address}"
ETHER_LINE = "\tether {mac} "

# -- dladm (§4.2) --------------------------------------------------------------------------

DLADM_USAGE = (  # [V] POL06 dladm.c usage()
    "usage: dladm create-aggr [-t] [-R <root-dir>] [-P <policy>]\n"
    "                    [-l <mode>] [-T <time>]\n"
    "                    [-u <address>] -d <dev> ... <key>\n"
    "             delete-aggr [-t] [-R <root-dir>] <key>\n"
    "             add-aggr    [-t] [-R <root-dir>] -d <dev> ... <key>\n"
    "             remove-aggr [-t] [-R <root-dir>] -d <dev> ... <key>\n"
    "             modify-aggr [-t] [-R <root-dir>] [-P <policy>]\n"
    "                    [-l <mode>] [-T <time>] [-u <address>] <key>\n"
    "             show-aggr [-L] [-s] [-i <interval>] [-p] [<key>]\n"
    "             show-dev [-s] [-i <interval>] [-p] [<dev>]\n"
    "             show-link [-s] [-i <interval>] [-p] [<name>]\n"
)
DLADM_UNKNOWN = "dladm: unknown subcommand '{sub}'"  # [V]
DLADM_INVALID_DEVICE = "dladm: invalid device '{name}'"  # [V] show_link(), do_show_dev()
# [V] main(): a zone lacks sys_net_config (no Solaris 10 zone has it)
DLADM_PRIVILEGES = "dladm: insufficient privileges"
DLADM_BAD_OPTION = "dladm: unrecognized option '-{opt}'"  # [V]
DLADM_NEEDS_VALUE = "dladm: option requires a value '-{opt}'"  # [V]
DLADM_TWICE = "dladm: the option -{opt} cannot be specified more than once"  # [V]
DLADM_I_WITHOUT_S = "dladm: the option -i can be used only with -s"  # [V]
DLADM_BAD_INTERVAL = "dladm: invalid interval value '{value}'"  # [V]
DLADM_NOT_SIMULATED = "dladm: {sub}: not simulated"  # zonetui: aggregations left out
SHOW_LINK = "{name:<9}\ttype: non-vlan\tmtu: {mtu}\tdevice: {name}"  # [V]
SHOW_LINK_P = "{name} type=non-vlan mtu={mtu} device={name}"  # [V]
SHOW_DEV = "{name}\t\tlink: {state}\tspeed: {speed:<5} Mbps\tduplex: {duplex}"  # [V]
SHOW_DEV_P = "{name} link={state} speed={speed} duplex={duplex}"  # [V]
