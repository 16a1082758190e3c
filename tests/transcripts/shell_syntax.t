=== a for loop left open at the end of the script
status: 2
--- input
for z in a b
do
	echo $z
--- output
# for z in a b
> do
> 	echo $z
sh: syntax error at line 4: `end of file' unexpected
=== an if left open at the end of the script
status: 2
--- input
if true
then
	echo yes
--- output
# if true
> then
> 	echo yes
sh: syntax error at line 4: `end of file' unexpected
=== a case left open at the end of the script
status: 2
--- input
case x in
x) echo x;;
--- output
# case x in
> x) echo x;;
sh: syntax error at line 3: `end of file' unexpected
=== done where a command belongs
status: 2
--- input
echo first
done
echo never
--- output
# echo first
first
# done
sh: syntax error at line 2: `done' unexpected
=== fi closing a while
status: 2
--- input
while true
do
	echo x
fi
--- output
# while true
> do
> 	echo x
> fi
sh: syntax error at line 4: `fi' unexpected
=== an empty do part
status: 2
--- input
for z in a b
do
done
--- output
# for z in a b
> do
> done
sh: syntax error at line 3: `done' unexpected
=== for NAME; do is not Bourne shell (no ; before do without in)
status: 2
--- input
for z; do echo $z; done
--- output
# for z; do echo $z; done
sh: syntax error at line 1: `;' unexpected
=== then without if
status: 2
--- input
then echo x
--- output
# then echo x
sh: syntax error at line 1: `then' unexpected
=== esac without case
status: 2
--- input
echo a; esac
--- output
# echo a; esac
sh: syntax error at line 1: `esac' unexpected
=== a case pattern without )
status: 2
--- input
case x in
a b) echo;;
esac
--- output
# case x in
> a b) echo;;
sh: syntax error at line 2: `b' unexpected
=== a function without ()
status: 2
--- input
f(x) { echo; }
--- output
# f(x) { echo; }
sh: syntax error at line 1: `f' unexpected
=== errors at the console: the shell goes on, PS2 for a loop's lines
interactive: yes
--- input
for z in a b
do echo $z
done
if true; then
fi
echo "status $?"
while
do
echo still here
( cd /etc
pwd )
pwd
{ echo one
echo two; } | cat
--- output
# for z in a b
> do echo $z
> done
a
b
# if true; then
> fi
sh: syntax error at line 5: `fi' unexpected
# echo "status $?"
status 2
# while
> do
sh: syntax error at line 8: `do' unexpected
# echo still here
still here
# ( cd /etc
> pwd )
/etc
# pwd
/
# { echo one
> echo two; } | cat
one
two
