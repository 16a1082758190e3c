=== grep family: matches, counts, errors and exit statuses
--- input
cat > /tmp/f <<END
alpha one
beta two
Gamma three
alpha four
END
grep alpha /tmp/f
grep -n -i gamma /tmp/f /etc/passwd
grep -c a /tmp/f /tmp/nope
echo $?
grep -q alpha /tmp/f
echo $?
grep "\(" /tmp/f
echo $?
/usr/xpg4/bin/grep -E 'al+pha|beta' /tmp/f
/usr/xpg4/bin/grep -q beta /tmp/nope /tmp/f
echo $?
egrep -c 'one|two' /tmp/f
fgrep
echo $?
--- output
# cat > /tmp/f <<END
> alpha one
> beta two
> Gamma three
> alpha four
> END
# grep alpha /tmp/f
alpha one
alpha four
# grep -n -i gamma /tmp/f /etc/passwd
/tmp/f:3:Gamma three
grep: can't open /etc/passwd
# grep -c a /tmp/f /tmp/nope
/tmp/f:4
grep: can't open /tmp/nope
# echo $?
2
# grep -q alpha /tmp/f
grep: illegal option -- q
Usage: grep -hblcnsviw pattern file . . .
# echo $?
2
# grep "\(" /tmp/f
grep: RE error 42: \( \) imbalance.
# echo $?
2
# /usr/xpg4/bin/grep -E 'al+pha|beta' /tmp/f
alpha one
beta two
alpha four
# /usr/xpg4/bin/grep -q beta /tmp/nope /tmp/f
grep: can't open "/tmp/nope"
# echo $?
0
# egrep -c 'one|two' /tmp/f
2
# fgrep
usage: fgrep [ -bchilnsvx ] [ -e exp ] [ -f file ] [ strings ] [ file ] ...
# echo $?
2
=== head tail wc sort uniq cut tr printf basename dirname xargs
--- input
cat > /tmp/f <<END
web1:running:10
db:installed:2
app:running:100
web1:running:10
END
head -2 /tmp/f
tail -1 /tmp/f
tail -n 1 /tmp/f
echo $?
/usr/xpg4/bin/tail -n 1 /tmp/f
wc /tmp/f
wc -l /tmp/f /tmp/f
sort -t: -k3n /tmp/f
sort -t: +2nr -3 /tmp/f
sort -u /tmp/f > /tmp/s
cat /tmp/s
sort /tmp/f > /tmp/s
uniq -c /tmp/s
uniq -c -d /tmp/s
echo $?
cut -d: -f1,3 /tmp/f
cut -c 3-1 /tmp/f
echo $?
tr a-z A-Z < /tmp/f
printf '%s=%d\n' a 1 b
basename /usr/lib/libc.so.1 .so.1
dirname /usr/lib/
xargs -n 2 echo zone: < /tmp/s
--- output
# cat > /tmp/f <<END
> web1:running:10
> db:installed:2
> app:running:100
> web1:running:10
> END
# head -2 /tmp/f
web1:running:10
db:installed:2
# tail -1 /tmp/f
web1:running:10
# tail -n 1 /tmp/f
usage: tail [+/-[n][lbc][f]] [file]
       tail [+/-[n][l][r|f]] [file]
# echo $?
2
# /usr/xpg4/bin/tail -n 1 /tmp/f
web1:running:10
# wc /tmp/f
       4       4      63 /tmp/f
# wc -l /tmp/f /tmp/f
       4 /tmp/f
       4 /tmp/f
       8 total
# sort -t: -k3n /tmp/f
db:installed:2
web1:running:10
web1:running:10
app:running:100
# sort -t: +2nr -3 /tmp/f
app:running:100
web1:running:10
web1:running:10
db:installed:2
# sort -u /tmp/f > /tmp/s
# cat /tmp/s
app:running:100
db:installed:2
web1:running:10
# sort /tmp/f > /tmp/s
# uniq -c /tmp/s
   1 app:running:100
   1 db:installed:2
   2 web1:running:10
# uniq -c -d /tmp/s
Mutually exclusive options were given!
Usage:	uniq [-c|-d|-u][-f fields][-s char] [input_file [output_file]]
Or:	uniq [-c|-d|-u][-n][+m] [input_file [output_file]]
# echo $?
3
# cut -d: -f1,3 /tmp/f
web1:10
db:2
app:100
web1:10
# cut -c 3-1 /tmp/f
cut: ranges must be increasing
# echo $?
2
# tr a-z A-Z < /tmp/f
web1:running:10
db:instAlled:2
App:running:100
web1:running:10
# printf '%s=%d\n' a 1 b
a=1
b=0
# basename /usr/lib/libc.so.1 .so.1
libc
# dirname /usr/lib/
/usr
# xargs -n 2 echo zone: < /tmp/s
zone: app:running:100 db:installed:2
zone: web1:running:10 web1:running:10
=== usage lines go where Solaris prints them
status: 2
--- input
fgrep
head -n 0 /etc/hosts
grep
wc -cm
tail -n 1
tee -x
basename a b c
dirname a b
uniq +x
cut
sort -k 0
printf
tr -x
xargs -L 0
egrep
--- stdout
usage: fgrep [ -bchilnsvx ] [ -e exp ] [ -f file ] [ strings ] [ file ] ...
usage: head [-n #] [-#] [filename...]
--- stderr
head: Invalid "-n 0" option
Usage: grep -hblcnsviw pattern file . . .
usage: wc [-c | -m | -C] [-lw] [file ...]
usage: tail [+/-[n][lbc][f]] [file]
       tail [+/-[n][l][r|f]] [file]
tee: illegal option -- x
usage: tee [-ai] [file...]
Usage: basename string [ suffix ]
Usage: dirname [ path ]
Usage:	uniq [-c|-d|-u][-f fields][-s char] [input_file [output_file]]
Or:	uniq [-c|-d|-u][-n][+m] [input_file [output_file]]
usage: cut -b list [-n] [filename ...]
       cut -c list [filename ...]
       cut -f list [-d delim] [-s] [filename]
usage: sort [-cmu] [-o output] [-T directory] [-S mem] [-z recsz]
	[-dfiMnr] [-b] [-t char] [-k keydef] [+pos1 [-pos2]] files...
Usage: printf format [[[arg1] arg2] ... argn]
tr: illegal option -- x
Usage: tr [ -cds ] [ String1 [ String2 ] ]
xargs: #lines must be positive int: 0
xargs: Usage: xargs: [-t] [-p] [-e[eofstr]] [-E eofstr] [-I replstr] [-i[replstr]] [-L #] [-l[#]] [-n # [-x]] [-s size] [cmd [args ...]]
usage: egrep [ -bchilnsv ] [ -e exp ] [ -f file ] [ strings ] [ file ] ...
=== grep -c -l -h -s -v -w -b and standard input
--- input
cat > /tmp/f <<END
zone web1 running
zone db installed
zoned daemon
END
grep -w zone /tmp/f
grep -vc zone /tmp/f
grep -l zone /tmp/f /tmp/f
grep -h -n db /tmp/f /tmp/f
grep -s db /tmp/nope /tmp/f
echo $?
grep -b daemon /tmp/f
grep -l zone < /tmp/f
/usr/xpg4/bin/grep -l zone < /tmp/f
/usr/xpg4/bin/grep -x -F 'zoned daemon' /tmp/f
/usr/xpg4/bin/grep -e web1 -e db /tmp/f
/usr/xpg4/bin/grep -wE x /tmp/f
echo $?
grep 'o\{2,1\}' /tmp/f
grep '[abc' /tmp/f
grep '' /tmp/f
egrep 'a(b' /tmp/f
egrep -s web1 /tmp/f
echo $?
fgrep -x -e 'zoned daemon' /tmp/f
/usr/xpg4/bin/grep -x 'zone.*g' /tmp/f
/usr/xpg4/bin/grep -xE 'zoned|zone .* installed' /tmp/f
/usr/xpg4/bin/grep -x '\(zone\)d daemon' /tmp/f
/usr/xpg4/bin/grep -E 'a{2' /tmp/f
egrep -s -c zone /tmp/f
fgrep -s -l zone /tmp/f
/usr/xpg4/bin/grep -q -c zone /tmp/f
/usr/xpg4/bin/grep -q -c nothing /tmp/f
echo $?
--- output
# cat > /tmp/f <<END
> zone web1 running
> zone db installed
> zoned daemon
> END
# grep -w zone /tmp/f
zone web1 running
zone db installed
# grep -vc zone /tmp/f
0
# grep -l zone /tmp/f /tmp/f
/tmp/f
/tmp/f
# grep -h -n db /tmp/f /tmp/f
2:zone db installed
2:zone db installed
# grep -s db /tmp/nope /tmp/f
/tmp/f:zone db installed
# echo $?
2
# grep -b daemon /tmp/f
0:zoned daemon
# grep -l zone < /tmp/f
<stdin>
# /usr/xpg4/bin/grep -l zone < /tmp/f
(standard input)
# /usr/xpg4/bin/grep -x -F 'zoned daemon' /tmp/f
zoned daemon
# /usr/xpg4/bin/grep -e web1 -e db /tmp/f
zone web1 running
zone db installed
# /usr/xpg4/bin/grep -wE x /tmp/f
Usage:	grep [-c|-l|-q] [-bhinsvwx] pattern_list [file ...]
	grep [-c|-l|-q] [-bhinsvwx] [-e pattern_list]... [-f pattern_file]... [file...]
	grep -E [-c|-l|-q] [-bhinsvx] pattern_list [file ...]
	grep -E [-c|-l|-q] [-bhinsvx] [-e pattern_list]... [-f pattern_file]... [file...]
	grep -F [-c|-l|-q] [-bhinsvx] pattern_list [file ...]
	grep -F [-c|-l|-q] [-bhinsvx] [-e pattern_list]... [-f pattern_file]... [file...]
# echo $?
2
# grep 'o\{2,1\}' /tmp/f
grep: RE error 46: First number exceeds second in \{ \}.
# grep '[abc' /tmp/f
grep: RE error 49: [ ] imbalance.
# grep '' /tmp/f
grep: RE error 41: No remembered search string.
# egrep 'a(b' /tmp/f
egrep: syntax error
# egrep -s web1 /tmp/f
# echo $?
0
# fgrep -x -e 'zoned daemon' /tmp/f
zoned daemon
# /usr/xpg4/bin/grep -x 'zone.*g' /tmp/f
zone web1 running
# /usr/xpg4/bin/grep -xE 'zoned|zone .* installed' /tmp/f
zone db installed
# /usr/xpg4/bin/grep -x '\(zone\)d daemon' /tmp/f
zoned daemon
# /usr/xpg4/bin/grep -E 'a{2' /tmp/f
grep: RE error in a{2: braces not balanced
# egrep -s -c zone /tmp/f
3
# fgrep -s -l zone /tmp/f
# /usr/xpg4/bin/grep -q -c zone /tmp/f
# /usr/xpg4/bin/grep -q -c nothing /tmp/f
# echo $?
1
=== tail old and XPG4 forms, head -N and several files
status: 1
--- input
cat > /tmp/n <<END
1
2
3
4
5
6
7
8
9
10
11
12
END
tail /tmp/n
tail +11 /tmp/n
tail -2r /tmp/n
tail -3c /tmp/n
tail -x /tmp/n
/usr/xpg4/bin/tail -n +12 /tmp/n
/usr/xpg4/bin/tail -c 3 /tmp/n
tail /tmp/nope
echo $?
head -3 /tmp/n /tmp/nope /tmp/n
echo $?
head -1x /tmp/n
--- output
# cat > /tmp/n <<END
> 1
> 2
> 3
> 4
> 5
> 6
> 7
> 8
> 9
> 10
> 11
> 12
> END
# tail /tmp/n
3
4
5
6
7
8
9
10
11
12
# tail +11 /tmp/n
11
12
# tail -2r /tmp/n
12
11
# tail -3c /tmp/n
12
# tail -x /tmp/n
usage: tail [+/-[n][lbc][f]] [file]
       tail [+/-[n][l][r|f]] [file]
# /usr/xpg4/bin/tail -n +12 /tmp/n
12
# /usr/xpg4/bin/tail -c 3 /tmp/n
12
# tail /tmp/nope
tail: cannot open input
# echo $?
2
# head -3 /tmp/n /tmp/nope /tmp/n
==> /tmp/n <==
1
2
3
/tmp/nope: No such file or directory

==> /tmp/n <==
1
2
3
# echo $?
1
# head -1x /tmp/n
head: Badly formed number
usage: head [-n #] [-#] [filename...]
=== wc counts, totals and errors
--- input
echo one two > /tmp/a
echo three > /tmp/b
wc /tmp/a /tmp/b
wc -w /tmp/a /tmp/nope
echo $?
wc -lc < /tmp/a
wc -m /tmp/b
--- output
# echo one two > /tmp/a
# echo three > /tmp/b
# wc /tmp/a /tmp/b
       1       2       8 /tmp/a
       1       1       6 /tmp/b
       2       3      14 total
# wc -w /tmp/a /tmp/nope
       2 /tmp/a
wc: /tmp/nope: No such file or directory
       2 total
# echo $?
2
# wc -lc < /tmp/a
       1       8
# wc -m /tmp/b
       6 /tmp/b
=== sort keys, options after files, -c and -u
--- input
cat > /tmp/p <<END
b 2 x
a 10 y
c 1 z
a 10 y
END
sort /tmp/p
sort -k2n /tmp/p
sort -k2,2nr -k1,1 /tmp/p
sort -r +1n /tmp/p
sort -u /tmp/p
sort /tmp/p -o /tmp/q
cat /tmp/q
sort -c /tmp/q
echo $?
sort -c /tmp/p
echo $?
sort /tmp/nope
echo $?
--- output
# cat > /tmp/p <<END
> b 2 x
> a 10 y
> c 1 z
> a 10 y
> END
# sort /tmp/p
a 10 y
a 10 y
b 2 x
c 1 z
# sort -k2n /tmp/p
c 1 z
b 2 x
a 10 y
a 10 y
# sort -k2,2nr -k1,1 /tmp/p
a 10 y
a 10 y
b 2 x
c 1 z
# sort -r +1n /tmp/p
c 1 z
b 2 x
a 10 y
a 10 y
# sort -u /tmp/p
a 10 y
b 2 x
c 1 z
# sort /tmp/p -o /tmp/q
# cat /tmp/q
a 10 y
a 10 y
b 2 x
c 1 z
# sort -c /tmp/q
# echo $?
0
# sort -c /tmp/p
sort: disorder: a 10 y
# echo $?
1
# sort /tmp/nope
sort: can't open /tmp/nope: No such file or directory
# echo $?
2
=== uniq and cut forms
--- input
cat > /tmp/u <<END
a 1
a 1
b 1
c 2
c 3
END
uniq /tmp/u
uniq -d /tmp/u
uniq -u /tmp/u
uniq -f 1 -c /tmp/u
uniq -1 /tmp/u
uniq /tmp/u /tmp/v
cat /tmp/v
uniq /tmp/nope
echo $?
cut -c1 /tmp/u
cut -d' ' -f2- /tmp/u
cut -f1 -s /tmp/u
cut -b 1-2 -n /tmp/u
cut -c1 -n /tmp/u
echo $?
cut -f a /tmp/u
cut -f1 /tmp/nope
echo $?
cut -d '' -f 2 /tmp/u
cut -d ab -f 1 /tmp/u
echo $?
--- output
# cat > /tmp/u <<END
> a 1
> a 1
> b 1
> c 2
> c 3
> END
# uniq /tmp/u
a 1
b 1
c 2
c 3
# uniq -d /tmp/u
a 1
# uniq -u /tmp/u
b 1
c 2
c 3
# uniq -f 1 -c /tmp/u
   3 a 1
   1 c 2
   1 c 3
# uniq -1 /tmp/u
a 1
c 2
c 3
# uniq /tmp/u /tmp/v
# cat /tmp/v
a 1
b 1
c 2
c 3
# uniq /tmp/nope
cannot open /tmp/nope
# echo $?
1
# cut -c1 /tmp/u
a
a
b
c
c
# cut -d' ' -f2- /tmp/u
1
1
1
2
3
# cut -f1 -s /tmp/u
# cut -b 1-2 -n /tmp/u
a 
a 
b 
c 
c 
# cut -c1 -n /tmp/u
cut: -n may only be used with -b
usage: cut -b list [-n] [filename ...]
       cut -c list [filename ...]
       cut -f list [-d delim] [-s] [filename]
# echo $?
2
# cut -f a /tmp/u
cut: invalid character in range
# cut -f1 /tmp/nope
cut: /tmp/nope: No such file or directory
# echo $?
1
# cut -d '' -f 2 /tmp/u
a 1
a 1
b 1
c 2
c 3
# cut -d ab -f 1 /tmp/u
cut: invalid delimiter
# echo $?
2
=== tr printf tee basename dirname more
--- input
echo "hello   world" > /tmp/t
tr -s ' ' < /tmp/t
tr -d 'lo' < /tmp/t
tr '[:lower:]' '[:upper:]' < /tmp/t
tr -c 'a-z\n' '_' < /tmp/t
tr -c '[a-z]\n' '[_*]' < /tmp/t
tr 'a-z' '\101' < /tmp/t
tr '[a-z]' '[A-Z]' < /tmp/t
tr '[:nope:]' x < /tmp/t
tr '[x*2]' y < /tmp/t
echo $?
printf '%5s|%-5s|%03d|%x|%o|%c\n' ab cd 7 255 8 xyz
printf '%b\n' 'a\tb' 'c\cd'
printf 'no newline'
printf '\n%d\n' 1x
echo $?
tee /tmp/t1 /tmp/t2 < /tmp/t
cat /tmp/t2
tee -a /tmp/t1 < /tmp/t > /dev/null
cat /tmp/t1
tee /nodir/x < /tmp/t
echo $?
basename /a/b/
basename /
basename x.c x.c
basename file.tar.gz '.t.*'
dirname /
dirname a
dirname /a//b//
more /tmp/t
more /tmp/t /tmp/nope /tmp
echo $?
--- output
# echo "hello   world" > /tmp/t
# tr -s ' ' < /tmp/t
hello world
# tr -d 'lo' < /tmp/t
he   wrd
# tr '[:lower:]' '[:upper:]' < /tmp/t
HELLO   WORLD
# tr -c 'a-z\n' '_' < /tmp/t
hello   world
# tr -c '[a-z]\n' '[_*]' < /tmp/t
hello___world
# tr 'a-z' '\101' < /tmp/t
hello   world
# tr '[a-z]' '[A-Z]' < /tmp/t
HELLO   WORLD
# tr '[:nope:]' x < /tmp/t
tr: Bad string between [ and ].
# tr '[x*2]' y < /tmp/t
tr: Character repetition in String1
Usage: tr [ -cds ] [ String1 [ String2 ] ]
# echo $?
1
# printf '%5s|%-5s|%03d|%x|%o|%c\n' ab cd 7 255 8 xyz
   ab|cd   |007|ff|10|x
# printf '%b\n' 'a\tb' 'c\cd'
a	b
c# printf 'no newline'
no newline# printf '\n%d\n' 1x

1
printf: "1x" not completely converted
# echo $?
1
# tee /tmp/t1 /tmp/t2 < /tmp/t
hello   world
# cat /tmp/t2
hello   world
# tee -a /tmp/t1 < /tmp/t > /dev/null
# cat /tmp/t1
hello   world
hello   world
# tee /nodir/x < /tmp/t
tee: /nodir/x: No such file or directory
hello   world
# echo $?
1
# basename /a/b/
b
# basename /
/
# basename x.c x.c
x.c
# basename file.tar.gz '.t.*'
file
# dirname /
/
# dirname a
.
# dirname /a//b//
/a
# more /tmp/t
hello   world
# more /tmp/t /tmp/nope /tmp
::::::::::::::
/tmp/t
::::::::::::::
hello   world
/tmp/nope: No such file or directory

*** /tmp: directory ***

# echo $?
0
=== xargs batches, replacement, trace and statuses
--- input
cat > /tmp/x <<END
web1 web2
"db one" 'app two'
END
xargs < /tmp/x
xargs -n 1 echo zone < /tmp/x
xargs -L 1 echo line < /tmp/x
xargs -t -I % echo "[%]" < /tmp/x
xargs -n 3 false < /tmp/x
echo $?
xargs nosuch < /tmp/x
echo $?
xargs -n 0 < /tmp/x
echo $?
echo "it's" > /tmp/y
xargs < /tmp/y
echo $?
cat > /tmp/e <<END
a b
_
c
END
xargs < /tmp/e
xargs -e < /tmp/e
xargs -E b < /tmp/e
xargs < /dev/null
xargs -n 1 echo x < /dev/null
echo $?
--- output
# cat > /tmp/x <<END
> web1 web2
> "db one" 'app two'
> END
# xargs < /tmp/x
web1 web2 db one app two
# xargs -n 1 echo zone < /tmp/x
zone web1
zone web2
zone db one
zone app two
# xargs -L 1 echo line < /tmp/x
line web1 web2
line db one app two
# xargs -t -I % echo "[%]" < /tmp/x
echo [web1 web2]
[web1 web2]
echo [db one app two]
[db one app two]
# xargs -n 3 false < /tmp/x
# echo $?
1
# xargs nosuch < /tmp/x
xargs: Could not exec command: No such file or directory
# echo $?
127
# xargs -n 0 < /tmp/x
xargs: #args must be positive int: 0
xargs: Usage: xargs: [-t] [-p] [-e[eofstr]] [-E eofstr] [-I replstr] [-i[replstr]] [-L #] [-l[#]] [-n # [-x]] [-s size] [cmd [args ...]]
# echo $?
2
# echo "it's" > /tmp/y
# xargs < /tmp/y
xargs: Missing quote: its
# echo $?
1
# cat > /tmp/e <<END
> a b
> _
> c
> END
# xargs < /tmp/e
a b
# xargs -e < /tmp/e
a b _ c
# xargs -E b < /tmp/e
a
# xargs < /dev/null

# xargs -n 1 echo x < /dev/null
# echo $?
0
=== a directory as input: each tool as its source handles it
--- input
mkdir /tmp/d
echo x > /tmp/x
grep x /tmp/d /tmp/x
echo $?
head /tmp/d
tail /tmp/d
echo $?
wc /tmp/d /tmp/x
echo $?
sort /tmp/d
echo $?
uniq /tmp/d
cut -c1 /tmp/d /tmp/x
echo $?
--- output
# mkdir /tmp/d
# echo x > /tmp/x
# grep x /tmp/d /tmp/x
/tmp/x:x
# echo $?
0
# head /tmp/d
# tail /tmp/d
# echo $?
0
# wc /tmp/d /tmp/x
wc: cannot read /tmp/d: Is a directory
       1       1       2 /tmp/x
       1       1       2 total
# echo $?
2
# sort /tmp/d
sort: can't read /tmp/d: Is a directory
# echo $?
2
# uniq /tmp/d
# cut -c1 /tmp/d /tmp/x
x
# echo $?
0
