=== the zone-wide properties, set, shown and cleared
--- input
zonecfg -z web1 <<'EOF2'
create
set zonepath=/zones/web1
set autoboot=true
set bootargs="-m verbose"
set pool=pool_default
set limitpriv=default,sys_time
set scheduling-class=FSS
set ip-type=exclusive
set hostid=0x8012abcd
set max-lwps=2000
set max-shm-memory=1.5G
set max-shm-ids=128
set max-msg-ids=129
set max-sem-ids=130
set cpu-shares=30
EOF2
echo $?
zonecfg -z web1 info
zonecfg -z web1 "info bootargs; info hostid; info max-shm-memory; info cpu-shares; info brand"
zonecfg -z web1 export
zonecfg -z web1 "clear autoboot; clear bootargs; clear pool; clear limitpriv; clear scheduling-class; clear ip-type; clear hostid; clear max-lwps; clear max-shm-memory; clear max-shm-ids; clear max-msg-ids; clear max-sem-ids; clear cpu-shares"
echo $?
zonecfg -z web1 info
--- output
# zonecfg -z web1 <<'EOF2'
> create
> set zonepath=/zones/web1
> set autoboot=true
> set bootargs="-m verbose"
> set pool=pool_default
> set limitpriv=default,sys_time
> set scheduling-class=FSS
> set ip-type=exclusive
> set hostid=0x8012abcd
> set max-lwps=2000
> set max-shm-memory=1.5G
> set max-shm-ids=128
> set max-msg-ids=129
> set max-sem-ids=130
> set cpu-shares=30
> EOF2
web1: No such zone configured
Use 'create' to begin configuring a new zone.
# echo $?
0
# zonecfg -z web1 info
zonename: web1
zonepath: /zones/web1
brand: native
autoboot: true
bootargs: -m verbose
pool: pool_default
limitpriv: default,sys_time
scheduling-class: FSS
ip-type: exclusive
hostid: 0x8012abcd
[max-lwps: 2000]
[max-shm-memory: 1.5G]
[max-shm-ids: 128]
[max-msg-ids: 129]
[max-sem-ids: 130]
[cpu-shares: 30]
inherit-pkg-dir:
	dir: /lib
inherit-pkg-dir:
	dir: /platform
inherit-pkg-dir:
	dir: /sbin
inherit-pkg-dir:
	dir: /usr
rctl:
	name: zone.max-lwps
	value: (priv=privileged,limit=2000,action=deny)
rctl:
	name: zone.max-shm-memory
	value: (priv=privileged,limit=1610612736,action=deny)
rctl:
	name: zone.max-shm-ids
	value: (priv=privileged,limit=128,action=deny)
rctl:
	name: zone.max-msg-ids
	value: (priv=privileged,limit=129,action=deny)
rctl:
	name: zone.max-sem-ids
	value: (priv=privileged,limit=130,action=deny)
rctl:
	name: zone.cpu-shares
	value: (priv=privileged,limit=30,action=none)
# zonecfg -z web1 "info bootargs; info hostid; info max-shm-memory; info cpu-shares; info brand"
bootargs: -m verbose
hostid: 0x8012abcd
[max-shm-memory: 1.5G]
[cpu-shares: 30]
brand: native
# zonecfg -z web1 export
create -b
set zonepath=/zones/web1
set autoboot=true
set bootargs=-m verbose
set pool=pool_default
set limitpriv=default,sys_time
set scheduling-class=FSS
set ip-type=exclusive
set hostid=0x8012abcd
add inherit-pkg-dir
set dir=/lib
end
add inherit-pkg-dir
set dir=/platform
end
add inherit-pkg-dir
set dir=/sbin
end
add inherit-pkg-dir
set dir=/usr
end
add rctl
set name=zone.max-lwps
add value (priv=privileged,limit=2000,action=deny)
end
add rctl
set name=zone.max-shm-memory
add value (priv=privileged,limit=1610612736,action=deny)
end
add rctl
set name=zone.max-shm-ids
add value (priv=privileged,limit=128,action=deny)
end
add rctl
set name=zone.max-msg-ids
add value (priv=privileged,limit=129,action=deny)
end
add rctl
set name=zone.max-sem-ids
add value (priv=privileged,limit=130,action=deny)
end
add rctl
set name=zone.cpu-shares
add value (priv=privileged,limit=30,action=none)
end
# zonecfg -z web1 "clear autoboot; clear bootargs; clear pool; clear limitpriv; clear scheduling-class; clear ip-type; clear hostid; clear max-lwps; clear max-shm-memory; clear max-shm-ids; clear max-msg-ids; clear max-sem-ids; clear cpu-shares"
# echo $?
0
# zonecfg -z web1 info
zonename: web1
zonepath: /zones/web1
brand: native
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
hostid: 
inherit-pkg-dir:
	dir: /lib
inherit-pkg-dir:
	dir: /platform
inherit-pkg-dir:
	dir: /sbin
inherit-pkg-dir:
	dir: /usr
=== property values that are refused
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
set autoboot=yes
set ip-type=both
set pool=SUNWtmp_web1
set max-lwps=99
set max-lwps=-100
set cpu-shares=ten
set max-shm-memory=lots
set hostid=0xffffffff
set hostid=123456789abc
set hostid="12 34"
set hostid=xyz
set zonepath=[]
set zonepath=(dir=/x)
set zonepath=[/a,/b]
set physical=bge0
set -F zonepath=/zones/x
clear zonename
clear zonepath
clear brand
clear max-lwps
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> set autoboot=yes
autoboot value must be 'true' or 'false'.
zonecfg:web1> set ip-type=both
ip-type value must be 'shared' or 'exclusive'.
zonecfg:web1> set pool=SUNWtmp_web1
pool names starting with SUNW are reserved.
zonecfg:web1> set max-lwps=99
max-lwps property is out of range.
zonecfg:web1> set max-lwps=-100
max-lwps property is out of range.
zonecfg:web1> set cpu-shares=ten
cpu-shares property is out of range.
zonecfg:web1> set max-shm-memory=lots
A non-negative number with a required scale suffix (K, M, G or T) was expected
here.
zonecfg:web1> set hostid=0xffffffff
hostid: Specified property is invalid
zonecfg:web1> set hostid=123456789abc
hostid string is too large: 123456789abc
zonecfg:web1> set hostid="12 34"
hostid: Specified property is invalid
zonecfg:web1> set hostid=xyz
hostid: Specified property is invalid
zonecfg:web1> set zonepath=[]
A simple value was expected here.
zonecfg:web1> set zonepath=(dir=/x)
A simple value was expected here.
zonecfg:web1> set zonepath=[/a,/b]
A simple value was expected here.
zonecfg:web1> set physical=bge0
Cannot set a resource-specific property from the global scope.
zonecfg:web1> set -F zonepath=/zones/x
Zonepath is changeable only in an alternate root.
zonecfg:web1> clear zonename
zonename: Clearing this property is not allowed
zonecfg:web1> clear zonepath
zonepath: Clearing this property is not allowed
zonecfg:web1> clear brand
brand: Clearing this property is not allowed
zonecfg:web1> clear max-lwps
clear max-lwps: No such entry
zonecfg:web1> exit
# echo $?
1
=== an alternate root allows a forced zonepath change
status: 1
--- input
mkdir -p /a/etc/zones
cat /etc/zones/SUNWdefault.xml > /a/etc/zones/SUNWdefault.xml
zonecfg -R /a -z web1 "create; set zonepath=/zones/web1"
echo $?
zonecfg -R /a -z web1 "create; set zonepath=/a/zones/web1"
echo $?
zonecfg -R /a -z web1 "info zonepath; set -F zonepath=/a/zones/web1b; info zonepath; export"
echo $?
cat /a/etc/zones/index
zonecfg -z web1 info
--- output
# mkdir -p /a/etc/zones
# cat /etc/zones/SUNWdefault.xml > /a/etc/zones/SUNWdefault.xml
# zonecfg -R /a -z web1 "create; set zonepath=/zones/web1"
web1: Bad document property
# echo $?
1
# zonecfg -R /a -z web1 "create; set zonepath=/a/zones/web1"
Zone exists, input not from terminal and -F not specified:
create command ignored, exiting.
# echo $?
1
# zonecfg -R /a -z web1 "info zonepath; set -F zonepath=/a/zones/web1b; info zonepath; export"
zonepath: /a
zonepath: /a/zones/web1b
create -b
set zonepath=/a/zones/web1b
set autoboot=false
set ip-type=shared
add inherit-pkg-dir
set dir=/lib
end
add inherit-pkg-dir
set dir=/platform
end
add inherit-pkg-dir
set dir=/sbin
end
add inherit-pkg-dir
set dir=/usr
end
# echo $?
0
# cat /a/etc/zones/index
# DO NOT EDIT: this file is automatically generated by zoneadm(1M)
# and zonecfg(1M).  Any manual changes will be lost.
#
global:installed:/
web1:configured:/zones/web1b:
# zonecfg -z web1 info
web1: No such zone configured
=== brands: set, committed, exported, refused when unknown
config: containers
--- input
zonecfg -z s9 "create -b; set zonepath=/zones/s9; set brand=solaris9; export"
zonecfg -z s9 "info brand; export"
zonecfg -z s9 "set brand=cluster; verify"
echo $?
zonecfg -z s9 "set brand=native; set ip-type=exclusive; info brand"
echo $?
zonecfg -z lx1 "create -b; set zonepath=/zones/lx1; set brand=lx; set ip-type=exclusive"
echo $?
--- output
# zonecfg -z s9 "create -b; set zonepath=/zones/s9; set brand=solaris9; export"
create -b
set zonepath=/zones/s9
set autoboot=false
set ip-type=shared
# zonecfg -z s9 "info brand; export"
brand: solaris9
create -b
set zonepath=/zones/s9
set brand=solaris9
set autoboot=false
set ip-type=shared
# zonecfg -z s9 "set brand=cluster; verify"
s9: unknown brand.

s9: Invalid document
s9: unknown brand.

s9: Invalid document
Configuration not saved.
# echo $?
1
# zonecfg -z s9 "set brand=native; set ip-type=exclusive; info brand"
brand: native
# echo $?
0
# zonecfg -z lx1 "create -b; set zonepath=/zones/lx1; set brand=lx; set ip-type=exclusive"
lx1: unknown brand.

lx1: unknown brand.

lx1: Invalid document
Configuration not saved.
# echo $?
1
=== cpu-shares does not go with dedicated-cpu or another scheduling class
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; set cpu-shares=10; set scheduling-class=TS; verify"
echo $?
zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end; set pool=pool_web"
echo $?
zonecfg -z web2 "create; set zonepath=/zones/web2; set pool=pool_web; add dedicated-cpu"
echo $?
zonecfg -z web3 "create; set zonepath=/zones/web3; add dedicated-cpu; set ncpus=2; end; add rctl; set name=zone.cpu-cap; add value (priv=privileged,limit=100,action=deny); end; verify"
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; set cpu-shares=10; set scheduling-class=TS; verify"
WARNING: rctl zone.cpu-shares and scheduling-class=TS are incompatible
web1: Incompatible settings
WARNING: rctl zone.cpu-shares and scheduling-class=TS are incompatible
Zone web1 failed to verify
web1: Incompatible settings
Configuration not saved.
# echo $?
1
# zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end; set pool=pool_web"
The dedicated-cpu resource already exists.  A persistent pool is incompatible
with the dedicated-cpu resource.
# echo $?
1
# zonecfg -z web2 "create; set zonepath=/zones/web2; set pool=pool_web; add dedicated-cpu"
The pool property is already set.  A persistent pool is incompatible with
the dedicated-cpu resource.
# echo $?
0
# zonecfg -z web3 "create; set zonepath=/zones/web3; add dedicated-cpu; set ncpus=2; end; add rctl; set name=zone.cpu-cap; add value (priv=privileged,limit=100,action=deny); end; verify"
rctl zone.cpu-cap and the dedicated-cpu are incompatible.
web3: Incompatible settings
rctl zone.cpu-cap and the dedicated-cpu are incompatible.
Zone web3 failed to verify
web3: Incompatible settings
Configuration not saved.
# echo $?
1
=== a hand-made rctl can block an alias
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; add rctl; set name=zone.max-lwps; add value (priv=privileged,limit=200,action=deny); add value (priv=privileged,limit=300,action=none); end"
zonecfg -z web1 "info max-lwps; set max-lwps=500"
echo $?
zonecfg -z web1 "clear max-lwps"
echo $?
zonecfg -z web1 "add rctl; set name=zone.cpu-cap; add value (priv=privileged,limit=100,action=none); end"
zonecfg -z web1 "add capped-cpu"
echo $?
zonecfg -z web1 "add dedicated-cpu"
echo $?
zonecfg -z web1 "add rctl; set name=zone.max-swap; add value (priv=privileged,limit=1000,action=none); end"
zonecfg -z web1 "add capped-memory; set swap=1g"
echo $?
zonecfg -z web1 "add rctl; set name=zone.max-locked-memory; add value (priv=privileged,limit=1000,action=none); end"
zonecfg -z web1 "add capped-memory; set locked=1g"
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; add rctl; set name=zone.max-lwps; add value (priv=privileged,limit=200,action=deny); add value (priv=privileged,limit=300,action=none); end"
# zonecfg -z web1 "info max-lwps; set max-lwps=500"
max-lwps: An incompatible rctl already exists for this property
# echo $?
1
# zonecfg -z web1 "clear max-lwps"
clear max-lwps: An incompatible rctl already exists for this property
# echo $?
1
# zonecfg -z web1 "add rctl; set name=zone.cpu-cap; add value (priv=privileged,limit=100,action=none); end"
# zonecfg -z web1 "add capped-cpu"
capped-cpu: An incompatible rctl already exists for this property
# echo $?
0
# zonecfg -z web1 "add dedicated-cpu"
The capped-cpu resource already exists.
# echo $?
0
# zonecfg -z web1 "add rctl; set name=zone.max-swap; add value (priv=privileged,limit=1000,action=none); end"
# zonecfg -z web1 "add capped-memory; set swap=1g"
swap: An incompatible rctl already exists for this property
Resource incomplete.
# echo $?
1
# zonecfg -z web1 "add rctl; set name=zone.max-locked-memory; add value (priv=privileged,limit=1000,action=none); end"
# zonecfg -z web1 "add capped-memory; set locked=1g"
locked: An incompatible rctl already exists for this property
Resource incomplete.
# echo $?
1
