=== clone ten zones from a template in a for loop, then halt every running one
config: zones-web1-installed
# Solaris 10 zones guide, "Cloning a Non-Global Zone": create -t, a new zonepath and
# address, zoneadm clone; then the usual loop over `zoneadm list` to halt them all
--- input
for i in 1 2 3 4 5 6 7 8 9 10
do
	z=web1-$i
	a=`expr 20 + $i`
	zonecfg -z $z "create -t web1; set zonepath=/zones/$z; select net address=192.168.1.10; set address=192.168.1.$a; end" || echo "$z: zonecfg failed"
	zoneadm -z $z clone web1 && zoneadm -z $z boot
done
zoneadm list -v
n=0
for z in `zoneadm list`
do
	case $z in
	global)	continue ;;
	esac
	zoneadm -z $z halt && n=`expr $n + 1`
done
echo "halted $n zones"
zoneadm list -cv
--- output
# for i in 1 2 3 4 5 6 7 8 9 10
> do
> 	z=web1-$i
> 	a=`expr 20 + $i`
> 	zonecfg -z $z "create -t web1; set zonepath=/zones/$z; select net address=192.168.1.10; set address=192.168.1.$a; end" || echo "$z: zonecfg failed"
> 	zoneadm -z $z clone web1 && zoneadm -z $z boot
> done
Copying /zones/web1...
zoneadm: zone 'web1-1': WARNING: e1000g0:1: no matching subnet found in netmasks(4) for 192.168.1.21; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-2': WARNING: e1000g0:2: no matching subnet found in netmasks(4) for 192.168.1.22; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-3': WARNING: e1000g0:3: no matching subnet found in netmasks(4) for 192.168.1.23; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-4': WARNING: e1000g0:4: no matching subnet found in netmasks(4) for 192.168.1.24; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-5': WARNING: e1000g0:5: no matching subnet found in netmasks(4) for 192.168.1.25; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-6': WARNING: e1000g0:6: no matching subnet found in netmasks(4) for 192.168.1.26; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-7': WARNING: e1000g0:7: no matching subnet found in netmasks(4) for 192.168.1.27; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-8': WARNING: e1000g0:8: no matching subnet found in netmasks(4) for 192.168.1.28; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-9': WARNING: e1000g0:9: no matching subnet found in netmasks(4) for 192.168.1.29; using default of 255.255.255.0.
Copying /zones/web1...
zoneadm: zone 'web1-10': WARNING: e1000g0:10: no matching subnet found in netmasks(4) for 192.168.1.30; using default of 255.255.255.0.
# zoneadm list -v
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   1 web1-1           running    /zones/web1-1                  native   shared
   2 web1-2           running    /zones/web1-2                  native   shared
   3 web1-3           running    /zones/web1-3                  native   shared
   4 web1-4           running    /zones/web1-4                  native   shared
   5 web1-5           running    /zones/web1-5                  native   shared
   6 web1-6           running    /zones/web1-6                  native   shared
   7 web1-7           running    /zones/web1-7                  native   shared
   8 web1-8           running    /zones/web1-8                  native   shared
   9 web1-9           running    /zones/web1-9                  native   shared
  10 web1-10          running    /zones/web1-10                 native   shared
# n=0
# for z in `zoneadm list`
> do
> 	case $z in
> 	global)	continue ;;
> 	esac
> 	zoneadm -z $z halt && n=`expr $n + 1`
> done
# echo "halted $n zones"
halted 10 zones
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
   - web1-1           installed  /zones/web1-1                  native   shared
   - web1-2           installed  /zones/web1-2                  native   shared
   - web1-3           installed  /zones/web1-3                  native   shared
   - web1-4           installed  /zones/web1-4                  native   shared
   - web1-5           installed  /zones/web1-5                  native   shared
   - web1-6           installed  /zones/web1-6                  native   shared
   - web1-7           installed  /zones/web1-7                  native   shared
   - web1-8           installed  /zones/web1-8                  native   shared
   - web1-9           installed  /zones/web1-9                  native   shared
   - web1-10          installed  /zones/web1-10                 native   shared
=== halt every running zone: zoneadm list piped into while read
config: zones-web1-running
--- input
zoneadm list | while read z
do
	if [ "$z" = global ]; then
		continue
	fi
	echo "halting $z"
	zoneadm -z $z halt
done
zoneadm list -cv
--- output
# zoneadm list | while read z
> do
> 	if [ "$z" = global ]; then
> 		continue
> 	fi
> 	echo "halting $z"
> 	zoneadm -z $z halt
> done
halting web1
# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web1             installed  /zones/web1                    native   shared
=== the last command of a pipeline runs in a subshell, as in the Bourne shell
--- input
v=before
echo after | read v
echo "v=$v"
zonename | { read v; echo "inside: $v"; }
echo "outside: $v"
echo one two three | while read a b
do
	echo "a=$a b=$b"
done
--- output
# v=before
# echo after | read v
# echo "v=$v"
v=before
# zonename | { read v; echo "inside: $v"; }
inside: global
# echo "outside: $v"
outside: before
# echo one two three | while read a b
> do
> 	echo "a=$a b=$b"
> done
a=one b=two three
=== count the strands of each domain from ldm list -p with the shell alone
config: ldoms-guide
# the parseable output's fields split on IFS; expr takes each value after its name=
--- input
ldm list -p | {
	total=0
	while read line
	do
		case $line in
		DOMAIN*)
			IFS='|'
			set -- $line
			IFS=' 	
'
			name=`expr "$2" : 'name=\(.*\)'`
			ncpu=`expr "$6" : 'ncpu=\(.*\)'`
			echo "$name: $ncpu strands"
			total=`expr $total + $ncpu`
			;;
		VERSION*)	;;
		*)	echo "unexpected line: $line" ;;
		esac
	done
	echo "total: $total strands"
}
--- output
# ldm list -p | {
> 	total=0
> 	while read line
> 	do
> 		case $line in
> 		DOMAIN*)
> 			IFS='|'
> 			set -- $line
> 			IFS=' 	
> '
> 			name=`expr "$2" : 'name=\(.*\)'`
> 			ncpu=`expr "$6" : 'ncpu=\(.*\)'`
> 			echo "$name: $ncpu strands"
> 			total=`expr $total + $ncpu`
> 			;;
> 		VERSION*)	;;
> 		*)	echo "unexpected line: $line" ;;
> 		esac
> 	done
> 	echo "total: $total strands"
> }
primary: 1 strands
ldg1: 1 strands
ldg2: 2 strands
total: 4 strands
=== back up every domain's constraints to a file with ldm list-constraints -x
config: ldoms-guide
--- input
mkdir /var/tmp/ldoms
for d in `ldm list -p | while read l; do case $l in DOMAIN*) IFS='|'; set -- $l; echo $2;; esac; done`
do
	d=`expr $d : 'name=\(.*\)'`
	ldm list-constraints -x $d > /var/tmp/ldoms/$d.xml && echo "$d saved"
done
ls /var/tmp/ldoms
for f in /var/tmp/ldoms/*.xml
do
	test -s $f && echo "$f is not empty"
done
--- output
# mkdir /var/tmp/ldoms
# for d in `ldm list -p | while read l; do case $l in DOMAIN*) IFS='|'; set -- $l; echo $2;; esac; done`
> do
> 	d=`expr $d : 'name=\(.*\)'`
> 	ldm list-constraints -x $d > /var/tmp/ldoms/$d.xml && echo "$d saved"
> done
primary saved
ldg1 saved
ldg2 saved
# ls /var/tmp/ldoms
ldg1.xml     ldg2.xml     primary.xml
# for f in /var/tmp/ldoms/*.xml
> do
> 	test -s $f && echo "$f is not empty"
> done
/var/tmp/ldoms/ldg1.xml is not empty
/var/tmp/ldoms/ldg2.xml is not empty
/var/tmp/ldoms/primary.xml is not empty
=== functions, positional parameters, shift and return
--- input
count() {
	echo "$# arguments, first [$1]"
	[ $# -gt 1 ] || return 1
	shift
	echo "then: $*"
	return 0
}
count a "b c" d
echo $?
count solo
echo $?
for arg in "$@"; do echo never; done
set -- x "y z"
for arg in "$@"; do echo "[$arg]"; done
for arg in $*; do echo "<$arg>"; done
echo "$#"
--- output
# count() {
> 	echo "$# arguments, first [$1]"
> 	[ $# -gt 1 ] || return 1
> 	shift
> 	echo "then: $*"
> 	return 0
> }
# count a "b c" d
3 arguments, first [a]
then: b c d
# echo $?
0
# count solo
1 arguments, first [solo]
# echo $?
1
# for arg in "$@"; do echo never; done
# set -- x "y z"
# for arg in "$@"; do echo "[$arg]"; done
[x]
[y z]
# for arg in $*; do echo "<$arg>"; done
<x>
<y>
<z>
# echo "$#"
2
=== parameter expansions
status: 1
--- input
echo ${UNSET:-default} "${UNSET-unset}" ${EMPTY:+alt}x
EMPTY=
echo "[${EMPTY:-was empty}] [${EMPTY-not shown}] [${EMPTY+set}]"
echo ${NEW:=assigned} $NEW
echo "pid is $$, the same each run"
( echo "in a subshell: ${NEW}" ; NEW=changed; cd /etc; pwd )
echo "$NEW `pwd`"
echo ${NEEDED:?is required}
echo never
--- output
# echo ${UNSET:-default} "${UNSET-unset}" ${EMPTY:+alt}x
default unset x
# EMPTY=
# echo "[${EMPTY:-was empty}] [${EMPTY-not shown}] [${EMPTY+set}]"
[was empty] [] [set]
# echo ${NEW:=assigned} $NEW
assigned assigned
# echo "pid is $$, the same each run"
pid is 7560, the same each run
# ( echo "in a subshell: ${NEW}" ; NEW=changed; cd /etc; pwd )
in a subshell: assigned
/etc
# echo "$NEW `pwd`"
assigned /
# echo ${NEEDED:?is required}
sh: NEEDED: is required
=== ${NAME:?} without a message
status: 1
--- input
: ${ZONE:?}
echo never
--- output
# : ${ZONE:?}
sh: ZONE: parameter null or not set
