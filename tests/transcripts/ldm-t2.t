=== T2 delayed reconfiguration: messages, FLAGS d, guests refused, reboot (§4.4, T16, T20)
host: t5220-a
--- input
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=nxge0 primary-vsw0 primary
ldm set-vcpu 8 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
ldm list
ldm add-domain ldg1
ldm add-spconfig initial
ldm list-spconfig
shutdown -y -g0 -i6
ldm list
ldm list-spconfig
ldm add-domain ldg1
ldm add-vcpu 12 ldg1
ldm add-crypto 2 ldg1
ldm add-memory 1965M ldg1
ldm bind ldg1
ldm list -p
ldm set-vcpu 4 ldg1
ldm list-constraints ldg1
ldm list-constraints -x ldg1
ldm list-constraints -p ldg1
ldm list-spconfig
--- output
# ldm add-vds primary-vds0 primary
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm add-vsw net-dev=nxge0 primary-vsw0 primary
# ldm set-vcpu 8 primary
Cannot remove 56 VCPUs from LDom primary: MAU bound to core 1 would have no CPUs
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
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   --dcv   SP      64    65408M   0.2%  18d 5h 33m
# ldm add-domain ldg1
----------------------------------------------------------------
Notice: LDom primary is in the process of a delayed reconfiguration.
Any changes made to primary will only take effect after it reboots.
----------------------------------------------------------------

Delayed reconfiguration of LDom ldg1 is not permitted
# ldm add-spconfig initial
# ldm list-spconfig
factory-default
initial [next poweron]
# shutdown -y -g0 -i6

Shutdown started.    Mon Jan  4 09:00:00 UTC 2010

Broadcast Message from root (console) on t5220-a Mon Jan  4 09:00:00 UTC 2010...
THE SYSTEM t5220-a IS BEING SHUT DOWN NOW ! ! !
Log off now or risk your files being damaged

Changing to init state 6 - please wait
rebooting...
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.9%  1m
# ldm list-spconfig
factory-default
initial [next poweron]
# ldm add-domain ldg1
# ldm add-vcpu 12 ldg1
# ldm add-crypto 2 ldg1
# ldm add-memory 1965M ldg1
# ldm bind ldg1
# ldm list -p
VERSION 1.4
DOMAIN|name=primary|state=active|flags=-n-cv|cons=SP|ncpu=8|mem=4294967296|util=0.9|uptime=90
DOMAIN|name=ldg1|state=bound|flags=-----|cons=5000|ncpu=12|mem=2063597568|util=|uptime=
# ldm set-vcpu 4 ldg1
Cannot remove 8 VCPUs from LDom ldg1: MAU bound to core 2 would have no CPUs
# ldm list-constraints ldg1
DOMAIN
ldg1

VCPU
    COUNT
    12

MAU
    COUNT
    2

MEMORY
    SIZE
    1965M

# ldm list-constraints -x ldg1
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>12</number>
      </cpu>
      <mau>
        <number>2</number>
      </mau>
      <memory>
        <size>1965M</size>
      </memory>
    </ldom>
  </data>
</LDM_interface>
# ldm list-constraints -p ldg1
VERSION 1.4
DOMAIN|name=ldg1
VCPU|count=12
MAU|count=2
MEMORY|size=2060451840
# ldm list-spconfig
factory-default
initial [next poweron]
=== cancel-operation reconf restores primary's constraints
host: t5220-a
--- input
ldm set-mem 8G primary
ldm list-constraints primary
ldm cancel-operation reconf primary
ldm list-constraints primary
ldm list
ldm cancel-op reconf primary
echo $?
--- output
# ldm set-mem 8G primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
# ldm list-constraints primary
DOMAIN
primary

VCPU
    COUNT
    64

MAU
    COUNT
    8

MEMORY
    SIZE
    8G

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@0            pci
    niu@80           niu

# ldm cancel-operation reconf primary
# ldm list-constraints primary
DOMAIN
primary

VCPU
    COUNT
    64

MAU
    COUNT
    8

MEMORY
    SIZE
    65408M

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@0            pci
    niu@80           niu

# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   ---c-   SP      64    65408M   0.2%  18d 5h 33m
# ldm cancel-op reconf primary
No delayed reconfiguration is pending on LDom primary
# echo $?
1
=== 2.2 whole cores, memory DR and crypto DR (§2.5, T22, T25, T27)
host: t5240-a
--- input
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 1 primary
ldm set-vcpu 8 primary
ldm set-memory 4G primary
ldm set-memory 4128M primary
ldm list
ldm add-domain ldg1
ldm add-vcpu -c 1 ldg1
ldm list -o resmgmt ldg1
ldm add-core 1 ldg1
ldm set-mem 2G ldg1
ldm bind ldg1
ldm list -o core ldg1
ldm start ldg1
ldm add-mem 200M ldg1
ldm add-mem --auto-adj 200M ldg1
ldm list
ldm list-devices core
ldm list-bindings ldg1
--- output
# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
# ldm set-mau 1 primary
# ldm set-vcpu 8 primary
# ldm set-memory 4G primary
A ldm set-mem 4G command would remove 126752MB, which is not a
multiple of 256MB. Instead, run ldm set-mem 4128M primary
to ensure a 256MB alignment.
# ldm set-memory 4128M primary
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-cv-  SP      8     4128M    0.6%  20d 17h 42m
# ldm add-domain ldg1
# ldm add-vcpu -c 1 ldg1
# ldm list -o resmgmt ldg1
NAME
ldg1

CONSTRAINT
    whole-core
    max-cores=1

# ldm add-core 1 ldg1
# ldm set-mem 2G ldg1
# ldm bind ldg1
# ldm list -o core ldg1
NAME
ldg1

CORE
    CID    CPUSET
    1      (8, 9, 10, 11, 12, 13, 14, 15)
    2      (16, 17, 18, 19, 20, 21, 22, 23)

# ldm start ldg1
LDom ldg1 started
# ldm add-mem 200M ldg1
The size of memory must be a multiple of 256MB.
# ldm add-mem --auto-adj 200M ldg1
Adjusting request size to 256M.
The ldg1 domain has been allocated 56M more memory
than requested because of memory alignment constraints.
# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active     -n-cv-  SP      8     4128M    0.6%  20d 17h 43m
ldg1             active     -t----  5000    16    2304M    0.1%  0s
# ldm list-devices core
CORE
    ID      %FREE   CPUSET
    3       100     (24, 25, 26, 27, 28, 29, 30, 31)
    4       100     (32, 33, 34, 35, 36, 37, 38, 39)
    5       100     (40, 41, 42, 43, 44, 45, 46, 47)
    6       100     (48, 49, 50, 51, 52, 53, 54, 55)
    7       100     (56, 57, 58, 59, 60, 61, 62, 63)
    8       100     (64, 65, 66, 67, 68, 69, 70, 71)
    9       100     (72, 73, 74, 75, 76, 77, 78, 79)
    10      100     (80, 81, 82, 83, 84, 85, 86, 87)
    11      100     (88, 89, 90, 91, 92, 93, 94, 95)
    12      100     (96, 97, 98, 99, 100, 101, 102, 103)
    13      100     (104, 105, 106, 107, 108, 109, 110, 111)
    14      100     (112, 113, 114, 115, 116, 117, 118, 119)
    15      100     (120, 121, 122, 123, 124, 125, 126, 127)

# ldm list-bindings ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg1             active     -t----  5000    16    2304M    0.1%  0s

UUID
    26264c99-d3f4-5418-0a27-793cca75e1a8

MAC
    00:14:4f:fb:44:d5

HOSTID
    0x84fb44d5

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

CONSTRAINT
    whole-core
    max-cores=2

CORE
    CID    CPUSET
    1      (8, 9, 10, 11, 12, 13, 14, 15)
    2      (16, 17, 18, 19, 20, 21, 22, 23)

VCPU
    VID    PID    CID    UTIL STRAND
    0      8      1      0.2%   100%
    1      9      1      0.1%   100%
    2      10     1      0.2%   100%
    3      11     1      0.1%   100%
    4      12     1      0.0%   100%
    5      13     1      0.0%   100%
    6      14     1      0.2%   100%
    7      15     1      0.1%   100%
    8      16     2      0.1%   100%
    9      17     2      0.1%   100%
    10     18     2      0.1%   100%
    11     19     2      0.1%   100%
    12     20     2      0.2%   100%
    13     21     2      0.0%   100%
    14     22     2      0.1%   100%
    15     23     2      0.0%   100%

MEMORY
    RA               PA               SIZE
    0x8000000        0x10000000       2304M

VCONS
    NAME             SERVICE                     PORT
    ldg1             primary-vcc0@primary        5000

=== ldm -V, usage and unknown commands
--- input
ldm -V
ldm --help add-vcpu
ldm add-vcpu
ldm frobnicate
ldm add-core 1 primary
ldm list-devices -a io
--- output
# ldm -V

Logical Domain Manager (v 1.3)
   Hypervisor control protocol v 1.4
   Using Hypervisor MD v 1.1

System PROM:
   Hypervisor  v. 1.8.0.    @(#)Hypervisor 1.8.0. 2009/10/06 10:06
   OpenBoot    v. 4.31.0.   @(#)OBP 4.31.0. 2009/10/06 09:41
# ldm --help add-vcpu
Usage:
    ldm add-vcpu <number> <ldom>
# ldm add-vcpu
Usage:
    ldm add-vcpu <number> <ldom>
# ldm frobnicate
Unknown command frobnicate; use --help option for list of available commands
# ldm add-core 1 primary
Unknown command add-core; use --help option for list of available commands
# ldm list-devices -a io
IO
    DEVICE           PSEUDONYM        BOUND   OPTIONS
    pci@780          bus_a            yes
    pci@7c0          bus_b            yes

