# Network: NICs per platform, ifconfig, dladm, zones' interfaces (runtime.md §4).
=== ifconfig -a in the global zone: a shared-IP zone's logical interfaces with its name
config: zones-web1-running
# runtime.md 4.1: lo0:1 and e1000g0:1 made at boot, `zone web1` only here; ether on lun 0 without an address family
# ON86 ifconfig.c: -Z leaves other zones' out, -u/-d up/down ones, -a6 finds no IPv6 interface
--- input
ifconfig -a
ifconfig e1000g0
ifconfig e1000g0 inet
ifconfig e1000g0:1
ifconfig lo0:1
ifconfig -aZ
ifconfig -au
ifconfig -ad
ifconfig -a6
ifconfig -a4 inet
--- output
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# ifconfig e1000g0
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
# ifconfig e1000g0 inet
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
# ifconfig e1000g0:1
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# ifconfig lo0:1
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
# ifconfig -aZ
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
# ifconfig -au
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# ifconfig -ad
# ifconfig -a6
# ifconfig -a4 inet
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
=== ifconfig usage, unknown options and interfaces
config: zones-web1-running
# ON86 ifconfig.c main(): usage exit 1; `-u` without a: no such interface; status(): Perror0 ENXIO
--- input
ifconfig
echo $?
ifconfig -u
echo $?
ifconfig -q
echo $?
ifconfig abcdefghijklmnopqrstuvwxyzabcdefgh
echo $?
ifconfig e1000g5
echo $?
ifconfig e1000g0 inet6
echo $?
ifconfig e1000g0 metric 2
echo $?
--- output
# ifconfig
usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]
	[ <addr_family> ]
	[ <address>[/<prefix_length>] [ <dest_address> ] ]
	[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ]
	[ destination <dest_address> ]
	[ addif <address>[/<prefix_length>]  [ <dest_address> ] ]
	[ removeif <address>[/<prefix_length>] ]
	[ arp | -arp ]
	[ auto-revarp ]
	[ broadcast <broad_addr> ]
	[ index <if_index> ]
	[ metric <n> ] [ mtu <n> ]
	[ netmask <mask> ]
	[ plumb ] [ unplumb ]
	[ preferred | -preferred ]
	[ private | -private ]
	[ local | -local ]
	[ router | -router ]
	[ subnet <subnet_address>]
	[ trailers | -trailers ]
	[ token <address>/<prefix_length> ]
	[ tsrc <tunnel_src_address> ]
	[ tdst <tunnel_dest_address> ]
	[ auth_algs <tunnel_AH_authentication_algorithm> ]
	[ encr_algs <tunnel_ESP_encryption_algorithm> ]
	[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ]
	[ up ] [ down ]
	[ xmit | -xmit ]
	[ modlist ]
	[ modinsert <module_name@position> ]
	[ modremove <module_name@position> ]
	[ group <groupname>] | [ group ""]
	[ deprecated | -deprecated ]
	[ standby | -standby ]
	[ failover | -failover ]
	[ zone <zonename> | -zone ]
	[ usesrc <interface> ]
	[ all-zones ]
or
	ifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ]
	auto-dhcp | dhcp
	[ wait <time> | forever ]
	[ primary ]
	start | drop | ping | release | status | inform
# echo $?
1
# ifconfig -u
ifconfig: -u: no such interface
# echo $?
1
# ifconfig -q
ifconfig: illegal option -- q
usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]
	[ <addr_family> ]
	[ <address>[/<prefix_length>] [ <dest_address> ] ]
	[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ]
	[ destination <dest_address> ]
	[ addif <address>[/<prefix_length>]  [ <dest_address> ] ]
	[ removeif <address>[/<prefix_length>] ]
	[ arp | -arp ]
	[ auto-revarp ]
	[ broadcast <broad_addr> ]
	[ index <if_index> ]
	[ metric <n> ] [ mtu <n> ]
	[ netmask <mask> ]
	[ plumb ] [ unplumb ]
	[ preferred | -preferred ]
	[ private | -private ]
	[ local | -local ]
	[ router | -router ]
	[ subnet <subnet_address>]
	[ trailers | -trailers ]
	[ token <address>/<prefix_length> ]
	[ tsrc <tunnel_src_address> ]
	[ tdst <tunnel_dest_address> ]
	[ auth_algs <tunnel_AH_authentication_algorithm> ]
	[ encr_algs <tunnel_ESP_encryption_algorithm> ]
	[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ]
	[ up ] [ down ]
	[ xmit | -xmit ]
	[ modlist ]
	[ modinsert <module_name@position> ]
	[ modremove <module_name@position> ]
	[ group <groupname>] | [ group ""]
	[ deprecated | -deprecated ]
	[ standby | -standby ]
	[ failover | -failover ]
	[ zone <zonename> | -zone ]
	[ usesrc <interface> ]
	[ all-zones ]
or
	ifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ]
	auto-dhcp | dhcp
	[ wait <time> | forever ]
	[ primary ]
	start | drop | ping | release | status | inform
# echo $?
1
# ifconfig abcdefghijklmnopqrstuvwxyzabcdefgh
abcdefghijklmnopqrstuvwxyzabcdefgh: interface name too long
# echo $?
1
# ifconfig e1000g5
ifconfig: status: SIOCGLIFFLAGS: e1000g5: no such interface
# echo $?
1
# ifconfig e1000g0 inet6
ifconfig: status: SIOCGLIFFLAGS: e1000g0: no such interface
# echo $?
1
# ifconfig e1000g0 metric 2
ifconfig: metric: not simulated
# echo $?
1
=== a shared-IP zone sees its logical interfaces only and may change none
config: zones-web1-running
# runtime.md 4.1: no zone line, no ether; EPERM for every change; plumbing a link: no DLPI link in the zone
# ON86 inetplumb(): SIOCLIFADDIF of an existing logical interface is silent (EEXIST)
--- input
zlogin web1 ifconfig -a
zlogin web1 ifconfig e1000g0:1
zlogin web1 ifconfig e1000g0
echo $?
zlogin web1 ifconfig e1000g0:1 down
echo $?
zlogin web1 ifconfig e1000g0:1 up
echo $?
zlogin web1 ifconfig e1000g0:1 192.168.1.11
echo $?
zlogin web1 ifconfig e1000g0:1 netmask 255.255.0.0
echo $?
zlogin web1 ifconfig e1000g0:1 broadcast 192.168.1.127
echo $?
zlogin web1 ifconfig e1000g0:1 unplumb
echo $?
zlogin web1 ifconfig e1000g0 plumb
echo $?
zlogin web1 ifconfig e1000g0:2 plumb
echo $?
zlogin web1 ifconfig e1000g0:1 plumb
echo $?
zlogin web1 ifconfig e1000g0 addif 192.168.1.12
echo $?
zlogin web1 ifconfig e1000g0 removeif 192.168.1.10
echo $?
zlogin web1 ifconfig e1000g0 unplumb
echo $?
ifconfig e1000g0:1
--- output
# zlogin web1 ifconfig -a
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# zlogin web1 ifconfig e1000g0:1
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# zlogin web1 ifconfig e1000g0
ifconfig: status: SIOCGLIFFLAGS: e1000g0: no such interface
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 down
ifconfig: setifflags: SIOCSLIFFLAGS: e1000g0:1: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 up
ifconfig: setifflags: SIOCSLIFFLAGS: e1000g0:1: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 192.168.1.11
ifconfig: SIOCSLIFNETMASK: e1000g0:1: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 netmask 255.255.0.0
ifconfig: SIOCSLIFNETMASK: e1000g0:1: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 broadcast 192.168.1.127
ifconfig: SIOCSLIFBRDADDR: e1000g0:1: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 unplumb
ifconfig: unplumb: SIOCLIFREMOVEIF: e1000g0:1: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0 plumb
ifconfig: cannot open link "e1000g0": DLPI link does not exist
# echo $?
1
# zlogin web1 ifconfig e1000g0:2 plumb
ifconfig: plumb: SIOCLIFADDIF: e1000g0:2: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0:1 plumb
# echo $?
0
# zlogin web1 ifconfig e1000g0 addif 192.168.1.12
ifconfig: addif: SIOCLIFADDIF: e1000g0: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0 removeif 192.168.1.10
ifconfig: removeif: SIOCLIFREMOVEIF: e1000g0: permission denied
# echo $?
1
# zlogin web1 ifconfig e1000g0 unplumb
ifconfig: unplumb: SIOCGLIFFLAGS: e1000g0: no such interface
# echo $?
1
# ifconfig e1000g0:1
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
=== a halted zone leaves no interface; it gets them back at boot
config: zones-web1-running
# runtime.md 4.1: after the halt, status: SIOCGLIFFLAGS: e1000g0:1: no such interface
--- input
zoneadm -z web1 halt
ifconfig -a
ifconfig e1000g0:1
echo $?
ifconfig lo0:1
echo $?
zoneadm -z web1 boot
ifconfig -a
--- output
# zoneadm -z web1 halt
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
# ifconfig e1000g0:1
ifconfig: status: SIOCGLIFFLAGS: e1000g0:1: no such interface
# echo $?
1
# ifconfig lo0:1
ifconfig: status: SIOCGLIFFLAGS: lo0:1: no such interface
# echo $?
1
# zoneadm -z web1 boot
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
=== logical interfaces are numbered as SIOCLIFADDIF numbers them: the lowest free unit
config: zones-web1-running
# ON86 vplat.c configure_shared_network_interfaces(): the nets, then lo0 for free;
# an address without a prefix takes the class netmask, with zoneadmd's warning
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.20/24; end"
zonecfg -z web3 "create; set zonepath=/zones/web3; add net; set physical=e1000g0; set address=10.1.1.30; end"
zoneadm -z web2 install > /dev/null
zoneadm -z web3 install > /dev/null
zoneadm -z web2 boot
ifconfig -a
zoneadm -z web1 halt
zoneadm -z web3 boot
ifconfig -a
zlogin web3 ifconfig -a
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.20/24; end"
# zonecfg -z web3 "create; set zonepath=/zones/web3; add net; set physical=e1000g0; set address=10.1.1.30; end"
# zoneadm -z web2 install > /dev/null
# zoneadm -z web3 install > /dev/null
# zoneadm -z web2 boot
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
lo0:2: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web2
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
e1000g0:2: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web2
	inet 192.168.1.20 netmask ffffff00 broadcast 192.168.1.255
# zoneadm -z web1 halt
# zoneadm -z web3 boot
zoneadm: zone 'web3': WARNING: e1000g0:1: no matching subnet found in netmasks(4) for 10.1.1.30; using default of 255.0.0.0.
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web3
	inet 127.0.0.1 netmask ff000000 
lo0:2: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web2
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web3
	inet 10.1.1.30 netmask ff000000 broadcast 10.255.255.255
e1000g0:2: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web2
	inet 192.168.1.20 netmask ffffff00 broadcast 192.168.1.255
# zlogin web3 ifconfig -a
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.1.1.30 netmask ff000000 broadcast 10.255.255.255
=== plumb, address, netmask, broadcast, up, down, unplumb in the global zone
config: zones-web1-running
# ON86 ifconfig.c: a fresh interface is 0.0.0.0 netmask 0; an address without a netmask takes
# its class's; plumbing twice prints EEXIST and exits 0; an unknown link cannot be opened
--- input
ifconfig e1000g1
echo $?
ifconfig e1000g1 plumb
ifconfig e1000g1
ifconfig e1000g1 plumb
echo $?
ifconfig e1000g1 10.0.0.5 up
ifconfig e1000g1
ifconfig e1000g1 netmask 255.255.255.0
ifconfig e1000g1
ifconfig e1000g1 broadcast 10.0.0.127
ifconfig e1000g1
ifconfig e1000g1 broadcast +
ifconfig e1000g1
ifconfig e1000g1 172.16.5.5/28
ifconfig e1000g1
ifconfig e1000g1 192.168.7.1 netmask 0xffff0000
ifconfig e1000g1
ifconfig e1000g1 down
ifconfig e1000g1
ifconfig e1000g1 /24
ifconfig e1000g1
ifconfig e1000g1 unplumb
ifconfig e1000g1
echo $?
ifconfig e1000g1 unplumb
echo $?
ifconfig e1000g9 plumb
echo $?
ifconfig e1000g1 up
echo $?
--- output
# ifconfig e1000g1
ifconfig: status: SIOCGLIFFLAGS: e1000g1: no such interface
# echo $?
1
# ifconfig e1000g1 plumb
# ifconfig e1000g1
e1000g1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 0.0.0.0 netmask 0 
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 plumb
ifconfig: SIOCSLIFNAME for ip: e1000g1: already exists
# echo $?
0
# ifconfig e1000g1 10.0.0.5 up
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ff000000 broadcast 10.255.255.255
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 netmask 255.255.255.0
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 broadcast 10.0.0.127
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.127
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 broadcast +
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 172.16.5.5/28
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 172.16.5.5 netmask fffffff0 broadcast 172.16.5.15
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 192.168.7.1 netmask 0xffff0000
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 192.168.7.1 netmask ffff0000 broadcast 192.168.255.255
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 down
# ifconfig e1000g1
e1000g1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 192.168.7.1 netmask ffff0000 broadcast 192.168.255.255
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 /24
# ifconfig e1000g1
e1000g1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 192.168.7.1 netmask ffffff00 broadcast 192.168.7.255
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 unplumb
# ifconfig e1000g1
ifconfig: status: SIOCGLIFFLAGS: e1000g1: no such interface
# echo $?
1
# ifconfig e1000g1 unplumb
ifconfig: unplumb: SIOCGLIFFLAGS: e1000g1: no such interface
# echo $?
1
# ifconfig e1000g9 plumb
ifconfig: cannot open link "e1000g9": DLPI link does not exist
# echo $?
1
# ifconfig e1000g1 up
ifconfig: setifflags: SIOCGLIFFLAGS: e1000g1: no such interface
# echo $?
1
=== address words: prefixes, netmask +, /etc/hosts, destinations, addresses in use
config: zones-web1-running
# ON86 ifconfig.c in_getaddr(), setifaddr(), setifnetmask(), in_getmask()
--- input
ifconfig e1000g1 plumb 10.0.0.5/33
echo $?
ifconfig e1000g1 300.1.1.1
echo $?
ifconfig e1000g1 netmask
echo $?
ifconfig e1000g1 netmask 255.255.255.0/24
echo $?
ifconfig e1000g1 netmask +
echo $?
echo "10.0.0.0	255.255.255.192" > /etc/netmasks
ifconfig e1000g1 10.0.0.5 netmask + up
ifconfig e1000g1
ifconfig e1000g1 netmask +
ifconfig e1000g1 10.0.0.6 10.0.0.7
echo $?
ifconfig e1000g1 192.168.1.10 up
echo $?
ifconfig e1000g1
echo "192.168.9.9	dbhost" >> /etc/hosts
ifconfig e1000g1 dbhost
ifconfig e1000g1 nohost
echo $?
--- output
# ifconfig e1000g1 plumb 10.0.0.5/33
ifconfig: Bad prefix length in 10.0.0.5/33
# echo $?
1
# ifconfig e1000g1 300.1.1.1
ifconfig: 300.1.1.1: bad address
# echo $?
1
# ifconfig e1000g1 netmask
ifconfig: no argument for netmask
# echo $?
1
# ifconfig e1000g1 netmask 255.255.255.0/24
ifconfig: 255.255.255.0/24: unexpected '/'
# echo $?
1
# ifconfig e1000g1 netmask +
# echo $?
0
# echo "10.0.0.0	255.255.255.192" > /etc/netmasks
# ifconfig e1000g1 10.0.0.5 netmask + up
Setting netmask of e1000g1 to 255.255.255.192
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ffffffc0 broadcast 10.0.0.63
	ether 0:14:4f:8e:66:71 
# ifconfig e1000g1 netmask +
Setting netmask of e1000g1 to 255.255.255.192
# ifconfig e1000g1 10.0.0.6 10.0.0.7
ifconfig: setifdstaddr: SIOCSLIFDSTADDR: e1000g1: Invalid argument
# echo $?
1
# ifconfig e1000g1 192.168.1.10 up
ifconfig: SIOCSLIFADDR: e1000g1: Address already in use
# echo $?
1
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.6 netmask ff000000 broadcast 10.255.255.255
	ether 0:14:4f:8e:66:71 
# echo "192.168.9.9	dbhost" >> /etc/hosts
# ifconfig e1000g1 dbhost
# ifconfig e1000g1 nohost
ifconfig: nohost: bad address
# echo $?
1
=== addif, removeif and logical interfaces of the global zone
config: zones-web1-running
# ON86 ifconfig.c addif(), removeif(), inetplumb(), inetunplumb(); ip_if.c: lun 0 is EBUSY
--- input
ifconfig e1000g0 addif 192.168.1.50/24 up
ifconfig e1000g0 addif 192.168.1.51
ifconfig -a
ifconfig e1000g0:2 addif 192.168.1.52
echo $?
ifconfig e1000g0 removeif 192.168.1.50
ifconfig e1000g0 removeif 192.168.1.50
echo $?
ifconfig e1000g0 removeif 192.168.1.212
echo $?
ifconfig e1000g0:2 removeif 192.168.1.51
echo $?
ifconfig e1000g0:5 plumb
ifconfig e1000g0:5
ifconfig e1000g1:1 plumb
echo $?
ifconfig e1000g0:0 unplumb
echo $?
ifconfig e1000g0:5 unplumb
ifconfig e1000g0:5
echo $?
ifconfig e1000g0 addif
echo $?
zoneadm -z web1 reboot
ifconfig -a
--- output
# ifconfig e1000g0 addif 192.168.1.50/24 up
Created new logical interface e1000g0:2
# ifconfig e1000g0 addif 192.168.1.51
Created new logical interface e1000g0:3
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
e1000g0:2: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.50 netmask ffffff00 broadcast 192.168.1.255
e1000g0:3: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.51 netmask ffffff00 broadcast 192.168.1.255
# ifconfig e1000g0:2 addif 192.168.1.52
ifconfig: addif: bad physical interface name e1000g0:2
# echo $?
1
# ifconfig e1000g0 removeif 192.168.1.50
# ifconfig e1000g0 removeif 192.168.1.50
ifconfig: removeif: SIOCLIFREMOVEIF: e1000g0: Cannot assign requested address
# echo $?
1
# ifconfig e1000g0 removeif 192.168.1.212
ifconfig: removeif: can't remove interface: e1000g0
# echo $?
1
# ifconfig e1000g0:2 removeif 192.168.1.51
ifconfig: removeif: bad physical interface name e1000g0:2
# echo $?
1
# ifconfig e1000g0:5 plumb
# ifconfig e1000g0:5
e1000g0:5: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
# ifconfig e1000g1:1 plumb
ifconfig: plumb: SIOCLIFADDIF: e1000g1:1: no such interface
# echo $?
1
# ifconfig e1000g0:0 unplumb
ifconfig: unplumb: Cannot unplumb e1000g0:0: Invalid interface
# echo $?
1
# ifconfig e1000g0:5 unplumb
# ifconfig e1000g0:5
ifconfig: status: SIOCGLIFFLAGS: e1000g0:5: no such interface
# echo $?
1
# ifconfig e1000g0 addif
ifconfig: no argument for addif
# echo $?
1
# zoneadm -z web1 reboot
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
e1000g0:3: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.51 netmask ffffff00 broadcast 192.168.1.255
=== the global zone's changes reach zones' interfaces; zoneadm sees what is plumbed
config: zones-web1-running
# ON86 vplat.c: an address the global zone holds is in use by zone 'global';
# unplumbing e1000g0 takes the zones' logical interfaces on it; verify and boot then skip it
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.212/24; end"
zoneadm -z web2 install > /dev/null
zoneadm -z web2 boot
echo $?
ifconfig e1000g0:1 down
ifconfig e1000g0:1
zlogin web1 ifconfig e1000g0:1
ifconfig e1000g0:1 up
ifconfig e1000g0 addif 192.168.1.10 up
echo $?
ifconfig e1000g0 unplumb
ifconfig -a
zoneadm -z web1 verify
zoneadm -z web1 reboot
ifconfig -a
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.212/24; end"
# zoneadm -z web2 install > /dev/null
# zoneadm -z web2 boot
zoneadm: zone 'web2': e1000g0:2: could not bring network interface up: address in use by zone 'global': Cannot assign requested address
zoneadm: zone 'web2': call to zoneadmd failed
# echo $?
1
# ifconfig e1000g0:1 down
# ifconfig e1000g0:1
e1000g0:1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# zlogin web1 ifconfig e1000g0:1
e1000g0:1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# ifconfig e1000g0:1 up
# ifconfig e1000g0 addif 192.168.1.10 up
Created new logical interface e1000g0:2
ifconfig: setifflags: SIOCSLIFFLAGS: e1000g0:2: Address already in use
# echo $?
1
# ifconfig e1000g0 unplumb
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
# zoneadm -z web1 verify
WARNING: skipping network interface 'e1000g0' which may not be present/plumbed in the global zone.
# zoneadm -z web1 reboot
WARNING: skipping network interface 'e1000g0' which may not be present/plumbed in the global zone.
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
=== an exclusive-IP zone owns its link and plumbs it itself
config: basic
# runtime.md 4.1: its own lo0 and index numbering, ether shown; /etc/hostname.<link> at boot;
# ON86 inetplumb(): the global zone is told who uses the link (sic) and exits 0
--- input
zonecfg -z x1 "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g1; end"
zoneadm -z x1 install > /dev/null
zoneadm -z x1 boot
zlogin x1 ifconfig -a
zlogin x1 ifconfig e1000g1 plumb
zlogin x1 ifconfig e1000g1 10.0.0.21/24 up
zlogin x1 ifconfig -a
zlogin x1 ifconfig e1000g2 plumb
echo $?
ifconfig e1000g1 plumb
echo $?
ifconfig -a
ifconfig e1000g1
echo $?
echo 10.0.0.22/24 > /zones/x1/root/etc/hostname.e1000g1
zoneadm -z x1 reboot
zlogin x1 ifconfig e1000g1
zlogin x1 ifconfig e1000g1 down unplumb
zlogin x1 ifconfig -a
zoneadm -z x1 halt
ifconfig e1000g1 plumb
zoneadm -z x1 boot
zlogin x1 ifconfig -a
--- output
# zonecfg -z x1 "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g1; end"
# zoneadm -z x1 install > /dev/null
# zoneadm -z x1 boot
# zlogin x1 ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
# zlogin x1 ifconfig e1000g1 plumb
# zlogin x1 ifconfig e1000g1 10.0.0.21/24 up
# zlogin x1 ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.21 netmask ffffff00 broadcast 10.0.0.255
	ether 0:14:4f:8e:66:71 
# zlogin x1 ifconfig e1000g2 plumb
ifconfig: cannot open link "e1000g2": DLPI link does not exist
# echo $?
1
# ifconfig e1000g1 plumb
e1000g1 is used by non-globalzone: x1
# echo $?
0
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
# ifconfig e1000g1
ifconfig: status: SIOCGLIFFLAGS: e1000g1: no such interface
# echo $?
1
# echo 10.0.0.22/24 > /zones/x1/root/etc/hostname.e1000g1
# zoneadm -z x1 reboot
# zlogin x1 ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.22 netmask ffffff00 broadcast 10.0.0.255
	ether 0:14:4f:8e:66:71 
# zlogin x1 ifconfig e1000g1 down unplumb
# zlogin x1 ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
# zoneadm -z x1 halt
# ifconfig e1000g1 plumb
# zoneadm -z x1 boot
WARNING: skipping network interface 'e1000g1' which is used in the global zone.
zoneadm: zone 'x1': WARNING: skipping network interface 'e1000g1' which is used in the global zone.: Not owner
# zlogin x1 ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
=== dladm show-link and show-dev on a T5220: e1000g and the NIU's nxge
config: basic
host: t5220-a
# runtime.md 4.2, POL06 dladm.c
--- input
dladm show-link
dladm show-dev -p
dladm show-link -p e1000g0
dladm show-link nxge0
dladm show-dev bogus
echo $?
dladm
echo $?
dladm frob
echo $?
dladm show-link -i 5
echo $?
--- output
# dladm show-link
e1000g0  	type: non-vlan	mtu: 1500	device: e1000g0
e1000g1  	type: non-vlan	mtu: 1500	device: e1000g1
e1000g2  	type: non-vlan	mtu: 1500	device: e1000g2
e1000g3  	type: non-vlan	mtu: 1500	device: e1000g3
nxge0    	type: non-vlan	mtu: 1500	device: nxge0
nxge1    	type: non-vlan	mtu: 1500	device: nxge1
# dladm show-dev -p
e1000g0 link=up speed=1000 duplex=full
e1000g1 link=unknown speed=0 duplex=unknown
e1000g2 link=unknown speed=0 duplex=unknown
e1000g3 link=unknown speed=0 duplex=unknown
nxge0 link=unknown speed=0 duplex=unknown
nxge1 link=unknown speed=0 duplex=unknown
# dladm show-link -p e1000g0
e1000g0 type=non-vlan mtu=1500 device=e1000g0
# dladm show-link nxge0
nxge0    	type: non-vlan	mtu: 1500	device: nxge0
# dladm show-dev bogus
dladm: invalid device 'bogus'
# echo $?
1
# dladm
usage: dladm create-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>]
                    [-u <address>] -d <dev> ... <key>
             delete-aggr [-t] [-R <root-dir>] <key>
             add-aggr    [-t] [-R <root-dir>] -d <dev> ... <key>
             remove-aggr [-t] [-R <root-dir>] -d <dev> ... <key>
             modify-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>] [-u <address>] <key>
             show-aggr [-L] [-s] [-i <interval>] [-p] [<key>]
             show-dev [-s] [-i <interval>] [-p] [<dev>]
             show-link [-s] [-i <interval>] [-p] [<name>]
# echo $?
1
# dladm frob
dladm: unknown subcommand 'frob'
usage: dladm create-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>]
                    [-u <address>] -d <dev> ... <key>
             delete-aggr [-t] [-R <root-dir>] <key>
             add-aggr    [-t] [-R <root-dir>] -d <dev> ... <key>
             remove-aggr [-t] [-R <root-dir>] -d <dev> ... <key>
             modify-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>] [-u <address>] <key>
             show-aggr [-L] [-s] [-i <interval>] [-p] [<key>]
             show-dev [-s] [-i <interval>] [-p] [<dev>]
             show-link [-s] [-i <interval>] [-p] [<name>]
# echo $?
1
# dladm show-link -i 5
dladm: the option -i can be used only with -s
usage: dladm create-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>]
                    [-u <address>] -d <dev> ... <key>
             delete-aggr [-t] [-R <root-dir>] <key>
             add-aggr    [-t] [-R <root-dir>] -d <dev> ... <key>
             remove-aggr [-t] [-R <root-dir>] -d <dev> ... <key>
             modify-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>] [-u <address>] <key>
             show-aggr [-L] [-s] [-i <interval>] [-p] [<key>]
             show-dev [-s] [-i <interval>] [-p] [<dev>]
             show-link [-s] [-i <interval>] [-p] [<name>]
# echo $?
1
=== a guest's virtual network device is vnet0
config: zones-guest
domain: ldg1
# runtime.md 4.2: vnet0 in the guest, link unknown on LDoms 1.x
--- input
ifconfig -a
dladm show-link
dladm show-dev
dladm show-dev vnet0
--- output
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
vnet0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.225 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:fb:d7:2e 
# dladm show-link
vnet0    	type: non-vlan	mtu: 1500	device: vnet0
# dladm show-dev
vnet0		link: unknown	speed: 0     Mbps	duplex: unknown
# dladm show-dev vnet0
vnet0		link: unknown	speed: 0     Mbps	duplex: unknown
=== a service domain has its virtual switch's vsw0 beside its NICs
config: zones-guest
# runtime.md 4.2: vsw0 after ldm add-vsw and the reboot
--- input
dladm show-link
dladm show-link -p vsw0
--- output
# dladm show-link
e1000g0  	type: non-vlan	mtu: 1500	device: e1000g0
e1000g1  	type: non-vlan	mtu: 1500	device: e1000g1
e1000g2  	type: non-vlan	mtu: 1500	device: e1000g2
e1000g3  	type: non-vlan	mtu: 1500	device: e1000g3
nxge0    	type: non-vlan	mtu: 1500	device: nxge0
nxge1    	type: non-vlan	mtu: 1500	device: nxge1
vsw0     	type: non-vlan	mtu: 1500	device: vsw0
# dladm show-link -p vsw0
vsw0 type=non-vlan mtu=1500 device=vsw0
=== the global zone plumbs at boot what /etc/hostname.<link> names; ifconfig's changes go with a reboot
config: zones-web1-running
# svc:/network/physical: lo0, the first link and each link with a hostname file
--- input
echo 10.0.0.5/24 > /etc/hostname.e1000g1
ifconfig e1000g1
init 6
ifconfig e1000g1
zoneadm -z web1 halt
ifconfig e1000g1 unplumb
init 6
ifconfig -a
--- output
# echo 10.0.0.5/24 > /etc/hostname.e1000g1
# ifconfig e1000g1
ifconfig: status: SIOCGLIFFLAGS: e1000g1: no such interface
# init 6
rebooting...
# ifconfig e1000g1
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255
	ether 0:14:4f:8e:66:71 
# zoneadm -z web1 halt
# ifconfig e1000g1 unplumb
# init 6
rebooting...
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
e1000g1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255
	ether 0:14:4f:8e:66:71 
=== without lo0 in the global zone a zone boots without its loopback
config: zones-web1-running
# ON86 ip_if.c: unplumbing lo0 takes its logical interfaces; vplat.c: SIOCLIFADDIF fails, the zone boots on
--- input
ifconfig lo0 unplumb
ifconfig -a
zoneadm -z web1 reboot
ifconfig -a
ifconfig lo0 plumb
ifconfig -a
--- output
# ifconfig lo0 unplumb
# ifconfig -a
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# zoneadm -z web1 reboot
# ifconfig -a
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
# ifconfig lo0 plumb
# ifconfig -a
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
lo0: flags=2001000848<LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 3
	inet 127.0.0.1 netmask ff000000 
=== ifconfig -a plumb plumbs every data link the caller may have
config: zones-web1-running
# ON86 ifconfig.c foreachinterface(): the global zone's dlpi_walk(), a zone's own datalinks
--- input
zonecfg -z x1 "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g2; end"
zoneadm -z x1 install > /dev/null
zoneadm -z x1 boot
ifconfig -a plumb
echo $?
ifconfig -a
zlogin x1 ifconfig -a plumb
zlogin x1 ifconfig -a
zlogin web1 ifconfig -a plumb
echo $?
--- output
# zonecfg -z x1 "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g2; end"
# zoneadm -z x1 install > /dev/null
# zoneadm -z x1 boot
# ifconfig -a plumb
ifconfig: SIOCSLIFNAME for ip: e1000g0: already exists
e1000g2 is used by non-globalzone: x1
# echo $?
0
# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0:1: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	zone web1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.212 netmask ffffff00 broadcast 192.168.1.255
	ether 0:14:4f:8e:66:70 
e1000g0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	zone web1
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
e1000g1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 0.0.0.0 netmask 0 
	ether 0:14:4f:8e:66:71 
e1000g3: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 4
	inet 0.0.0.0 netmask 0 
	ether 0:14:4f:8e:66:73 
# zlogin x1 ifconfig -a plumb
# zlogin x1 ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g2: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
	ether 0:14:4f:8e:66:72 
# zlogin web1 ifconfig -a plumb
# echo $?
0
=== dladm in a zone lacks its privileges
config: zones-web1-running
status: 1
# POL06 dladm.c main(): no sys_net_config in a zone
--- input
zlogin web1 dladm show-link
echo $?
dladm show-link -x
echo $?
dladm show-dev -i
echo $?
dladm show-link e1000g0 e1000g1
--- output
# zlogin web1 dladm show-link
dladm: insufficient privileges
# echo $?
1
# dladm show-link -x
dladm: unrecognized option '-x'
# echo $?
1
# dladm show-dev -i
dladm: option requires a value '-i'
# echo $?
1
# dladm show-link e1000g0 e1000g1
usage: dladm create-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>]
                    [-u <address>] -d <dev> ... <key>
             delete-aggr [-t] [-R <root-dir>] <key>
             add-aggr    [-t] [-R <root-dir>] -d <dev> ... <key>
             remove-aggr [-t] [-R <root-dir>] -d <dev> ... <key>
             modify-aggr [-t] [-R <root-dir>] [-P <policy>]
                    [-l <mode>] [-T <time>] [-u <address>] <key>
             show-aggr [-L] [-s] [-i <interval>] [-p] [<key>]
             show-dev [-s] [-i <interval>] [-p] [<dev>]
             show-link [-s] [-i <interval>] [-p] [<name>]
