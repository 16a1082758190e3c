=== no arguments: usage and the commands, status 2
--- input
zonecfg
echo $?
--- output
# zonecfg
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
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
# echo $?
2
=== option errors print libc's message and the usage, status 2
--- input
zonecfg -x
echo $?
zonecfg -z
echo $?
zonecfg -f /var/tmp/cmds
echo $?
zonecfg web1
echo $?
--- output
# zonecfg -x
zonecfg: illegal option -- x
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
# echo $?
2
# zonecfg -z
zonecfg: option requires an argument -- z
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
# echo $?
2
# zonecfg -f /var/tmp/cmds
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
# echo $?
2
# zonecfg web1
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
# echo $?
2
=== -? prints the verbose usage on stdout, status 2
--- input
zonecfg -?
echo $?
--- output
# zonecfg -?
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
Commands:

add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
	Add specified resource to configuration.

cancel
	Cancels resource/property specification.

clear <property-name>
	Clears property values.

commit
	Commits current configuration.  Configuration must be committed to
	be used by zoneadm.  Until the configuration is committed, changes 
	can be removed with the revert command.  This operation is
	attempted automatically upon completion of a zonecfg session.

create [-F] [ -a <path> | -b | -t <template> ]
	Creates a configuration for the specified zone.  create should be
	used to begin configuring a new zone.  If overwriting an existing
	configuration, the -F flag can be used to force the action.  If
	-t template is given, creates a configuration identical to the
	specified template, except that the zone name is changed from
	template to zonename.  'create -a' creates a configuration from a
	detached zonepath.  'create -b' results in a blank configuration.
	'create' with no arguments applies the Sun default settings.

delete [-F]
	Deletes the specified zone.  The -F flag can be used to force the
	action.

end
	Ends resource/property specification.

exit [-F]
	Exits the program.  The -F flag can be used to force the action.

export [-f output-file]
	Prints configuration to standard output, or to output-file if
	specified, in a form suitable for use in a command-file.

help [commands] [syntax] [usage] [<command-name>]
	Prints help message.

info [<resource-type> [property-name=property-value]*]
	Displays information about the current configuration.  If resource
	type is specified, displays only information about resources of
	the relevant type.  If resource id is specified, displays only
	information about that resource.

remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.

revert [-F]
	Reverts configuration back to the last committed state.  The -F flag
	can be used to force the action.

select <resource-type> { <property-name>=<property-value> }
	Selects a resource to modify.  Resource modification is completed
	with the command "end".  The property name/value pairs must uniquely
	identify a resource.  Note that the curly braces ('{', '}') mean one
	or more of whatever is between them.

set <property-name>=<property-value>
	Sets property values.

verify
	Verifies current configuration for correctness (some resource types
	have required properties).

# echo $?
2
=== zonecfg help [subject] always exits 0
--- input
zonecfg help usage
echo $?
zonecfg help syntax
echo $?
zonecfg help create
echo $?
zonecfg help bogus
echo $?
zonecfg help commands
echo $?
--- output
# zonecfg help usage
usage:	zonecfg help
	zonecfg -z <zone>			(interactive)
	zonecfg -z <zone> <command>
	zonecfg -z <zone> -f <command-file>
# echo $?
0
# zonecfg help syntax
<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.

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
# echo $?
0
# zonecfg help create
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
# echo $?
0
# zonecfg help bogus
Unknown help subject bogus.  More help is available for the following:

	commands ('help commands')
	syntax ('help syntax')
	usage ('help usage')

You may also obtain help on any command by typing 'help <command-name>.'
# echo $?
0
# zonecfg help commands
Commands:

add <resource-type>
	(global scope)
add <property-name> <property-value>
	(resource scope)
	Add specified resource to configuration.

cancel
	Cancels resource/property specification.

clear <property-name>
	Clears property values.

commit
	Commits current configuration.  Configuration must be committed to
	be used by zoneadm.  Until the configuration is committed, changes 
	can be removed with the revert command.  This operation is
	attempted automatically upon completion of a zonecfg session.

create [-F] [ -a <path> | -b | -t <template> ]
	Creates a configuration for the specified zone.  create should be
	used to begin configuring a new zone.  If overwriting an existing
	configuration, the -F flag can be used to force the action.  If
	-t template is given, creates a configuration identical to the
	specified template, except that the zone name is changed from
	template to zonename.  'create -a' creates a configuration from a
	detached zonepath.  'create -b' results in a blank configuration.
	'create' with no arguments applies the Sun default settings.

delete [-F]
	Deletes the specified zone.  The -F flag can be used to force the
	action.

end
	Ends resource/property specification.

exit [-F]
	Exits the program.  The -F flag can be used to force the action.

export [-f output-file]
	Prints configuration to standard output, or to output-file if
	specified, in a form suitable for use in a command-file.

help [commands] [syntax] [usage] [<command-name>]
	Prints help message.

info [<resource-type> [property-name=property-value]*]
	Displays information about the current configuration.  If resource
	type is specified, displays only information about resources of
	the relevant type.  If resource id is specified, displays only
	information about that resource.

remove [-F] <resource-type> [ <property-name>=<property-value> ]*
	(global scope)
remove <property-name> <property-value>
	(resource scope)
	Remove specified resource from configuration.  The -F flag can be used
	to force the action.

revert [-F]
	Reverts configuration back to the last committed state.  The -F flag
	can be used to force the action.

select <resource-type> { <property-name>=<property-value> }
	Selects a resource to modify.  Resource modification is completed
	with the command "end".  The property name/value pairs must uniquely
	identify a resource.  Note that the curly braces ('{', '}') mean one
	or more of whatever is between them.

set <property-name>=<property-value>
	Sets property values.

verify
	Verifies current configuration for correctness (some resource types
	have required properties).

# echo $?
0
=== zone names are checked before anything else
--- input
zonecfg -z "my zone" info
echo $?
zonecfg -z -web1 info
echo $?
zonecfg -z a234567890123456789012345678901234567890123456789012345678901234 info
echo $?
zonecfg -z a23456789012345678901234567890123456789012345678901234567890123 info
echo $?
--- output
# zonecfg -z "my zone" info
my zone: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
2
# zonecfg -z -web1 info
-web1: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
2
# zonecfg -z a234567890123456789012345678901234567890123456789012345678901234 info
a234567890123456789012345678901234567890123456789012345678901234: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
	(except the reserved words 'global' and anything starting with 'SUNW')
	Name must be less than 64 characters.
# echo $?
2
# zonecfg -z a23456789012345678901234567890123456789012345678901234567890123 info
a23456789012345678901234567890123456789012345678901234567890123: No such zone configured
# echo $?
1
=== -R must name a directory that holds a zone configuration store
--- input
zonecfg -R altroot -z web1 info
echo $?
zonecfg -R /altroot -z web1 info
echo $?
zonecfg -R /var/tmp -z web1 info
echo $?
zonecfg -R / -z web1 info
echo $?
--- output
# zonecfg -R altroot -z web1 info
root path must be absolute: altroot
# echo $?
2
# zonecfg -R /altroot -z web1 info
root path must be a directory: /altroot
# echo $?
2
# zonecfg -R /var/tmp -z web1 info
zonecfg: Could not access zone configuration store: Miscellaneous file system error
# echo $?
1
# zonecfg -R / -z web1 info
web1: No such zone configured
# echo $?
1
=== templates can be read but not changed
--- input
zonecfg -z SUNWdefault info
echo $?
zonecfg -z SUNWdefault create
echo $?
zonecfg -z SUNWblank "set zonepath=/x"
echo $?
zonecfg -z SUNWblank "add net; remove net; clear pool; select net physical=x; delete -F; commit; revert -F; verify"
echo $?
--- output
# zonecfg -z SUNWdefault info
zonename: default
zonepath: 
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
# echo $?
0
# zonecfg -z SUNWdefault create
SUNWdefault: zones beginning with SUNW are read-only.
# echo $?
1
# zonecfg -z SUNWblank "set zonepath=/x"
SUNWblank: zones beginning with SUNW are read-only.
# echo $?
1
# zonecfg -z SUNWblank "add net; remove net; clear pool; select net physical=x; delete -F; commit; revert -F; verify"
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
SUNWblank: zones beginning with SUNW are read-only.
# echo $?
1
=== called by its full path, zonecfg prompts with its base name
interactive: yes
--- input
/usr/sbin/zonecfg -z web1
create -b
exit -F
echo $?
--- output
# /usr/sbin/zonecfg -z web1
web1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:web1> create -b
zonecfg:web1> exit -F
zonepath cannot be empty.
Zone web1 failed to verify
web1: Required resource missing
Configuration not saved.
# echo $?
1
=== command files that cannot be read
--- input
zonecfg -z web1 -f /var/tmp/nothing
echo $?
zonecfg -z web1 -f /var/tmp
echo $?
zonecfg -z web1 -f /dev/null
echo $?
zonecfg -z web1 -f /etc/nodename
echo $?
--- output
# zonecfg -z web1 -f /var/tmp/nothing
could not open file /var/tmp/nothing: No such file or directory
# echo $?
1
# zonecfg -z web1 -f /var/tmp
/var/tmp is not a regular file.
# echo $?
1
# zonecfg -z web1 -f /dev/null
/dev/null is not a regular file.
# echo $?
1
# zonecfg -z web1 -f /etc/nodename
syntax error on line 1 at 't'
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
# echo $?
1
=== a command file stops at its first error, saying where
--- input
cat > /var/tmp/web1.cfg <<'EOF2'
# web server zone
create
set zonepath=/zones/web1
set autoboot=maybe
set autoboot=true
EOF2
zonecfg -z web1 -f /var/tmp/web1.cfg
echo $?
zonecfg -z web1 info autoboot
--- output
# cat > /var/tmp/web1.cfg <<'EOF2'
> # web server zone
> create
> set zonepath=/zones/web1
> set autoboot=maybe
> set autoboot=true
> EOF2
# zonecfg -z web1 -f /var/tmp/web1.cfg
On line 4 of /var/tmp/web1.cfg:
autoboot value must be 'true' or 'false'.
# echo $?
1
# zonecfg -z web1 info autoboot
autoboot: false
=== a syntax error in a command file names the line (and the newline it met)
--- input
cat > /var/tmp/web2.cfg <<'EOF2'
create
set zonepath
set zonepath=/zones/web2
EOF2
zonecfg -z web2 -f /var/tmp/web2.cfg
echo $?
cat > /var/tmp/web3.cfg <<'EOF2'
create
info bogus
EOF2
zonecfg -z web3 -f /var/tmp/web3.cfg
echo $?
--- output
# cat > /var/tmp/web2.cfg <<'EOF2'
> create
> set zonepath
> set zonepath=/zones/web2
> EOF2
# zonecfg -z web2 -f /var/tmp/web2.cfg
syntax error on line 3 at '\n'
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
On line 2 of /var/tmp/web2.cfg:
zonepath cannot be empty.
Zone web2 failed to verify
web2: Required resource missing
Configuration not saved.
# echo $?
1
# cat > /var/tmp/web3.cfg <<'EOF2'
> create
> info bogus
> EOF2
# zonecfg -z web3 -f /var/tmp/web3.cfg
syntax error on line 1 of /var/tmp/web3.cfg
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
On line 2 of /var/tmp/web3.cfg:
zonepath cannot be empty.
Zone web3 failed to verify
web3: Required resource missing
Configuration not saved.
# echo $?
1
=== -f - reads standard input, without stopping at errors
--- input
zonecfg -z web4 -f - <<'EOF2'
create
set zonepath=/zones/web4
set ip-type=both
bogus
add
info zonepath
EOF2
echo $?
--- output
# zonecfg -z web4 -f - <<'EOF2'
> create
> set zonepath=/zones/web4
> set ip-type=both
> bogus
> add
> info zonepath
> EOF2
On line 3:
ip-type value must be 'shared' or 'exclusive'.
syntax error on line 4 at 'b'
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
syntax error on line 5
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
zonepath: /zones/web4
# echo $?
1
=== standard input that is not a terminal: no prompts, no questions
--- input
zonecfg -z web5 <<'EOF2'
create
set zonepath=/zones/web5
add net
set physical=bge0
set address=10.0.0.5/24
end
EOF2
echo $?
zonecfg -z web5 info net
--- output
# zonecfg -z web5 <<'EOF2'
> create
> set zonepath=/zones/web5
> add net
> set physical=bge0
> set address=10.0.0.5/24
> end
> EOF2
web5: No such zone configured
Use 'create' to begin configuring a new zone.
# echo $?
0
# zonecfg -z web5 info net
net:
	address: 10.0.0.5/24
	physical: bge0
	defrouter not specified
=== one command line may hold several subcommands
--- input
zonecfg -z web6 "create; set zonepath=/zones/web6; add net; set physical=bge0; set address=10.0.0.6; end; info net"
echo $?
zonecfg -z web6 info zonepath
--- output
# zonecfg -z web6 "create; set zonepath=/zones/web6; add net; set physical=bge0; set address=10.0.0.6; end; info net"
net:
	address: 10.0.0.6
	physical: bge0
	defrouter not specified
# echo $?
0
# zonecfg -z web6 info zonepath
zonepath: /zones/web6
