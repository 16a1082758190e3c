=== a zone from nothing to running, cloned, detached and attached elsewhere
config: zones-web1-configured
--- input
zoneadm -z web1 install > /dev/null
zonecfg -z web2 "create -t web1; set zonepath=/zones/web2; select net physical=e1000g0; set address=192.168.1.20/24; end"
zoneadm -z web2 clone web1
echo $?
zoneadm list -cv
ls /zones/web2/root
cat /zones/web2/root/etc/nodename
zoneadm -z web2 boot
zlogin web2 hostname
ls /zones/web2/root/etc/.UNCONFIGURED
zoneadm -z web2 halt
zoneadm -z web2 move /zones/moved/web2
echo $?
ls /zones
zoneadm list -cp
zoneadm -z web2 detach
echo $?
zoneadm list -cv
ls /zones/moved/web2
zonecfg -z web2 delete -F
zonecfg -z web3 "create -a /zones/moved/web2"
zonecfg -z web3 info zonepath
zoneadm -z web3 attach
echo $?
zoneadm -z web3 boot
zoneadm list -cv
zlogin web3 hostname
--- output
# zoneadm -z web1 install > /dev/null
# zonecfg -z web2 "create -t web1; set zonepath=/zones/web2; select net physical=e1000g0; set address=192.168.1.20/24; end"
# zoneadm -z web2 clone web1
Copying /zones/web1...
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
   - web2             installed  /zones/web2                    native   shared
# ls /zones/web2/root
bin       etc       home      mnt       platform  sbin      tmp       var
dev       export    lib       opt       proc      system    usr
# cat /zones/web2/root/etc/nodename
web1
# zoneadm -z web2 boot
# zlogin web2 hostname
web2
# ls /zones/web2/root/etc/.UNCONFIGURED
/zones/web2/root/etc/.UNCONFIGURED: No such file or directory
# zoneadm -z web2 halt
# zoneadm -z web2 move /zones/moved/web2
# echo $?
0
# ls /zones
moved  web1
# zoneadm list -cp
0:global:running:/::native:shared
-:web1:installed:/zones/web1:b26aeb51-a349-5fd9-37ab-48ad82aa4a36:native:shared
-:web2:installed:/zones/moved/web2:e5018215-1824-4fe7-58d3-56a5835ea8c3:native:shared
# zoneadm -z web2 detach
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
   - web2             configured /zones/moved/web2              native   shared
# ls /zones/moved/web2
SUNWdetached.xml  dev               root
# zonecfg -z web2 delete -F
# zonecfg -z web3 "create -a /zones/moved/web2"
# zonecfg -z web3 info zonepath
zonepath: /zones/moved/web2
# zoneadm -z web3 attach
# echo $?
0
# zoneadm -z web3 boot
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   2 web3             running    /zones/moved/web2              native   shared
   - web1             installed  /zones/web1                    native   shared
# zlogin web3 hostname
web3
=== install is logged; uninstall keeps what else is in the zonepath
config: zones-web1-installed
--- input
cat /zones/web1/root/var/sadm/system/logs/install_log
echo notes > /zones/web1/README
zoneadm -z web1 uninstall -F
echo $?
ls -a /zones/web1
--- output
# cat /zones/web1/root/var/sadm/system/logs/install_log
Installation of <web1> was successful.
# echo notes > /zones/web1/README
# zoneadm -z web1 uninstall -F
WARNING: Unable to completely remove /zones/web1
because it contains additional user data.  Only the standard directory
entries have been removed.
# echo $?
0
# ls -a /zones/web1
.       ..      README
=== a whole-root zone copies its own /usr, /lib, /platform and /sbin
config: zones-web1-configured
--- input
zonecfg -z big "create -b; set zonepath=/zones/big"
zoneadm -z big install
ls -l /zones/big/root/usr
zoneadm -z big boot
zlogin big mkdir /usr/local
ls /zones/big/root/usr
--- output
# zonecfg -z big "create -b; set zonepath=/zones/big"
# zoneadm -z big install
Preparing to install zone <big>.
Creating list of files to copy from the global zone.
Copying <111770> files to the zone.
Initializing zone product registry.
Determining zone package initialization order.
Preparing to initialize <1173> packages on the zone.
Initialized <1173> packages on zone.
Zone <big> is initialized.
The file </zones/big/root/var/sadm/system/logs/install_log> contains a log of the zone installation.
# ls -l /zones/big/root/usr
total 0
# zoneadm -z big boot
# zlogin big mkdir /usr/local
# ls /zones/big/root/usr
local
=== a sparse-root zone's inherited directories are read-only in the zone
config: zones-web1-running
--- input
zlogin web1 mkdir /usr/local
zlogin web1 rmdir /sbin
zlogin web1 chmod 700 /lib
zlogin web1 'echo x > /platform/x'
zlogin web1 rm /usr/nothing
mkdir /usr/local
zlogin web1 ls /usr
zlogin web1 rm -r /usr/local
zlogin web1 ls -d /export/home /etc/nodename /dev/null
--- output
# zlogin web1 mkdir /usr/local
mkdir: Failed to make directory "/usr/local"; Read-only file system
# zlogin web1 rmdir /sbin
rmdir: directory "/sbin": Read-only file system
# zlogin web1 chmod 700 /lib
chmod: WARNING: can't change /lib
# zlogin web1 'echo x > /platform/x'
/platform/x: cannot create
# zlogin web1 rm /usr/nothing
/usr/nothing: No such file or directory
# mkdir /usr/local
# zlogin web1 ls /usr
local
# zlogin web1 rm -r /usr/local
rm: Unable to remove directory /usr/local: Read-only file system
# zlogin web1 ls -d /export/home /etc/nodename /dev/null
/dev/null      /etc/nodename  /export/home
=== an lofs fs resource: a global directory in the zone, read-only with ro
config: zones-web1-configured
--- input
mkdir -p /export/www /export/logs
echo hello > /export/www/index.html
zonecfg -z web1 "add fs; set dir=/var/www; set special=/export/www; set type=lofs; add options ro; end"
zonecfg -z web1 "add fs; set dir=/var/log/web; set special=/export/logs; set type=lofs; end"
zoneadm -z web1 install > /dev/null
zoneadm -z web1 boot
zlogin web1 cat /var/www/index.html
zlogin web1 'echo no > /var/www/index.html'
zlogin web1 'echo yes > /var/log/web/access_log'
cat /export/logs/access_log
ls -d /zones/web1/root/var/www /zones/web1/root/var/log/web
--- output
# mkdir -p /export/www /export/logs
# echo hello > /export/www/index.html
# zonecfg -z web1 "add fs; set dir=/var/www; set special=/export/www; set type=lofs; add options ro; end"
# zonecfg -z web1 "add fs; set dir=/var/log/web; set special=/export/logs; set type=lofs; end"
# zoneadm -z web1 install > /dev/null
# zoneadm -z web1 boot
# zlogin web1 cat /var/www/index.html
hello
# zlogin web1 'echo no > /var/www/index.html'
/var/www/index.html: cannot create
# zlogin web1 'echo yes > /var/log/web/access_log'
# cat /export/logs/access_log
yes
# ls -d /zones/web1/root/var/www /zones/web1/root/var/log/web
/zones/web1/root/var/log/web  /zones/web1/root/var/www
=== clone: the source must be installed and halted, of the same brand and inherit-pkg-dirs
config: zones-web1-running
--- input
zonecfg -z web2 "create; set zonepath=/zones/web2"
zoneadm -z web2 clone web1
echo $?
zoneadm -z web2 clone nosuch
echo $?
zoneadm -z web2 clone global
echo $?
zonecfg -z web3 "create; set zonepath=/zones/web3"
zoneadm -z web2 clone web3
echo $?
zoneadm -z web1 halt
zonecfg -z whole "create -b; set zonepath=/zones/whole"
zoneadm -z whole clone web1
echo $?
zonecfg -z more "create; set zonepath=/zones/more; add inherit-pkg-dir; set dir=/opt; end"
zoneadm -z more clone web1
echo $?
zoneadm -z web2 clone -s rpool/zones/web1@SUNWzone1 web1
echo $?
zoneadm list -cv
--- output
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# zoneadm -z web2 clone web1
zoneadm: zone 'web2': clone operation is invalid for running zones.
# echo $?
1
# zoneadm -z web2 clone nosuch
zoneadm: nosuch: could not get state: No such zone configured
# echo $?
1
# zoneadm -z web2 clone global
zoneadm: zone 'web2': clone operation is invalid for the global zone.
# echo $?
1
# zonecfg -z web3 "create; set zonepath=/zones/web3"
# zoneadm -z web2 clone web3
zoneadm: zone web3 is configured; installed is required.
# echo $?
1
# zoneadm -z web1 halt
# zonecfg -z whole "create -b; set zonepath=/zones/whole"
# zoneadm -z whole clone web1
inherit-pkg-dir '/lib' is not configured in zone whole.
inherit-pkg-dir '/platform' is not configured in zone whole.
inherit-pkg-dir '/sbin' is not configured in zone whole.
inherit-pkg-dir '/usr' is not configured in zone whole.
# echo $?
1
# zonecfg -z more "create; set zonepath=/zones/more; add inherit-pkg-dir; set dir=/opt; end"
# zoneadm -z more clone web1
Zone more is configured with inherit-pkg-dirs that are not configured in zone web1.
# echo $?
1
# zoneadm -z web2 clone -s rpool/zones/web1@SUNWzone1 web1
unable to find path for rpool/zones/web1@SUNWzone1.
# echo $?
1
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
   - web2             incomplete /zones/web2                    native   shared
   - web3             configured /zones/web3                    native   shared
   - whole            configured /zones/whole                   native   shared
   - more             configured /zones/more                    native   shared
=== clone warns about what both zones would share
config: zones-web1-configured
--- input
mkdir -p /export/www /export/data
zonecfg -z web1 "add fs; set dir=/www; set special=/export/www; set type=lofs; end"
zonecfg -z web1 "add fs; set dir=/data; set special=/export/data; set type=lofs; add options ro; end"
zonecfg -z web1 "add device; set match=/dev/rdsk/c0t1d0s*; end"
zoneadm -z web1 install > /dev/null
zonecfg -z web2 "create -t web1; set zonepath=/zones/web2"
zoneadm -z web2 clone -m copy web1
echo $?
--- output
# mkdir -p /export/www /export/data
# zonecfg -z web1 "add fs; set dir=/www; set special=/export/www; set type=lofs; end"
# zonecfg -z web1 "add fs; set dir=/data; set special=/export/data; set type=lofs; add options ro; end"
# zonecfg -z web1 "add device; set match=/dev/rdsk/c0t1d0s*; end"
# zoneadm -z web1 install > /dev/null
# zonecfg -z web2 "create -t web1; set zonepath=/zones/web2"
# zoneadm -z web2 clone -m copy web1
WARNING: read-write lofs file system on '/export/www' is configured in both zones.
WARNING: network address '192.168.1.10' is configured in both zones.
WARNING: device '/dev/rdsk/c0t1d0s*' is configured in both zones.
Copying /zones/web1...
# echo $?
0
=== move: into an empty directory, not into itself; across file systems it copies
config: zones-web1-installed
--- input
mkdir -p /zones2/web1
echo x > /zones2/web1/file
zoneadm -z web1 move /zones2/web1
echo $?
chmod 700 /zones2/web1
zoneadm -z web1 move /zones2/web1
echo $?
zoneadm -z web1 move /zones/web1/sub
echo $?
zoneadm -z web1 move relative
echo $?
mkdir -m 755 /tmp/zones
zoneadm -z web1 move /tmp/zones/web1
echo $?
zoneadm list -cv
ls /zones
--- output
# mkdir -p /zones2/web1
# echo x > /zones2/web1/file
# zoneadm -z web1 move /zones2/web1
/zones2/web1 must not be group readable.
/zones2/web1 must not be group executable.
/zones2/web1 must not be world readable.
/zones2/web1 must not be world executable.
# echo $?
1
# chmod 700 /zones2/web1
# zoneadm -z web1 move /zones2/web1
could not move zone to /zones2/web1: directory not empty
# echo $?
1
# zoneadm -z web1 move /zones/web1/sub
zoneadm: could not move zone: Invalid argument
# echo $?
1
# zoneadm -z web1 move relative
relative is not an absolute path.
# echo $?
1
# mkdir -m 755 /tmp/zones
# zoneadm -z web1 move /tmp/zones/web1
WARNING: /tmp/zones/web1 is on a temporary file system.
Moving across file systems; copying zonepath /zones/web1...
Cleaning up zonepath /zones/web1...
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /tmp/zones/web1                native   shared
# ls /zones
=== detach -n prints the manifest and changes nothing
config: zones-web1-running
--- input
zoneadm -z web1 detach -n
echo $?
zoneadm list -v
zonecfg -z web2 "create; set zonepath=/zones/web2"
zoneadm -z web2 detach -n
echo $?
zoneadm detach -n
echo $?
zoneadm -z global detach -n
echo $?
--- output
# zoneadm -z web1 detach -n
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE zone PUBLIC "-//Sun Microsystems Inc//DTD Zones//EN" "file:///usr/share/lib/xml/dtd/zonecfg.dtd.1">
<!--
    DO NOT EDIT THIS FILE.  Use zonecfg(1M) instead.
-->
<zone name="web1" zonepath="/zones/web1" autoboot="true">
  <inherited-pkg-dir directory="/lib"/>
  <inherited-pkg-dir directory="/platform"/>
  <inherited-pkg-dir directory="/sbin"/>
  <inherited-pkg-dir directory="/usr"/>
  <network address="192.168.1.10/24" physical="e1000g0"/>
  <package name="SUNWcsr" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWcsu" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWcsd" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWcsl" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWzoner" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWzoneu" version="11.10.0,REV=2005.01.21.15.53"/>
  <patch id="141444-09"/>
  <patch id="141514-02"/>
</zone>
# echo $?
0
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1             running    /zones/web1                    native   shared
# zonecfg -z web2 "create; set zonepath=/zones/web2"
# zoneadm -z web2 detach -n
zoneadm: getting the detach information failed: No such file or directory
# echo $?
1
# zoneadm detach -n
zoneadm: no zone specified
# echo $?
1
# zoneadm -z global detach -n
zoneadm: zone 'global': detach operation is invalid for the global zone.
# echo $?
1
=== attach: checks of the manifest, -n, -F and -u
config: zones-web1-installed
--- input
zoneadm -z web1 detach
cat /zones/web1/SUNWdetached.xml
zoneadm -z web1 attach -n /zones/web1/SUNWdetached.xml
echo $?
zoneadm attach -n /zones/web1/SUNWdetached.xml
echo $?
zoneadm -z web1 attach -n /nowhere.xml
echo $?
zoneadm -z web1 attach -n /zones/web1/root
echo $?
echo junk > /var/tmp/junk.xml
zoneadm -z web1 attach -n /var/tmp/junk.xml
echo $?
zoneadm -z web1 attach -n - < /var/tmp/junk.xml
echo $?
zoneadm -z web1 attach -n /var/tmp/junk.xml -u
echo $?
zoneadm -z web1 attach -u
echo $?
zoneadm list -cv
ls /zones/web1
zoneadm -z web1 detach
zoneadm -z web1 attach -F
ls /zones/web1
zoneadm -z web1 uninstall -F
ls /zones
--- output
# zoneadm -z web1 detach
# cat /zones/web1/SUNWdetached.xml
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE zone PUBLIC "-//Sun Microsystems Inc//DTD Zones//EN" "file:///usr/share/lib/xml/dtd/zonecfg.dtd.1">
<!--
    DO NOT EDIT THIS FILE.  Use zonecfg(1M) instead.
-->
<zone name="web1" zonepath="/zones/web1" autoboot="true">
  <inherited-pkg-dir directory="/lib"/>
  <inherited-pkg-dir directory="/platform"/>
  <inherited-pkg-dir directory="/sbin"/>
  <inherited-pkg-dir directory="/usr"/>
  <network address="192.168.1.10/24" physical="e1000g0"/>
  <package name="SUNWcsr" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWcsu" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWcsd" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWcsl" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWzoner" version="11.10.0,REV=2005.01.21.15.53"/>
  <package name="SUNWzoneu" version="11.10.0,REV=2005.01.21.15.53"/>
  <patch id="141444-09"/>
  <patch id="141514-02"/>
</zone>
# zoneadm -z web1 attach -n /zones/web1/SUNWdetached.xml
# echo $?
0
# zoneadm attach -n /zones/web1/SUNWdetached.xml
# echo $?
0
# zoneadm -z web1 attach -n /nowhere.xml
zoneadm: could not open manifest path: No such file or directory
# echo $?
1
# zoneadm -z web1 attach -n /zones/web1/root
zoneadm: zone 'web1': /zones/web1/root is not an XML file
# echo $?
1
# echo junk > /var/tmp/junk.xml
# zoneadm -z web1 attach -n /var/tmp/junk.xml
zoneadm: zone 'web1': /var/tmp/junk.xml is not an XML file
# echo $?
1
# zoneadm -z web1 attach -n - < /var/tmp/junk.xml
zoneadm: zone 'web1': Input is not a valid XML file
# echo $?
1
# zoneadm -z web1 attach -n /var/tmp/junk.xml -u
zoneadm: zone 'web1': -n and -u flags are mutually exclusive
# echo $?
1
# zoneadm -z web1 attach -u
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
# ls /zones/web1
dev   root
# zoneadm -z web1 detach
# zoneadm -z web1 attach -F
# ls /zones/web1
SUNWattached.xml  dev               root
# zoneadm -z web1 uninstall -F
# ls /zones
=== attach of a zone that was not detached
config: zones-web1-installed
--- input
zoneadm -z web1 uninstall -F
zoneadm -z web1 attach
echo $?
mkdir -m 700 /zones/web1
zoneadm -z web1 attach
echo $?
mkdir /zones/web1/root
zoneadm -z web1 attach
echo $?
zoneadm list -cv
--- output
# zoneadm -z web1 uninstall -F
# zoneadm -z web1 attach
zoneadm: /zones/web1: No such file or directory
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# mkdir -m 700 /zones/web1
# zoneadm -z web1 attach
zoneadm: zone 'web1': The zone was not properly detached.
	Attempting to attach anyway.
zoneadm: zone 'web1': Cannot generate the information needed to attach this zone.
# echo $?
1
# mkdir /zones/web1/root
# zoneadm -z web1 attach
zoneadm: zone 'web1': The zone was not properly detached.
	Attempting to attach anyway.
# echo $?
0
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
=== attach: a manifest of another brand, or one that does not parse
config: zones-web1-installed
--- input
zoneadm -z web1 detach
echo "<?xml version='1.0'?><zone name='web1' zonepath='/zones/web1' autoboot='false' brand='solaris8'/>" > /zones/web1/SUNWdetached.xml
zoneadm -z web1 attach
echo $?
echo "<?xml version='1.0'?><zone>" > /zones/web1/SUNWdetached.xml
zoneadm -z web1 attach
echo $?
zoneadm -z web1 attach -n /zones/web1/SUNWdetached.xml
echo $?
--- output
# zoneadm -z web1 detach
# echo "<?xml version='1.0'?><zone name='web1' zonepath='/zones/web1' autoboot='false' brand='solaris8'/>" > /zones/web1/SUNWdetached.xml
# zoneadm -z web1 attach
zoneadm: zone 'web1': Trying to attach a 'solaris8' zone to a 'native' configuration.
# echo $?
1
# echo "<?xml version='1.0'?><zone>" > /zones/web1/SUNWdetached.xml
# zoneadm -z web1 attach
zoneadm: zone 'web1': Cannot attach to an earlier release of the operating system
# echo $?
1
# zoneadm -z web1 attach -n /zones/web1/SUNWdetached.xml
zoneadm: zone 'web1': Cannot attach to an earlier release of the operating system
# echo $?
1
