=== zlogin usage and option conflicts
config: zones-web1-running
status: 2
--- input
zlogin
echo $?
zlogin -x web1
echo $?
zlogin -C -l admin web1
echo $?
zlogin -C -S web1
echo $?
zlogin -C -R /tmp web1
echo $?
zlogin -S -l admin web1
echo $?
zlogin -C web1 ls
echo $?
zlogin -R a web1
echo $?
zlogin -R /nowhere web1
echo $?
zlogin -e \\9 web1
echo $?
zlogin -e \\777 web1
echo $?
/usr/sbin/zlogin
--- output
# zlogin
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -x web1
zlogin: illegal option -- x
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -C -l admin web1
zlogin: -l may not be specified for console login
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -C -S web1
zlogin: -S may not be specified for console login
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -C -R /tmp web1
zlogin: -R may not be specified for console login
# echo $?
2
# zlogin -S -l admin web1
zlogin: -l may not be specified for failsafe login
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -C web1 ls
zlogin: Commands may not be specified for console login.
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -R a web1
zlogin: root path must be absolute.
# echo $?
2
# zlogin -R /nowhere web1
zlogin: root path must be a directory.
# echo $?
2
# zlogin -e \\9 web1
zlogin: Unrecognized escape character option \9
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin -e \\777 web1
zlogin: Octal escape character '\777' too large
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# /usr/sbin/zlogin
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
=== zlogin errors: where it runs, which zone, its state
config: zones-web1-configured
--- input
zlogin global
echo $?
zlogin nosuch
echo $?
zlogin web1 zonename
echo $?
zlogin -C web1
echo $?
zoneadm -z web1 install > /dev/null
zoneadm -z web1 mark incomplete
zlogin web1
echo $?
zoneadm -z web1 uninstall -F
zoneadm -z web1 install > /dev/null
zlogin web1 zonename
echo $?
zoneadm -z web1 ready
zlogin web1
echo $?
zoneadm -z web1 boot
zlogin web1 zlogin web1 zonename
echo $?
--- output
# zlogin global
zlogin: 'zlogin' not applicable to the global zone
# echo $?
1
# zlogin nosuch
zlogin: zone 'nosuch' unknown
# echo $?
1
# zlogin web1 zonename
zlogin: cannot login to a zone which is 'configured'
# echo $?
1
# zlogin -C web1
zlogin: cannot login to a zone which is 'configured'
# echo $?
1
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 mark incomplete
# zlogin web1
zlogin: cannot login to a zone which is 'incomplete'
# echo $?
1
# zoneadm -z web1 uninstall -F
# zoneadm -z web1 install > /dev/null
# zlogin web1 zonename
zlogin: login allowed only to running zones (web1 is 'installed').
# echo $?
1
# zoneadm -z web1 ready
# zlogin web1
zlogin: login allowed only to running zones (web1 is 'ready').
# echo $?
1
# zoneadm -z web1 boot
# zlogin web1 zlogin web1 zonename
zlogin: 'zlogin' may only be used from the global zone
# echo $?
1
=== zlogin on a terminal: banners, the motd, exit or ~.
config: zones-web1-running
interactive: yes
--- input
zlogin web1
zonename
hostname
uname -n
zonename -t
zoneadm list -cv
zonecfg -z web1 info
ldm list
exit
echo $?
zlogin web1
~.
echo $?
zlogin -e @ web1
~.
@.
zlogin -E web1
~.
exit
--- output
# zlogin web1
[Connected to zone 'web1' pts/2]
Sun Microsystems Inc.   SunOS 5.10      Generic January 2005
# zonename
web1
# hostname
web1
# uname -n
web1
# zonename -t
shared
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   1 web1             running    /                              native   shared
# zonecfg -z web1 info
zonecfg can only be run from the global zone.
# ldm list
ldm: not found
# exit

[Connection to zone 'web1' pts/2 closed]
# echo $?
0
# zlogin web1
[Connected to zone 'web1' pts/2]
Sun Microsystems Inc.   SunOS 5.10      Generic January 2005
# ~.
[Connection to zone 'web1' pts/2 closed]
# echo $?
0
# zlogin -e @ web1
[Connected to zone 'web1' pts/2]
Sun Microsystems Inc.   SunOS 5.10      Generic January 2005
# ~.
~.: not found
# @.
[Connection to zone 'web1' pts/2 closed]
# zlogin -E web1
[Connected to zone 'web1' pts/2]
Sun Microsystems Inc.   SunOS 5.10      Generic January 2005
# ~.
~.: not found
# exit

[Connection to zone 'web1' pts/2 closed]
=== zlogin without a terminal: the next lines go to the zone's shell
config: zones-web1-running
--- input
zlogin web1
zonename
cd /etc
pwd
cat nodename
exit 7
echo $?
zonename
--- output
# zlogin web1
Sun Microsystems Inc.   SunOS 5.10      Generic January 2005
# zonename
web1
# cd /etc
# pwd
/etc
# cat nodename
web1
# exit 7
# echo $?
7
# zonename
global
=== zlogin runs one command: its words, its status, its output streams
config: zones-web1-running
--- input
zlogin web1 echo hello world
zlogin web1 'cd /etc; ls nodename motd'
zlogin web1 cat /nosuch
echo $?
zlogin web1 exit 4
echo $?
zlogin web1 "echo $?"
--- output
# zlogin web1 echo hello world
hello world
# zlogin web1 'cd /etc; ls nodename motd'
motd      nodename
# zlogin web1 cat /nosuch
cat: cannot open /nosuch
# echo $?
2
# zlogin web1 exit 4
# echo $?
4
# zlogin web1 "echo $?"
0
=== zlogin -C: the console of an installed, ready or running zone
config: zones-web1-installed
interactive: yes
--- input
zlogin -C web1
typed into a halted zone's console
~.
zoneadm -z web1 ready
zlogin -C web1
~.
zoneadm -z web1 boot
zlogin -C web1

root
zonename
exit
~.
--- output
# zlogin -C web1
[Connected to zone 'web1' console]
typed into a halted zone's console
~.
[Connection to zone 'web1' console closed]
# zoneadm -z web1 ready
# zlogin -C web1
[Connected to zone 'web1' console]
~.
[Connection to zone 'web1' console closed]
# zoneadm -z web1 boot
# zlogin -C web1
[Connected to zone 'web1' console]

web1 console login: root
# zonename
web1
# exit
web1 console login: ~.
[Connection to zone 'web1' console closed]
=== zlogin -C: a reboot and a halt seen from the console
config: zones-web1-running
interactive: yes
--- input
zlogin -C web1

root
reboot
root
zoneadm list -v
halt
typed after the halt
~.
zoneadm list -v
--- output
# zlogin -C web1
[Connected to zone 'web1' console]

web1 console login: root
# reboot

[NOTICE: Zone rebooting]


SunOS Release 5.10 Version Generic_141444-09 64-bit
Copyright 1983-2009 Sun Microsystems, Inc.  All rights reserved.
Use is subject to license terms.
Hostname: web1

web1 console login: root
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   2 web1             running    /                              native   shared
# halt

[NOTICE: Zone halted]
typed after the halt
~.
[Connection to zone 'web1' console closed]
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
