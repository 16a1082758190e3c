=== prctl -n NAME -i zone: the configured value, then the system one (§2.1, prctl.c print_rctls)
config: runtime
--- input
prctl -n zone.cpu-shares -i zone web1
prctl -n zone.max-lwps -i zone web1
prctl -n zone.max-swap -i zone 1
prctl -n zone.max-locked-memory -i zone web1
prctl -n zone.cpu-shares -i zone global
prctl -n zone.cpu-shares -i zone s8 web1
--- output
# prctl -n zone.cpu-shares -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         20       -   none                                 -
        system          65.5K     max   none                                 -
# prctl -n zone.max-lwps -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-lwps
        privileged        300       -   deny                                 -
        system          2.15G     max   deny                                 -
# prctl -n zone.max-swap -i zone 1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-swap
        privileged      1.00GB      -   deny                                 -
        system          16.0EB    max   deny                                 -
# prctl -n zone.max-locked-memory -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-locked-memory
        privileged       256MB      -   deny                                 -
        system          16.0EB    max   deny                                 -
# prctl -n zone.cpu-shares -i zone global
zone: 0: global
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged          1       -   none                                 -
        system          65.5K     max   none                                 -
# prctl -n zone.cpu-shares -i zone s8 web1
zone: 2: s8
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged          1       -   none                                 -
        system          65.5K     max   none                                 -

zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         20       -   none                                 -
        system          65.5K     max   none                                 -
=== prctl -i zone without -n lists every zone rctl; -P is parseable; -t picks a privilege
config: runtime
--- input
prctl -i zone web1
prctl -P -i zone s8
prctl -t privileged -n zone.max-lwps -i zone web1
prctl -P -t system -n zone.max-swap -i zone web1
--- output
# prctl -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         20       -   none                                 -
        system          65.5K     max   none                                 -
zone.cpu-cap
        system          4.29G     inf   deny                                 -
zone.max-lwps
        privileged        300       -   deny                                 -
        system          2.15G     max   deny                                 -
zone.max-shm-memory
        system          16.0EB    max   deny                                 -
zone.max-shm-ids
        system          16.8M     max   deny                                 -
zone.max-sem-ids
        system          16.8M     max   deny                                 -
zone.max-msg-ids
        system          16.8M     max   deny                                 -
zone.max-locked-memory
        privileged       256MB      -   deny                                 -
        system          16.0EB    max   deny                                 -
zone.max-swap
        privileged      1.00GB      -   deny                                 -
        system          16.0EB    max   deny                                 -
# prctl -P -i zone s8
zone: 2: s8
zone.cpu-shares privileged 1 - none -
zone.cpu-shares system 65535 max none -
zone.cpu-cap system 4294967295 inf deny -
zone.max-lwps system 2147483647 max deny -
zone.max-shm-memory system 18446744073709551615 max deny -
zone.max-shm-ids system 16777216 max deny -
zone.max-sem-ids system 16777216 max deny -
zone.max-msg-ids system 16777216 max deny -
zone.max-locked-memory system 18446744073709551615 max deny -
zone.max-swap system 18446744073709551615 max deny -
# prctl -t privileged -n zone.max-lwps -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-lwps
        privileged        300       -   deny                                 -
# prctl -P -t system -n zone.max-swap -i zone web1
zone: 1: web1
zone.max-swap system 18446744073709551615 max deny -
=== prctl -i process: the rctls of the process's zone (only zone rctls are modelled)
config: runtime
--- input
prctl -n zone.cpu-shares 1040
prctl -n zone.max-lwps -i pid 1
prctl -n zone.cpu-shares 1003
echo $?
prctl -n zone.cpu-shares 4242
echo $?
--- output
# prctl -n zone.cpu-shares 1040
process: 1040: /sbin/init
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         20       -   none                                 -
        system          65.5K     max   none                                 -
# prctl -n zone.max-lwps -i pid 1
process: 1: /sbin/init
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-lwps
        system          2.15G     max   deny                                 -
# prctl -n zone.cpu-shares 1003
process: 1003: zsched [ system process ]
# echo $?
0
# prctl -n zone.cpu-shares 4242
prctl: 4242: No controllable process found in task, project, or zone.
# echo $?
1
=== prctl -r changes a running zone's rctl until it halts: zonecfg keeps the configured value, a reboot restores it
config: runtime
--- input
prctl -n zone.cpu-shares -v 50 -r -i zone web1
echo $?
prctl -n zone.cpu-shares -i zone web1
zonecfg -z web1 info cpu-shares
prctl -n zone.cpu-shares -v 2 -r -i zone global
prctl -P -n zone.cpu-shares -i zone global
zoneadm -z web1 reboot
prctl -n zone.cpu-shares -i zone web1
prctl -n zone.max-lwps -v 1k -r -i zone web1
prctl -n zone.max-swap -v 2g -r -i zone web1
prctl -n zone.max-lwps -n zone.max-swap -i zone web1
prctl -n zone.max-swap -i zone web1
zoneadm -z web1 halt
zoneadm -z web1 boot
prctl -P -n zone.max-swap -i zone web1
--- output
# prctl -n zone.cpu-shares -v 50 -r -i zone web1
# echo $?
0
# prctl -n zone.cpu-shares -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         50       -   none                                 -
        system          65.5K     max   none                                 -
# zonecfg -z web1 info cpu-shares
[cpu-shares: 20]
# prctl -n zone.cpu-shares -v 2 -r -i zone global
# prctl -P -n zone.cpu-shares -i zone global
zone: 0: global
zone.cpu-shares privileged 2 - none -
zone.cpu-shares system 65535 max none -
# zoneadm -z web1 reboot
# prctl -n zone.cpu-shares -i zone web1
zone: 3: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         20       -   none                                 -
        system          65.5K     max   none                                 -
# prctl -n zone.max-lwps -v 1k -r -i zone web1
# prctl -n zone.max-swap -v 2g -r -i zone web1
# prctl -n zone.max-lwps -n zone.max-swap -i zone web1
zone: 3: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-swap
        privileged      2.00GB      -   deny                                 -
        system          16.0EB    max   deny                                 -
# prctl -n zone.max-swap -i zone web1
zone: 3: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-swap
        privileged      2.00GB      -   deny                                 -
        system          16.0EB    max   deny                                 -
# zoneadm -z web1 halt
# zoneadm -z web1 boot
# prctl -P -n zone.max-swap -i zone web1
zone: 4: web1
zone.max-swap privileged 1073741824 - deny -
zone.max-swap system 18446744073709551615 max deny -
=== prctl -s adds a value, -x deletes one; -s on a zone rctl wants -t privileged (§2.1)
config: runtime
--- input
prctl -n zone.max-shm-ids -v 100 -t privileged -s -i zone web1
prctl -n zone.max-shm-ids -i zone web1
prctl -n zone.max-shm-ids -v 100 -t privileged -s -i zone web1
echo $?
prctl -n zone.max-shm-ids -v 100 -t privileged -x -i zone web1
prctl -n zone.max-shm-ids -i zone web1
prctl -n zone.max-shm-ids -v 100 -x -i zone web1
echo $?
prctl -n zone.max-sem-ids -v 10 -r -i zone web1
echo $?
--- output
# prctl -n zone.max-shm-ids -v 100 -t privileged -s -i zone web1
# prctl -n zone.max-shm-ids -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-shm-ids
        privileged        100       -   none                                 -
        system          16.8M     max   deny                                 -
# prctl -n zone.max-shm-ids -v 100 -t privileged -s -i zone web1
1040:	/sbin/init
prctl: resource control already exists
# echo $?
1
# prctl -n zone.max-shm-ids -v 100 -t privileged -x -i zone web1
# prctl -n zone.max-shm-ids -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-shm-ids
        system          16.8M     max   deny                                 -
# prctl -n zone.max-shm-ids -v 100 -x -i zone web1
1040:	/sbin/init
prctl: no matching resource control found for deletion
# echo $?
1
# prctl -n zone.max-sem-ids -v 10 -r -i zone web1
1040:	/sbin/init
prctl: cannot modify system values
# echo $?
1
=== prctl's usage errors, in prctl.c's order (usage, exit 2)
config: runtime
--- input
prctl
echo $?
prctl -i nosuch web1
echo $?
prctl -n zone.max-lwps -r -i zone web1
echo $?
prctl -s -i zone web1
echo $?
prctl -n zone.max-lwps -v 500 -s -i zone web1
echo $?
prctl -n zone.max-lwps -v 500 -t basic -s -i zone web1
echo $?
prctl -n zone.max-lwps -v 500 -t system -r -i zone web1
echo $?
prctl -n zone.max-lwps -v lots -r -i zone web1
echo $?
prctl -n zone.max-lwps -v 3000000000 -r -i zone web1
echo $?
prctl -n zone.cpu-shares -e deny -i zone web1
echo $?
prctl -P -n zone.max-lwps -v 5 -r -i zone web1
echo $?
prctl -n zone.max-lwps -v 5 -r -x -i zone web1
echo $?
prctl -t root -i zone web1
echo $?
--- output
# prctl
prctl: no arguments specified
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -i nosuch web1
prctl: unknown idtype nosuch
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -r -i zone web1
prctl: option -r requires use of option -v
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -s -i zone web1
prctl: -n is required with -s, -r, -x, -e, or -d
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -v 500 -s -i zone web1
prctl: -p pid required when setting or replacing task or project rctl
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -v 500 -t basic -s -i zone web1
prctl: basic values not allowed on rctl zone.max-lwps
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -v 500 -t system -r -i zone web1
prctl: cannot modify system values
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -v lots -r -i zone web1
prctl: invalid -v value lots
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -v 3000000000 -r -i zone web1
prctl: -v value 3000000000 exceeds system limit for resource control: zone.max-lwps
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.cpu-shares -e deny -i zone web1
prctl: unable to enable deny on rctl with global flag 'no-deny'
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -P -n zone.max-lwps -v 5 -r -i zone web1
prctl: -P not valid when manipulating resource control values
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -n zone.max-lwps -v 5 -r -x -i zone web1
prctl: options -s, -r, and -x are exclusive
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
# prctl -t root -i zone web1
prctl: unknown privilege root
usage:
    Report resource control values and actions:
	prctl [-P] [-t [basic | privileged | system]
	[-n name] [-i process | task | project | zone] id ...
	-P space delimited output
	-t privilege level of rctl values to get
	-n name of resource control values to get
	-i idtype of operand list
    Manipulate resource control values:
	prctl [-t [basic | privileged | system]
	-n name [-srx] [-v value] [-p pid ] [-e | -d action]
	[-i process | task | project | zone] id ...
	-t privilege level of rctl value to set/replace/delete/modify
	-n name of resource control to set/replace/delete/modify
	-s set new resource control value
	-r replace first rctl value of matching privilege
	-x delete first rctl value of matching privilege, value, and 
	   recipient pid
	-v value of rctl to set/replace/delete/modify
	-p recipient pid of rctl to set/replace/delete/modify
	-e enable action of first rctl value of matching privilege,
	   value, and recipient pid
	-d disable action of first rctl value of matching privilege,
	   value, and recipient pid
	-i idtype of operand list
# echo $?
2
=== prctl's errors on operands (exit 1)
config: runtime
--- input
prctl -n zone.cpu-shares -i zone nosuch
echo $?
prctl -n zone.cpu-shares -i zone db1
echo $?
prctl -n zone.nosuch -i zone web1
echo $?
prctl -i project 1
echo $?
prctl -i task 1
echo $?
--- output
# prctl -n zone.cpu-shares -i zone nosuch
prctl: nosuch: unknown zone
# echo $?
1
# prctl -n zone.cpu-shares -i zone db1
prctl: db1: unknown zone
# echo $?
1
# prctl -n zone.nosuch -i zone web1
prctl: failed to get resource control for zone.nosuch: Invalid argument
# echo $?
1
# prctl -i project 1
prctl: 1: cannot find project
# echo $?
1
# prctl -i task 1
prctl: 1: No controllable process found in task, project, or zone.
# echo $?
1
=== inside a zone prctl sees its own zone; the global zone has no visible process, other zones are unknown
config: runtime
--- input
zlogin web1 prctl -n zone.cpu-shares -i zone web1
zlogin web1 prctl -n zone.cpu-shares -i zone global
echo $?
zlogin web1 prctl -n zone.cpu-shares -i zone s8
echo $?
zlogin web1 prctl -n zone.cpu-shares -v 5 -r -i zone web1
echo $?
--- output
# zlogin web1 prctl -n zone.cpu-shares -i zone web1
zone: 1: web1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.cpu-shares
        privileged         20       -   none                                 -
        system          65.5K     max   none                                 -
# zlogin web1 prctl -n zone.cpu-shares -i zone global
prctl: global: No controllable process found in task, project, or zone.
# echo $?
1
# zlogin web1 prctl -n zone.cpu-shares -i zone s8
prctl: s8: unknown zone
# echo $?
1
# zlogin web1 prctl -n zone.cpu-shares -v 5 -r -i zone web1
1040:	/sbin/init
prctl: cannot set process privileges for pid 1040: Not owner
# echo $?
1
=== rctladm -l: each zone rctl's syslog state and global flags (§2.2, rctladm.c)
config: runtime
--- input
rctladm -l
rctladm zone.max-swap zone.cpu-shares
rctladm -l zone.nosuch
echo $?
--- output
# rctladm -l
zone.cpu-shares             syslog=n/a     [ no-basic no-deny no-signal no-syslog count ]
zone.cpu-cap                syslog=n/a     [ no-basic deny no-signal inf no-syslog count ]
zone.max-lwps               syslog=off     [ no-basic count ]
zone.max-shm-memory         syslog=off     [ no-basic deny bytes ]
zone.max-shm-ids            syslog=off     [ no-basic deny count ]
zone.max-sem-ids            syslog=off     [ no-basic deny count ]
zone.max-msg-ids            syslog=off     [ no-basic deny count ]
zone.max-locked-memory      syslog=off     [ no-basic deny bytes ]
zone.max-swap               syslog=off     [ no-basic deny bytes ]
# rctladm zone.max-swap zone.cpu-shares
zone.max-swap               syslog=off     [ no-basic deny bytes ]
zone.cpu-shares             syslog=n/a     [ no-basic no-deny no-signal no-syslog count ]
# rctladm -l zone.nosuch
rctladm: unknown resource control: zone.nosuch
# echo $?
1
=== a zonecfg change to a running zone's rctls waits for its next boot
config: runtime
--- input
zonecfg -z web1 "set cpu-shares=80; set max-lwps=1000"
prctl -P -n zone.cpu-shares -i zone web1
prctl -P -n zone.max-lwps -i zone web1
zoneadm -z web1 reboot
prctl -P -n zone.cpu-shares -i zone web1
prctl -P -n zone.max-lwps -i zone web1
zonecfg -z db1 "set max-lwps=500"
zoneadm -z db1 ready
prctl -n zone.max-lwps -i zone db1
zoneadm -z db1 boot
prctl -n zone.max-lwps -i zone db1
--- output
# zonecfg -z web1 "set cpu-shares=80; set max-lwps=1000"
# prctl -P -n zone.cpu-shares -i zone web1
zone: 1: web1
zone.cpu-shares privileged 20 - none -
zone.cpu-shares system 65535 max none -
# prctl -P -n zone.max-lwps -i zone web1
zone: 1: web1
zone.max-lwps privileged 300 - deny -
zone.max-lwps system 2147483647 max deny -
# zoneadm -z web1 reboot
# prctl -P -n zone.cpu-shares -i zone web1
zone: 3: web1
zone.cpu-shares privileged 80 - none -
zone.cpu-shares system 65535 max none -
# prctl -P -n zone.max-lwps -i zone web1
zone: 3: web1
zone.max-lwps privileged 1000 - deny -
zone.max-lwps system 2147483647 max deny -
# zonecfg -z db1 "set max-lwps=500"
# zoneadm -z db1 ready
# prctl -n zone.max-lwps -i zone db1
prctl: db1: No controllable process found in task, project, or zone.
# zoneadm -z db1 boot
# prctl -n zone.max-lwps -i zone db1
zone: 4: db1
NAME    PRIVILEGE       VALUE    FLAG   ACTION                       RECIPIENT
zone.max-lwps
        privileged        500       -   deny                                 -
        system          2.15G     max   deny                                 -
=== rctladm -e syslog[=level] and -d syslog|all change a control's syslog action (rctladm.c)
config: runtime
--- input
rctladm -e syslog zone.max-lwps
rctladm -e syslog=WARNING zone.max-swap zone.max-shm-ids
rctladm -l zone.max-lwps zone.max-swap zone.max-shm-ids
rctladm -d syslog zone.max-swap
rctladm -d all zone.max-shm-ids
rctladm zone.max-lwps zone.max-swap zone.max-shm-ids
rctladm -e syslog zone.cpu-shares
echo $?
rctladm -e syslog=loud zone.max-lwps
echo $?
rctladm -e shout zone.max-lwps
echo $?
rctladm -d none zone.max-lwps
echo $?
rctladm -e syslog zone.nosuch
echo $?
zlogin web1 rctladm -e syslog zone.max-swap
echo $?
rctladm -e none zone.max-lwps
rctladm zone.max-lwps
--- output
# rctladm -e syslog zone.max-lwps
# rctladm -e syslog=WARNING zone.max-swap zone.max-shm-ids
# rctladm -l zone.max-lwps zone.max-swap zone.max-shm-ids
zone.max-lwps               syslog=notice  [ no-basic count ]
zone.max-swap               syslog=warning [ no-basic deny bytes ]
zone.max-shm-ids            syslog=warning [ no-basic deny count ]
# rctladm -d syslog zone.max-swap
# rctladm -d all zone.max-shm-ids
# rctladm zone.max-lwps zone.max-swap zone.max-shm-ids
zone.max-lwps               syslog=notice  [ no-basic count ]
zone.max-swap               syslog=off     [ no-basic deny bytes ]
zone.max-shm-ids            syslog=off     [ no-basic deny count ]
# rctladm -e syslog zone.cpu-shares
rctladm: "syslog" action not valid for zone.cpu-shares
# echo $?
1
# rctladm -e syslog=loud zone.max-lwps
rctladm: unknown syslog priority "loud"
# echo $?
1
# rctladm -e shout zone.max-lwps
rctladm: unknown action "shout"
# echo $?
1
# rctladm -d none zone.max-lwps
rctladm: unknown action "none"
# echo $?
1
# rctladm -e syslog zone.nosuch
rctladm: unable to obtain resource control block: No such process
# echo $?
1
# zlogin web1 rctladm -e syslog zone.max-swap
rctladm: unable to update control block contents: Not owner
# echo $?
1
# rctladm -e none zone.max-lwps
# rctladm zone.max-lwps
zone.max-lwps               syslog=off     [ no-basic count ]
=== rctladm's usage errors (exit 2)
config: runtime
--- input
rctladm -l -e syslog zone.max-lwps
echo $?
rctladm -e syslog -d all zone.max-lwps
echo $?
rctladm -e syslog -e syslog=info zone.max-lwps
echo $?
rctladm -e syslog
echo $?
rctladm -x
echo $?
rctladm -u
echo $?
--- output
# rctladm -l -e syslog zone.max-lwps
rctladm: -l, -d, and -e flags are exclusive
Usage:	rctladm -l
	rctladm -u
	rctladm -e actions -d actions rctl_name
# echo $?
2
# rctladm -e syslog -d all zone.max-lwps
rctladm: -d and -e flags are exclusive
Usage:	rctladm -l
	rctladm -u
	rctladm -e actions -d actions rctl_name
# echo $?
2
# rctladm -e syslog -e syslog=info zone.max-lwps
rctladm: only one -d or -e flag per line
Usage:	rctladm -l
	rctladm -u
	rctladm -e actions -d actions rctl_name
# echo $?
2
# rctladm -e syslog
rctladm: must specify one or more resource control names
Usage:	rctladm -l
	rctladm -u
	rctladm -e actions -d actions rctl_name
# echo $?
2
# rctladm -x
rctladm: illegal option -- x
Usage:	rctladm -l
	rctladm -u
	rctladm -e actions -d actions rctl_name
# echo $?
2
# rctladm -u
# echo $?
0
