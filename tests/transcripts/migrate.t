=== a running domain migrates warm: -n first changes nothing, then it leaves the source
config: migrate
host: t5220-a
status: 1
--- input
echo secret > /var/tmp/pw
ldm list
ldm migrate-domain -n -p /var/tmp/pw ldg1 t5220-b
echo $?
ldm list ldg1
ldm migrate-domain -p /var/tmp/pw ldg1 root@t5220-b
echo $?
ldm list
ldm list ldg1
--- output
# echo secret > /var/tmp/pw
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.5%  9m
ldg1             active   -n---   5000    4     2G       0.4%  8m
ldg2             bound    -----   5001    8     4G
ldg3             inactive -----           16    8G
ldg4             active   -n---   5002    8     1G       0.4%  6m
ldg5             active   -t---   5003    1     512M     0.2%  4m
# ldm migrate-domain -n -p /var/tmp/pw ldg1 t5220-b
# echo $?
0
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -n---   5000    4     2G       0.4%  8m
# ldm migrate-domain -p /var/tmp/pw ldg1 root@t5220-b
# echo $?
0
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.5%  10m
ldg2             bound    -----   5001    8     4G
ldg3             inactive -----           16    8G
ldg4             active   -n---   5002    8     1G       0.4%  6m
ldg5             active   -t---   5003    1     512M     0.2%  5m
# ldm list ldg1
LDom ldg1 does not exist
=== a bound domain migrates cold, renamed on the target; an inactive one needs nothing there
config: migrate
host: t5220-a
--- input
echo secret > /var/tmp/pw
ldm migrate -p /var/tmp/pw ldg2 t5220-b:web2
ldm migrate-domain -p /var/tmp/pw ldg3 t2000-a
echo $?
ldm list
ldm list-devices memory
--- output
# echo secret > /var/tmp/pw
# ldm migrate -p /var/tmp/pw ldg2 t5220-b:web2
# ldm migrate-domain -p /var/tmp/pw ldg3 t2000-a
# echo $?
0
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.5%  9m
ldg1             active   -n---   5000    4     2G       0.4%  8m
ldg4             active   -n---   5002    8     1G       0.4%  6m
ldg5             active   -t---   5003    1     512M     0.2%  5m
# ldm list-devices memory
MEMORY
    PA                   SIZE
    0x188000000          4G
    0x2e8000000          20864M

=== the target's password is asked on the terminal
config: migrate
host: t5220-a
interactive: yes
--- input
ldm migrate-domain ldg1 t5220-b
s3cret
echo $?
ldm list
ldm migrate-domain ldg2 t5220-b < /dev/null
echo $?
--- output
# ldm migrate-domain ldg1 t5220-b
Target Password:
# echo $?
0
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.5%  10m
ldg2             bound    -----   5001    8     4G
ldg3             inactive -----           16    8G
ldg4             active   -n---   5002    8     1G       0.4%  6m
ldg5             active   -t---   5003    1     512M     0.2%  5m
# ldm migrate-domain ldg2 t5220-b < /dev/null
Unable to read the target password: no terminal (use -p <filename>)
Domain Migration of LDom ldg2 failed
# echo $?
1
=== without a terminal the password comes from a file, or the migration fails
config: migrate
host: t5220-a
--- input
ldm migrate-domain ldg1 t5220-b
echo $?
ldm migrate-domain -p /var/tmp/nosuch ldg1 t5220-b
echo $?
ldm list ldg1
--- output
# ldm migrate-domain ldg1 t5220-b
Unable to read the target password: no terminal (use -p <filename>)
Domain Migration of LDom ldg1 failed
# echo $?
1
# ldm migrate-domain -p /var/tmp/nosuch ldg1 t5220-b
Unable to read the password file /var/tmp/nosuch
Domain Migration of LDom ldg1 failed
# echo $?
1
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -n---   5000    4     2G       0.4%  8m
=== what LDoms 1.3 cannot migrate while the domain runs, and what a cold migration needs
config: migrate
host: t5220-a
--- input
echo secret > /var/tmp/pw
ldm migrate-domain -p /var/tmp/pw ldg4 t5220-b
ldm migrate-domain -p /var/tmp/pw ldg5 t5220-b
ldm migrate-domain -p /var/tmp/pw ldg1 t2000-a
ldm stop ldg4
ldm migrate-domain -p /var/tmp/pw ldg4 t2000-a
ldm unbind ldg4
ldm migrate-domain -p /var/tmp/pw ldg4 t2000-a
echo $?
--- output
# echo secret > /var/tmp/pw
# ldm migrate-domain -p /var/tmp/pw ldg4 t5220-b
LDom ldg4 has bound cryptographic units: remove them (ldm set-crypto 0 ldg4) before migrating it while it is active
Domain Migration of LDom ldg4 failed
# ldm migrate-domain -p /var/tmp/pw ldg5 t5220-b
LDom ldg5 is active but its operating system is not running
Domain Migration of LDom ldg5 failed
# ldm migrate-domain -p /var/tmp/pw ldg1 t2000-a
The processor of target t2000-a (UltraSPARC-T1 1200 MHz) differs from this machine's (UltraSPARC-T2 1400 MHz)
Domain Migration of LDom ldg1 failed
# ldm stop ldg4
LDom ldg4 stopped
# ldm migrate-domain -p /var/tmp/pw ldg4 t2000-a
Virtual disk server primary-vds0 does not exist
Domain Migration of LDom ldg4 failed
# ldm unbind ldg4
# ldm migrate-domain -p /var/tmp/pw ldg4 t2000-a
# echo $?
0
=== the target must be another machine of the cluster whose manager answers
config: migrate
host: t5220-a
--- input
echo secret > /var/tmp/pw
ldm migrate-domain -p /var/tmp/pw ldg2 nosuch
ldm migrate-domain -p /var/tmp/pw ldg2 t5220-a
ldm migrate-domain -p /var/tmp/pw ldg2 t5240-a
ldm migrate-domain -p /var/tmp/pw ldg2 admin@t5220-b
ldm migrate-domain -p /var/tmp/pw primary t5220-b
ldm migrate-domain -p /var/tmp/pw ldg9 t5220-b
ldm migrate-domain -p /var/tmp/pw ldg2 t5220-b:bad/name
ldm migrate-domain -p /var/tmp/pw ldg2
echo $?
ldm migrate-domain -x ldg2 t5220-b
ldm list
--- output
# echo secret > /var/tmp/pw
# ldm migrate-domain -p /var/tmp/pw ldg2 nosuch
Failed to establish connection with ldmd(1m) on target: nosuch
Domain Migration of LDom ldg2 failed
# ldm migrate-domain -p /var/tmp/pw ldg2 t5220-a
The target t5220-a is the source machine
Domain Migration of LDom ldg2 failed
# ldm migrate-domain -p /var/tmp/pw ldg2 t5240-a
The Logical Domains Manager on target t5240-a (2.2) is not compatible with this one (1.3)
Domain Migration of LDom ldg2 failed
# ldm migrate-domain -p /var/tmp/pw ldg2 admin@t5220-b
Authentication failed for user admin on target t5220-b
Domain Migration of LDom ldg2 failed
# ldm migrate-domain -p /var/tmp/pw primary t5220-b
Operation not supported on the control domain
Domain Migration of LDom primary failed
# ldm migrate-domain -p /var/tmp/pw ldg9 t5220-b
LDom ldg9 does not exist
Domain Migration of LDom ldg9 failed
# ldm migrate-domain -p /var/tmp/pw ldg2 t5220-b:bad/name
Invalid name: bad/name
Domain Migration of LDom ldg2 failed
# ldm migrate-domain -p /var/tmp/pw ldg2
Usage:
    ldm migrate-domain [-n] [-p <filename>] <source-ldom> [<user>@]<target-host>[:<target-ldom>]
# echo $?
1
# ldm migrate-domain -x ldg2 t5220-b
Invalid option: -x
Usage:
    ldm migrate-domain [-n] [-p <filename>] <source-ldom> [<user>@]<target-host>[:<target-ldom>]
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.5%  9m
ldg1             active   -n---   5000    4     2G       0.4%  8m
ldg2             bound    -----   5001    8     4G
ldg3             inactive -----           16    8G
ldg4             active   -n---   5002    8     1G       0.4%  6m
ldg5             active   -t---   5003    1     512M     0.2%  4m
=== a delayed reconfiguration on the source stops every migration
config: migrate
host: t5220-a
--- input
echo secret > /var/tmp/pw
ldm set-memory 8G primary
ldm migrate-domain -p /var/tmp/pw ldg3 t5220-b
echo $?
--- output
# echo secret > /var/tmp/pw
# ldm set-memory 8G primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm migrate-domain -p /var/tmp/pw ldg3 t5220-b
A delayed reconfiguration is pending on LDom primary of t5220-a; no domain can be migrated until it reboots
Domain Migration of LDom ldg3 failed
# echo $?
1
