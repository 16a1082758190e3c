=== fs: properties, options, raw, checks and duplicates
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add fs
set type=
set type=ufs/x
set type=..
set dir=/data
set special=/dev/dsk/c1t0d0s0
set raw=rdsk/c1t0d0s0
set type=ufs
add options [logging,"retry=5"]
add options nodevices
add options (name=x)
remove options nosuch
remove options nodevices
end
set raw=/dev/rdsk/c1t0d0s0
info
clear raw
clear special
set raw=/dev/rdsk/c1t0d0s0
set match=/dev/x
end
add fs
set dir=/data
set special=/export
set type=lofs
end
cancel
select fs dir=/data
set options=[]
end
select fs dir=/data
set options=ro
end
info fs
export
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add fs
zonecfg:web1:fs> set type=
syntax error at '\n'
Commands:

add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
cancel
clear <property-name>
commit
create [-F] [ -a <path> | -b | -t <template> ]
delete [-F]
end
exit [-F]
export [-f output-file]
help [commands] [syntax] [usage] [<command-name>]
info [<resource-type> [property-name=property-value]*]
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
revert [-F]
select <resource-type> { <property-name>=<property-value> }
set <property-name>=<property-value>
verify
zonecfg:web1:fs> set type=ufs/x
"ufs/x" is not a valid type.
zonecfg:web1:fs> set type=..
".." is not a valid type.
zonecfg:web1:fs> set dir=/data
zonecfg:web1:fs> set special=/dev/dsk/c1t0d0s0
zonecfg:web1:fs> set raw=rdsk/c1t0d0s0
zonecfg:web1:fs> set type=ufs
zonecfg:web1:fs> add options [logging,"retry=5"]
zonecfg:web1:fs> add options nodevices
zonecfg:web1:fs> add options (name=x)
A simple or list value was expected here.
zonecfg:web1:fs> remove options nosuch
options: No such property with that id
zonecfg:web1:fs> remove options nodevices
zonecfg:web1:fs> end
raw rdsk/c1t0d0s0 is not an absolute path.
zonecfg:web1:fs> set raw=/dev/rdsk/c1t0d0s0
zonecfg:web1:fs> info
fs:
	dir: /data
	special: /dev/dsk/c1t0d0s0
	raw: /dev/rdsk/c1t0d0s0
	type: ufs
	options: [logging,"retry=5"]
zonecfg:web1:fs> clear raw
zonecfg:web1:fs> clear special
special: Clearing this property is not allowed
zonecfg:web1:fs> set raw=/dev/rdsk/c1t0d0s0
zonecfg:web1:fs> set match=/dev/x
match: No such property type
usage:
set <property-name>=<property-value>
	Sets property values.
For resource type ... there are property types ...:
	(global)	zonename
	(global)	zonepath
	(global)	brand
	(global)	autoboot
	(global)	bootargs
	(global)	pool
	(global)	limitpriv
	(global)	scheduling-class
	(global)	ip-type
	(global)	hostid
	(global)	max-lwps
	(global)	max-shm-memory
	(global)	max-shm-ids
	(global)	max-msg-ids
	(global)	max-sem-ids
	(global)	cpu-shares
	fs		dir, special, raw, type
	inherit-pkg-dir	dir
	net		address, physical, defrouter
	device		match
	rctl		name, value
	attr		name, type, value
	dataset		name
	dedicated-cpu	ncpus, importance
	capped-cpu	ncpus
	capped-memory	physical, swap, locked
zonecfg:web1:fs> end
zonecfg:web1> add fs
zonecfg:web1:fs> set dir=/data
zonecfg:web1:fs> set special=/export
zonecfg:web1:fs> set type=lofs
zonecfg:web1:fs> end
A fs resource with the dir '/data' already exists.
zonecfg:web1:fs> cancel
zonecfg:web1> select fs dir=/data
zonecfg:web1:fs> set options=[]
zonecfg:web1:fs> end
zonecfg:web1> select fs dir=/data
zonecfg:web1:fs> set options=ro
zonecfg:web1:fs> end
zonecfg:web1> info fs
fs:
	dir: /data
	special: /dev/dsk/c1t0d0s0
	raw: /dev/rdsk/c1t0d0s0
	type: ufs
	options: [ro]
zonecfg:web1> export
create -b
set zonepath=/zones/web1
set autoboot=false
set ip-type=shared
add fs
set dir=/data
set special=/dev/dsk/c1t0d0s0
set raw=/dev/rdsk/c1t0d0s0
set type=ufs
add options ro
end
zonecfg:web1> exit
# echo $?
1
=== inherit-pkg-dir: checks and duplicates
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
add inherit-pkg-dir
end
set dir=opt
end
set dir=/usr
end
set dir=/opt
end
select inherit-pkg-dir dir=/opt
set dir=/opt/sfw
end
info inherit-pkg-dir dir=/opt/sfw
info inherit-pkg-dir dir=/nosuch
remove inherit-pkg-dir dir=/nosuch
remove inherit-pkg-dir dir=/opt/sfw
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add inherit-pkg-dir
zonecfg:web1:inherit-pkg-dir> end
dir not specified
zonecfg:web1:inherit-pkg-dir> set dir=opt
zonecfg:web1:inherit-pkg-dir> end
dir opt is not an absolute path.
zonecfg:web1:inherit-pkg-dir> set dir=/usr
zonecfg:web1:inherit-pkg-dir> end
An inherit-pkg-dir resource with the dir '/usr' already exists.
zonecfg:web1:inherit-pkg-dir> set dir=/opt
zonecfg:web1:inherit-pkg-dir> end
zonecfg:web1> select inherit-pkg-dir dir=/opt
zonecfg:web1:inherit-pkg-dir> set dir=/opt/sfw
zonecfg:web1:inherit-pkg-dir> end
zonecfg:web1> info inherit-pkg-dir dir=/opt/sfw
inherit-pkg-dir:
	dir: /opt/sfw
zonecfg:web1> info inherit-pkg-dir dir=/nosuch
No such inherit-pkg-dir resource.
zonecfg:web1> remove inherit-pkg-dir dir=/nosuch
remove inherit-pkg-dir: No such resource with that id
zonecfg:web1> remove inherit-pkg-dir dir=/opt/sfw
zonecfg:web1> exit
# echo $?
1
=== net: addresses, interfaces, duplicates, defrouter
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add net
set address=fe80::1
set address=fe80::1/129
set address=10.0.0.1/33
set address=-bad
set address=host_1
set address=fe80::1/64
set physical=bge0:1
set physical=bge0
set defrouter=10.0.0.254
end
add net
set physical=bge1
set address=fe80::1/64
end
set address=web1-data/24
end
add net
set physical=e1000g0
set address=web1-data
end
cancel
add net
set physical=e1000g1
end
info net physical=bge1
info net address=web1-data
info net address=nosuch
select net address=fe80::1/64
remove defrouter 10.0.0.254
remove address fe80::1/64
info
cancel
verify
remove net physical=e1000g1
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add net
zonecfg:web1:net> set address=fe80::1
fe80::1: IPv6 addresses require /prefix-length suffix.
zonecfg:web1:net> set address=fe80::1/129
fe80::1/129: IPv6 address prefix lengths must be 0 - 128.
zonecfg:web1:net> set address=10.0.0.1/33
10.0.0.1/33: IPv4 address prefix lengths must be 0 - 32.
zonecfg:web1:net> set address=-bad
-bad: bogus host name or network address syntax

<net-addr> :=	<IPv4-address>[/<IPv4-prefix-length>] |
		<IPv6-address>/<IPv6-prefix-length> |
		<hostname>[/<IPv4-prefix-length>]
See inet(3SOCKET) for IPv4 and IPv6 address syntax.
<IPv4-prefix-length> := [0-32]
<IPv6-prefix-length> := [0-128]
<hostname> := [A-Za-z0-9][A-Za-z0-9-.]*
zonecfg:web1:net> set address=host_1
host_1: bogus host name or network address syntax

<net-addr> :=	<IPv4-address>[/<IPv4-prefix-length>] |
		<IPv6-address>/<IPv6-prefix-length> |
		<hostname>[/<IPv4-prefix-length>]
See inet(3SOCKET) for IPv4 and IPv6 address syntax.
<IPv4-prefix-length> := [0-32]
<IPv6-prefix-length> := [0-128]
<hostname> := [A-Za-z0-9][A-Za-z0-9-.]*
zonecfg:web1:net> set address=fe80::1/64
zonecfg:web1:net> set physical=bge0:1
bge0:1: physical interface name required; logical interface name not allowed
zonecfg:web1:net> set physical=bge0
zonecfg:web1:net> set defrouter=10.0.0.254
zonecfg:web1:net> end
zonecfg:web1> add net
zonecfg:web1:net> set physical=bge1
zonecfg:web1:net> set address=fe80::1/64
zonecfg:web1:net> end
A net resource with the physical 'bge1', and address 'fe80::1/64' already exists.
zonecfg:web1:net> set address=web1-data/24
zonecfg:web1:net> end
zonecfg:web1> add net
zonecfg:web1:net> set physical=e1000g0
zonecfg:web1:net> set address=web1-data
zonecfg:web1:net> end
A net resource with the physical 'e1000g0', and address 'web1-data' already exists.
zonecfg:web1:net> cancel
zonecfg:web1> add net
zonecfg:web1:net> set physical=e1000g1
zonecfg:web1:net> end
zonecfg:web1> info net physical=bge1
net:
	address: web1-data/24
	physical: bge1
	defrouter not specified
zonecfg:web1> info net address=web1-data
net:
	address: web1-data/24
	physical: bge1
	defrouter not specified
zonecfg:web1> info net address=nosuch
No such net resource.
zonecfg:web1> select net address=fe80::1/64
zonecfg:web1:net> remove defrouter 10.0.0.254
zonecfg:web1:net> remove address fe80::1/64
address: No such property type
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.
For resource type ... there are property types ...:
	(global)	zonename
	(global)	zonepath
	(global)	brand
	(global)	autoboot
	(global)	bootargs
	(global)	pool
	(global)	limitpriv
	(global)	scheduling-class
	(global)	ip-type
	(global)	hostid
	(global)	max-lwps
	(global)	max-shm-memory
	(global)	max-shm-ids
	(global)	max-msg-ids
	(global)	max-sem-ids
	(global)	cpu-shares
	fs		dir, special, raw, type
	inherit-pkg-dir	dir
	net		address, physical, defrouter
	device		match
	rctl		name, value
	attr		name, type, value
	dataset		name
	dedicated-cpu	ncpus, importance
	capped-cpu	ncpus
	capped-memory	physical, swap, locked
zonecfg:web1:net> info
net:
	address: fe80::1/64
	physical: bge0
	defrouter not specified
zonecfg:web1:net> cancel
zonecfg:web1> verify
net: address not specified
web1: Required property missing
zonecfg:web1> remove net physical=e1000g1
zonecfg:web1> exit
# echo $?
1
=== device, dataset
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add device
end
set match=/dev/rdsk/c1t1d0s0
end
add device
set match=/dev/rdsk/c1t1d0s0
end
cancel
add dataset
set name=tank/web1
end
add dataset
set name=tank/web1
end
cancel
select dataset name=tank/web1
set name=tank/web1/data
end
info device
info dataset
remove device match=/dev/rdsk/c1t1d0s0
remove dataset name=nosuch
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add device
zonecfg:web1:device> end
match not specified
zonecfg:web1:device> set match=/dev/rdsk/c1t1d0s0
zonecfg:web1:device> end
zonecfg:web1> add device
zonecfg:web1:device> set match=/dev/rdsk/c1t1d0s0
zonecfg:web1:device> end
A device resource with the match '/dev/rdsk/c1t1d0s0' already exists.
zonecfg:web1:device> cancel
zonecfg:web1> add dataset
zonecfg:web1:dataset> set name=tank/web1
zonecfg:web1:dataset> end
zonecfg:web1> add dataset
zonecfg:web1:dataset> set name=tank/web1
zonecfg:web1:dataset> end
A dataset resource with the name 'tank/web1' already exists.
zonecfg:web1:dataset> cancel
zonecfg:web1> select dataset name=tank/web1
zonecfg:web1:dataset> set name=tank/web1/data
zonecfg:web1:dataset> end
zonecfg:web1> info device
device:
	match: /dev/rdsk/c1t1d0s0
zonecfg:web1> info dataset
dataset:
	name: tank/web1/data
zonecfg:web1> remove device match=/dev/rdsk/c1t1d0s0
zonecfg:web1> remove dataset name=nosuch
remove dataset: No such resource with that id
zonecfg:web1> exit
# echo $?
1
=== dedicated-cpu: ranges, importance, select, remove
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
select dedicated-cpu
remove dedicated-cpu
add dedicated-cpu
info
end
set ncpus=0
set ncpus=4-2
set ncpus=two
set importance=-1
set ncpus=2
set importance=5
info
end
select dedicated-cpu
clear importance
set ncpus=2-8
end
info dedicated-cpu
export
remove dedicated-cpu
info dedicated-cpu
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> select dedicated-cpu
select dedicated-cpu: No such entry
zonecfg:web1> remove dedicated-cpu
remove dedicated-cpu: No such entry
zonecfg:web1> add dedicated-cpu
zonecfg:web1:dedicated-cpu> info
dedicated-cpu:
	ncpus: 
zonecfg:web1:dedicated-cpu> end
ncpus not specified
zonecfg:web1:dedicated-cpu> set ncpus=0
ncpus property is out of range.
zonecfg:web1:dedicated-cpu> set ncpus=4-2
ncpus property is out of range.
zonecfg:web1:dedicated-cpu> set ncpus=two
ncpus property is out of range.
zonecfg:web1:dedicated-cpu> set importance=-1
importance property is out of range.
zonecfg:web1:dedicated-cpu> set ncpus=2
zonecfg:web1:dedicated-cpu> set importance=5
zonecfg:web1:dedicated-cpu> info
dedicated-cpu:
	ncpus: 2
	importance: 5
zonecfg:web1:dedicated-cpu> end
zonecfg:web1> select dedicated-cpu
zonecfg:web1:dedicated-cpu> clear importance
zonecfg:web1:dedicated-cpu> set ncpus=2-8
zonecfg:web1:dedicated-cpu> end
zonecfg:web1> info dedicated-cpu
dedicated-cpu:
	ncpus: 2-8
zonecfg:web1> export
create -b
set zonepath=/zones/web1
set autoboot=false
set ip-type=shared
add dedicated-cpu
set ncpus=2-8
end
zonecfg:web1> remove dedicated-cpu
zonecfg:web1> info dedicated-cpu
zonecfg:web1> exit
# echo $?
1
=== capped-cpu: decimal caps, select, remove
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
select capped-cpu
remove capped-cpu
add capped-cpu
end
set ncpus=0
set ncpus=0.001
set ncpus=1.5x
set importance=1
set ncpus=0.25
info
end
select capped-cpu
set ncpus=2
end
info capped-cpu
info rctl
remove capped-cpu
info capped-cpu
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> select capped-cpu
select capped-cpu: No such entry
zonecfg:web1> remove capped-cpu
remove capped-cpu: No such resource type
zonecfg:web1> add capped-cpu
zonecfg:web1:capped-cpu> end
ncpus not specified
zonecfg:web1:capped-cpu> set ncpus=0
ncpus property is out of range.
zonecfg:web1:capped-cpu> set ncpus=0.001
ncpus property is out of range.
zonecfg:web1:capped-cpu> set ncpus=1.5x
ncpus property is out of range.
zonecfg:web1:capped-cpu> set importance=1
importance: No such property type
usage:
set <property-name>=<property-value>
	Sets property values.
For resource type ... there are property types ...:
	(global)	zonename
	(global)	zonepath
	(global)	brand
	(global)	autoboot
	(global)	bootargs
	(global)	pool
	(global)	limitpriv
	(global)	scheduling-class
	(global)	ip-type
	(global)	hostid
	(global)	max-lwps
	(global)	max-shm-memory
	(global)	max-shm-ids
	(global)	max-msg-ids
	(global)	max-sem-ids
	(global)	cpu-shares
	fs		dir, special, raw, type
	inherit-pkg-dir	dir
	net		address, physical, defrouter
	device		match
	rctl		name, value
	attr		name, type, value
	dataset		name
	dedicated-cpu	ncpus, importance
	capped-cpu	ncpus
	capped-memory	physical, swap, locked
zonecfg:web1:capped-cpu> set ncpus=0.25
zonecfg:web1:capped-cpu> info
capped-cpu:
	[ncpus: 0.25]
zonecfg:web1:capped-cpu> end
zonecfg:web1> select capped-cpu
zonecfg:web1:capped-cpu> set ncpus=2
zonecfg:web1:capped-cpu> end
zonecfg:web1> info capped-cpu
capped-cpu:
	[ncpus: 2.00]
zonecfg:web1> info rctl
rctl:
	name: zone.cpu-cap
	value: (priv=privileged,limit=200,action=deny)
zonecfg:web1> remove capped-cpu
zonecfg:web1> info capped-cpu
zonecfg:web1> exit
# echo $?
1
=== capped-memory: sizes, units, select, clear, remove
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
select capped-memory
remove capped-memory
add capped-memory
set physical=lots
set physical=1m
set locked=lots
set locked=2m
end
set physical=1536k
set swap=0.5g
info
end
info capped-memory
select capped-memory
clear physical
clear swap
clear locked
end
clear locked
info
set locked=100m
end
info capped-memory
export
remove capped-memory
info capped-memory
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> select capped-memory
select capped-memory: No such resource type
zonecfg:web1> remove capped-memory
remove capped-memory: No such resource type
zonecfg:web1> add capped-memory
zonecfg:web1:capped-memory> set physical=lots
A positive number with a required scale suffix (K, M, G or T) was expected here.
zonecfg:web1:capped-memory> set physical=1m
zonecfg:web1:capped-memory> set locked=lots
A non-negative number with a required scale suffix (K, M, G or T) was expected
here.
zonecfg:web1:capped-memory> set locked=2m
zonecfg:web1:capped-memory> end
The locked cap must be less than or equal to the physical cap.
zonecfg:web1:capped-memory> set physical=1536k
zonecfg:web1:capped-memory> set swap=0.5g
zonecfg:web1:capped-memory> info
capped-memory:
	physical: 1.5M
	[swap: 512M]
	[locked: 2M]
zonecfg:web1:capped-memory> end
The locked cap must be less than or equal to the physical cap.
zonecfg:web1:capped-memory> info capped-memory
capped-memory:
	physical: 1.5M
	[swap: 512M]
	[locked: 2M]
zonecfg:web1:capped-memory> select capped-memory
The select command only makes sense in the global scope.
zonecfg:web1:capped-memory> clear physical
zonecfg:web1:capped-memory> clear swap
zonecfg:web1:capped-memory> clear locked
zonecfg:web1:capped-memory> end
No property was specified.  One of physical, swap or locked is required.
zonecfg:web1:capped-memory> clear locked
clear locked: No such entry
zonecfg:web1:capped-memory> info
capped-memory:
zonecfg:web1:capped-memory> set locked=100m
zonecfg:web1:capped-memory> end
zonecfg:web1> info capped-memory
capped-memory:
	[locked: 100M]
zonecfg:web1> export
create -b
set zonepath=/zones/web1
set autoboot=false
set ip-type=shared
add rctl
set name=zone.max-locked-memory
add value (priv=privileged,limit=104857600,action=deny)
end
zonecfg:web1> remove capped-memory
zonecfg:web1> info capped-memory
zonecfg:web1> exit
# echo $?
1
=== select and remove: what identifies a resource
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1; add fs; set dir=/a; set special=/x; set type=lofs; end; add fs; set dir=/b; set special=/x; set type=lofs; end"
zonecfg -z web1
select fs special=/x
select fs dir=/a type=lofs
select fs dir=/c
select fs name=x
select fs dir=(type=x)
select fs dir=/a
info
cancel
remove fs special=/x
remove fs name=x
remove fs dir=/b
info fs
info fs dir=/a special=/x type=lofs
info fs type=ufs
info net name=x
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1; add fs; set dir=/a; set special=/x; set type=lofs; end; add fs; set dir=/b; set special=/x; set type=lofs; end"
# zonecfg -z web1
zonecfg:web1> select fs special=/x
select fs: Insufficient specification
zonecfg:web1> select fs dir=/a type=lofs
select fs: Insufficient specification
zonecfg:web1> select fs dir=/c
select fs: No such resource with that id
zonecfg:web1> select fs name=x
name: No such property type
select fs: Insufficient specification
zonecfg:web1> select fs dir=(type=x)
A simple value was expected here.
select fs: Insufficient specification
zonecfg:web1> select fs dir=/a
zonecfg:web1:fs> info
fs:
	dir: /a
	special: /x
	raw not specified
	type: lofs
	options: []
zonecfg:web1:fs> cancel
zonecfg:web1> remove fs special=/x
remove fs: Insufficient specification
zonecfg:web1> remove fs name=x
name: No such property type
remove fs: Insufficient specification
zonecfg:web1> remove fs dir=/b
zonecfg:web1> info fs
fs:
	dir: /a
	special: /x
	raw not specified
	type: lofs
	options: []
zonecfg:web1> info fs dir=/a special=/x type=lofs
fs:
	dir: /a
	special: /x
	raw not specified
	type: lofs
	options: []
zonecfg:web1> info fs type=ufs
No such fs resource.
zonecfg:web1> info net name=x
No such net resource.
zonecfg:web1> exit
# echo $?
1
=== help in every resource scope
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add fs
help
cancel
add inherit-pkg-dir
help
cancel
add net
help
cancel
add device
help
cancel
add attr
help
cancel
add dataset
help
cancel
add dedicated-cpu
help
cancel
add capped-cpu
help
cancel
add capped-memory
?
cancel
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add fs
zonecfg:web1:fs> help
The 'fs' resource scope is used to configure a file-system.
Valid commands:
	set dir=<path>
	set special=<path>
	set raw=<raw-device>
	set type=<file-system type>
	add options <file-system options>
	remove options <file-system options>
Consult the file-system specific manual page, such as mount_ufs(1M), for
details about file-system options.  Note that any file-system options with an
embedded '=' character must be enclosed in double quotes, such as "retry=5".
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:fs> cancel
zonecfg:web1> add inherit-pkg-dir
zonecfg:web1:inherit-pkg-dir> help
The 'inherit-pkg-dir' resource scope is used to configure a directory
inherited from the global zone into a non-global zone in read-only mode.
Valid commands:
	set dir=<path>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:inherit-pkg-dir> cancel
zonecfg:web1> add net
zonecfg:web1:net> help
The 'net' resource scope is used to configure a network interface.
Valid commands:
	set address=<IP-address>
	set physical=<interface>
See ifconfig(1M) for details of the <interface> string.
	set defrouter=<IP-address>
set address and set defrouter are valid if the ip-type property is set to shared, otherwise they must not be set.
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:net> cancel
zonecfg:web1> add device
zonecfg:web1:device> help
The 'device' resource scope is used to configure a device node.
Valid commands:
	set match=<device-path>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:device> cancel
zonecfg:web1> add attr
zonecfg:web1:attr> help
The 'attr' resource scope is used to configure a generic attribute.
Valid commands:
	set name=<name>
	set type=boolean
	set value=true | false
or
	set type=int
	set value=<integer>
or
	set type=string
	set value=<string>
or
	set type=uint
	set value=<unsigned integer>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:attr> cancel
zonecfg:web1> add dataset
zonecfg:web1:dataset> help
The 'dataset' resource scope is used to export ZFS datasets.
Valid commands:
	set name=<name>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:dataset> cancel
zonecfg:web1> add dedicated-cpu
zonecfg:web1:dedicated-cpu> help
The 'dedicated-cpu' resource scope configures the 'pools' facility to dedicate
a subset of the system's processors to this zone while it is running.
Valid commands:
	set ncpus=<unsigned integer | range>
	set importance=<unsigned integer>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:dedicated-cpu> cancel
zonecfg:web1> add capped-cpu
zonecfg:web1:capped-cpu> help
The 'capped-cpu' resource scope is used to set an upper limit (a cap) on the
percentage of CPU that can be used by this zone.  A 'ncpus' value of 1
corresponds to one cpu.  The value can be set higher than 1, up to the total
number of CPUs on the system.  The value can also be less than 1,
representing a fraction of a cpu.
Valid commands:
	set ncpus=<unsigned decimal>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:capped-cpu> cancel
zonecfg:web1> add capped-memory
zonecfg:web1:capped-memory> ?
The 'capped-memory' resource scope is used to set an upper limit (a cap) on the
amount of physical memory, swap space and locked memory that can be used by
this zone.
Valid commands:
	set physical=<qualified unsigned decimal>
	set swap=<qualified unsigned decimal>
	set locked=<qualified unsigned decimal>
And from any resource scope, you can:
	end	(to conclude this operation)
	cancel	(to cancel this operation)
	exit	(to exit the zonecfg utility)
zonecfg:web1:capped-memory> cancel
zonecfg:web1> exit
# echo $?
0
=== properties that a resource does not have
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add net
set dir=/x
add options ro
remove options ro
clear physical
add net
remove net
add physical x y
exit -F
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add net
zonecfg:web1:net> set dir=/x
dir: No such property type
usage:
set <property-name>=<property-value>
	Sets property values.
For resource type ... there are property types ...:
	(global)	zonename
	(global)	zonepath
	(global)	brand
	(global)	autoboot
	(global)	bootargs
	(global)	pool
	(global)	limitpriv
	(global)	scheduling-class
	(global)	ip-type
	(global)	hostid
	(global)	max-lwps
	(global)	max-shm-memory
	(global)	max-shm-ids
	(global)	max-msg-ids
	(global)	max-sem-ids
	(global)	cpu-shares
	fs		dir, special, raw, type
	inherit-pkg-dir	dir
	net		address, physical, defrouter
	device		match
	rctl		name, value
	attr		name, type, value
	dataset		name
	dedicated-cpu	ncpus, importance
	capped-cpu	ncpus
	capped-memory	physical, swap, locked
zonecfg:web1:net> add options ro
net: No such resource type
usage:
add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
	Add specified resource to configuration.
<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

zonecfg:web1:net> remove options ro
options: No such property type
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.
For resource type ... there are property types ...:
	(global)	zonename
	(global)	zonepath
	(global)	brand
	(global)	autoboot
	(global)	bootargs
	(global)	pool
	(global)	limitpriv
	(global)	scheduling-class
	(global)	ip-type
	(global)	hostid
	(global)	max-lwps
	(global)	max-shm-memory
	(global)	max-shm-ids
	(global)	max-msg-ids
	(global)	max-sem-ids
	(global)	cpu-shares
	fs		dir, special, raw, type
	inherit-pkg-dir	dir
	net		address, physical, defrouter
	device		match
	rctl		name, value
	attr		name, type, value
	dataset		name
	dedicated-cpu	ncpus, importance
	capped-cpu	ncpus
	capped-memory	physical, swap, locked
zonecfg:web1:net> clear physical
physical: Clearing this property is not allowed
zonecfg:web1:net> add net
usage:
add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
	Add specified resource to configuration.
zonecfg:web1:net> remove net
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.
zonecfg:web1:net> add physical x y
syntax error at 'y'
Commands:

add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
cancel
clear <property-name>
commit
create [-F] [ -a <path> | -b | -t <template> ]
delete [-F]
end
exit [-F]
export [-f output-file]
help [commands] [syntax] [usage] [<command-name>]
info [<resource-type> [property-name=property-value]*]
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
revert [-F]
select <resource-type> { <property-name>=<property-value> }
set <property-name>=<property-value>
verify
zonecfg:web1:net> exit -F
# echo $?
1
