=== dedicated-cpu: a zone's CPUs come from its domain's vcpus, and go back when it halts
config: zones-guest
domain: ldg1
--- input
mkdir -m 700 /zones
zonecfg -z db1 "create -b; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=2-4; set importance=10; end"
zonecfg -z db2 "create -b; set zonepath=/zones/db2; add dedicated-cpu; set ncpus=3; end"
zonecfg -z web1 "create; set zonepath=/zones/web1"
zoneadm -z db1 install > /dev/null
zoneadm -z db2 install > /dev/null
zoneadm -z web1 install > /dev/null
psrinfo
zoneadm -z db1 boot
echo $?
psrinfo
zlogin db1 psrinfo
zlogin db1 psrinfo -p
zoneadm -z web1 boot
zlogin web1 psrinfo
zoneadm -z db2 boot
echo $?
zoneadm -z db1 reboot
zlogin db1 psrinfo
zoneadm -z db1 halt
psrinfo
zoneadm -z db2 boot
zlogin db2 psrinfo
zlogin web1 psrinfo
zoneadm -z db1 ready
echo $?
zoneadm list -v
--- output
# mkdir -m 700 /zones
# zonecfg -z db1 "create -b; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=2-4; set importance=10; end"
# zonecfg -z db2 "create -b; set zonepath=/zones/db2; add dedicated-cpu; set ncpus=3; end"
# zonecfg -z web1 "create; set zonepath=/zones/web1"
# zoneadm -z db1 install > /dev/null
# zoneadm -z db2 install > /dev/null
# zoneadm -z web1 install > /dev/null
# psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zoneadm -z db1 boot
zoneadm: zone 'db1': WARNING: A range of dedicated-cpus has been specified
zoneadm: zone 'db1': but the dynamic pool service is not enabled.
zoneadm: zone 'db1': The system will not dynamically adjust the
zoneadm: zone 'db1': processor allocation within the specified range
zoneadm: zone 'db1': until svc:/system/pools/dynamic is enabled.
zoneadm: zone 'db1': See poold(1M).
# echo $?
0
# psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
# zlogin db1 psrinfo
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zlogin db1 psrinfo -p
1
# zoneadm -z web1 boot
# zlogin web1 psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
# zoneadm -z db2 boot
# echo $?
0
# zoneadm -z db1 reboot
zoneadm: zone 'db1': WARNING: A range of dedicated-cpus has been specified
zoneadm: zone 'db1': but the dynamic pool service is not enabled.
zoneadm: zone 'db1': The system will not dynamically adjust the
zoneadm: zone 'db1': processor allocation within the specified range
zoneadm: zone 'db1': until svc:/system/pools/dynamic is enabled.
zoneadm: zone 'db1': See poold(1M).
# zlogin db1 psrinfo
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
# zoneadm -z db1 halt
# psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
# zoneadm -z db2 boot
zoneadm: zone 'db2': zone is already booted
# zlogin db2 psrinfo
2	on-line   since 01/04/2010 09:03:30
3	on-line   since 01/04/2010 09:03:30
7	on-line   since 01/04/2010 09:03:30
# zlogin web1 psrinfo
0	on-line   since 01/04/2010 09:03:30
1	on-line   since 01/04/2010 09:03:30
4	on-line   since 01/04/2010 09:03:30
5	on-line   since 01/04/2010 09:03:30
6	on-line   since 01/04/2010 09:03:30
# zoneadm -z db1 ready
zoneadm: zone 'db1': WARNING: A range of dedicated-cpus has been specified
zoneadm: zone 'db1': but the dynamic pool service is not enabled.
zoneadm: zone 'db1': The system will not dynamically adjust the
zoneadm: zone 'db1': processor allocation within the specified range
zoneadm: zone 'db1': until svc:/system/pools/dynamic is enabled.
zoneadm: zone 'db1': See poold(1M).
# echo $?
0
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   2 web1             running    /zones/web1                    native   shared
   3 db2              running    /zones/db2                     native   shared
   5 db1              ready      /zones/db1                     native   shared
=== dedicated-cpu: more CPUs than the domain can spare
config: zones-web1-configured
--- input
zonecfg -z web1 "add dedicated-cpu; set ncpus=32; end"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 boot
echo $?
zoneadm -z web1 ready
echo $?
zonecfg -z web1 "select dedicated-cpu; set ncpus=31; end"
zoneadm -z web1 boot
echo $?
psrinfo
zlogin web1 psrinfo -p
--- output
# zonecfg -z web1 "add dedicated-cpu; set ncpus=32; end"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 boot
zoneadm: zone 'web1': Could not create a temporary pool: Invalid configuration
zoneadm: zone 'web1': dedicated-cpu setting cannot be instantiated
zoneadm: zone 'web1': call to zoneadmd failed
# echo $?
1
# zoneadm -z web1 ready
zoneadm: zone 'web1': Could not create a temporary pool: Invalid configuration
zoneadm: zone 'web1': dedicated-cpu setting cannot be instantiated
zoneadm: zone 'web1': call to zoneadmd failed
# echo $?
1
# zonecfg -z web1 "select dedicated-cpu; set ncpus=31; end"
# zoneadm -z web1 boot
# echo $?
0
# psrinfo
0	on-line   since 12/19/2009 18:20:17
# zlogin web1 psrinfo -p
1
=== cpu-shares without the FSS scheduling class: zoneadmd warns at boot
config: zones-web1-installed
--- input
zonecfg -z web1 "set cpu-shares=20"
zoneadm -z web1 boot
echo $?
zoneadm -z web1 halt
zonecfg -z web1 "set scheduling-class=FSS"
zoneadm -z web1 boot
echo $?
--- output
# zonecfg -z web1 "set cpu-shares=20"
# zoneadm -z web1 boot
zoneadm: zone 'web1': WARNING: The zone.cpu-shares rctl is set but
zoneadm: zone 'web1': FSS is not the default scheduling class for
zoneadm: zone 'web1': this zone.  FSS will be used for processes
zoneadm: zone 'web1': in the zone but to get the full benefit of FSS,
zoneadm: zone 'web1': it should be the default scheduling class.
zoneadm: zone 'web1': See dispadmin(1M) for more details.
# echo $?
0
# zoneadm -z web1 halt
# zonecfg -z web1 "set scheduling-class=FSS"
# zoneadm -z web1 boot
# echo $?
0
=== capped-memory: prtconf in the zone reports the cap
config: zones-web1-installed
--- input
zonecfg -z web1 "add capped-memory; set physical=2g; end"
zoneadm -z web1 boot
zlogin web1 prtconf
--- output
# zonecfg -z web1 "add capped-memory; set physical=2g; end"
# zoneadm -z web1 boot
# zlogin web1 prtconf
System Configuration:  Sun Microsystems  sun4v
Memory size: 2048 Megabytes
System Peripherals (Software Nodes):

SUNW,Sun-Fire-T200
    scsi_vhci, instance #0
    packages (driver not attached)
        SUNW,builtin-drivers (driver not attached)
        deblocker (driver not attached)
        disk-label (driver not attached)
        terminal-emulator (driver not attached)
        obp-tftp (driver not attached)
        dropins (driver not attached)
        kbd-translator (driver not attached)
        SUNW,asr (driver not attached)
        ufs-file-system (driver not attached)
    chosen (driver not attached)
    openprom (driver not attached)
        client-services (driver not attached)
    options, instance #0
    aliases (driver not attached)
    memory (driver not attached)
    virtual-memory (driver not attached)
    virtual-devices, instance #0
        ncp, instance #0
        console, instance #0
        channel-devices, instance #0
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    cpu (driver not attached)
    pci, instance #0
    pci, instance #1
    iscsi, instance #0
    pseudo, instance #0
=== shared-IP: an address that another running zone has
config: zones-web1-running
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.10/16; end"
zoneadm -z web2 install > /dev/null
zoneadm -z web2 boot
echo $?
zoneadm -z web2 ready
echo $?
zoneadm -z web1 halt
zoneadm -z web2 boot
echo $?
zoneadm -z web1 boot
echo $?
zoneadm list -cv
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2; add net; set physical=e1000g0; set address=192.168.1.10/16; end"
# zoneadm -z web2 install > /dev/null
# zoneadm -z web2 boot
zoneadm: zone 'web2': e1000g0:2: could not bring network interface up: address in use by zone 'web1': Cannot assign requested address
zoneadm: zone 'web2': call to zoneadmd failed
# echo $?
1
# zoneadm -z web2 ready
zoneadm: zone 'web2': e1000g0:2: could not bring network interface up: address in use by zone 'web1': Cannot assign requested address
zoneadm: zone 'web2': call to zoneadmd failed
# echo $?
1
# zoneadm -z web1 halt
# zoneadm -z web2 boot
# echo $?
0
# zoneadm -z web1 boot
zoneadm: zone 'web1': e1000g0:2: could not bring network interface up: address in use by zone 'web2': Cannot assign requested address
zoneadm: zone 'web1': call to zoneadmd failed
# echo $?
1
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   4 web2             running    /zones/web2                    native   shared
   - web1             installed  /zones/web1                    native   shared
=== shared-IP: two nets of one zone with one address
config: zones-web1-installed
--- input
zonecfg -z web1 "add net; set physical=e1000g0; set address=192.168.1.10/16; end"
zoneadm -z web1 boot
echo $?
--- output
# zonecfg -z web1 "add net; set physical=e1000g0; set address=192.168.1.10/16; end"
# zoneadm -z web1 boot
zoneadm: zone 'web1': e1000g0:2: could not bring network interface up: address in use by zone 'web1': Cannot assign requested address
zoneadm: zone 'web1': call to zoneadmd failed
# echo $?
1
=== exclusive-IP: a link of the domain, not plumbed in the global zone, one zone at a time
config: zones-web1-configured
status: 1
--- input
zonecfg -z x1 "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g1; end"
zonecfg -z x2 "create -t x1; set zonepath=/zones/x2"
zonecfg -z x3 "create; set zonepath=/zones/x3; set ip-type=exclusive; add net; set physical=e1000g0; end"
zonecfg -z x4 "create; set zonepath=/zones/x4; set ip-type=exclusive; add net; set physical=e1000g7; end"
zoneadm -z x1 install > /dev/null
zoneadm -z x2 install > /dev/null
zoneadm -z x3 install > /dev/null
zoneadm -z x4 install > /dev/null
zoneadm -z x1 boot
echo $?
zoneadm -z x2 verify
echo $?
zoneadm -z x2 boot
echo $?
zoneadm -z x3 boot
echo $?
zoneadm -z x4 boot
echo $?
zoneadm -z x1 halt
zoneadm -z x2 reboot
echo $?
zoneadm list -v
zlogin x1 zonename -t
--- output
# zonecfg -z x1 "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g1; end"
# zonecfg -z x2 "create -t x1; set zonepath=/zones/x2"
# zonecfg -z x3 "create; set zonepath=/zones/x3; set ip-type=exclusive; add net; set physical=e1000g0; end"
# zonecfg -z x4 "create; set zonepath=/zones/x4; set ip-type=exclusive; add net; set physical=e1000g7; end"
# zoneadm -z x1 install > /dev/null
# zoneadm -z x2 install > /dev/null
# zoneadm -z x3 install > /dev/null
WARNING: skipping network interface 'e1000g0' which is used in the global zone.
# zoneadm -z x4 install > /dev/null
WARNING: skipping network interface 'e1000g7' which cannot be opened: dlpi error (DLPI link does not exist).
# zoneadm -z x1 boot
# echo $?
0
# zoneadm -z x2 verify
WARNING: skipping network interface 'e1000g1' which is used by the non-global zone 'x1'.
# echo $?
0
# zoneadm -z x2 boot
WARNING: skipping network interface 'e1000g1' which is used by the non-global zone 'x1'.
zoneadm: zone 'x2': WARNING: skipping network interface 'e1000g1' which is used by the non-global zone 'x1'.
zoneadm: zone 'x2': : Not owner
# echo $?
0
# zoneadm -z x3 boot
WARNING: skipping network interface 'e1000g0' which is used in the global zone.
zoneadm: zone 'x3': WARNING: skipping network interface 'e1000g0' which is used in the global zone.: Not owner
# echo $?
0
# zoneadm -z x4 boot
WARNING: skipping network interface 'e1000g7' which cannot be opened: dlpi error (DLPI link does not exist).
zoneadm: zone 'x4': WARNING: unable to add network interface 'e1000g7'.: No such device or address
# echo $?
0
# zoneadm -z x1 halt
# zoneadm -z x2 reboot
# echo $?
0
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   3 x3               running    /zones/x3                      native   excl  
   4 x4               running    /zones/x4                      native   excl  
   5 x2               running    /zones/x2                      native   excl  
# zlogin x1 zonename -t
zlogin: login allowed only to running zones (x1 is 'installed').
=== zones in a guest use its vnet
config: zones-guest
domain: ldg1
--- input
zonecfg -z app "create; set zonepath=/zones/app; add net; set physical=vnet0; set address=10.0.0.5/24; end"
zonecfg -z appx "create; set zonepath=/zones/appx; set ip-type=exclusive; add net; set physical=e1000g0; end"
zoneadm -z app install > /dev/null
zoneadm -z app boot
echo $?
zoneadm -z appx install > /dev/null
zoneadm list -cv
--- output
# zonecfg -z app "create; set zonepath=/zones/app; add net; set physical=vnet0; set address=10.0.0.5/24; end"
# zonecfg -z appx "create; set zonepath=/zones/appx; set ip-type=exclusive; add net; set physical=e1000g0; end"
# zoneadm -z app install > /dev/null
# zoneadm -z app boot
# echo $?
0
# zoneadm -z appx install > /dev/null
WARNING: skipping network interface 'e1000g0' which cannot be opened: dlpi error (DLPI link does not exist).
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 app              running    /zones/app                     native   shared
   - appx             installed  /zones/appx                    native   excl  
