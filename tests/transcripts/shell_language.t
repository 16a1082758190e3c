=== if, elif, else; while and until; break and continue with a count
--- input
for n in 1 2 3
do
	if [ $n -eq 1 ]; then echo one
	elif [ $n = 2 ]
	then
		echo two
	else echo other; fi
done
i=0
while [ $i -lt 5 ]
do
	i=`expr $i + 1`
	[ $i -eq 2 ] && continue
	[ $i -eq 4 ] && break
	echo "i=$i"
done
until [ $i -eq 0 ]; do i=`expr $i - 1`; done; echo "i=$i"
for a in x y; do
	for b in 1 2 3; do
		[ $b = 2 ] && continue 2
		echo "$a$b"
	done
done
for a in x y; do for b in 1 2; do echo "$a$b"; break 2; done; done
break
echo "break outside a loop: $?"
--- output
# for n in 1 2 3
> do
> 	if [ $n -eq 1 ]; then echo one
> 	elif [ $n = 2 ]
> 	then
> 		echo two
> 	else echo other; fi
> done
one
two
other
# i=0
# while [ $i -lt 5 ]
> do
> 	i=`expr $i + 1`
> 	[ $i -eq 2 ] && continue
> 	[ $i -eq 4 ] && break
> 	echo "i=$i"
> done
i=1
i=3
# until [ $i -eq 0 ]; do i=`expr $i - 1`; done; echo "i=$i"
i=0
# for a in x y; do
> 	for b in 1 2 3; do
> 		[ $b = 2 ] && continue 2
> 		echo "$a$b"
> 	done
> done
x1
y1
# for a in x y; do for b in 1 2; do echo "$a$b"; break 2; done; done
x1
# break
# echo "break outside a loop: $?"
break outside a loop: 0
=== case with patterns, alternatives and quoting
--- input
for w in web1 db1 app10 '*' x.y ""
do
	case "$w" in
	web*|app[0-9])	echo "$w: web or app" ;;
	db?)	echo "$w: a database" ;;
	'*')	echo "a star" ;;
	*.*)	echo "$w: has a dot"
		;;
	"")	echo "empty" ;;
	*)	echo "$w: other" ;;
	esac
done
case x in esac
echo "no item: $?"
--- output
# for w in web1 db1 app10 '*' x.y ""
> do
> 	case "$w" in
> 	web*|app[0-9])	echo "$w: web or app" ;;
> 	db?)	echo "$w: a database" ;;
> 	'*')	echo "a star" ;;
> 	*.*)	echo "$w: has a dot"
> 		;;
> 	"")	echo "empty" ;;
> 	*)	echo "$w: other" ;;
> 	esac
> done
web1: web or app
db1: a database
app10: other
a star
x.y: has a dot
empty
# case x in esac
# echo "no item: $?"
no item: 0
=== command substitution: nested, trailing newlines, field splitting
--- input
echo "[`echo a; echo; echo`]"
echo "[$(echo outer $(echo inner))]"
echo `echo \`echo nested backquotes\``
for w in $(echo "a  b
c"); do echo "<$w>"; done
x=`zonename`; echo "$x"
n=`false`; echo "status $?"
echo "$(echo "quoted ) paren")"
echo $(case a in a) echo matched;; esac)
--- output
# echo "[`echo a; echo; echo`]"
[a]
# echo "[$(echo outer $(echo inner))]"
[outer inner]
# echo `echo \`echo nested backquotes\``
nested backquotes
# for w in $(echo "a  b
> c"); do echo "<$w>"; done
<a>
<b>
<c>
# x=`zonename`; echo "$x"
global
# n=`false`; echo "status $?"
status 1
# echo "$(echo "quoted ) paren")"
quoted ) paren
# echo $(case a in a) echo matched;; esac)
matched
=== test and [ ]: files, strings, integers, ! -a -o and parentheses
--- input
mkdir /var/tmp/t
echo data > /var/tmp/t/f
: > /var/tmp/t/empty
[ -d /var/tmp/t ] && echo "-d dir"
[ -f /var/tmp/t/f ] && echo "-f file"
[ -f /var/tmp/t ] || echo "a dir is not -f"
[ -s /var/tmp/t/f ] && echo "-s not empty"
[ -s /var/tmp/t/empty ] || echo "empty is not -s"
[ -r /var/tmp/t/f -a -w /var/tmp/t/f ] && echo "-r -a -w"
[ -x /var/tmp/t/f ] || echo "f is not -x"
[ -z "" -a -n x ] && echo "-z -n"
[ abc = abc ] && [ abc != abd ] && echo "= !="
[ 10 -gt 9 -a 9 -le 9 -a -1 -lt 0 ] && echo "integers"
[ ! -f /nowhere ] && echo "! -f"
[ \( 1 -eq 2 -o 2 -eq 2 \) -a x ] && echo "parentheses"
test "" ; echo "empty string: $?"
test x ; echo "a string: $?"
test ; echo "nothing: $?"
[ ] ; echo "[ ]: $?"
--- output
# mkdir /var/tmp/t
# echo data > /var/tmp/t/f
# : > /var/tmp/t/empty
# [ -d /var/tmp/t ] && echo "-d dir"
-d dir
# [ -f /var/tmp/t/f ] && echo "-f file"
-f file
# [ -f /var/tmp/t ] || echo "a dir is not -f"
a dir is not -f
# [ -s /var/tmp/t/f ] && echo "-s not empty"
-s not empty
# [ -s /var/tmp/t/empty ] || echo "empty is not -s"
empty is not -s
# [ -r /var/tmp/t/f -a -w /var/tmp/t/f ] && echo "-r -a -w"
-r -a -w
# [ -x /var/tmp/t/f ] || echo "f is not -x"
f is not -x
# [ -z "" -a -n x ] && echo "-z -n"
-z -n
# [ abc = abc ] && [ abc != abd ] && echo "= !="
= !=
# [ 10 -gt 9 -a 9 -le 9 -a -1 -lt 0 ] && echo "integers"
integers
# [ ! -f /nowhere ] && echo "! -f"
! -f
# [ \( 1 -eq 2 -o 2 -eq 2 \) -a x ] && echo "parentheses"
parentheses
# test "" ; echo "empty string: $?"
empty string: 1
# test x ; echo "a string: $?"
a string: 0
# test ; echo "nothing: $?"
nothing: 1
# [ ] ; echo "[ ]: $?"
[ ]: 1
=== test -e is not in Solaris 10 sh: -e is a string, then an argument is missing
status: 1
--- input
test -e /etc/passwd
echo never
--- output
# test -e /etc/passwd
sh: test: argument expected
=== [ without ] stops the script
status: 1
--- input
[ -f /etc/passwd
echo never
--- output
# [ -f /etc/passwd
sh: test: ] missing
=== test with an argument missing stops the script
status: 1
--- input
x=
[ $x = y ]
echo never
--- output
# x=
# [ $x = y ]
sh: test: argument expected
=== test with ( but no ) stops the script
status: 1
--- input
test \( a
echo never
--- output
# test \( a
sh: test: argument expected
=== read: from a here-document, a file, IFS, a short line, end of input
--- input
read a b c <<EOF
one two three four
EOF
echo "a=$a b=$b c=$c"
read a b c <<EOF
  lone  
EOF
echo "a=[$a] b=[$b] c=[$c]"
echo "root:x:0:1" > /var/tmp/pw
IFS=:
read user pw uid gid < /var/tmp/pw
IFS=' 	
'
echo "$user $uid $gid"
read x < /dev/null
echo "end of input: $? x=[$x]"
while read line
do
	echo "line: $line"
done <<EOF
first
second
EOF
--- output
# read a b c <<EOF
> one two three four
> EOF
# echo "a=$a b=$b c=$c"
a=one b=two c=three four
# read a b c <<EOF
>   lone  
> EOF
# echo "a=[$a] b=[$b] c=[$c]"
a=[lone] b=[] c=[]
# echo "root:x:0:1" > /var/tmp/pw
# IFS=:
# read user pw uid gid < /var/tmp/pw
# IFS=' 	
> '
# echo "$user $uid $gid"
root 0 1
# read x < /dev/null
# echo "end of input: $? x=[$x]"
end of input: 1 x=[]
# while read line
> do
> 	echo "line: $line"
> done <<EOF
> first
> second
> EOF
line: first
line: second
=== read without a name stops the script
status: 1
--- input
read
echo never
--- output
# read
sh: read: missing arguments
=== shift past the end stops the script
status: 1
--- input
set -- a b
shift 2
echo "$# left"
shift
echo never
--- output
# set -- a b
# shift 2
# echo "$# left"
0 left
# shift
sh: cannot shift
=== return outside a function stops the script
status: 1
--- input
return 3
echo never
--- output
# return 3
sh: cannot return when not in function
=== set, export and unset
status: 1
--- input
set -- a b c
echo "$# $2"
set x
echo "$# $1"
Z=1
export Z
export
unset Z
echo "Z=[$Z]"
f() { echo f; }
unset f
f
--- output
# set -- a b c
# echo "$# $2"
3 b
# set x
# echo "$# $1"
1 x
# Z=1
# export Z
# export
export Z
# unset Z
# echo "Z=[$Z]"
Z=[]
# f() { echo f; }
# unset f
# f
f: not found
=== unset of PATH is refused, and the script stops
status: 1
--- input
unset PATH
echo never
--- output
# unset PATH
sh: PATH: cannot unset
=== . runs a file in this shell
status: 1
--- input
echo 'ZONE=web1' > /var/tmp/vars
echo 'show() { echo "zone is $ZONE"; }' >> /var/tmp/vars
. /var/tmp/vars
show
. /var/tmp/nowhere
echo never
--- output
# echo 'ZONE=web1' > /var/tmp/vars
# echo 'show() { echo "zone is $ZONE"; }' >> /var/tmp/vars
# . /var/tmp/vars
# show
zone is web1
# . /var/tmp/nowhere
sh: /var/tmp/nowhere: not found
=== expr: arithmetic, comparison, match and its messages
--- input
expr 7 + 5 \* 2
expr \( 7 + 5 \) \* 2
expr 7 / 2 ; expr -7 / 2 ; expr -7 % 2
expr 3 \< 10 ; expr b \< a
expr web12 : 'web\([0-9]*\)'
expr abc : '.*'
expr 0 \| 5 ; expr 3 \& 0
expr 1 - 1 ; echo "status $?"
expr 1 +
echo "status $?"
expr +
echo "status $?"
expr a + 1
echo "status $?"
expr 1 / 0
echo "status $?"
expr
echo "status $?"
--- output
# expr 7 + 5 \* 2
17
# expr \( 7 + 5 \) \* 2
24
# expr 7 / 2 ; expr -7 / 2 ; expr -7 % 2
3
-3
-1
# expr 3 \< 10 ; expr b \< a
1
0
# expr web12 : 'web\([0-9]*\)'
12
# expr abc : '.*'
3
# expr 0 \| 5 ; expr 3 \& 0
5
0
# expr 1 - 1 ; echo "status $?"
0
status 1
# expr 1 +
expr: syntax error
# echo "status $?"
status 2
# expr +
expr: syntax error
# echo "status $?"
status 2
# expr a + 1
expr: non-numeric argument
# echo "status $?"
status 2
# expr 1 / 0
expr: division by zero
# echo "status $?"
status 2
# expr
Usage: expr expression
# echo "status $?"
status 3
=== $(( )) is not Bourne shell: a syntax error, and the script stops
status: 2
--- input
echo $((1 + 2))
echo never
--- output
# echo $((1 + 2))
sh: syntax error at line 1: `(' unexpected
=== & says background jobs are not simulated
status: 2
--- input
zoneadm -z web1 boot &
echo never
--- output
# zoneadm -z web1 boot &
sh: `&': background jobs are not simulated; run the command without `&'
=== pipes: stderr goes to the terminal unless 2>&1, the status is the last command's
--- input
ls /nowhere | cat
echo "status $?"
ls /nowhere 2>&1 | cat > /var/tmp/out
cat /var/tmp/out
false | true; echo "status $?"
true | false; echo "status $?"
echo a ^ cat
zonename | cat | cat
--- output
# ls /nowhere | cat
/nowhere: No such file or directory
# echo "status $?"
status 0
# ls /nowhere 2>&1 | cat > /var/tmp/out
# cat /var/tmp/out
/nowhere: No such file or directory
# false | true; echo "status $?"
status 0
# true | false; echo "status $?"
status 1
# echo a ^ cat
a
# zonename | cat | cat
global
