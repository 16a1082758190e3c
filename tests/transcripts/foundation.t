=== zoneadm list on a factory-default host
--- input
zoneadm list
zoneadm list -c
zoneadm list -cv
zoneadm list -iv
zoneadm list -cp
zoneadm -z global list -v
zoneadm -z global list -p
--- output
# zoneadm list
global
# zoneadm list -c
global
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
# zoneadm list -iv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
# zoneadm list -cp
0:global:running:/::native:shared
# zoneadm -z global list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
# zoneadm -z global list -p
0:global:running:/::native:shared
=== zoneadm usage and sanity errors
--- input
zoneadm
echo $?
zoneadm -z global list -c
echo $?
zoneadm list -pv
echo $?
zoneadm -z web1 list
echo $?
zoneadm -z global boot
echo $?
zoneadm -z global uninstall -F
echo $?
zoneadm bogus
echo $?
zoneadm -x
echo $?
zoneadm -z
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
# zoneadm -z global list -c
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
# zoneadm list -pv
zoneadm: list -p and -v are mutually exclusive.
# echo $?
1
# zoneadm -z web1 list
zoneadm: web1: No such zone configured
# echo $?
1
# zoneadm -z global boot
zoneadm: zone 'global': boot operation is invalid for the global zone.
# echo $?
1
# zoneadm -z global uninstall -F
zoneadm: zone 'global': uninstall operation is invalid for the global zone.
# echo $?
1
# zoneadm bogus
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
# zoneadm -x
zoneadm: illegal option -- x
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
# zoneadm -z
zoneadm: option requires an argument -- z
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
=== zoneadm help is verbose on stdout
--- input
zoneadm help
zoneadm list -?
echo $?
--- output
# zoneadm help
usage:	zoneadm help
	zoneadm [-z <zone>] [-u <uuid-match>] list
	zoneadm {-z <zone>|-u <uuid-match>} <subcommand>

Subcommands:

help
	Print usage message.

boot [-- boot_arguments]
	Activates (boots) specified zone.  See zoneadm(1m) for valid boot
	arguments.

halt
	Halts specified zone, bypassing shutdown scripts and removing runtime
	resources of the zone.

ready
	Prepares a zone for running applications but does not start any user
	processes in the zone.

reboot [-- boot_arguments]
	Restarts the zone (equivalent to a halt / boot sequence).
	Fails if the zone is not active.  See zoneadm(1m) for valid boot
	arguments.

list [-cipv]
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

verify
	Check to make sure the configuration can safely be instantiated
	on the machine: physical network interfaces exist, etc.

install [-x nodataset] [brand-specific args]
	Install the configuration on to the system.  The -x nodataset option
	can be used to prevent the creation of a new ZFS file system for the
	zone (assuming the zonepath is within a ZFS file system).
	All other arguments are passed to the brand installation function;
	see brand(4) for more information.

uninstall [-F]
	Uninstall the configuration from the system.  The -F flag can be used
	to force the action.

clone [-m method] [-s <ZFS snapshot>] zonename
	Clone the installation of another zone.  The -m option can be used to
	specify 'copy' which forces a copy of the source zone.  The -s option
	can be used to specify the name of a ZFS snapshot that was taken from
	a previous clone command.  The snapshot will be used as the source
	instead of creating a new ZFS snapshot.

move zonepath
	Move the zone to a new zonepath.

detach [-n]
	Detach the zone from the system. The zone state is changed to
	'configured' (but the files under the zonepath are untouched).
	The zone can subsequently be attached, or can be moved to another
	system and attached there.  The -n option can be used to specify
	'no-execute' mode.  When -n is used, the information needed to attach
	the zone is sent to standard output but the zone is not actually
	detached.

attach [-F] [-n <path>] [-u]
	Attach the zone to the system.  The zone state must be 'configured'
	prior to attach; upon successful completion, the zone state will be
	'installed'.  The system software on the current system must be
	compatible with the software on the zone's original system or use
	the -u option to update the zone to the current system software.
	Specify -F to force the attach and skip software compatibility tests.
	The -n option can be used to specify 'no-execute' mode.  When -n is
	used, the information needed to attach the zone is read from the
	specified path and the configuration is only validated.  The path can
	be '-' to specify standard input.  The -F, -n and -u options are
	mutually exclusive.

mark incomplete
	Set the state of the zone.  This can be used to force the zone
	state to 'incomplete' administratively if some activity has rendered
	the zone permanently unusable.  The only valid state that may be
	specified is 'incomplete'.

# zoneadm list -?
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
0
=== ldm list on each chip family
--- input
ldm list
ldm ls-dom primary
ldm list-domain nosuch
echo $?
--- output
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      32    32704M   0.5%  15d 14h 39m
# ldm ls-dom primary
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      32    32704M   0.5%  15d 14h 39m
# ldm list-domain nosuch
LDom nosuch does not exist
# echo $?
1
=== ldm list on T2 (1.3)
host: t5220-a
--- input
ldm list
--- output
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      64    65408M   0.2%  18d 5h 33m
=== ldm list on T2 Plus with the 2.2 profile
host: t5240-a
--- input
ldm ls
--- output
# ldm ls
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-c--  SP      128   130848M  0.6%  20d 17h 42m
=== uname, hostname, zonename
--- input
hostname
uname
uname -a
uname -n -s
uname -i
zonename
zonename -t
--- output
# hostname
t2000-a
# uname
SunOS
# uname -a
SunOS t2000-a 5.10 Generic_141444-09 sun4v sparc SUNW,Sun-Fire-T200
# uname -n -s
SunOS t2000-a
# uname -i
SUNW,Sun-Fire-T200
# zonename
global
# zonename -t
shared
=== uname on a T5240
host: t5240-a
status: 2
--- input
uname -a
prtconf ;; true
--- output
# uname -a
SunOS t5240-a 5.10 Generic_141444-09 sun4v sparc SUNW,T5240
# prtconf ;; true
sh: syntax error at line 2: `;;' unexpected
=== files: mkdir, chmod, ls, rm, rmdir
--- input
mkdir -m 700 /zones
ls -ld /zones
mkdir /zones
echo $?
mkdir -p /zones/a/b
chmod 755 /zones/a
ls -l /zones
ls -ld /zones/a
echo data > /zones/a/f
cat /zones/a/f
rmdir /zones/a
echo $?
rm -r /zones/a
ls -a /zones
rmdir /zones
ls -d /zones
echo $?
--- output
# mkdir -m 700 /zones
# ls -ld /zones
drwx------   2 root     root         512 Jan  4 09:00 /zones
# mkdir /zones
mkdir: Failed to make directory "/zones"; File exists
# echo $?
2
# mkdir -p /zones/a/b
# chmod 755 /zones/a
# ls -l /zones
total 2
drwxr-xr-x   3 root     root         512 Jan  4 09:00 a
# ls -ld /zones/a
drwxr-xr-x   3 root     root         512 Jan  4 09:00 /zones/a
# echo data > /zones/a/f
# cat /zones/a/f
data
# rmdir /zones/a
rmdir: directory "/zones/a": Directory not empty
# echo $?
2
# rm -r /zones/a
# ls -a /zones
.   ..
# rmdir /zones
# ls -d /zones
/zones: No such file or directory
# echo $?
2
=== shell: quoting, variables, status, here-documents
--- input
Z=web1; echo "zone $Z" '$Z' \$Z
false || echo failed $?
true && echo ok
cat <<EOF
zonepath=/zones/$Z
EOF
cat <<'EOF'
zonepath=/zones/$Z
EOF
nosuch
echo $?
--- output
# Z=web1; echo "zone $Z" '$Z' \$Z
zone web1 $Z $Z
# false || echo failed $?
failed 1
# true && echo ok
ok
# cat <<EOF
> zonepath=/zones/$Z
> EOF
zonepath=/zones/web1
# cat <<'EOF'
> zonepath=/zones/$Z
> EOF
zonepath=/zones/$Z
# nosuch
nosuch: not found
# echo $?
1
=== psrinfo in the factory-default T2000
--- input
psrinfo -p
psrinfo -pv
--- output
# psrinfo -p
1
# psrinfo -pv
The physical processor has 32 virtual processors (0-31)
  UltraSPARC-T1 (cpuid 0 clock 1200 MHz)
=== zlogin and zonecfg refusals
--- input
zlogin
echo $?
zlogin global
echo $?
zlogin web1
echo $?
zonecfg -z SUNW:bad
echo $?
zonecfg -z web1 -R relative
echo $?
--- output
# zlogin
usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]
# echo $?
2
# zlogin global
zlogin: 'zlogin' not applicable to the global zone
# echo $?
1
# zlogin web1
zlogin: zone 'web1' unknown
# echo $?
1
# zonecfg -z SUNW:bad
SUNW:bad: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
2
# zonecfg -z web1 -R relative
root path must be absolute: relative
# echo $?
2
=== plain run separates stdout and stderr
status: 1
--- input
zonename
zoneadm -z nope list
ldm list nosuch
--- stdout
global
--- stderr
zoneadm: nope: No such zone configured
LDom nosuch does not exist
=== interactive: a question is answered by the next line
interactive: yes
--- input
mkdir /zones
echo x > /zones/f
rm -i /zones/f
n
ls /zones
rm -i /zones/f
yes
ls -a /zones
--- output
# mkdir /zones
# echo x > /zones/f
# rm -i /zones/f
rm: remove /zones/f (yes/no)? n
# ls /zones
f
# rm -i /zones/f
rm: remove /zones/f (yes/no)? yes
# ls -a /zones
.   ..
=== sleep lets simulated time pass; date shows the world clock
--- input
date
sleep 3600
date
ldm list
sleep
echo $?
sleep 1m
echo $?
--- output
# date
Mon Jan  4 09:00:00 UTC 2010
# sleep 3600
# date
Mon Jan  4 10:00:00 UTC 2010
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      32    32704M   0.4%  15d 15h 39m
# sleep
usage: sleep time
# echo $?
2
# sleep 1m
sleep: bad character in argument
# echo $?
2
