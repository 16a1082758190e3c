=== zpool list and status of the root pool
config: zfs-root
status: 1
--- input
zpool list
zpool list -H -o name,health
zpool status
zpool status -x
zpool list nosuch
--- output
# zpool list
NAME   SIZE   USED  AVAIL  CAP  HEALTH  ALTROOT
rpool   68G  7.04G  61.0G  10%  ONLINE  -
# zpool list -H -o name,health
rpool	ONLINE
# zpool status
  pool: rpool
 state: ONLINE
 scrub: none requested
config:

	NAME        STATE     READ WRITE CKSUM
	rpool       ONLINE       0     0     0
	  c0t0d0s0  ONLINE       0     0     0

errors: No known data errors
# zpool status -x
all pools are healthy
# zpool list nosuch
cannot open 'nosuch': no such pool
=== zfs list of a 10/09 ZFS-root install; -H, -o, -t, -r, operands
config: zfs-root
status: 2
--- input
zfs list
zfs list -H -o name,mountpoint -t volume
zfs list -r rpool/export
zfs list -o name,type rpool/ROOT/s10s_u8wos_08a rpool/swap
zfs list nosuch/fs
zfs list -t snapshot
zfs list -t bogus
--- output
# zfs list
NAME                        USED  AVAIL  REFER  MOUNTPOINT
rpool                      9.04G  57.9G    22K  /rpool
rpool/ROOT                 5.04G  57.9G    21K  legacy
rpool/ROOT/s10s_u8wos_08a  5.04G  57.9G  5.04G  /
rpool/dump                    2G  57.9G     2G  -
rpool/export                 44K  57.9G    22K  /export
rpool/export/home            22K  57.9G    22K  /export/home
rpool/swap                    2G  59.9G    16K  -
rpool/zones                  22K  57.9G    22K  /zones
# zfs list -H -o name,mountpoint -t volume
rpool/dump	-
rpool/swap	-
# zfs list -r rpool/export
NAME               USED  AVAIL  REFER  MOUNTPOINT
rpool/export        44K  57.9G    22K  /export
rpool/export/home   22K  57.9G    22K  /export/home
# zfs list -o name,type rpool/ROOT/s10s_u8wos_08a rpool/swap
NAME                       TYPE
rpool/ROOT/s10s_u8wos_08a  filesystem
rpool/swap                 volume
# zfs list nosuch/fs
cannot open 'nosuch/fs': dataset does not exist
# zfs list -t snapshot
no datasets available
# zfs list -t bogus
invalid type 'bogus'
usage:
	list [-rH] [-o property[,...]] [-t type[,...]] [-s property] ...
	    [-S property] ... [filesystem|volume|snapshot] ...

The following properties are supported:

	PROPERTY       EDIT  INHERIT   VALUES

	type             NO       NO   -
	creation         NO       NO   -
	used             NO       NO   <size>
	available        NO       NO   <size>
	referenced       NO       NO   <size>
	compressratio    NO       NO   <size>
	mounted          NO       NO   -
	origin           NO       NO   -
	quota           YES       NO   <size>
	reservation     YES       NO   <size>
	volsize         YES       NO   <size>
	volblocksize    YES       NO   <size>
	recordsize      YES      YES   <size>
	mountpoint      YES      YES   -
	sharenfs        YES      YES   -
	checksum        YES      YES   on | off | fletcher2 | fletcher4 | sha256
	compression     YES      YES   on | off | lzjb | gzip | gzip-1 | gzip-2 | gzip-3 | gzip-4 | gzip-5 | gzip-6 | gzip-7 | gzip-8 | gzip-9
	atime           YES      YES   on | off
	devices         YES      YES   on | off
	exec            YES      YES   on | off
	setuid          YES      YES   on | off
	readonly        YES      YES   on | off
	zoned           YES      YES   on | off
	snapdir         YES      YES   hidden | visible
	aclmode         YES      YES   discard | groupmask | passthrough
	aclinherit      YES      YES   discard | noallow | restricted | passthrough
	canmount        YES       NO   on | off | noauto
	shareiscsi      YES      YES   -
	xattr           YES      YES   on | off
	copies          YES      YES   1 | 2 | 3
	version         YES       NO   -
	utf8only         NO       NO   -
	normalization    NO       NO   -
	casesensitivity   NO       NO   -
	vscan           YES      YES   on | off
	nbmand          YES      YES   on | off
	sharesmb        YES      YES   -
	refquota        YES       NO   <size>
	refreservation  YES       NO   <size>

Sizes are specified in bytes with standard units such as K, M, G, etc.


User-defined properties can be specified by using a name containing a colon (:).
=== zfs create, errors and exit statuses
config: zfs-root
--- input
zfs create rpool/zones
zfs create rpool/a/b
zfs create -p rpool/a/b
ls -ld /rpool/a/b
zfs create tank/x
zfs create 'rpool/bad name'
zfs create -o mountpoint=relative rpool/c
zfs create -o quota=lots rpool/c
zfs create -o bogus=1 rpool/c
zfs create
zfs create -q rpool/d
zfs list -H -o name -r rpool/a
--- output
# zfs create rpool/zones
cannot create 'rpool/zones': dataset already exists
# zfs create rpool/a/b
cannot create 'rpool/a/b': parent does not exist
# zfs create -p rpool/a/b
# ls -ld /rpool/a/b
drwxr-xr-x   2 root     root         512 Jan  4 09:00 /rpool/a/b
# zfs create tank/x
cannot create 'tank/x': no such pool 'tank'
# zfs create 'rpool/bad name'
cannot create 'rpool/bad name': invalid dataset name
# zfs create -o mountpoint=relative rpool/c
cannot create 'rpool/c': 'mountpoint' must be an absolute path, 'none', or 'legacy'
# zfs create -o quota=lots rpool/c
cannot create 'rpool/c': bad numeric value 'lots'
# zfs create -o bogus=1 rpool/c
cannot create 'rpool/c': invalid property 'bogus'
# zfs create
missing filesystem argument
usage:
	create [-p] [-o property=value] ... <filesystem>
	create [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>

For the property list, run: zfs set|get

For the delegated permission list, run: zfs allow|unallow
# zfs create -q rpool/d
invalid option 'q'
usage:
	create [-p] [-o property=value] ... <filesystem>
	create [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>

For the property list, run: zfs set|get

For the delegated permission list, run: zfs allow|unallow
# zfs list -H -o name -r rpool/a
rpool/a
rpool/a/b
=== zfs snapshot, clone, destroy with children and dependent clones
config: zfs-root
--- input
zfs create rpool/zones/data
zfs snapshot rpool/zones/data@monday
zfs snapshot rpool/zones/data@monday
zfs snapshot rpool/zones/nosuch@x
zfs clone rpool/zones/data@monday rpool/zones/copy
zfs list -H -o name,origin -r -t filesystem rpool/zones
zfs destroy rpool/zones/data@monday
echo $?
zfs destroy rpool/zones/data
zfs destroy rpool
zfs destroy -R rpool/zones/data@monday
zfs list -H -o name -t all -r rpool/zones
--- output
# zfs create rpool/zones/data
# zfs snapshot rpool/zones/data@monday
# zfs snapshot rpool/zones/data@monday
cannot create snapshot 'rpool/zones/data@monday': dataset already exists
# zfs snapshot rpool/zones/nosuch@x
cannot open 'rpool/zones/nosuch': dataset does not exist
# zfs clone rpool/zones/data@monday rpool/zones/copy
# zfs list -H -o name,origin -r -t filesystem rpool/zones
rpool/zones	-
rpool/zones/copy	rpool/zones/data@monday
rpool/zones/data	-
# zfs destroy rpool/zones/data@monday
cannot destroy 'rpool/zones/data@monday': snapshot has dependent clones
use '-R' to destroy the following datasets:
rpool/zones/copy
# echo $?
1
# zfs destroy rpool/zones/data
cannot destroy 'rpool/zones/data': filesystem has children
use '-r' to destroy the following datasets:
rpool/zones/data@monday
# zfs destroy rpool
cannot destroy 'rpool': operation does not apply to pools
use 'zfs destroy -r rpool' to destroy all datasets in the pool
use 'zpool destroy rpool' to destroy the pool itself
# zfs destroy -R rpool/zones/data@monday
# zfs list -H -o name -t all -r rpool/zones
rpool/zones
rpool/zones/data
=== zfs set, get, inherit, rename
config: zfs-root
--- input
zfs create rpool/zones/web1
zfs set quota=10G rpool/zones/web1
zfs get quota,mountpoint rpool/zones/web1
zfs get -H -o value quota rpool/zones/web1
zfs set used=1 rpool/zones/web1
zfs set quota=abc rpool/zones/web1
zfs set compression=fast rpool/zones/web1
zfs set mountpoint=/web rpool/zones/web1
ls -d /web /zones/web1
zfs inherit mountpoint rpool/zones/web1
zfs rename rpool/zones/web1 rpool/zones/web9
zfs rename rpool/zones/web9 tank/web9
zfs list -H -o name,mountpoint,quota -r rpool/zones
zfs get -s local all rpool/zones/web9
--- output
# zfs create rpool/zones/web1
# zfs set quota=10G rpool/zones/web1
# zfs get quota,mountpoint rpool/zones/web1
NAME              PROPERTY    VALUE        SOURCE
rpool/zones/web1  quota       10G          local
rpool/zones/web1  mountpoint  /zones/web1  inherited from rpool/zones
# zfs get -H -o value quota rpool/zones/web1
10G
# zfs set used=1 rpool/zones/web1
cannot set property for 'rpool/zones/web1': 'used' is readonly
# zfs set quota=abc rpool/zones/web1
cannot set property for 'rpool/zones/web1': bad numeric value 'abc'
# zfs set compression=fast rpool/zones/web1
cannot set property for 'rpool/zones/web1': 'compression' must be one of 'on | off | lzjb | gzip | gzip-1 | gzip-2 | gzip-3 | gzip-4 | gzip-5 | gzip-6 | gzip-7 | gzip-8 | gzip-9'
# zfs set mountpoint=/web rpool/zones/web1
# ls -d /web /zones/web1
/zones/web1: No such file or directory
/web
# zfs inherit mountpoint rpool/zones/web1
# zfs rename rpool/zones/web1 rpool/zones/web9
# zfs rename rpool/zones/web9 tank/web9
cannot rename to 'tank/web9': datasets must be within same pool
# zfs list -H -o name,mountpoint,quota -r rpool/zones
rpool/zones	/zones	none
rpool/zones/web9	/zones/web9	10G
# zfs get -s local all rpool/zones/web9
NAME              PROPERTY  VALUE  SOURCE
rpool/zones/web9  quota     10G    local
=== zoneadm on ZFS: a dataset for the zonepath, a clone, a move, destroy at uninstall
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zonecfg -z web2 'create; set zonepath=/zones/web2'
zoneadm -z web1 install
ls -ld /zones/web1
zoneadm -z web2 clone web1
zfs list -H -o name,origin -t filesystem -r rpool/zones
zfs list -t snapshot
zoneadm -z web2 move /zones/web2b
zfs list -H -o name,mountpoint -r rpool/zones
ls /zones
zoneadm -z web1 uninstall -F
zfs list -H -o name -t all -r rpool/zones
zoneadm -z web2 uninstall -F
zfs list -H -o name -t all -r rpool/zones
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
# ls -ld /zones/web1
drwx------   4 root     root         512 Jan  4 09:00 /zones/web1
# zoneadm -z web2 clone web1
Cloning snapshot rpool/zones/web1@SUNWzone1
Instead of copying, a ZFS clone has been created for this zone.
# zfs list -H -o name,origin -t filesystem -r rpool/zones
rpool/zones	-
rpool/zones/web1	-
rpool/zones/web2	rpool/zones/web1@SUNWzone1
# zfs list -t snapshot
NAME                        USED  AVAIL  REFER  MOUNTPOINT
rpool/zones/web1@SUNWzone1     0      -  96.0M  -
# zoneadm -z web2 move /zones/web2b
# zfs list -H -o name,mountpoint -r rpool/zones
rpool/zones	/zones
rpool/zones/web1	/zones/web1
rpool/zones/web2	/zones/web2b
# ls /zones
web1   web2b
# zoneadm -z web1 uninstall -F
# zfs list -H -o name -t all -r rpool/zones
rpool/zones
rpool/zones/web1
rpool/zones/web1@SUNWzone1
rpool/zones/web2
# zoneadm -z web2 uninstall -F
The ZFS file system for this zone has been destroyed.
# zfs list -H -o name -t all -r rpool/zones
rpool/zones
rpool/zones/web1
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
=== zoneadm install: the dataset exists already
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zfs create rpool/zones/web1
chmod 700 /zones/web1
zoneadm -z web1 install
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
=== a delegated dataset: verified, seen in the zone with its parents, not its siblings
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1; add dataset; set name=rpool/zones/nosuch; end'
zoneadm -z web1 verify
zfs create rpool/web1data
zonecfg -z web1 'remove dataset name=rpool/zones/nosuch; add dataset; set name=rpool/web1data; end'
zoneadm -z web1 install
zoneadm -z web1 boot
zlogin web1 zfs list -H -o name
zlogin web1 zfs create rpool/web1data/home
zlogin web1 zfs create rpool/other
zlogin web1 zfs set quota=1G rpool/web1data
zlogin web1 zpool list
zfs list -H -o name -r rpool/web1data
--- output
# zonecfg -z web1 'create; set zonepath=/zones/web1; add dataset; set name=rpool/zones/nosuch; end'
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
could not verify zfs dataset rpool/zones/nosuch: dataset does not exist
zoneadm: zone web1 failed to verify
# zfs create rpool/web1data
# zonecfg -z web1 'remove dataset name=rpool/zones/nosuch; add dataset; set name=rpool/web1data; end'
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
# zlogin web1 zfs list -H -o name
rpool
rpool/web1data
# zlogin web1 zfs create rpool/web1data/home
# zlogin web1 zfs create rpool/other
cannot create 'rpool': permission denied
# zlogin web1 zfs set quota=1G rpool/web1data
cannot set property for 'rpool/web1data': permission denied
# zlogin web1 zpool list
no pools available
# zfs list -H -o name -r rpool/web1data
rpool/web1data
rpool/web1data/home
=== df -h with a ZFS root and a zone in a dataset
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zoneadm -z web1 install
zoneadm -z web1 boot
df -h
zlogin web1 df -h /
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
# df -h
Filesystem             size   used  avail capacity  Mounted on
rpool/ROOT/s10s_u8wos_08a
                        63G   5.0G    58G     9%    /
/devices                 0K     0K     0K     0%    /devices
ctfs                     0K     0K     0K     0%    /system/contract
proc                     0K     0K     0K     0%    /proc
mnttab                   0K     0K     0K     0%    /etc/mnttab
swap                    24G   1.1M    24G     1%    /etc/svc/volatile
objfs                    0K     0K     0K     0%    /system/object
sharefs                  0K     0K     0K     0%    /etc/dfs/sharetab
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     9%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     9%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /dev/fd
swap                    24G    32K    24G     1%    /tmp
swap                    24G    40K    24G     1%    /var/run
rpool                   58G    22K    58G     1%    /rpool
rpool/export            58G    22K    58G     1%    /export
rpool/export/home       58G    22K    58G     1%    /export/home
rpool/zones             58G    22K    58G     1%    /zones
rpool/zones/web1        58G    96M    58G     1%    /zones/web1
/zones/web1/dev         58G    96M    58G     1%    /zones/web1/root/dev
/lib                    63G   5.0G    58G     9%    /zones/web1/root/lib
/platform               63G   5.0G    58G     9%    /zones/web1/root/platform
/sbin                   63G   5.0G    58G     9%    /zones/web1/root/sbin
/usr                    63G   5.0G    58G     9%    /zones/web1/root/usr
proc                     0K     0K     0K     0%    /zones/web1/root/proc
ctfs                     0K     0K     0K     0%    /zones/web1/root/system/contract
mnttab                   0K     0K     0K     0%    /zones/web1/root/etc/mnttab
objfs                    0K     0K     0K     0%    /zones/web1/root/system/object
swap                    24G   1.1M    24G     1%    /zones/web1/root/etc/svc/volatile
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     9%    /zones/web1/root/platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        63G   5.0G    58G     9%    /zones/web1/root/platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /zones/web1/root/dev/fd
swap                    24G    32K    24G     1%    /zones/web1/root/tmp
swap                    24G    40K    24G     1%    /zones/web1/root/var/run
# zlogin web1 df -h /
Filesystem             size   used  avail capacity  Mounted on
/                       58G    96M    58G     1%    /
=== a UFS root has no pools
status: 1
--- input
zpool list
zfs list
zfs list rpool
--- output
# zpool list
no pools available
# zfs list
no datasets available
# zfs list rpool
cannot open 'rpool': dataset does not exist
