=== zpool list and status of a 10/09 ZFS-root install
config: zfs-root
# zpool_main.c zpool_do_list, status_callback; zpool_prop.c column widths
status: 2
--- input
zpool list
zpool list -H -o name,health
zpool list -o name,cap,size rpool
zpool status
zpool status -x
zpool list nosuch
echo $?
zpool list -o bogus
echo $?
zpool scrub rpool
echo $?
zpool frobnicate
--- output
# zpool list
NAME    SIZE   USED  AVAIL    CAP  HEALTH  ALTROOT
rpool  68.4G  7.04G  61.3G    10%  ONLINE  -
# zpool list -H -o name,health
rpool	ONLINE
# zpool list -o name,cap,size rpool
NAME     CAP   SIZE
rpool    10%  68.4G
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
# echo $?
1
# zpool list -o bogus
invalid property 'bogus'
usage:
	list [-H] [-o property[,...]] [pool] ...

the following properties are supported:

	PROPERTY       EDIT  VALUES

	altroot         YES    <path>
	autoreplace     YES    on | off
	available        NO   <size>
	bootfs          YES    <filesystem>
	cachefile       YES    <file> | none
	capacity         NO   <size>
	delegation      YES    on | off
	failmode        YES    wait | continue | panic | abort
	guid             NO   <guid>
	health           NO   <state>
	size             NO   <size>
	used             NO   <size>
	version         YES    <version>
# echo $?
2
# zpool scrub rpool
zpool: scrub: Operation not supported in the simulation
# echo $?
1
# zpool frobnicate
unrecognized command 'frobnicate'
usage: zpool command args ...
where 'command' is one of the following:

	create [-fn] [-o property=value] ... 
	    [-m mountpoint]
	    [-R root] <pool> <vdev> ...
	destroy [-f] <pool>

	add [-fn] <pool> <vdev> ...
	remove <pool> <device> ...

	list [-H] [-o property[,...]] [pool] ...
	iostat [-v] [pool] ... [interval [count]]
	status [-vx] [pool] ...

	online <pool> <device> ...
	offline [-t] <pool> <device> ...
	clear <pool> [device]

	attach [-f] <pool> <device> <new-device>
	detach <pool> <device>
	replace [-f] <pool> <device> [new-device]

	scrub [-s] <pool> ...

	import [-d dir] [-D]
	import [-o mntopts] [-o property=value] ... 
	    [-d dir | -c cachefile] [-D] [-f] [-R root] -a
	import [-o mntopts] [-o property=value] ... 
	    [-d dir | -c cachefile] [-D] [-f] [-R root] <pool | id> [newpool]
	export [-f] <pool> ...
	upgrade
	upgrade -v
	upgrade [-V version] <-a | pool ...>

	history [-il] [<pool>] ...
	get <"all" | property[,...]> <pool> ...
	set <property=value> <pool> 
=== zfs list: the default columns, -H, -o, -t, -r, -s, a path operand, errors
config: zfs-root
# zfs_main.c zfs_do_list, zfs_iter.c zfs_for_each; runtime.md §5.1
status: 2
--- input
zfs list
zfs list -H -o name,mountpoint -t volume
zfs list -r rpool/export
zfs list -o name,type,origin rpool/ROOT/s10s_u8wos_08a rpool/swap
zfs list -o name,used -s used -t filesystem
zfs list /export/home/.
zfs list nosuch/fs
echo $?
zfs list -t snapshot
zfs list -t snapshot rpool/zones
echo $?
zfs list -t bogus
--- output
# zfs list
NAME                        USED  AVAIL  REFER  MOUNTPOINT
rpool                      9.04G  58.3G    22K  /rpool
rpool/ROOT                 5.04G  58.3G    21K  legacy
rpool/ROOT/s10s_u8wos_08a  5.04G  58.3G  5.04G  /
rpool/dump                    2G  58.3G     2G  -
rpool/export                 44K  58.3G    22K  /export
rpool/export/home            22K  58.3G    22K  /export/home
rpool/swap                    2G  60.3G    16K  -
rpool/zones                  22K  58.3G    22K  /zones
# zfs list -H -o name,mountpoint -t volume
rpool/dump	-
rpool/swap	-
# zfs list -r rpool/export
NAME                USED  AVAIL  REFER  MOUNTPOINT
rpool/export         44K  58.3G    22K  /export
rpool/export/home    22K  58.3G    22K  /export/home
# zfs list -o name,type,origin rpool/ROOT/s10s_u8wos_08a rpool/swap
NAME                       TYPE        ORIGIN
rpool/ROOT/s10s_u8wos_08a  filesystem  -
rpool/swap                 volume      -
# zfs list -o name,used -s used -t filesystem
NAME                        USED
rpool/export/home            22K
rpool/zones                  22K
rpool/export                 44K
rpool/ROOT/s10s_u8wos_08a  5.04G
rpool/ROOT                 5.04G
rpool                      9.04G
# zfs list /export/home/.
NAME                USED  AVAIL  REFER  MOUNTPOINT
rpool/export/home    22K  58.3G    22K  /export/home
# zfs list nosuch/fs
cannot open 'nosuch/fs': dataset does not exist
# echo $?
1
# zfs list -t snapshot
no datasets available
# zfs list -t snapshot rpool/zones
cannot open 'rpool/zones': operation not applicable to datasets of this type
# echo $?
1
# zfs list -t bogus
invalid type 'bogus'
usage:
	list [-rH] [-o property[,...]] [-t type[,...]] [-s property] ...
	    [-S property] ... [filesystem|volume|snapshot] ...

The following properties are supported:

	PROPERTY       EDIT  INHERIT   VALUES

	aclinherit      YES      YES   discard | noallow | secure | passthrough
	aclmode         YES      YES   discard | groupmask | passthrough
	atime           YES      YES   on | off
	available        NO       NO   <size>
	canmount        YES       NO   on | off | noauto
	casesensitivity NO      YES   sensitive | insensitive | mixed
	checksum        YES      YES   on | off | fletcher2 | fletcher4 | sha256
	compression     YES      YES   on | off | lzjb | gzip | gzip-[1-9]
	compressratio    NO       NO   <1.00x or higher if compressed>
	copies          YES      YES   1 | 2 | 3
	creation         NO       NO   <date>
	devices         YES      YES   on | off
	exec            YES      YES   on | off
	mounted          NO       NO   yes | no
	mountpoint      YES      YES   <path> | legacy | none
	nbmand          YES      YES   on | off
	normalization    NO      YES   none | formC | formD | formKC | formKD
	origin           NO       NO   <snapshot>
	quota           YES       NO   <size> | none
	readonly        YES      YES   on | off
	recordsize      YES      YES   512 to 128k, power of 2
	referenced       NO       NO   <size>
	refquota        YES       NO   <size> | none
	refreservation  YES       NO   <size> | none
	reservation     YES       NO   <size> | none
	setuid          YES      YES   on | off
	shareiscsi      YES      YES   on | off | type=<type>
	sharenfs        YES      YES   on | off | share(1M) options
	sharesmb        YES      YES   on | off | sharemgr(1M) options
	snapdir         YES      YES   hidden | visible
	type             NO       NO   filesystem | volume | snapshot
	used             NO       NO   <size>
	utf8only         NO      YES   on | off
	version         YES       NO   1 | 2 | 3 | current
	volblocksize     NO      YES   512 to 128k, power of 2
	volsize         YES       NO   <size>
	vscan           YES      YES   on | off
	xattr           YES      YES   on | off
	zoned           YES      YES   on | off

Sizes are specified in bytes with standard units such as K, M, G, etc.


User-defined properties can be specified by using a name containing a colon (:).
=== zfs create: -p, -o, -V, what libzfs refuses, usage errors
config: zfs-root
# libzfs_dataset.c zfs_create, check_parents, zfs_validate_properties
--- input
zfs create rpool/zones
echo $?
zfs create rpool/a/b
zfs create -p rpool/a/b
ls -ld /rpool/a /rpool/a/b
zfs create -p rpool/a/b
echo $?
zfs create tank/x
zfs create rpool
zfs create 'rpool/bad name'
zfs create -o mountpoint=relative rpool/c
zfs create -o quota=lots rpool/c
zfs create -o bogus=1 rpool/c
zfs create -o used=1 rpool/c
zfs create -o compression=fast rpool/c
zfs create -V 1G rpool/vol1
zfs create rpool/vol1/fs
zfs create -o mountpoint=/data -o quota=5G rpool/data
zfs list -o name,quota,mountpoint,volsize -r rpool/a rpool/data rpool/vol1
ls -d /data
zfs create
echo $?
--- output
# zfs create rpool/zones
cannot create 'rpool/zones': dataset already exists
# echo $?
1
# zfs create rpool/a/b
cannot create 'rpool/a/b': parent does not exist
# zfs create -p rpool/a/b
# ls -ld /rpool/a /rpool/a/b
drwxr-xr-x   3 root     root         512 Jan  4 09:00 /rpool/a
drwxr-xr-x   2 root     root         512 Jan  4 09:00 /rpool/a/b
# zfs create -p rpool/a/b
# echo $?
0
# zfs create tank/x
cannot create 'tank/x': no such pool 'tank'
# zfs create rpool
cannot create 'rpool': missing dataset name
# zfs create 'rpool/bad name'
cannot create 'rpool/bad name': invalid character ' ' in name
# zfs create -o mountpoint=relative rpool/c
cannot create 'rpool/c': 'mountpoint' must be an absolute path, 'none', or 'legacy'
# zfs create -o quota=lots rpool/c
cannot create 'rpool/c': bad numeric value 'lots'
# zfs create -o bogus=1 rpool/c
cannot create 'rpool/c': invalid property 'bogus'
# zfs create -o used=1 rpool/c
cannot create 'rpool/c': 'used' is readonly
# zfs create -o compression=fast rpool/c
cannot create 'rpool/c': 'compression' must be one of 'on | off | lzjb | gzip | gzip-[1-9]'
# zfs create -V 1G rpool/vol1
# zfs create rpool/vol1/fs
cannot create 'rpool/vol1/fs': parent is not a filesystem
# zfs create -o mountpoint=/data -o quota=5G rpool/data
# zfs list -o name,quota,mountpoint,volsize -r rpool/a rpool/data rpool/vol1
NAME        QUOTA  MOUNTPOINT  VOLSIZE
rpool/a      none  /rpool/a          -
rpool/a/b    none  /rpool/a/b        -
rpool/data     5G  /data             -
rpool/vol1      -  -                1G
# ls -d /data
/data
# zfs create
missing filesystem argument
usage:
	create [-p] [-o property=value] ... <filesystem>
	create [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>

For the property list, run: zfs set|get

For the delegated permission list, run: zfs allow|unallow
# echo $?
2
=== zfs create: options it does not know
config: zfs-root
status: 2
--- input
zfs create -q rpool/d
--- output
# zfs create -q rpool/d
invalid option 'q'
usage:
	create [-p] [-o property=value] ... <filesystem>
	create [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>

For the property list, run: zfs set|get

For the delegated permission list, run: zfs allow|unallow
=== zfs snapshot, clone, destroy: children and dependent clones
config: zfs-root
# zfs_main.c destroy_check_dependent; libzfs_dataset.c zfs_snapshot, zfs_clone
--- input
zfs create rpool/zones/data
echo hello > /zones/data/file
zfs snapshot rpool/zones/data@monday
zfs snapshot rpool/zones/data@monday
zfs snapshot rpool/zones/nosuch@x
zfs snapshot rpool/zones/data
zfs clone rpool/zones/data@monday rpool/zones/copy
cat /zones/copy/file
zfs clone rpool/zones/data rpool/zones/copy2
zfs clone rpool/zones/data@monday rpool/zones/no/copy
zfs list -H -o name,origin -r -t filesystem rpool/zones
zfs list -t snapshot
zfs destroy rpool/zones/data@monday
echo $?
zfs destroy rpool/zones/data
zfs destroy -r rpool/zones/data
zfs destroy rpool
zfs snapshot -r rpool/zones@all
zfs list -H -o name -t snapshot
zfs destroy -r rpool/zones@monday
zfs destroy -r rpool/zones@nosuch
zfs destroy -r rpool/zones@all
zfs destroy -R rpool/zones/data@monday
zfs list -H -o name -t filesystem,snapshot -r rpool/zones
ls /zones
zfs destroy rpool/zones/data
ls /zones
--- output
# zfs create rpool/zones/data
# echo hello > /zones/data/file
# zfs snapshot rpool/zones/data@monday
# zfs snapshot rpool/zones/data@monday
cannot create snapshot 'rpool/zones/data@monday': dataset already exists
# zfs snapshot rpool/zones/nosuch@x
cannot open 'rpool/zones/nosuch': dataset does not exist
# zfs snapshot rpool/zones/data
cannot snapshot 'rpool/zones/data': missing '@' delimiter in snapshot name
# zfs clone rpool/zones/data@monday rpool/zones/copy
# cat /zones/copy/file
hello
# zfs clone rpool/zones/data rpool/zones/copy2
cannot open 'rpool/zones/data': operation not applicable to datasets of this type
# zfs clone rpool/zones/data@monday rpool/zones/no/copy
cannot create 'rpool/zones/no/copy': parent does not exist
# zfs list -H -o name,origin -r -t filesystem rpool/zones
rpool/zones	-
rpool/zones/copy	rpool/zones/data@monday
rpool/zones/data	-
# zfs list -t snapshot
NAME                      USED  AVAIL  REFER  MOUNTPOINT
rpool/zones/data@monday      0      -    23K  -
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
# zfs destroy -r rpool/zones/data
cannot destroy 'rpool/zones/data': filesystem has dependent clones
use '-R' to destroy the following datasets:
rpool/zones/copy
# zfs destroy rpool
cannot destroy 'rpool': operation does not apply to pools
use 'zfs destroy -r rpool' to destroy all datasets in the pool
use 'zpool destroy rpool' to destroy the pool itself
# zfs snapshot -r rpool/zones@all
# zfs list -H -o name -t snapshot
rpool/zones@all
rpool/zones/copy@all
rpool/zones/data@monday
rpool/zones/data@all
# zfs destroy -r rpool/zones@monday
cannot destroy 'rpool/zones/data@monday': snapshot is cloned
no snapshots destroyed
# zfs destroy -r rpool/zones@nosuch
cannot destroy 'rpool/zones@nosuch': dataset does not exist
no snapshots destroyed
# zfs destroy -r rpool/zones@all
# zfs destroy -R rpool/zones/data@monday
# zfs list -H -o name -t filesystem,snapshot -r rpool/zones
rpool/zones
rpool/zones/data
# ls /zones
data
# zfs destroy rpool/zones/data
# ls /zones
=== zfs set, get, inherit, rename
config: zfs-root
# zfs_main.c zfs_do_set, zfs_do_get, zfs_do_inherit, zfs_do_rename; libzfs_util.c zprop_print_one_property
--- input
zfs create rpool/zones/web1
echo data > /zones/web1/f
zfs set quota=10G rpool/zones/web1
zfs get quota,mountpoint rpool/zones/web1
zfs get -H -o value quota rpool/zones/web1
zfs get -p quota rpool/zones/web1
zfs get -s local all rpool/zones/web1
zfs get -o property,source compression,recsize rpool/zones/web1
zfs set used=1 rpool/zones/web1
zfs set quota=abc rpool/zones/web1
zfs set compression=fast rpool/zones/web1
zfs set quota=10G rpool/zones/web1@now
zfs set quota rpool/zones/web1
zfs set mountpoint=/web rpool/zones/web1
ls /web /zones
zfs inherit mountpoint rpool/zones/web1
cat /zones/web1/f
zfs inherit quota rpool/zones/web1
zfs inherit used rpool/zones/web1
zfs rename rpool/zones/web1 rpool/zones/web9
zfs rename rpool/zones/web9 tank/web9
zfs rename rpool/zones/web9 rpool/zones/web9/sub
zfs rename rpool/zones/web9 rpool/x/web9
zfs rename -p rpool/zones/web9 rpool/x/web9
zfs list -H -o name,mountpoint,quota -r rpool/x
cat /rpool/x/web9/f
zfs snapshot rpool/x/web9@a
zfs rename rpool/x/web9@a rpool/x/web9@b
zfs rename rpool/x/web9@b rpool/zones@b
zfs list -H -o name -t snapshot
--- output
# zfs create rpool/zones/web1
# echo data > /zones/web1/f
# zfs set quota=10G rpool/zones/web1
# zfs get quota,mountpoint rpool/zones/web1
NAME              PROPERTY    VALUE        SOURCE
rpool/zones/web1  quota       10G          local
rpool/zones/web1  mountpoint  /zones/web1  inherited from rpool/zones
# zfs get -H -o value quota rpool/zones/web1
10G
# zfs get -p quota rpool/zones/web1
NAME              PROPERTY  VALUE  SOURCE
rpool/zones/web1  quota     10737418240  local
# zfs get -s local all rpool/zones/web1
NAME              PROPERTY         VALUE                  SOURCE
rpool/zones/web1  quota            10G                    local
# zfs get -o property,source compression,recsize rpool/zones/web1
PROPERTY     SOURCE
compression  default
recordsize   default
# zfs set used=1 rpool/zones/web1
cannot set property for 'rpool/zones/web1': 'used' is readonly
# zfs set quota=abc rpool/zones/web1
cannot set property for 'rpool/zones/web1': bad numeric value 'abc'
# zfs set compression=fast rpool/zones/web1
cannot set property for 'rpool/zones/web1': 'compression' must be one of 'on | off | lzjb | gzip | gzip-[1-9]'
# zfs set quota=10G rpool/zones/web1@now
cannot open 'rpool/zones/web1@now': dataset does not exist
# zfs set quota rpool/zones/web1
missing value in property=value argument
usage:
	set <property=value> <filesystem|volume> ...

The following properties are supported:

	PROPERTY       EDIT  INHERIT   VALUES

	aclinherit      YES      YES   discard | noallow | secure | passthrough
	aclmode         YES      YES   discard | groupmask | passthrough
	atime           YES      YES   on | off
	available        NO       NO   <size>
	canmount        YES       NO   on | off | noauto
	casesensitivity NO      YES   sensitive | insensitive | mixed
	checksum        YES      YES   on | off | fletcher2 | fletcher4 | sha256
	compression     YES      YES   on | off | lzjb | gzip | gzip-[1-9]
	compressratio    NO       NO   <1.00x or higher if compressed>
	copies          YES      YES   1 | 2 | 3
	creation         NO       NO   <date>
	devices         YES      YES   on | off
	exec            YES      YES   on | off
	mounted          NO       NO   yes | no
	mountpoint      YES      YES   <path> | legacy | none
	nbmand          YES      YES   on | off
	normalization    NO      YES   none | formC | formD | formKC | formKD
	origin           NO       NO   <snapshot>
	quota           YES       NO   <size> | none
	readonly        YES      YES   on | off
	recordsize      YES      YES   512 to 128k, power of 2
	referenced       NO       NO   <size>
	refquota        YES       NO   <size> | none
	refreservation  YES       NO   <size> | none
	reservation     YES       NO   <size> | none
	setuid          YES      YES   on | off
	shareiscsi      YES      YES   on | off | type=<type>
	sharenfs        YES      YES   on | off | share(1M) options
	sharesmb        YES      YES   on | off | sharemgr(1M) options
	snapdir         YES      YES   hidden | visible
	type             NO       NO   filesystem | volume | snapshot
	used             NO       NO   <size>
	utf8only         NO      YES   on | off
	version         YES       NO   1 | 2 | 3 | current
	volblocksize     NO      YES   512 to 128k, power of 2
	volsize         YES       NO   <size>
	vscan           YES      YES   on | off
	xattr           YES      YES   on | off
	zoned           YES      YES   on | off

Sizes are specified in bytes with standard units such as K, M, G, etc.


User-defined properties can be specified by using a name containing a colon (:).
# zfs set mountpoint=/web rpool/zones/web1
# ls /web /zones
/web:
f

/zones:
# zfs inherit mountpoint rpool/zones/web1
# cat /zones/web1/f
data
# zfs inherit quota rpool/zones/web1
'quota' property cannot be inherited
use 'zfs set quota=none' to clear
# zfs inherit used rpool/zones/web1
used property is read-only
# zfs rename rpool/zones/web1 rpool/zones/web9
# zfs rename rpool/zones/web9 tank/web9
cannot create 'tank/web9': no such pool 'tank'
# zfs rename rpool/zones/web9 rpool/zones/web9/sub
cannot rename to 'rpool/zones/web9/sub': New dataset name cannot be a descendent of current dataset name
# zfs rename rpool/zones/web9 rpool/x/web9
cannot create 'rpool/x/web9': parent does not exist
# zfs rename -p rpool/zones/web9 rpool/x/web9
# zfs list -H -o name,mountpoint,quota -r rpool/x
rpool/x	/rpool/x	none
rpool/x/web9	/rpool/x/web9	10G
# cat /rpool/x/web9/f
data
# zfs snapshot rpool/x/web9@a
# zfs rename rpool/x/web9@a rpool/x/web9@b
# zfs rename rpool/x/web9@b rpool/zones@b
cannot rename to 'rpool/zones@b': snapshots must be part of same dataset
# zfs list -H -o name -t snapshot
rpool/x/web9@b
=== zfs mount and the mount points of datasets
config: zfs-root
status: 1
--- input
zfs mount
zfs mount rpool/zones
zfs mount rpool/ROOT
zfs set mountpoint=none rpool/export/home
zfs mount rpool/export/home
zfs set canmount=off rpool/zones
zfs mount rpool/zones
zfs mount
mkdir -p /rpool/busy/dir
zfs create rpool/busy
echo $?
zfs list -H -o name,mounted rpool/busy
zfs mount rpool/busy
rmdir /rpool/busy/dir
zfs mount -a
zfs list -H -o name,mounted rpool/busy
zfs mount -O rpool/busy
--- output
# zfs mount
rpool                           /rpool
rpool/ROOT/s10s_u8wos_08a       /
rpool/export                    /export
rpool/export/home               /export/home
rpool/zones                     /zones
# zfs mount rpool/zones
cannot mount 'rpool/zones': filesystem already mounted
# zfs mount rpool/ROOT
cannot mount 'rpool/ROOT': legacy mountpoint
use mount(1M) to mount this filesystem
# zfs set mountpoint=none rpool/export/home
# zfs mount rpool/export/home
cannot mount 'rpool/export/home': no mountpoint set
# zfs set canmount=off rpool/zones
# zfs mount rpool/zones
cannot mount 'rpool/zones': 'canmount' property is set to 'off'
# zfs mount
rpool                           /rpool
rpool/ROOT/s10s_u8wos_08a       /
rpool/export                    /export
# mkdir -p /rpool/busy/dir
# zfs create rpool/busy
cannot mount '/rpool/busy': directory is not empty
filesystem successfully created, but not mounted
# echo $?
1
# zfs list -H -o name,mounted rpool/busy
rpool/busy	no
# zfs mount rpool/busy
cannot mount '/rpool/busy': directory is not empty
# rmdir /rpool/busy/dir
# zfs mount -a
# zfs list -H -o name,mounted rpool/busy
rpool/busy	yes
# zfs mount -O rpool/busy
zfs: mount -O: Operation not supported in the simulation
=== zfs usage: no command, an unknown one, one not simulated
config: zfs-root
status: 2
--- input
zfs rollback rpool/zones@x
echo $?
zfs frobnicate
--- output
# zfs rollback rpool/zones@x
zfs: rollback: Operation not supported in the simulation
# echo $?
1
# zfs frobnicate
unrecognized command 'frobnicate'
usage: zfs command args ...
where 'command' is one of the following:

	create [-p] [-o property=value] ... <filesystem>
	create [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>
	destroy [-rRf] <filesystem|volume|snapshot>

	snapshot [-r] <filesystem@snapname|volume@snapname>
	rollback [-rRf] <snapshot>
	clone [-p] <snapshot> <filesystem|volume>
	promote <clone-filesystem>
	rename <filesystem|volume|snapshot> <filesystem|volume|snapshot>
	rename -p <filesystem|volume> <filesystem|volume>
	rename -r <snapshot> <snapshot>
	list [-rH] [-o property[,...]] [-t type[,...]] [-s property] ...
	    [-S property] ... [filesystem|volume|snapshot] ...

	set <property=value> <filesystem|volume> ...
	get [-rHp] [-o field[,...]] [-s source[,...]]
	    <"all" | property[,...]> [filesystem|volume|snapshot] ...
	inherit [-r] <property> <filesystem|volume> ...
	upgrade [-v]
	upgrade [-r] [-V version] <-a | filesystem ...>

	mount
	mount [-vO] [-o opts] <-a | filesystem>
	unmount [-f] <-a | filesystem|mountpoint>
	share <-a | filesystem>
	unshare [-f] <-a | filesystem|mountpoint>

	send [-R] [-[iI] snapshot] <snapshot>
	receive [-vnF] <filesystem|volume|snapshot>
	receive [-vnF] -d <filesystem>

	allow [-ldug] <"everyone"|user|group>[,...] <perm|@setname>[,...]
	    <filesystem|volume>
	allow [-ld] -e <perm|@setname>[,...] <filesystem|volume>
	allow -c <perm|@setname>[,...] <filesystem|volume>
	allow -s @setname <perm|@setname>[,...] <filesystem|volume>

	unallow [-rldug] <"everyone"|user|group>[,...]
	    [<perm|@setname>[,...]] <filesystem|volume>
	unallow [-rld] -e [<perm|@setname>[,...]] <filesystem|volume>
	unallow [-r] -c [<perm|@setname>[,...]] <filesystem|volume>
	unallow [-r] -s @setname [<perm|@setname>[,...]] <filesystem|volume>

Each dataset is of the form: pool/[dataset/]*dataset[@name]

For the property list, run: zfs set|get

For the delegated permission list, run: zfs allow|unallow
=== zfs with no subcommand
config: zfs-root
status: 2
--- input
zfs
--- output
# zfs
missing command
usage: zfs command args ...
where 'command' is one of the following:

	create [-p] [-o property=value] ... <filesystem>
	create [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>
	destroy [-rRf] <filesystem|volume|snapshot>

	snapshot [-r] <filesystem@snapname|volume@snapname>
	rollback [-rRf] <snapshot>
	clone [-p] <snapshot> <filesystem|volume>
	promote <clone-filesystem>
	rename <filesystem|volume|snapshot> <filesystem|volume|snapshot>
	rename -p <filesystem|volume> <filesystem|volume>
	rename -r <snapshot> <snapshot>
	list [-rH] [-o property[,...]] [-t type[,...]] [-s property] ...
	    [-S property] ... [filesystem|volume|snapshot] ...

	set <property=value> <filesystem|volume> ...
	get [-rHp] [-o field[,...]] [-s source[,...]]
	    <"all" | property[,...]> [filesystem|volume|snapshot] ...
	inherit [-r] <property> <filesystem|volume> ...
	upgrade [-v]
	upgrade [-r] [-V version] <-a | filesystem ...>

	mount
	mount [-vO] [-o opts] <-a | filesystem>
	unmount [-f] <-a | filesystem|mountpoint>
	share <-a | filesystem>
	unshare [-f] <-a | filesystem|mountpoint>

	send [-R] [-[iI] snapshot] <snapshot>
	receive [-vnF] <filesystem|volume|snapshot>
	receive [-vnF] -d <filesystem>

	allow [-ldug] <"everyone"|user|group>[,...] <perm|@setname>[,...]
	    <filesystem|volume>
	allow [-ld] -e <perm|@setname>[,...] <filesystem|volume>
	allow -c <perm|@setname>[,...] <filesystem|volume>
	allow -s @setname <perm|@setname>[,...] <filesystem|volume>

	unallow [-rldug] <"everyone"|user|group>[,...]
	    [<perm|@setname>[,...]] <filesystem|volume>
	unallow [-rld] -e [<perm|@setname>[,...]] <filesystem|volume>
	unallow [-r] -c [<perm|@setname>[,...]] <filesystem|volume>
	unallow [-r] -s @setname [<perm|@setname>[,...]] <filesystem|volume>

Each dataset is of the form: pool/[dataset/]*dataset[@name]

For the property list, run: zfs set|get

For the delegated permission list, run: zfs allow|unallow
=== a delegated dataset: verified, marked zoned, seen in the zone with its parents
config: zfs-root
# zoneadm/zfs.c verify_datasets; vplat.c (zoned=on); runtime.md §5.3
status: 1
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1; add dataset; set name=rpool/zones/nosuch; end'
zoneadm -z web1 verify
zfs create rpool/zones/inherits
zonecfg -z web1 'remove dataset name=rpool/zones/nosuch; add dataset; set name=rpool/zones/inherits; end'
zoneadm -z web1 verify
zfs create -V 1G rpool/vol1
zonecfg -z web1 'remove dataset name=rpool/zones/inherits; add dataset; set name=rpool/vol1; end'
zoneadm -z web1 verify
zfs create rpool/web1data
zonecfg -z web1 'remove dataset name=rpool/vol1; add dataset; set name=rpool/web1data; end'
zoneadm -z web1 install
zfs get -H -o value zoned rpool/web1data
zoneadm -z web1 boot
zfs get zoned rpool/web1data
zlogin web1 zfs list
zlogin web1 zfs create rpool/web1data/home
zlogin web1 'echo hi > /rpool/web1data/home/note'
zlogin web1 ls /rpool/web1data/home
zlogin web1 zfs create rpool/other
zlogin web1 zfs set quota=1G rpool/web1data
zlogin web1 zfs set compression=on rpool/web1data
zlogin web1 zfs set compression=on rpool
zlogin web1 zfs snapshot rpool/web1data@x
zlogin web1 zfs destroy rpool/zones
zlogin web1 zfs list rpool/zones
zlogin web1 zfs mount
zlogin web1 zpool list
zlogin web1 zpool status
zfs list -H -o name,zoned,compression -r rpool/web1data
zfs mount rpool/web1data
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
# zfs create rpool/zones/inherits
# zonecfg -z web1 'remove dataset name=rpool/zones/nosuch; add dataset; set name=rpool/zones/inherits; end'
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
could not verify zfs dataset rpool/zones/inherits: mountpoint cannot be inherited
zoneadm: zone web1 failed to verify
# zfs create -V 1G rpool/vol1
# zonecfg -z web1 'remove dataset name=rpool/zones/inherits; add dataset; set name=rpool/vol1; end'
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
cannot verify zfs dataset rpool/vol1: volumes cannot be specified as a zone dataset resource
zoneadm: zone web1 failed to verify
# zfs create rpool/web1data
# zonecfg -z web1 'remove dataset name=rpool/vol1; add dataset; set name=rpool/web1data; end'
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
# zfs get -H -o value zoned rpool/web1data
off
# zoneadm -z web1 boot
# zfs get zoned rpool/web1data
NAME            PROPERTY  VALUE  SOURCE
rpool/web1data  zoned     on     local
# zlogin web1 zfs list
NAME             USED  AVAIL  REFER  MOUNTPOINT
rpool           10.1G  57.2G    22K  /rpool
rpool/web1data    22K  57.2G    22K  /rpool/web1data
# zlogin web1 zfs create rpool/web1data/home
# zlogin web1 'echo hi > /rpool/web1data/home/note'
# zlogin web1 ls /rpool/web1data/home
note
# zlogin web1 zfs create rpool/other
cannot create 'rpool/other': permission denied
# zlogin web1 zfs set quota=1G rpool/web1data
cannot set property for 'rpool/web1data': permission denied
# zlogin web1 zfs set compression=on rpool/web1data
# zlogin web1 zfs set compression=on rpool
cannot set property for 'rpool': permission denied
# zlogin web1 zfs snapshot rpool/web1data@x
# zlogin web1 zfs destroy rpool/zones
cannot open 'rpool/zones': dataset does not exist
# zlogin web1 zfs list rpool/zones
cannot open 'rpool/zones': dataset does not exist
# zlogin web1 zfs mount
rpool/web1data                  /rpool/web1data
rpool/web1data/home             /rpool/web1data/home
# zlogin web1 zpool list
no pools available
# zlogin web1 zpool status
no pools available
# zfs list -H -o name,zoned,compression -r rpool/web1data
rpool/web1data	on	on
rpool/web1data/home	on	on
# zfs mount rpool/web1data
cannot mount 'rpool/web1data': dataset is exported to a local zone
=== a UFS root has no pools
status: 1
--- input
zpool list
zpool status
zfs list
zfs list rpool
zfs create rpool/zones
--- output
# zpool list
no pools available
# zpool status
no pools available
# zfs list
no datasets available
# zfs list rpool
cannot open 'rpool': dataset does not exist
# zfs create rpool/zones
cannot create 'rpool/zones': no such pool 'rpool'
=== a dataset added to a running zone's configuration is given to it at its next boot
config: zfs-root
--- input
zonecfg -z web1 'create; set zonepath=/zones/web1'
zoneadm -z web1 install
zoneadm -z web1 boot
zfs create rpool/web1data
zonecfg -z web1 'add dataset; set name=rpool/web1data; end'
zlogin web1 zfs list
zfs get -H -o value zoned rpool/web1data
zoneadm -z web1 reboot
zlogin web1 zfs list -H -o name,mountpoint
zoneadm -z web1 halt
zfs get -H -o value zoned rpool/web1data
zfs set zoned=off rpool/web1data
zfs mount
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
# zfs create rpool/web1data
# zonecfg -z web1 'add dataset; set name=rpool/web1data; end'
# zlogin web1 zfs list
no datasets available
# zfs get -H -o value zoned rpool/web1data
off
# zoneadm -z web1 reboot
# zlogin web1 zfs list -H -o name,mountpoint
rpool	/rpool
rpool/web1data	/rpool/web1data
# zoneadm -z web1 halt
# zfs get -H -o value zoned rpool/web1data
on
# zfs set zoned=off rpool/web1data
# zfs mount
rpool                           /rpool
rpool/ROOT/s10s_u8wos_08a       /
rpool/export                    /export
rpool/export/home               /export/home
rpool/zones                     /zones
rpool/zones/web1                /zones/web1
rpool/web1data                  /rpool/web1data
