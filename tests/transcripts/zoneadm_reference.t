=== T19 boot before install (reference §12)
config: zones-web1-configured
--- input
zoneadm -z web1 boot
echo $?
zoneadm -z web1 ready
echo $?
zoneadm -z web1 reboot
echo $?
--- output
# zoneadm -z web1 boot
zoneadm: zone 'web1': must be installed before boot.
# echo $?
1
# zoneadm -z web1 ready
zoneadm: zone 'web1': must be installed before ready.
# echo $?
1
# zoneadm -z web1 reboot
zoneadm: zone 'web1': not running
# echo $?
1
=== T19 the messages are on stderr
config: zones-web1-configured
status: 1
--- input
zoneadm -z web1 boot
--- stderr
zoneadm: zone 'web1': must be installed before boot.
=== T20 zoneadm list after configuring (exact column layout)
config: zones-web1-configured
--- input
zoneadm list -cv
zoneadm list -iv
zoneadm list
zoneadm list -c
--- output
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             configured /zones/web1                    native   shared
# zoneadm list -iv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
# zoneadm list
global
# zoneadm list -c
global
web1
=== T21 install, then list
config: zones-web1-configured
--- input
zoneadm -z web1 install
echo $?
zoneadm list -iv
--- output
# zoneadm -z web1 install
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# echo $?
0
# zoneadm list -iv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
=== T21 the installer writes on stdout
config: zones-web1-configured
--- input
zoneadm -z web1 install
--- stdout
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
=== T22 boot, list, double boot
config: zones-web1-installed
--- input
zoneadm -z web1 boot
echo $?
zoneadm list -v
zoneadm -z web1 boot
echo $?
zoneadm list -cp
--- output
# zoneadm -z web1 boot
# echo $?
0
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1             running    /zones/web1                    native   shared
# zoneadm -z web1 boot
zoneadm: zone 'web1': zone is already booted
# echo $?
0
# zoneadm list -cp
0:global:running:/::native:shared
1:web1:running:/zones/web1:b26aeb51-a349-5fd9-37ab-48ad82aa4a36:native:shared
=== T23 reboot changes the zone ID
config: zones-web1-running
--- input
zoneadm -z web1 reboot
zoneadm list -v
--- output
# zoneadm -z web1 reboot
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   2 web1             running    /zones/web1                    native   shared
=== T25 operations refused on a running zone
config: zones-web1-running
--- input
zoneadm -z web1 uninstall -F
echo $?
zoneadm -z web1 install
echo $?
zoneadm -z web1 move /zones2/web1
echo $?
zoneadm -z web1 detach
echo $?
zonecfg -z web1 delete -F
echo $?
--- output
# zoneadm -z web1 uninstall -F
zoneadm: zone 'web1': uninstall operation is invalid for running zones.
# echo $?
1
# zoneadm -z web1 install
zoneadm: zone 'web1': install operation is invalid for running zones.
# echo $?
1
# zoneadm -z web1 move /zones2/web1
zoneadm: zone 'web1': move operation is invalid for running zones.
# echo $?
1
# zoneadm -z web1 detach
zoneadm: zone 'web1': detach operation is invalid for running zones.
# echo $?
1
# zonecfg -z web1 delete -F
web1: Zone state is invalid for the requested operation
# echo $?
1
=== T28 uninstall prompts
config: zones-web1-installed
interactive: yes
--- input
zoneadm -z web1 uninstall
n
echo $?
zoneadm -z web1 uninstall < /dev/null
echo $?
zoneadm -z web1 uninstall -F
echo $?
zoneadm list -cv
--- output
# zoneadm -z web1 uninstall
Are you sure you want to uninstall zone web1 (y/[n])? n
# echo $?
0
# zoneadm -z web1 uninstall < /dev/null
zoneadm: zone 'web1': Input not from terminal and -F not specified: uninstall not done.
# echo $?
1
# zoneadm -z web1 uninstall -F
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             configured /zones/web1                    native   shared
=== T29 zoneadm verify with a missing zonepath directory
config: zones-web4
--- input
zoneadm -z web4 verify
echo $?
--- output
# zoneadm -z web4 verify
WARNING: /zones/web4 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web4, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web4 is group- or other-writable
or
/zones/web4 overlaps with any other installed zones.
# echo $?
0
=== T29 the warning is on stderr
config: zones-web4
--- input
zoneadm -z web4 verify
--- stderr
WARNING: /zones/web4 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web4, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web4 is group- or other-writable
or
/zones/web4 overlaps with any other installed zones.
=== T30 zoneadm verify with wrong zonepath permissions
config: zones-web4
--- input
mkdir -m 755 /zones/web4
zoneadm -z web4 verify
echo $?
--- output
# mkdir -m 755 /zones/web4
# zoneadm -z web4 verify
/zones/web4 must not be group readable.
/zones/web4 must not be group executable.
/zones/web4 must not be world readable.
/zones/web4 must not be world executable.
could not verify zonepath /zones/web4 because of the above errors.
zoneadm: zone web4 failed to verify
# echo $?
1
=== T33 zonename
config: zones-web1-running
--- input
zonename
zlogin web1 zonename
zonename -t
--- output
# zonename
global
# zlogin web1 zonename
web1
# zonename -t
shared
=== T36 help / usage
config: zones-web1-configured
--- input
zoneadm
echo $?
zoneadm -z web1 list -c
echo $?
--- output
# zoneadm
usage:	zoneadm help
	zoneadm [-z <zone>] [-u <uuid-match>] list
	zoneadm {-z <zone>|-u <uuid-match>} <subcommand>

Subcommands:

help
boot [-- boot_arguments]
halt
ready
reboot [-- boot_arguments]
list [-cipv]
verify
install [-x nodataset] [brand-specific args]
uninstall [-F]
clone [-m method] [-s <ZFS snapshot>] zonename
move zonepath
detach [-n]
attach [-F] [-n <path>] [-u]
mark incomplete

# echo $?
2
# zoneadm -z web1 list -c
-c: illegal option -- c
usage:	list [-cipv]
	Lists the current zones, or a specific zone if indicated.  By default,
	all running zones are listed, though this can be expanded to all
	installed zones with the -i option or all configured zones with the
	-c option.  When used with the general -z <zone> and/or -u <uuid-match>
	options, lists only the specified matching zone, but lists it
	regardless of its state, and the -i and -c options are disallowed.  The
	-v option can be used to display verbose information: zone name, id,
	current state, root directory and options.  The -p option can be used
	to request machine-parsable output.  The -v and -p options are mutually
	exclusive.  If neither -v nor -p is used, just the zone name is listed.
# echo $?
2
=== T38 Solaris 8 branded zone on a sun4v host
config: containers
interactive: yes
--- input
zonecfg -z s8-zone
create -t SUNWsolaris8
set zonepath=/zones/s8-zone
add attr
set name=machine
set type=string
set value=sun4u
end
exit
zoneadm list -cv
--- output
# zonecfg -z s8-zone
s8-zone: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:s8-zone> create -t SUNWsolaris8
zonecfg:s8-zone> set zonepath=/zones/s8-zone
zonecfg:s8-zone> add attr
zonecfg:s8-zone:attr> set name=machine
zonecfg:s8-zone:attr> set type=string
zonecfg:s8-zone:attr> set value=sun4u
zonecfg:s8-zone:attr> end
zonecfg:s8-zone> exit
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - s8-zone          configured /zones/s8-zone                 solaris8 shared
=== T38 without the Solaris 8 Containers there is no SUNWsolaris8 template
status: 1
--- input
zonecfg -z s8-zone "create -t SUNWsolaris8"
--- stderr
SUNWsolaris8: No such zone configured
