=== a Solaris 8 Container installs from a flash archive
config: containers
--- input
zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone"
mkdir -p /net/server/images
echo flar > /net/server/images/s8image.flar
zoneadm -z s8-zone install -u -a /net/server/images/s8image.flar
echo $?
zoneadm -z s8-zone boot
zoneadm list -cv
zlogin s8-zone zonename
--- output
# zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone"
# mkdir -p /net/server/images
# echo flar > /net/server/images/s8image.flar
# zoneadm -z s8-zone install -u -a /net/server/images/s8image.flar
      Log File: /var/tmp/s8-zone.install.1876.log
        Source: /net/server/images/s8image.flar
    Installing: This may take several minutes...
Postprocessing: This may take a while...

        Result: Installation completed successfully.
      Log File: /zones/s8-zone/root/var/log/s8-zone.install.1876.log
# echo $?
0
# zoneadm -z s8-zone boot
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 s8-zone          running    /zones/s8-zone                 solaris8 shared
# zlogin s8-zone zonename
s8-zone
=== the Solaris 8 installer wants an archive and -u or -p
config: containers
--- input
zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone"
zoneadm -z s8-zone install
echo $?
zoneadm -z s8-zone install -a /var/tmp/none.flar
echo $?
zoneadm -z s8-zone install -p -a /var/tmp/none.flar
echo $?
zoneadm -z s8-zone install -x nodataset -q
echo $?
zoneadm list -cv
--- output
# zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone"
# zoneadm -z s8-zone install
ERROR: an archive must be specified with -a
# echo $?
1
# zoneadm -z s8-zone install -a /var/tmp/none.flar
ERROR: one of -u (sys-unconfig) or -p (preserve) must be specified
# echo $?
1
# zoneadm -z s8-zone install -p -a /var/tmp/none.flar
ERROR: the archive /var/tmp/none.flar could not be read
# echo $?
1
# zoneadm -z s8-zone install -x nodataset -q
-x: illegal option -- q
usage:	install [-x nodataset] [brand-specific args]
	Install the configuration on to the system.  The -x nodataset option
	can be used to prevent the creation of a new ZFS file system for the
	zone (assuming the zonepath is within a ZFS file system).
	All other arguments are passed to the brand installation function;
	see brand(4) for more information.
# echo $?
2
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - s8-zone          configured /zones/s8-zone                 solaris8 shared
=== branded zones attach only from a detach manifest, and clone only within the brand
config: containers
--- input
zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone"
echo flar > /var/tmp/s8.flar
zoneadm -z s8-zone install -p -a /var/tmp/s8.flar > /dev/null
zonecfg -z s8b "create -t SUNWsolaris8; set zonepath=/zones/s8b"
zoneadm -z s8b clone s8-zone
echo $?
zonecfg -z nat "create; set zonepath=/zones/nat"
zoneadm -z nat clone s8-zone
echo $?
zoneadm -z s8b uninstall -F
mkdir -p /zones/s8b/root
chmod 700 /zones/s8b
zoneadm -z s8b attach
echo $?
zoneadm -z s8-zone boot -f
echo $?
--- output
# zonecfg -z s8-zone "create -t SUNWsolaris8; set zonepath=/zones/s8-zone"
# echo flar > /var/tmp/s8.flar
# zoneadm -z s8-zone install -p -a /var/tmp/s8.flar > /dev/null
# zonecfg -z s8b "create -t SUNWsolaris8; set zonepath=/zones/s8b"
# zoneadm -z s8b clone s8-zone
Copying /zones/s8-zone...
# echo $?
0
# zonecfg -z nat "create; set zonepath=/zones/nat"
# zoneadm -z nat clone s8-zone
zoneadm: Zones 's8-zone' and 'nat' have different brand types.
# echo $?
1
# zoneadm -z s8b uninstall -F
# mkdir -p /zones/s8b/root
# chmod 700 /zones/s8b
# zoneadm -z s8b attach
zoneadm: zone 's8b': Not a detached zone.
# echo $?
1
# zoneadm -z s8-zone boot -f
# echo $?
0
