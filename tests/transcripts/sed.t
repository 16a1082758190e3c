=== sed: s///, addresses, -n p, ranges, $, !
# the SVR4 sed (sed0.c / sed1.c) that Solaris 10 ships as /usr/bin/sed
--- input
cat > /tmp/zones <<'EOF'
0:global:running:/::native:shared
1:web1:running:/zones/web1:uuid1:native:shared
-:db1:installed:/zones/db1:uuid2:native:shared
-:test:configured:/zones/test::native:shared
EOF
sed 's/:/ /g' /tmp/zones
sed -n 2p /tmp/zones
sed -n '$p' /tmp/zones
sed -n '/running/p' /tmp/zones
sed -n '/web1/,/db1/p' /tmp/zones
sed -n '2,3!p' /tmp/zones
sed '1d' /tmp/zones
sed -e 's/:.*//' -e '/^-/d' /tmp/zones
sed 's/:/|/2' /tmp/zones
sed -n 's/^\([^:]*\):\([^:]*\):.*/\2 is \1/p' /tmp/zones
sed 's/running/[&]/' /tmp/zones
sed -n '\,/zones/db1,p' /tmp/zones
sed -n '/^[0-9]\{1,\}:/p' /tmp/zones
sed 's/[[:digit:]]/#/g' /tmp/zones
--- output
# cat > /tmp/zones <<'EOF'
> 0:global:running:/::native:shared
> 1:web1:running:/zones/web1:uuid1:native:shared
> -:db1:installed:/zones/db1:uuid2:native:shared
> -:test:configured:/zones/test::native:shared
> EOF
# sed 's/:/ /g' /tmp/zones
0 global running /  native shared
1 web1 running /zones/web1 uuid1 native shared
- db1 installed /zones/db1 uuid2 native shared
- test configured /zones/test  native shared
# sed -n 2p /tmp/zones
1:web1:running:/zones/web1:uuid1:native:shared
# sed -n '$p' /tmp/zones
-:test:configured:/zones/test::native:shared
# sed -n '/running/p' /tmp/zones
0:global:running:/::native:shared
1:web1:running:/zones/web1:uuid1:native:shared
# sed -n '/web1/,/db1/p' /tmp/zones
1:web1:running:/zones/web1:uuid1:native:shared
-:db1:installed:/zones/db1:uuid2:native:shared
# sed -n '2,3!p' /tmp/zones
0:global:running:/::native:shared
-:test:configured:/zones/test::native:shared
# sed '1d' /tmp/zones
1:web1:running:/zones/web1:uuid1:native:shared
-:db1:installed:/zones/db1:uuid2:native:shared
-:test:configured:/zones/test::native:shared
# sed -e 's/:.*//' -e '/^-/d' /tmp/zones
0
1
# sed 's/:/|/2' /tmp/zones
0:global|running:/::native:shared
1:web1|running:/zones/web1:uuid1:native:shared
-:db1|installed:/zones/db1:uuid2:native:shared
-:test|configured:/zones/test::native:shared
# sed -n 's/^\([^:]*\):\([^:]*\):.*/\2 is \1/p' /tmp/zones
global is 0
web1 is 1
db1 is -
test is -
# sed 's/running/[&]/' /tmp/zones
0:global:[running]:/::native:shared
1:web1:[running]:/zones/web1:uuid1:native:shared
-:db1:installed:/zones/db1:uuid2:native:shared
-:test:configured:/zones/test::native:shared
# sed -n '\,/zones/db1,p' /tmp/zones
-:db1:installed:/zones/db1:uuid2:native:shared
# sed -n '/^[0-9]\{1,\}:/p' /tmp/zones
0:global:running:/::native:shared
1:web1:running:/zones/web1:uuid1:native:shared
# sed 's/[[:digit:]]/#/g' /tmp/zones
#:global:running:/::native:shared
#:web#:running:/zones/web#:uuid#:native:shared
-:db#:installed:/zones/db#:uuid#:native:shared
-:test:configured:/zones/test::native:shared
=== sed: standard input from a here-document, y, =, l, q
--- input
sed 'y/abc/ABC/' <<EOF
aabbcc
cab
EOF
sed -n '$=' <<EOF
one
two
three
EOF
sed = <<EOF
a
b
EOF
sed 2q <<EOF
1
2
3
EOF
echo 'a\tb\bc' > /tmp/tab
sed -n l /tmp/tab
--- output
# sed 'y/abc/ABC/' <<EOF
> aabbcc
> cab
> EOF
AABBCC
CAB
# sed -n '$=' <<EOF
> one
> two
> three
> EOF
3
# sed = <<EOF
> a
> b
> EOF
1
a
2
b
# sed 2q <<EOF
> 1
> 2
> 3
> EOF
1
2
# echo 'a\tb\bc' > /tmp/tab
# sed -n l /tmp/tab
a->b-<c
=== sed: a\ i\ c\ text, groups, hold space, n N D P, branches
--- input
cat > /tmp/f <<'EOF'
alpha
beta
gamma
delta
EOF
sed '2a\
after beta' /tmp/f
sed '1i\
first' /tmp/f
sed '2,3c\
changed' /tmp/f
sed '/beta/{s/beta/BETA/;p;}' /tmp/f
sed -n '1!G;h;$p' /tmp/f
sed 'n;d' /tmp/f
sed '$!N;s/\n/ /' /tmp/f
sed -n 'N;P' /tmp/f
sed 'N;P;D' /tmp/f
sed ':a
s/a//
ta' /tmp/f
sed '/gamma/b
s/a/A/g' /tmp/f
sed -n '/beta/,$ { /delta/!p; }' /tmp/f
--- output
# cat > /tmp/f <<'EOF'
> alpha
> beta
> gamma
> delta
> EOF
# sed '2a\
> after beta' /tmp/f
alpha
beta
after beta
gamma
delta
# sed '1i\
> first' /tmp/f
first
alpha
beta
gamma
delta
# sed '2,3c\
> changed' /tmp/f
alpha
changed
delta
# sed '/beta/{s/beta/BETA/;p;}' /tmp/f
alpha
BETA
BETA
gamma
delta
# sed -n '1!G;h;$p' /tmp/f
delta
gamma
beta
alpha
# sed 'n;d' /tmp/f
alpha
gamma
# sed '$!N;s/\n/ /' /tmp/f
alpha beta
gamma delta
# sed -n 'N;P' /tmp/f
alpha
gamma
# sed 'N;P;D' /tmp/f
alpha
beta
gamma
# sed ':a
> s/a//
> ta' /tmp/f
lph
bet
gmm
delt
# sed '/gamma/b
> s/a/A/g' /tmp/f
AlphA
betA
gamma
deltA
# sed -n '/beta/,$ { /delta/!p; }' /tmp/f
beta
gamma
=== sed: -e several times, -f script file, #n, w and r files
--- input
cat > /tmp/f <<'EOF'
alpha
beta
EOF
cat > /tmp/script <<'EOF'
s/a/A/g
/bet/w /tmp/betas
EOF
sed -f /tmp/script /tmp/f
cat /tmp/betas
echo '#n' > /tmp/quiet
echo '/alpha/p' >> /tmp/quiet
echo '# a comment on any line' >> /tmp/quiet
sed -f /tmp/quiet /tmp/f
echo inserted > /tmp/ins
sed '1r /tmp/ins' /tmp/f
sed -e 's/alpha/one/' -e 's/beta/two/' /tmp/f /tmp/f
sed -n '/alpha/s/a/4/gp' /tmp/f
--- output
# cat > /tmp/f <<'EOF'
> alpha
> beta
> EOF
# cat > /tmp/script <<'EOF'
> s/a/A/g
> /bet/w /tmp/betas
> EOF
# sed -f /tmp/script /tmp/f
AlphA
betA
# cat /tmp/betas
betA
# echo '#n' > /tmp/quiet
# echo '/alpha/p' >> /tmp/quiet
# echo '# a comment on any line' >> /tmp/quiet
# sed -f /tmp/quiet /tmp/f
alpha
# echo inserted > /tmp/ins
# sed '1r /tmp/ins' /tmp/f
alpha
inserted
beta
# sed -e 's/alpha/one/' -e 's/beta/two/' /tmp/f /tmp/f
one
two
one
two
# sed -n '/alpha/s/a/4/gp' /tmp/f
4lph4
=== sed: the SVR4 quirks (N on the last line, an incomplete last line), the p flag, t
# sed1.c: N with no next line ends without printing; gline drops a last line that has
# no newline. sed(1): the p flag prints; t tests substitutions since a line was read.
--- input
echo 'one\ntwo\nthree' > /tmp/odd
sed N /tmp/odd
sed 's/one/1/p' /tmp/odd
echo 'first\nno newline\c' > /tmp/partial
sed p /tmp/partial
echo $?
sed -e 's/one/1/;n' -e 't hit' -e 's/$/ (no hit)/' -e ':hit' /tmp/odd
--- output
# echo 'one\ntwo\nthree' > /tmp/odd
# sed N /tmp/odd
one
two
# sed 's/one/1/p' /tmp/odd
1
1
two
three
# echo 'first\nno newline\c' > /tmp/partial
# sed p /tmp/partial
first
first
# echo $?
0
# sed -e 's/one/1/;n' -e 't hit' -e 's/$/ (no hit)/' -e ':hit' /tmp/odd
1
two (no hit)
three
=== sed: usage and compile errors, each with its SVR4 message and status 2; what is no error
--- input
echo 'one\ntwo\nthree' > /tmp/odd
sed 's/x/' /tmp/none
echo $?
sed 'k' /tmp/none
echo $?
sed -i 's/a/b/' /tmp/none
echo $?
sed 'y/abc/xy/' /tmp/none
echo $?
sed 'b nowhere' /tmp/none
echo $?
sed '1,2=' /tmp/none
echo $?
sed '1,2r /tmp/none' /tmp/odd
echo $?
sed '1:a' /tmp/none
echo $?
sed '/x/{p}' /tmp/none
echo $?
sed '}' /tmp/none
echo $?
sed '{p' /tmp/none
echo $?
sed 's/\(a\)/\2/' /tmp/none
echo $?
sed 's/a/b/q' /tmp/none
echo $?
sed '2i text' /tmp/none
echo $?
sed 's/a/b/999' /tmp/none
echo $?
sed -f /tmp/noscript /tmp/none
echo $?
sed -n
echo $?
sed
echo $?
sed '//p' /tmp/none
echo $?
sed -n -e 'b labelnumber1' -e 'p' -e ':labelnumber2' -e 'p' /tmp/odd
echo $?
sed -e ':a' -e ':a' /tmp/none
echo $?
--- output
# echo 'one\ntwo\nthree' > /tmp/odd
# sed 's/x/' /tmp/none
sed: command garbled: s/x/
# echo $?
2
# sed 'k' /tmp/none
Unrecognized command: k
# echo $?
2
# sed -i 's/a/b/' /tmp/none
sed: illegal option -- i
Usage:	sed [-n] script [file...]
	sed [-n] [-e script]...[-f script_file]...[file...]
# echo $?
2
# sed 'y/abc/xy/' /tmp/none
sed: command garbled: y/abc/xy/
# echo $?
2
# sed 'b nowhere' /tmp/none
Undefined label: nowhere
# echo $?
2
# sed '1,2=' /tmp/none
Only one address allowed: 1,2=
# echo $?
2
# sed '1,2r /tmp/none' /tmp/odd
one
two
three
# echo $?
0
# sed '1:a' /tmp/none
No addresses allowed: 1:a
# echo $?
2
# sed '/x/{p}' /tmp/none
sed: command garbled: /x/{p}
# echo $?
2
# sed '}' /tmp/none
Too many }'s
# echo $?
2
# sed '{p' /tmp/none
Too many {'s# echo $?
2
# sed 's/\(a\)/\2/' /tmp/none
sed: command garbled: s/\(a\)/\2/
# echo $?
2
# sed 's/a/b/q' /tmp/none
sed: command garbled: s/a/b/q
# echo $?
2
# sed '2i text' /tmp/none
sed: command garbled: 2i text
# echo $?
2
# sed 's/a/b/999' /tmp/none
Suffix too large - 512 max: s/a/b/999
# echo $?
2
# sed -f /tmp/noscript /tmp/none
Cannot open pattern-file: /tmp/noscript
# echo $?
2
# sed -n
Usage:	sed [-n] script [file...]
	sed [-n] [-e script]...[-f script_file]...[file...]
# echo $?
2
# sed
# echo $?
0
# sed '//p' /tmp/none
First RE may not be null
# echo $?
2
# sed -n -e 'b labelnumber1' -e 'p' -e ':labelnumber2' -e 'p' /tmp/odd
one
two
three
# echo $?
0
# sed -e ':a' -e ':a' /tmp/none
Duplicate labels: :a
# echo $?
2
=== sed: a file that cannot be opened is reported where it comes, and sed goes on
# sed1.c: "Can't open" and the next file; the status stays 0. "-" is a file name to it
--- input
echo one > /tmp/one
sed p /tmp/nosuch /tmp/one
echo $?
sed -n '$p' /tmp/one /tmp/nosuch
echo $?
sed p - <<EOF
x
EOF
--- output
# echo one > /tmp/one
# sed p /tmp/nosuch /tmp/one
Can't open /tmp/nosuch
one
one
# echo $?
0
# sed -n '$p' /tmp/one /tmp/nosuch
Can't open /tmp/nosuch
# echo $?
0
# sed p - <<EOF
> x
> EOF
Can't open -
=== sed: w /dev/stdout writes into the output as it goes
--- input
echo 'a\nb' > /tmp/ab
sed -n '/a/w /dev/stdout' /tmp/ab
sed 's/b/B/w /dev/stdout' /tmp/ab
--- output
# echo 'a\nb' > /tmp/ab
# sed -n '/a/w /dev/stdout' /tmp/ab
a
# sed 's/b/B/w /dev/stdout' /tmp/ab
a
B
B
=== sed: a script ends at a backslash that ends its -e, or at the last newline of its -f file
# sed0.c's rline returns no line for either
--- input
echo x > /tmp/x
sed -e '1a\' -e 'foo' /tmp/x
echo 's/x/y/\np\c' > /tmp/script
sed -f /tmp/script /tmp/x
--- output
# echo x > /tmp/x
# sed -e '1a\' -e 'foo' /tmp/x
Unrecognized command: foo
# echo 's/x/y/\np\c' > /tmp/script
# sed -f /tmp/script /tmp/x
y
=== sed: a directory operand opens and reads as nothing
# open(2) of a directory succeeds; sed1.c's read then ends the file
--- input
echo a > /tmp/a
sed p /tmp /tmp/a
--- output
# echo a > /tmp/a
# sed p /tmp /tmp/a
a
a
