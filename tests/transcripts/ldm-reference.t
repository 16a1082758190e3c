=== T03 factory-default control domain of a 64-strand T2, ldmd enabled (LDoms 1.3)
host: t5220-a
--- input
svcadm disable ldmd
ldm list
svcadm enable ldmd
/opt/SUNWldm/bin/ldm list
--- output
# svcadm disable ldmd
# ldm list
Failed to connect to logical domain manager: Connection refused
# svcadm enable ldmd
# /opt/SUNWldm/bin/ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      64    65408M   0.2%  18d 5h 33m
=== T02 short list: the control domain cut down, a guest started at OpenBoot (t)
host: t5220-a
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 0 primary
ldm set-vcpu 4 primary
ldm set-memory 1G primary
shutdown -y -g0 -i6
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 1G ldg1
ldm set-variable auto-boot?=false ldg1
ldm bind ldg1
ldm start ldg1
ldm list
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm set-mau 0 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm set-vcpu 4 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-memory 1G primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm add-domain ldg1
# ldm add-vcpu 8 ldg1
# ldm add-memory 1G ldg1
# ldm set-variable auto-boot?=false ldg1
# ldm bind ldg1
# ldm start ldg1
LDom ldg1 started
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      4     1G       0.9%  1m
ldg1             active   -t---   5000    8     1G       0.5%  0s
=== T04 long list: sections, bypass=on, volumes and options, the 78-dash separator
config: ldoms-guide
--- input
ldm list -l
--- output
# ldm list -l
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      1     768M     0.9%  1m

VCPU
    VID    PID    UTIL STRAND
    0      0      1.7%   100%

MEMORY
    RA               PA               SIZE
    0x4000000        0x4000000        768M

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@780          bus_a
    pci@7c0          bus_b            bypass=on

VCC
    NAME             PORT-RANGE
    vcc0             5000-5100

VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    vsw0             08:00:20:aa:bb:e0 e1000g0   switch@0  prog,promisc

VDS
    NAME             VOLUME         OPTIONS          DEVICE
    vds0             myvol-a        slice            /disk/a
                     myvol-b                         /disk/b
                     myvol-c        ro,slice,excl    /disk/c
    vds1             myvol-d                         /disk/d

VDPCS
    NAME
    vdpcs0
    vdpcs1

------------------------------------------------------------------------------
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             bound    -----   5000    1     512M

VCPU
    VID    PID    UTIL STRAND
    0      1             100%

MEMORY
    RA               PA               SIZE
    0x4000000        0x34000000       512M

NETWORK
    NAME             SERVICE                   DEVICE     MAC
    mynet-b          vsw0@primary              network@0  08:00:20:ab:9a:12
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-a@ldg1                08:00:20:ab:9a:11
        mynet-c@ldg2                08:00:20:ab:9a:22
    NAME             SERVICE                   DEVICE     MAC
    mynet-a          vsw0@primary              network@1  08:00:20:ab:9a:11
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-b@ldg1                08:00:20:ab:9a:12
        mynet-c@ldg2                08:00:20:ab:9a:22

DISK
    NAME             VOLUME                      DEVICE     SERVER
    mydisk-a         myvol-a@vds0                disk@0     primary
    mydisk-b         myvol-b@vds0                disk@1     primary

VDPCC
    NAME             SERVICE
    myvdpcc-a        vdpcs0@primary
    myvdpcc-b        vdpcs0@primary

VCONS
    NAME             SERVICE                     PORT
    mygroup          vcc0@primary                5000

------------------------------------------------------------------------------
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg2             bound    -----   5001    2     8M

VCPU
    VID    PID    UTIL STRAND
    0      2             100%
    1      3             100%

MAU
    CPUSET
    (2, 3)

MEMORY
    RA               PA               SIZE
    0x4000000        0x54000000       8M

NETWORK
    NAME             SERVICE                   DEVICE     MAC
    mynet-c          vsw0@primary              network@0  08:00:20:ab:9a:22
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-b@ldg1                08:00:20:ab:9a:12
        mynet-a@ldg1                08:00:20:ab:9a:11

VCONS
    NAME             SERVICE                     PORT
    ldg2             vcc0@primary                5001

=== T05 extended list: SOFTSTATE, MAC, HOSTID, CONTROL, DEPENDENCY, VLDC and VLDCC
config: ldoms-guide
--- input
ldm list -e
--- output
# ldm list -e
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      1     768M     0.9%  1m

SOFTSTATE
Solaris running

MAC
    00:14:4f:8e:66:70

HOSTID
    0x848e6670

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

VCPU
    VID    PID    UTIL STRAND
    0      0      1.7%   100%

MEMORY
    RA               PA               SIZE
    0x4000000        0x4000000        768M

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@780          bus_a
    pci@7c0          bus_b            bypass=on

VLDC
    NAME
    primary

VCC
    NAME             PORT-RANGE
    vcc0             5000-5100

VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    vsw0             08:00:20:aa:bb:e0 e1000g0   switch@0  prog,promisc

VDS
    NAME             VOLUME         OPTIONS          DEVICE
    vds0             myvol-a        slice            /disk/a
                     myvol-b                         /disk/b
                     myvol-c        ro,slice,excl    /disk/c
    vds1             myvol-d                         /disk/d

VDPCS
    NAME
    vdpcs0
    vdpcs1

VLDCC
    NAME             SERVICE                     DESC
    hvctl            primary@primary             hvctl
    vldcc0           primary@primary             ds
    vldcc1           primary@primary             fma

------------------------------------------------------------------------------
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             bound    -----   5000    1     512M

MAC
    00:14:4f:fb:44:d5

HOSTID
    0x84fb44d5

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

VCPU
    VID    PID    UTIL STRAND
    0      1             100%

MEMORY
    RA               PA               SIZE
    0x4000000        0x34000000       512M

VLDCC
    NAME             SERVICE                     DESC
    vldcc0           primary@primary             ds

NETWORK
    NAME             SERVICE                   DEVICE     MAC
    mynet-b          vsw0@primary              network@0  08:00:20:ab:9a:12
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-a@ldg1                08:00:20:ab:9a:11
        mynet-c@ldg2                08:00:20:ab:9a:22
    NAME             SERVICE                   DEVICE     MAC
    mynet-a          vsw0@primary              network@1  08:00:20:ab:9a:11
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-b@ldg1                08:00:20:ab:9a:12
        mynet-c@ldg2                08:00:20:ab:9a:22

DISK
    NAME             VOLUME                      DEVICE     SERVER
    mydisk-a         myvol-a@vds0                disk@0     primary
    mydisk-b         myvol-b@vds0                disk@1     primary

VDPCC
    NAME             SERVICE
    myvdpcc-a        vdpcs0@primary
    myvdpcc-b        vdpcs0@primary

VCONS
    NAME             SERVICE                     PORT
    mygroup          vcc0@primary                5000

------------------------------------------------------------------------------
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg2             bound    -----   5001    2     8M

MAC
    00:14:4f:f8:e1:19

HOSTID
    0x84f8e119

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

VCPU
    VID    PID    UTIL STRAND
    0      2             100%
    1      3             100%

MAU
    CPUSET
    (2, 3)

MEMORY
    RA               PA               SIZE
    0x4000000        0x54000000       8M

VLDCC
    NAME             SERVICE                     DESC
    vldcc0           primary@primary             ds

NETWORK
    NAME             SERVICE                   DEVICE     MAC
    mynet-c          vsw0@primary              network@0  08:00:20:ab:9a:22
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-b@ldg1                08:00:20:ab:9a:12
        mynet-a@ldg1                08:00:20:ab:9a:11

VCONS
    NAME             SERVICE                     PORT
    ldg2             vcc0@primary                5001

=== T06 bindings of a bound guest: blank UTIL, RA 0x4000000, vnet PEER lists
config: ldoms-guide
--- input
ldm list-bindings ldg1
--- output
# ldm list-bindings ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             bound    -----   5000    1     512M

VCPU
    VID    PID    UTIL STRAND
    0      1             100%

MEMORY
    RA               PA               SIZE
    0x4000000        0x34000000       512M

NETWORK
    NAME             SERVICE                   DEVICE     MAC
    mynet-b          vsw0@primary              network@0  08:00:20:ab:9a:12
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-a@ldg1                08:00:20:ab:9a:11
        mynet-c@ldg2                08:00:20:ab:9a:22
    NAME             SERVICE                   DEVICE     MAC
    mynet-a          vsw0@primary              network@1  08:00:20:ab:9a:11
        PEER                        MAC
        vsw0@primary                08:00:20:aa:bb:e0
        mynet-b@ldg1                08:00:20:ab:9a:12
        mynet-c@ldg2                08:00:20:ab:9a:22

DISK
    NAME             VOLUME                      DEVICE     SERVER
    mydisk-a         myvol-a@vds0                disk@0     primary
    mydisk-b         myvol-b@vds0                disk@1     primary

VDPCC
    NAME             SERVICE
    myvdpcc-a        vdpcs0@primary
    myvdpcc-b        vdpcs0@primary

VCONS
    NAME             SERVICE                     PORT
    mygroup          vcc0@primary                5000

=== T08 all devices: PM yes for the strands of bound guests, MAU of core 0 bound to ldg2
config: ldoms-guide
--- input
ldm list-devices -a
ldm list-devices -a -p cpu
--- output
# ldm list-devices -a
VCPU
    PID     %FREE      PM
    0       0          no
    1       0          yes
    2       0          yes
    3       0          yes
    4       100        ---
    5       100        ---
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
    (0, 1, 2, 3)                            ldg2
    (4, 5, 6, 7)
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
    pci@7c0          bus_b            yes     bypass=on

# ldm list-devices -a -p cpu
VERSION 1.4
VCPU
|pid=0|free=0|pm=no
|pid=1|free=0|pm=yes
|pid=2|free=0|pm=yes
|pid=3|free=0|pm=yes
|pid=4|free=100|pm=
|pid=5|free=100|pm=
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
=== T12 constraints of one domain, human-readable
config: ldoms-guide
--- input
ldm list-constraints ldg1
--- output
# ldm list-constraints ldg1
DOMAIN
ldg1

VCPU
    COUNT
    1

MEMORY
    SIZE
    512M

NETWORK
    NAME         SERVICE                     DEVICE       MAC
    mynet-b      vsw0                        network@0    08:00:20:ab:9a:12
    mynet-a      vsw0                        network@1    08:00:20:ab:9a:11

DISK
    NAME             VOLUME
    mydisk-a         myvol-a@vds0
    mydisk-b         myvol-b@vds0

VDPCC
    NAME             SERVICE
    myvdpcc-a        vdpcs0@primary
    myvdpcc-b        vdpcs0@primary

VCONS
    NAME             SERVICE
    mygroup          vcc0

=== T07 long parseable list of the control domain and two running guests
host: t5220-a
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
ldm set-mau 0 primary
ldm set-vcpu 4 primary
ldm set-memory 1G primary
shutdown -y -g0 -i6
ldm add-vdsdev /opt/ldoms/testdisk.1 disk-ldg1@primary-vds0
ldm add-vdsdev /opt/ldoms/testdisk.2 disk-ldg2@primary-vds0
ldm add-domain ldg1 ldg2
ldm add-vcpu 2 ldg1
ldm add-memory 768M ldg1
ldm add-vnet vnet0 primary-vsw0 ldg1
ldm add-vdisk vdisk0 disk-ldg1@primary-vds0 ldg1
ldm add-vcpu 3 ldg2
ldm add-memory 1G ldg2
ldm add-vnet vnet0 primary-vsw0 ldg2
ldm add-vdisk vdisk0 disk-ldg2@primary-vds0 ldg2
ldm bind ldg1
ldm bind ldg2
ldm start -a
ldm list -l -p
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
# ldm set-mau 0 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm set-vcpu 4 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-memory 1G primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm add-vdsdev /opt/ldoms/testdisk.1 disk-ldg1@primary-vds0
# ldm add-vdsdev /opt/ldoms/testdisk.2 disk-ldg2@primary-vds0
# ldm add-domain ldg1 ldg2
# ldm add-vcpu 2 ldg1
# ldm add-memory 768M ldg1
# ldm add-vnet vnet0 primary-vsw0 ldg1
# ldm add-vdisk vdisk0 disk-ldg1@primary-vds0 ldg1
# ldm add-vcpu 3 ldg2
# ldm add-memory 1G ldg2
# ldm add-vnet vnet0 primary-vsw0 ldg2
# ldm add-vdisk vdisk0 disk-ldg2@primary-vds0 ldg2
# ldm bind ldg1
# ldm bind ldg2
# ldm start -a
LDom ldg1 started
LDom ldg2 started
# ldm list -l -p
VERSION 1.4
DOMAIN|name=primary|state=active|flags=normal,control,vio-service|cons=SP|ncpu=4|mem=1073741824|util=0.1|uptime=280|softstate=Solaris running
VCPU
|vid=0|pid=0|util=0.0|strand=100
|vid=1|pid=1|util=0.0|strand=100
|vid=2|pid=2|util=0.0|strand=100
|vid=3|pid=3|util=0.1|strand=100
MEMORY
|ra=0x8000000|pa=0x8000000|size=1073741824
IO
|dev=pci@0|alias=pci
|dev=niu@80|alias=niu
VDS|name=primary-vds0|nclients=2
|vol=disk-ldg1|opts=|dev=/opt/ldoms/testdisk.1
|vol=disk-ldg2|opts=|dev=/opt/ldoms/testdisk.2
VCC|name=primary-vcc0|nclients=2|port-range=5000-5100
VSW|name=primary-vsw0|nclients=2|mac-addr=00:14:4f:fb:44:d5|net-dev=e1000g0|dev=switch@0|mode=prog,promisc
VCONS|type=SP
DOMAIN|name=ldg1|state=active|flags=normal|cons=5000|ncpu=2|mem=805306368|util=0.4|uptime=185|softstate=Solaris running
VCPU
|vid=0|pid=4|util=0.1|strand=100
|vid=1|pid=5|util=0.1|strand=100
MEMORY
|ra=0x8000000|pa=0x48000000|size=805306368
VNET|name=vnet0|dev=network@0|service=primary-vsw0@primary|mac-addr=00:14:4f:f8:a5:0a
VDISK|name=vdisk0|vol=disk-ldg1@primary-vds0|dev=disk@0|server=primary
VCONS|group=ldg1|service=primary-vcc0@primary|port=5000
DOMAIN|name=ldg2|state=active|flags=normal|cons=5001|ncpu=3|mem=1073741824|util=1.0|uptime=90|softstate=Solaris running
VCPU
|vid=0|pid=6|util=1.0|strand=100
|vid=1|pid=7|util=1.3|strand=100
|vid=2|pid=8|util=1.4|strand=100
MEMORY
|ra=0x8000000|pa=0x78000000|size=1073741824
VNET|name=vnet0|dev=network@0|service=primary-vsw0@primary|mac-addr=00:14:4f:f9:ee:5d
VDISK|name=vdisk0|vol=disk-ldg2@primary-vds0|dev=disk@0|server=primary
VCONS|group=ldg2|service=primary-vcc0@primary|port=5001
=== T10 T11 constraints as XML and parseable, the guest read back from the T10 XML (its vnet MAC 01:14:4f:fa:0f:55 has the group bit set: refused, issue 17; read back with one of the manual range)
host: t2000-a
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
ldm set-mau 0 primary
ldm set-vcpu 4 primary
ldm set-memory 768M primary
ldm add-config initial
poweroff
poweron
ldm add-vdsdev /ldoms/nv72-ldg2/disk disk-ldg2@primary-vds0
ldm add-vdsdev /ldoms/nv72-ldg1/disk vol0@primary-vds0
cat > /var/tmp/t10.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>8</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>01:14:4f:fa:0f:55</mac_address>
      </network>
      <disk>
        <vdisk_name>vdisk0</vdisk_name>
        <service_name>primary-vds0</service_name>
        <vol_name>vol0</vol_name>
      </disk>
      <var>
        <name>boot-device</name>
        <value>/virtual-devices@100/channel-devices@200/disk@0:a</value>
      </var>
      <var>
        <name>nvramrc</name>
        <value>devalias vnet0 /virtual-devices@100/channel-devices@200/network@0</value>
      </var>
      <var>
        <name>use-nvramrc?</name>
        <value>true</value>
      </var>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/t10.xml
ldm list ldg1
cat > /var/tmp/ldg1.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>8</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:14:4f:fc:0f:55</mac_address>
      </network>
      <disk>
        <vdisk_name>vdisk0</vdisk_name>
        <service_name>primary-vds0</service_name>
        <vol_name>vol0</vol_name>
      </disk>
      <var>
        <name>boot-device</name>
        <value>/virtual-devices@100/channel-devices@200/disk@0:a</value>
      </var>
      <var>
        <name>nvramrc</name>
        <value>devalias vnet0 /virtual-devices@100/channel-devices@200/network@0</value>
      </var>
      <var>
        <name>use-nvramrc?</name>
        <value>true</value>
      </var>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/ldg1.xml
ldm list-constraints -x ldg1
ldm list-constraints -p
ldm add-domain -i /var/tmp/ldg1.xml
ldm remove-domain ldg1
ldm bind-domain -i /var/tmp/ldg1.xml
ldm list ldg1
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
# ldm set-mau 0 primary
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
# ldm add-config initial
# poweroff
syncing file systems... done
Program terminated
sc> poweron
Sun Fire T200, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 768 MB memory available, Serial #9332336.
Ethernet address 0:14:4f:8e:66:70, Host ID: 848e6670.
# ldm add-vdsdev /ldoms/nv72-ldg2/disk disk-ldg2@primary-vds0
# ldm add-vdsdev /ldoms/nv72-ldg1/disk vol0@primary-vds0
# cat > /var/tmp/t10.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>8</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>01:14:4f:fa:0f:55</mac_address>
>       </network>
>       <disk>
>         <vdisk_name>vdisk0</vdisk_name>
>         <service_name>primary-vds0</service_name>
>         <vol_name>vol0</vol_name>
>       </disk>
>       <var>
>         <name>boot-device</name>
>         <value>/virtual-devices@100/channel-devices@200/disk@0:a</value>
>       </var>
>       <var>
>         <name>nvramrc</name>
>         <value>devalias vnet0 /virtual-devices@100/channel-devices@200/network@0</value>
>       </var>
>       <var>
>         <name>use-nvramrc?</name>
>         <value>true</value>
>       </var>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/t10.xml
Invalid MAC address: 01:14:4f:fa:0f:55
# ldm list ldg1
LDom ldg1 does not exist
# cat > /var/tmp/ldg1.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>8</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>00:14:4f:fc:0f:55</mac_address>
>       </network>
>       <disk>
>         <vdisk_name>vdisk0</vdisk_name>
>         <service_name>primary-vds0</service_name>
>         <vol_name>vol0</vol_name>
>       </disk>
>       <var>
>         <name>boot-device</name>
>         <value>/virtual-devices@100/channel-devices@200/disk@0:a</value>
>       </var>
>       <var>
>         <name>nvramrc</name>
>         <value>devalias vnet0 /virtual-devices@100/channel-devices@200/network@0</value>
>       </var>
>       <var>
>         <name>use-nvramrc?</name>
>         <value>true</value>
>       </var>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/ldg1.xml
# ldm list-constraints -x ldg1
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>8</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:14:4f:fc:0f:55</mac_address>
      </network>
      <disk>
        <vdisk_name>vdisk0</vdisk_name>
        <service_name>primary-vds0</service_name>
        <vol_name>vol0</vol_name>
      </disk>
      <var>
        <name>boot-device</name>
        <value>/virtual-devices@100/channel-devices@200/disk@0:a</value>
      </var>
      <var>
        <name>nvramrc</name>
        <value>devalias vnet0 /virtual-devices@100/channel-devices@200/network@0</value>
      </var>
      <var>
        <name>use-nvramrc?</name>
        <value>true</value>
      </var>
    </ldom>
  </data>
</LDM_interface>
# ldm list-constraints -p
VERSION 1.4
DOMAIN|name=primary
MAC|mac-addr=00:14:4f:8e:66:70
VCPU|count=4
MEMORY|size=805306368
IO
|dev=pci@780|alias=
|dev=pci@7c0|alias=
VDS|name=primary-vds0
|vol=disk-ldg2|opts=|dev=/ldoms/nv72-ldg2/disk
|vol=vol0|opts=|dev=/ldoms/nv72-ldg1/disk
VCC|name=primary-vcc0|port-range=5000-5100
VSW|name=primary-vsw0|mac-addr=|net-dev=e1000g0|dev=switch@0
DOMAIN|name=ldg1
VCPU|count=8
MEMORY|size=1073741824
VARIABLES
|boot-device=/virtual-devices@100/channel-devices@200/disk@0:a
|nvramrc=devalias vnet0 /virtual-devices@100/channel-devices@200/network@0
|use-nvramrc?=true
VNET|name=vnet0|dev=network@0|service=primary-vsw0|mac-addr=00:14:4f:fc:0f:55
VDISK|name=vdisk0|vol=vol0@primary-vds0
# ldm add-domain -i /var/tmp/ldg1.xml
LDom ldg1 already exists
# ldm remove-domain ldg1
# ldm bind-domain -i /var/tmp/ldg1.xml
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             bound    -----   5000    8     1G
=== T16 the first change to primary that is not dynamic, on a T2
host: t5220-a
--- input
ldm set-mau 1 primary
--- output
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
=== T20 start-reconf, FLAGS d, and a guest change refused meanwhile (2.2)
host: t5240-a
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4128M primary
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 1G ldg1
ldm bind ldg1
ldm start ldg1
ldm start-reconf primary
ldm list
ldm stop-domain -a
ldm cancel-reconf primary
ldm stop-domain -a
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm set-mau 1 primary
# ldm set-vcpu 8 primary
# ldm set-memory 4128M primary
# ldm add-domain ldg1
# ldm add-vcpu 8 ldg1
# ldm add-memory 1G ldg1
# ldm bind ldg1
# ldm start ldg1
LDom ldg1 started
# ldm start-reconf primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -ndcv-  SP      8     4128M    0.6%  20d 17h 43m
ldg1             active     -t----  5000    8     1G       0.1%  0s
# ldm stop-domain -a
----------------------------------------------------------------
Notice: LDom primary is in the process of a delayed reconfiguration.
Any changes made to primary will only take effect after it reboots.
----------------------------------------------------------------

Delayed reconfiguration of LDom ldg1 is not permitted
# ldm cancel-reconf primary
# ldm stop-domain -a
LDom ldg1 stopped
=== T21 LDC exhaustion on the control domain: bind, then a device added to a bound guest
config: ldoms-ldc
--- input
ldm add-domain ldg6
ldm add-vcpu 1 ldg6
ldm add-memory 256M ldg6
ldm add-vnet vnet0 primary-vsw0 ldg6
ldm add-vnet vnet1 primary-vsw0 ldg6
ldm add-vnet vnet2 primary-vsw0 ldg6
ldm add-vnet vnet3 primary-vsw0 ldg6
ldm add-vnet vnet4 primary-vsw0 ldg6
ldm add-vnet vnet5 primary-vsw0 ldg6
ldm add-vnet vnet6 primary-vsw0 ldg6
ldm add-vnet vnet7 primary-vsw0 ldg6
ldm add-vnet vnet8 primary-vsw0 ldg6
ldm add-vnet vnet9 primary-vsw0 ldg6
ldm add-vnet vnet10 primary-vsw0 ldg6
ldm bind ldg6
ldm list ldg6
ldm remove-vnet vnet10 ldg6
ldm remove-vnet vnet9 ldg6
ldm remove-vnet vnet8 ldg6
ldm remove-vnet vnet7 ldg6
ldm bind ldg6
ldm add-vnet vnet7 primary-vsw0 ldg6
ldm list ldg6
--- output
# ldm add-domain ldg6
# ldm add-vcpu 1 ldg6
# ldm add-memory 256M ldg6
# ldm add-vnet vnet0 primary-vsw0 ldg6
# ldm add-vnet vnet1 primary-vsw0 ldg6
# ldm add-vnet vnet2 primary-vsw0 ldg6
# ldm add-vnet vnet3 primary-vsw0 ldg6
# ldm add-vnet vnet4 primary-vsw0 ldg6
# ldm add-vnet vnet5 primary-vsw0 ldg6
# ldm add-vnet vnet6 primary-vsw0 ldg6
# ldm add-vnet vnet7 primary-vsw0 ldg6
# ldm add-vnet vnet8 primary-vsw0 ldg6
# ldm add-vnet vnet9 primary-vsw0 ldg6
# ldm add-vnet vnet10 primary-vsw0 ldg6
# ldm bind ldg6
13 additional LDCs are required on guest primary to meet this request,
but only 9 LDCs are available
Could not bind LDom ldg6
# ldm list ldg6
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg6             inactive -----           1     256M
# ldm remove-vnet vnet10 ldg6
# ldm remove-vnet vnet9 ldg6
# ldm remove-vnet vnet8 ldg6
# ldm remove-vnet vnet7 ldg6
# ldm bind ldg6
# ldm add-vnet vnet7 primary-vsw0 ldg6
1 additional LDCs are required on guest primary to meet this request,
but only 0 LDCs are available
# ldm list ldg6
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg6             bound    -----   5005    1     256M
=== T22 memory DR of an active guest: 256MB steps, --auto-adj (2.2)
config: ldoms-t5140
status: 1
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
ldm start-reconf primary
ldm set-vcpu 4 primary
ldm set-mau 1 primary
ldm set-vcpu 4 primary
ldm set-memory 27392M primary
shutdown -y -g0 -i6
ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
ldm add-domain ldom1 ldom2
ldm add-vcpu 2 ldom1
ldm add-memory 2G ldom1
ldm add-vdisk vdisk1 vol1@primary-vds0 ldom1
ldm add-vcpu 2 ldom2
ldm add-memory 200M ldom2
ldm bind ldom1
ldm bind ldom2
ldm start ldom1
ldm list
ldm add-mem 200M ldom1
ldm add-mem --auto-adj 200M ldom1
ldm list
ldm cancel-operation memdr ldom1
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
# ldm start-reconf primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm set-vcpu 4 primary
Cannot remove 60 VCPUs from LDom primary: MAU bound to core 1 would have no CPUs
# ldm set-mau 1 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-vcpu 4 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-memory 27392M primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5140-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5140-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
# ldm add-domain ldom1 ldom2
# ldm add-vcpu 2 ldom1
# ldm add-memory 2G ldom1
# ldm add-vdisk vdisk1 vol1@primary-vds0 ldom1
# ldm add-vcpu 2 ldom2
# ldm add-memory 200M ldom2
# ldm bind ldom1
# ldm bind ldom2
# ldm start ldom1
LDom ldom1 started
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-cv-  SP      4     27392M   0.4%  3m
ldom1            active     -n----  5000    2     2G       0.3%  1m
ldom2            bound      ------  5001    2     200M
# ldm add-mem 200M ldom1
The size of memory must be a multiple of 256MB.
# ldm add-mem --auto-adj 200M ldom1
Adjusting request size to 256M.
The ldom1 domain has been allocated 56M more memory
than requested because of memory alignment constraints.
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-cv-  SP      4     27392M   0.4%  3m
ldom1            active     -n----  5000    2     2304M    0.3%  1m
ldom2            bound      ------  5001    2     200M
# ldm cancel-operation memdr ldom1
No memory DR operation is in progress for LDom ldom1
=== T23 bound memory rounded up to 4 MB, the constraint kept as asked
host: t5220-a
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
shutdown -y -g0 -i6
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 1965M ldg1
ldm list ldg1
ldm bind ldg1
ldm list ldg1
ldm list -o memory ldg1
ldm list-constraints ldg1
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm set-vcpu 8 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-memory 4G primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm add-domain ldg1
# ldm add-vcpu 8 ldg1
# ldm add-memory 1965M ldg1
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             inactive -----           8     1965M
# ldm bind ldg1
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             bound    -----   5000    8     1968M
# ldm list -o memory ldg1
NAME
ldg1

MEMORY
    RA               PA               SIZE
    0x8000000        0x108000000      1968M

# ldm list-constraints ldg1
DOMAIN
ldg1

VCPU
    COUNT
    8

MEMORY
    SIZE
    1965M

=== T25 T26 whole cores: add-vcpu -c, max-cores, the CORE section (2.2)
host: t5240-a
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4128M primary
ldm add-domain ldg1
ldm add-vcpu -c 1 ldg1
ldm list -o resmgmt ldg1
ldm add-core 1 ldg1
ldm set-domain max-cores=5 ldg1
ldm list -o resmgmt ldg1
ldm add-memory 4G ldg1
ldm bind ldg1
ldm list -o core ldg1
ldm list -o resmgmt,core -p ldg1
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm set-mau 1 primary
# ldm set-vcpu 8 primary
# ldm set-memory 4128M primary
# ldm add-domain ldg1
# ldm add-vcpu -c 1 ldg1
# ldm list -o resmgmt ldg1
NAME
ldg1

CONSTRAINT
    whole-core
    max-cores=1

# ldm add-core 1 ldg1
# ldm set-domain max-cores=5 ldg1
# ldm list -o resmgmt ldg1
NAME
ldg1

CONSTRAINT
    whole-core
    max-cores=5

# ldm add-memory 4G ldg1
# ldm bind ldg1
# ldm list -o core ldg1
NAME
ldg1

CORE
    CID    CPUSET
    1      (8, 9, 10, 11, 12, 13, 14, 15)
    2      (16, 17, 18, 19, 20, 21, 22, 23)

# ldm list -o resmgmt,core -p ldg1
VERSION 1.6
DOMAIN|name=ldg1
CORE
|cid=1|cpuset=8,9,10,11,12,13,14,15
|cid=2|cpuset=16,17,18,19,20,21,22,23
CONSTRAINT|whole-core|max-cores=5
=== T27 factory-default devices of a 2 x 4-core T5140, then primary shrunk by DR (2.2)
config: ldoms-t5140
--- input
ldm list-devices -a
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
ldm set-memory 3872M primary
ldm ls-devices -a
--- output
# ldm list-devices -a
CORE
    ID      %FREE   CPUSET
    0       0       (0, 1, 2, 3, 4, 5, 6, 7)
    1       0       (8, 9, 10, 11, 12, 13, 14, 15)
    2       0       (16, 17, 18, 19, 20, 21, 22, 23)
    3       0       (24, 25, 26, 27, 28, 29, 30, 31)
    8       0       (64, 65, 66, 67, 68, 69, 70, 71)
    9       0       (72, 73, 74, 75, 76, 77, 78, 79)
    10      0       (80, 81, 82, 83, 84, 85, 86, 87)
    11      0       (88, 89, 90, 91, 92, 93, 94, 95)

VCPU
    PID     %FREE   PM
    0       0       no
    1       0       no
    2       0       no
    3       0       no
    4       0       no
    5       0       no
    6       0       no
    7       0       no
    8       0       no
    9       0       no
    10      0       no
    11      0       no
    12      0       no
    13      0       no
    14      0       no
    15      0       no
    16      0       no
    17      0       no
    18      0       no
    19      0       no
    20      0       no
    21      0       no
    22      0       no
    23      0       no
    24      0       no
    25      0       no
    26      0       no
    27      0       no
    28      0       no
    29      0       no
    30      0       no
    31      0       no
    64      0       no
    65      0       no
    66      0       no
    67      0       no
    68      0       no
    69      0       no
    70      0       no
    71      0       no
    72      0       no
    73      0       no
    74      0       no
    75      0       no
    76      0       no
    77      0       no
    78      0       no
    79      0       no
    80      0       no
    81      0       no
    82      0       no
    83      0       no
    84      0       no
    85      0       no
    86      0       no
    87      0       no
    88      0       no
    89      0       no
    90      0       no
    91      0       no
    92      0       no
    93      0       no
    94      0       no
    95      0       no

MAU
    ID      CPUSET                                  BOUND
    0       (0, 1, 2, 3, 4, 5, 6, 7)                primary
    1       (8, 9, 10, 11, 12, 13, 14, 15)          primary
    2       (16, 17, 18, 19, 20, 21, 22, 23)        primary
    3       (24, 25, 26, 27, 28, 29, 30, 31)        primary
    8       (64, 65, 66, 67, 68, 69, 70, 71)        primary
    9       (72, 73, 74, 75, 76, 77, 78, 79)        primary
    10      (80, 81, 82, 83, 84, 85, 86, 87)        primary
    11      (88, 89, 90, 91, 92, 93, 94, 95)        primary

MEMORY
    PA                   SIZE            BOUND
    0x0                  512K            _sys_
    0x80000              1536K           _sys_
    0x200000             94M             _sys_
    0x6000000            32M             _sys_
    0x8000000            96M             _sys_
    0xe000000            32544M          primary

IO
    DEVICE           PSEUDONYM        BOUND   OPTIONS
    pci@400          pci_0            yes
    pci@500          pci_1            yes

# ldm set-mau 1 primary
# ldm set-vcpu 8 primary
# ldm set-memory 4G primary
A ldm set-mem 4G command would remove 28448MB, which is not a
multiple of 256MB. Instead, run ldm set-mem 4128M primary
to ensure a 256MB alignment.
# ldm set-memory 3872M primary
# ldm ls-devices -a
CORE
    ID      %FREE   CPUSET
    0       0       (0, 1, 2, 3, 4, 5, 6, 7)
    1       100     (8, 9, 10, 11, 12, 13, 14, 15)
    2       100     (16, 17, 18, 19, 20, 21, 22, 23)
    3       100     (24, 25, 26, 27, 28, 29, 30, 31)
    8       100     (64, 65, 66, 67, 68, 69, 70, 71)
    9       100     (72, 73, 74, 75, 76, 77, 78, 79)
    10      100     (80, 81, 82, 83, 84, 85, 86, 87)
    11      100     (88, 89, 90, 91, 92, 93, 94, 95)

VCPU
    PID     %FREE   PM
    0       0       no
    1       0       no
    2       0       no
    3       0       no
    4       0       no
    5       0       no
    6       0       no
    7       0       no
    8       100     ---
    9       100     ---
    10      100     ---
    11      100     ---
    12      100     ---
    13      100     ---
    14      100     ---
    15      100     ---
    16      100     ---
    17      100     ---
    18      100     ---
    19      100     ---
    20      100     ---
    21      100     ---
    22      100     ---
    23      100     ---
    24      100     ---
    25      100     ---
    26      100     ---
    27      100     ---
    28      100     ---
    29      100     ---
    30      100     ---
    31      100     ---
    64      100     ---
    65      100     ---
    66      100     ---
    67      100     ---
    68      100     ---
    69      100     ---
    70      100     ---
    71      100     ---
    72      100     ---
    73      100     ---
    74      100     ---
    75      100     ---
    76      100     ---
    77      100     ---
    78      100     ---
    79      100     ---
    80      100     ---
    81      100     ---
    82      100     ---
    83      100     ---
    84      100     ---
    85      100     ---
    86      100     ---
    87      100     ---
    88      100     ---
    89      100     ---
    90      100     ---
    91      100     ---
    92      100     ---
    93      100     ---
    94      100     ---
    95      100     ---

MAU
    ID      CPUSET                                  BOUND
    0       (0, 1, 2, 3, 4, 5, 6, 7)                primary
    1       (8, 9, 10, 11, 12, 13, 14, 15)
    2       (16, 17, 18, 19, 20, 21, 22, 23)
    3       (24, 25, 26, 27, 28, 29, 30, 31)
    8       (64, 65, 66, 67, 68, 69, 70, 71)
    9       (72, 73, 74, 75, 76, 77, 78, 79)
    10      (80, 81, 82, 83, 84, 85, 86, 87)
    11      (88, 89, 90, 91, 92, 93, 94, 95)

MEMORY
    PA                   SIZE            BOUND
    0x0                  512K            _sys_
    0x80000              1536K           _sys_
    0x200000             94M             _sys_
    0x6000000            32M             _sys_
    0x8000000            96M             _sys_
    0xe000000            32M             primary
    0x10000000           28G
    0x710000000          3840M           primary

IO
    DEVICE           PSEUDONYM        BOUND   OPTIONS
    pci@400          pci_0            yes
    pci@500          pci_1            yes

=== T28 save and list an SP configuration
config: ldoms-t5140
--- input
ldm add-spconfig myLDOMconfig
ldm ls-spconfig
--- output
# ldm add-spconfig myLDOMconfig
# ldm ls-spconfig
factory-default
myLDOMconfig [current]
=== T32 the XML appendix's commands on a T1 in configuration mode
host: t2000-a
--- input
ldm set-mau 1 primary
ldm set-memory 4G primary
ldm add-vcc port-range=5000-6000 primary-vcc0 primary
ldm list -l primary
ldm remove-io pci@780 primary
ldm list-constraints primary
--- output
# ldm set-mau 1 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm set-memory 4G primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm add-vcc port-range=5000-6000 primary-vcc0 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm list -l primary
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---cv   SP      32    32704M   0.5%  15d 14h 39m

VCPU
    VID    PID    UTIL STRAND
    0      0      0.8%   100%
    1      1      0.6%   100%
    2      2      0.9%   100%
    3      3      0.4%   100%
    4      4      0.2%   100%
    5      5      0.0%   100%
    6      6      0.9%   100%
    7      7      1.0%   100%
    8      8      0.3%   100%
    9      9      0.9%   100%
    10     10     0.4%   100%
    11     11     0.8%   100%
    12     12     0.1%   100%
    13     13     0.1%   100%
    14     14     0.4%   100%
    15     15     0.6%   100%
    16     16     1.0%   100%
    17     17     0.3%   100%
    18     18     0.1%   100%
    19     19     0.6%   100%
    20     20     0.8%   100%
    21     21     0.7%   100%
    22     22     0.9%   100%
    23     23     0.8%   100%
    24     24     0.8%   100%
    25     25     0.7%   100%
    26     26     0.6%   100%
    27     27     0.4%   100%
    28     28     0.8%   100%
    29     29     0.4%   100%
    30     30     0.6%   100%
    31     31     0.3%   100%

MAU
    CPUSET
    (0, 1, 2, 3)
    (4, 5, 6, 7)
    (8, 9, 10, 11)
    (12, 13, 14, 15)
    (16, 17, 18, 19)
    (20, 21, 22, 23)
    (24, 25, 26, 27)
    (28, 29, 30, 31)

MEMORY
    RA               PA               SIZE
    0x4000000        0x4000000        32704M

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@780          bus_a
    pci@7c0          bus_b

VCC
    NAME             PORT-RANGE
    primary-vcc0     5000-6000

# ldm remove-io pci@780 primary
Notice: the LDom Manager is running in configuration mode. Any
configuration changes made will only take effect after the machine
configuration is downloaded to the system controller and the host
is reset.
# ldm list-constraints primary
DOMAIN
primary

VCPU
    COUNT
    32

MAU
    COUNT
    1

MEMORY
    SIZE
    4G

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@7c0          bus_b

VCC
    NAME             PORT-RANGE
    primary-vcc0     5000-6000

=== §6.1 verified substrings: already exists, does not exist, is attached, not found, started
host: t5220-a
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
ldm add-vdsdev /dev/dsk/c1t2d0s2 vol1@primary-vds0
ldm rm-vdsdev vol2@primary-vds0
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
shutdown -y -g0 -i6
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 1G ldg1
ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1
ldm rm-vdsdev vol1@primary-vds0
ldm set-variable auto-boot?=false ldg1
ldm list-variable auto-boot? ldg1
ldm list-variable boot-device ldg1
ldm bind ldg1
ldm start ldg1
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
# ldm add-vdsdev /dev/dsk/c1t2d0s2 vol1@primary-vds0
Volume vol1 already exists in vds primary-vds0
# ldm rm-vdsdev vol2@primary-vds0
Volume vol2 does not exist in vds primary-vds0
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm set-vcpu 8 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-memory 4G primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm add-domain ldg1
# ldm add-vcpu 8 ldg1
# ldm add-memory 1G ldg1
# ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1
# ldm rm-vdsdev vol1@primary-vds0
Volume vol1@primary-vds0 is attached to vdisk vdisk1 of LDom ldg1
# ldm set-variable auto-boot?=false ldg1
# ldm list-variable auto-boot? ldg1
auto-boot?=false
# ldm list-variable boot-device ldg1
Variable boot-device not found
# ldm bind ldg1
# ldm start ldg1
LDom ldg1 started
=== list -o status and -o stats: a pending delayed reconfiguration, running domains
host: t5220-a
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
shutdown -y -g0 -i6
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 1G ldg1
ldm bind ldg1
ldm start ldg1
ldm set-memory 8G primary
ldm list -o status,stats
ldm list -o status,stats -p
ldm cancel-operation reconf primary
ldm list -o status primary
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm set-vcpu 8 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm set-memory 4G primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm add-domain ldg1
# ldm add-vcpu 8 ldg1
# ldm add-memory 1G ldg1
# ldm bind ldg1
# ldm start ldg1
LDom ldg1 started
# ldm set-memory 8G primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm list -o status,stats
NAME
primary

STATUS
    OPERATION    PROGRESS
    reconf       pending

STATS
    UTIL     UPTIME
    0.9%     1m

------------------------------------------------------------------------------
NAME
ldg1

STATS
    UTIL     UPTIME
    0.5%     0s

# ldm list -o status,stats -p
VERSION 1.4
DOMAIN|name=primary
STATUS|op=reconf|progress=pending
STATS|util=0.9|uptime=95
DOMAIN|name=ldg1
STATS|util=0.5|uptime=0
# ldm cancel-operation reconf primary
# ldm list -o status primary
NAME
primary

