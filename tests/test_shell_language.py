"""The Bourne shell language at the console: continuation at PS2, tools that read the
lines after a loop, pipes that carry bytes, completion and help of the constructs."""

from __future__ import annotations

from zonetui.shell.completion import complete
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context


def test_a_for_loop_typed_at_the_terminal_goes_on_at_ps2(tty):
    assert tty("for z in a b") == ""
    assert tty.console.prompt == "> "
    assert tty("do echo $z") == ""
    assert tty.console.prompt == "> "
    assert tty("done") == "a\nb\n"
    assert tty.console.prompt == "# "


def test_each_open_construct_asks_for_more(tty):
    for first, last in [
        ("if true", "then echo yes; fi"),
        ("while false", "do :; done"),
        ("case a in", "a) echo a;; esac"),
        ("{ echo a", "}"),
        ("( echo a", ")"),
        ("f() {", "echo f; }"),
        ("echo a |", "cat"),
        ("x=`echo a", "b`; echo $x"),
        ("x=$(echo a", "); echo $x"),
    ]:
        assert tty(first) == "", first
        assert tty.console.prompt == "> ", first
        tty(last)
        assert tty.console.prompt == "# ", first


def test_a_tool_in_a_loop_reads_the_lines_after_it(sh):
    """zonecfg's standard input in the loop is the shell's: the next lines of the script."""
    assert sh("for z in web9") == ""
    assert sh("do zonecfg -z $z") == ""
    sh("done")
    for line in ["create", "set zonepath=/zones/web9", "commit", "exit"]:
        sh(line)
    assert sh("zonecfg -z web9 info zonepath") == "zonepath: /zones/web9\n"


def test_a_loop_reads_a_redirected_file_and_its_tools_read_it_too(sh):
    sh("echo 'web8 /zones/web8' > /tmp/zones")
    sh('while read z path; do zonecfg -z $z "create; set zonepath=$path"; done < /tmp/zones')
    assert sh("zonecfg -z web8 info zonepath") == "zonepath: /zones/web8\n"


def test_pipes_carry_bytes(sh):
    assert sh("echo 'no newline\\c' | cat") == "no newline"
    assert sh("echo 'a\\tb' | cat | cat") == "a\tb\n"


def test_stderr_into_the_pipe_with_2_and_1(sh):
    assert sh.streams("ls /nowhere 2>&1 | cat") == ("/nowhere: No such file or directory\n", "")
    assert sh.streams("ls /nowhere | cat") == ("", "/nowhere: No such file or directory\n")


def test_pid_is_the_same_for_the_same_place(world):
    first = Console(world, Context("t2000-a"), terminal=False).feed("echo $$")
    second = Console(world, Context("t2000-a"), terminal=False).feed("echo $$")
    assert first == second
    assert first[0][1].strip().isdigit()


def test_completion_knows_the_constructs(sh):
    shell = sh.console.shell
    assert complete(shell, "whi") == (0, ["while"])
    assert complete(shell, "zoneadm list | zonen") == (15, ["zonename"])
    assert complete(shell, "for z in a; do zonea") == (15, ["zoneadm"])
    assert complete(shell, "if tes") == (3, ["test"])
    assert complete(shell, "x=$(zonen") == (4, ["zonename"])
    assert complete(shell, "`zonen") == (1, ["zonename"])
    sh("halt_all() { :; }")
    assert complete(shell, "halt_") == (0, ["halt_all"])


def test_help_names_the_constructs_and_their_forms(sh):
    assert "Constructs of the shell" in sh("help")
    assert sh("help for") == "for name [in word ...]\ndo list\ndone\n"
    assert sh("help case").startswith("case word in")


def test_command_substitution_at_a_terminal_reads_no_line(tty):
    # expansion waits for no one: a command in $( ) that reads gets end of input
    assert tty('x=$(read v; echo "[$v] $?"); echo $x') == "[] 1\n"
