"""The simulated root shell: reading, expansion, redirection, errors and transactions."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonetui.model.record import dump
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.registry import REGISTRY, command


def test_status_and_operators(sh):
    assert sh("false; echo $?") == "1\n"
    assert sh("true && echo yes || echo no") == "yes\n"
    assert sh("false && echo yes || echo no") == "no\n"
    assert sh("false || false || echo third") == "third\n"
    assert sh("echo $?") == "0\n"


def test_variables(sh):
    assert sh("Z=web1; echo $Z ${Z}x \"$Z\" '$Z'") == "web1 web1x web1 $Z\n"
    assert sh("echo [$UNSET]") == "[]\n"


def test_not_found_is_status_1_on_stderr(sh):
    assert sh.streams("frobnicate -x") == ("", "frobnicate: not found\n")
    assert sh.status == 1


def test_sysv_echo_escapes(sh):
    assert sh(r"echo 'a\tb\c'") == "a\tb"
    assert sh("echo -n x") == "-n x\n"


def test_redirections(sh):
    assert sh("echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f") == "one\ntwo\n"
    assert sh("zoneadm -z nope list 2> /tmp/err; echo $?") == "1\n"
    assert sh("cat /tmp/err") == "zoneadm: nope: No such zone configured\n"
    assert sh.streams("zoneadm -z nope list 2>&1") == (
        "zoneadm: nope: No such zone configured\n",
        "",
    )
    assert sh.streams("echo oops >&2") == ("", "oops\n")


def test_redirection_failures(sh):
    assert sh.streams("echo x > /nodir/f") == ("", "/nodir/f: cannot create\n")
    assert sh.status == 1
    assert sh.streams("cat < /nofile") == ("", "/nofile: cannot open\n")
    assert sh.status == 1


def test_heredoc_expands_unless_quoted(sh):
    assert sh("A=1") == ""
    assert sh("cat <<EOF") == ""
    assert sh("a=$A") == ""
    assert sh("EOF") == "a=1\n"
    sh("cat <<'EOF'")
    sh("a=$A")
    assert sh("EOF") == "a=$A\n"


def test_heredoc_dash_strips_tabs(sh):
    sh("cat <<-END")
    sh("\t\tindented")
    assert sh("\tEND") == "indented\n"


def test_continuation_of_quotes(sh):
    assert sh('echo "two') == ""
    assert sh.console.prompt == "> "
    assert sh('lines"') == "two\nlines\n"
    assert sh.console.prompt == "# "


def test_syntax_errors(tty):
    assert tty.streams("; echo") == ("", "sh: syntax error at line 1: `;' unexpected\n")
    assert tty.status == 2
    assert tty.streams("echo a ;; cat") == (
        "",
        "sh: syntax error at line 2: `;;' unexpected\n",
    )  # lines read so far


def test_a_syntax_error_ends_a_script_as_sh_exits(sh):
    assert sh.streams("echo a ;; echo b") == ("", "sh: syntax error at line 1: `;;' unexpected\n")
    assert sh.console.finished
    assert sh.console.status == 2


def test_unterminated_quote_at_end_of_input(world):
    console = Console(world, Context("t2000-a"), terminal=False)
    console.feed('echo "oops')
    events = console.close()
    assert events == [("err", "sh: syntax error at line 1: `\"' unmatched\n")]


def test_exit_ends_the_shell(sh):
    sh("exit 3")
    assert sh.console.finished
    assert sh.console.status == 3


def test_exit_bad_number_ends_the_shell_with_status_1(sh):
    # bltin.c SYSEXIT sets forcexit before stoi() reads the number; failed(a1, badnum)
    # names the word, and exitsh(ERROR) then ends even an interactive shell.
    assert sh.streams("exit x; echo not reached") == ("", "sh: x: bad number\n")
    assert sh.console.finished
    assert sh.console.status == 1


def test_cd_and_pwd(sh):
    assert sh("cd /var/tmp; pwd") == "/var/tmp\n"
    assert sh("cd ..; pwd") == "/var\n"
    # bltin.c SYSCD: failed(a1, ...) by chdir's errno, "bad directory" for the others
    assert sh.streams("cd /nope") == ("", "sh: /nope: does not exist\n")
    assert sh.streams("cd /etc/nodename") == ("", "sh: /etc/nodename: not a directory\n")
    assert sh.streams("cd /nope/x") == ("", "sh: /nope/x: does not exist\n")
    assert sh.streams("cd /etc/nodename/x") == ("", "sh: /etc/nodename/x: not a directory\n")
    assert sh.streams("cd /" + "x" * 256) == ("", f"sh: /{'x' * 256}: bad directory\n")
    assert sh("cd; pwd") == "/\n"


def test_help_lists_commands_from_the_registry(sh):
    out = sh("help")
    for name in ("zonecfg", "zoneadm", "zlogin", "zonename", "ldm", "echo", "help"):
        assert f"  {name} " in out


@pytest.fixture
def faulty():
    """A command that changes the world, then fails with an unexpected exception."""

    @command("faulty", usage="faulty", summary="breaks on purpose")
    def _faulty(inv):
        inv.world.hosts[0].primary.solaris.fs.mkdir("/broken")
        inv.world.clock += 1000
        raise RuntimeError("boom")

    yield
    del REGISTRY["faulty"]


def test_internal_error_rolls_back(sh, world, faulty, monkeypatch):
    from zonetui.shell.interpreter import log

    monkeypatch.setattr(log, "handlers", [])  # no log file: the first line alone
    before = dump(world)
    assert sh.streams("faulty") == ("", "zonetui: internal error in 'faulty': boom\n")
    assert sh.status == 70
    assert dump(world) == before


def test_internal_error_names_the_log(world, faulty, tmp_path, monkeypatch):
    import logging

    from zonetui.shell.interpreter import log

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    monkeypatch.setattr(log, "handlers", [handler])
    log_file = str(tmp_path / "zonetui.log")
    console = Console(world, Context("t2000-a"), terminal=False, log_path=log_file)
    before = dump(world)
    events = console.feed("faulty; echo $?")
    assert events == [
        ("err", "zonetui: internal error in 'faulty': boom\n"),
        ("err", f"zonetui: details in {log_file}\n"),
        ("out", "70\n"),
    ]
    assert dump(world) == before
    assert records[0].exc_info[0] is RuntimeError  # the traceback went to the log


def test_internal_error_message_is_one_line(sh, world, monkeypatch):
    from zonetui.shell.interpreter import log

    monkeypatch.setattr(log, "handlers", [])

    @command("faulty2", usage="faulty2", summary="breaks on purpose")
    def _faulty(inv):
        raise KeyError()

    try:
        assert sh.streams("faulty2") == ("", "zonetui: internal error in 'faulty2': KeyError\n")
    finally:
        del REGISTRY["faulty2"]


@pytest.fixture
def asker():
    """A command that asks a y/n question the way zoneadm uninstall does."""

    @command("asker", usage="asker", summary="asks", scope="nothing")
    def _asker(inv):
        if not inv.stdin.terminal:
            inv.error("not a terminal")
            return 1
        answer = yield from inv.stdin.readline("Are you sure (y/[n])? ", question=True)
        inv.print(f"answer={answer}")
        return 0

    yield
    del REGISTRY["asker"]


def test_questions_need_a_terminal(sh, tty, asker):
    assert sh.streams("asker") == ("", "not a terminal\n")
    assert tty("asker") == ""
    assert tty.console.request.question
    assert tty.console.prompt == "Are you sure (y/[n])? "
    assert tty("y") == "answer=y\n"
    assert tty.console.prompt == "# "
    # stdin redirected from a file is not a terminal even in a terminal session
    assert tty.streams("asker < /dev/null") == ("", "not a terminal\n")


def test_ldm_only_in_the_control_domain_global_zone(world):
    assert Console(world, Context("t2000-a"), terminal=False).feed("ldm list")[0][0] == "out"


def test_completion(sh):
    from zonetui.shell.completion import complete

    shell = sh.console.shell
    assert complete(shell, "zonea") == (0, ["zoneadm"])
    assert complete(shell, "echo x; zonen") == (8, ["zonename"])
    assert complete(shell, "zoneadm -z gl") == (11, ["global"])
    assert complete(shell, "cd /va") == (3, ["/var/"])
    assert complete(shell, "ldm ls") == (4, ["ls"])


def test_statuses_keep_their_low_eight_bits(sh):
    sh("exit 300")
    assert sh.console.status == 44


def test_exit_wants_ascii_digits(sh):
    assert sh.streams("exit ٣") == ("", "sh: \\331\\243: bad number\n")  # prs_cntl()
    assert sh.console.status == 1


# -- continued commands: the parse goes on where it stopped (issue 15 item 6) -------------------


def lexer_work(monkeypatch) -> list[int]:
    """Counts the characters the shell's lexer is given to scan (each parse's text and
    each extension): reparsing the joined text for every line counts its square."""
    import zonetui.shell.lexer as lexer

    given = [0]
    init, extend = lexer._Lexer.__init__, lexer._Lexer.extend

    def counted_init(self, text):
        given[0] += len(text)
        init(self, text)

    def counted_extend(self, more):
        given[0] += len(more)
        extend(self, more)

    monkeypatch.setattr(lexer._Lexer, "__init__", counted_init)
    monkeypatch.setattr(lexer._Lexer, "extend", counted_extend)
    return given


CONTINUED_SCRIPTS = {
    "&&": ["true &&"] * 3000 + ["echo done"],
    "||": ["false ||"] * 3000 + ["echo done"],
    "quote": ["echo 'a"] + ["b"] * 3000 + ["c' done"],
    "double quote": ['echo "a'] + ["$X b"] * 3000 + ['c" done'],
    "backslash": ["echo a\\"] * 3000 + ["done"],
}


@pytest.mark.no_invariants  # 3,000 commands: the point is the parse
@pytest.mark.parametrize("kind", list(CONTINUED_SCRIPTS))
def test_a_continued_command_is_scanned_once(world, monkeypatch, kind):
    given = lexer_work(monkeypatch)
    console = Console(world, Context("t2000-a"), terminal=False)
    lines = CONTINUED_SCRIPTS[kind]
    events = []
    for line in lines:
        events += console.feed(line)
    assert "".join(t for _, t in events).endswith("done\n")
    assert given[0] <= sum(len(line) + 1 for line in lines)


def test_heredoc_body_is_collected_once(sh):
    sh("cat <<EOF > /tmp/big")
    for _ in range(2000):
        sh("line")
    sh("EOF")
    assert sh("cat /tmp/big") == "line\n" * 2000


# -- several lines at once: `exec`'s argument, zlogin's command (issue 17) -----------------------


def test_a_multi_line_text_takes_its_heredoc_from_its_own_lines(sh):
    assert sh("cat <<EOF\nhello $Z\nEOF\necho after") == "hello \nafter\n"
    assert sh.console.prompt == "# "
    assert sh("Z=1\ncat <<-EOF > /tmp/f\n\tone $Z\n\tEOF\ncat /tmp/f") == "one 1\n"


def test_a_multi_line_text_runs_line_by_line(sh):
    assert sh("echo a &&\n echo b") == "a\nb\n"
    # as sh -c does: the first command has run when the second line is a syntax error
    assert sh.streams("echo first\necho 'a\nb' ;;\necho never") == (
        "first\n",
        "sh: syntax error at line 5: `;;' unexpected\n",
    )


def test_a_multi_line_text_reads_on_when_it_ends_inside_a_command(sh):
    assert sh("echo 'a\nb") == ""
    assert sh.console.prompt == "> "
    assert sh("c'") == "a\nb\nc\n"
    assert sh("cat <<EOF\nx") == ""
    assert sh("EOF") == "x\n"


def test_exec_argument_with_a_heredoc(tmp_path, capsys):
    from zonetui.cli import main

    config = str(Path(__file__).parent / "configs" / "basic.toml")
    text = "cat > /tmp/f <<EOF\nbody\nEOF\ncat /tmp/f; exit 300"
    assert main(["--config", config, "--ephemeral", "exec", "--", text]) == 44
    assert capsys.readouterr() == ("body\n", "")


# -- NUL bytes (issue 15 item 12) ----------------------------------------------------------------


def test_the_shell_drops_nul_bytes_from_what_it_reads(sh):
    # word.c readwc(): a NUL byte read from a file or terminal is skipped, so no word (and
    # no file name) ever holds one
    sh("mkdir /tmp/a\x00b")
    assert sh("ls /tmp") == "ab\n"
    sh("echo 'x\x00y' > /tmp/c\x00d")
    assert sh("cat /tmp/cd") == "xy\n"
    sh("cat <<EOF > /tmp/doc")
    sh("p\x00q")
    sh("EOF")
    assert sh("cat /tmp/doc") == "pq\n"


# -- exit (bltin.c SYSEXIT, print.c stoi()) -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "status", "err"),
    [
        ("exit 256", 0, ""),
        ("exit 257", 1, ""),
        ("exit 300", 44, ""),
        ("exit 12abc", 12, ""),  # stoi() stops at the first non-digit
        ("exit 007", 7, ""),
        ("exit 4294967300", 4, ""),  # a C int that wrapped and stayed positive
        ("exit 2147483648", 1, "sh: 2147483648: bad number\n"),  # wrapped negative
        ("exit -1", 1, "sh: -1: bad number\n"),
        ("exit abc", 1, "sh: abc: bad number\n"),
        ("exit ''", 1, "sh: : bad number\n"),
        ("exit 'a\tb'", 1, "sh: a^Ib: bad number\n"),
        ("false; exit", 1, ""),
        ("exit 3 4", 3, ""),
    ],
)
def test_exit_status(sh, line, status, err):
    assert sh.streams(line) == ("", err)
    assert sh.console.finished
    assert sh.console.status == status
