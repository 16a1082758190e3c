=== T1 setup chapter: configuration mode, SP configuration, power cycle (§4.5, §5.2)
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
ldm list-services primary
ldm set-mau 1 primary
ldm set-vcpu 4 primary
ldm set-memory 4G primary
ldm list
ldm add-config initial
ldm list-config
poweroff
poweron
ldm list
ldm list-config
--- output
# ldm add-vds primary-vds0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm list-services primary
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0

VCC
    NAME             PORT-RANGE
    primary-vcc0     5000-5100

VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    primary-vsw0     00:14:4f:fb:44:d5 e1000g0   switch@0  prog,promisc

# ldm set-mau 1 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-vcpu 4 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-memory 4G primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---cv   SP      32    32704M   0.5%  15d 14h 39m
# ldm add-config initial
# ldm list-config
factory-default
initial [next poweron]
# poweroff
syncing file systems... done
Program terminated
sc> poweron
Sun Fire T200, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 4096 MB memory available, Serial #9332336.
Ethernet address 0:14:4f:8e:66:70, Host ID: 848e6670.
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      4     4G       0.9%  1m
# ldm list-config
factory-default
initial [current]
=== T1 guest to its console and into its zones (§5.3)
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
ldm set-mau 1 primary
ldm set-vcpu 4 primary
ldm set-memory 4G primary
ldm add-config initial
poweroff
poweron
svcadm enable vntsd
svcs vntsd
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 2G ldg1
ldm add-vnet vnet1 primary-vsw0 ldg1
ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1
ldm set-variable auto-boot\?=false ldg1
ldm set-variable boot-device=vdisk1 ldg1
ldm bind-domain ldg1
ldm list-domain ldg1
ldm start-domain ldg1
ldm list
telnet localhost 5000
devalias
printenv auto-boot?
boot
root
zonename
uname -n
psrinfo
ldm list
~.
ldm list
ldm list-bindings ldg1
--- output
# ldm add-vds primary-vds0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-mau 1 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-vcpu 4 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-memory 4G primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-config initial
# poweroff
syncing file systems... done
Program terminated
sc> poweron
Sun Fire T200, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 4096 MB memory available, Serial #9332336.
Ethernet address 0:14:4f:8e:66:70, Host ID: 848e6670.
# svcadm enable vntsd
# svcs vntsd
STATE          STIME    FMRI
online          9:03:00 svc:/ldoms/vntsd:default
# ldm add-domain ldg1
# ldm add-vcpu 8 ldg1
# ldm add-memory 2G ldg1
# ldm add-vnet vnet1 primary-vsw0 ldg1
# ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
# ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1
# ldm set-variable auto-boot\?=false ldg1
# ldm set-variable boot-device=vdisk1 ldg1
# ldm bind-domain ldg1
# ldm list-domain ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             bound    -----   5000    8     2G
# ldm start-domain ldg1
LDom ldg1 started
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      4     4G       0.9%  1m
ldg1             active   -t---   5000    8     2G       0.3%  0s
# telnet localhost 5000
Trying 127.0.0.1...
Connected to localhost.
Escape character is '^]'.

Connecting to console "ldg1" in group "ldg1" ....
Press ~? for control options ..

{0} ok devalias
vdisk1                  /virtual-devices@100/channel-devices@200/disk@0
vnet1                   /virtual-devices@100/channel-devices@200/network@0
disk                    /virtual-devices@100/channel-devices@200/disk@0
net                     /virtual-devices@100/channel-devices@200/network@0
virtual-console         /virtual-devices/console@1
name                    aliases
{0} ok printenv auto-boot?
auto-boot? =  false
{0} ok boot
Boot device: /virtual-devices@100/channel-devices@200/disk@0  File and args: 
SunOS Release 5.10 Version Generic_141444-09 64-bit
Copyright 1983-2009 Sun Microsystems, Inc.  All rights reserved.
Use is subject to license terms.
Hostname: ldg1

ldg1 console login: root
# zonename
global
# uname -n
ldg1
# psrinfo
0	on-line   since 01/04/2010 09:04:35
1	on-line   since 01/04/2010 09:04:35
2	on-line   since 01/04/2010 09:04:35
3	on-line   since 01/04/2010 09:04:35
4	on-line   since 01/04/2010 09:04:35
5	on-line   since 01/04/2010 09:04:35
6	on-line   since 01/04/2010 09:04:35
7	on-line   since 01/04/2010 09:04:35
# ldm list
ldm: not found
# ~.

Connection to localhost closed by foreign host.
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      4     4G       0.5%  3m
ldg1             active   -n---   5000    8     2G       0.8%  1m
# ldm list-bindings ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -n---   5000    8     2G       0.8%  1m

VCPU
    VID    PID    UTIL STRAND
    0      4      0.4%   100%
    1      5      1.0%   100%
    2      6      0.6%   100%
    3      7      0.8%   100%
    4      8      1.2%   100%
    5      9      0.9%   100%
    6      10     0.6%   100%
    7      11     0.1%   100%

MEMORY
    RA               PA               SIZE
    0x4000000        0x104000000      2G

VARIABLES
    auto-boot?=false
    boot-device=vdisk1

NETWORK
    NAME             SERVICE                   DEVICE     MAC
    vnet1            primary-vsw0@primary      network@0  00:14:4f:fb:d7:2e
        PEER                        MAC
        primary-vsw0@primary        00:14:4f:fb:44:d5

DISK
    NAME             VOLUME                      DEVICE     SERVER
    vdisk1           vol1@primary-vds0           disk@0     primary

VCONS
    NAME             SERVICE                     PORT
    ldg1             primary-vcc0@primary        5000

=== list-devices -a after the split (T08 layout)
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 1 primary
ldm set-vcpu 4 primary
ldm set-memory 768M primary
ldm add-config split
poweroff
poweron
ldm add-domain ldg1 ldg2
ldm add-vcpu 1 ldg1
ldm add-memory 512M ldg1
ldm add-vcpu 1 ldg2
ldm add-crypto 1 ldg2
ldm add-memory 8M ldg2
ldm bind ldg1
ldm bind ldg2
ldm list-devices -a
ldm list-devices memory
ldm list-devices -a -p cpu
ldm list -o memory ldg1
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-mau 1 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-vcpu 4 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-memory 768M primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-config split
# poweroff
syncing file systems... done
Program terminated
sc> poweron
Sun Fire T200, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 768 MB memory available, Serial #9332336.
Ethernet address 0:14:4f:8e:66:70, Host ID: 848e6670.
# ldm add-domain ldg1 ldg2
# ldm add-vcpu 1 ldg1
# ldm add-memory 512M ldg1
# ldm add-vcpu 1 ldg2
# ldm add-crypto 1 ldg2
# ldm add-memory 8M ldg2
# ldm bind ldg1
# ldm bind ldg2
# ldm list-devices -a
VCPU
    PID     %FREE      PM
    0       0          no
    1       0          no
    2       0          no
    3       0          no
    4       0          yes
    5       0          yes
    6       100        ---
    7       100        ---
    8       100        ---
    9       100        ---
    10      100        ---
    11      100        ---
    12      100        ---
    13      100        ---
    14      100        ---
    15      100        ---
    16      100        ---
    17      100        ---
    18      100        ---
    19      100        ---
    20      100        ---
    21      100        ---
    22      100        ---
    23      100        ---
    24      100        ---
    25      100        ---
    26      100        ---
    27      100        ---
    28      100        ---
    29      100        ---
    30      100        ---
    31      100        ---

MAU
    CPUSET                                  BOUND
    (0, 1, 2, 3)                            primary
    (4, 5, 6, 7)                            ldg2
    (8, 9, 10, 11)
    (12, 13, 14, 15)
    (16, 17, 18, 19)
    (20, 21, 22, 23)
    (24, 25, 26, 27)
    (28, 29, 30, 31)

MEMORY
    PA                   SIZE            BOUND
    0x0                  512K            _sys_
    0x80000              1536K           _sys_
    0x200000             62M             _sys_
    0x4000000            768M            primary
    0x34000000           512M            ldg1
    0x54000000           8M              ldg2
    0x54800000           31416M

IO
    DEVICE           PSEUDONYM        BOUND   OPTIONS
    pci@780          bus_a            yes
    pci@7c0          bus_b            yes

# ldm list-devices memory
MEMORY
    PA                   SIZE
    0x54800000           31416M

# ldm list-devices -a -p cpu
VERSION 1.4
VCPU
|pid=0|free=0|pm=no
|pid=1|free=0|pm=no
|pid=2|free=0|pm=no
|pid=3|free=0|pm=no
|pid=4|free=0|pm=yes
|pid=5|free=0|pm=yes
|pid=6|free=100|pm=
|pid=7|free=100|pm=
|pid=8|free=100|pm=
|pid=9|free=100|pm=
|pid=10|free=100|pm=
|pid=11|free=100|pm=
|pid=12|free=100|pm=
|pid=13|free=100|pm=
|pid=14|free=100|pm=
|pid=15|free=100|pm=
|pid=16|free=100|pm=
|pid=17|free=100|pm=
|pid=18|free=100|pm=
|pid=19|free=100|pm=
|pid=20|free=100|pm=
|pid=21|free=100|pm=
|pid=22|free=100|pm=
|pid=23|free=100|pm=
|pid=24|free=100|pm=
|pid=25|free=100|pm=
|pid=26|free=100|pm=
|pid=27|free=100|pm=
|pid=28|free=100|pm=
|pid=29|free=100|pm=
|pid=30|free=100|pm=
|pid=31|free=100|pm=
# ldm list -o memory ldg1
NAME
ldg1

MEMORY
    RA               PA               SIZE
    0x4000000        0x34000000       512M

