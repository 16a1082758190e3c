=== ln -s and ls -l: absolute, relative and dangling links; cat through one; loops give ELOOP
# ls.c: lstat(2), ' -> ' and readlink() under -l, '@' under -F, a link to a directory
# listed as that directory; MAXSYMLINKS and ELOOP: sys/param.h, libc errlist
--- input
mkdir -p /a/b; echo one > /a/f
ln -s /a/f /tmp/abs
ln -s b /a/rel
ln -s nowhere /tmp/dangling
ls -l /tmp/abs /a/rel /tmp/dangling
cat /tmp/abs
cat /tmp/dangling
echo $?
ls /a/rel
ls -ld /a/rel
ls -F /a
ls -lF /a
ls -L /tmp/dangling
echo $?
ln -s loop2 /tmp/loop1; ln -s loop1 /tmp/loop2
cat /tmp/loop1
ls -L /tmp/loop1
cd /tmp/loop1
ls -l /tmp/loop1
--- output
# mkdir -p /a/b; echo one > /a/f
# ln -s /a/f /tmp/abs
# ln -s b /a/rel
# ln -s nowhere /tmp/dangling
# ls -l /tmp/abs /a/rel /tmp/dangling
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 /a/rel -> b
lrwxrwxrwx   1 root     root           4 Jan  4 09:00 /tmp/abs -> /a/f
lrwxrwxrwx   1 root     root           7 Jan  4 09:00 /tmp/dangling -> nowhere
# cat /tmp/abs
one
# cat /tmp/dangling
cat: cannot open /tmp/dangling
# echo $?
2
# ls /a/rel
# ls -ld /a/rel
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 /a/rel -> b
# ls -F /a
b/    f     rel@
# ls -lF /a
total 4
drwxr-xr-x   2 root     root         512 Jan  4 09:00 b/
-rw-r--r--   1 root     root           4 Jan  4 09:00 f
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 rel -> b/
# ls -L /tmp/dangling
/tmp/dangling: No such file or directory
# echo $?
2
# ln -s loop2 /tmp/loop1; ln -s loop1 /tmp/loop2
# cat /tmp/loop1
cat: cannot open /tmp/loop1
# ls -L /tmp/loop1
/tmp/loop1: Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS
# cd /tmp/loop1
sh: /tmp/loop1: bad directory
# ls -l /tmp/loop1
lrwxrwxrwx   1 root     root           5 Jan  4 09:00 /tmp/loop1 -> loop2
=== through links: writes, cd, redirections, a dangling target created; rm and rm -r remove the link; file
# file.c: stat(2), lstat(2) when that fails; -h: lstat(2) only
--- input
mkdir -p /a/b; echo one > /a/f; ln -s /a/f /tmp/abs; ln -s /a/b /tmp/dir
echo two >> /tmp/abs
cat /a/f
cd /tmp/dir; pwd; echo here > new; cd /
ls /a/b
ln -s /a/b/made /tmp/later
echo made > /tmp/later
cat /a/b/made
cat < /tmp/abs
rm /tmp/abs
ls /a/f /tmp/abs
rm -r /tmp/dir
ls -d /a/b /tmp/dir
file /tmp/later
file -h /tmp/later
ln -s /none /tmp/none; file /tmp/none
--- output
# mkdir -p /a/b; echo one > /a/f; ln -s /a/f /tmp/abs; ln -s /a/b /tmp/dir
# echo two >> /tmp/abs
# cat /a/f
one
two
# cd /tmp/dir; pwd; echo here > new; cd /
/a/b
# ls /a/b
new
# ln -s /a/b/made /tmp/later
# echo made > /tmp/later
# cat /a/b/made
made
# cat < /tmp/abs
one
two
# rm /tmp/abs
# ls /a/f /tmp/abs
/tmp/abs: No such file or directory
/a/f
# rm -r /tmp/dir
# ls -d /a/b /tmp/dir
/tmp/dir: No such file or directory
/a/b
# file /tmp/later
/tmp/later:	ascii text
# file -h /tmp/later
/tmp/later:	symbolic link to /a/b/made
# ln -s /none /tmp/none; file /tmp/none
/tmp/none:	symbolic link to /none
=== ln: usage, insufficient arguments, targets, -s into a directory, -f, File exists
# mv.c lnkfil(), chkfiles() and usage() (ln is the third name of mv.c)
--- input
mkdir /d; echo x > /f
ln
echo $?
ln -z /f /g
echo $?
ln -s /f /d/l /f
echo $?
ln -s /f /g /nodir
echo $?
ln -s /f /d
ls -l /d
ln -s /f /d
echo $?
ln -s -f /etc/hosts /d/f
ls -l /d
ln -s /f /nodir/x
echo $?
ln -s ""  /d/empty
echo $?
cd /d; ln -s ../f; ls -l; cd /
--- output
# mkdir /d; echo x > /f
# ln
ln: Insufficient arguments (0)
Usage: ln [-f] [-n] [-s] f1 [f2]
       ln [-f] [-n] [-s] f1 ... fn d1
       ln [-f] [-n] -s d1 d2
# echo $?
2
# ln -z /f /g
ln: illegal option -- z
Usage: ln [-f] [-n] [-s] f1 [f2]
       ln [-f] [-n] [-s] f1 ... fn d1
       ln [-f] [-n] -s d1 d2
# echo $?
2
# ln -s /f /d/l /f
ln: Target /f must be a directory
Usage: ln [-f] [-n] [-s] f1 [f2]
       ln [-f] [-n] [-s] f1 ... fn d1
       ln [-f] [-n] -s d1 d2
# echo $?
2
# ln -s /f /g /nodir
ln: /nodir not found
# echo $?
2
# ln -s /f /d
# ls -l /d
total 0
lrwxrwxrwx   1 root     root           2 Jan  4 09:00 f -> /f
# ln -s /f /d
ln: cannot create /d/f: File exists
# echo $?
2
# ln -s -f /etc/hosts /d/f
# ls -l /d
total 0
lrwxrwxrwx   1 root     root          10 Jan  4 09:00 f -> /etc/hosts
# ln -s /f /nodir/x
ln: cannot create /nodir/x: No such file or directory
# echo $?
2
# ln -s ""  /d/empty
ln: cannot create /d/empty: No such file or directory
# echo $?
2
# cd /d; ln -s ../f; ls -l; cd /
ln: cannot create ./f: File exists
total 0
lrwxrwxrwx   1 root     root          10 Jan  4 09:00 f -> /etc/hosts
=== ln without -s: hard links share one inode, its link count and its changes
# mv.c lnkfil(): link(2) after chkfiles(); cp and mv refuse the same inode (IDENTICAL)
--- input
mkdir /d; echo one > /d/f
ln /d/f /d/g
ls -li /d
echo two >> /d/g
cat /d/f
chmod 600 /d/f
ls -l /d/g
rm /d/f
ls -li /d
ln /d/g /d/g
echo $?
ln /d/g /d/h; ln /d/g /d/h
echo $?
ln -f /d/g /d/h
echo $?
ln /d /e
echo $?
ln /nope /e
echo $?
cp /d/g /d/h
echo $?
mv /d/h /d/i
ls -li /d
--- output
# mkdir /d; echo one > /d/f
# ln /d/f /d/g
# ls -li /d
total 4
    338676 -rw-r--r--   2 root     root           4 Jan  4 09:00 f
    338676 -rw-r--r--   2 root     root           4 Jan  4 09:00 g
# echo two >> /d/g
# cat /d/f
one
two
# chmod 600 /d/f
# ls -l /d/g
-rw-------   2 root     root           8 Jan  4 09:00 /d/g
# rm /d/f
# ls -li /d
total 2
    338676 -rw-------   1 root     root           8 Jan  4 09:00 g
# ln /d/g /d/g
ln: /d/g and /d/g are identical
# echo $?
2
# ln /d/g /d/h; ln /d/g /d/h
ln: /d/h: File exists
# echo $?
2
# ln -f /d/g /d/h
# echo $?
0
# ln /d /e
ln: /d is a directory
# echo $?
2
# ln /nope /e
ln: cannot access /nope
# echo $?
2
# cp /d/g /d/h
cp: /d/g and /d/h are identical
# echo $?
2
# mv /d/h /d/i
# ls -li /d
total 4
    338676 -rw-------   2 root     root           8 Jan  4 09:00 g
    338676 -rw-------   2 root     root           8 Jan  4 09:00 i
=== find -type l, -follow, -L and cycles; ls -lR does not follow, ls -RL does
# find.c: nftw() with FTW_PHYS unless -follow/-L; FTW_SLN and FTW_DL messages
--- input
mkdir -p /w/d/e; echo hi > /w/d/f; ln -s d /w/ld; ln -s nowhere /w/dang; ln -s .. /w/d/up
find /w -type l
find /w/ld
find /w/ld -follow -type f
find /w -follow -name f
echo $?
find -L /w -type l
find /w -name dang -ls
ls -lR /w
ls -RL /w
echo $?
--- output
# mkdir -p /w/d/e; echo hi > /w/d/f; ln -s d /w/ld; ln -s nowhere /w/dang; ln -s .. /w/d/up
# find /w -type l
/w/d/up
/w/dang
/w/ld
# find /w/ld
/w/ld
# find /w/ld -follow -type f
/w/ld/f
find: cycle detected for /w/ld/up/d
find: cannot follow symbolic link /w/ld/up/dang: No such file or directory
find: cycle detected for /w/ld/up/ld
# find /w -follow -name f
/w/d/f
find: cycle detected for /w/d/up
find: cannot follow symbolic link /w/dang: No such file or directory
/w/ld/f
find: cycle detected for /w/ld/up
# echo $?
1
# find -L /w -type l
find: cycle detected for /w/d/up
/w/dang
find: cycle detected for /w/ld/up
# find /w -name dang -ls
39619    0 lrwxrwxrwx   1 root     root            7 Jan  4 09:00 /w/dang -> nowhere
# ls -lR /w
/w:
total 2
drwxr-xr-x   3 root     root         512 Jan  4 09:00 d
lrwxrwxrwx   1 root     root           7 Jan  4 09:00 dang -> nowhere
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 ld -> d

/w/d:
total 4
drwxr-xr-x   2 root     root         512 Jan  4 09:00 e
-rw-r--r--   1 root     root           3 Jan  4 09:00 f
lrwxrwxrwx   1 root     root           2 Jan  4 09:00 up -> ..

/w/d/e:
total 0
# ls -RL /w
/w:
/w/dang: No such file or directory
d   ld

/w/d:
e   f   up

/w/d/e:

/w/d/up:
ls: cycle detected for /w/d/up

/w/ld:
e   f   up

/w/ld/e:

/w/ld/up:
ls: cycle detected for /w/ld/up
# echo $?
2
=== tar keeps symbolic links (typeflag 2) and restores them; h archives what they name
# tar.c: 'a %s symbolic link to %s', 'x %s symbolic link to %s', tv's ' symbolic link to %s'
--- input
mkdir -p /src/d; echo hi > /src/d/f; ln -s f /src/d/lf; ln -s /nowhere /src/d/dang
cd /src; tar cvf /tmp/a.tar d
tar tvf /tmp/a.tar
tar tf /tmp/a.tar
mkdir /dst; cd /dst; tar xvf /tmp/a.tar
ls -l /dst/d
cat /dst/d/lf
tar xf /tmp/a.tar
echo $?
cd /src; tar cf /tmp/h.tar -C /src d; tar chf /tmp/h.tar d
tar tvf /tmp/h.tar
--- output
# mkdir -p /src/d; echo hi > /src/d/f; ln -s f /src/d/lf; ln -s /nowhere /src/d/dang
# cd /src; tar cvf /tmp/a.tar d
a d/ 0K
a d/dang symbolic link to /nowhere
a d/f 1K
a d/lf symbolic link to f
# tar tvf /tmp/a.tar
drwxr-xr-x   0/0        0 Jan  4 09:00 2010 d/
lrwxrwxrwx   0/0        0 Jan  4 09:00 2010 d/dang symbolic link to /nowhere
-rw-r--r--   0/0        3 Jan  4 09:00 2010 d/f
lrwxrwxrwx   0/0        0 Jan  4 09:00 2010 d/lf symbolic link to f
# tar tf /tmp/a.tar
d/
d/dang
d/f
d/lf
# mkdir /dst; cd /dst; tar xvf /tmp/a.tar
x d, 0 bytes, 0K
x d/dang symbolic link to /nowhere
x d/f, 3 bytes, 1K
x d/lf symbolic link to f
# ls -l /dst/d
total 2
lrwxrwxrwx   1 root     root           8 Jan  4 09:00 dang -> /nowhere
-rw-r--r--   1 root     root           3 Jan  4 09:00 f
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 lf -> f
# cat /dst/d/lf
hi
# tar xf /tmp/a.tar
# echo $?
0
# cd /src; tar cf /tmp/h.tar -C /src d; tar chf /tmp/h.tar d
tar: d/dang: No such file or directory
# tar tvf /tmp/h.tar
drwxr-xr-x   0/0        0 Jan  4 09:00 2010 d/
-rw-r--r--   0/0        3 Jan  4 09:00 2010 d/f
-rw-r--r--   0/0        3 Jan  4 09:00 2010 d/lf
=== cp follows links (-rP copies them as links, a link up the tree is a cycle); mv renames the link
# mv.c: chkfiles() statf, cp -r is -L unless -P, 'cycle detected'
--- input
mkdir -p /a/b; echo one > /a/b/f; ln -s f /a/b/lf; ln -s /a /a/b/up
cp /a/b/lf /tmp/copy
ls -l /tmp/copy
cp -r /a/b /tmp/r
echo $?
cp -rP /a/b /tmp/p
ls -l /tmp/p
cp -P /a/b/lf /tmp/x
echo $?
mv /a/b/lf /tmp/moved
ls -l /tmp/moved
cat /tmp/moved
echo $?
--- output
# mkdir -p /a/b; echo one > /a/b/f; ln -s f /a/b/lf; ln -s /a /a/b/up
# cp /a/b/lf /tmp/copy
# ls -l /tmp/copy
-rw-r--r--   1 root     root           4 Jan  4 09:00 /tmp/copy
# cp -r /a/b /tmp/r
cp: cycle detected: /a/b/up/b
# echo $?
2
# cp -rP /a/b /tmp/p
# ls -l /tmp/p
total 2
-rw-r--r--   1 root     root           4 Jan  4 09:00 f
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 lf -> f
lrwxrwxrwx   1 root     root           2 Jan  4 09:00 up -> /a
# cp -P /a/b/lf /tmp/x
Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2
       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1
       cp -r|-R [-H|-L|-P] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn
# echo $?
2
# mv /a/b/lf /tmp/moved
# ls -l /tmp/moved
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 /tmp/moved -> f
# cat /tmp/moved
cat: cannot open /tmp/moved
# echo $?
2
=== zoneadm verify: a symlinked zonepath is a resolved path mismatch
config: zones-web1-configured
# zoneadm.c validate_zonepath(): resolvepath() must give the zonepath back
--- input
mkdir -m 755 /zones /data; mkdir -m 700 /data/web1
ln -s /data/web1 /zones/web1
zoneadm -z web1 verify
echo $?
rm /zones/web1; ln -s /zones/loop /zones/web1; ln -s web1 /zones/loop
zoneadm -z web1 verify
echo $?
rm /zones/web1; ln -s /nowhere /zones/web1
zoneadm -z web1 verify
echo $?
rm /zones/web1; mv /data/web1 /zones/web1
zoneadm -z web1 verify
echo $?
--- output
# mkdir -m 755 /zones /data; mkdir -m 700 /data/web1
# ln -s /data/web1 /zones/web1
# zoneadm -z web1 verify
zoneadm: /zones/web1: Resolved path mismatch
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# rm /zones/web1; ln -s /zones/loop /zones/web1; ln -s web1 /zones/loop
# zoneadm -z web1 verify
zoneadm: /zones/web1: Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
# rm /zones/web1; ln -s /nowhere /zones/web1
# zoneadm -z web1 verify
WARNING: /zones/web1 does not exist, so it could not be verified.
When 'zoneadm install' is run, 'install' will try to create
/zones/web1, and 'verify' will be tried again,
but the 'verify' may fail if:
the parent directory of /zones/web1 is group- or other-writable
or
/zones/web1 overlaps with any other installed zones.
# echo $?
0
# rm /zones/web1; mv /data/web1 /zones/web1
# zoneadm -z web1 verify
# echo $?
0
=== du counts a file of several names once; a link is not followed unless -L (or -H for operands)
# du.c: follow_symlinks = Lflg || (Hflg && cmdarg); files with links counted once
--- input
mkdir -p /u/d; echo 123456789012345678901234567890 > /u/d/f; ln /u/d/f /u/d/g; ln -s d /u/l
du -a /u
du -s /u/l
du -sL /u/l
du -aL /u
--- output
# mkdir -p /u/d; echo 123456789012345678901234567890 > /u/d/f; ln /u/d/f /u/d/g; ln -s d /u/l
# du -a /u
2	/u/d/f
4	/u/d
0	/u/l
6	/u
# du -s /u/l
0	/u/l
# du -sL /u/l
4	/u/l
# du -aL /u
2	/u/d/f
4	/u/d
6	/u
=== tar keeps a file's other names as links to its first (typeflag 1) and makes them again
# tar.c: 'a %s link to %s', tv's ' linked to %s', 'x %s linked to %s'
--- input
mkdir -p /h/d; echo data > /h/d/f; ln /h/d/f /h/d/g; ln /h/d/f /h/e
cd /h; tar cvf /tmp/h.tar d e
tar tvf /tmp/h.tar
mkdir /out; cd /out; tar xvf /tmp/h.tar
ls -li /out/d /out/e
--- output
# mkdir -p /h/d; echo data > /h/d/f; ln /h/d/f /h/d/g; ln /h/d/f /h/e
# cd /h; tar cvf /tmp/h.tar d e
a d/ 0K
a d/f 1K
a d/g link to d/f
a e link to d/f
# tar tvf /tmp/h.tar
drwxr-xr-x   0/0        0 Jan  4 09:00 2010 d/
-rw-r--r--   0/0        5 Jan  4 09:00 2010 d/f
-rw-r--r--   0/0        0 Jan  4 09:00 2010 d/g linked to d/f
-rw-r--r--   0/0        0 Jan  4 09:00 2010 e linked to d/f
# mkdir /out; cd /out; tar xvf /tmp/h.tar
x d, 0 bytes, 0K
x d/f, 5 bytes, 1K
x d/g linked to d/f
x e linked to d/f
# ls -li /out/d /out/e
    219974 -rw-r--r--   3 root     root           5 Jan  4 09:00 /out/e

/out/d:
total 4
    219974 -rw-r--r--   3 root     root           5 Jan  4 09:00 f
    219974 -rw-r--r--   3 root     root           5 Jan  4 09:00 g
=== in a zone: an absolute link names the zone's file, the global zone reads it as its own; hard links stay on one file system
config: zones-web1-running
# lookuppn() starts an absolute link at the process's root; link(2) across mounts: EXDEV
--- input
zlogin web1 'echo inside > /etc/motd2; ln -s /etc/motd2 /link; cat /link'
zlogin web1 ls -l /link
ls -l /zones/web1/root/link
cat /zones/web1/root/link
zlogin web1 'echo hi > /tmp/x; ln /tmp/x /tmp/y; ls -li /tmp/x /tmp/y'
zlogin web1 ln /tmp/x /usr/hard
echo $?
echo x > /tmp/g; ln /tmp/g /var/g
echo $?
--- output
# zlogin web1 'echo inside > /etc/motd2; ln -s /etc/motd2 /link; cat /link'
inside
# zlogin web1 ls -l /link
lrwxrwxrwx   1 root     root          10 Jan  4 09:15 /link -> /etc/motd2
# ls -l /zones/web1/root/link
lrwxrwxrwx   1 root     root          10 Jan  4 09:15 /zones/web1/root/link -> /etc/motd2
# cat /zones/web1/root/link
cat: cannot open /zones/web1/root/link
# zlogin web1 'echo hi > /tmp/x; ln /tmp/x /tmp/y; ls -li /tmp/x /tmp/y'
    322439 -rw-r--r--   2 root     root           3 Jan  4 09:15 /tmp/x
    322439 -rw-r--r--   2 root     root           3 Jan  4 09:15 /tmp/y
# zlogin web1 ln /tmp/x /usr/hard
ln: /usr/hard is on a different file system
# echo $?
2
# echo x > /tmp/g; ln /tmp/g /var/g
ln: /var/g is on a different file system
# echo $?
2
=== cp -rH follows the operand only, cp -rL every link
# mv.c chkfiles(): statf is stat unless -P, or -H below the operands (cmdarg)
--- input
mkdir -p /a/b; echo x > /a/b/f; ln -s f /a/b/lf; ln -s /a/b /top
cp -rH /top /tmp/h
ls -l /tmp/h
cp -rL /top /tmp/l
ls -l /tmp/l
--- output
# mkdir -p /a/b; echo x > /a/b/f; ln -s f /a/b/lf; ln -s /a/b /top
# cp -rH /top /tmp/h
# ls -l /tmp/h
total 2
-rw-r--r--   1 root     root           2 Jan  4 09:00 f
lrwxrwxrwx   1 root     root           1 Jan  4 09:00 lf -> f
# cp -rL /top /tmp/l
# ls -l /tmp/l
total 4
-rw-r--r--   1 root     root           2 Jan  4 09:00 f
-rw-r--r--   1 root     root           2 Jan  4 09:00 lf
