=== zoneadm without -z for a zone subcommand
config: zones-web1-configured
--- input
zoneadm boot
echo $?
zoneadm uninstall -F
echo $?
--- output
# zoneadm boot
zoneadm: no zone specified
# echo $?
1
# zoneadm uninstall -F
zoneadm: no zone specified
# echo $?
1
=== zoneadm -R: an absolute directory, and no zone work in an alternate root
config: zones-web1-installed
--- input
zoneadm -R tmp list
echo $?
zoneadm -R /nowhere list
echo $?
zoneadm -R /tmp -z web1 boot
echo $?
zoneadm -R / -z web1 list -p
--- output
# zoneadm -R tmp list
zoneadm: root path must be absolute.
# echo $?
1
# zoneadm -R /nowhere list
zoneadm: root path must be a directory.
# echo $?
1
# zoneadm -R /tmp -z web1 boot
zoneadm: zone 'web1': cannot boot zone in alternate root
# echo $?
1
# zoneadm -R / -z web1 list -p
-:web1:installed:/zones/web1:b26aeb51-a349-5fd9-37ab-48ad82aa4a36:native:shared
=== zoneadm -u: a UUID names the zone; a bad one is refused
config: zones-web1-installed
--- input
zoneadm -u b26aeb51-a349-5fd9-37ab-48ad82aa4a36 list -v
zoneadm -u not-a-uuid list
echo $?
zoneadm -u 00000000-0000-0000-0000-000000000000 boot
echo $?
--- output
# zoneadm -u b26aeb51-a349-5fd9-37ab-48ad82aa4a36 list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   - web1             installed  /zones/web1                    native   shared
# zoneadm -u not-a-uuid list
zoneadm: illegal UUID value specified
# echo $?
1
# zoneadm -u 00000000-0000-0000-0000-000000000000 boot
zoneadm: no zone specified
# echo $?
1
=== zoneadm in a local zone: halt and reboot are for halt(1M) and reboot(1M)
config: zones-web1-running
--- input
zlogin web1 zoneadm halt
zlogin web1 zoneadm reboot
zlogin web1 zoneadm boot
zlogin web1 zoneadm -z web1 list
zlogin web1 zoneadm -z web2 list
zlogin web1 zoneadm list -cv
zlogin web1 zoneadm list -p
--- output
# zlogin web1 zoneadm halt
zoneadm: use halt(1M) to halt this zone.
# zlogin web1 zoneadm reboot
zoneadm: use reboot(1M) to reboot this zone.
# zlogin web1 zoneadm boot
zoneadm: must be in the global zone to boot a zone.
# zlogin web1 zoneadm -z web1 list
zoneadm: zone 'web1': missing or invalid brand
# zlogin web1 zoneadm -z web2 list
zoneadm: web2: No such zone configured
# zlogin web1 zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   1 web1             running    /                              native   shared
# zlogin web1 zoneadm list -p
1:web1:running:/:b26aeb51-a349-5fd9-37ab-48ad82aa4a36:native:shared
=== each state refuses what it cannot do (§7.3)
config: zones-web1-installed
--- input
zoneadm -z web1 uninstall -F
zoneadm -z web1 uninstall -F
echo $?
zoneadm -z web1 detach
echo $?
zoneadm -z web1 move /zones/web1b
echo $?
zoneadm -z web1 mark incomplete
echo $?
zoneadm -z web1 install
zoneadm -z web1 install
echo $?
zoneadm -z web1 attach
echo $?
zoneadm -z web1 mark incomplete
echo $?
zoneadm list -cv
zoneadm -z web1 install
echo $?
zoneadm -z web1 clone web2
echo $?
zoneadm -z web1 verify
echo $?
zoneadm -z web1 boot
echo $?
zoneadm -z web1 halt
echo $?
zoneadm -z web1 uninstall -F
echo $?
zoneadm list -cv
--- output
# zoneadm -z web1 uninstall -F
# zoneadm -z web1 uninstall -F
zoneadm: zone 'web1': is already in state 'configured'.
# echo $?
1
# zoneadm -z web1 detach
zoneadm: zone 'web1': must be installed before detach.
# echo $?
1
# zoneadm -z web1 move /zones/web1b
zoneadm: zone 'web1': must be installed before move.
# echo $?
1
# zoneadm -z web1 mark incomplete
zoneadm: zone 'web1': must be installed before mark.
# echo $?
1
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
# zoneadm -z web1 install
zoneadm: zone 'web1': is already installed.
# echo $?
1
# zoneadm -z web1 attach
zoneadm: zone 'web1': is already installed.
# echo $?
1
# zoneadm -z web1 mark incomplete
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             incomplete /zones/web1                    native   shared
# zoneadm -z web1 install
zoneadm: zone 'web1': zone is incomplete; uninstall required.
# echo $?
1
# zoneadm -z web1 clone web2
zoneadm: zone 'web1': zone is incomplete; uninstall required.
# echo $?
1
# zoneadm -z web1 verify
zoneadm: zone 'web1': zone is incomplete; uninstall required.
# echo $?
1
# zoneadm -z web1 boot
zoneadm: zone 'web1': must be installed before boot.
# echo $?
1
# zoneadm -z web1 halt
zoneadm: zone 'web1': halt operation is invalid for zones in state 'incomplete'
# echo $?
1
# zoneadm -z web1 uninstall -F
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             configured /zones/web1                    native   shared
=== halt: zoneadmd cannot manage a configured zone; an installed one is halted already
config: zones-web1-configured
--- input
zoneadm -z web1 halt
echo $?
zoneadm -z web1 install > /dev/null
zoneadm -z web1 halt
echo $?
--- output
# zoneadm -z web1 halt
cannot manage a zone which is in state 'configured'
zoneadm: zone 'web1': could not start zoneadmd
# echo $?
1
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 halt
zoneadm: zone 'web1': zone is already halted
# echo $?
0
=== ready: from installed and from running; twice; then boot and reboot
config: zones-web1-installed
--- input
zoneadm -z web1 ready
zoneadm list -v
zoneadm -z web1 ready
echo $?
zoneadm -z web1 reboot
echo $?
zoneadm -z web1 boot
zoneadm list -v
zoneadm -z web1 ready
zoneadm list -v
zoneadm -z web1 halt
zoneadm list -cv
--- output
# zoneadm -z web1 ready
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1             ready      /zones/web1                    native   shared
# zoneadm -z web1 ready
zoneadm: zone 'web1': zone is already ready
# echo $?
0
# zoneadm -z web1 reboot
zoneadm: zone 'web1': reboot operation is invalid for zones in state 'ready'
# echo $?
1
# zoneadm -z web1 boot
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1             running    /zones/web1                    native   shared
# zoneadm -z web1 ready
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   2 web1             ready      /zones/web1                    native   shared
# zoneadm -z web1 halt
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
=== force boot is for branded zones only
config: zones-web1-installed
--- input
zoneadm -z web1 boot -f
echo $?
--- output
# zoneadm -z web1 boot -f
zoneadm: zone 'web1': Only branded zones may be force-booted.
# echo $?
1
=== boot arguments: -s, after --, too long, not understood
config: zones-web1-installed
--- input
zoneadm -z web1 boot -s
echo $?
zoneadm -z web1 reboot -- -m verbose
echo $?
zoneadm -z web1 reboot -- kernel/unix extra words
echo $?
zoneadm -z web1 halt
zoneadm -z web1 boot -- -x
echo $?
zoneadm -z web1 halt
zoneadm -z web1 boot -- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
echo $?
--- output
# zoneadm -z web1 boot -s
# echo $?
0
# zoneadm -z web1 reboot -- -m verbose
# echo $?
0
# zoneadm -z web1 reboot -- kernel/unix extra words
zoneadm: zone 'web1': WARNING: Unused or invalid boot arguments `extra words'.
# echo $?
0
# zoneadm -z web1 halt
# zoneadm -z web1 boot -- -x
# echo $?
0
# zoneadm -z web1 halt
# zoneadm -z web1 boot -- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
zoneadm: zone 'web1': Boot argument list too long
# echo $?
1
=== subcommand usage: operands and options they do not take
config: zones-web1-installed
--- input
zoneadm -z web1 halt now
echo $?
zoneadm -z web1 ready -x
echo $?
zoneadm -z web1 verify now
echo $?
zoneadm -z web1 install -x dataset
echo $?
zoneadm -z web1 install -a /var/tmp/s8.flar
echo $?
zoneadm -z web1 uninstall now
echo $?
zoneadm -z web1 clone
echo $?
zoneadm -z web1 clone -m zfs web2
echo $?
zoneadm -z web1 move
echo $?
zoneadm -z web1 mark installed
echo $?
zoneadm -z web1 boot -?
echo $?
--- output
# zoneadm -z web1 halt now
usage:	halt
	Halts specified zone, bypassing shutdown scripts and removing runtime
	resources of the zone.
# echo $?
2
# zoneadm -z web1 ready -x
-x: illegal option -- x
usage:	ready
	Prepares a zone for running applications but does not start any user
	processes in the zone.
# echo $?
2
# zoneadm -z web1 verify now
usage:	verify
	Check to make sure the configuration can safely be instantiated
	on the machine: physical network interfaces exist, etc.
# echo $?
2
# zoneadm -z web1 install -x dataset
usage:	install [-x nodataset] [brand-specific args]
	Install the configuration on to the system.  The -x nodataset option
	can be used to prevent the creation of a new ZFS file system for the
	zone (assuming the zonepath is within a ZFS file system).
	All other arguments are passed to the brand installation function;
	see brand(4) for more information.
# echo $?
2
# zoneadm -z web1 install -a /var/tmp/s8.flar
-a: illegal option -- a
usage:	install [-x nodataset] [brand-specific args]
	Install the configuration on to the system.  The -x nodataset option
	can be used to prevent the creation of a new ZFS file system for the
	zone (assuming the zonepath is within a ZFS file system).
	All other arguments are passed to the brand installation function;
	see brand(4) for more information.
# echo $?
2
# zoneadm -z web1 uninstall now
usage:	uninstall [-F]
	Uninstall the configuration from the system.  The -F flag can be used
	to force the action.
# echo $?
2
# zoneadm -z web1 clone
usage:	clone [-m method] [-s <ZFS snapshot>] zonename
	Clone the installation of another zone.  The -m option can be used to
	specify 'copy' which forces a copy of the source zone.  The -s option
	can be used to specify the name of a ZFS snapshot that was taken from
	a previous clone command.  The snapshot will be used as the source
	instead of creating a new ZFS snapshot.
# echo $?
2
# zoneadm -z web1 clone -m zfs web2
usage:	clone [-m method] [-s <ZFS snapshot>] zonename
	Clone the installation of another zone.  The -m option can be used to
	specify 'copy' which forces a copy of the source zone.  The -s option
	can be used to specify the name of a ZFS snapshot that was taken from
	a previous clone command.  The snapshot will be used as the source
	instead of creating a new ZFS snapshot.
# echo $?
2
# zoneadm -z web1 move
usage:	move zonepath
	Move the zone to a new zonepath.
# echo $?
2
# zoneadm -z web1 mark installed
# echo $?
2
# zoneadm -z web1 boot -?
usage:	boot [-- boot_arguments]
	Activates (boots) specified zone.  See zoneadm(1m) for valid boot
	arguments.
# echo $?
0
=== zoneadm help names subcommands
--- input
zoneadm help boot mark
echo $?
zoneadm help mount
echo $?
zoneadm -z global mark incomplete
echo $?
--- output
# zoneadm help boot mark
usage:	boot [-- boot_arguments]
	Activates (boots) specified zone.  See zoneadm(1m) for valid boot
	arguments.
usage:	mark incomplete
	Set the state of the zone.  This can be used to force the zone
	state to 'incomplete' administratively if some activity has rendered
	the zone permanently unusable.  The only valid state that may be
	specified is 'incomplete'.
# echo $?
0
# zoneadm help mount
usage:	help
	Print usage message.
# echo $?
2
# zoneadm -z global mark incomplete
zoneadm: zone 'global': mark operation is invalid for the global zone.
# echo $?
1
=== zoneadm install without a zone
--- input
zoneadm install
echo $?
--- output
# zoneadm install
usage:	install [-x nodataset] [brand-specific args]
	Install the configuration on to the system.  The -x nodataset option
	can be used to prevent the creation of a new ZFS file system for the
	zone (assuming the zonepath is within a ZFS file system).
	All other arguments are passed to the brand installation function;
	see brand(4) for more information.
# echo $?
2
=== install of the global zone: refused by sanity_check, after the brand's options (found by the fuzz campaign: exit 70)
--- input
zoneadm -z global install
echo $?
zoneadm -z global install -x nodataset
echo $?
--- output
# zoneadm -z global install
zoneadm: zone 'global': install operation is invalid for the global zone.
# echo $?
1
# zoneadm -z global install -x nodataset
zoneadm: zone 'global': install operation is invalid for the global zone.
# echo $?
1
