=== the zone-name syntax help after an error opens with an empty line
# onnv_86 usr/src/cmd/zonecfg/zonecfg.c usage() 1086-1087: not verbose, a newline first;
# called so at 6711 (-z with a bogus name), 3956 (set zonename= before create) and 3974
# (zonecfg_set_name() refusing the new name)
config: zones-web1-installed
--- input
zonecfg -z bad/name info
echo $?
zonecfg -z new "set zonename=.new"
echo $?
zonecfg -z web1 "set zonename=SUNWweb"
echo $?
zonecfg -z web2 "create; set zonepath=/zones/web2"
zonecfg -z web2 "set zonename=web1"
echo $?
--- output
# zonecfg -z bad/name info
bad/name: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
2
# zonecfg -z new "set zonename=.new"
.new: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
1
# zonecfg -z web1 "set zonename=SUNWweb"
SUNWweb: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
1
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# zonecfg -z web2 "set zonename=web1"
web1: Zone name already in use

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
1
=== uname in Solaris 8 and 9 Containers: the brand's release, and attr machine=sun4u
# reference/runtime.md §3.3 (5.8, Generic_Virtual [M]), zones.md §8 brands and T38 (attr
# machine=sun4u: uname -m reports sun4u on a sun4v host); the global zone is unchanged
config: containers
--- input
zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone; add attr; set name=machine; set type=string; set value=sun4u; end"
zonecfg -z s9-zone "create -t SUNWsolaris9; set zonepath=/zones/s9-zone"
mkdir -p /net/server/images
echo flar > /net/server/images/s8image.flar
zoneadm -z s8-zone install -u -a /net/server/images/s8image.flar > /dev/null
zoneadm -z s9-zone install -u -a /net/server/images/s8image.flar > /dev/null
zoneadm -z s8-zone boot
zoneadm -z s9-zone boot
zlogin s8-zone uname -a
zlogin s8-zone uname -m
zlogin s8-zone uname -r
zlogin s8-zone uname -v
zlogin s9-zone uname -a
uname -a
--- output
# zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone; add attr; set name=machine; set type=string; set value=sun4u; end"
# zonecfg -z s9-zone "create -t SUNWsolaris9; set zonepath=/zones/s9-zone"
# mkdir -p /net/server/images
# echo flar > /net/server/images/s8image.flar
# zoneadm -z s8-zone install -u -a /net/server/images/s8image.flar > /dev/null
# zoneadm -z s9-zone install -u -a /net/server/images/s8image.flar > /dev/null
# zoneadm -z s8-zone boot
# zoneadm -z s9-zone boot
# zlogin s8-zone uname -a
SunOS s8-zone 5.8 Generic_Virtual sun4u sparc SUNW,Sun-Fire-T200
# zlogin s8-zone uname -m
sun4u
# zlogin s8-zone uname -r
5.8
# zlogin s8-zone uname -v
Generic_Virtual
# zlogin s9-zone uname -a
SunOS s9-zone 5.9 Generic_Virtual sun4v sparc SUNW,Sun-Fire-T200
# uname -a
SunOS t2000-a 5.10 Generic_141444-09 sun4v sparc SUNW,Sun-Fire-T200
=== a zonepath the install's verify created stays when the install fails
# onnv_86 usr/src/cmd/zoneadm/zoneadm.c validate_zonepath() 961-977: a missing zonepath is
# created (mkdirp) before the rest is verified; nothing removes it (zones.half_done)
config: zones-web1-installed
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2; add fs; set dir=/data; set special=/export/data; set type=lofs; end"
ls -ld /zones/web2
zoneadm -z web2 install
echo $?
ls -ld /zones/web2
zoneadm -z web2 list -p
mkdir -p /export/data
zoneadm -z web2 install > /dev/null
echo $?
zoneadm -z web2 list -v
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2; add fs; set dir=/data; set special=/export/data; set type=lofs; end"
# ls -ld /zones/web2
/zones/web2: No such file or directory
# zoneadm -z web2 install
could not verify fs /data: could not access /export/data: No such file or directory
zoneadm: zone web2 failed to verify
# echo $?
1
# ls -ld /zones/web2
drwx------   2 root     root         512 Jan  4 09:15 /zones/web2
# zoneadm -z web2 list -p
-:web2:configured:/zones/web2::native:shared
# mkdir -p /export/data
# zoneadm -z web2 install > /dev/null
# echo $?
0
# zoneadm -z web2 list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   - web2             installed  /zones/web2                    native   shared
=== a clone that fails after marking the zone incomplete leaves it so; uninstall -F recovers it
# onnv_86 usr/src/cmd/zoneadm/zoneadm.c clone_func() 4015 sets INCOMPLETE before
# clone_snapshot_zfs(); on failure only the lock is released (4046-4058)
config: zones-web1-installed
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2"
zoneadm -z web2 clone -s rpool/zones/web1@SUNWzone1 web1
echo $?
zoneadm list -cv
zoneadm -z web2 clone web1
echo $?
zoneadm -z web2 boot
echo $?
zoneadm -z web2 uninstall -F
echo $?
zoneadm -z web2 list -p
zoneadm -z web2 clone web1
echo $?
zoneadm -z web2 list -v
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# zoneadm -z web2 clone -s rpool/zones/web1@SUNWzone1 web1
unable to find path for rpool/zones/web1@SUNWzone1.
# echo $?
1
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
   - web2             incomplete /zones/web2                    native   shared
# zoneadm -z web2 clone web1
zoneadm: zone 'web2': zone is incomplete; uninstall required.
# echo $?
1
# zoneadm -z web2 boot
zoneadm: zone 'web2': must be installed before boot.
# echo $?
1
# zoneadm -z web2 uninstall -F
# echo $?
0
# zoneadm -z web2 list -p
-:web2:configured:/zones/web2::native:shared
# zoneadm -z web2 clone web1
Copying /zones/web1...
# echo $?
0
# zoneadm -z web2 list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   - web2             installed  /zones/web2                    native   shared
=== a brand installer's usage failure: the zonepath is cleaned up, the zone configured again
# onnv_86 usr/src/cmd/zoneadm/zoneadm.c install_func() 3264 (INCOMPLETE), 3326-3344
# (ZONE_SUBPROC_USAGE: cleanup_zonepath(B_FALSE) 4075-4186, then CONFIGURED); the parent
# a verify created stays, user data stays with the WARNING; installer wording [M]
config: containers
--- input
zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8/s8-zone"
zoneadm -z s8-zone install -u
echo $?
ls -ld /zones/s8 /zones/s8/s8-zone
zoneadm -z s8-zone list -p
mkdir -m 700 /zones/s8/s8-zone
mkdir /zones/s8/s8-zone/data /zones/s8/s8-zone/dev
zoneadm -z s8-zone install -p -a /var/tmp/none.flar
echo $?
ls /zones/s8/s8-zone
zoneadm -z s8-zone list -p
--- output
# zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8/s8-zone"
# zoneadm -z s8-zone install -u
ERROR: an archive must be specified with -a
# echo $?
1
# ls -ld /zones/s8 /zones/s8/s8-zone
/zones/s8/s8-zone: No such file or directory
drwxr-xr-x   2 root     root         512 Jan  4 09:00 /zones/s8
# zoneadm -z s8-zone list -p
-:s8-zone:configured:/zones/s8/s8-zone::solaris8:shared
# mkdir -m 700 /zones/s8/s8-zone
# mkdir /zones/s8/s8-zone/data /zones/s8/s8-zone/dev
# zoneadm -z s8-zone install -p -a /var/tmp/none.flar
ERROR: the archive /var/tmp/none.flar could not be read
WARNING: Unable to completely remove /zones/s8/s8-zone
because it contains additional user data.  Only the standard directory
entries have been removed.
# echo $?
1
# ls /zones/s8/s8-zone
data
# zoneadm -z s8-zone list -p
-:s8-zone:configured:/zones/s8/s8-zone::solaris8:shared
=== a boot that fails in zoneadmd spends the zone id
# onnv_86 usr/src/cmd/zoneadmd/vplat.c vplat_create() 4199 zone_create() before
# vplat_bringup()'s network set-up; uts/common/os/id_space.c 99: ids are VM_NEXTFIT
config: zones-web1-running
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.10/16; end"
zoneadm -z web2 install > /dev/null
zoneadm -z web2 boot
echo $?
zoneadm -z web1 halt
zoneadm -z web2 boot
zoneadm list -v
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.10/16; end"
# zoneadm -z web2 install > /dev/null
# zoneadm -z web2 boot
zoneadm: zone 'web2': e1000g0:2: could not bring network interface up: address in use by zone 'web1': Cannot assign requested address
zoneadm: zone 'web2': call to zoneadmd failed
# echo $?
1
# zoneadm -z web1 halt
# zoneadm -z web2 boot
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   3 web2             running    /zones/web2                    native   shared
=== zlogin -S runs /sbin/sh itself: zlogin's banners, no motd
# onnv_86 usr/src/cmd/zlogin/zlogin.c prep_args() 1069-1075 (FAILSAFESHELL, no login(1));
# the banners are zlogin's own (1902), printed in both modes
config: zones-web1-running
interactive: yes
--- input
zlogin -S web1
zonename
exit
zlogin web1
exit
--- output
# zlogin -S web1
[Connected to zone 'web1' pts/2]
# zonename
web1
# exit

[Connection to zone 'web1' pts/2 closed]
# zlogin web1
[Connected to zone 'web1' pts/2]
Sun Microsystems Inc.   SunOS 5.10      Generic January 2005
# exit

[Connection to zone 'web1' pts/2 closed]
=== zlogin -C: the login prompt shows once a line is typed
# onnv_86 usr/src/cmd/zlogin/zlogin.c 1778 prints the banner and nothing else; zoneadmd/zcons.c
# 798-801 loses what the zone wrote while no one was connected, its login prompt too: the
# first Enter is the empty line before the prompt
config: zones-web1-running
interactive: yes
--- input
zlogin -C web1

root
zonename
exit
~.
--- output
# zlogin -C web1
[Connected to zone 'web1' console]

web1 console login: root
# zonename
web1
# exit
web1 console login: ~.
[Connection to zone 'web1' console closed]
=== zonecfg create -a: a valid document of another type, and a zone without its DTD
# onnv_86 usr/src/cmd/zonecfg/zonecfg.c create_func() 1557-1567 and usr/src/lib/libzonecfg/
# common/libzonecfg.c zonecfg_get_handle_impl() 600-613, getroot() 441-442: a valid
# non-zone document is Z_WRONG_DOC_TYPE, zone_perror(template) sets saw_error (exit 1); an
# invalid one is only fprintf'd, saw_error stays unset and zonecfg exits 0
config: zones-web1-installed
--- input
mkdir -p /zones/old/root
cat > /zones/old/SUNWdetached.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE service_bundle SYSTEM "/usr/share/lib/xml/dtd/service_bundle.dtd.1">
<service_bundle type="manifest" name="site:web"/>
XML
zonecfg -z old "create -a /zones/old"
echo $?
zonecfg -z old "create -b -a /zones/old"
echo $?
cat > /zones/old/SUNWdetached.xml <<'XML'
<?xml version="1.0"?>
<zone name="old" zonepath="/zones/old" autoboot="false"/>
XML
zonecfg -z old "create -a /zones/old"
echo $?
zoneadm list -cv
--- output
# mkdir -p /zones/old/root
# cat > /zones/old/SUNWdetached.xml <<'XML'
> <?xml version="1.0"?>
> <!DOCTYPE service_bundle SYSTEM "/usr/share/lib/xml/dtd/service_bundle.dtd.1">
> <service_bundle type="manifest" name="site:web"/>
> XML
# zonecfg -z old "create -a /zones/old"
SUNWdefault: Wrong document type
# echo $?
1
# zonecfg -z old "create -b -a /zones/old"
SUNWblank: Wrong document type
# echo $?
1
# cat > /zones/old/SUNWdetached.xml <<'XML'
> <?xml version="1.0"?>
> <zone name="old" zonepath="/zones/old" autoboot="false"/>
> XML
# zonecfg -z old "create -a /zones/old"
Cannot attach to an earlier release of the operating system
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
