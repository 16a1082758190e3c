=== df: the default format, -k, -h, -n, -b, -e, -t over a UFS-root global zone
--- input
df
df -k
df -h
df -n
df -b /
df -e /tmp
df -t /export/home
--- output
# df
/                  (/dev/dsk/c0t0d0s0 ):55771642 blocks  1835080 files
/devices           (/devices          ):       0 blocks        0 files
/system/contract   (ctfs              ):       0 blocks        0 files
/proc              (proc              ):       0 blocks    29875 files
/etc/mnttab        (mnttab            ):       0 blocks        0 files
/etc/svc/volatile  (swap              ):50231040 blocks  1178290 files
/system/object     (objfs             ):       0 blocks        0 files
/etc/dfs/sharetab  (sharefs           ):       0 blocks        0 files
/platform/sun4v/lib/libc_psr.so.1(/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1):55771642 blocks  1835080 files
/platform/sun4v/lib/sparcv9/libc_psr.so.1(/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1):55771642 blocks  1835080 files
/dev/fd            (fd                ):       0 blocks        0 files
/tmp               (swap              ):50231040 blocks  1178290 files
/var/run           (swap              ):50231040 blocks  1178290 files
/export/home       (/dev/dsk/c0t0d0s7 ):68788560 blocks  2086524 files
# df -k
Filesystem            kbytes    used   avail capacity  Mounted on
/dev/dsk/c0t0d0s0    33047082 5161261 27555351    16%    /
/devices                   0       0       0     0%    /devices
ctfs                       0       0       0     0%    /system/contract
proc                       0       0       0     0%    /proc
mnttab                     0       0       0     0%    /etc/mnttab
swap                 25116600    1080 25115520     1%    /etc/svc/volatile
objfs                      0       0       0     0%    /system/object
sharefs                    0       0       0     0%    /etc/dfs/sharetab
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                     33047082 5161261 27555351    16%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                     33047082 5161261 27555351    16%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                         0       0       0     0%    /dev/fd
swap                 25115552      32 25115520     1%    /tmp
swap                 25115560      40 25115520     1%    /var/run
/dev/dsk/c0t0d0s7    34429418   35138 34049986     1%    /export/home
# df -h
Filesystem             size   used  avail capacity  Mounted on
/dev/dsk/c0t0d0s0       32G   4.9G    26G    16%    /
/devices                 0K     0K     0K     0%    /devices
ctfs                     0K     0K     0K     0%    /system/contract
proc                     0K     0K     0K     0%    /proc
mnttab                   0K     0K     0K     0%    /etc/mnttab
swap                    24G   1.1M    24G     1%    /etc/svc/volatile
objfs                    0K     0K     0K     0%    /system/object
sharefs                  0K     0K     0K     0%    /etc/dfs/sharetab
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /dev/fd
swap                    24G    32K    24G     1%    /tmp
swap                    24G    40K    24G     1%    /var/run
/dev/dsk/c0t0d0s7       33G    34M    32G     1%    /export/home
# df -n
/                  : ufs     
/devices           : devfs   
/system/contract   : ctfs    
/proc              : proc    
/etc/mnttab        : mntfs   
/etc/svc/volatile  : tmpfs   
/system/object     : objfs   
/etc/dfs/sharetab  : sharefs 
/platform/sun4v/lib/libc_psr.so.1: lofs    
/platform/sun4v/lib/sparcv9/libc_psr.so.1: lofs    
/dev/fd            : fd      
/tmp               : tmpfs   
/var/run           : tmpfs   
/export/home       : ufs     
# df -b /
Filesystem              avail
/dev/dsk/c0t0d0s0    27885821
# df -e /tmp
Filesystem              ifree
swap                  1178290
# df -t /export/home
/export/home       (/dev/dsk/c0t0d0s7 ): 68788560 blocks  2086524 files
                                  total: 68858836 blocks  2086528 files
=== df: operands name the file system holding a file, or a resource; df.c's messages
--- input
echo data > /tmp/x
df -k /tmp/x /etc/nodename
df -n swap /dev/dsk/c0t0d0s7
df /nope /tmp
echo $?
df /nope /also-nope
echo $?
df -F ufs /tmp
echo $?
df -q
echo $?
df -o x -h
echo $?
--- output
# echo data > /tmp/x
# df -k /tmp/x /etc/nodename
Filesystem            kbytes    used   avail capacity  Mounted on
swap                 25115552      40 25115512     1%    /tmp
/dev/dsk/c0t0d0s0    33047082 5161261 27555351    16%    /
# df -n swap /dev/dsk/c0t0d0s7
/var/run           : tmpfs   
/export/home       : ufs     
# df /nope /tmp
df: (/nope     ) not a block device, directory or mounted resource
/tmp               (swap              ):50231024 blocks  1178290 files
# echo $?
1
# df /nope /also-nope
df: (/nope     ) not a block device, directory or mounted resource
df: (/also-nope) not a block device, directory or mounted resource
# echo $?
2
# df -F ufs /tmp
df: Warning: /tmp mounted as a tmpfs file system
# echo $?
1
# df -q
df: unknown option: q
Usage: df [-F FSType] [-abeghklntVvZ] [-o FSType-specific_options] [directory | block_device | resource]
# echo $?
1
# df -o x -h
df: -o and -h options are incompatible
# echo $?
1
=== df counts what the files take: /tmp is swap, the rest the root slice
--- input
df -k / /tmp
printf '%2000s\n' x > /tmp/big; cp /tmp/big /var/tmp/big
df -k / /tmp
--- output
# df -k / /tmp
Filesystem            kbytes    used   avail capacity  Mounted on
/dev/dsk/c0t0d0s0    33047082 5161261 27555351    16%    /
swap                 25115552      32 25115520     1%    /tmp
# printf '%2000s\n' x > /tmp/big; cp /tmp/big /var/tmp/big
# df -k / /tmp
Filesystem            kbytes    used   avail capacity  Mounted on
/dev/dsk/c0t0d0s0    33047082 5161263 27555349    16%    /
swap                 25115552      40 25115512     1%    /tmp
=== mount: /etc/mnttab as mount lists it, -v and -p
--- input
mount
mount -v
mount -p
mount -z
echo $?
mount -v /tmp
echo $?
--- output
# mount
/ on /dev/dsk/c0t0d0s0 read/write/setuid/devices/intr/largefiles/logging/xattr/onerror=panic/dev=800010 on Sat Dec 19 18:20:17 2009
/devices on /devices read/write/setuid/devices/dev=4a00000 on Sat Dec 19 18:20:17 2009
/system/contract on ctfs read/write/setuid/devices/dev=4a40001 on Sat Dec 19 18:20:17 2009
/proc on proc read/write/setuid/devices/dev=4a80000 on Sat Dec 19 18:20:17 2009
/etc/mnttab on mnttab read/write/setuid/devices/dev=4ac0001 on Sat Dec 19 18:20:17 2009
/etc/svc/volatile on swap read/write/setuid/devices/xattr/dev=4b00001 on Sat Dec 19 18:20:17 2009
/system/object on objfs read/write/setuid/devices/dev=4b40001 on Sat Dec 19 18:20:17 2009
/etc/dfs/sharetab on sharefs read/write/setuid/devices/dev=4b80001 on Sat Dec 19 18:20:17 2009
/platform/sun4v/lib/libc_psr.so.1 on /platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 read/write/setuid/devices/dev=800010 on Sat Dec 19 18:20:17 2009
/platform/sun4v/lib/sparcv9/libc_psr.so.1 on /platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 read/write/setuid/devices/dev=800010 on Sat Dec 19 18:20:17 2009
/dev/fd on fd read/write/setuid/devices/dev=4cc0001 on Sat Dec 19 18:20:17 2009
/tmp on swap read/write/setuid/devices/xattr/dev=4b00002 on Sat Dec 19 18:20:17 2009
/var/run on swap read/write/setuid/devices/xattr/dev=4b00003 on Sat Dec 19 18:20:17 2009
/export/home on /dev/dsk/c0t0d0s7 read/write/setuid/devices/intr/largefiles/logging/xattr/onerror=panic/dev=800017 on Sat Dec 19 18:20:17 2009
# mount -v
/dev/dsk/c0t0d0s0 on / type ufs read/write/setuid/devices/intr/largefiles/logging/xattr/onerror=panic/dev=800010 on Sat Dec 19 18:20:17 2009
/devices on /devices type devfs read/write/setuid/devices/dev=4a00000 on Sat Dec 19 18:20:17 2009
ctfs on /system/contract type ctfs read/write/setuid/devices/dev=4a40001 on Sat Dec 19 18:20:17 2009
proc on /proc type proc read/write/setuid/devices/dev=4a80000 on Sat Dec 19 18:20:17 2009
mnttab on /etc/mnttab type mntfs read/write/setuid/devices/dev=4ac0001 on Sat Dec 19 18:20:17 2009
swap on /etc/svc/volatile type tmpfs read/write/setuid/devices/xattr/dev=4b00001 on Sat Dec 19 18:20:17 2009
objfs on /system/object type objfs read/write/setuid/devices/dev=4b40001 on Sat Dec 19 18:20:17 2009
sharefs on /etc/dfs/sharetab type sharefs read/write/setuid/devices/dev=4b80001 on Sat Dec 19 18:20:17 2009
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 on /platform/sun4v/lib/libc_psr.so.1 type lofs read/write/setuid/devices/dev=800010 on Sat Dec 19 18:20:17 2009
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 on /platform/sun4v/lib/sparcv9/libc_psr.so.1 type lofs read/write/setuid/devices/dev=800010 on Sat Dec 19 18:20:17 2009
fd on /dev/fd type fd read/write/setuid/devices/dev=4cc0001 on Sat Dec 19 18:20:17 2009
swap on /tmp type tmpfs read/write/setuid/devices/xattr/dev=4b00002 on Sat Dec 19 18:20:17 2009
swap on /var/run type tmpfs read/write/setuid/devices/xattr/dev=4b00003 on Sat Dec 19 18:20:17 2009
/dev/dsk/c0t0d0s7 on /export/home type ufs read/write/setuid/devices/intr/largefiles/logging/xattr/onerror=panic/dev=800017 on Sat Dec 19 18:20:17 2009
# mount -p
/dev/dsk/c0t0d0s0 - / ufs - no rw,intr,largefiles,logging,xattr,onerror=panic
/devices - /devices devfs - no 
ctfs - /system/contract ctfs - no 
proc - /proc proc - no 
mnttab - /etc/mnttab mntfs - no 
swap - /etc/svc/volatile tmpfs - no xattr
objfs - /system/object objfs - no 
sharefs - /etc/dfs/sharetab sharefs - no 
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 - /platform/sun4v/lib/libc_psr.so.1 lofs - no 
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 - /platform/sun4v/lib/sparcv9/libc_psr.so.1 lofs - no 
fd - /dev/fd fd - no rw
swap - /tmp tmpfs - no xattr
swap - /var/run tmpfs - no xattr
/dev/dsk/c0t0d0s7 - /export/home ufs - no rw,intr,largefiles,logging,xattr,onerror=panic
# mount -z
Usage:
mount [-v | -p]
mount [-F FSType] [-V] [current_options] [-o specific_options]
	{special | mount_point}
mount [-F FSType] [-V] [current_options] [-o specific_options]
	special mount_point
mount -a [-F FSType ] [-V] [current_options] [-o specific_options]
	[mount_point ...]
# echo $?
1
# mount -v /tmp
mount: Cannot use -p and -v with arguments
Usage:
mount [-v | -p]
mount [-F FSType] [-V] [current_options] [-o specific_options]
	{special | mount_point}
mount [-F FSType] [-V] [current_options] [-o specific_options]
	special mount_point
mount -a [-F FSType ] [-V] [current_options] [-o specific_options]
	[mount_point ...]
# echo $?
1
=== du: 512-byte blocks, -k -s -a -h, and no message for a missing file without -r
--- input
mkdir -p /d/a/b; printf '%3000s\n' x > /d/a/f; echo small > /d/a/b/g
du /d
du -k /d/a
du -s /d
du -sk /d /d/a
du -a /d
du -h -s /d
du /d/a/f
du /nope
echo $?
du -r /nope
echo $?
du -z
echo $?
--- output
# mkdir -p /d/a/b; printf '%3000s\n' x > /d/a/f; echo small > /d/a/b/g
# du /d
4	/d/a/b
12	/d/a
14	/d
# du -k /d/a
2	/d/a/b
6	/d/a
# du -s /d
14	/d
# du -sk /d /d/a
7	/d
6	/d/a
# du -a /d
2	/d/a/b/g
4	/d/a/b
6	/d/a/f
12	/d/a
14	/d
# du -h -s /d
   7K	/d
# du /d/a/f
6	/d/a/f
# du /nope
# echo $?
0
# du -r /nope
du: /nope: No such file or directory
# echo $?
1
# du -z
usage: du [-dorx] [-a|-s] [-h|-k|-m] [-H|-L] [file...]
# echo $?
2
=== a running sparse-root zone: its mounts in the global zone's df, and the zone's own view
config: zones-web1-running
--- input
df -h
df -n /zones/web1/root/usr /zones/web1/root/tmp
zlogin web1 df -h
zlogin web1 mount
zlogin web1 df -k /usr /etc/nodename
zoneadm -z web1 halt
df -n
--- output
# df -h
Filesystem             size   used  avail capacity  Mounted on
/dev/dsk/c0t0d0s0       32G   4.9G    26G    16%    /
/devices                 0K     0K     0K     0%    /devices
ctfs                     0K     0K     0K     0%    /system/contract
proc                     0K     0K     0K     0%    /proc
mnttab                   0K     0K     0K     0%    /etc/mnttab
swap                    24G   1.1M    24G     1%    /etc/svc/volatile
objfs                    0K     0K     0K     0%    /system/object
sharefs                  0K     0K     0K     0%    /etc/dfs/sharetab
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /dev/fd
swap                    24G    32K    24G     1%    /tmp
swap                    24G    40K    24G     1%    /var/run
/dev/dsk/c0t0d0s7       33G    34M    32G     1%    /export/home
/zones/web1/dev         32G   4.9G    26G    16%    /zones/web1/root/dev
/lib                    32G   4.9G    26G    16%    /zones/web1/root/lib
/platform               32G   4.9G    26G    16%    /zones/web1/root/platform
/sbin                   32G   4.9G    26G    16%    /zones/web1/root/sbin
/usr                    32G   4.9G    26G    16%    /zones/web1/root/usr
proc                     0K     0K     0K     0%    /zones/web1/root/proc
ctfs                     0K     0K     0K     0%    /zones/web1/root/system/contract
mnttab                   0K     0K     0K     0%    /zones/web1/root/etc/mnttab
objfs                    0K     0K     0K     0%    /zones/web1/root/system/object
swap                    24G   1.1M    24G     1%    /zones/web1/root/etc/svc/volatile
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /zones/web1/root/platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /zones/web1/root/platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /zones/web1/root/dev/fd
swap                    24G    32K    24G     1%    /zones/web1/root/tmp
swap                    24G    40K    24G     1%    /zones/web1/root/var/run
# df -n /zones/web1/root/usr /zones/web1/root/tmp
/zones/web1/root/usr: lofs    
/zones/web1/root/tmp: tmpfs   
# zlogin web1 df -h
Filesystem             size   used  avail capacity  Mounted on
/                       32G   4.9G    26G    16%    /
/dev                    32G   4.9G    26G    16%    /dev
/lib                    32G   4.9G    26G    16%    /lib
/platform               32G   4.9G    26G    16%    /platform
/sbin                   32G   4.9G    26G    16%    /sbin
/usr                    32G   4.9G    26G    16%    /usr
proc                     0K     0K     0K     0%    /proc
ctfs                     0K     0K     0K     0%    /system/contract
mnttab                   0K     0K     0K     0%    /etc/mnttab
objfs                    0K     0K     0K     0%    /system/object
swap                    24G   1.1M    24G     1%    /etc/svc/volatile
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /platform/sun4v/lib/libc_psr.so.1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1
                        32G   4.9G    26G    16%    /platform/sun4v/lib/sparcv9/libc_psr.so.1
fd                       0K     0K     0K     0%    /dev/fd
swap                    24G    32K    24G     1%    /tmp
swap                    24G    40K    24G     1%    /var/run
# zlogin web1 mount
/ on / read/write/setuid/devices/intr/largefiles/logging/xattr/onerror=panic/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/dev on /dev read/write/setuid/devices/zonedevfs/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/lib on /lib read only/setuid/nodevices/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/platform on /platform read only/setuid/nodevices/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/sbin on /sbin read only/setuid/nodevices/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/usr on /usr read only/setuid/nodevices/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/proc on proc read/write/nosetuid/nodevices/zone=web1/dev=4a80000 on Mon Jan  4 09:15:30 2010
/system/contract on ctfs read/write/setuid/nodevices/zone=web1/dev=4a40001 on Mon Jan  4 09:15:30 2010
/etc/mnttab on mnttab read/write/setuid/nodevices/zone=web1/dev=4ac0001 on Mon Jan  4 09:15:30 2010
/system/object on objfs read/write/setuid/nodevices/zone=web1/dev=4b40001 on Mon Jan  4 09:15:30 2010
/etc/svc/volatile on swap read/write/setuid/nodevices/xattr/zone=web1/dev=4b00000 on Mon Jan  4 09:15:30 2010
/platform/sun4v/lib/libc_psr.so.1 on /platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 read only/setuid/nodevices/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/platform/sun4v/lib/sparcv9/libc_psr.so.1 on /platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 read only/setuid/nodevices/zone=web1/dev=800010 on Mon Jan  4 09:15:30 2010
/dev/fd on fd read/write/setuid/nodevices/zone=web1/dev=4cc0001 on Mon Jan  4 09:15:30 2010
/tmp on swap read/write/setuid/nodevices/xattr/zone=web1/dev=4b00010 on Mon Jan  4 09:15:30 2010
/var/run on swap read/write/setuid/nodevices/xattr/zone=web1/dev=4b00020 on Mon Jan  4 09:15:30 2010
# zlogin web1 df -k /usr /etc/nodename
Filesystem            kbytes    used   avail capacity  Mounted on
/usr                 33047082 5161294 27555318    16%    /usr
/                    33047082 5161294 27555318    16%    /
# zoneadm -z web1 halt
# df -n
/                  : ufs     
/devices           : devfs   
/system/contract   : ctfs    
/proc              : proc    
/etc/mnttab        : mntfs   
/etc/svc/volatile  : tmpfs   
/system/object     : objfs   
/etc/dfs/sharetab  : sharefs 
/platform/sun4v/lib/libc_psr.so.1: lofs    
/platform/sun4v/lib/sparcv9/libc_psr.so.1: lofs    
/dev/fd            : fd      
/tmp               : tmpfs   
/var/run           : tmpfs   
/export/home       : ufs     
=== a zone with an fs resource (lofs, read-only) shows it in both views
config: zones-web1-installed
--- input
mkdir -p /export/data
zonecfg -z web1 'add fs; set dir=/opt/data; set special=/export/data; set type=lofs; add options ro; end; commit'
zoneadm -z web1 boot
df -n
df -k /zones/web1/root/opt/data
zlogin web1 df -k /opt/data
zlogin web1 mount -p
--- output
# mkdir -p /export/data
# zonecfg -z web1 'add fs; set dir=/opt/data; set special=/export/data; set type=lofs; add options ro; end; commit'
# zoneadm -z web1 boot
# df -n
/                  : ufs     
/devices           : devfs   
/system/contract   : ctfs    
/proc              : proc    
/etc/mnttab        : mntfs   
/etc/svc/volatile  : tmpfs   
/system/object     : objfs   
/etc/dfs/sharetab  : sharefs 
/platform/sun4v/lib/libc_psr.so.1: lofs    
/platform/sun4v/lib/sparcv9/libc_psr.so.1: lofs    
/dev/fd            : fd      
/tmp               : tmpfs   
/var/run           : tmpfs   
/export/home       : ufs     
/zones/web1/root/dev: lofs    
/zones/web1/root/lib: lofs    
/zones/web1/root/platform: lofs    
/zones/web1/root/sbin: lofs    
/zones/web1/root/usr: lofs    
/zones/web1/root/opt/data: lofs    
/zones/web1/root/proc: proc    
/zones/web1/root/system/contract: ctfs    
/zones/web1/root/etc/mnttab: mntfs   
/zones/web1/root/system/object: objfs   
/zones/web1/root/etc/svc/volatile: tmpfs   
/zones/web1/root/platform/sun4v/lib/libc_psr.so.1: lofs    
/zones/web1/root/platform/sun4v/lib/sparcv9/libc_psr.so.1: lofs    
/zones/web1/root/dev/fd: fd      
/zones/web1/root/tmp: tmpfs   
/zones/web1/root/var/run: tmpfs   
# df -k /zones/web1/root/opt/data
Filesystem            kbytes    used   avail capacity  Mounted on
/export/data         33047082 5161296 27555316    16%    /zones/web1/root/opt/data
# zlogin web1 df -k /opt/data
Filesystem            kbytes    used   avail capacity  Mounted on
/opt/data            33047082 5161296 27555316    16%    /opt/data
# zlogin web1 mount -p
/ - / ufs - no rw,intr,largefiles,logging,xattr,onerror=panic,zone=web1
/dev - /dev lofs - no zonedevfs,zone=web1
/lib - /lib lofs - no ro,nodevices,zone=web1
/platform - /platform lofs - no ro,nodevices,zone=web1
/sbin - /sbin lofs - no ro,nodevices,zone=web1
/usr - /usr lofs - no ro,nodevices,zone=web1
/opt/data - /opt/data lofs - no ro,nodevices,zone=web1
proc - /proc proc - no nosetuid,nodevices,zone=web1
ctfs - /system/contract ctfs - no nodevices,zone=web1
mnttab - /etc/mnttab mntfs - no nodevices,zone=web1
objfs - /system/object objfs - no nodevices,zone=web1
swap - /etc/svc/volatile tmpfs - no nodevices,xattr,zone=web1
/platform/sun4v/lib/libc_psr/libc_psr_hwcap1.so.1 - /platform/sun4v/lib/libc_psr.so.1 lofs - no ro,nodevices,zone=web1
/platform/sun4v/lib/sparcv9/libc_psr/libc_psr_hwcap1.so.1 - /platform/sun4v/lib/sparcv9/libc_psr.so.1 lofs - no ro,nodevices,zone=web1
fd - /dev/fd fd - no rw,nodevices,zone=web1
swap - /tmp tmpfs - no nodevices,xattr,zone=web1
swap - /var/run tmpfs - no nodevices,xattr,zone=web1
