# svcs: the service instances this world has (runtime.md §6.1).
=== svcs lists the enabled instances, -a all, -H without the header; patterns
config: zones-web1-running
# runtime.md 6.1, ON86 svcs.c: sorted by state, state time, FMRI; STATE 14 and STIME 8 wide;
# a pattern is an FMRI, an abbreviation or a glob; one that matches nothing: libscf's message, exit 1
--- input
svcs
svcs -a
svcs -H
svcs svc:/network/physical:default network/physical physical:default physical
svcs -H 'network/*' '*zones*'
svcs -H default
svcs -a zones
echo $?
svcs zones nosuch
echo $?
--- output
# svcs
STATE          STIME    FMRI
online         Dec_19   svc:/ldoms/ldmd:default
online         Dec_19   svc:/milestone/multi-user-server:default
online         Dec_19   svc:/milestone/multi-user:default
online         Dec_19   svc:/milestone/network:default
online         Dec_19   svc:/milestone/single-user:default
online         Dec_19   svc:/network/loopback:default
online         Dec_19   svc:/network/physical:default
online         Dec_19   svc:/network/ssh:default
online         Dec_19   svc:/system/filesystem/local:default
online         Dec_19   svc:/system/system-log:default
online         Dec_19   svc:/system/zones:default
# svcs -a
STATE          STIME    FMRI
disabled       Dec_19   svc:/ldoms/vntsd:default
disabled       Dec_19   svc:/system/pools/dynamic:default
disabled       Dec_19   svc:/system/pools:default
online         Dec_19   svc:/ldoms/ldmd:default
online         Dec_19   svc:/milestone/multi-user-server:default
online         Dec_19   svc:/milestone/multi-user:default
online         Dec_19   svc:/milestone/network:default
online         Dec_19   svc:/milestone/single-user:default
online         Dec_19   svc:/network/loopback:default
online         Dec_19   svc:/network/physical:default
online         Dec_19   svc:/network/ssh:default
online         Dec_19   svc:/system/filesystem/local:default
online         Dec_19   svc:/system/system-log:default
online         Dec_19   svc:/system/zones:default
# svcs -H
online         Dec_19   svc:/ldoms/ldmd:default
online         Dec_19   svc:/milestone/multi-user-server:default
online         Dec_19   svc:/milestone/multi-user:default
online         Dec_19   svc:/milestone/network:default
online         Dec_19   svc:/milestone/single-user:default
online         Dec_19   svc:/network/loopback:default
online         Dec_19   svc:/network/physical:default
online         Dec_19   svc:/network/ssh:default
online         Dec_19   svc:/system/filesystem/local:default
online         Dec_19   svc:/system/system-log:default
online         Dec_19   svc:/system/zones:default
# svcs svc:/network/physical:default network/physical physical:default physical
STATE          STIME    FMRI
online         Dec_19   svc:/network/physical:default
# svcs -H 'network/*' '*zones*'
online         Dec_19   svc:/network/loopback:default
online         Dec_19   svc:/network/physical:default
online         Dec_19   svc:/network/ssh:default
online         Dec_19   svc:/system/zones:default
# svcs -H default
disabled       Dec_19   svc:/ldoms/vntsd:default
disabled       Dec_19   svc:/system/pools/dynamic:default
disabled       Dec_19   svc:/system/pools:default
online         Dec_19   svc:/ldoms/ldmd:default
online         Dec_19   svc:/milestone/multi-user-server:default
online         Dec_19   svc:/milestone/multi-user:default
online         Dec_19   svc:/milestone/network:default
online         Dec_19   svc:/milestone/single-user:default
online         Dec_19   svc:/network/loopback:default
online         Dec_19   svc:/network/physical:default
online         Dec_19   svc:/network/ssh:default
online         Dec_19   svc:/system/filesystem/local:default
online         Dec_19   svc:/system/system-log:default
online         Dec_19   svc:/system/zones:default
# svcs -a zones
svcs: -a ignored when used with arguments.
STATE          STIME    FMRI
online         Dec_19   svc:/system/zones:default
# echo $?
0
# svcs zones nosuch
svcs: Pattern 'nosuch' doesn't match any instances
STATE          STIME    FMRI
online         Dec_19   svc:/system/zones:default
# echo $?
1
=== svcs -l: the detailed view of each instance named
config: zones-web1-running
# ON86 svcs.c print_detailed(): %-13s; contract_id of a running daemon; dependencies and their states
--- input
svcs -l zones
svcs -l vntsd ldmd
svcadm enable vntsd
svcs -l vntsd
svcs -H vntsd
svcs -l network
svcs -l
echo $?
svcs -l nosuch
echo $?
--- output
# svcs -l zones
fmri         svc:/system/zones:default
name         Zones autoboot and graceful shutdown
enabled      true
state        online
next_state   none
state_time   Sat Dec 19 18:20:17 2009
logfile      /var/svc/log/system-zones:default.log
restarter    svc:/system/svc/restarter:default
# svcs -l vntsd ldmd
fmri         svc:/ldoms/vntsd:default
name         virtual network terminal server
enabled      false
state        disabled
next_state   none
state_time   Sat Dec 19 18:20:17 2009
logfile      /var/svc/log/ldoms-vntsd:default.log
restarter    svc:/system/svc/restarter:default
dependency   optional_all/error svc:/milestone/network (online)
dependency   optional_all/none svc:/system/system-log (online)

fmri         svc:/ldoms/ldmd:default
name         Logical Domains Manager
enabled      true
state        online
next_state   none
state_time   Sat Dec 19 18:20:17 2009
logfile      /var/svc/log/ldoms-ldmd:default.log
restarter    svc:/system/svc/restarter:default
contract_id  80 
# svcadm enable vntsd
# svcs -l vntsd
fmri         svc:/ldoms/vntsd:default
name         virtual network terminal server
enabled      true
state        online
next_state   none
state_time   Sat Dec 19 18:20:17 2009
logfile      /var/svc/log/ldoms-vntsd:default.log
restarter    svc:/system/svc/restarter:default
contract_id  86 
dependency   optional_all/error svc:/milestone/network (online)
dependency   optional_all/none svc:/system/system-log (online)
# svcs -H vntsd
online         Dec_19   svc:/ldoms/vntsd:default
# svcs -l network
fmri         svc:/milestone/network:default
name         Network milestone
enabled      true
state        online
next_state   none
state_time   Sat Dec 19 18:20:17 2009
logfile      /var/svc/log/milestone-network:default.log
restarter    svc:/system/svc/restarter:default
dependency   require_all/none svc:/network/loopback (online)
dependency   require_all/none svc:/network/physical (online)
# svcs -l
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
# echo $?
2
# svcs -l nosuch
svcs: Pattern 'nosuch' doesn't match any instances
# echo $?
1
=== svcs -x explains the instances named; alone it reports none here
config: zones-web1-running
# ON86 explain.c print_service(): a disabled instance's reason, its manual pages and log
--- input
svcs -x
echo $?
svcs -x vntsd
svcs -x zones network/physical
svcs -x nosuch
echo $?
--- output
# svcs -x
# echo $?
0
# svcs -x vntsd
svc:/ldoms/vntsd:default (virtual network terminal server)
 State: disabled since Sat Dec 19 18:20:17 2009
Reason: Disabled by an administrator.
   See: http://sun.com/msg/SMF-8000-05
   See: vntsd(1M)
   See: /var/svc/log/ldoms-vntsd:default.log
Impact: This service is not running.
# svcs -x zones network/physical
svc:/system/zones:default (Zones autoboot and graceful shutdown)
 State: online since Sat Dec 19 18:20:17 2009
   See: zones(5)
   See: zonecfg(1M)
   See: /var/svc/log/system-zones:default.log
Impact: None.

svc:/network/physical:default (physical network interfaces)
 State: online since Sat Dec 19 18:20:17 2009
   See: ifconfig(1M)
   See: /var/svc/log/network-physical:default.log
Impact: None.
# svcs -x nosuch
svcs: Pattern 'nosuch' doesn't match any instances
# echo $?
1
=== svcs option errors
config: zones-web1-running
# ON86 svcs.c: getopt's message, then the usage (exit 2); -l, -x, -d, -D exclude each other and -a, -H
--- input
svcs -z
echo $?
svcs -a -l zones
echo $?
svcs -H -x zones
echo $?
svcs -l -x zones
echo $?
svcs -o
echo $?
svcs -d zones
echo $?
svcs -p zones
echo $?
--- output
# svcs -z
svcs: illegal option -- z
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
# echo $?
2
# svcs -a -l zones
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
# echo $?
2
# svcs -H -x zones
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
# echo $?
2
# svcs -l -x zones
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
# echo $?
2
# svcs -o
svcs: option requires an argument -- o
Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [<service> ...]
       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [<service> ...]
       svcs -l <service> ...
       svcs -x [-v] [<service> ...]
       svcs -?
# echo $?
2
# svcs -d zones
svcs: -d: not simulated
# echo $?
1
# svcs -p zones
svcs: -p: not simulated
# echo $?
1
=== svcs in a zone: the zone's own instances, since its boot
config: zones-web1-running
# runtime.md 6.1: no zones, pools or ldoms instances in a zone; STIME %k:%M:%S within a day
--- input
zlogin web1 svcs
zlogin web1 svcs -a zones
zlogin web1 svcs -x network/physical
zlogin web1 svcs -l ldmd
echo $?
--- output
# zlogin web1 svcs
STATE          STIME    FMRI
online          9:15:30 svc:/milestone/multi-user-server:default
online          9:15:30 svc:/milestone/multi-user:default
online          9:15:30 svc:/milestone/network:default
online          9:15:30 svc:/milestone/single-user:default
online          9:15:30 svc:/network/loopback:default
online          9:15:30 svc:/network/physical:default
online          9:15:30 svc:/network/ssh:default
online          9:15:30 svc:/system/filesystem/local:default
online          9:15:30 svc:/system/system-log:default
# zlogin web1 svcs -a zones
svcs: -a ignored when used with arguments.
svcs: Pattern 'zones' doesn't match any instances
STATE          STIME    FMRI
# zlogin web1 svcs -x network/physical
svc:/network/physical:default (physical network interfaces)
 State: online since Mon Jan  4 09:15:30 2010
   See: ifconfig(1M)
   See: /var/svc/log/network-physical:default.log
Impact: None.
# zlogin web1 svcs -l ldmd
svcs: Pattern 'ldmd' doesn't match any instances
# echo $?
1
=== svcs in a guest domain: no Logical Domains Manager
config: zones-guest
domain: ldg1
# ldmd and vntsd run in the control domain only
--- input
svcs -a
svcs ldmd vntsd
echo $?
--- output
# svcs -a
STATE          STIME    FMRI
disabled        9:03:30 svc:/system/pools/dynamic:default
disabled        9:03:30 svc:/system/pools:default
online          9:03:30 svc:/milestone/multi-user-server:default
online          9:03:30 svc:/milestone/multi-user:default
online          9:03:30 svc:/milestone/network:default
online          9:03:30 svc:/milestone/single-user:default
online          9:03:30 svc:/network/loopback:default
online          9:03:30 svc:/network/physical:default
online          9:03:30 svc:/network/ssh:default
online          9:03:30 svc:/system/filesystem/local:default
online          9:03:30 svc:/system/system-log:default
online          9:03:30 svc:/system/zones:default
# svcs ldmd vntsd
svcs: Pattern 'ldmd' doesn't match any instances
svcs: Pattern 'vntsd' doesn't match any instances
STATE          STIME    FMRI
# echo $?
1
=== svcs STIME: the time within a day, the date within 360 days, then the year
config: zones-web1-running
# ON86 svcs.c sprint_stime(): FORMAT_TIME, FORMAT_DATE "%b_%d  ", FORMAT_YEAR "%Y    "
--- input
svcs -H zones
sleep 86400
svcs -H zones
sleep 31104000
svcs -H zones
--- output
# svcs -H zones
online         Dec_19   svc:/system/zones:default
# sleep 86400
# svcs -H zones
online         Dec_19   svc:/system/zones:default
# sleep 31104000
# svcs -H zones
online         2009     svc:/system/zones:default
