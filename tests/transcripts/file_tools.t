=== cp: files, -p, into a directory, and mv.c's messages and statuses
--- input
mkdir -p /a/b; echo one > /a/f; chmod 640 /a/f
cp /a/f /tmp/f
ls -l /tmp/f
cp -p /a/f /a/b
ls -l /a/b
cp /nope /tmp
echo $?
cp /a/f
echo $?
cp /a/f /a/f
echo $?
cp /a/f /a/f /nope
echo $?
cp /a/f /a/b/f /a/f
echo $?
cp /a/f /nodir/x
echo $?
cp /a /tmp
echo $?
cp -H /a/f /tmp
echo $?
cp -k /a/f /tmp
echo $?
cp /a/f/ /tmp
echo $?
--- output
# mkdir -p /a/b; echo one > /a/f; chmod 640 /a/f
# cp /a/f /tmp/f
# ls -l /tmp/f
-rw-r-----   1 root     root           4 Jan  4 09:00 /tmp/f
# cp -p /a/f /a/b
# ls -l /a/b
total 2
-rw-r-----   1 root     root           4 Jan  4 09:00 f
# cp /nope /tmp
cp: cannot access /nope
# echo $?
2
# cp /a/f
cp: Insufficient arguments (1)
Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2
       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1
       cp -r|-R [-H|-L|-P] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn
# echo $?
2
# cp /a/f /a/f
cp: /a/f and /a/f are identical
# echo $?
2
# cp /a/f /a/f /nope
cp: /nope not found
# echo $?
2
# cp /a/f /a/b/f /a/f
cp: Target /a/f must be a directory
Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2
       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1
       cp -r|-R [-H|-L|-P] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn
# echo $?
2
# cp /a/f /nodir/x
cp: cannot create /nodir/x: No such file or directory
# echo $?
2
# cp /a /tmp
cp: /a: is a directory
# echo $?
2
# cp -H /a/f /tmp
Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2
       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1
       cp -r|-R [-H|-L|-P] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn
# echo $?
2
# cp -k /a/f /tmp
cp: illegal option -- k
Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2
       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1
       cp -r|-R [-H|-L|-P] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn
# echo $?
2
# cp /a/f/ /tmp
cp: /a/f/: Not a directory
# echo $?
2
=== cp -r copies a tree with its modes; copydir()'s messages
--- input
mkdir -p /a/b/c; echo one > /a/f; echo two > /a/b/c/g; chmod 700 /a/b
cp -r /a /tmp/copy
ls -lR /tmp/copy
echo x > /tmp/plain
cp -r /a /tmp/plain
echo $?
cp -r /a /nodir/x
echo $?
--- output
# mkdir -p /a/b/c; echo one > /a/f; echo two > /a/b/c/g; chmod 700 /a/b
# cp -r /a /tmp/copy
# ls -lR /tmp/copy
/tmp/copy:
total 4
drwx------   3 root     root         512 Jan  4 09:00 b
-rw-r--r--   1 root     root           4 Jan  4 09:00 f

/tmp/copy/b:
total 2
drwxr-xr-x   2 root     root         512 Jan  4 09:00 c

/tmp/copy/b/c:
total 2
-rw-r--r--   1 root     root           4 Jan  4 09:00 g
# echo x > /tmp/plain
# cp -r /a /tmp/plain
cp: /tmp/plain: not a directory.
# echo $?
2
# cp -r /a /nodir/x
cp: /nodir/x: No such file or directory
# echo $?
2
=== cp -i asks on a terminal before overwriting
interactive: yes
--- input
echo new > /tmp/n; echo old > /tmp/o
cp -i /tmp/n /tmp/o
no
cat /tmp/o
cp -i /tmp/n /tmp/o
y
cat /tmp/o
--- output
# echo new > /tmp/n; echo old > /tmp/o
# cp -i /tmp/n /tmp/o
cp: overwrite /tmp/o (yes/no)? no
# cat /tmp/o
old
# cp -i /tmp/n /tmp/o
cp: overwrite /tmp/o (yes/no)? y
# cat /tmp/o
new
=== mv: rename, into a directory, and rename(2)'s refusals
--- input
mkdir -p /m/d /m/e; echo 1 > /m/f; echo 2 > /m/e/x
mv /m/f /m/g
ls /m
mv /m/g /m/d
ls /m/d
mv /m/d /m/e/y
ls -R /m
mv /m/e /m/e/y
echo $?
mv /m/nope /tmp
echo $?
mv /tmp /t2
echo $?
mkdir /m/z; mv /m/e/x /m/z/
ls /m/z
mkdir -p /m/q/e; touch /m/q/e/keep
mv /m/e /m/q
echo $?
mv /m/z/x /m/z/x
echo $?
mv - /m/z/x /m/z/w
ls /m/z
mv
echo $?
mv -z a b
echo $?
--- output
# mkdir -p /m/d /m/e; echo 1 > /m/f; echo 2 > /m/e/x
# mv /m/f /m/g
# ls /m
d  e  g
# mv /m/g /m/d
# ls /m/d
g
# mv /m/d /m/e/y
# ls -R /m
/m:
e

/m/e:
x  y

/m/e/y:
g
# mv /m/e /m/e/y
mv: cannot rename /m/e to /m/e/y/e: Invalid argument
# echo $?
2
# mv /m/nope /tmp
mv: cannot access /m/nope
# echo $?
2
# mv /tmp /t2
mv: cannot rename /tmp to /t2: Device busy
# echo $?
2
# mkdir /m/z; mv /m/e/x /m/z/
# ls /m/z
x
# mkdir -p /m/q/e; touch /m/q/e/keep
# mv /m/e /m/q
mv: cannot rename /m/e to /m/q/e: File exists
# echo $?
2
# mv /m/z/x /m/z/x
mv: /m/z/x and /m/z/x are identical
# echo $?
2
# mv - /m/z/x /m/z/w
# ls /m/z
w
# mv
mv: Insufficient arguments (0)
Usage: mv [-f] [-i] f1 f2
       mv [-f] [-i] f1 ... fn d1
       mv [-f] [-i] d1 d2
# echo $?
2
# mv -z a b
mv: illegal option -- z
Usage: mv [-f] [-i] f1 f2
       mv [-f] [-i] f1 ... fn d1
       mv [-f] [-i] d1 d2
# echo $?
2
=== touch: create, -c, -t, -r and touch.c's messages (the status counts the failures)
--- input
touch /tmp/t1 /tmp/t2 /nope/x /nope/y
echo $?
ls -l /tmp/t1
touch -t 200901311745.30 /tmp/t1
ls -e /tmp/t1
touch -r /tmp/t1 /tmp/t2
ls -e /tmp/t2
touch 0102030405 /tmp/t2
ls -e /tmp/t2
touch -c /tmp/absent
ls /tmp/absent
touch -t 2009 /tmp/t1
echo $?
touch -r /nope /tmp/t1
echo $?
touch -r /tmp/t1 -t 200901010000 /tmp/t1
echo $?
touch -q /tmp/t1
echo $?
--- output
# touch /tmp/t1 /tmp/t2 /nope/x /nope/y
touch: /nope/x cannot create
touch: /nope/y cannot create
# echo $?
2
# ls -l /tmp/t1
-rw-r--r--   1 root     root           0 Jan  4 09:00 /tmp/t1
# touch -t 200901311745.30 /tmp/t1
# ls -e /tmp/t1
-rw-r--r--   1 root     root           0 Jan 31 17:45:30 2009 /tmp/t1
# touch -r /tmp/t1 /tmp/t2
# ls -e /tmp/t2
-rw-r--r--   1 root     root           0 Jan 31 17:45:30 2009 /tmp/t2
# touch 0102030405 /tmp/t2
# ls -e /tmp/t2
-rw-r--r--   1 root     root           0 Jan  2 03:04:00 2005 /tmp/t2
# touch -c /tmp/absent
# ls /tmp/absent
/tmp/absent: No such file or directory
# touch -t 2009 /tmp/t1
touch: bad time specification
# echo $?
1
# touch -r /nope /tmp/t1
touch: /nope: No such file or directory
# echo $?
2
# touch -r /tmp/t1 -t 200901010000 /tmp/t1
usage: touch [-acm] [-r ref_file] file...
       touch [-acm] [MMDDhhmm[yy]] file...
       touch [-acm] [-t [[CC]YY]MMDDhhmm[.SS]] file...
# echo $?
2
# touch -q /tmp/t1
touch: illegal option -- q
usage: touch [-acm] [-r ref_file] file...
       touch [-acm] [MMDDhhmm[yy]] file...
       touch [-acm] [-t [[CC]YY]MMDDhhmm[.SS]] file...
# echo $?
2
=== find: the walk, -name -type -print, !, -o, parentheses, -prune, -depth
--- input
mkdir -p /f/b/c; echo one > /f/one.txt; echo two > /f/b/c/two.txt; touch /f/.dot.txt
find /f
find /f -name '*.txt'
find /f -type d
find /f ! -type d -print
find /f \( -name b -o -name c \) -print
find /f -type d -o -name 'two*' -print
find /f -name b -prune -o -print
find /f -depth -type d
find /f -name '[ot]*' -size -2
find /f/b -perm 755
find /f -user root -name one.txt -ls
--- output
# mkdir -p /f/b/c; echo one > /f/one.txt; echo two > /f/b/c/two.txt; touch /f/.dot.txt
# find /f
/f
/f/.dot.txt
/f/b
/f/b/c
/f/b/c/two.txt
/f/one.txt
# find /f -name '*.txt'
/f/b/c/two.txt
/f/one.txt
# find /f -type d
/f
/f/b
/f/b/c
# find /f ! -type d -print
/f/.dot.txt
/f/b/c/two.txt
/f/one.txt
# find /f \( -name b -o -name c \) -print
/f/b
/f/b/c
# find /f -type d -o -name 'two*' -print
/f/b/c/two.txt
# find /f -name b -prune -o -print
/f
/f/.dot.txt
/f/one.txt
# find /f -depth -type d
/f/b/c
/f/b
/f
# find /f -name '[ot]*' -size -2
/f/b/c/two.txt
/f/one.txt
# find /f/b -perm 755
/f/b
/f/b/c
# find /f -user root -name one.txt -ls
32343    1 -rw-r--r--   1 root     root            4 Jan  4 09:00 /f/one.txt
=== find -exec runs each command (and -exec ... {} + once); -ok asks
interactive: yes
--- input
mkdir -p /g; echo a > /g/a; echo b > /g/b
find /g -type f -exec cat {} \;
find /g -type f -exec echo found {} +
find /g -type f -ok rm {} \;
y
n
ls /g
find /g -type f -exec rm {} \;
ls /g
--- output
# mkdir -p /g; echo a > /g/a; echo b > /g/b
# find /g -type f -exec cat {} \;
a
b
# find /g -type f -exec echo found {} +
found /g/a /g/b
# find /g -type f -ok rm {} \;
< rm ... /g/a >?   y
< rm ... /g/b >?   n
# ls /g
b
# find /g -type f -exec rm {} \;
# ls /g
=== find: find.c's diagnostics and statuses
--- input
find /nope -print
echo $?
find
echo $?
find -name x
echo $?
find / -bogus
echo $?
find / -name
echo $?
find / -o -print
echo $?
find / -print -o
echo $?
find / ! -o -print
echo $?
find / \( -print
echo $?
find / -print \)
echo $?
find / -exec echo {}
echo $?
find / -user nobodyhere
echo $?
find / -perm 9z
echo $?
--- output
# find /nope -print
find: stat() error /nope: No such file or directory
# echo $?
1
# find
find: insufficient number of arguments
find: [-H | -L] path-list predicate-list
# echo $?
1
# find -name x
find: illegal option -- n
find: [-H | -L] path-list predicate-list
# echo $?
1
# find / -bogus
find: bad option -bogus
find: [-H | -L] path-list predicate-list
# echo $?
1
# find / -name
find: incomplete statement
# echo $?
1
# find / -o -print
find: bad option -o
find: [-H | -L] path-list predicate-list
# echo $?
1
# find / -print -o
find: bad option
find: [-H | -L] path-list predicate-list
# echo $?
1
# find / ! -o -print
find: operand follows operand
# echo $?
1
# find / \( -print
find: unmatched '('
# echo $?
1
# find / -print \)
find: unmatched ')'
# echo $?
1
# find / -exec echo {}
find: incomplete statement
# echo $?
1
# find / -user nobodyhere
find: cannot find nobodyhere name
# echo $?
1
# find / -perm 9z
find: -perm: Bad permission string
find: [-H | -L] path-list predicate-list
# echo $?
1
=== diff: the normal format, -e, -c, -u, and a file against itself
status: 1
--- input
printf 'a\nb\nc\nd\ne\nf\ng\nh\n' > /tmp/1
printf 'a\nB\nc\nd\ne\nf\ng\nh\ni\n' > /tmp/2
printf 'b\nc\nd\n' > /tmp/3
diff /tmp/1 /tmp/2
echo $?
diff /tmp/1 /tmp/3
diff /tmp/3 /tmp/1
diff /tmp/1 /tmp/1
echo $?
diff -e /tmp/1 /tmp/2
diff -c /tmp/1 /tmp/2
diff -u /tmp/1 /tmp/2
diff -u /tmp/1 /tmp/1
diff -i /tmp/1 /tmp/2
--- output
# printf 'a\nb\nc\nd\ne\nf\ng\nh\n' > /tmp/1
# printf 'a\nB\nc\nd\ne\nf\ng\nh\ni\n' > /tmp/2
# printf 'b\nc\nd\n' > /tmp/3
# diff /tmp/1 /tmp/2
2c2
< b
---
> B
8a9
> i
# echo $?
1
# diff /tmp/1 /tmp/3
1d0
< a
5,8d3
< e
< f
< g
< h
# diff /tmp/3 /tmp/1
0a1
> a
3a5,8
> e
> f
> g
> h
# diff /tmp/1 /tmp/1
# echo $?
0
# diff -e /tmp/1 /tmp/2
8a
i
.
2c
B
.
# diff -c /tmp/1 /tmp/2
*** /tmp/1	Mon Jan  4 09:00:00 2010
--- /tmp/2	Mon Jan  4 09:00:00 2010
***************
*** 1,5 ****
  a
! b
  c
  d
  e
--- 1,5 ----
  a
! B
  c
  d
  e
***************
*** 6,8 ****
--- 6,9 ----
  f
  g
  h
+ i
# diff -u /tmp/1 /tmp/2
--- /tmp/1	Mon Jan  4 09:00:00 2010
+++ /tmp/2	Mon Jan  4 09:00:00 2010
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -6,3 +6,4 @@
 f
 g
 h
+i
# diff -u /tmp/1 /tmp/1
No differences encountered
# diff -i /tmp/1 /tmp/2
8a9
> i
=== diff: diff.c's messages and statuses
--- input
echo x > /tmp/x
diff /tmp/x
echo $?
diff /tmp/x /nope
echo $?
diff -q /tmp/x /tmp/x
echo $?
diff -U z /tmp/x /tmp/x
echo $?
diff - - < /tmp/x
echo $?
printf 'a\000b\n' > /tmp/bin
diff /tmp/x /tmp/bin
echo $?
mkdir /tmp/d; echo y > /tmp/d/x
diff /tmp/x /tmp/d
echo $?
--- output
# echo x > /tmp/x
# diff /tmp/x
diff: two filename arguments required
# echo $?
2
# diff /tmp/x /nope
diff: /nope: No such file or directory
# echo $?
2
# diff -q /tmp/x /tmp/x
diff: illegal option -- q
usage: diff [-bitw] [-c | -e | -f | -h | -n | -u] file1 file2
       diff [-bitw] [-C number | -U number] file1 file2
       diff [-bitw] [-D string] file1 file2
       diff [-bitw] [-c | -e | -f | -h | -n | -u] [-l] [-r] [-s] [-S name] directory1 directory2
# echo $?
2
# diff -U z /tmp/x /tmp/x
diff: use [ -C num | -U num ]
# echo $?
2
# diff - - < /tmp/x
diff: cannot specify - -
# echo $?
2
# printf 'a\000b\n' > /tmp/bin
# diff /tmp/x /tmp/bin
Binary files /tmp/x and /tmp/bin differ
# echo $?
1
# mkdir /tmp/d; echo y > /tmp/d/x
# diff /tmp/x /tmp/d
1c1
< x
---
> y
# echo $?
1
=== cmp: the first difference, -l, -s, EOF, and cmp.c's messages
--- input
printf 'abc\ndef\n' > /tmp/1
printf 'abc\ndxf\nmore\n' > /tmp/2
cmp /tmp/1 /tmp/2
echo $?
cmp -l /tmp/1 /tmp/2
echo $?
cmp -s /tmp/1 /tmp/2
echo $?
cmp /tmp/1 /tmp/1
echo $?
printf 'abc\ndef\nmore\n' > /tmp/3
cmp /tmp/1 /tmp/3
echo $?
cmp /tmp/1 /tmp/2 4 4
echo $?
cmp /tmp/1 /nope
echo $?
cmp -s /tmp/1 /nope
echo $?
cmp /tmp/1
echo $?
cmp -x /tmp/1 /tmp/2
echo $?
--- output
# printf 'abc\ndef\n' > /tmp/1
# printf 'abc\ndxf\nmore\n' > /tmp/2
# cmp /tmp/1 /tmp/2
/tmp/1 /tmp/2 differ: char 6, line 2
# echo $?
1
# cmp -l /tmp/1 /tmp/2
     6 145 170
cmp: EOF on /tmp/1
# echo $?
1
# cmp -s /tmp/1 /tmp/2
# echo $?
1
# cmp /tmp/1 /tmp/1
# echo $?
0
# printf 'abc\ndef\nmore\n' > /tmp/3
# cmp /tmp/1 /tmp/3
cmp: EOF on /tmp/1
# echo $?
1
# cmp /tmp/1 /tmp/2 4 4
/tmp/1 /tmp/2 differ: char 2, line 1
# echo $?
1
# cmp /tmp/1 /nope
cmp: cannot open /nope
# echo $?
2
# cmp -s /tmp/1 /nope
# echo $?
2
# cmp /tmp/1
usage: cmp [-l | -s] file1 file2 [skip1] [skip2]
# echo $?
2
# cmp -x /tmp/1 /tmp/2
cmp: illegal option -- x
usage: cmp [-l | -s] file1 file2 [skip1] [skip2]
# echo $?
2
=== od -c, -x, -b, the default octal words (big-endian), and '*' for repeats
--- input
echo hello > /tmp/h
od -c /tmp/h
od /tmp/h
od -x /tmp/h
od -b /tmp/h
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n' > /tmp/r
od -c /tmp/r
od -c /nope
echo $?
--- output
# echo hello > /tmp/h
# od -c /tmp/h
0000000   h   e   l   l   o  \n
0000006
# od /tmp/h
0000000 064145 066154 067412
0000006
# od -x /tmp/h
0000000 6865 6c6c 6f0a
0000006
# od -b /tmp/h
0000000 150 145 154 154 157 012
0000006
# printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n' > /tmp/r
# od -c /tmp/r
0000000   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a
*
0000060   b  \n
0000062
# od -c /nope
od: cannot open /nope: No such file or directory
# echo $?
2
=== file: directory, empty, ascii and English text, commands, scripts, device, tar archive
--- input
mkdir /tmp/dir; touch /tmp/empty; echo text > /tmp/text
echo 'A zone is a virtualized operating system environment within one instance of Solaris.' > /tmp/prose
printf '#!/bin/sh\necho hi\n' > /tmp/script
printf '#!/usr/bin/perl\n' > /tmp/perl
echo run > /tmp/cmd; chmod 755 /tmp/cmd
printf '\200\201' > /tmp/data
cd /tmp; tar cf /tmp/a.tar text
file /tmp/dir /tmp/empty /tmp/text /tmp/prose /tmp/script /tmp/perl /tmp/cmd /tmp/data /dev/null /tmp/a.tar /nope
echo $?
file
echo $?
--- output
# mkdir /tmp/dir; touch /tmp/empty; echo text > /tmp/text
# echo 'A zone is a virtualized operating system environment within one instance of Solaris.' > /tmp/prose
# printf '#!/bin/sh\necho hi\n' > /tmp/script
# printf '#!/usr/bin/perl\n' > /tmp/perl
# echo run > /tmp/cmd; chmod 755 /tmp/cmd
# printf '\200\201' > /tmp/data
# cd /tmp; tar cf /tmp/a.tar text
# file /tmp/dir /tmp/empty /tmp/text /tmp/prose /tmp/script /tmp/perl /tmp/cmd /tmp/data /dev/null /tmp/a.tar /nope
/tmp/dir:	directory
/tmp/empty:	empty file
/tmp/text:	ascii text
/tmp/prose:	English text
/tmp/script:	executable shell script
/tmp/perl:	executable /usr/bin/perl script
/tmp/cmd:	commands text
/tmp/data:	data
/dev/null:	character special (13/2)
/tmp/a.tar:	USTAR tar archive
/nope:		cannot open: No such file or directory
# echo $?
0
# file
usage: file [-dh] [-M mfile] [-m mfile] [-f ffile] file ...
# echo $?
2
=== in a sparse-root zone the inherited directories are read-only lofs mounts (EROFS, EXDEV)
config: zones-web1-running
--- input
zlogin web1 cp /etc/nodename /usr/x
zlogin web1 touch /usr/bin/x
zlogin web1 mv /etc/nodename /usr/nodename
zlogin web1 tar cf /usr/x.tar /etc
zlogin web1 cp /etc/nodename /tmp/n
zlogin web1 ls /tmp
zlogin web1 find /dev -type c
--- output
# zlogin web1 cp /etc/nodename /usr/x
cp: cannot create /usr/x: Read-only file system
# zlogin web1 touch /usr/bin/x
touch: /usr/bin/x cannot create
# zlogin web1 mv /etc/nodename /usr/nodename
mv: cannot create /usr/nodename: Read-only file system
# zlogin web1 tar cf /usr/x.tar /etc
tar: /usr/x.tar: Read-only file system
# zlogin web1 cp /etc/nodename /tmp/n
# zlogin web1 ls /tmp
n
# zlogin web1 find /dev -type c
/dev/null
=== rm -r of an installed zone's zonepath is allowed, as on Solaris (labs break zones so)
config: zones-web1-installed
--- input
rm -rf /zones/web1
echo $?
ls /zones
zoneadm -z web1 boot
echo $?
--- output
# rm -rf /zones/web1
# echo $?
0
# ls /zones
# zoneadm -z web1 boot
zoneadm: /zones/web1: No such file or directory
could not verify zonepath /zones/web1 because of the above errors.
zoneadm: zone web1 failed to verify
# echo $?
1
=== diff of two directories: Only in, Common subdirectories, a diff per differing file; -r descends
--- input
mkdir -p /a/s /b/s /a/only /b/x; echo 1 > /a/f; echo 2 > /b/f; echo same > /a/s/g; echo same > /b/s/g
echo A > /a/s/h; echo B > /b/s/h; echo f > /a/x; echo z > /a/z
diff /a /b
echo $?
diff -r /a /b
diff -rs /a/s /b/s
mkdir /c; cp -rp /a /c; diff -r /a /c/a
echo $?
--- output
# mkdir -p /a/s /b/s /a/only /b/x; echo 1 > /a/f; echo 2 > /b/f; echo same > /a/s/g; echo same > /b/s/g
# echo A > /a/s/h; echo B > /b/s/h; echo f > /a/x; echo z > /a/z
# diff /a /b
diff /a/f /b/f
1c1
< 1
---
> 2
Only in /a: only
Common subdirectories: /a/s and /b/s
File /a/x is a plain file while file /b/x is a directory
Only in /a: z
# echo $?
1
# diff -r /a /b
diff -r /a/f /b/f
1c1
< 1
---
> 2
Only in /a: only
Common subdirectories: /a/s and /b/s
File /a/x is a plain file while file /b/x is a directory
Only in /a: z
diff -r /a/s/h /b/s/h
1c1
< A
---
> B
# diff -rs /a/s /b/s
Files /a/s/g and /b/s/g are identical
diff -rs /a/s/h /b/s/h
1c1
< A
---
> B
# mkdir /c; cp -rp /a /c; diff -r /a /c/a
Common subdirectories: /a/only and /c/a/only
Common subdirectories: /a/s and /c/a/s
# echo $?
0
=== cp -f does not silence cp -i; mv -f does
interactive: yes
--- input
echo new > /tmp/n; echo old > /tmp/o
cp -fi /tmp/n /tmp/o
n
mv -fi /tmp/n /tmp/o
cat /tmp/o
--- output
# echo new > /tmp/n; echo old > /tmp/o
# cp -fi /tmp/n /tmp/o
cp: overwrite /tmp/o (yes/no)? n
# mv -fi /tmp/n /tmp/o
# cat /tmp/o
new
=== find -exec of a command that does not exist: false, and silent (the child's execvp fails)
--- input
mkdir /h; touch /h/a
find /h -exec nosuchcommand {} \; -o -print
echo $?
--- output
# mkdir /h; touch /h/a
# find /h -exec nosuchcommand {} \; -o -print
/h
/h/a
# echo $?
0
