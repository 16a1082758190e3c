=== verify: a zonepath that is a file, under /tmp, or with a bad parent
config: zones-web1-configured
--- input
mkdir -m 700 /zones
echo data > /zones/web1
zoneadm -z web1 verify
echo $?
zoneadm -z web1 install
echo $?
rm /zones/web1
chmod 777 /zones
zoneadm -z web1 install
echo $?
ls -ld /zones/web1
chmod 755 /zones
zoneadm -z web1 install > /dev/null
ls -ld /zones/web1
chmod 000 /zones/web1
zoneadm -z web1 verify
echo $?
chmod 700 /zones/web1
zoneadm -z web1 verify
echo $?
--- output
# mkdir -m 700 /zones
# echo data > /zones/web1
# zoneadm -z web1 verify
/zones/web1 is not a directory.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# zoneadm -z web1 install
/zones/web1 is not a directory.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# rm /zones/web1
# chmod 777 /zones
# zoneadm -z web1 install
/zones must not be group writable.
/zones must not be world writable.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# ls -ld /zones/web1
drwx------   2 root     root         512 Jan  4 09:00 /zones/web1
# chmod 755 /zones
# zoneadm -z web1 install > /dev/null
# ls -ld /zones/web1
drwx------   4 root     root         512 Jan  4 09:00 /zones/web1
# chmod 000 /zones/web1
# zoneadm -z web1 verify
/zones/web1 must be owner readable.
/zones/web1 must be owner writable.
/zones/web1 must be owner executable.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# chmod 700 /zones/web1
# zoneadm -z web1 verify
# echo $?
0
=== verify: a zonepath on tmpfs is only a warning (on stdout)
config: zones-web1-configured
--- input
zonecfg -z web1 "set zonepath=/tmp/web1"
zoneadm -z web1 install > /dev/null
mkdir -m 755 /tmp/zones
zonecfg -z web1 "set zonepath=/tmp/zones/web1"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 verify
echo $?
--- output
# zonecfg -z web1 "set zonepath=/tmp/web1"
# zoneadm -z web1 install > /dev/null
/tmp must not be group writable.
/tmp must not be world writable.
could not verify zonepath /tmp/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# mkdir -m 755 /tmp/zones
# zonecfg -z web1 "set zonepath=/tmp/zones/web1"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 verify
WARNING: /tmp/zones/web1 is on a temporary file system.
# echo $?
0
=== verify: a zonepath missing below a file
config: zones-web1-configured
--- input
echo data > /zones
zoneadm -z web1 install
echo $?
--- output
# echo data > /zones
# zoneadm -z web1 install
zoneadm: /zones/web1: Not a directory
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
=== verify: zonepaths of installed zones must not overlap
config: zones-web1-installed
--- input
zonecfg -z inner "create; set zonepath=/zones/web1/inner"
zonecfg -z outer "create; set zonepath=/zones"
zoneadm -z inner verify
echo $?
zoneadm -z outer install
echo $?
mkdir -m 700 /zones/web1/inner
zoneadm -z inner verify
echo $?
rm -r /zones/web1
zoneadm -z outer verify
echo $?
--- output
# zonecfg -z inner "create; set zonepath=/zones/web1/inner"
# zonecfg -z outer "create; set zonepath=/zones"
# zoneadm -z inner verify
WARNING: /zones/web1/inner does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1/inner, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1/inner is group- or other-writable
or
/zones/web1/inner overlaps with any other installed zones.
# echo $?
0
# zoneadm -z outer install
outer zonepath (/zones) and web1 zonepath (/zones/web1) overlap.
could not verify zonepath /zones because of the above errors.
zoneadm: zone outer failed to verify
# echo $?
1
# mkdir -m 700 /zones/web1/inner
# zoneadm -z inner verify
inner zonepath (/zones/web1/inner) and web1 zonepath (/zones/web1) overlap.
could not verify zonepath /zones/web1/inner because of the above errors.
zoneadm: zone inner failed to verify
# echo $?
1
# rm -r /zones/web1
# zoneadm -z outer verify
WARNING: zone web1 is installed, but its zonepath /zones/web1 does not exist.
/zones must not be group readable.
/zones must not be group executable.
/zones must not be world readable.
/zones must not be world executable.
could not verify zonepath /zones because of the above errors.
zoneadm: zone outer failed to verify
# echo $?
1
=== verify: a configured zone whose root exists; a detached one
config: zones-web1-configured
--- input
mkdir -p /zones/web1/root
chmod 700 /zones/web1
zoneadm -z web1 verify
echo $?
zoneadm -z web1 install
echo $?
rmdir /zones/web1/root
zoneadm -z web1 install > /dev/null
zoneadm -z web1 detach
zoneadm -z web1 verify
echo $?
zoneadm -z web1 install
echo $?
--- output
# mkdir -p /zones/web1/root
# chmod 700 /zones/web1
# zoneadm -z web1 verify
Rootpath /zones/web1/root exists; remove or move aside prior to verify.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# zoneadm -z web1 install
Rootpath /zones/web1/root exists; remove or move aside prior to install.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# rmdir /zones/web1/root
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 detach
# zoneadm -z web1 verify
Cannot verify detached zone.
Use attach or remove /zones/web1 directory.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# zoneadm -z web1 install
Cannot install detached zone.
Use attach or remove /zones/web1 directory.
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
=== verify: fs resources (types, special, raw) and inherit-pkg-dirs
config: zones-web1-configured
--- input
zonecfg -z web1 "add fs; set dir=/data; set special=/export/data; set type=lofs; end"
zonecfg -z web1 "add fs; set dir=/auto; set special=/net/a; set type=autofs; end"
zonecfg -z web1 "add fs; set dir=/ufs; set special=/dev/dsk/c0t1d0s6; set type=ufs; end"
zonecfg -z web1 "add fs; set dir=/ufs2; set special=/dev/dsk/c0t1d0s5; set raw=/dev/rdsk/c0t1d0s5; set type=ufs; end"
zonecfg -z web1 "add fs; set dir=/tank; set special=tank/data; set type=zfs; end"
zonecfg -z web1 "add fs; set dir=/odd; set special=/export; set type=vxfs; end"
zonecfg -z web1 "add fs; set dir=/lofs2; set special=/export; set raw=/dev/rdsk/x; set type=lofs; end"
zonecfg -z web1 "add inherit-pkg-dir; set dir=/opt/sfw; end"
zonecfg -z web1 "add dataset; set name=tank/web1; end"
zoneadm -z web1 verify
echo $?
--- output
# zonecfg -z web1 "add fs; set dir=/data; set special=/export/data; set type=lofs; end"
# zonecfg -z web1 "add fs; set dir=/auto; set special=/net/a; set type=autofs; end"
# zonecfg -z web1 "add fs; set dir=/ufs; set special=/dev/dsk/c0t1d0s6; set type=ufs; end"
# zonecfg -z web1 "add fs; set dir=/ufs2; set special=/dev/dsk/c0t1d0s5; set raw=/dev/rdsk/c0t1d0s5; set type=ufs; end"
# zonecfg -z web1 "add fs; set dir=/tank; set special=tank/data; set type=zfs; end"
# zonecfg -z web1 "add fs; set dir=/odd; set special=/export; set type=vxfs; end"
# zonecfg -z web1 "add fs; set dir=/lofs2; set special=/export; set raw=/dev/rdsk/x; set type=lofs; end"
# zonecfg -z web1 "add inherit-pkg-dir; set dir=/opt/sfw; end"
# zonecfg -z web1 "add dataset; set name=tank/web1; end"
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
could not verify fs /data: could not access /export/data: No such file or directory
cannot verify fs /auto: type autofs is not allowed.
could not verify fs /ufs: must specify 'raw' device for ufs file systems
could not verify fs /ufs2: could not access /dev/dsk/c0t1d0s5: No such file or directory
could not verify fs /tank: could not access zfs dataset 'tank/data'
could not verify fs /odd: could not access /usr/lib/fs/vxfs/mount: No such file or directory
cannot verify fs /lofs2: 'raw' device specified but no fsck executable exists for lofs
could not verify inherit-pkg-dir /opt/sfw: No such file or directory
could not verify zfs dataset tank/web1: dataset does not exist
zoneadm: zone web1 failed to verify
# echo $?
1
=== verify: a shared-IP net whose interface is not plumbed is only a warning
config: zones-web1-configured
--- input
zonecfg -z web1 "select net physical=e1000g0; set physical=e1000g2; end"
zoneadm -z web1 verify
echo $?
--- output
# zonecfg -z web1 "select net physical=e1000g0; set physical=e1000g2; end"
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
WARNING: skipping network interface 'e1000g2' which may not be present/plumbed in the global zone.
# echo $?
0
=== verify: a pool that does not exist, with and without the pools facility
config: zones-web1-installed
--- input
zonecfg -z web1 "set pool=batch"
zoneadm -z web1 verify
echo $?
zoneadm -z web1 boot
zoneadm -z web1 halt
zonecfg -z db1 "create; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=2; end"
zoneadm -z db1 install > /dev/null
zoneadm -z db1 boot
zoneadm -z web1 verify
echo $?
zoneadm -z web1 boot
echo $?
zoneadm list -v
--- output
# zonecfg -z web1 "set pool=batch"
# zoneadm -z web1 verify
zoneadm: zone 'web1': WARNING: pools facility not active; zone will not be bound to pool 'batch'.
# echo $?
0
# zoneadm -z web1 boot
zoneadm: zone 'web1': WARNING: pools facility not active; zone will not be bound to pool 'batch'.
zoneadm: zone 'web1': WARNING: Pools facility not active; zone will not be bound to pool
# zoneadm -z web1 halt
# zonecfg -z db1 "create; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=2; end"
# zoneadm -z db1 install > /dev/null
# zoneadm -z db1 boot
# zoneadm -z web1 verify
zoneadm: zone 'web1': WARNING: pool 'batch' not found. using default pool
# echo $?
0
# zoneadm -z web1 boot
zoneadm: zone 'web1': WARNING: pool 'batch' not found. using default pool
zoneadm: zone 'web1': WARNING: Pool not found; using default pool
# echo $?
0
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   2 db1              running    /zones/db1                     native   shared
   3 web1             running    /zones/web1                    native   shared
=== verify: capped-memory cannot be more than the domain's memory
config: zones-web1-configured
--- input
zonecfg -z web1 "add capped-memory; set physical=64g; end"
zoneadm -z web1 verify
echo $?
zonecfg -z web1 "select capped-memory; set physical=2g; end"
zoneadm -z web1 verify
echo $?
--- output
# zonecfg -z web1 "add capped-memory; set physical=64g; end"
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
could not verify capped-memory physical=64G: the system has only 31.9G of physical memory
zoneadm: zone web1 failed to verify
# echo $?
1
# zonecfg -z web1 "select capped-memory; set physical=2g; end"
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
# echo $?
0
=== verify of an installed zone whose zonepath went away
config: zones-web1-installed
--- input
rm -r /zones/web1
zoneadm -z web1 verify
echo $?
zoneadm -z web1 boot
echo $?
zonecfg -z web2 "create; set zonepath=/zones/web2"
mkdir -m 700 /zones/web2
zoneadm -z web2 verify
--- output
# rm -r /zones/web1
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
# echo $?
0
# zoneadm -z web1 boot
zoneadm: /zones/web1: No such file or directory
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# mkdir -m 700 /zones/web2
# zoneadm -z web2 verify
WARNING: zone web1 is installed, but its zonepath /zones/web1 does not exist.
=== boot: a zone whose root was removed
config: zones-web1-installed
--- input
rm -r /zones/web1/root
zoneadm -z web1 boot
echo $?
zoneadm list -cv
--- output
# rm -r /zones/web1/root
# zoneadm -z web1 boot
zoneadm: zone 'web1': can't stat /zones/web1/root: No such file or directory
zoneadm: zone 'web1': call to zoneadmd failed
# echo $?
1
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
