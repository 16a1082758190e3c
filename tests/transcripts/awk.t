=== nawk: fields, -F, -v, patterns, BEGIN/END, printf
# nawk is the new awk (onnv_86 usr/src/cmd/awk)
--- input
cat > /tmp/passwd <<'EOF'
root:x:0:0:Super-User:/:/sbin/sh
daemon:x:1:1::/:
bin:x:2:2::/usr/bin:
nobody:x:60001:60001:Nobody:/:
EOF
nawk -F: '{print $1}' /tmp/passwd
nawk -F: '$3 >= 2 { print $1, $3 }' /tmp/passwd
nawk -F: -v OFS=: '{ print $1, $NF }' /tmp/passwd
nawk -F: 'BEGIN { print "users:" } { n++ } END { print n, "accounts" }' /tmp/passwd
nawk -F: '/^d/,/^b/ { print NR ": " $1 }' /tmp/passwd
nawk -F: '{ printf "%-8s|%5d|%x\n", $1, $3, $3 }' /tmp/passwd
nawk -F: 'NR == 2 { print NF; exit } END { print "end" }' /tmp/passwd
nawk -F'[:/]' '{ print $1, NF }' /tmp/passwd
nawk '{ print $1 }' FS=: /tmp/passwd
--- output
# cat > /tmp/passwd <<'EOF'
> root:x:0:0:Super-User:/:/sbin/sh
> daemon:x:1:1::/:
> bin:x:2:2::/usr/bin:
> nobody:x:60001:60001:Nobody:/:
> EOF
# nawk -F: '{print $1}' /tmp/passwd
root
daemon
bin
nobody
# nawk -F: '$3 >= 2 { print $1, $3 }' /tmp/passwd
bin 2
nobody 60001
# nawk -F: -v OFS=: '{ print $1, $NF }' /tmp/passwd
root:/sbin/sh
daemon:
bin:
nobody:
# nawk -F: 'BEGIN { print "users:" } { n++ } END { print n, "accounts" }' /tmp/passwd
users:
4 accounts
# nawk -F: '/^d/,/^b/ { print NR ": " $1 }' /tmp/passwd
2: daemon
3: bin
# nawk -F: '{ printf "%-8s|%5d|%x\n", $1, $3, $3 }' /tmp/passwd
root    |    0|0
daemon  |    1|1
bin     |    2|2
nobody  |60001|ea61
# nawk -F: 'NR == 2 { print NF; exit } END { print "end" }' /tmp/passwd
7
end
# nawk -F'[:/]' '{ print $1, NF }' /tmp/passwd
root 10
daemon 8
bin 9
nobody 8
# nawk '{ print $1 }' FS=: /tmp/passwd
root
daemon
bin
nobody
=== nawk: standard input, arrays, for-in, delete, in, SUBSEP, split
--- input
nawk '{ n[$1]++ } END { for (k in n) print k, n[k] }' <<EOF
web1 running
db1 installed
web1 halted
EOF
nawk '{ a[$1, $2] = NR } END { for (k in a) { split(k, p, SUBSEP); print p[1] "-" p[2], a[k] } }' <<EOF
x 1
EOF
nawk 'BEGIN { a["x"] = 1; a["y"] = 2; delete a["x"]; print ("x" in a), ("y" in a) }'
nawk 'BEGIN { a["x"] = 1; delete a }'
nawk 'BEGIN { a["x"] = 1; print length(a) }'
nawk 'BEGIN { n = split("a:b:c", parts, ":"); print n, parts[1] parts[3] }'
--- output
# nawk '{ n[$1]++ } END { for (k in n) print k, n[k] }' <<EOF
> web1 running
> db1 installed
> web1 halted
> EOF
web1 2
db1 1
# nawk '{ a[$1, $2] = NR } END { for (k in a) { split(k, p, SUBSEP); print p[1] "-" p[2], a[k] } }' <<EOF
> x 1
> EOF
x-1 1
# nawk 'BEGIN { a["x"] = 1; a["y"] = 2; delete a["x"]; print ("x" in a), ("y" in a) }'
0 1
# nawk 'BEGIN { a["x"] = 1; delete a }'
nawk: you can only delete array[element] at source line 1
 context is
	BEGIN { a["x"] = 1; delete a >>>  } <<< 
# nawk 'BEGIN { a["x"] = 1; print length(a) }'
nawk: can't read value of a; it's an array name.
 source line number 1
# nawk 'BEGIN { n = split("a:b:c", parts, ":"); print n, parts[1] parts[3] }'
3 ac
=== nawk: numbers and strings, OFMT (Solaris nawk has no CONVFMT), comparisons
# tran.c's getsval converts with OFMT, integers (that fit a long long) with %.20g
--- input
nawk 'BEGIN { print 1/3, 100/4, 2^10, 7%3, -7%3, 1e3, "3x"+1, 0.1+0.2 }'
nawk 'BEGIN { OFMT = "%.2f"; x = 3.14159; print x; y = x ""; print y; CONVFMT = "%.3f"; z = x ""; print z }'
nawk 'BEGIN { if ("10" < "9") print "strings"; if (10 < 9) print "never" }'
nawk '{ print ($1 < $2) }' <<EOF
10 9
abc abd
2 10
EOF
nawk 'BEGIN { x; if (x == 0 && x == "") print "uninitialised is both" }'
nawk 'BEGIN { print 2^53, 1e17, 1e19, length(CONVFMT), RLENGTH, FILENAME }'
nawk 'BEGIN { print FILENAME }' x=1 /tmp/nofile
--- output
# nawk 'BEGIN { print 1/3, 100/4, 2^10, 7%3, -7%3, 1e3, "3x"+1, 0.1+0.2 }'
0.333333 25 1024 1 -1 1000 4 0.3
# nawk 'BEGIN { OFMT = "%.2f"; x = 3.14159; print x; y = x ""; print y; CONVFMT = "%.3f"; z = x ""; print z }'
3.14
3.14
3.14
# nawk 'BEGIN { if ("10" < "9") print "strings"; if (10 < 9) print "never" }'
strings
# nawk '{ print ($1 < $2) }' <<EOF
> 10 9
> abc abd
> 2 10
> EOF
0
1
1
# nawk 'BEGIN { x; if (x == 0 && x == "") print "uninitialised is both" }'
uninitialised is both
# nawk 'BEGIN { print 2^53, 1e17, 1e19, length(CONVFMT), RLENGTH, FILENAME }'
9007199254740992 100000000000000000 1e+19 0 0 -
# nawk 'BEGIN { print FILENAME }' x=1 /tmp/nofile
/tmp/nofile
=== nawk: string functions
--- input
nawk 'BEGIN { s = "Solaris Zones"; print length(s), substr(s, 9), substr(s, 1, 7), index(s, "Zo") }'
nawk 'BEGIN { s = "a.b.c"; n = gsub(/\./, "-", s); print n, s; t = "aaa"; sub(/a/, "[&]", t); print t }'
nawk 'BEGIN { print match("zonecfg", /cfg/), RSTART, RLENGTH; print toupper("web1"), tolower("WEB1") }'
nawk 'BEGIN { s = sprintf("%03d|%s|%c|%5.1f", 7, "z", 65, 2.25); print s }'
nawk '{ gsub(/o/, "0"); print }' <<EOF
zone root
EOF
--- output
# nawk 'BEGIN { s = "Solaris Zones"; print length(s), substr(s, 9), substr(s, 1, 7), index(s, "Zo") }'
13 Zones Solaris 9
# nawk 'BEGIN { s = "a.b.c"; n = gsub(/\./, "-", s); print n, s; t = "aaa"; sub(/a/, "[&]", t); print t }'
2 a-b-c
[a]aa
# nawk 'BEGIN { print match("zonecfg", /cfg/), RSTART, RLENGTH; print toupper("web1"), tolower("WEB1") }'
5 5 3
WEB1 web1
# nawk 'BEGIN { s = sprintf("%03d|%s|%c|%5.1f", 7, "z", 65, 2.25); print s }'
007|z|A|  2.2
# nawk '{ gsub(/o/, "0"); print }' <<EOF
> zone root
> EOF
z0ne r00t
=== nawk: control flow, functions, getline, output to files
--- input
nawk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }'
nawk 'BEGIN { for (i = 1; i <= 5; i++) { if (i == 2) continue; if (i == 4) break; printf "%d ", i }; print "" }'
nawk 'BEGIN { i = 0; do { i++ } while (i < 3); while (i > 0) i--; print i }'
nawk '{ if (NR == 1) next; print }' <<EOF
skipped
kept
EOF
echo 'first line' > /tmp/in
nawk 'BEGIN { while ((getline line < "/tmp/in") > 0) print "read:", line; print (getline x < "/tmp/nosuch") }'
nawk '{ print $2 > "/tmp/second"; print $1 >> "/tmp/first" } END { close("/tmp/second"); getline l < "/tmp/second"; print "got", l }' <<EOF
a b
c d
EOF
cat /tmp/first /tmp/second
nawk 'NR == 1 { getline; print "now", $0, NR }' <<EOF
one
two
EOF
--- output
# nawk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }'
3628800
# nawk 'BEGIN { for (i = 1; i <= 5; i++) { if (i == 2) continue; if (i == 4) break; printf "%d ", i }; print "" }'
1 3 
# nawk 'BEGIN { i = 0; do { i++ } while (i < 3); while (i > 0) i--; print i }'
0
# nawk '{ if (NR == 1) next; print }' <<EOF
> skipped
> kept
> EOF
kept
# echo 'first line' > /tmp/in
# nawk 'BEGIN { while ((getline line < "/tmp/in") > 0) print "read:", line; print (getline x < "/tmp/nosuch") }'
read: first line
-1
# nawk '{ print $2 > "/tmp/second"; print $1 >> "/tmp/first" } END { close("/tmp/second"); getline l < "/tmp/second"; print "got", l }' <<EOF
> a b
> c d
> EOF
got b
# cat /tmp/first /tmp/second
a
c
b
d
# nawk 'NR == 1 { getline; print "now", $0, NR }' <<EOF
> one
> two
> EOF
now two 2
=== nawk: RS, paragraph mode, NF and $0 assignments
--- input
nawk 'BEGIN { RS = "" } { print NR ": " $1 "/" $NF }' <<EOF
zone web1
  state running

zone db1
  state installed
EOF
nawk 'BEGIN { RS = ";" } { print $1 }' <<EOF
a;b;c
EOF
nawk '{ $2 = "X"; print; print NF; NF = 2; print; $0 = "p q r s"; print NF }' <<EOF
a b c
EOF
nawk '{ $5 = "e"; print; print NF }' <<EOF
a b
EOF
--- output
# nawk 'BEGIN { RS = "" } { print NR ": " $1 "/" $NF }' <<EOF
> zone web1
>   state running
> 
> zone db1
>   state installed
> EOF
1: zone/running
2: zone/installed
# nawk 'BEGIN { RS = ";" } { print $1 }' <<EOF
> a;b;c
> EOF
a
b
c
# nawk '{ $2 = "X"; print; print NF; NF = 2; print; $0 = "p q r s"; print NF }' <<EOF
> a b c
> EOF
a X c
3
a X
4
# nawk '{ $5 = "e"; print; print NF }' <<EOF
> a b
> EOF
a b   e
5
=== nawk: syntax errors as nawk reports them (lib.c yyerror, eprint, bracecheck)
--- input
nawk '{print $1'
echo $?
nawk 'BEGIN { x = 1 +* 2 }'
echo $?
nawk '{ print $1 }}'
echo $?
nawk 'BEGIN { getline ( }'
echo $?
nawk 'function f(a) { return a } BEGIN { return 1 }'
echo $?
nawk 'BEGIN { print "abc
}'
echo $?
nawk 'BEGIN { print index("abc", /b/) }'
echo $?
--- output
# nawk '{print $1'
nawk: syntax error at source line 1
 context is
	 >>>  <<< 
nawk: illegal statement at source line 1
	missing }
# echo $?
2
# nawk 'BEGIN { x = 1 +* 2 }'
nawk: syntax error at source line 1
 context is
	BEGIN { x = 1 >>>  +* <<<  2 }
nawk: illegal statement at source line 1
# echo $?
2
# nawk '{ print $1 }}'
nawk: extra } at source line 1
 context is
	{ print $1 >>>  }} <<< 
	extra }
# echo $?
2
# nawk 'BEGIN { getline ( }'
nawk: syntax error at source line 1
 context is
	BEGIN { getline ( >>>  } <<< 
nawk: illegal statement at source line 1
	missing )
# echo $?
2
# nawk 'function f(a) { return a } BEGIN { return 1 }'
nawk: return not in function at source line 1
 context is
	function f(a) { return a } BEGIN { >>>  return <<<  1 }
# echo $?
2
# nawk 'BEGIN { print "abc
> }'
nawk: newline in string abc... at source line 1
 context is
	BEGIN { print "abc >>> 
 <<< 
# echo $?
2
# nawk 'BEGIN { print index("abc", /b/) }'
nawk: index() doesn't permit regular expressions at source line 1
 context is
	BEGIN { print index("abc", >>>  /b/) <<< 
# echo $?
2
=== nawk: usage and run-time errors
--- input
nawk
echo $?
nawk -f
echo $?
nawk -f /tmp/noprog
echo $?
nawk -q 'BEGIN { print "on" }'
echo $?
nawk 'BEGIN { print 1/0 }'
echo $?
nawk '{ print 10 % $1 }' <<EOF
0
EOF
echo $?
nawk '{ print }' /tmp/nosuch
echo $?
nawk 'BEGIN { print "x" | "cat" }'
echo $?
nawk 'BEGIN { f(1) }'
echo $?
nawk 'BEGIN { a[1] = 1; print a }'
echo $?
nawk 'function g(arr) { arr["k"] = "v" } BEGIN { g(t); g(u); print u["k"] }'
echo $?
--- output
# nawk
Usage: nawk [-f programfile | 'program'] [-Ffieldsep] [-v var=value] [files]
# echo $?
1
# nawk -f
nawk: no program filename
# echo $?
2
# nawk -f /tmp/noprog
nawk: can't open file /tmp/noprog
# echo $?
2
# nawk -q 'BEGIN { print "on" }'
nawk: unknown option -q ignored
on
# echo $?
0
# nawk 'BEGIN { print 1/0 }'
nawk: division by zero
 source line number 1
# echo $?
2
# nawk '{ print 10 % $1 }' <<EOF
> 0
> EOF
nawk: division by zero in mod
 input record number 1
 source line number 1
# echo $?
2
# nawk '{ print }' /tmp/nosuch
nawk: can't open file /tmp/nosuch
 source line number 1
# echo $?
2
# nawk 'BEGIN { print "x" | "cat" }'
nawk: pipes to and from commands are not simulated: cat
 source line number 1
# echo $?
2
# nawk 'BEGIN { f(1) }'
nawk: calling undefined function f
 source line number 1
# echo $?
2
# nawk 'BEGIN { a[1] = 1; print a }'
nawk: can't read value of a; it's an array name.
 source line number 1
# echo $?
2
# nawk 'function g(arr) { arr["k"] = "v" } BEGIN { g(t); g(u); print u["k"] }'
v
# echo $?
0
=== awk is the old awk: no -v, no functions, its own messages
# /usr/bin/awk on Solaris 10 is oawk (usr/src/cmd/oawk); nawk is the new one
--- input
cat > /tmp/pw <<'EOF'
root:x:0:0
bin:x:2:2
EOF
awk -F: '{ print $1, NF }' /tmp/pw
awk '{ n++ } END { print n }' /tmp/pw
awk
echo $?
awk -v x=1 '{ print x }' /tmp/pw
echo $?
awk 'BEGIN { print 1 +* 2 }' </dev/null
echo $?
awk '{ print $1 }}' /tmp/pw
echo $?
awk 'BEGIN { print toupper("x") }' </dev/null
awk 'BEGIN { print sub(/a/, "b") }' </dev/null
echo $?
awk '{ print } BEGIN { print }' /tmp/pw
echo $?
awk '{ print 1/0 }' /tmp/pw
echo $?
--- output
# cat > /tmp/pw <<'EOF'
> root:x:0:0
> bin:x:2:2
> EOF
# awk -F: '{ print $1, NF }' /tmp/pw
root 4
bin 4
# awk '{ n++ } END { print n }' /tmp/pw
2
# awk
awk: Usage: awk [-Fc] [-f source | 'cmds'] [files]
# echo $?
2
# awk -v x=1 '{ print x }' /tmp/pw
awk: can't open { print x }
# echo $?
2
# awk 'BEGIN { print 1 +* 2 }' </dev/null
awk: syntax error near line 1
awk: illegal statement near line 1
# echo $?
2
# awk '{ print $1 }}' /tmp/pw
awk: syntax error near line 1
awk: bailing out near line 1
# echo $?
2
# awk 'BEGIN { print toupper("x") }' </dev/null
x
# awk 'BEGIN { print sub(/a/, "b") }' </dev/null
awk: syntax error near line 1
awk: illegal statement near line 1
# echo $?
2
# awk '{ print } BEGIN { print }' /tmp/pw
awk: syntax error near line 1
awk: bailing out near line 1
# echo $?
2
# awk '{ print 1/0 }' /tmp/pw
awk: division by zero
 record number 1
# echo $?
2
=== nawk: -f program files, var=value between files, FILENAME and FNR
--- input
echo 'a' > /tmp/f1
echo 'b\nc' > /tmp/f2
cat > /tmp/prog.awk <<'EOF'
# a comment line
{ print FILENAME, FNR, NR, x }
EOF
nawk -f /tmp/prog.awk x=1 /tmp/f1 x=2 /tmp/f2
nawk -v x=v -f /tmp/prog.awk /tmp/f1
nawk 'FNR == 1 && NR != 1 { print "--" } { print }' /tmp/f1 /tmp/f2
nawk 'BEGIN { printf "%d %d\n", 1 }'
echo $?
awk 'BEGIN { x = 2 ^ 3 }' </dev/null
echo $?
awk 'BEGIN { x = 1 ? 2 : 3 }' </dev/null
echo $?
--- output
# echo 'a' > /tmp/f1
# echo 'b\nc' > /tmp/f2
# cat > /tmp/prog.awk <<'EOF'
> # a comment line
> { print FILENAME, FNR, NR, x }
> EOF
# nawk -f /tmp/prog.awk x=1 /tmp/f1 x=2 /tmp/f2
/tmp/f1 1 1 1
/tmp/f2 1 2 2
/tmp/f2 2 3 2
# nawk -v x=v -f /tmp/prog.awk /tmp/f1
/tmp/f1 1 1 v
# nawk 'FNR == 1 && NR != 1 { print "--" } { print }' /tmp/f1 /tmp/f2
a
--
b
c
# nawk 'BEGIN { printf "%d %d\n", 1 }'
nawk: not enough args in printf(%d %d
) or sprintf(%d %d
)
 source line number 1
# echo $?
2
# awk 'BEGIN { x = 2 ^ 3 }' </dev/null
awk: syntax error near line 1
awk: illegal statement near line 1
# echo $?
2
# awk 'BEGIN { x = 1 ? 2 : 3 }' </dev/null
awk: syntax error near line 1
awk: illegal statement near line 1
# echo $?
2
=== nawk: a string or regular expression the program's end cuts short is a syntax error at the end
--- input
nawk 'BEGIN { print "abc'
echo $?
nawk '/abc'
echo $?
--- output
# nawk 'BEGIN { print "abc'
nawk: syntax error at source line 1
 context is
	 >>>  <<< 
nawk: illegal statement at source line 1
	missing }
# echo $?
2
# nawk '/abc'
nawk: syntax error at source line 1
 context is
	 >>>  <<< 
nawk: bailing out at source line 1
# echo $?
2
=== nawk: a run-time error names the record, its file and the source line (lib.c error)
--- input
cat > /tmp/p.awk <<'EOF'
BEGIN { x = 1 }

$1 / 0 { print }
EOF
echo 1 > /tmp/one
nawk -f /tmp/p.awk /tmp/one
echo $?
nawk 'NR == 1 {
  y = 2
  z = y % ($1 - 1)
}' /tmp/one
echo $?
--- output
# cat > /tmp/p.awk <<'EOF'
> BEGIN { x = 1 }
> 
> $1 / 0 { print }
> EOF
# echo 1 > /tmp/one
# nawk -f /tmp/p.awk /tmp/one
nawk: division by zero
 input record number 1, file /tmp/one
 source line number 3
# echo $?
2
# nawk 'NR == 1 {
>   y = 2
>   z = y % ($1 - 1)
> }' /tmp/one
nawk: division by zero in mod
 input record number 1, file /tmp/one
 source line number 3
# echo $?
2
=== nawk: a directory operand opens and reads as nothing
--- input
echo a > /tmp/a
nawk '{ print FILENAME ": " $0 }' /tmp /tmp/a
--- output
# echo a > /tmp/a
# nawk '{ print FILENAME ": " $0 }' /tmp /tmp/a
/tmp/a: a
