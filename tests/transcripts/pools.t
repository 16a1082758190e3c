=== pools facility off: every pools tool says so (runtime.md §1.1, §1.2, §1.4, §1.5)
config: zones-guest
domain: ldg1
--- input
svcs pools pools/dynamic
pooladm
echo $?
pooladm -s
echo $?
pooladm -x
echo $?
pooladm -c
echo $?
poolstat
echo $?
poolstat -r pset 1 2
echo $?
poolcfg -dc info
echo $?
poolbind -q 1
echo $?
--- output
# svcs pools pools/dynamic
STATE          STIME    FMRI
disabled        9:03:30 svc:/system/pools/dynamic:default
disabled        9:03:30 svc:/system/pools:default
# pooladm
pooladm: couldn't open pools state file: Facility is not active
# echo $?
1
# pooladm -s
pooladm: couldn't open pools state file: Facility is not active
# echo $?
1
# pooladm -x
pooladm: couldn't open pools state file: Facility is not active
# echo $?
1
# pooladm -c
pooladm: couldn't open configuration at '/etc/pooladm.conf': No such file or directory
# echo $?
1
# poolstat
poolstat: couldn't open pools state file: Facility is not active
# echo $?
1
# poolstat -r pset 1 2
poolstat: couldn't open pools state file: Facility is not active
# echo $?
1
# poolcfg -dc info
poolcfg: cannot load configuration from /dev/poolctl: Facility is not active
# echo $?
1
# poolbind -q 1
poolbind: couldn't open pools state file: Facility is not active
# echo $?
1
=== pooladm -e and -d go through svc:/system/pools; a second -e is silent (§1.1, §1.2)
config: zones-guest
domain: ldg1
status: 1
--- input
pooladm -e
echo $?
pooladm -e
echo $?
svcs pools
pooladm
echo $?
pooladm -d
echo $?
pooladm -d
echo $?
svcs -a
svcadm enable pools
svcs pools
svcadm disable pools
pooladm
--- output
# pooladm -e
# echo $?
0
# pooladm -e
# echo $?
0
# svcs pools
STATE          STIME    FMRI
online          9:03:30 svc:/system/pools:default
# pooladm

system default
	string	system.comment 
	int	system.version 1
	boolean	system.bind-default true
	string	system.poold.objectives wt-load

	pool pool_default
		int	pool.sys_id 0
		boolean	pool.active true
		boolean	pool.default true
		int	pool.importance 1
		string	pool.comment 
		pset	pset_default

	pset pset_default
		int	pset.sys_id -1
		boolean	pset.default true
		uint	pset.min 1
		uint	pset.max 65536
		string	pset.units population
		uint	pset.load 14
		uint	pset.size 8
		string	pset.comment 

		cpu
			int	cpu.sys_id 7
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 5
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 4
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 3
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 2
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 1
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 0
			string	cpu.comment 
			string	cpu.status on-line
# echo $?
0
# pooladm -d
# echo $?
0
# pooladm -d
# echo $?
0
# svcs -a
STATE          STIME    FMRI
disabled        9:03:30 svc:/system/pools/dynamic:default
disabled        9:03:30 svc:/system/pools:default
online          9:03:30 svc:/milestone/multi-user-server:default
online          9:03:30 svc:/milestone/multi-user:default
online          9:03:30 svc:/milestone/network:default
online          9:03:30 svc:/milestone/single-user:default
online          9:03:30 svc:/network/loopback:default
online          9:03:30 svc:/network/physical:default
online          9:03:30 svc:/network/ssh:default
online          9:03:30 svc:/system/filesystem/local:default
online          9:03:30 svc:/system/system-log:default
online          9:03:30 svc:/system/zones:default
# svcadm enable pools
# svcs pools
STATE          STIME    FMRI
online          9:03:30 svc:/system/pools:default
# svcadm disable pools
# pooladm
pooladm: couldn't open pools state file: Facility is not active
=== pooladm: option rules, each a usage error with status 2 (§1.2)
config: zones-guest
domain: ldg1
--- input
pooladm -q
echo $?
pooladm -e -d
echo $?
pooladm -d -c
echo $?
pooladm -e -s
echo $?
pooladm -x -c
echo $?
pooladm -x -s
echo $?
pooladm -n -e -x
echo $?
pooladm /etc/pooladm.conf
echo $?
pooladm -x file
echo $?
pooladm -c a b
echo $?
--- output
# pooladm -q
pooladm: illegal option -- q
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -e -d
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -d -c
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -e -s
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -x -c
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -x -s
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -n -e -x
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm /etc/pooladm.conf
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -x file
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
# pooladm -c a b
Usage:	pooladm [-n] [-s] [-c] [filename]
Usage:	pooladm [-n] -x
Usage:	pooladm -d | -e
# echo $?
2
=== pooladm -s writes the running configuration; -c commits a static file; -n only validates (§1.2, §1.3)
config: zones-guest
domain: ldg1
--- input
pooladm -e
pooladm -c
echo $?
ls /etc/pooladm.conf
pooladm -s
echo $?
ls /etc/pooladm.conf
poolcfg -c 'create pset pset_web (uint pset.min = 2; uint pset.max = 3)'
poolcfg -c 'create pool pool_web (int pool.importance = 5; string pool.comment = "web servers")'
poolcfg -c 'associate pool pool_web (pset pset_web)'
poolcfg -c info
echo $?
poolstat
pooladm -n -c
echo $?
poolstat
pooladm -c
echo $?
poolstat
poolstat -r pset
pooladm -s /var/tmp/saved.conf
pooladm -n -c /var/tmp/saved.conf
echo $?
pooladm -c /var/tmp/missing.conf
echo $?
poolcfg -c 'modify pset pset_web (uint pset.min = 8; uint pset.max = 8)'
pooladm -c
echo $?
poolstat
--- output
# pooladm -e
# pooladm -c
pooladm: couldn't open configuration at '/etc/pooladm.conf': No such file or directory
# echo $?
1
# ls /etc/pooladm.conf
/etc/pooladm.conf: No such file or directory
# pooladm -s
# echo $?
0
# ls /etc/pooladm.conf
/etc/pooladm.conf
# poolcfg -c 'create pset pset_web (uint pset.min = 2; uint pset.max = 3)'
# poolcfg -c 'create pool pool_web (int pool.importance = 5; string pool.comment = "web servers")'
# poolcfg -c 'associate pool pool_web (pset pset_web)'
# poolcfg -c info

system default
	string	system.comment 
	int	system.version 1
	boolean	system.bind-default true
	string	system.poold.objectives wt-load

	pool pool_web
		int	pool.sys_id 1
		boolean	pool.active true
		boolean	pool.default false
		int	pool.importance 5
		string	pool.comment web servers
		pset	pset_web

	pool pool_default
		int	pool.sys_id 0
		boolean	pool.active true
		boolean	pool.default true
		int	pool.importance 1
		string	pool.comment 
		pset	pset_default

	pset pset_web
		int	pset.sys_id 1
		boolean	pset.default false
		uint	pset.min 2
		uint	pset.max 3
		string	pset.units population
		uint	pset.load 0
		uint	pset.size 0
		string	pset.comment 

	pset pset_default
		int	pset.sys_id -1
		boolean	pset.default true
		uint	pset.min 1
		uint	pset.max 65536
		string	pset.units population
		uint	pset.load 0
		uint	pset.size 8
		string	pset.comment 

		cpu
			int	cpu.sys_id 7
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 5
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 4
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 3
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 2
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 1
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 0
			string	cpu.comment 
			string	cpu.status on-line

# echo $?
0
# poolstat
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# pooladm -n -c
# echo $?
0
# poolstat
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# pooladm -c
# echo $?
0
# poolstat
                              pset
 id pool                 size used load
  1 pool_web                3 0.00 0.00
  0 pool_default            5 0.00 0.01
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 pool_web             pset   1 pset_web                2    3    3 0.00 0.00
  0 pool_default         pset  -1 pset_default            1  66K    5 0.00 0.01
# pooladm -s /var/tmp/saved.conf
# pooladm -n -c /var/tmp/saved.conf
# echo $?
0
# pooladm -c /var/tmp/missing.conf
pooladm: couldn't open configuration at '/var/tmp/missing.conf': No such file or directory
# echo $?
1
# poolcfg -c 'modify pset pset_web (uint pset.min = 8; uint pset.max = 8)'
# pooladm -c
pooladm: configuration at '/etc/pooladm.conf' cannot be instantiated on current system
# echo $?
1
# poolstat
                              pset
 id pool                 size used load
  1 pool_web                3 0.00 0.00
  0 pool_default            5 0.00 0.01
=== pooladm prints the running configuration: sets newest first, CPUs highest first (§1.2.1)
config: zones-guest
domain: ldg1
--- input
pooladm -e
poolcfg -dc 'create pset pset_db (uint pset.min = 1; uint pset.max = 2)'
poolcfg -dc 'create pool pool_db'
poolcfg -dc 'associate pool pool_db (pset pset_db)'
poolcfg -dc 'transfer 2 from pset pset_default to pset_db'
pooladm
--- output
# pooladm -e
# poolcfg -dc 'create pset pset_db (uint pset.min = 1; uint pset.max = 2)'
# poolcfg -dc 'create pool pool_db'
# poolcfg -dc 'associate pool pool_db (pset pset_db)'
# poolcfg -dc 'transfer 2 from pset pset_default to pset_db'
# pooladm

system default
	string	system.comment 
	int	system.version 1
	boolean	system.bind-default true
	string	system.poold.objectives wt-load

	pool pool_db
		int	pool.sys_id 1
		boolean	pool.active true
		boolean	pool.default false
		int	pool.importance 1
		string	pool.comment 
		pset	pset_db

	pool pool_default
		int	pool.sys_id 0
		boolean	pool.active true
		boolean	pool.default true
		int	pool.importance 1
		string	pool.comment 
		pset	pset_default

	pset pset_db
		int	pset.sys_id 1
		boolean	pset.default false
		uint	pset.min 1
		uint	pset.max 2
		string	pset.units population
		uint	pset.load 2
		uint	pset.size 2
		string	pset.comment 

		cpu
			int	cpu.sys_id 7
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line

	pset pset_default
		int	pset.sys_id -1
		boolean	pset.default true
		uint	pset.min 1
		uint	pset.max 65536
		string	pset.units population
		uint	pset.load 10
		uint	pset.size 6
		string	pset.comment 

		cpu
			int	cpu.sys_id 5
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 4
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 3
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 2
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 1
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 0
			string	cpu.comment 
			string	cpu.status on-line
=== poolcfg -d edits the kernel's configuration: create, modify, transfer, rename, destroy (§1.3)
config: zones-guest
domain: ldg1
--- input
pooladm -e
poolcfg -dc 'create pset pset_a (uint pset.min = 1; uint pset.max = 4) create pool pool_a associate pool pool_a (pset pset_a)'
echo $?
poolstat -r pset
poolcfg -dc 'transfer 3 from pset pset_default to pset_a'
poolcfg -dc 'transfer 1 to pset pset_default from pset_a'
poolcfg -dc 'transfer to pset pset_a (cpu 0)'
poolstat -r pset
poolcfg -dc 'info pset pset_a'
poolcfg -dc 'modify pool pool_a (int pool.importance = 3; string pool.comment = "db")'
poolcfg -dc 'info pool pool_a'
poolcfg -dc 'rename pool pool_a to pool_b'
poolcfg -dc 'rename pset pset_a to pset_b'
poolstat
poolcfg -dc 'destroy pset pset_b'
poolstat -r pset
poolcfg -dc 'destroy pool pool_b'
poolstat
--- output
# pooladm -e
# poolcfg -dc 'create pset pset_a (uint pset.min = 1; uint pset.max = 4) create pool pool_a associate pool pool_a (pset pset_a)'
# echo $?
0
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 pool_a               pset   1 pset_a                  1    4    0 0.00 0.00
  0 pool_default         pset  -1 pset_default            1  66K    8 0.00 0.01
# poolcfg -dc 'transfer 3 from pset pset_default to pset_a'
# poolcfg -dc 'transfer 1 to pset pset_default from pset_a'
# poolcfg -dc 'transfer to pset pset_a (cpu 0)'
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 pool_a               pset   1 pset_a                  1    4    3 0.00 0.01
  0 pool_default         pset  -1 pset_default            1  66K    5 0.00 0.01
# poolcfg -dc 'info pset pset_a'

pset pset_a
	int	pset.sys_id 1
	boolean	pset.default false
	uint	pset.min 1
	uint	pset.max 4
	string	pset.units population
	uint	pset.load 7
	uint	pset.size 3
	string	pset.comment 

	cpu
		int	cpu.sys_id 6
		string	cpu.comment 
		string	cpu.status on-line

	cpu
		int	cpu.sys_id 5
		string	cpu.comment 
		string	cpu.status on-line

	cpu
		int	cpu.sys_id 0
		string	cpu.comment 
		string	cpu.status on-line

# poolcfg -dc 'modify pool pool_a (int pool.importance = 3; string pool.comment = "db")'
# poolcfg -dc 'info pool pool_a'

pool pool_a
	int	pool.sys_id 1
	boolean	pool.active true
	boolean	pool.default false
	int	pool.importance 3
	string	pool.comment db
	pset	pset_a

	pset pset_a
		int	pset.sys_id 1
		boolean	pset.default false
		uint	pset.min 1
		uint	pset.max 4
		string	pset.units population
		uint	pset.load 7
		uint	pset.size 3
		string	pset.comment 

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 5
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 0
			string	cpu.comment 
			string	cpu.status on-line

# poolcfg -dc 'rename pool pool_a to pool_b'
# poolcfg -dc 'rename pset pset_a to pset_b'
# poolstat
                              pset
 id pool                 size used load
  1 pool_b                  3 0.00 0.01
  0 pool_default            5 0.00 0.01
# poolcfg -dc 'destroy pset pset_b'
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 pool_b               pset  -1 pset_default            1  66K    8 0.00 0.01
  0 pool_default         pset  -1 pset_default            1  66K    8 0.00 0.01
# poolcfg -dc 'destroy pool pool_b'
# poolstat
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
=== poolcfg: its errors, and nothing changes when one command of several fails (§1.3)
config: zones-guest
domain: ldg1
--- input
pooladm -e
poolcfg -c info
echo $?
poolcfg -dc 'create pool p1 create pool p1'
echo $?
poolstat
poolcfg -dc 'destroy pool nosuch'
echo $?
poolcfg -dc 'destroy pset nosuch'
echo $?
poolcfg -dc 'associate pool pool_default (pset nosuch)'
echo $?
poolcfg -dc 'destroy pool pool_default'
echo $?
poolcfg -dc 'destroy pset pset_default'
echo $?
poolcfg -dc 'create pset s1 (uint pset.min = 3; uint pset.max = 1)'
echo $?
poolcfg -dc 'create pset s1 (int pset.min = 1)'
echo $?
poolcfg -dc 'create pool 7'
echo $?
poolcfg -dc 'create pool'
echo $?
poolcfg -dc 'create pool p2 (uint pset.min = 1'
echo $?
poolcfg -dc 'make pool p3'
echo $?
poolcfg -dc 'create pset s2 (uint pset.min = 1; uint pset.max = 2)'
poolcfg -dc 'transfer 8 from pset pset_default to pset s2'
echo $?
poolcfg -dc 'transfer 8 from pset pset_default to s2'
echo $?
poolcfg -dc 'transfer 3 from pset pset_default to s2'
echo $?
poolstat -r pset
--- output
# pooladm -e
# poolcfg -c info
poolcfg: cannot load configuration from /etc/pooladm.conf: No such file or directory
# echo $?
1
# poolcfg -dc 'create pool p1 create pool p1'
poolcfg: cannot create the pool, p1: Bad parameter supplied
# echo $?
1
# poolstat
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# poolcfg -dc 'destroy pool nosuch'
poolcfg: cannot locate the pool, nosuch: Operation successful
# echo $?
1
# poolcfg -dc 'destroy pset nosuch'
poolcfg: cannot locate the pset, nosuch: Operation successful
# echo $?
1
# poolcfg -dc 'associate pool pool_default (pset nosuch)'
poolcfg: cannot locate the pset, nosuch: Operation successful
# echo $?
1
# poolcfg -dc 'destroy pool pool_default'
poolcfg: cannot destroy the pool, pool_default: Bad parameter supplied
# echo $?
1
# poolcfg -dc 'destroy pset pset_default'
poolcfg: cannot destroy the pset, pset_default: Bad parameter supplied
# echo $?
1
# poolcfg -dc 'create pset s1 (uint pset.min = 3; uint pset.max = 1)'
poolcfg: configuration failed strict validation: Invalid configuration
# echo $?
1
# poolcfg -dc 'create pset s1 (int pset.min = 1)'
poolcfg: put property pset.min failed: Bad parameter supplied
# echo $?
1
# poolcfg -dc 'create pool 7'
poolcfg: Illegal character at '7'
# echo $?
1
# poolcfg -dc 'create pool'
poolcfg: syntax error, token expected
poolcfg: command parsing failed, terminating...
# echo $?
1
# poolcfg -dc 'create pool p2 (uint pset.min = 1'
poolcfg: syntax error, token expected
poolcfg: command parsing failed, terminating...
# echo $?
1
# poolcfg -dc 'make pool p3'
poolcfg: syntax error at 'make'
poolcfg: command parsing failed, terminating...
# echo $?
1
# poolcfg -dc 'create pset s2 (uint pset.min = 1; uint pset.max = 2)'
# poolcfg -dc 'transfer 8 from pset pset_default to pset s2'
poolcfg: syntax error at 'pset'
poolcfg: command parsing failed, terminating...
# echo $?
1
# poolcfg -dc 'transfer 8 from pset pset_default to s2'
poolcfg: cannot transfer 8 from pset_default to s2: Invalid configuration
# echo $?
1
# poolcfg -dc 'transfer 3 from pset pset_default to s2'
poolcfg: cannot transfer 3 from pset_default to s2: Invalid configuration
# echo $?
1
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  0 pool_default         pset  -1 pset_default            1  66K    8 0.00 0.01
=== poolcfg usage: status 2; -h adds the command summary (§1.3)
config: zones-guest
domain: ldg1
--- input
poolcfg
echo $?
poolcfg -x
echo $?
poolcfg -c info -f /tmp/cmds
echo $?
poolcfg -dc info /etc/other.conf
echo $?
poolcfg -c info a b
echo $?
poolcfg -h
echo $?
--- output
# poolcfg
Usage:
poolcfg -h
poolcfg -c command [ -d | [ file ] ]
poolcfg -f command-file [-d | [ file ] ]

# echo $?
2
# poolcfg -x
Usage:
poolcfg -h
poolcfg -c command [ -d | [ file ] ]
poolcfg -f command-file [-d | [ file ] ]

# echo $?
2
# poolcfg -c info -f /tmp/cmds
Usage:
poolcfg -h
poolcfg -c command [ -d | [ file ] ]
poolcfg -f command-file [-d | [ file ] ]

# echo $?
2
# poolcfg -dc info /etc/other.conf
Usage:
poolcfg -h
poolcfg -c command [ -d | [ file ] ]
poolcfg -f command-file [-d | [ file ] ]

# echo $?
2
# poolcfg -c info a b
Usage:
poolcfg -h
poolcfg -c command [ -d | [ file ] ]
poolcfg -f command-file [-d | [ file ] ]

# echo $?
2
# poolcfg -h
Usage:
poolcfg -h
poolcfg -c command [ -d | [ file ] ]
poolcfg -f command-file [-d | [ file ] ]

command:
  info [entity name]
         display configuration (or specified portion) in readable form
  create entity name [property-list]
         make an entity of the specified type and name
  destroy entity name
         remove the specified entity
  modify entity name [property-list]
         change the listed properties on the named entity
  associate pool name [resource-list]
         connect one or more resources to a pool, or replace one or more
         existing connections
  transfer to resource name [component-list]
         transfer one or more discreet components to a resource
  transfer [quantity] from resource src to tgt
         transfer a resource quantity from src to tgt
  transfer [quantity] to resource tgt from src
         transfer a resource quantity to tgt from src
  discover
         create a system entity, with one pool entity and resources to
         match current system configuration
  rename entity old_name to new_name
         change the name of the entity on the system to its new name

property-list:
  ( proptype name = value [ ; proptype name = value ]* )
         where multiple definitions in the sentence for a given
         proptype, name pair are ignored; the last one provided is used.
         For property deletion, use "~ proptype name"

resource-list:
  ( resource name [; resource name ] )
         where multiple uses of a resource are ignored; the last provided
         is the one used.
         There is no deletion syntax for resource lists.
component-list:
  ( cpu id [; cpu id ] )
         where multiple uses of the same component cause the last provided
         to be the one used.
         There is no deletion syntax for component lists.
entity:
  system | pool | pset | cpu
         where cpu is only valid for transfer, info and modify commands.
resource:
  pset

# echo $?
2
=== poolcfg -f reads commands from a file; its syntax errors name the line (§1.3)
config: zones-guest
domain: ldg1
--- input
pooladm -e
cat > /tmp/cmds <<'EOF2'
# a pset and its pool
create pset pset_f (uint pset.min = 1; uint pset.max = 1)
create pool pool_f
associate pool pool_f (pset pset_f)
EOF2
poolcfg -f /tmp/cmds -d
echo $?
poolstat
cat > /tmp/bad <<'EOF2'
create pool pool_g
create pool ;
EOF2
poolcfg -f /tmp/bad -d
echo $?
poolcfg -f /tmp/none -d
echo $?
--- output
# pooladm -e
# cat > /tmp/cmds <<'EOF2'
> # a pset and its pool
> create pset pset_f (uint pset.min = 1; uint pset.max = 1)
> create pool pool_f
> associate pool pool_f (pset pset_f)
> EOF2
# poolcfg -f /tmp/cmds -d
# echo $?
0
# poolstat
                              pset
 id pool                 size used load
  1 pool_f                  0 0.00 0.00
  0 pool_default            8 0.00 0.01
# cat > /tmp/bad <<'EOF2'
> create pool pool_g
> create pool ;
> EOF2
# poolcfg -f /tmp/bad -d
poolcfg: line 2, syntax error at ';'
poolcfg: command parsing failed, terminating...
# echo $?
1
# poolcfg -f /tmp/none -d
poolcfg: cannot initialise command sequence: No such file or directory
# echo $?
1
=== poolstat: default, -r, -p by name or id, -o, errors (§1.4)
config: zones-guest
domain: ldg1
--- input
pooladm -e
poolcfg -dc 'create pset pset_db (uint pset.min = 1; uint pset.max = 2) create pool pool_db_with_a_long_name associate pool pool_db_with_a_long_name (pset pset_db)'
poolstat
poolstat -r all
poolstat -p 0
poolstat -p "pool_db_with_a_long_name 0"
poolstat -p nosuch
echo $?
poolstat -r pset -o pool,size,min,max
poolstat -o pool
echo $?
poolstat -r pset -o pool,bogus
echo $?
poolstat -r cpu
echo $?
poolstat -q
echo $?
poolstat -r
echo $?
poolstat 0
echo $?
poolstat 1 2 3
echo $?
--- output
# pooladm -e
# poolcfg -dc 'create pset pset_db (uint pset.min = 1; uint pset.max = 2) create pool pool_db_with_a_long_name associate pool pool_db_with_a_long_name (pset pset_db)'
# poolstat
                              pset
 id pool                 size used load
  1 pool_db_with_a_lo...    0 0.00 0.00
  0 pool_default            8 0.00 0.01
# poolstat -r all
 id pool                 type rid rset                  min  max size used load
  1 pool_db_with_a_lo... pset   1 pset_db                 1    2    0 0.00 0.00
  0 pool_default         pset  -1 pset_default            1  66K    8 0.00 0.01
# poolstat -p 0
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# poolstat -p "pool_db_with_a_long_name 0"
                              pset
 id pool                 size used load
  1 pool_db_with_a_lo...    0 0.00 0.00
  0 pool_default            8 0.00 0.01
# poolstat -p nosuch
poolstat: cannot get statistics for pool 'nosuch'
# echo $?
1
# poolstat -r pset -o pool,size,min,max
pool                 size  min  max
pool_db_with_a_lo...    0    1    2
pool_default            8    1  66K
# poolstat -o pool
Usage:
poolstat [-p pool-list] [-r rset-list] [interval [count]]
poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]
  'pool-list' is a space-separated list of pool IDs or names
  'rset-list' is 'all' or 'pset'
  'format' for all resource types is one or more of:
	id pool type rid rset min max size used load
# echo $?
2
# poolstat -r pset -o pool,bogus
unsupported statistic field: bogus
Usage:
poolstat [-p pool-list] [-r rset-list] [interval [count]]
poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]
  'pool-list' is a space-separated list of pool IDs or names
  'rset-list' is 'all' or 'pset'
  'format' for all resource types is one or more of:
	id pool type rid rset min max size used load
# echo $?
2
# poolstat -r cpu
poolstat: unsupported resource type: cpu
# echo $?
1
# poolstat -q
poolstat: illegal option -- q
Usage:
poolstat [-p pool-list] [-r rset-list] [interval [count]]
poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]
  'pool-list' is a space-separated list of pool IDs or names
  'rset-list' is 'all' or 'pset'
  'format' for all resource types is one or more of:
	id pool type rid rset min max size used load
# echo $?
2
# poolstat -r
Option -r requires an argument
Usage:
poolstat [-p pool-list] [-r rset-list] [interval [count]]
poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]
  'pool-list' is a space-separated list of pool IDs or names
  'rset-list' is 'all' or 'pset'
  'format' for all resource types is one or more of:
	id pool type rid rset min max size used load
# echo $?
2
# poolstat 0
Usage:
poolstat [-p pool-list] [-r rset-list] [interval [count]]
poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]
  'pool-list' is a space-separated list of pool IDs or names
  'rset-list' is 'all' or 'pset'
  'format' for all resource types is one or more of:
	id pool type rid rset min max size used load
# echo $?
2
# poolstat 1 2 3
Usage:
poolstat [-p pool-list] [-r rset-list] [interval [count]]
poolstat [-p pool-list] [-o format -r rset-list] [interval [count]]
  'pool-list' is a space-separated list of pool IDs or names
  'rset-list' is 'all' or 'pset'
  'format' for all resource types is one or more of:
	id pool type rid rset min max size used load
# echo $?
2
=== poolstat INTERVAL COUNT: samples on the world clock, without waiting (§1.4)
config: zones-guest
domain: ldg1
--- input
pooladm -e
date
poolstat 5 3
date
poolstat -r pset 60 2
date
--- output
# pooladm -e
# date
Mon Jan  4 09:03:30 UTC 2010
# poolstat 5 3
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# date
Mon Jan  4 09:03:40 UTC 2010
# poolstat -r pset 60 2
 id pool                 type rid rset                  min  max size used load
  0 pool_default         pset  -1 pset_default            1  66K    8 0.00 0.01

 id pool                 type rid rset                  min  max size used load
  0 pool_default         pset  -1 pset_default            1  66K    8 0.00 0.01
# date
Mon Jan  4 09:04:40 UTC 2010
=== dedicated-cpu: the zone's boot enables pools, its SUNWtmp pool shows in the global zone (§1.6)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=3; end"
zoneadm -z web1 install > /dev/null
svcs pools
zoneadm -z web1 boot
svcs pools
poolstat
poolstat -r pset
pooladm
psrinfo
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=3; end"
# zoneadm -z web1 install > /dev/null
# svcs pools
STATE          STIME    FMRI
disabled        9:03:30 svc:/system/pools:default
# zoneadm -z web1 boot
# svcs pools
STATE          STIME    FMRI
online          9:03:30 svc:/system/pools:default
# poolstat
                              pset
 id pool                 size used load
  1 SUNWtmp_web1            3 0.00 0.01
  0 pool_default            5 0.00 0.01
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 SUNWtmp_web1         pset   1 SUNWtmp_web1            3    3    3 0.00 0.01
  0 pool_default         pset  -1 pset_default            1  66K    5 0.00 0.01
# pooladm

system default
	string	system.comment 
	int	system.version 1
	boolean	system.bind-default true
	string	system.poold.objectives wt-load

	pool SUNWtmp_web1
		int	pool.sys_id 1
		boolean	pool.active true
		boolean	pool.default false
		int	pool.importance 1
		string	pool.comment 
		boolean	pool.temporary true
		pset	SUNWtmp_web1

	pool pool_default
		int	pool.sys_id 0
		boolean	pool.active true
		boolean	pool.default true
		int	pool.importance 1
		string	pool.comment 
		pset	pset_default

	pset SUNWtmp_web1
		int	pset.sys_id 1
		boolean	pset.default false
		uint	pset.min 3
		uint	pset.max 3
		string	pset.units population
		uint	pset.load 10
		uint	pset.size 3
		string	pset.comment 
		boolean	pset.temporary true

		cpu
			int	cpu.sys_id 7
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 5
			string	cpu.comment 
			string	cpu.status on-line

	pset pset_default
		int	pset.sys_id -1
		boolean	pset.default true
		uint	pset.min 1
		uint	pset.max 65536
		string	pset.units population
		uint	pset.load 8
		uint	pset.size 5
		string	pset.comment 

		cpu
			int	cpu.sys_id 4
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 3
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 2
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 1
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 0
			string	cpu.comment 
			string	cpu.status on-line
# psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
4	on-line   since 01/04/2010 09:03:30
=== dedicated-cpu: inside the zone poolstat, pooladm and psrinfo see only its set (§1.2.1, §1.6, §6.3)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 boot
zlogin web1 poolstat
zlogin web1 poolstat -r pset
zlogin web1 pooladm
zlogin web1 psrinfo
zlogin web1 poolbind -q 1
zlogin web1 pooladm -e
echo $?
zlogin web1 pooladm -x
echo $?
zlogin web1 "poolcfg -dc 'create pool p'"
echo $?
zlogin web1 svcs pools
echo $?
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 boot
# zlogin web1 poolstat
                              pset
 id pool                 size used load
  1 SUNWtmp_web1            2 0.00 0.01
# zlogin web1 poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 SUNWtmp_web1         pset   1 SUNWtmp_web1            2    2    2 0.00 0.01
# zlogin web1 pooladm

system default
	string	system.comment 
	int	system.version 1
	boolean	system.bind-default true
	string	system.poold.objectives wt-load

	pool SUNWtmp_web1
		int	pool.sys_id 1
		boolean	pool.active true
		boolean	pool.default false
		int	pool.importance 1
		string	pool.comment 
		boolean	pool.temporary true
		pset	SUNWtmp_web1

	pset SUNWtmp_web1
		int	pset.sys_id 1
		boolean	pset.default false
		uint	pset.min 2
		uint	pset.max 2
		string	pset.units population
		uint	pset.load 6
		uint	pset.size 2
		string	pset.comment 
		boolean	pset.temporary true

		cpu
			int	cpu.sys_id 7
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line
# zlogin web1 psrinfo
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zlogin web1 poolbind -q 1
1	SUNWtmp_web1
# zlogin web1 pooladm -e
pooladm: insufficient privileges
# echo $?
1
# zlogin web1 pooladm -x
pooladm: insufficient privileges
# echo $?
1
# zlogin web1 "poolcfg -dc 'create pool p'"
poolcfg: cannot load configuration from /dev/poolctl: Not owner
# echo $?
1
# zlogin web1 svcs pools
svcs: Pattern 'pools' doesn't match any instances
STATE          STIME    FMRI
# echo $?
1
=== dedicated-cpu: the pool and set go at halt, stay over a reboot; pools stays enabled (§1.6)
config: zones-guest
domain: ldg1
status: 1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 boot
zlogin web1 psrinfo
zoneadm -z web1 reboot
zlogin web1 psrinfo
poolstat
zoneadm -z web1 halt
poolstat
svcs pools
pooladm -s
grep -c SUNWtmp /etc/pooladm.conf
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 boot
# zlogin web1 psrinfo
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zoneadm -z web1 reboot
# zlogin web1 psrinfo
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# poolstat
                              pset
 id pool                 size used load
  1 SUNWtmp_web1            2 0.00 0.01
  0 pool_default            6 0.00 0.01
# zoneadm -z web1 halt
# poolstat
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# svcs pools
STATE          STIME    FMRI
online          9:03:30 svc:/system/pools:default
# pooladm -s
# grep -c SUNWtmp /etc/pooladm.conf
0
=== dedicated-cpu ranges: CPUs dealt by importance, min first (libpool pset_allocate_imp) (§1.6)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z low "create; set zonepath=/zones/low; add dedicated-cpu; set ncpus=1-4; end"
zonecfg -z high "create; set zonepath=/zones/high; add dedicated-cpu; set ncpus=1-4; set importance=10; end"
zoneadm -z low install > /dev/null
zoneadm -z high install > /dev/null
zoneadm -z low boot
poolstat -r pset
zoneadm -z high boot
poolstat -r pset
pooladm
svcadm enable pools/dynamic
svcs pools/dynamic
zoneadm -z low reboot
echo $?
--- output
# mkdir -m 700 /zones
# zonecfg -z low "create; set zonepath=/zones/low; add dedicated-cpu; set ncpus=1-4; end"
# zonecfg -z high "create; set zonepath=/zones/high; add dedicated-cpu; set ncpus=1-4; set importance=10; end"
# zoneadm -z low install > /dev/null
# zoneadm -z high install > /dev/null
# zoneadm -z low boot
zoneadm: zone 'low': WARNING: A range of dedicated-cpus has been specified
zoneadm: zone 'low': but the dynamic pool service is not enabled.
zoneadm: zone 'low': The system will not dynamically adjust the
zoneadm: zone 'low': processor allocation within the specified range
zoneadm: zone 'low': until svc:/system/pools/dynamic is enabled.
zoneadm: zone 'low': See poold(1M).
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  1 SUNWtmp_low          pset   1 SUNWtmp_low             1    4    4 0.00 0.01
  0 pool_default         pset  -1 pset_default            1  66K    4 0.00 0.00
# zoneadm -z high boot
zoneadm: zone 'high': WARNING: A range of dedicated-cpus has been specified
zoneadm: zone 'high': but the dynamic pool service is not enabled.
zoneadm: zone 'high': The system will not dynamically adjust the
zoneadm: zone 'high': processor allocation within the specified range
zoneadm: zone 'high': until svc:/system/pools/dynamic is enabled.
zoneadm: zone 'high': See poold(1M).
# poolstat -r pset
 id pool                 type rid rset                  min  max size used load
  2 SUNWtmp_high         pset   2 SUNWtmp_high            1    4    3 0.00 0.01
  1 SUNWtmp_low          pset   1 SUNWtmp_low             1    4    2 0.00 0.01
  0 pool_default         pset  -1 pset_default            1  66K    3 0.00 0.00
# pooladm

system default
	string	system.comment 
	int	system.version 1
	boolean	system.bind-default true
	string	system.poold.objectives wt-load

	pool SUNWtmp_high
		int	pool.sys_id 2
		boolean	pool.active true
		boolean	pool.default false
		int	pool.importance 10
		string	pool.comment 
		boolean	pool.temporary true
		pset	SUNWtmp_high

	pool SUNWtmp_low
		int	pool.sys_id 1
		boolean	pool.active true
		boolean	pool.default false
		int	pool.importance 1
		string	pool.comment 
		boolean	pool.temporary true
		pset	SUNWtmp_low

	pool pool_default
		int	pool.sys_id 0
		boolean	pool.active true
		boolean	pool.default true
		int	pool.importance 1
		string	pool.comment 
		pset	pset_default

	pset SUNWtmp_high
		int	pset.sys_id 2
		boolean	pset.default false
		uint	pset.min 1
		uint	pset.max 4
		string	pset.units population
		uint	pset.load 8
		uint	pset.size 3
		string	pset.comment 
		boolean	pset.temporary true

		cpu
			int	cpu.sys_id 7
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 6
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 3
			string	cpu.comment 
			string	cpu.status on-line

	pset SUNWtmp_low
		int	pset.sys_id 1
		boolean	pset.default false
		uint	pset.min 1
		uint	pset.max 4
		string	pset.units population
		uint	pset.load 5
		uint	pset.size 2
		string	pset.comment 
		boolean	pset.temporary true

		cpu
			int	cpu.sys_id 5
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 4
			string	cpu.comment 
			string	cpu.status on-line

	pset pset_default
		int	pset.sys_id -1
		boolean	pset.default true
		uint	pset.min 1
		uint	pset.max 65536
		string	pset.units population
		uint	pset.load 1
		uint	pset.size 3
		string	pset.comment 

		cpu
			int	cpu.sys_id 2
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 1
			string	cpu.comment 
			string	cpu.status on-line

		cpu
			int	cpu.sys_id 0
			string	cpu.comment 
			string	cpu.status on-line
# svcadm enable pools/dynamic
# svcs pools/dynamic
STATE          STIME    FMRI
online          9:03:30 svc:/system/pools/dynamic:default
# zoneadm -z low reboot
# echo $?
0
=== dedicated-cpu: more than pset_default can spare fails the boot (§1.6)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=4; end"
zonecfg -z web2 "create; set zonepath=/zones/web2; add dedicated-cpu; set ncpus=4; end"
zoneadm -z web1 install > /dev/null
zoneadm -z web2 install > /dev/null
zoneadm -z web1 boot
zoneadm -z web2 boot
echo $?
zoneadm list -v
poolstat
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=4; end"
# zonecfg -z web2 "create; set zonepath=/zones/web2; add dedicated-cpu; set ncpus=4; end"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web2 install > /dev/null
# zoneadm -z web1 boot
# zoneadm -z web2 boot
zoneadm: zone 'web2': Could not create a temporary pool: Invalid configuration
zoneadm: zone 'web2': dedicated-cpu setting cannot be instantiated
zoneadm: zone 'web2': call to zoneadmd failed
# echo $?
1
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1             running    /zones/web1                    native   shared
# poolstat
                              pset
 id pool                 size used load
  1 SUNWtmp_web1            4 0.00 0.01
  0 pool_default            4 0.00 0.00
=== pool=: warnings when pools are off or the pool is missing; bound when it exists (§1.7, §1.5)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1; set pool=pool_web"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 boot
zlogin web1 poolbind -q 1
zoneadm -z web1 halt
pooladm -e
zoneadm -z web1 boot
zlogin web1 poolbind -q 1
zoneadm -z web1 halt
poolcfg -dc 'create pset pset_web (uint pset.min = 1; uint pset.max = 2) create pool pool_web associate pool pool_web (pset pset_web)'
poolcfg -dc 'transfer 2 from pset pset_default to pset_web'
zoneadm -z web1 boot
echo $?
zlogin web1 poolbind -q 1
zlogin web1 poolbind -Q 1
zlogin web1 psrinfo
zlogin web1 poolstat
poolbind -q 1
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1; set pool=pool_web"
# zoneadm -z web1 install > /dev/null
zoneadm: zone 'web1': WARNING: pools facility not active; zone will not be bound to pool 'pool_web'.
# zoneadm -z web1 boot
zoneadm: zone 'web1': WARNING: pools facility not active; zone will not be bound to pool 'pool_web'.
zoneadm: zone 'web1': WARNING: Pools facility not active; zone will not be bound to pool
# zlogin web1 poolbind -q 1
poolbind: couldn't open pools state file: Facility is not active
# zoneadm -z web1 halt
# pooladm -e
# zoneadm -z web1 boot
zoneadm: zone 'web1': WARNING: pool 'pool_web' not found. using default pool
zoneadm: zone 'web1': WARNING: Pool not found; using default pool
# zlogin web1 poolbind -q 1
1	pool_default
# zoneadm -z web1 halt
# poolcfg -dc 'create pset pset_web (uint pset.min = 1; uint pset.max = 2) create pool pool_web associate pool pool_web (pset pset_web)'
# poolcfg -dc 'transfer 2 from pset pset_default to pset_web'
# zoneadm -z web1 boot
# echo $?
0
# zlogin web1 poolbind -q 1
1	pool_web
# zlogin web1 poolbind -Q 1
1	pset	pset_web
# zlogin web1 psrinfo
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zlogin web1 poolstat
                              pset
 id pool                 size used load
  1 pool_web                2 0.00 0.00
# poolbind -q 1
1	pool_default
=== poolbind -p -i zoneid rebinds a running zone; destroying its pool sends it to pool_default (§1.5)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1"
zoneadm -z web1 install > /dev/null
pooladm -e
poolcfg -dc 'create pool pool_web'
zoneadm -z web1 boot
zlogin web1 poolbind -q 1
poolbind -p pool_web -i zoneid web1
echo $?
zlogin web1 poolbind -q 1
poolbind -p pool_web -i zoneid nosuch
echo $?
zonecfg -z web2 "create; set zonepath=/zones/web2"
poolbind -p pool_web -i zoneid web2
echo $?
poolbind -p nosuch -i zoneid web1
echo $?
poolbind -p pool_web -i bogus 1
echo $?
poolbind -q
echo $?
poolbind -q -p pool_web 1
echo $?
poolcfg -dc 'destroy pool pool_web'
zlogin web1 poolbind -q 1
poolbind -p pool_default -e zonename
echo $?
poolbind -p nosuch -e zonename
echo $?
poolbind -p pool_default -e nosuchcmd
echo $?
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zoneadm -z web1 install > /dev/null
# pooladm -e
# poolcfg -dc 'create pool pool_web'
# zoneadm -z web1 boot
# zlogin web1 poolbind -q 1
1	pool_default
# poolbind -p pool_web -i zoneid web1
# echo $?
0
# zlogin web1 poolbind -q 1
1	pool_web
# poolbind -p pool_web -i zoneid nosuch
poolbind: invalid zone 'nosuch'
# echo $?
1
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# poolbind -p pool_web -i zoneid web2
poolbind: zone 'web2' is not active
# echo $?
1
# poolbind -p nosuch -i zoneid web1
poolbind: binding zoneid 1 to pool 'nosuch': Bad parameter supplied
# echo $?
1
# poolbind -p pool_web -i bogus 1
Usage:
    poolbind -p pool_name -e command [arguments...]
    poolbind -p pool_name [-i pid | -i taskid | -i projid | -i zoneid] id ...
    poolbind -q pid ...
    poolbind -Q pid ... 
# echo $?
2
# poolbind -q
Usage:
    poolbind -p pool_name -e command [arguments...]
    poolbind -p pool_name [-i pid | -i taskid | -i projid | -i zoneid] id ...
    poolbind -q pid ...
    poolbind -Q pid ... 
# echo $?
2
# poolbind -q -p pool_web 1
Usage:
    poolbind -p pool_name -e command [arguments...]
    poolbind -p pool_name [-i pid | -i taskid | -i projid | -i zoneid] id ...
    poolbind -q pid ...
    poolbind -Q pid ... 
# echo $?
2
# poolcfg -dc 'destroy pool pool_web'
# zlogin web1 poolbind -q 1
1	pool_default
# poolbind -p pool_default -e zonename
global
# echo $?
0
# poolbind -p nosuch -e zonename
poolbind: binding to pool 'nosuch': Bad parameter supplied
# echo $?
1
# poolbind -p pool_default -e nosuchcmd
poolbind: exec of nosuchcmd failed: No such file or directory
# echo $?
1
=== pooladm -x destroys the running configuration; pooladm -d also the zones' temporary pools (§1.1, §1.2)
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 boot
poolcfg -dc 'create pool pool_x'
poolstat
pooladm -n -x
poolstat
pooladm -x
poolstat
zlogin web1 psrinfo
zoneadm -z web1 reboot
poolstat
pooladm -d
svcs pools
zlogin web1 psrinfo
--- output
# mkdir -m 700 /zones
# zonecfg -z web1 "create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 boot
# poolcfg -dc 'create pool pool_x'
# poolstat
                              pset
 id pool                 size used load
  2 pool_x                  6 0.00 0.01
  1 SUNWtmp_web1            2 0.00 0.01
  0 pool_default            6 0.00 0.01
# pooladm -n -x
# poolstat
                              pset
 id pool                 size used load
  2 pool_x                  6 0.00 0.01
  1 SUNWtmp_web1            2 0.00 0.01
  0 pool_default            6 0.00 0.01
# pooladm -x
# poolstat
                              pset
 id pool                 size used load
  0 pool_default            8 0.00 0.01
# zlogin web1 psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zoneadm -z web1 reboot
# poolstat
                              pset
 id pool                 size used load
  1 SUNWtmp_web1            2 0.00 0.01
  0 pool_default            6 0.00 0.01
# pooladm -d
# svcs pools
STATE          STIME    FMRI
disabled        9:03:30 svc:/system/pools:default
# zlogin web1 psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
=== pools at the domain's boot: the service commits /etc/pooladm.conf, the running configuration is gone (§1.1)
config: zones-guest
domain: ldg1
--- input
pooladm -e
poolcfg -dc 'create pset pset_s (uint pset.min = 2; uint pset.max = 2) create pool pool_s associate pool pool_s (pset pset_s)'
pooladm -s
poolcfg -dc 'create pool pool_t'
poolstat
reboot
poolstat
svcs pools
--- output
# pooladm -e
# poolcfg -dc 'create pset pset_s (uint pset.min = 2; uint pset.max = 2) create pool pool_s associate pool pool_s (pset pset_s)'
# pooladm -s
# poolcfg -dc 'create pool pool_t'
# poolstat
                              pset
 id pool                 size used load
  2 pool_t                  8 0.00 0.01
  1 pool_s                  0 0.00 0.00
  0 pool_default            8 0.00 0.01
# reboot
syncing file systems... done
rebooting...
# poolstat
                              pset
 id pool                 size used load
  1 pool_s                  2 0.00 0.01
  0 pool_default            6 0.00 0.01
# svcs pools
STATE          STIME    FMRI
online          9:05:25 svc:/system/pools:default
=== poolcfg discover: the running configuration written to the file, then edited (§1.3)
config: zones-guest
domain: ldg1
--- input
poolcfg -c discover
echo $?
pooladm -e
poolcfg -dc 'create pool pool_d'
poolcfg -c 'discover create pool pool_e' /var/tmp/new.conf
echo $?
poolcfg -dc discover
echo $?
pooladm -c /var/tmp/new.conf
poolstat
--- output
# poolcfg -c discover
poolcfg: cannot create the configuration, ldg1: Facility is not active
# echo $?
1
# pooladm -e
# poolcfg -dc 'create pool pool_d'
# poolcfg -c 'discover create pool pool_e' /var/tmp/new.conf
# echo $?
0
# poolcfg -dc discover
# echo $?
0
# pooladm -c /var/tmp/new.conf
# poolstat
                              pset
 id pool                 size used load
  2 pool_e                  8 0.00 0.01
  1 pool_d                  8 0.00 0.01
  0 pool_default            8 0.00 0.01
=== poolcfg: an illegal character in the command text is poolcfg's error, not a crash (found by the property test)
--- input
poolcfg -c -e
echo $?
--- output
# poolcfg -c -e
poolcfg: Illegal character at '-'
# echo $?
1
