=== rctl: names, values, their checks, removal, duplicates
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add rctl
end
set name=max-lwps
set name=zone.max_lwps
set name=zone.max-lwps
add value (priv=privileged,limit=100)
add value (priv=privileged,priv=basic,limit=1,action=deny)
add value (priv=basic,limit=100,action=deny)
add value (priv=privileged,limit=100,action=signal)
add value (priv=privileged,limit=-1,action=deny)
add value (priv=privileged,limit=0x100,action=deny)
add value (priv=privileged,limit=500,action=none)
add value (name=x)
add value foo
add value [(priv=privileged,limit=200,action=none),x]
info
remove value (priv=privileged,limit=999,action=deny)
remove value x
remove value (priv=privileged,limit=500,action=none)
set value=[]
end
set value=(priv=privileged,limit=300,action=deny)
end
add rctl
set name=zone.max-lwps
add value (priv=privileged,limit=300,action=deny)
end
cancel
info rctl name=zone.max-lwps
select rctl name=zone.max-lwps
set value=[(priv=privileged,limit=400,action=deny),(priv=privileged,limit=500,action=none)]
end
info max-lwps
info rctl
remove rctl name=zone.max-lwps
add capped-memory
set physical=1g
end
add capped-memory
select capped-memory
set -F zonepath=/zones/x
cancel
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add rctl
zonecfg:web1:rctl> end
name not specified
no value specified
zonecfg:web1:rctl> set name=max-lwps
syntax error at 'max-lwps'
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
zonecfg:web1:rctl> set name=zone.max_lwps
'zone.max_lwps' is not a valid zone rctl name.
zonecfg:web1:rctl> set name=zone.max-lwps
zonecfg:web1:rctl> add value (priv=privileged,limit=100)
action not specified
zonecfg:web1:rctl> add value (priv=privileged,priv=basic,limit=1,action=deny)
priv already specified
zonecfg:web1:rctl> add value (priv=basic,limit=100,action=deny)
Invalid rctl value specification
zonecfg:web1:rctl> add value (priv=privileged,limit=100,action=signal)
Invalid rctl value specification
zonecfg:web1:rctl> add value (priv=privileged,limit=-1,action=deny)
Invalid rctl value specification
zonecfg:web1:rctl> add value (priv=privileged,limit=0x100,action=deny)
zonecfg:web1:rctl> add value (priv=privileged,limit=500,action=none)
zonecfg:web1:rctl> add value (name=x)
value: No such property type
usage:
add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
	Add specified resource to configuration.
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
zonecfg:web1:rctl> add value foo
A complex or list value was expected here.
zonecfg:web1:rctl> add value [(priv=privileged,limit=200,action=none),x]
priv not specified
limit not specified
action not specified
zonecfg:web1:rctl> info
rctl:
	name: zone.max-lwps
	value: (priv=privileged,limit=0x100,action=deny)
	value: (priv=privileged,limit=500,action=none)
	value: (priv=privileged,limit=200,action=none)
zonecfg:web1:rctl> remove value (priv=privileged,limit=999,action=deny)
value: No such property with that id
zonecfg:web1:rctl> remove value x
A complex value was expected here.
zonecfg:web1:rctl> remove value (priv=privileged,limit=500,action=none)
zonecfg:web1:rctl> set value=[]
zonecfg:web1:rctl> end
no value specified
zonecfg:web1:rctl> set value=(priv=privileged,limit=300,action=deny)
zonecfg:web1:rctl> end
zonecfg:web1> add rctl
zonecfg:web1:rctl> set name=zone.max-lwps
zonecfg:web1:rctl> add value (priv=privileged,limit=300,action=deny)
zonecfg:web1:rctl> end
A rctl resource with the name 'zone.max-lwps' already exists.
zonecfg:web1:rctl> cancel
zonecfg:web1> info rctl name=zone.max-lwps
rctl:
	name: zone.max-lwps
	value: (priv=privileged,limit=300,action=deny)
zonecfg:web1> select rctl name=zone.max-lwps
zonecfg:web1:rctl> set value=[(priv=privileged,limit=400,action=deny),(priv=privileged,limit=500,action=none)]
zonecfg:web1:rctl> end
zonecfg:web1> info max-lwps
zonecfg:web1> info rctl
rctl:
	name: zone.max-lwps
	value: (priv=privileged,limit=400,action=deny)
	value: (priv=privileged,limit=500,action=none)
zonecfg:web1> remove rctl name=zone.max-lwps
zonecfg:web1> add capped-memory
zonecfg:web1:capped-memory> set physical=1g
zonecfg:web1:capped-memory> end
zonecfg:web1> add capped-memory
The capped-memory resource or a related resource control already exists.
zonecfg:web1> select capped-memory
zonecfg:web1:capped-memory> set -F zonepath=/zones/x
Only zonepath setting can be forced.
zonecfg:web1:capped-memory> cancel
zonecfg:web1> exit
# echo $?
1
=== attr: names, types and values
interactive: yes
--- input
zonecfg -z web1 "create -b; set zonepath=/zones/web1"
zonecfg -z web1
add attr
end
set name=-x
set type=int
set value=12a
end
set name=a_b
set type=float
end
set type=uint
set value=-3
end
set name=comment
set type=boolean
set value=yes
end
set type=string
set value="hello world"
end
add attr
set name=comment
set type=int
set value=-42
end
set name=count
end
info attr
select attr name=count
set type=uint
set value=42
end
info attr type=uint
remove attr name=comment
info attr
exit
echo $?
--- output
# zonecfg -z web1 "create -b; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add attr
zonecfg:web1:attr> end
name not specified
type not specified
value not specified
Invalid attr name : must start with an alpha-numeric character.
invalid attr type ''
zonecfg:web1:attr> set name=-x
zonecfg:web1:attr> set type=int
zonecfg:web1:attr> set value=12a
zonecfg:web1:attr> end
Invalid attr name -x: must start with an alpha-numeric character.
invalid attr value for type=int
zonecfg:web1:attr> set name=a_b
zonecfg:web1:attr> set type=float
zonecfg:web1:attr> end
Invalid attr name a_b: can only contain alpha-numeric characters, plus '-' and '.'.
invalid attr type 'float'
zonecfg:web1:attr> set type=uint
zonecfg:web1:attr> set value=-3
zonecfg:web1:attr> end
Invalid attr name a_b: can only contain alpha-numeric characters, plus '-' and '.'.
invalid attr value for type=uint
zonecfg:web1:attr> set name=comment
zonecfg:web1:attr> set type=boolean
zonecfg:web1:attr> set value=yes
zonecfg:web1:attr> end
invalid attr value for type=boolean
zonecfg:web1:attr> set type=string
zonecfg:web1:attr> set value="hello world"
zonecfg:web1:attr> end
zonecfg:web1> add attr
zonecfg:web1:attr> set name=comment
zonecfg:web1:attr> set type=int
zonecfg:web1:attr> set value=-42
zonecfg:web1:attr> end
An attr resource with the name 'comment' already exists.
zonecfg:web1:attr> set name=count
zonecfg:web1:attr> end
zonecfg:web1> info attr
attr:
	name: comment
	type: string
	value: "hello world"
attr:
	name: count
	type: int
	value: -42
zonecfg:web1> select attr name=count
zonecfg:web1:attr> set type=uint
zonecfg:web1:attr> set value=42
zonecfg:web1:attr> end
zonecfg:web1> info attr type=uint
attr:
	name: count
	type: uint
	value: 42
zonecfg:web1> remove attr name=comment
zonecfg:web1> info attr
attr:
	name: count
	type: uint
	value: 42
zonecfg:web1> exit
# echo $?
1
