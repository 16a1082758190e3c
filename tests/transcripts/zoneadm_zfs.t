=== zoneadm install on ZFS: a dataset for the zonepath, made before the installer runs
config: zfs-root
# zoneadm/zfs.c create_zfs_zonepath; runtime.md §5.2
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zoneadm -z web1 install
ls -ld /zones/web1
zfs list -r rpool/zones
zfs get -H -o value sharenfs rpool/zones/web1
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# ls -ld /zones/web1
drwx------   4 root     root         512 Jan  4 09:00 /zones/web1
# zfs list -r rpool/zones
NAME               USED  AVAIL  REFER  MOUNTPOINT
rpool/zones       96.1M  58.2G    22K  /zones
rpool/zones/web1  96.0M  58.2G  96.0M  /zones/web1
# zfs get -H -o value sharenfs rpool/zones/web1
off
=== zoneadm install -x nodataset leaves the zonepath a directory
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zoneadm -z web1 install -x nodataset
zfs list -H -o name -r rpool/zones
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zoneadm -z web1 install -x nodataset
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zfs list -H -o name -r rpool/zones
rpool/zones
=== zoneadm install: the dataset exists already, or the zonepath is deeper
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zfs create rpool/zones/web1
chmod 700 /zones/web1
zoneadm -z web1 install
mkdir -m 700 /zones/deep
zonecfg -z web2 'create; set zonepath=/zones/deep/web2'
zoneadm -z web2 install
mkdir -m 700 /zones/web3
touch /zones/web3/notes
zonecfg -z web3 'create; set zonepath=/zones/web3'
zoneadm -z web3 install
zfs list -H -o name -r rpool/zones
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zfs create rpool/zones/web1
# chmod 700 /zones/web1
# zoneadm -z web1 install
cannot create ZFS dataset rpool/zones/web1: dataset already exists
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# mkdir -m 700 /zones/deep
# zonecfg -z web2 'create; set zonepath=/zones/deep/web2'
# zoneadm -z web2 install
Preparing to install zone <web2>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web2> is initialized.
The file </zones/deep/web2/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# mkdir -m 700 /zones/web3
# touch /zones/web3/notes
# zonecfg -z web3 'create; set zonepath=/zones/web3'
# zoneadm -z web3 install
cannot mount ZFS dataset rpool/zones/web3: directory is not empty
Preparing to install zone <web3>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web3> is initialized.
The file </zones/web3/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zfs list -H -o name -r rpool/zones
rpool/zones
rpool/zones/web1
=== zoneadm clone on ZFS: a @SUNWzone<N> snapshot and a clone
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zonecfg -z web2 'create; set zonepath=/zones/web2'
zonecfg -z web3 'create; set zonepath=/zones/web3'
zonecfg -z web4 'create; set zonepath=/zones/web4'
zoneadm -z web1 install
zoneadm -z web2 clone web1
zoneadm -z web3 clone web1
zfs list -H -o name,origin -t filesystem -r rpool/zones
zfs list -t snapshot
ls /zones/web3/root/etc/.UNCONFIGURED
zoneadm -z web4 clone -m copy web1
zfs list -H -o name,origin -t filesystem -r rpool/zones
zoneadm list -cv
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zonecfg -z web2 'create; set zonepath=/zones/web2'
# zonecfg -z web3 'create; set zonepath=/zones/web3'
# zonecfg -z web4 'create; set zonepath=/zones/web4'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web2 clone web1
Cloning snapshot rpool/zones/web1@SUNWzone1
Instead of copying, a ZFS clone has been created for this zone.
# zoneadm -z web3 clone web1
Cloning snapshot rpool/zones/web1@SUNWzone2
Instead of copying, a ZFS clone has been created for this zone.
# zfs list -H -o name,origin -t filesystem -r rpool/zones
rpool/zones	-
rpool/zones/web1	-
rpool/zones/web2	rpool/zones/web1@SUNWzone1
rpool/zones/web3	rpool/zones/web1@SUNWzone2
# zfs list -t snapshot
NAME                         USED  AVAIL  REFER  MOUNTPOINT
rpool/zones/web1@SUNWzone1      0      -  96.0M  -
rpool/zones/web1@SUNWzone2      0      -  96.0M  -
# ls /zones/web3/root/etc/.UNCONFIGURED
/zones/web3/root/etc/.UNCONFIGURED
# zoneadm -z web4 clone -m copy web1
A ZFS file system has been created for this zone.
Copying /zones/web1...
# zfs list -H -o name,origin -t filesystem -r rpool/zones
rpool/zones	-
rpool/zones/web1	-
rpool/zones/web2	rpool/zones/web1@SUNWzone1
rpool/zones/web3	rpool/zones/web1@SUNWzone2
rpool/zones/web4	-
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
   - web2             installed  /zones/web2                    native   shared
   - web3             installed  /zones/web3                    native   shared
   - web4             installed  /zones/web4                    native   shared
=== zoneadm clone: a file system already mounted on the target
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zonecfg -z web2 'create; set zonepath=/zones/web2'
zoneadm -z web1 install
zfs create rpool/zones/web2
chmod 700 /zones/web2
zoneadm -z web2 clone web1
zfs list -H -o name,origin -t filesystem -r rpool/zones
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zonecfg -z web2 'create; set zonepath=/zones/web2'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zfs create rpool/zones/web2
# chmod 700 /zones/web2
# zoneadm -z web2 clone web1
A file system is already mounted on /zones/web2,
preventing use of a ZFS clone.
cannot create ZFS dataset rpool/zones/web2: dataset already exists
Copying /zones/web1...
# zfs list -H -o name,origin -t filesystem -r rpool/zones
rpool/zones	-
rpool/zones/web1	-
rpool/zones/web2	-
=== zoneadm move on ZFS changes only the mount point
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zoneadm -z web1 install
zoneadm -z web1 move /zones/web1b
zfs list -H -o name,mountpoint -r rpool/zones
ls -ld /zones/web1b
ls /zones
zoneadm -z web1 boot
zoneadm list -v
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web1 move /zones/web1b
# zfs list -H -o name,mountpoint -r rpool/zones
rpool/zones	/zones
rpool/zones/web1	/zones/web1b
# ls -ld /zones/web1b
drwx------   4 root     root         512 Jan  4 09:00 /zones/web1b
# ls /zones
web1b
# zoneadm -z web1 boot
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1             running    /zones/web1b                   native   shared
=== zoneadm move from a directory into a dataset's parent: a new dataset, then a copy
config: zfs-root
--- input
mkdir -m 700 /export/zones
zonecfg -z web1 'create; set zonepath=/export/zones/web1'
zoneadm -z web1 install
zoneadm -z web1 move /zones/web1
zfs list -H -o name,mountpoint -r rpool/zones
ls /export/zones
--- output
# mkdir -m 700 /export/zones
# zonecfg -z web1 'create; set zonepath=/export/zones/web1'
# zoneadm -z web1 install
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </export/zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web1 move /zones/web1
A ZFS file system has been created for this zone.
Moving across file systems; copying zonepath /export/zones/web1...
Cleaning up zonepath /export/zones/web1...
# zfs list -H -o name,mountpoint -r rpool/zones
rpool/zones	/zones
rpool/zones/web1	/zones/web1
# ls /export/zones
=== zoneadm uninstall on ZFS: destroyed, or kept while a clone depends on it
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zonecfg -z web2 'create; set zonepath=/zones/web2'
zoneadm -z web1 install
zoneadm -z web2 clone web1
zoneadm -z web1 uninstall -F
zfs list -H -o name -t filesystem,snapshot -r rpool/zones
ls -a /zones/web1
zoneadm -z web2 uninstall -F
zfs list -H -o name -t filesystem,snapshot -r rpool/zones
zoneadm -z web1 install
zoneadm -z web1 uninstall -F
zfs list -H -o name -t filesystem,snapshot -r rpool/zones
ls /zones
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zonecfg -z web2 'create; set zonepath=/zones/web2'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web2 clone web1
Cloning snapshot rpool/zones/web1@SUNWzone1
Instead of copying, a ZFS clone has been created for this zone.
# zoneadm -z web1 uninstall -F
# zfs list -H -o name -t filesystem,snapshot -r rpool/zones
rpool/zones
rpool/zones/web1
rpool/zones/web1@SUNWzone1
rpool/zones/web2
# ls -a /zones/web1
.   ..
# zoneadm -z web2 uninstall -F
The ZFS file system for this zone has been destroyed.
# zfs list -H -o name -t filesystem,snapshot -r rpool/zones
rpool/zones
rpool/zones/web1
# zoneadm -z web1 install
cannot create ZFS dataset rpool/zones/web1: dataset already exists
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web1 uninstall -F
The ZFS file system for this zone has been destroyed.
# zfs list -H -o name -t filesystem,snapshot -r rpool/zones
rpool/zones
# ls /zones
=== zfs destroy of a running zone's dataset: busy
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zoneadm -z web1 install
zoneadm -z web1 boot
zfs destroy rpool/zones/web1
zfs destroy -r rpool/zones
echo $?
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web1 boot
# zfs destroy rpool/zones/web1
cannot unmount '/zones/web1': Device busy
# zfs destroy -r rpool/zones
cannot unmount '/zones/web1': Device busy
# echo $?
1
=== df -h and -k with a ZFS root and a zone in a dataset, in and out of the zone
config: zfs-root
# df.c; runtime.md §5.4
--- input
zfs create rpool/web1data
zonecfg -z web1 'create; set zonepath=/zones/web1; add dataset; set name=rpool/web1data; end'
zoneadm -z web1 install
zoneadm -z web1 boot
df -h
df -k /zones/web1 /export/home
zlogin web1 df -h
zlogin web1 df -k /rpool/web1data
mount -p
--- output
# zfs create rpool/web1data
# zonecfg -z web1 'create; set zonepath=/zones/web1; add dataset; set name=rpool/web1data; end'
# zoneadm -z web1 install
A ZFS file system has been created for this zone.
Preparing to install zone <web1>.
Creating list of files to copy from the global zone.
Copying <8135> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <web1> is initialized.
The file </zones/web1/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# zoneadm -z web1 boot
# df -h
Filesystem             size   used  avail capacity  Mounted on
rpool/ROOT/s10s_u8wos_08a
                        63G   5.0G    58G     8%    /
/devices                 0K     0K     0K     0%    /devices
ctfs                     0K     0K     0K     0%    /system/contract
proc                     0K     0K     0K     0%    /proc
mnttab                   0K     0K     0K     0%    /etc/mnttab
swap                    24G   1.1M    24G     1%    /etc/svc/volatile
objfs                    0K     0K     0K     0%    /system/object
sharefs                  0K     0K     0K     0%    /etc/dfs/sharetab
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     8%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     8%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /dev/fd
swap                    24G    32K    24G     1%    /tmp
swap                    24G    40K    24G     1%    /var/run
rpool                   58G    22K    58G     1%    /rpool
rpool/export            58G    22K    58G     1%    /export
rpool/export/home       58G    22K    58G     1%    /export/home
rpool/zones             58G    22K    58G     1%    /zones
rpool/zones/web1        58G    96M    58G     1%    /zones/web1
/zones/web1/dev         58G    96M    58G     1%    /zones/web1/root/dev
/lib                    63G   5.0G    58G     8%    /zones/web1/root/lib
/platform               63G   5.0G    58G     8%    /zones/web1/root/platform
/sbin                   63G   5.0G    58G     8%    /zones/web1/root/sbin
/usr                    63G   5.0G    58G     8%    /zones/web1/root/usr
proc                     0K     0K     0K     0%    /zones/web1/root/proc
ctfs                     0K     0K     0K     0%    /zones/web1/root/system/contract
mnttab                   0K     0K     0K     0%    /zones/web1/root/etc/mnttab
objfs                    0K     0K     0K     0%    /zones/web1/root/system/object
swap                    24G   1.1M    24G     1%    /zones/web1/root/etc/svc/volatile
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     8%    /zones/web1/root/platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     8%    /zones/web1/root/platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /zones/web1/root/dev/fd
swap                    24G    32K    24G     1%    /zones/web1/root/tmp
swap                    24G    40K    24G     1%    /zones/web1/root/var/run
rpool/web1data          58G    22K    58G     1%    /zones/web1/root/rpool/web1data
# df -k /zones/web1 /export/home
Filesystem            kbytes    used   avail capacity  Mounted on
rpool/zones/web1     61080722   98358 60982364     1%    /zones/web1
rpool/export/home    60982386      22 60982364     1%    /export/home
# zlogin web1 df -h
Filesystem             size   used  avail capacity  Mounted on
/                       58G    96M    58G     1%    /
/dev                    58G    96M    58G     1%    /dev
/lib                    63G   5.0G    58G     8%    /lib
/platform               63G   5.0G    58G     8%    /platform
/sbin                   63G   5.0G    58G     8%    /sbin
/usr                    63G   5.0G    58G     8%    /usr
proc                     0K     0K     0K     0%    /proc
ctfs                     0K     0K     0K     0%    /system/contract
mnttab                   0K     0K     0K     0%    /etc/mnttab
objfs                    0K     0K     0K     0%    /system/object
swap                    24G   1.1M    24G     1%    /etc/svc/volatile
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     8%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     8%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /dev/fd
swap                    24G    32K    24G     1%    /tmp
swap                    24G    40K    24G     1%    /var/run
rpool/web1data          58G    22K    58G     1%    /rpool/web1data
# zlogin web1 df -k /rpool/web1data
Filesystem            kbytes    used   avail capacity  Mounted on
rpool/web1data       60982386      22 60982364     1%    /rpool/web1data
# mount -p
rpool/ROOT/s10s_u8wos_08a - / zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime
/devices - /devices devfs - no 
ctfs - /system/contract ctfs - no 
proc - /proc proc - no 
mnttab - /etc/mnttab mntfs - no 
swap - /etc/svc/volatile tmpfs - no xattr
objfs - /system/object objfs - no 
sharefs - /etc/dfs/sharetab sharefs - no 
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 - /platform/sun4v/lib/libc_psr.so.1 lofs - no 
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 - /platform/sun4v/lib/sparcv9/libc_psr.so.1 lofs - no 
fd - /dev/fd fd - no rw
swap - /tmp tmpfs - no xattr
swap - /var/run tmpfs - no xattr
rpool - /rpool zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime
rpool/export - /export zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime
rpool/export/home - /export/home zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime
rpool/zones - /zones zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime
rpool/zones/web1 - /zones/web1 zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime
/zones/web1/dev - /zones/web1/root/dev lofs - no zonedevfs,zone=web1
/lib - /zones/web1/root/lib lofs - no ro,nodevices,zone=web1
/platform - /zones/web1/root/platform lofs - no ro,nodevices,zone=web1
/sbin - /zones/web1/root/sbin lofs - no ro,nodevices,zone=web1
/usr - /zones/web1/root/usr lofs - no ro,nodevices,zone=web1
proc - /zones/web1/root/proc proc - no nosetuid,nodevices,zone=web1
ctfs - /zones/web1/root/system/contract ctfs - no nodevices,zone=web1
mnttab - /zones/web1/root/etc/mnttab mntfs - no nodevices,zone=web1
objfs - /zones/web1/root/system/object objfs - no nodevices,zone=web1
swap - /zones/web1/root/etc/svc/volatile tmpfs - no nodevices,xattr,zone=web1
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 - /zones/web1/root/platform/sun4v/lib/libc_psr.so.1 lofs - no ro,nodevices,zone=web1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 - /zones/web1/root/platform/sun4v/lib/sparcv9/libc_psr.so.1 lofs - no ro,nodevices,zone=web1
fd - /zones/web1/root/dev/fd fd - no rw,nodevices,zone=web1
swap - /zones/web1/root/tmp tmpfs - no nodevices,xattr,zone=web1
swap - /zones/web1/root/var/run tmpfs - no nodevices,xattr,zone=web1
rpool/web1data - /zones/web1/root/rpool/web1data zfs - no rw,devices,setuid,nonbmand,exec,xattr,atime,zone=web1
=== zoneadm verify of an fs resource of type zfs: a file system with mountpoint=legacy
config: zfs-root
# zoneadm/zfs.c verify_fs_zfs
--- input
mkdir -m 700 /zones/web1
zonecfg -z web1 'create; set zonepath=/zones/web1; add fs; set dir=/data; set special=rpool/data; set type=zfs; end'
zoneadm -z web1 verify
zfs create rpool/data
zoneadm -z web1 verify
zfs create -V 1G rpool/vol1
zonecfg -z web1 'select fs dir=/data; set special=rpool/vol1; end'
zoneadm -z web1 verify
zfs set mountpoint=legacy rpool/data
zonecfg -z web1 'select fs dir=/data; set special=rpool/data; end'
zoneadm -z web1 verify
--- output
# mkdir -m 700 /zones/web1
# zonecfg -z web1 'create; set zonepath=/zones/web1; add fs; set dir=/data; set special=rpool/data; set type=zfs; end'
# zoneadm -z web1 verify
could not verify fs /data: could not access zfs dataset 'rpool/data'
zoneadm: zone web1 failed to verify
# zfs create rpool/data
# zoneadm -z web1 verify
could not verify fs /data: zfs 'rpool/data' mountpoint is not "legacy"
zoneadm: zone web1 failed to verify
# zfs create -V 1G rpool/vol1
# zonecfg -z web1 'select fs dir=/data; set special=rpool/vol1; end'
# zoneadm -z web1 verify
cannot verify fs /data: 'rpool/vol1' is not a file system
zoneadm: zone web1 failed to verify
# zfs set mountpoint=legacy rpool/data
# zonecfg -z web1 'select fs dir=/data; set special=rpool/data; end'
# zoneadm -z web1 verify
