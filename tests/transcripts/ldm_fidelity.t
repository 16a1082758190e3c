# ldm fidelity fixes (issue 17, issue 15 item 12). Each case names the reference section
# it follows in its `ref:` line.
=== cancel-operation reconf fails once a remove-* was made during the delayed reconfiguration; primary's service changes wait for its reboot
host: t5220-a
ref: ldoms.md §4.4 (cancel fails after remove-*; changes only take effect after it reboots)
--- input
ldm add-vds primary-vds0 primary
ldm add-vsw net-dev=nxge0 primary-vsw0 primary
ldm set-mau 1 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm list
ldm list-services primary
ldm list-constraints -p primary
ldm remove-vsw primary-vsw0
ldm list-services primary
ldm cancel-operation reconf primary
echo $?
ldm list
shutdown -y -g0 -i6
ldm list
ldm list-services primary
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vsw net-dev=nxge0 primary-vsw0 primary
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   --dcv   SP      64    65408M   0.2%  18d 5h 33m
# ldm list-services primary
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0

VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    primary-vsw0     00:14:4f:fb:44:d5 nxge0     switch@0  prog,promisc

# ldm list-constraints -p primary
VERSION 1.4
DOMAIN|name=primary
MAC|mac-addr=00:14:4f:17:31:85
VCPU|count=64
MAU|count=1
MEMORY|size=68585259008
IO
|dev=pci@0|alias=
|dev=niu@80|alias=
VDS|name=primary-vds0
VCC|name=primary-vcc0|port-range=5000-5100
VSW|name=primary-vsw0|mac-addr=|net-dev=nxge0|dev=switch@0
# ldm remove-vsw primary-vsw0
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm list-services primary
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0

VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    primary-vsw0     00:14:4f:fb:44:d5 nxge0     switch@0  prog,promisc

# ldm cancel-operation reconf primary
The delayed reconfiguration of LDom primary cannot be cancelled: virtual I/O was removed from it during the reconfiguration
# echo $?
1
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   --dcv   SP      64    65408M   0.2%  18d 5h 33m
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      64    65408M   0.9%  1m
# ldm list-services primary
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0

VCC
    NAME             PORT-RANGE
    primary-vcc0     5000-5100

=== without a removal, cancel-operation reconf drops primary's pending service changes with the rest
host: t5220-a
ref: ldoms.md §4.4
--- input
ldm add-vds primary-vds0 primary
ldm set-mau 1 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm list-services primary
ldm cancel-operation reconf primary
ldm list
ldm list-services primary
ldm list-constraints -p primary
--- output
# ldm add-vds primary-vds0 primary
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
# ldm list-services primary
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0

# ldm cancel-operation reconf primary
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---cv   SP      64    65408M   0.2%  18d 5h 33m
# ldm list-services primary
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0

# ldm list-constraints -p primary
VERSION 1.4
DOMAIN|name=primary
MAC|mac-addr=00:14:4f:17:31:85
VCPU|count=64
MAU|count=8
MEMORY|size=68585259008
IO
|dev=pci@0|alias=
|dev=niu@80|alias=
VDS|name=primary-vds0
=== add-domain -i checks the document as the command lines would, and a refused one changes nothing
host: t5220-a
ref: issue 17; ldoms.md §3.7, T32 (XML sections = CLI commands), §5.4 (MAC ranges)
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=nxge0 primary-vsw0 primary
ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
cat > /var/tmp/negative.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>-3</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/negative.xml
cat > /var/tmp/zero.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>0</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/zero.xml
cat > /var/tmp/huge.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <memory>
        <size>18446744073709551616</size>
      </memory>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/huge.xml
cat > /var/tmp/noswitch.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw9</service_name>
      </network>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/noswitch.xml
cat > /var/tmp/novolume.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
      <disk>
        <vdisk_name>vdisk0</vdisk_name>
        <service_name>primary-vds0</service_name>
        <vol_name>vol9</vol_name>
      </disk>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/novolume.xml
cat > /var/tmp/multicast.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>01:14:4f:fc:0f:55</mac_address>
      </network>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/multicast.xml
cat > /var/tmp/zeromac.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:00:00:00:00:00</mac_address>
      </network>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/zeromac.xml
cat > /var/tmp/automac.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:14:4f:f8:12:34</mac_address>
      </network>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/automac.xml
cat > /var/tmp/twice.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:14:4f:fc:00:01</mac_address>
      </network>
      <network>
        <vnet_name>vnet1</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:14:4f:fc:00:01</mac_address>
      </network>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/twice.xml
ldm list
ldm list-constraints -p
cat > /var/tmp/good.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>4</number>
      </cpu>
      <memory>
        <size>1G</size>
      </memory>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
      </network>
      <disk>
        <vdisk_name>vdisk0</vdisk_name>
        <service_name>primary-vds0</service_name>
        <vol_name>vol1</vol_name>
      </disk>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/good.xml
ldm list-constraints ldg1
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=nxge0 primary-vsw0 primary
# ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
# cat > /var/tmp/negative.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>-3</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/negative.xml
Invalid number: -3
# cat > /var/tmp/zero.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>0</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/zero.xml
The number of VCPUs must be greater than zero
# cat > /var/tmp/huge.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <memory>
>         <size>18446744073709551616</size>
>       </memory>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/huge.xml
Invalid memory size: 18446744073709551616
# cat > /var/tmp/noswitch.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw9</service_name>
>       </network>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/noswitch.xml
Virtual switch primary-vsw9 does not exist
# cat > /var/tmp/novolume.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>       <disk>
>         <vdisk_name>vdisk0</vdisk_name>
>         <service_name>primary-vds0</service_name>
>         <vol_name>vol9</vol_name>
>       </disk>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/novolume.xml
Volume vol9 does not exist in vds primary-vds0
# cat > /var/tmp/multicast.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>01:14:4f:fc:0f:55</mac_address>
>       </network>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/multicast.xml
Invalid MAC address: 01:14:4f:fc:0f:55
# cat > /var/tmp/zeromac.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>00:00:00:00:00:00</mac_address>
>       </network>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/zeromac.xml
Invalid MAC address: 00:00:00:00:00:00
# cat > /var/tmp/automac.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>00:14:4f:f8:12:34</mac_address>
>       </network>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/automac.xml
MAC address 00:14:4f:f8:12:34 is in the range reserved for automatic assignment
# cat > /var/tmp/twice.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>00:14:4f:fc:00:01</mac_address>
>       </network>
>       <network>
>         <vnet_name>vnet1</vnet_name>
>         <service_name>primary-vsw0</service_name>
>         <mac_address>00:14:4f:fc:00:01</mac_address>
>       </network>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/twice.xml
MAC address 00:14:4f:fc:00:01 is already in use
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---cv   SP      64    65408M   0.2%  18d 5h 33m
# ldm list-constraints -p
VERSION 1.4
DOMAIN|name=primary
MAC|mac-addr=00:14:4f:17:31:85
VCPU|count=64
MAU|count=8
MEMORY|size=68585259008
IO
|dev=pci@0|alias=
|dev=niu@80|alias=
VDS|name=primary-vds0
|vol=vol1|opts=|dev=/dev/dsk/c1t1d0s2
VCC|name=primary-vcc0|port-range=5000-5100
VSW|name=primary-vsw0|mac-addr=|net-dev=nxge0|dev=switch@0
# cat > /var/tmp/good.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <cpu>
>         <number>4</number>
>       </cpu>
>       <memory>
>         <size>1G</size>
>       </memory>
>       <network>
>         <vnet_name>vnet0</vnet_name>
>         <service_name>primary-vsw0</service_name>
>       </network>
>       <disk>
>         <vdisk_name>vdisk0</vdisk_name>
>         <service_name>primary-vds0</service_name>
>         <vol_name>vol1</vol_name>
>       </disk>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/good.xml
# ldm list-constraints ldg1
DOMAIN
ldg1

VCPU
    COUNT
    4

MEMORY
    SIZE
    1G

NETWORK
    NAME         SERVICE                     DEVICE       MAC
    vnet0        primary-vsw0                network@0    00:14:4f:fb:d7:2e

DISK
    NAME             VOLUME
    vdisk0           vol1@primary-vds0

=== add-domain -i on 2.2: the whole-core rules of add-core and max-cores
host: t5240-a
ref: ldoms.md §4.6 (max-cores)
--- input
cat > /var/tmp/cores.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <core>
        <number>1</number>
        <cid>99</cid>
      </core>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/cores.xml
ldm list
cat > /var/tmp/cores2.xml <<'XML'
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <core>
        <number>2</number>
        <max_cores>3</max_cores>
      </core>
      <memory>
        <size>1G</size>
      </memory>
    </ldom>
  </data>
</LDM_interface>
XML
ldm add-domain -i /var/tmp/cores2.xml
ldm list -o resmgmt ldg1
--- output
# cat > /var/tmp/cores.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <core>
>         <number>1</number>
>         <cid>99</cid>
>       </core>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/cores.xml
Invalid core ID: 99
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-c--  SP      128   130848M  0.6%  20d 17h 42m
# cat > /var/tmp/cores2.xml <<'XML'
> <?xml version="1.0"?>
> <LDM_interface version="1.0">
>   <data version="2.0">
>     <ldom>
>       <ldom_info>
>         <ldom_name>ldg1</ldom_name>
>       </ldom_info>
>       <core>
>         <number>2</number>
>         <max_cores>3</max_cores>
>       </core>
>       <memory>
>         <size>1G</size>
>       </memory>
>     </ldom>
>   </data>
> </LDM_interface>
> XML
# ldm add-domain -i /var/tmp/cores2.xml
# ldm list -o resmgmt ldg1
NAME
ldg1

CONSTRAINT
    whole-core
    max-cores=3

=== an SP configuration saved during a delayed reconfiguration is the next power-on's, current once a power cycle boots it
host: t5220-a
ref: ldoms.md §3.9, §4.4 (only a powercycle boots the configuration saved to the SP)
--- input
ldm add-vds primary-vds0 primary
ldm add-spconfig base
ldm list-spconfig
ldm set-mau 1 primary
ldm list-spconfig
ldm add-spconfig split
ldm list-spconfig
shutdown -y -g0 -i6
ldm list-spconfig
poweroff
poweron
ldm list-spconfig
--- output
# ldm add-vds primary-vds0 primary
# ldm add-spconfig base
# ldm list-spconfig
factory-default
base [current]
# ldm set-mau 1 primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm list-spconfig
factory-default
base [next poweron]
# ldm add-spconfig split
# ldm list-spconfig
factory-default
base
split [next poweron]
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm list-spconfig
factory-default
base
split [next poweron]
# poweroff
syncing file systems... done
Program terminated
sc> poweron
SPARC Enterprise T5220, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 65408 MB memory available, Serial #1520005.
Ethernet address 0:14:4f:17:31:85, Host ID: 84173185.
# ldm list-spconfig
factory-default
base
split [current]
=== a virtual switch without net-dev is routed and has no device; mode=routed on 1.3
host: t5220-a
ref: ldoms.md T04 (§3.3 vsw1 ... routed), §2.4 note on routed
--- input
ldm add-vsw primary-vsw0 primary
ldm add-vsw net-dev=nxge0 mode=routed primary-vsw1 primary
ldm add-vsw net-dev=nxge0 mode=bridged primary-vsw2 primary
ldm list-services primary
ldm list-services -p primary
--- output
# ldm add-vsw primary-vsw0 primary
# ldm add-vsw net-dev=nxge0 mode=routed primary-vsw1 primary
# ldm add-vsw net-dev=nxge0 mode=bridged primary-vsw2 primary
Invalid value for mode: bridged
# ldm list-services primary
VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    primary-vsw0     00:14:4f:fb:44:d5                     routed
    primary-vsw1     00:14:4f:f8:e1:19 nxge0     switch@1  routed

# ldm list-services -p primary
VERSION 1.4
VSW|name=primary-vsw0|nclients=0|mac-addr=00:14:4f:fb:44:d5|net-dev=|dev=|mode=routed
VSW|name=primary-vsw1|nclients=0|mac-addr=00:14:4f:f8:e1:19|net-dev=nxge0|dev=switch@1|mode=routed
=== 2.2 knows mode=sc only
host: t5240-a
ref: ldoms.md §2.4 (add-vsw ... [mode=sc])
--- input
ldm add-vsw net-dev=nxge0 mode=routed primary-vsw0 primary
echo $?
--- output
# ldm add-vsw net-dev=nxge0 mode=routed primary-vsw0 primary
Invalid value for mode: routed
# echo $?
1
=== control domain FLAGS on 1.3: ---c- from factory default, -n-cv once primary booted under the manager
host: t5220-a
ref: ldoms.md T03 (---c-), §3.2 (-n-cv in the 1.x guides)
--- input
ldm list
ldm add-vds primary-vds0 primary
ldm list
shutdown -y -g0 -i6
ldm list
ldm list -l -p primary
svcadm disable ldmd
svcadm enable ldmd
ldm list
--- output
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      64    65408M   0.2%  18d 5h 33m
# ldm add-vds primary-vds0 primary
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---cv   SP      64    65408M   0.2%  18d 5h 33m
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      64    65408M   0.9%  1m
# ldm list -l -p primary
VERSION 1.4
DOMAIN|name=primary|state=active|flags=normal,control,vio-service|cons=SP|ncpu=64|mem=68585259008|util=0.9|uptime=90|softstate=Solaris running
VCPU
|vid=0|pid=0|util=1.2|strand=100
|vid=1|pid=1|util=1.3|strand=100
|vid=2|pid=2|util=1.0|strand=100
|vid=3|pid=3|util=1.6|strand=100
|vid=4|pid=4|util=0.1|strand=100
|vid=5|pid=5|util=0.7|strand=100
|vid=6|pid=6|util=1.7|strand=100
|vid=7|pid=7|util=0.4|strand=100
|vid=8|pid=8|util=0.5|strand=100
|vid=9|pid=9|util=1.7|strand=100
|vid=10|pid=10|util=0.8|strand=100
|vid=11|pid=11|util=0.1|strand=100
|vid=12|pid=12|util=1.1|strand=100
|vid=13|pid=13|util=0.1|strand=100
|vid=14|pid=14|util=1.4|strand=100
|vid=15|pid=15|util=0.8|strand=100
|vid=16|pid=16|util=0.9|strand=100
|vid=17|pid=17|util=1.0|strand=100
|vid=18|pid=18|util=0.9|strand=100
|vid=19|pid=19|util=1.5|strand=100
|vid=20|pid=20|util=1.6|strand=100
|vid=21|pid=21|util=0.7|strand=100
|vid=22|pid=22|util=1.0|strand=100
|vid=23|pid=23|util=1.6|strand=100
|vid=24|pid=24|util=0.6|strand=100
|vid=25|pid=25|util=1.5|strand=100
|vid=26|pid=26|util=0.6|strand=100
|vid=27|pid=27|util=0.1|strand=100
|vid=28|pid=28|util=0.8|strand=100
|vid=29|pid=29|util=1.0|strand=100
|vid=30|pid=30|util=1.7|strand=100
|vid=31|pid=31|util=1.7|strand=100
|vid=32|pid=32|util=0.9|strand=100
|vid=33|pid=33|util=0.3|strand=100
|vid=34|pid=34|util=0.5|strand=100
|vid=35|pid=35|util=1.0|strand=100
|vid=36|pid=36|util=1.7|strand=100
|vid=37|pid=37|util=0.3|strand=100
|vid=38|pid=38|util=0.2|strand=100
|vid=39|pid=39|util=1.0|strand=100
|vid=40|pid=40|util=1.3|strand=100
|vid=41|pid=41|util=1.1|strand=100
|vid=42|pid=42|util=1.6|strand=100
|vid=43|pid=43|util=1.8|strand=100
|vid=44|pid=44|util=1.3|strand=100
|vid=45|pid=45|util=0.3|strand=100
|vid=46|pid=46|util=0.6|strand=100
|vid=47|pid=47|util=1.4|strand=100
|vid=48|pid=48|util=0.2|strand=100
|vid=49|pid=49|util=1.5|strand=100
|vid=50|pid=50|util=0.4|strand=100
|vid=51|pid=51|util=1.2|strand=100
|vid=52|pid=52|util=1.4|strand=100
|vid=53|pid=53|util=1.5|strand=100
|vid=54|pid=54|util=0.3|strand=100
|vid=55|pid=55|util=0.1|strand=100
|vid=56|pid=56|util=1.4|strand=100
|vid=57|pid=57|util=0.5|strand=100
|vid=58|pid=58|util=0.1|strand=100
|vid=59|pid=59|util=1.4|strand=100
|vid=60|pid=60|util=0.9|strand=100
|vid=61|pid=61|util=1.4|strand=100
|vid=62|pid=62|util=1.3|strand=100
|vid=63|pid=63|util=1.7|strand=100
MAU
|cpuset=0,1,2,3,4,5,6,7
|cpuset=8,9,10,11,12,13,14,15
|cpuset=16,17,18,19,20,21,22,23
|cpuset=24,25,26,27,28,29,30,31
|cpuset=32,33,34,35,36,37,38,39
|cpuset=40,41,42,43,44,45,46,47
|cpuset=48,49,50,51,52,53,54,55
|cpuset=56,57,58,59,60,61,62,63
MEMORY
|ra=0x8000000|pa=0x8000000|size=68585259008
IO
|dev=pci@0|alias=pci
|dev=niu@80|alias=niu
VDS|name=primary-vds0|nclients=0
VCONS|type=SP
# svcadm disable ldmd
# svcadm enable ldmd
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---cv   SP      64    65408M   0.9%  1m
=== control domain FLAGS on 2.2: -n-c-- at factory default already
host: t5240-a
ref: ldoms.md §3.4 (OVM 2.x factory-default list-bindings: -n-c--)
--- input
ldm list
--- output
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-c--  SP      128   130848M  0.6%  20d 17h 42m
=== refused values: MAC 00:00:00:00:00:00, memory of 64 bits and more, set-vcpu 0, names over 256 characters
host: t5220-a
ref: issue 17 and issue 15 item 12; ldoms.md §2.1 (names up to 256 characters)
--- input
ldm add-domain ldg1
ldm add-domain mac-addr=00:00:00:00:00:00 ldg2
ldm set-domain mac-addr=00:00:00:00:00:00 ldg1
ldm add-memory 18446744073709551616 ldg1
ldm add-memory 16777216T ldg1
ldm add-memory 99999999999999999999999G ldg1
ldm add-vcpu 0 ldg1
ldm set-vcpu 0 ldg1
ldm set-vcpu 4 ldg1
ldm set-crypto 0 ldg1
ldm add-domain ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
echo $?
ldm add-domain dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
echo $?
ldm list
--- output
# ldm add-domain ldg1
# ldm add-domain mac-addr=00:00:00:00:00:00 ldg2
Invalid MAC address: 00:00:00:00:00:00
# ldm set-domain mac-addr=00:00:00:00:00:00 ldg1
Invalid MAC address: 00:00:00:00:00:00
# ldm add-memory 18446744073709551616 ldg1
Invalid memory size: 18446744073709551616
# ldm add-memory 16777216T ldg1
Invalid memory size: 16777216T
# ldm add-memory 99999999999999999999999G ldg1
Invalid memory size: 99999999999999999999999G
# ldm add-vcpu 0 ldg1
The number of VCPUs must be greater than zero
# ldm set-vcpu 0 ldg1
The number of VCPUs must be greater than zero
# ldm set-vcpu 4 ldg1
# ldm set-crypto 0 ldg1
# ldm add-domain ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
Invalid name: ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd is longer than 256 characters
# echo $?
1
# ldm add-domain dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
# echo $?
0
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      64    65408M   0.2%  18d 5h 33m
ldg1             inactive -----           4
dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd inactive -----
=== set-vcons says why it refuses: active, then bound
host: t5220-a
ref: ldoms.md §4.3 (set-vcons: no once bound)
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=nxge0 primary-vsw0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
shutdown -y -g0 -i6
ldm add-domain ldg1
ldm add-vcpu 4 ldg1
ldm add-memory 1G ldg1
ldm bind ldg1
ldm start ldg1
ldm set-vcons port=5005 ldg1
ldm stop ldg1
ldm set-vcons port=5005 ldg1
ldm unbind ldg1
ldm set-vcons port=5005 ldg1
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=nxge0 primary-vsw0 primary
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
# ldm add-vcpu 4 ldg1
# ldm add-memory 1G ldg1
# ldm bind ldg1
# ldm start ldg1
LDom ldg1 started
# ldm set-vcons port=5005 ldg1
LDom ldg1 is active; stop it first
# ldm stop ldg1
LDom ldg1 stopped
# ldm set-vcons port=5005 ldg1
LDom ldg1 is bound; unbind it first
# ldm unbind ldg1
# ldm set-vcons port=5005 ldg1
=== panic-domain: the panic on the guest's console, the OS boots again and the uptime starts over; with auto-boot?=false it stops at ok
host: t5220-a
ref: ldoms.md §4.2 (panic-domain: active, OS panics, reboots)
status: 1
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=nxge0 primary-vsw0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
shutdown -y -g0 -i6
ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
svcadm enable vntsd
ldm add-domain ldg1
ldm add-vcpu 4 ldg1
ldm add-memory 1G ldg1
ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1
ldm bind ldg1
ldm start ldg1
ldm list ldg1
sleep 600
ldm list ldg1
ldm panic-domain ldg1
ldm list ldg1
telnet localhost 5000
~.
ldm set-variable auto-boot?=false ldg1
ldm panic ldg1
ldm list ldg1
telnet localhost 5000
printenv auto-boot?
~.
ldm panic ldg1
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=nxge0 primary-vsw0 primary
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
# ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0
# svcadm enable vntsd
# ldm add-domain ldg1
# ldm add-vcpu 4 ldg1
# ldm add-memory 1G ldg1
# ldm add-vdisk vdisk1 vol1@primary-vds0 ldg1
# ldm bind ldg1
# ldm start ldg1
LDom ldg1 started
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -n---   5000    4     1G       0.3%  1m
# sleep 600
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -n---   5000    4     1G       0.2%  11m
# ldm panic-domain ldg1
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -n---   5000    4     1G       0.6%  1m
# telnet localhost 5000
Trying 127.0.0.1...
Connected to localhost.
Escape character is '^]'.

Connecting to console "ldg1" in group "ldg1" ....
Press ~? for control options ..


panic[cpu0]/thread=2a100a5fca0: Panic request from the Logical Domains Manager

syncing file systems... done
skipping system dump - no dump device configured
rebooting...
Resetting...

SPARC Enterprise T5220, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 1024 MB memory available, Serial #16310553.
Ethernet address 0:14:4f:f8:e1:19, Host ID: 84f8e119.
Boot device: /virtual-devices@100/channel-devices@200/disk@0  File and args: 
SunOS Release 5.10 Version Generic_141444-09 64-bit
Copyright 1983-2009 Sun Microsystems, Inc.  All rights reserved.
Use is subject to license terms.
Hostname: ldg1
ldg1 console login: ~.

Connection to localhost closed by foreign host.
# ldm set-variable auto-boot?=false ldg1
# ldm panic ldg1
# ldm list ldg1
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active   -t---   5000    4     1G       0.6%  0s
# telnet localhost 5000
Trying 127.0.0.1...
Connected to localhost.
Escape character is '^]'.

Connecting to console "ldg1" in group "ldg1" ....
Press ~? for control options ..


panic[cpu0]/thread=2a100a5fca0: Panic request from the Logical Domains Manager

syncing file systems... done
skipping system dump - no dump device configured
rebooting...
Resetting...

SPARC Enterprise T5220, No Keyboard
Copyright 2009 Sun Microsystems, Inc.  All rights reserved.
OpenBoot 4.31.0, 1024 MB memory available, Serial #16310553.
Ethernet address 0:14:4f:f8:e1:19, Host ID: 84f8e119.
{0} ok printenv auto-boot?
auto-boot? =  false
{0} ok ~.

Connection to localhost closed by foreign host.
# ldm panic ldg1
LDom ldg1 is not running an operating system
=== list-devices leaves out a section with nothing free
host: t5220-a
ref: issue 17; ldoms.md §3.5
--- input
ldm list-devices memory cpu
ldm list-devices -p io
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=nxge0 primary-vsw0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
shutdown -y -g0 -i6
ldm list-devices
ldm add-domain ldg1
ldm add-vcpu 56 ldg1
ldm add-crypto 7 ldg1
ldm add-memory 4G ldg1
ldm bind ldg1
ldm list-devices
ldm list-devices -p cpu mau
--- output
# ldm list-devices memory cpu
# ldm list-devices -p io
VERSION 1.4
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=nxge0 primary-vsw0 primary
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
# ldm list-devices
VCPU
    PID     %FREE      PM
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
    32      100        ---
    33      100        ---
    34      100        ---
    35      100        ---
    36      100        ---
    37      100        ---
    38      100        ---
    39      100        ---
    40      100        ---
    41      100        ---
    42      100        ---
    43      100        ---
    44      100        ---
    45      100        ---
    46      100        ---
    47      100        ---
    48      100        ---
    49      100        ---
    50      100        ---
    51      100        ---
    52      100        ---
    53      100        ---
    54      100        ---
    55      100        ---
    56      100        ---
    57      100        ---
    58      100        ---
    59      100        ---
    60      100        ---
    61      100        ---
    62      100        ---
    63      100        ---

MAU
    CPUSET
    (8, 9, 10, 11, 12, 13, 14, 15)
    (16, 17, 18, 19, 20, 21, 22, 23)
    (24, 25, 26, 27, 28, 29, 30, 31)
    (32, 33, 34, 35, 36, 37, 38, 39)
    (40, 41, 42, 43, 44, 45, 46, 47)
    (48, 49, 50, 51, 52, 53, 54, 55)
    (56, 57, 58, 59, 60, 61, 62, 63)

MEMORY
    PA                   SIZE
    0x108000000          61312M

# ldm add-domain ldg1
# ldm add-vcpu 56 ldg1
# ldm add-crypto 7 ldg1
# ldm add-memory 4G ldg1
# ldm bind ldg1
# ldm list-devices
MEMORY
    PA                   SIZE
    0x208000000          57216M

# ldm list-devices -p cpu mau
VERSION 1.4
