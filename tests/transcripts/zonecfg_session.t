=== exit inside a resource asks first; no keeps the session going
interactive: yes
--- input
zonecfg -z web1
create
set zonepath=/zones/web1
add net
exit
n
set physical=bge0
set address=10.0.0.1
end
exit
echo $?
--- output
# zonecfg -z web1
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> create
zonecfg:web1> set zonepath=/zones/web1
zonecfg:web1> add net
zonecfg:web1:net> exit
Resource incomplete; really quit (y/[n])? n
zonecfg:web1:net> set physical=bge0
zonecfg:web1:net> set address=10.0.0.1
zonecfg:web1:net> end
zonecfg:web1> exit
# echo $?
0
=== exit inside a resource, answered yes: the resource is lost
interactive: yes
--- input
zonecfg -z web1
create
set zonepath=/zones/web1
add net
set physical=bge0
exit
y
y
echo $?
zonecfg -z web1 info net
echo $?
--- output
# zonecfg -z web1
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> create
zonecfg:web1> set zonepath=/zones/web1
zonecfg:web1> add net
zonecfg:web1:net> set physical=bge0
zonecfg:web1:net> exit
Resource incomplete; really quit (y/[n])? y
resource specification incomplete
Zone web1 failed to verify
web1: Insufficient specification
Configuration not saved; really quit (y/[n])? y
# echo $?
1
# zonecfg -z web1 info net
web1: No such zone configured
# echo $?
1
=== exit inside a resource without a terminal
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; add net; exit"
echo $?
zonecfg -z web1 info
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; add net; exit"
Resource incomplete, input not from terminal and -F not specified:
exit command ignored, but exiting anyway.
# echo $?
1
# zonecfg -z web1 info
web1: No such zone configured
# echo $?
1
=== exit -F inside a resource quits at once, with status 1
interactive: yes
status: 1
--- input
zonecfg -z web1
create
set zonepath=/zones/web1
add fs
exit -F
echo $?
zonecfg -z web1 info zonepath
--- output
# zonecfg -z web1
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> create
zonecfg:web1> set zonepath=/zones/web1
zonecfg:web1> add fs
zonecfg:web1:fs> exit -F
resource specification incomplete
Zone web1 failed to verify
web1: Insufficient specification
Configuration not saved.
# echo $?
1
# zonecfg -z web1 info zonepath
web1: No such zone configured
=== the end of input inside a resource
interactive: yes
status: 1
--- input
zonecfg -z web1
create
set zonepath=/zones/web1
add net
--- output
# zonecfg -z web1
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> create
zonecfg:web1> set zonepath=/zones/web1
zonecfg:web1> add net
Resource incomplete.
=== a failed implicit commit asks; no goes back to the prompt
interactive: yes
--- input
zonecfg -z web2
create
exit
n
set zonepath=/zones/web2
exit
echo $?
zonecfg -z web2 info zonepath
--- output
# zonecfg -z web2
web2: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web2> create
zonecfg:web2> exit
zonepath cannot be empty.
Zone web2 failed to verify
web2: Required resource missing
Configuration not saved; really quit (y/[n])? n
zonecfg:web2> set zonepath=/zones/web2
zonecfg:web2> exit
# echo $?
1
# zonecfg -z web2 info zonepath
zonepath: /zones/web2
=== create over an existing zone: asked, forced, or refused without a terminal
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
create
n
create
y
set zonepath=/zones/other
create -F
set zonepath=/zones/web1b
exit
zonecfg -z web1 info zonepath
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> create
Zone web1 already exists; create anyway (y/[n])? n
zonecfg:web1> create
Zone web1 already exists; create anyway (y/[n])? y
zonecfg:web1> set zonepath=/zones/other
zonecfg:web1> create -F
Zone web1 already exists; overwriting.
zonecfg:web1> set zonepath=/zones/web1b
zonecfg:web1> exit
# zonecfg -z web1 info zonepath
zonepath: /zones/web1b
=== create over an existing zone without a terminal exits at once
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1 "set autoboot=true; create; set zonepath=/zones/x"
echo $?
zonecfg -z web1 info autoboot
zonecfg -z web1 "create -F -b; set zonepath=/zones/web1b"
echo $?
zonecfg -z web1 info
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1 "set autoboot=true; create; set zonepath=/zones/x"
Zone exists, input not from terminal and -F not specified:
create command ignored, exiting.
# echo $?
1
# zonecfg -z web1 info autoboot
autoboot: false
# zonecfg -z web1 "create -F -b; set zonepath=/zones/web1b"
Zone web1 already exists; overwriting.
# echo $?
0
# zonecfg -z web1 info
zonename: web1
zonepath: /zones/web1b
brand: native
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
hostid: 
=== create options: -b, -t zone, -t missing, bad options
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end"
zonecfg -z web2
create -t web1
info net
create -t nosuch
create -x
create -t
create -?
create -b extra
exit -F
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end"
# zonecfg -z web2
web2: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web2> create -t web1
zonecfg:web2> info net
net:
	address: 10.0.0.1
	physical: bge0
	defrouter not specified
zonecfg:web2> create -t nosuch
nosuch: No such zone configured
zonecfg:web2> create -x
-x: illegal option -- x
usage:
create [-F] [ -a <path> | -b | -t <template> ]
zonecfg:web2> create -t
-t: option requires an argument -- t
usage:
create [-F] [ -a <path> | -b | -t <template> ]
zonecfg:web2> create -?
usage:
create [-F] [ -a <path> | -b | -t <template> ]
	Creates a configuration for the specified zone.  create should be
	used to begin configuring a new zone.  If overwriting an existing
	configuration, the -F flag can be used to force the action.  If
	-t template is given, creates a configuration identical to the
	specified template, except that the zone name is changed from
	template to zonename.  'create -a' creates a configuration from a
	detached zonepath.  'create -b' results in a blank configuration.
	'create' with no arguments applies the Sun default settings.
zonecfg:web2> create -b extra
usage:
create [-F] [ -a <path> | -b | -t <template> ]
zonecfg:web2> exit -F
# echo $?
1
=== delete asks on a terminal
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
delete
n
info zonepath
delete
y
info
delete -F
exit
echo $?
cat /etc/zones/index
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> delete
Are you sure you want to delete zone web1 (y/[n])? n
zonecfg:web1> info zonepath
zonepath: /zones/web1
zonecfg:web1> delete
Are you sure you want to delete zone web1 (y/[n])? y
zonecfg:web1> info
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> delete -F
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> exit
# echo $?
1
# cat /etc/zones/index
# DO NOT EDIT: this file is automatically generated by zoneadm(1M)
# and zonecfg(1M).  Any manual changes will be lost.
#
global:installed:/
=== delete without a terminal needs -F
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1 delete
echo $?
zonecfg -z web1 delete -F
echo $?
zonecfg -z web1 delete -F
echo $?
ls /etc/zones
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1 delete
Input not from terminal and -F not specified:
delete command ignored, exiting.
# echo $?
1
# zonecfg -z web1 delete -F
# echo $?
0
# zonecfg -z web1 delete -F
web1: No such zone configured
# echo $?
1
# ls /etc/zones
SUNWblank.xml    SUNWdefault.xml  index
=== revert asks on a terminal and goes back to what was committed
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
set autoboot=true
add net
set physical=bge0
set address=10.0.0.1
end
revert
n
info autoboot
revert
y
info autoboot
info net
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> set autoboot=true
zonecfg:web1> add net
zonecfg:web1:net> set physical=bge0
zonecfg:web1:net> set address=10.0.0.1
zonecfg:web1:net> end
zonecfg:web1> revert
Are you sure you want to revert (y/[n])? n
zonecfg:web1> info autoboot
autoboot: true
zonecfg:web1> revert
Are you sure you want to revert (y/[n])? y
zonecfg:web1> info autoboot
autoboot: false
zonecfg:web1> info net
zonecfg:web1> exit
# echo $?
0
=== revert without a terminal needs -F; nothing loaded, nothing committed
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1 "set autoboot=true; revert -F; info autoboot"
echo $?
zonecfg -z web1 "set autoboot=true; revert"
echo $?
zonecfg -z web1 info autoboot
zonecfg -z web9 revert -F
echo $?
zonecfg -z web9 "create; revert -F"
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1 "set autoboot=true; revert -F; info autoboot"
autoboot: false
# echo $?
0
# zonecfg -z web1 "set autoboot=true; revert"
Input not from terminal and -F not specified:
revert command ignored, exiting.
# echo $?
1
# zonecfg -z web1 info autoboot
autoboot: false
# zonecfg -z web9 revert -F
No changes to revert.
# echo $?
1
# zonecfg -z web9 "create; revert -F"
web9: no such saved zone to revert to.
# echo $?
1
=== remove of all resources of a type
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end; add net; set physical=bge0; set address=10.0.0.2; end"
zonecfg -z web1
remove net
n
info net address=10.0.0.2
remove net
y
info net
remove net
remove -F inherit-pkg-dir
info inherit-pkg-dir
remove -x net
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end; add net; set physical=bge0; set address=10.0.0.2; end"
# zonecfg -z web1
zonecfg:web1> remove net
Are you sure you want to remove ALL 'net' resources (y/[n])? n
zonecfg:web1> info net address=10.0.0.2
net:
	address: 10.0.0.2
	physical: bge0
	defrouter not specified
zonecfg:web1> remove net
Are you sure you want to remove ALL 'net' resources (y/[n])? y
zonecfg:web1> info net
zonecfg:web1> remove net
remove net: No such entry
zonecfg:web1> remove -F inherit-pkg-dir
zonecfg:web1> info inherit-pkg-dir
zonecfg:web1> remove -x net
-x: illegal option -- x
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> exit
# echo $?
1
=== remove of several resources without a terminal
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end; add net; set physical=bge0; set address=10.0.0.2; end"
zonecfg -z web1 "remove net"
echo $?
zonecfg -z web1 <<'EOF2'
remove net
EOF2
echo $?
zonecfg -z web1 "remove -F net; info net"
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end; add net; set physical=bge0; set address=10.0.0.2; end"
# zonecfg -z web1 "remove net"
There are multiple instances of this resource.  Either qualify the resource to
remove a single instance or use the -F option to remove all instances.
# echo $?
1
# zonecfg -z web1 <<'EOF2'
> remove net
> EOF2
Resource incomplete.
# echo $?
1
# zonecfg -z web1 "remove -F net; info net"
# echo $?
0
=== set zonename before create just names another zone
interactive: yes
status: 1
--- input
zonecfg -z web1
set zonename=web2
set zonename=SUNWfoo
set zonename=-x
create
set zonepath=/zones/web2
exit
echo $?
zonecfg -z web2 info zonename
--- output
# zonecfg -z web1
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> set zonename=web2
zonecfg:web2> set zonename=SUNWfoo
zonecfg:SUNWfoo> set zonename=-x
SUNWfoo: zones beginning with SUNW are read-only.
zonecfg:SUNWfoo> create
SUNWfoo: zones beginning with SUNW are read-only.
zonecfg:SUNWfoo> set zonepath=/zones/web2
SUNWfoo: zones beginning with SUNW are read-only.
zonecfg:SUNWfoo> exit
# echo $?
1
# zonecfg -z web2 info zonename
web2: No such zone configured
=== renaming: bad names, names in use, back to the old name
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web2 "create; set zonepath=/zones/web2"
zonecfg -z web1
set zonename=SUNWweb
set zonename=global
set zonename=web2
set zonename=web3
set zonename=web1
set zonename=web4
commit
info zonename
exit
echo $?
cat /etc/zones/index
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# zonecfg -z web1
zonecfg:web1> set zonename=SUNWweb
SUNWweb: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
zonecfg:web1> set zonename=global
global: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
zonecfg:web1> set zonename=web2
web2: Zone name already in use

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
zonecfg:web1> set zonename=web3
zonecfg:web3> set zonename=web1
zonecfg:web1> set zonename=web4
zonecfg:web4> commit
zonecfg:web4> info zonename
zonename: web4
zonecfg:web4> exit
# echo $?
1
# cat /etc/zones/index
# DO NOT EDIT: this file is automatically generated by zoneadm(1M)
# and zonecfg(1M).  Any manual changes will be lost.
#
global:installed:/
web4:configured:/zones/web1:
web2:configured:/zones/web2:
=== scope errors
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end"
zonecfg -z web1
end
cancel
select net physical=bge0
select net physical=bge0
set physical=bge1
end
info net
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1; add net; set physical=bge0; set address=10.0.0.1; end"
# zonecfg -z web1
zonecfg:web1> end
The end command only makes sense in the resource scope.
zonecfg:web1> cancel
The cancel command only makes sense in the resource scope.
zonecfg:web1> select net physical=bge0
zonecfg:web1:net> select net physical=bge0
The select command only makes sense in the global scope.
zonecfg:web1:net> set physical=bge1
zonecfg:web1:net> end
zonecfg:web1> info net
net:
	address: 10.0.0.1
	physical: bge1
	defrouter not specified
zonecfg:web1> exit
# echo $?
1
=== subcommand words that are not options
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
add foo
cancel foo
commit foo
delete foo
end foo
exit foo
revert foo
export foo
verify foo
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add foo
usage:
add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
zonecfg:web1> cancel foo
usage:
cancel
zonecfg:web1> commit foo
usage:
commit
zonecfg:web1> delete foo
usage:
delete [-F]
zonecfg:web1> end foo
usage:
end
zonecfg:web1> exit foo
usage:
exit [-F]
zonecfg:web1> revert foo
usage:
revert [-F]
zonecfg:web1> export foo
usage:
export [-f output-file]
zonecfg:web1> verify foo
zonecfg:web1> exit
# echo $?
1
=== -? and bad options of subcommands
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
add -?
exit -?
delete -x
revert -?
cancel -?
end -?
commit -?
export -?
export -x
verify -?
remove -? net
set -? zonepath=/x
set -x zonepath=/x
create -x -y
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add -?
usage:
add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
	Add specified resource to configuration.

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> exit -?
usage:
exit [-F]
	Exits the program.  The -F flag can be used to force the action.
zonecfg:web1> delete -x
-x: illegal option -- x
usage:
delete [-F]
	Deletes the specified zone.  The -F flag can be used to force the
	action.
zonecfg:web1> revert -?
usage:
revert [-F]
	Reverts configuration back to the last committed state.  The -F flag
	can be used to force the action.
zonecfg:web1> cancel -?
usage:
cancel
	Cancels resource/property specification.
zonecfg:web1> end -?
usage:
end
	Ends resource/property specification.
zonecfg:web1> commit -?
usage:
commit
	Commits current configuration.  Configuration must be committed to
	be used by zoneadm.  Until the configuration is committed, changes 
	can be removed with the revert command.  This operation is
	attempted automatically upon completion of a zonecfg session.
zonecfg:web1> export -?
usage:
export [-f output-file]
	Prints configuration to standard output, or to output-file if
	specified, in a form suitable for use in a command-file.
zonecfg:web1> export -x
-x: illegal option -- x
usage:
export [-f output-file]
zonecfg:web1> verify -?
usage:
verify
	Verifies current configuration for correctness (some resource types
	have required properties).
zonecfg:web1> remove -? net
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> set -? zonepath=/x
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
zonecfg:web1> set -x zonepath=/x
usage:
set <property-name>=<property-value>
zonecfg:web1> create -x -y
usage:
create [-F] [ -a <path> | -b | -t <template> ]
usage:
create [-F] [ -a <path> | -b | -t <template> ]
zonecfg:web1> exit
# echo $?
1
=== syntax errors: the token yacc stopped at, then the commands
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
foo
set max-swap=1g
set zonepath /x
add net foo
info net physical
remove net physical=a address=b defrouter=c dir=d
set zonepath=(name=x
set zonepath="/zones/a b"
info zonepath
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> foo
syntax error at 'f'
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
zonecfg:web1> set max-swap=1g
syntax error at '='
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
zonecfg:web1> set zonepath /x
syntax error at '/x'
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
zonecfg:web1> add net foo
syntax error at 'foo'
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
zonecfg:web1> info net physical
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
zonecfg:web1> remove net physical=a address=b defrouter=c dir=d
syntax error at 'dir'
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
zonecfg:web1> set zonepath=(name=x
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
zonecfg:web1> set zonepath="/zones/a b"
zonecfg:web1> info zonepath
zonepath: /zones/a b
zonecfg:web1> exit
# echo $?
1
=== grammar rules with their own usage
interactive: yes
--- input
zonecfg -z web1 "create; set zonepath=/zones/web1"
zonecfg -z web1
add
set
clear
select
select net
remove
remove foo
info foo
exit
echo $?
--- output
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zonecfg -z web1
zonecfg:web1> add
usage:
add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> set
usage:
set <property-name>=<property-value>

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
zonecfg:web1> clear
usage:
clear <property-name>

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
zonecfg:web1> select
usage:
select <resource-type> { <property-name>=<property-value> }

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> select net
usage:
select <resource-type> { <property-name>=<property-value> }
zonecfg:web1> remove
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> remove foo
usage:
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> info foo
usage:
info [<resource-type> [property-name=property-value]*]

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
	dataset | dedicated-cpu | capped-cpu | capped-memory

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
zonecfg:web1> exit
# echo $?
1
