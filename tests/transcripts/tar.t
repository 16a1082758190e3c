=== tar cvf, tvf and xvf: a tree with its modes and owners comes back whole elsewhere
--- input
mkdir -p /src/dir/sub; echo one > /src/dir/f; chmod 600 /src/dir/f; chmod 700 /src/dir/sub
echo two > /src/dir/sub/g; touch -t 200905051200 /src/dir/sub/g
cd /src; tar cvf /var/tmp/d.tar dir
ls -l /var/tmp/d.tar
tar tf /var/tmp/d.tar
tar tvf /var/tmp/d.tar
mkdir /dst; cd /dst; tar xvf /var/tmp/d.tar
ls -lR /dst
tar tvf /var/tmp/d.tar dir/sub
file /var/tmp/d.tar
--- output
# mkdir -p /src/dir/sub; echo one > /src/dir/f; chmod 600 /src/dir/f; chmod 700 /src/dir/sub
# echo two > /src/dir/sub/g; touch -t 200905051200 /src/dir/sub/g
# cd /src; tar cvf /var/tmp/d.tar dir
a dir/ 0K
a dir/f 1K
a dir/sub/ 0K
a dir/sub/g 1K
# ls -l /var/tmp/d.tar
-rw-r--r--   1 root     root       10240 Jan  4 09:00 /var/tmp/d.tar
# tar tf /var/tmp/d.tar
dir/
dir/f
dir/sub/
dir/sub/g
# tar tvf /var/tmp/d.tar
drwxr-xr-x   0/0        0 Jan  4 09:00 2010 dir/
-rw-------   0/0        4 Jan  4 09:00 2010 dir/f
drwx------   0/0        0 Jan  4 09:00 2010 dir/sub/
-rw-r--r--   0/0        4 May  5 12:00 2009 dir/sub/g
# mkdir /dst; cd /dst; tar xvf /var/tmp/d.tar
x dir, 0 bytes, 0K
x dir/f, 4 bytes, 1K
x dir/sub, 0 bytes, 0K
x dir/sub/g, 4 bytes, 1K
# ls -lR /dst
/dst:
total 2
drwxr-xr-x   3 root     root         512 Jan  4 09:00 dir

/dst/dir:
total 4
-rw-------   1 root     root           4 Jan  4 09:00 f
drwx------   2 root     root         512 Jan  4 09:00 sub

/dst/dir/sub:
total 2
-rw-r--r--   1 root     root           4 May  5  2009 g
# tar tvf /var/tmp/d.tar dir/sub
drwx------   0/0        0 Jan  4 09:00 2010 dir/sub/
-rw-r--r--   0/0        4 May  5 12:00 2009 dir/sub/g
# file /var/tmp/d.tar
/var/tmp/d.tar:	USTAR tar archive
=== tar keeps absolute names as given, and extracts them where they were
--- input
mkdir -p /abs/a; echo x > /abs/a/x
tar cf /tmp/abs.tar /abs
tar tf /tmp/abs.tar
rm -r /abs
cd /tmp; tar xf /tmp/abs.tar
ls -R /abs
--- output
# mkdir -p /abs/a; echo x > /abs/a/x
# tar cf /tmp/abs.tar /abs
# tar tf /tmp/abs.tar
/abs/
/abs/a/
/abs/a/x
# rm -r /abs
# cd /tmp; tar xf /tmp/abs.tar
# ls -R /abs
/abs:
a

/abs/a:
x
=== tar r appends; x extracts only the names given; -C changes directory while creating
--- input
mkdir -p /w/a /w/b; echo a > /w/a/1; echo b > /w/b/2
cd /w; tar cf /tmp/w.tar a
tar rf /tmp/w.tar b
tar tf /tmp/w.tar
cd /; tar cf /tmp/c.tar -C /w a
tar tf /tmp/c.tar
mkdir /only; cd /only; tar xvf /tmp/w.tar b
ls -R /only
--- output
# mkdir -p /w/a /w/b; echo a > /w/a/1; echo b > /w/b/2
# cd /w; tar cf /tmp/w.tar a
# tar rf /tmp/w.tar b
# tar tf /tmp/w.tar
a/
a/1
b/
b/2
# cd /; tar cf /tmp/c.tar -C /w a
# tar tf /tmp/c.tar
a/
a/1
# mkdir /only; cd /only; tar xvf /tmp/w.tar b
x b, 0 bytes, 0K
x b/2, 2 bytes, 1K
# ls -R /only
/only:
b

/only/b:
2
=== copying a detached zonepath by tar, the real way beside zonetui copy-zonepath
config: zones-web1-installed
--- input
cd /zones; tar cf /var/tmp/web1.tar web1
mkdir -m 700 /zones2; cd /zones2; tar xf /var/tmp/web1.tar
ls -l /zones2
cd /; diff /zones/web1/root/etc/nodename /zones2/web1/root/etc/nodename
echo $?
--- output
# cd /zones; tar cf /var/tmp/web1.tar web1
# mkdir -m 700 /zones2; cd /zones2; tar xf /var/tmp/web1.tar
# ls -l /zones2
total 2
drwx------   4 root     root         512 Jan  4 09:00 web1
# cd /; diff /zones/web1/root/etc/nodename /zones2/web1/root/etc/nodename
# echo $?
0
=== tar.c's messages and statuses
--- input
tar
echo $?
tar k
echo $?
tar cx
echo $?
tar cz /tmp/z.tar /etc
echo $?
tar cf /tmp/n.tar
echo $?
tar cf /tmp/n.tar /nope /etc/nodename
echo $?
tar tf /tmp/n.tar
tar cf /nodir/n.tar /etc
echo $?
tar tf /nope.tar
echo $?
echo junk > /tmp/junk; tar tf /tmp/junk
echo $?
cd /tmp; tar cf /tmp/self.tar /tmp
echo $?
--- output
# tar
Usage: tar {c|r|t|u|x}[BDeEFhilmnopPqTvw@/[0-7]][bfk][X...] [blocksize] [tarfile] [size] [exclude-file...] {file | -I include-file | -C directory file}...
# echo $?
1
# tar k
Usage: tar {c|r|t|u|x}[BDeEFhilmnopPqTvw@/[0-7]][bfk][X...] [blocksize] [tarfile] [size] [exclude-file...] {file | -I include-file | -C directory file}...
# echo $?
1
# tar cx
tar: specify only one of [ctxru].
Usage: tar {c|r|t|u|x}[BDeEFhilmnopPqTvw@/[0-7]][bfk][X...] [blocksize] [tarfile] [size] [exclude-file...] {file | -I include-file | -C directory file}...
# echo $?
1
# tar cz /tmp/z.tar /etc
tar: z: unknown function modifier
Usage: tar {c|r|t|u|x}[BDeEFhilmnopPqTvw@/[0-7]][bfk][X...] [blocksize] [tarfile] [size] [exclude-file...] {file | -I include-file | -C directory file}...
# echo $?
1
# tar cf /tmp/n.tar
tar: Missing filenames
# echo $?
1
# tar cf /tmp/n.tar /nope /etc/nodename
tar: /nope: No such file or directory
# echo $?
1
# tar tf /tmp/n.tar
/etc/nodename
# tar cf /nodir/n.tar /etc
tar: /nodir/n.tar: No such file or directory
# echo $?
1
# tar tf /nope.tar
tar: /nope.tar: No such file or directory
# echo $?
1
# echo junk > /tmp/junk; tar tf /tmp/junk
tar: directory checksum error
# echo $?
2
# cd /tmp; tar cf /tmp/self.tar /tmp
tar: /tmp/self.tar same as archive file
# echo $?
1
=== tar f -: the archive on standard output (v then speaks on standard error) or input
--- input
cd /etc; tar cvf - zones > /tmp/z.tar
tar tvf - < /tmp/z.tar
mkdir /n; cd /n; tar xvf - < /tmp/z.tar
ls -R /n
tar rf - x
echo $?
--- output
# cd /etc; tar cvf - zones > /tmp/z.tar
a zones/ 0K
a zones/SUNWblank.xml 1K
a zones/SUNWdefault.xml 1K
a zones/index 1K
# tar tvf - < /tmp/z.tar
drwxr-xr-x   0/3        0 Dec 19 18:20 2009 zones/
-r--r--r--   0/2      261 Dec 19 18:20 2009 zones/SUNWblank.xml
-r--r--r--   0/2      436 Dec 19 18:20 2009 zones/SUNWdefault.xml
-rw-r--r--   0/3      141 Dec 19 18:20 2009 zones/index
# mkdir /n; cd /n; tar xvf - < /tmp/z.tar
x zones, 0 bytes, 0K
x zones/SUNWblank.xml, 261 bytes, 1K
x zones/SUNWdefault.xml, 436 bytes, 1K
x zones/index, 141 bytes, 1K
# ls -R /n
/n:
zones

/n/zones:
SUNWblank.xml    SUNWdefault.xml  index
# tar rf - x
tar: cannot append to pipe or FIFO.
# echo $?
1
