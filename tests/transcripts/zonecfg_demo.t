=== the zones proposed for the demo cluster configure cleanly
config: zones_demo
--- input
zoneadm list -cv
zonecfg -z app1 info
zonecfg -z excl1 export
--- output
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             configured /zones/web1                    native   shared
   - db1              configured /zones/db1                     native   shared
   - app1             configured /zones/app1                    native   shared
   - excl1            configured /zones/excl1                   native   excl  
   - s8app            configured /zones/s8app                   solaris8 shared
# zonecfg -z app1 info
zonename: app1
zonepath: /zones/app1
brand: native
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: FSS
ip-type: shared
hostid: 
[max-lwps: 2000]
[max-msg-ids: 256]
[cpu-shares: 20]
inherit-pkg-dir:
	dir: /lib
inherit-pkg-dir:
	dir: /platform
inherit-pkg-dir:
	dir: /sbin
inherit-pkg-dir:
	dir: /usr
net:
	address: 192.168.1.31/24
	physical: e1000g0
	defrouter not specified
capped-cpu:
	[ncpus: 1.50]
rctl:
	name: zone.cpu-shares
	value: (priv=privileged,limit=20,action=none)
rctl:
	name: zone.max-lwps
	value: (priv=privileged,limit=2000,action=deny)
rctl:
	name: zone.cpu-cap
	value: (priv=privileged,limit=150,action=deny)
rctl:
	name: zone.max-msg-ids
	value: (priv=privileged,limit=256,action=deny)
# zonecfg -z excl1 export
create -b
set zonepath=/zones/excl1
set autoboot=false
set ip-type=exclusive
add net
set physical=e1000g1
end
