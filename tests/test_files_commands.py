"""ls, cat, mkdir, chmod, rm, rmdir as Solaris 10 prints them.

Transcripts are data: (command line, stdout, stderr, exit status) rows run in order in
one shell, the way a person would type them at the root prompt of a fresh T2000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonetui.model import World
from zonetui.model.world import EPOCH
from zonetui.shell.interpreter import Console
from zonetui.sim.commands.files import mode_string, new_mode, simplify, solaris_time
from zonetui.sim.context import Context
from zonetui.sim.factory import factory_default_host

# 2009-12-19 06:00:00 UTC: every file of the fresh system, and the boot, date from here.
BOOT = EPOCH - 16 * 86400 - 3 * 3600
DATE = "Dec 19 06:00"
NOW = "Jan  4 09:00"  # the world clock (EPOCH)


def make_world(platform: str = "T2000", cores: int = 8, memory: int = 32 << 30) -> World:
    world = World(seed=1)
    host = factory_default_host(world, "t2000-a", platform, cores, memory, "1.3")
    world.hosts.append(host)
    solaris = host.primary.solaris
    assert solaris is not None
    solaris.boot_time = BOOT
    # the listings below were written for an /etc of nodename and zones alone
    solaris.fs.remove("/etc/release")
    for path in solaris.fs.nodes:
        solaris.fs.change(path, mtime=BOOT)
    return world


class Terminal:
    """A root shell on the console of the primary domain's global zone."""

    def __init__(self, world: World | None = None, context: Context | None = None) -> None:
        self.world = world or make_world()
        self.console = Console(self.world, context or Context("t2000-a"), terminal=False)

    def run(self, line: str) -> tuple[str, str, int]:
        events = self.console.feed(line)
        out = "".join(text for stream, text in events if stream == "out")
        err = "".join(text for stream, text in events if stream == "err")
        return out, err, self.console.current_shell.status

    @property
    def fs(self):  # noqa: ANN201 - the model's Filesystem
        return self.world.hosts[0].primary.solaris.fs


Row = tuple[str, str, str, int]


def play(rows: list[Row], term: Terminal | None = None) -> None:
    term = term or Terminal()
    for line, out, err, status in rows:
        assert term.run(line) == (out, err, status), line


def lines(*text: str) -> str:
    return "".join(t + "\n" for t in text)


def dirline(
    mode: str, links: int, owner: str, group: str, size: int, name: str, date: str = DATE
) -> str:
    return f"{mode}{links:>4} {owner:<8} {group:<8} {size:>7} {date} {name}"


USAGE_LS = "usage: ls -aAbcCdeEfFghHilLmnopqrRstuxvV1@ [files]\n"

# --- ls ---------------------------------------------------------------------------------

ROOT_LONG = lines(
    "total 22",
    dirline("drwxr-xr-x", 2, "root", "bin", 512, "bin"),
    dirline("drwxr-xr-x", 2, "root", "sys", 512, "dev"),
    dirline("drwxr-xr-x", 3, "root", "sys", 512, "etc"),
    dirline("drwxr-xr-x", 3, "root", "sys", 512, "export"),
    dirline("drwxr-xr-x", 2, "root", "bin", 512, "lib"),
    dirline("drwxr-xr-x", 2, "root", "sys", 512, "opt"),
    dirline("drwxr-xr-x", 2, "root", "sys", 512, "platform"),
    dirline("drwxr-xr-x", 2, "root", "sys", 512, "sbin"),
    dirline("drwxrwxrwt", 2, "root", "sys", 512, "tmp"),
    dirline("drwxr-xr-x", 2, "root", "sys", 512, "usr"),
    dirline("drwxr-xr-x", 4, "root", "sys", 512, "var"),
)

LS_TRANSCRIPT: list[Row] = [
    # a terminal gets columns sorted down (80 wide, 2 + the longest name each)
    (
        "ls /",
        lines(
            "bin       etc       lib       platform  tmp       var",
            "dev       export    opt       sbin      usr",
        ),
        "",
        0,
    ),
    ("ls -1 /etc", lines("nodename", "zones"), "", 0),
    ("ls -l /", ROOT_LONG, "", 0),
    ("ls -ld /var/tmp", lines(dirline("drwxrwxrwt", 2, "root", "sys", 512, "/var/tmp")), "", 0),
    (
        "ls -l /etc/nodename",
        lines("-rw-r--r--   1 root     root           8 Dec 19 06:00 /etc/nodename"),
        "",
        0,
    ),
    (
        "ls -l /dev/null",
        lines("crw-rw-rw-   1 root     sys       13,  2 Dec 19 06:00 /dev/null"),
        "",
        0,
    ),
    (
        "ls -la /tmp",
        lines(
            "total 4",
            dirline("drwxrwxrwt", 2, "root", "sys", 512, "."),
            dirline("drwxr-xr-x", 13, "root", "root", 512, ".."),
        ),
        "",
        0,
    ),
    ("ls /nonexistent", "", "/nonexistent: No such file or directory\n", 2),
    ("ls /etc/nodename/x", "", "/etc/nodename/x: Not a directory\n", 2),
    ("ls /nope/x", "", "/nope/x: No such file or directory\n", 2),
    ("ls /etc/nodename/", "", "/etc/nodename/: Not a directory\n", 2),
    # files first, then each directory under a header, blank lines between
    (
        "ls -1 /var /etc/nodename /etc",
        lines("/etc/nodename", "", "/etc:", "nodename", "zones", "", "/var:", "run", "tmp"),
        "",
        0,
    ),
    # a missing operand still counts for headers; nothing printed yet means no blank line
    (
        "ls /nope /etc/zones",
        lines("/etc/zones:", "SUNWblank.xml    SUNWdefault.xml  index"),
        "/nope: No such file or directory\n",
        2,
    ),
    ("ls -d /tmp /etc", lines("/etc  /tmp"), "", 0),
    ("ls -d", lines("."), "", 0),
    ("ls -z", "", "ls: illegal option -- z\n" + USAGE_LS, 2),
    ("ls -lw /", "", "ls: illegal option -- w\n" + USAGE_LS, 2),
    ("ls -zy /", "", "ls: illegal option -- z\nls: illegal option -- y\n" + USAGE_LS, 2),
    ("/usr/bin/ls -k", "", "/usr/bin/ls: illegal option -- k\n" + USAGE_LS, 2),
    ("ls -1R /export", lines("/export:", "home", "", "/export/home:"), "", 0),
    ("ls -1F /dev /etc", lines("/dev:", "null", "", "/etc:", "nodename", "zones/"), "", 0),
    ("ls -1p /etc", lines("nodename", "zones/"), "", 0),
    ("ls -1a /etc", lines(".", "..", "nodename", "zones"), "", 0),
    ("ls -1A /etc", lines("nodename", "zones"), "", 0),
    ("ls -m /etc", lines("nodename, zones"), "", 0),
    ("ls -x /var", lines("run  tmp"), "", 0),
    ("ls -1r /var", lines("tmp", "run"), "", 0),
    (
        "ls -ln /etc",
        lines(
            "total 4",
            "-rw-r--r--   1 0        0              8 Dec 19 06:00 nodename",
            "drwxr-xr-x   2 0        3            512 Dec 19 06:00 zones",
        ),
        "",
        0,
    ),
    (
        "ls -lg /etc/nodename",
        lines("-rw-r--r--   1 root           8 Dec 19 06:00 /etc/nodename"),
        "",
        0,
    ),
    (
        "ls -lo /etc/nodename",
        lines("-rw-r--r--   1 root           8 Dec 19 06:00 /etc/nodename"),
        "",
        0,
    ),
    ("ls -lgo /etc/nodename", lines("-rw-r--r--   1       8 Dec 19 06:00 /etc/nodename"), "", 0),
    (
        "ls -le /etc/nodename",
        lines("-rw-r--r--   1 root     root           8 Dec 19 06:00:00 2009 /etc/nodename"),
        "",
        0,
    ),
    (
        "ls -lE /etc/nodename",
        lines(
            "-rw-r--r--   1 root     root           8 2009-12-19 06:00:00.000000000 +0000"
            " /etc/nodename"
        ),
        "",
        0,
    ),
    ("ls -1s /etc", lines("total 4", "   2 nodename", "   2 zones"), "", 0),
    (
        "ls -dl /etc/zones/",
        lines(dirline("drwxr-xr-x", 2, "root", "sys", 512, "/etc/zones/")),
        "",
        0,
    ),
    # redirected output is not a terminal: one name a line
    ("ls / > /tmp/out", "", "", 0),
    (
        "cat /tmp/out",
        lines("bin", "dev", "etc", "export", "lib", "opt", "platform", "sbin", "tmp", "usr", "var"),
        "",
        0,
    ),
]


def test_ls_transcript() -> None:
    play(LS_TRANSCRIPT)


def test_ls_dates_older_than_six_months_show_the_year() -> None:
    term = Terminal()
    term.fs.change("/etc/nodename", mtime=EPOCH - 200 * 86400)  # 2009-06-18
    term.fs.change("/etc/zones", mtime=EPOCH + 3600)  # in the future: also the year
    out, _, _ = term.run("ls -l /etc")
    assert out == lines(
        "total 4",
        "-rw-r--r--   1 root     root           8 Jun 18  2009 nodename",
        "drwxr-xr-x   2 root     sys          512 Jan  4  2010 zones",
    )


def test_ls_time_sort_and_reverse() -> None:
    term = Terminal()
    term.fs.change("/var/tmp", mtime=BOOT + 60)
    assert term.run("ls -1t /var") == (lines("tmp", "run"), "", 0)
    assert term.run("ls -1tr /var") == (lines("run", "tmp"), "", 0)


def test_ls_special_mode_letters() -> None:
    term = Terminal()
    for octal, expected in [
        ("4755", "-rwsr-xr-x"),
        ("4644", "-rwSr--r--"),
        ("2755", "-rwxr-sr-x"),
        ("2644", "-rw-r-lr--"),
        ("1755", "-rwxr-xr-t"),
        ("1644", "-rw-r--r-T"),
        ("0", "----------"),
        ("7777", "-rwsrwsrwt"),
    ]:
        term.run(f"chmod {octal} /etc/nodename")
        out, _, _ = term.run("ls -l /etc/nodename")
        assert out.startswith(expected + " "), octal
    term.run("chmod 2755 /tmp")  # octal never sets a directory's set-gid bit
    assert term.run("ls -ld /tmp")[0].startswith("drwxr-xr-x ")
    term.run("chmod g+s,g-x /tmp")
    assert term.run("ls -ld /tmp")[0].startswith("drwxr-Sr-x ")


def test_ls_columns_follow_the_width_and_columns_variable() -> None:
    term = Terminal()
    term.run("mkdir /w; cd /w; mkdir aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bb cc dd")
    assert term.run("ls")[0] == lines(
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  cc", "bb                              dd"
    )
    term.run("COLUMNS=40")
    assert term.run("ls")[0] == lines("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bb", "cc", "dd")


def test_ls_directory_sizes_grow_with_entries() -> None:
    term = Terminal()
    names = " ".join(f"/big/entry-number-{i:03}" for i in range(40))
    term.run(f"mkdir /big {names}")
    out, _, _ = term.run("ls -ld /big")
    assert out == lines(dirline("drwxr-xr-x", 42, "root", "root", 1536, "/big", NOW))


def test_ls_escapes_unprintable_names() -> None:
    term = Terminal()
    term.fs.nodes["/tmp/a\tb"] = term.fs.nodes["/etc/nodename"]
    assert term.run("ls -1q /tmp")[0] == lines("a?b")
    assert term.run("ls -1b /tmp")[0] == lines("a\\011b")


def test_ls_inode_numbers_are_stable() -> None:
    term = Terminal()
    first = term.run("ls -1i /etc")[0]
    assert first == term.run("ls -1i /etc")[0]
    assert term.run("ls -di /")[0] == lines("         2 /")


# --- cat --------------------------------------------------------------------------------

CAT_TRANSCRIPT: list[Row] = [
    ("cat /etc/nodename", "t2000-a\n", "", 0),
    ("cat /etc/nodename /etc/nodename", "t2000-a\nt2000-a\n", "", 0),
    ("cat /nope /etc/nodename", "t2000-a\n", "cat: cannot open /nope\n", 2),
    ("cat -s /nope", "", "", 2),
    ("cat /etc/nodename/x", "", "cat: cannot open /etc/nodename/x\n", 2),
    ("cat /etc", "", "cat: input error on /etc: Is a directory\n", 0),
    ("cat -z", "", "cat: illegal option -- z\nusage: cat [ -usvtebn ] [-|file] ...\n", 2),
    ("cat -sz", "", "", 2),
    ("cat /dev/null", "", "", 0),
    ("cat < /etc/nodename", "t2000-a\n", "", 0),
    ("cat - < /etc/nodename", "t2000-a\n", "", 0),
    ("cat <<EOF\none\ntwo\nEOF", "one\ntwo\n", "", 0),
    ("cat -n <<EOF\na\n\nb\nEOF", "     1\ta\n     2\t\n     3\tb\n", "", 0),
    ("cat -b <<EOF\na\n\nb\nEOF", "     1\ta\n\n     2\tb\n", "", 0),
    ("cat -v <<EOF\na\tb\x01\x7fé\nEOF", "a\tb^A^?M-CM-)\n", "", 0),
    ("cat -vt <<EOF\na\tb\nEOF", "a^Ib\n", "", 0),
    ("cat -ve <<EOF\nx\nEOF", "x$\n", "", 0),
    ("cat -e <<EOF\nx\nEOF", "x\n", "", 0),  # -e and -t only act with -v
    ("cat -u /etc/nodename", "t2000-a\n", "", 0),
    ("cat /etc/nodename - <<EOF\nmore\nEOF", "t2000-a\nmore\n", "", 0),
]


def test_cat_transcript() -> None:
    term = Terminal()
    for line, out, err, status in CAT_TRANSCRIPT:
        # here-documents arrive as the following lines of input
        first, *rest = line.split("\n")
        events_out, events_err, got_status = term.run(first)
        for more in rest:
            o, e, got_status = term.run(more)
            events_out, events_err = events_out + o, events_err + e
        assert (events_out, events_err, got_status) == (out, err, status), line


def test_cat_reads_the_terminal_until_end_of_input() -> None:
    term = Terminal()
    assert term.run("cat") == ("", "", 0)
    assert term.console.request is not None and term.console.request.prompt == ""
    assert term.run("typed line")[0] == "typed line\n"
    term.console.feed(None)  # ^D
    assert term.console.prompt == "# "


# --- mkdir ------------------------------------------------------------------------------

USAGE_MKDIR = "mkdir: usage: mkdir [-m mode] [-p] dirname ...\n"

MKDIR_TRANSCRIPT: list[Row] = [
    ("mkdir /zones", "", "", 0),
    ("ls -ld /zones", lines(dirline("drwxr-xr-x", 2, "root", "root", 512, "/zones", NOW)), "", 0),
    ("ls -ld /", lines(dirline("drwxr-xr-x", 14, "root", "root", 512, "/", NOW)), "", 0),
    ("mkdir /zones", "", 'mkdir: Failed to make directory "/zones"; File exists\n', 2),
    ("mkdir /a/b", "", 'mkdir: Failed to make directory "/a/b"; No such file or directory\n', 2),
    (
        "mkdir /etc/nodename/d",
        "",
        'mkdir: Failed to make directory "/etc/nodename/d"; Not a directory\n',
        2,
    ),
    ("mkdir ''", "", 'mkdir: Failed to make directory ""; No such file or directory\n', 2),
    ("mkdir /x /zones /y", "", 'mkdir: Failed to make directory "/zones"; File exists\n', 2),
    ("ls -d /x /y", lines("/x  /y"), "", 0),
    ("mkdir", "", USAGE_MKDIR, 2),
    ("mkdir -p", "", USAGE_MKDIR, 2),
    ("mkdir -q /q", "", "mkdir: illegal option -- q\n" + USAGE_MKDIR, 2),
    ("mkdir -m", "", "mkdir: option requires an argument -- m\n" + USAGE_MKDIR, 2),
    ("mkdir -m 8 /q", "", "mkdir: invalid mode\n", 6),
    ("mkdir -m 75x /q", "", "mkdir: invalid mode\n", 6),
    ("mkdir -m u+q /q", "", "mkdir: invalid mode\n", 5),
    ("mkdir -m '' /q", "", "mkdir: invalid mode\n", 5),
    ("mkdir -m 700", "", USAGE_MKDIR, 2),  # the mode is parsed first, then the operands
    ("mkdir -m 700 /zones/web1", "", "", 0),
    (
        "ls -ld /zones/web1",
        lines(dirline("drwx------", 2, "root", "root", 512, "/zones/web1", NOW)),
        "",
        0,
    ),
    ("mkdir -m 1777 /pub", "", "", 0),
    ("ls -ld /pub", lines(dirline("drwxrwxrwt", 2, "root", "root", 512, "/pub", NOW)), "", 0),
    # a symbolic mode starts from 777; without <who> the umask (022) applies
    ("mkdir -m go-w /s1 && mkdir -m =rx /s2 && mkdir -m g=u,o= /s3", "", "", 0),
    (
        "ls -1d -l /s1 /s2 /s3",
        lines(
            dirline("drwxr-xr-x", 2, "root", "root", 512, "/s1", NOW),
            dirline("dr-xr-xr-x", 2, "root", "root", 512, "/s2", NOW),
            dirline("drwxrwx---", 2, "root", "root", 512, "/s3", NOW),
        ),
        "",
        0,
    ),
    ("mkdir -p /p/q/r", "", "", 0),
    ("ls -1R /p", lines("/p:", "q", "", "/p/q:", "r", "", "/p/q/r:"), "", 0),
    ("mkdir -p /p/q/r /etc", "", "", 0),
    ("mkdir -p /etc/nodename", "", 'mkdir: "/etc/nodename": Exists but is not a directory\n', 2),
    ("mkdir -p /etc/nodename/x/y", "", 'mkdir: "/etc/nodename/x/y": Not a directory\n', 2),
    ("mkdir -p -m 711 /m/n", "", "", 0),
    (
        "ls -ld /m /m/n",
        lines(
            dirline("drwxr-xr-x", 3, "root", "root", 512, "/m", NOW),
            dirline("drwx--x--x", 2, "root", "root", 512, "/m/n", NOW),
        ),
        "",
        0,
    ),
    # the path is simplified before use and in messages
    (
        "mkdir .//./zones///web1",
        "",
        'mkdir: Failed to make directory "zones/web1"; File exists\n',
        2,
    ),
    ("cd /tmp; mkdir rel ./rel2; ls", lines("rel   rel2"), "", 0),
    ("mkdir ../tmp/rel", "", 'mkdir: Failed to make directory "../tmp/rel"; File exists\n', 2),
]


def test_mkdir_transcript() -> None:
    play(MKDIR_TRANSCRIPT)


def test_mkdir_in_a_setgid_directory_inherits_group_and_bit() -> None:
    term = Terminal()
    term.run("mkdir /shared; chmod g+s /shared")
    term.fs.change("/shared", group="staff")
    term.run("mkdir /shared/sub")
    assert term.run("ls -ld /shared/sub")[0] == lines(
        dirline("drwxr-sr-x", 2, "root", "staff", 512, "/shared/sub", NOW)
    )


# --- chmod ------------------------------------------------------------------------------

USAGE_CHMOD = (
    "usage:\tchmod [-fR] <absolute-mode> file ...\n"
    "\tchmod [-fR] <ACL-operation> file ...\n"
    "\tchmod [-fR] <symbolic-mode-list> file ...\n"
    "where \t<symbolic-mode-list> is a comma-separated list of\n"
    "\t[ugoa]{+|-|=}[rwxXlstugo]\n"
    "where \t<ACL-operation> is one of the following\n"
    "\tA-<acl_specification>\n"
    "\tA[number]-\n"
    "\tA[number]{+|=}<acl_specification>\n"
    "where \t<acl-specification> is a comma-separated list of ACEs\n"
)

F = "/etc/nodename"


def mode_of(term: Terminal, path: str = F) -> str:
    return term.run(f"ls -ld {path}")[0][:10]


CHMOD_TRANSCRIPT: list[Row] = [
    (
        "chmod 755 /etc/nodename && ls -l /etc/nodename",
        lines("-rwxr-xr-x   1 root     root           8 Dec 19 06:00 /etc/nodename"),
        "",
        0,
    ),
    ("chmod", "", USAGE_CHMOD, 2),
    ("chmod 755", "", USAGE_CHMOD, 2),
    ("chmod -x", "", USAGE_CHMOD, 2),  # a mode, not an option: and then no file
    ("chmod -Rq 755 /tmp", "", "chmod: illegal option -- q\n" + USAGE_CHMOD, 2),
    ("chmod A+user:x:rw:allow /tmp", "", USAGE_CHMOD, 2),
    ("chmod A- /tmp", "", "", 0),
    ("chmod 644 /nope", "", "chmod: WARNING: can't access /nope\n", 1),
    (
        "chmod 644 /nope /nope2 /tmp",
        "",
        "chmod: WARNING: can't access /nope\nchmod: WARNING: can't access /nope2\n",
        2,
    ),
    ("chmod -f 644 /nope", "", "", 0),
    ("chmod 8 /etc/nodename", "", "chmod: ERROR: invalid mode\n", 6),
    ("chmod 7a /etc/nodename", "", "chmod: ERROR: invalid mode\n", 6),
    ("chmod u+z /etc/nodename", "", "chmod: ERROR: invalid mode\n", 5),
    ("chmod u /etc/nodename", "", "chmod: ERROR: invalid mode\n", 5),
    ("chmod -f u+z /etc/nodename", "", "chmod: ERROR: invalid mode\n", 0),
    # the mode is only parsed for a file that exists
    ("chmod u+z /nope", "", "chmod: WARNING: can't access /nope\n", 1),
    # a leading '-' mode works, and '--' stops that rewriting
    (
        "chmod -w /etc/nodename && ls -l /etc/nodename",
        lines("-r-xr-xr-x   1 root     root           8 Dec 19 06:00 /etc/nodename"),
        "",
        0,
    ),
    ("chmod -- -w /etc/nodename", "", "", 0),
    ("chmod -R -w /etc/nodename", "", "", 0),  # -R is an option, -w still a mode
    ("chmod -Rw /etc/nodename", "", "chmod: illegal option -- w\n" + USAGE_CHMOD, 2),
    (
        "chmod 2644 /etc/nodename && chmod g+x /etc/nodename",
        "",
        "chmod: WARNING: /etc/nodename: Group execution not permitted on a lockable file\n",
        0,
    ),
    (
        "chmod g+s /etc/nodename",
        "",
        "chmod: WARNING: /etc/nodename: Set-group-ID not permitted on a lockable file\n",
        0,
    ),
    (
        "chmod 644 /etc/nodename && chmod u+s /etc/nodename",
        "",
        "chmod: WARNING: /etc/nodename: Execute permission required for set-ID on execution \n",
        0,
    ),
    (
        "chmod g+xl /etc/nodename",
        "",
        "chmod: ERROR: Group execution and locking not permitted together\n",
        3,
    ),
    (
        "chmod g+sxl /etc/nodename",
        "",
        "chmod: ERROR: Group execution and locking not permitted together\n",
        3,
    ),
    (
        "chmod u=s /etc/nodename",
        "",
        "chmod: ERROR: Execute permission required for set-ID on execution\n",
        2,
    ),
    (
        "chmod 755 /etc/nodename && chmod g+l /etc/nodename",
        "",
        "chmod: WARNING: /etc/nodename: Locking not permitted on a group executable file\n",
        0,
    ),
    (
        "chmod 6755 /etc/nodename && chmod u-x /etc/nodename",
        "",
        "chmod: WARNING: /etc/nodename: Corresponding set-ID also disabled on file since set-ID "
        "requires execute permission\n",
        0,
    ),
    (
        "ls -l /etc/nodename",
        lines("-rw-r-sr-x   1 root     root           8 Dec 19 06:00 /etc/nodename"),
        "",
        0,
    ),
    ("chmod -R 700 /etc", "", "", 0),
    (
        "ls -lR /etc",
        lines(
            "/etc:",
            "total 4",
            "-rwx------   1 root     root           8 Dec 19 06:00 nodename",
            "drwx------   2 root     sys          512 Dec 19 06:00 zones",
            "",
            "/etc/zones:",
            "total 6",
            "-rwx------   1 root     bin          261 Dec 19 06:00 SUNWblank.xml",
            "-rwx------   1 root     bin          436 Dec 19 06:00 SUNWdefault.xml",
            "-rwx------   1 root     sys          141 Dec 19 06:00 index",
        ),
        "",
        0,
    ),
    (
        "chmod -R a+X /etc && ls -l /etc",
        lines(
            "total 4",
            "-rwx--x--x   1 root     root           8 Dec 19 06:00 nodename",
            "drwx--x--x   2 root     sys          512 Dec 19 06:00 zones",
        ),
        "",
        0,
    ),
]


def test_chmod_transcript() -> None:
    play(CHMOD_TRANSCRIPT)


@pytest.mark.parametrize(
    ("start", "spec", "expected"),
    [
        ("644", "u+x", "-rwxr--r--"),
        ("644", "+x", "-rwxr-xr-x"),
        ("777", "-w", "-r-xrwxrwx"),  # without <who> the umask (022) shields g and o
        ("777", "a-w", "-r-xr-xr-x"),
        ("777", "o-w,g-w", "-rwxr-xr-x"),
        ("640", "o=g", "-rw-r--r--"),
        ("640", "g=u", "-rw-rw----"),
        ("600", "go=u", "-rw-rw-rw-"),
        ("755", "u+s,g+s", "-rwsr-sr-x"),
        ("755", "+t", "-rwxr-xr-t"),
        ("755", "a=", "----------"),
        ("755", "=", "----------"),
        ("644", "u+rwx,g-r,o=", "-rwx------"),
        ("644", "a+X", "-rw-r--r--"),
        ("744", "a+X", "-rwxr-xr-x"),
        ("644", "g+l", "-rw-r-lr--"),
        ("2644", "g-l", "-rw-r--r--"),
        ("6755", "ug-s", "-rwxr-xr-x"),
        ("755", "u-x", "-rw-r-xr-x"),
        ("4755", "u-x", "-rw-r-xr-x"),  # the set-uid bit goes too (with a warning)
    ],
)
def test_chmod_symbolic_modes(start: str, spec: str, expected: str) -> None:
    term = Terminal()
    term.run(f"chmod {start} {F}")
    out, err, status = term.run(f"chmod {spec} {F}")
    assert (status, mode_of(term)) == (0, expected), err


def test_chmod_octal_keeps_a_directorys_setgid_but_g_minus_s_clears_it() -> None:
    term = Terminal()
    term.run("chmod g+s /tmp")
    assert mode_of(term, "/tmp") == "drwxrwsrwt"
    term.run("chmod 755 /tmp")
    assert mode_of(term, "/tmp") == "drwxr-sr-x"
    term.run("chmod =rwx /tmp")
    assert mode_of(term, "/tmp") == "drwxr-sr-x"
    term.run("chmod g-s /tmp")
    assert mode_of(term, "/tmp") == "drwxr-xr-x"


def test_chmod_warnings_are_silenced_by_f_and_files_after_a_fatal_error_are_untouched() -> None:
    term = Terminal()
    assert term.run(f"chmod -f 644 {F} && chmod -f u+s {F}") == ("", "", 0)
    term.run("mkdir /a /b")
    assert term.run("chmod 750 /a /nope /b") == ("", "chmod: WARNING: can't access /nope\n", 1)
    assert mode_of(term, "/a") == mode_of(term, "/b") == "drwxr-x---"
    term.run("echo > /f")
    assert term.run("chmod g+xl /a /f /b") == (
        "",
        "chmod: ERROR: Group execution and locking not permitted together\n",
        3,
    )
    assert mode_of(term, "/a") == "drwxr-s---"  # a directory takes g+l (its set-gid bit)
    assert mode_of(term, "/f") == "-rw-r--r--"
    assert mode_of(term, "/b") == "drwxr-x---"  # never reached


def test_chmod_does_not_stop_at_an_empty_argument_but_ignores_what_follows() -> None:
    term = Terminal()
    assert term.run(f"chmod 600 {F} '' /tmp") == ("", "", 0)
    assert mode_of(term, "/tmp") == "drwxrwxrwt"


# --- rm ---------------------------------------------------------------------------------

USAGE_RM = "usage: rm [-fiRr] file ...\n"

RM_TRANSCRIPT: list[Row] = [
    ("echo x > /tmp/a; echo y > /tmp/b; mkdir -p /tmp/d/e; echo z > /tmp/d/e/f", "", "", 0),
    ("rm /tmp/a", "", "", 0),
    ("rm /tmp/a", "", "/tmp/a: No such file or directory\n", 2),
    ("rm -f /tmp/a", "", "", 0),
    ("rm /tmp/a/b", "", "/tmp/a/b: No such file or directory\n", 2),
    ("rm /tmp/b/c", "", "/tmp/b/c: Not a directory\n", 2),
    ("rm /tmp/d", "", "rm: /tmp/d is a directory\n", 2),
    ("rm -f /tmp/d", "", "rm: /tmp/d is a directory\n", 2),
    ("rm", "", USAGE_RM, 2),
    ("rm -f", "", "", 0),
    ("rm -x /tmp/b", "", "rm: illegal option -- x\n" + USAGE_RM, 2),
    ("rm -", "", USAGE_RM, 2),  # a lone '-' ends the options (BSD style)
    ("rm -- -", "", "-: No such file or directory\n", 2),
    ("rm -r /", "", "rm of / is not allowed\n", 2),
    ("rm -rf /tmp/..", "", "rm of / is not allowed\n", 2),
    ("rm -rf /tmp/d/.", "", "rm of /tmp/d/. is not allowed\n", 2),
    ("rm -r /tmp/d/e/..", "", "rm of /tmp/d/e/.. is not allowed\n", 2),
    ("rm -r /tmp/d /tmp/b /tmp/nope", "", "/tmp/nope: No such file or directory\n", 2),
    ("ls -a /tmp", lines(".   .."), "", 0),
    ("mkdir -p /tmp/x/y; echo f > /tmp/x/y/f; rm -R /tmp/x; ls /tmp", "", "", 0),
    # the working directory and its parents stay, with their other contents removed
    (
        "mkdir -p /w/a/b /w/c; cd /w/a/b; rm -r /w",
        "",
        "rm: Cannot remove any directory in the path of the current working directory\n/w/a/b\n",
        2,
    ),
    ("ls -R /w", lines("/w:", "a", "", "/w/a:", "b", "", "/w/a/b:"), "", 0),
    ("rm -r .", "", "rm of . is not allowed\n", 2),
    ("cd /; rm -r /w", "", "", 0),
    # a mount point keeps its directory
    ("echo t > /tmp/t; rm -r /tmp", "", "rm: Unable to remove directory /tmp: Device busy\n", 2),
    ("ls -a /tmp", lines(".   .."), "", 0),
]


def test_rm_transcript() -> None:
    play(RM_TRANSCRIPT)


def test_rm_interactive_asks_each_file_on_the_terminal() -> None:
    term = Terminal()
    term.run("mkdir /t; echo 1 > /t/a; echo 2 > /t/b")
    assert term.run("rm -ri /t") == ("", "", 0)
    assert term.console.request.prompt == "rm: examine files in directory /t (yes/no)? "
    assert term.console.request.question
    term.run("y")
    assert term.console.request.prompt == "rm: remove /t/a (yes/no)? "
    term.run("yes")
    assert term.console.request.prompt == "rm: remove /t/b (yes/no)? "
    term.run("yess")  # not a prefix of "yes"
    assert term.console.request.prompt == "rm: remove /t: (yes/no)? "
    assert term.run("y") == ("", "rm: Unable to remove directory /t: File exists\n", 2)
    assert term.run("ls /t") == (lines("b"), "", 0)


def test_rm_interactive_reads_answers_from_redirected_input() -> None:
    term = Terminal()
    term.run("echo 1 > /tmp/a; echo 2 > /tmp/b")
    out, err, status = term.run(["rm -i /tmp/a /tmp/b <<EOF", "n", "y", "EOF"][0])
    for more in ("n", "y", "EOF"):
        o, e, status = term.run(more)
        err += e
    assert err == "rm: remove /tmp/a (yes/no)? rm: remove /tmp/b (yes/no)? "
    assert term.run("ls /tmp") == (lines("a"), "", 0)


# --- rmdir ------------------------------------------------------------------------------

RMDIR_TRANSCRIPT: list[Row] = [
    ("mkdir -p /a/b/c /a/d", "", "", 0),
    ("rmdir /a/b/c", "", "", 0),
    ("rmdir /a/b/c", "", 'rmdir: directory "/a/b/c": Directory does not exist\n', 2),
    ("rmdir /a", "", 'rmdir: directory "/a": Directory not empty\n', 2),
    (
        "rmdir /etc/nodename",
        "",
        'rmdir: directory "/etc/nodename": Path component not a directory\n',
        2,
    ),
    (
        "rmdir /etc/nodename/x",
        "",
        'rmdir: directory "/etc/nodename/x": Path component not a directory\n',
        2,
    ),
    ("rmdir /tmp", "", 'rmdir: directory "/tmp": Directory is a mount point or in use\n', 2),
    ("rmdir /", "", 'rmdir: directory "/": Directory is a mount point or in use\n', 2),
    ("rmdir /nope /a/b", "", 'rmdir: directory "/nope": Directory does not exist\n', 2),
    ("ls /a", lines("d"), "", 0),
    ("rmdir", "", "Usage: rmdir [-ps] dirname ...\n", 2),
    ("rmdir -p", "", "", 0),
    ("rmdir -x /a", "", "rmdir: illegal option -- x\nUsage: rmdir [-ps] dirname ...\n", 2),
    ("/usr/bin/rmdir", "", "Usage: /usr/bin/rmdir [-ps] dirname ...\n", 2),
    ("cd /a/d; rmdir .", "", 'rmdir: directory ".": Can\'t remove current directory or ..\n', 2),
    ("rmdir ..", "", 'rmdir: directory "..": Directory not empty\n', 2),
    ("rmdir /a/d", "", 'rmdir: directory "/a/d": Can\'t remove current directory or ..\n', 2),
    ("cd /; mkdir -p /p/q/r /p/s", "", "", 0),
    ("rmdir -p /p/q/r", "", 'rmdir: directory "/p/q/r": /p not removed; Directory not empty\n', 2),
    ("ls /p", lines("s"), "", 0),
    ("rmdir -ps /p/s", "", "", 0),
    ("ls -d /p", "", "/p: No such file or directory\n", 2),
    (
        "rmdir -p /nope/x",
        "",
        'rmdir: directory "/nope/x": /nope/x not removed; No such file or directory\n',
        2,
    ),
    ("mkdir -p x/y; rmdir -p x/y//", "", "", 0),
    # y, then x/../x (which is x) go; the walk stops at "x/.."
    (
        "mkdir -p x/y; rmdir -p x/../x/y",
        "",
        'rmdir: directory "x/../x/y": x/.. not removed; Can not remove . or ..\n',
        2,
    ),
    ("ls -d /x", "", "/x: No such file or directory\n", 2),
    (
        "mkdir -p /x/y; cd /x; rmdir -p /x",
        "",
        'rmdir: directory "/x": /x not removed; Can not remove current directory\n',
        2,
    ),
    ("rmdir -ps /x", "", "", 0),  # silenced, and no errno was set
    ("cd /; rmdir -p /x/y", "", "", 0),
]


def test_rmdir_transcript() -> None:
    play(RMDIR_TRANSCRIPT)


# --- completion -------------------------------------------------------------------------


def test_file_commands_complete_paths_and_flags() -> None:
    from zonetui.shell.completion import complete

    term = Terminal()
    shell = term.console.current_shell
    assert complete(shell, "ls /e")[1] == ["/etc/", "/export/"]
    assert complete(shell, "cat /etc/n")[1] == ["/etc/nodename"]
    assert complete(shell, "rmdir /etc/")[1] == ["/etc/zones/"]  # directories only
    assert complete(shell, "ls -")[1][:3] == ["-1", "-A", "-F"]
    assert complete(shell, "rm -- -")[1] == []
    term.run("cd /var")
    assert complete(shell, "ls t")[1] == ["tmp/"]
    assert complete(shell, "ls ../et")[1] == ["../etc/"]
    assert complete(shell, "ls /nope/")[1] == []


# --- helpers ----------------------------------------------------------------------------


def test_solaris_time_formats_in_utc_with_the_c_locale() -> None:
    assert solaris_time("%b %e %H:%M", EPOCH) == "Jan  4 09:00"
    assert solaris_time("%m/%d/%Y %T", EPOCH) == "01/04/2010 09:00:00"
    assert solaris_time("100%% %d", EPOCH) == "100% 04"


@pytest.mark.parametrize(
    ("given", "simplified"),
    [
        ("a//b", "a/b"),
        ("./a", "a"),
        ("././a", "a"),
        ("a/./b", "a/b"),
        ("./", "./"),
        ("a/.", "a/."),
        ("//x", "/x"),
        ("", ""),
    ],
)
def test_mkdir_simplifies_paths(given: str, simplified: str) -> None:
    assert simplify(given) == simplified


# --- properties -------------------------------------------------------------------------

NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._-", min_size=1, max_size=8).filter(
    lambda s: s not in (".", "..")
)
PATHS = st.lists(st.lists(NAME, min_size=1, max_size=4), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PATHS)
def test_mkdir_p_then_ls_d_lists_every_path(parts: list[list[str]]) -> None:
    term = Terminal()
    paths = ["/tmp/" + "/".join(p) for p in parts]
    quoted = " ".join(f"'{p}'" for p in paths)
    assert term.run(f"mkdir -p {quoted}") == ("", "", 0)
    out, err, status = term.run(f"ls -1d {quoted}")
    assert (err, status) == ("", 0)
    assert out.splitlines() == sorted(paths, key=lambda p: p.encode())


def reference_mode(mode: int, kind: str) -> str:
    """ls -l's mode letters, computed independently of the implementation."""
    letters = [kind]
    triplets = ((6, 0o4000, "s", "S"), (3, 0o2000, "s", "S"), (0, 0o1000, "t", "T"))
    for shift, special, on, off in triplets:
        bits = (mode >> shift) & 7
        letters += ["r" if bits & 4 else "-", "w" if bits & 2 else "-"]
        if mode & special:
            if shift == 3 and kind == "-" and not bits & 1:
                letters.append("l")
            else:
                letters.append(on if bits & 1 else off)
        else:
            letters.append("x" if bits & 1 else "-")
    return "".join(letters)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=0o7777))
def test_chmod_octal_round_trips_through_ls(mode: int) -> None:
    term = Terminal()
    assert term.run(f"chmod {mode:o} {F}") == ("", "", 0)
    assert mode_of(term) == reference_mode(mode, "-")
    assert term.fs.nodes[F].mode == mode
    assert term.run(f"chmod {mode:04o} /tmp") == ("", "", 0)
    kept = (mode & ~0o2000) | (0o1777 & 0o2000)
    assert mode_of(term, "/tmp") == reference_mode(kept, "d")


PERMS = st.sampled_from(["", "r", "w", "x", "rw", "rx", "wx", "rwx"])


@settings(max_examples=80, deadline=None)
@given(PERMS, PERMS, PERMS, st.integers(min_value=0, max_value=0o777))
def test_symbolic_assignment_equals_octal(u: str, g: str, o: str, start: int) -> None:
    def octal(p: str) -> int:
        return (4 if "r" in p else 0) + (2 if "w" in p else 0) + (1 if "x" in p else 0)

    expected = octal(u) << 6 | octal(g) << 3 | octal(o)
    got = new_mode(f"u={u},g={g},o={o}", start, 0o022, False, F, lambda _: None)
    assert got == expected
    assert new_mode(f"{expected:o}", start, 0o022, False, F, lambda _: None) == expected


WORDS = st.sampled_from(
    [
        "-",
        "--",
        "-l",
        "-a",
        "-d",
        "-1",
        "-R",
        "-r",
        "-f",
        "-i",
        "-p",
        "-m",
        "-s",
        "-v",
        "-e",
        "-C",
        "-x",
        "-q",
        "-b",
        "-F",
        "-n",
        "-t",
        "-z",
        "-lq",
        "-mz",
        "755",
        "0",
        "7777",
        "99",
        "u+s",
        "g=u",
        "a-x",
        "o+t",
        "+l",
        "=",
        ",",
        "u+,",
        "A-",
        "A+x",
        "/",
        "/tmp",
        "/etc",
        "/etc/nodename",
        "/dev/null",
        "nope",
        "",
        ".",
        "..",
        "x/../y",
        "a//b/",
        "/tmp/new",
        "é",
        "a\tb",
    ]
)
COMMANDS = st.sampled_from(["ls", "cat", "mkdir", "chmod", "rm", "rmdir"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(COMMANDS, st.lists(WORDS, max_size=5))
def test_no_input_raises(command: str, words: list[str]) -> None:
    term = Terminal()
    line = command + "".join(f" '{w}'" for w in words) + " < /dev/null"
    out, err, status = term.run(line)
    assert status != 70, err
    assert "internal error" not in err
    assert term.console.request is not None and term.console.request.prompt == "# "


def test_mode_string_of_each_kind() -> None:
    term = Terminal()
    assert mode_string(term.fs.nodes["/tmp"]) == "drwxrwxrwt"
    assert mode_string(term.fs.nodes["/dev/null"]) == "crw-rw-rw-"
    assert mode_string(term.fs.nodes["/etc/nodename"]) == "-rw-r--r--"


# -- names that are not UTF-8, and their lengths in bytes (issue 15 item 5) ---------------------

BASIC = str(Path(__file__).parent / "configs" / "basic.toml")
ROOT = Path(__file__).parent.parent


class Host:
    """`zonetui exec` on one state file, run by a host shell: arguments and output are
    bytes, and Python's output is strict UTF-8 (as in a UTF-8 locale other than C)."""

    def __init__(self, tmp_path: Path) -> None:
        self.state = tmp_path / "state.json"

    def __call__(self, *words: bytes) -> tuple[int, bytes, bytes]:
        import os
        import subprocess
        import sys

        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-m", "zonetui", "--config", BASIC, "--state", str(self.state)]
            + ["exec", "--", *[w.decode() if isinstance(w, str) else w for w in words]],
            capture_output=True,
            env=env,
        )
        return done.returncode, done.stdout, done.stderr


@pytest.fixture
def host(tmp_path: Path) -> Host:
    return Host(tmp_path)


def test_a_name_that_is_not_utf8_is_listed_after_a_save_and_a_load(host):
    assert host(b"mkdir", b"/a\xffb") == (0, b"", b"")
    status, out, err = host(b"ls /; ls -b /; ls -q /; ls -ld /a\xffb")
    assert (status, err) == (0, b"")
    plain, rest = out.split(b"bin\n", 1)
    assert plain == b"a\xffb\n"  # the byte itself, as ls writes it
    assert b"\na\\377b\nbin\n" in b"\n" + rest
    assert b"\na?b\nbin\n" in rest
    assert out.endswith(b" /a\xffb\n")
    assert b"drwxr-xr-x   2 root     root         512 " in out
    assert b"\\udcff" in host.state.read_bytes()  # an escape, read back as the byte
    assert host(b"rmdir /a\xffb; ls -b /")[1].startswith(b"bin\n")


def test_files_named_and_holding_bytes_that_are_not_utf8(host):
    assert host(b"echo '\xff' > /tmp/\xfe; cat /tmp/\xfe; cat -v /tmp/\xfe") == (
        0,
        b"\xff\nM-^?\n",
        b"",
    )
    status, out, _ = host(b"ls -l /tmp/\xfe; ls -b /tmp; rm /tmp/\xfe; ls /tmp")
    assert status == 0
    assert b"       2 " in out  # the byte and the newline
    assert out.endswith(b" /tmp/\xfe\n\\376\n")


def test_an_error_naming_a_name_that_is_not_utf8(host):
    long_name = b"/tmp/" + b"\xff" * 256
    assert host(b"mkdir", long_name) == (
        2,
        b"",
        b'mkdir: Failed to make directory "' + long_name + b'"; File name too long\n',
    )
    assert host(b"ls", b"/nosuch\xff") == (2, b"", b"/nosuch\xff: No such file or directory\n")


def test_completion_offers_a_name_that_is_not_utf8(world):
    from zonetui.shell.completion import complete

    console = Console(world, Context("t2000-a"), terminal=False)
    console.feed("mkdir /a\udcffb")
    assert complete(console.shell, "ls /a") == (3, ["/a\udcffb/"])


def test_name_max_counts_bytes_not_characters(world):
    console = Console(world, Context("t2000-a"), terminal=False)
    for component, refused in [
        ("\udcff" * 255, False),  # 255 bytes
        ("\udcff" * 256, True),
        ("é" * 127 + "a", False),  # 255 bytes in 128 characters
        ("é" * 128, True),  # 256 bytes in 128 characters
    ]:
        err = "".join(t for s, t in console.feed(f"mkdir /tmp/{component}") if s == "err")
        too_long = f'mkdir: Failed to make directory "/tmp/{component}"; File name too long\n'
        assert err == (too_long if refused else "")


def test_the_filesystem_refuses_a_nul_and_a_long_component_whoever_asks():
    from zonetui.model.fs import EINVAL, ENAMETOOLONG, Filesystem, FsError

    fs = Filesystem()
    for path, reason in [("/a\x00b", EINVAL), ("/" + "x" * 256, ENAMETOOLONG)]:
        for make in (fs.mkdir, lambda p: fs.write(p, "")):
            with pytest.raises(FsError) as caught:
                make(path)
            assert caught.value.reason == reason
    fs.mkdir("/" + "x" * 255)
    assert fs.children("/") == ["x" * 255]
