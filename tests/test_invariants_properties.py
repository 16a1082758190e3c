"""Random sequences of real command lines, valid and mutated, through the shell for each
tool (issue 8): never an internal error, the world's invariants after every command (the
hook in conftest.py checks them), and a command that failed left the world exactly as it
was.

Mutations are what people get wrong: a token dropped, two swapped, one typed twice, a
number out of range, a stray word. The few real tools that legitimately change the world
when they fail are named in `changes_on_failure`, each with the reason.
"""

from __future__ import annotations

import random
import re
import shlex
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CONFIGS
from zonetui.model import World
from zonetui.model.record import dump, dump_json, load_json
from zonetui.shell.interpreter import INTERNAL_ERROR_STATUS, Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.store.config import load_config

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HOST = "t5220-a"
ZONES = ("web1", "web2", "db1", "x1", "new1")
DOMAINS = ("primary", "ldg1", "ldg2", "new1")
NUMBERS = ("0", "1", "2", "4", "8", "16", "64")
OUT_OF_RANGE = ("-1", "0", "65536", "4294967296", "99999999999999999999", "1.5", "0x10", "")
SIZES = ("256M", "1G", "4G", "31G", "1T", "0", "7")
PATHS = ("/zones", "/zones/web1", "/tmp/a", "/tmp/a/b", "/etc/zones", "/export/x", "/", "rel")

# -- the start: zones in every state, guests, services --------------------------------------
SETUP = (  # on zones-guest's t5220-a: primary has 16 strands, ldg1 runs Solaris
    "ldm add-domain ldg2",
    "ldm add-vcpu 2 ldg2",
    "ldm add-memory 512M ldg2",
    "ldm bind ldg2",
    "mkdir -m 700 /zones",
    "zonecfg -z web1 'create; set zonepath=/zones/web1; add net; set physical=e1000g0;"
    " set address=192.168.1.9/24; end'",
    "zonecfg -z web2 'create; set zonepath=/zones/web2; set autoboot=true;"
    " add net; set physical=e1000g0; set address=192.168.1.10/24; end'",
    "zonecfg -z db1 'create -b; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=4-8; end'",
    "zonecfg -z x1 'create; set zonepath=/zones/x1; set ip-type=exclusive;"
    " add net; set physical=e1000g1; end'",
    "zoneadm -z web2 install",
    "zoneadm -z db1 install",
    "zoneadm -z x1 install",
    "zoneadm -z web2 boot",
    "zoneadm -z db1 boot",
)


@cache
def _start() -> str:
    """The start world, as JSON (built once: each example gets its own copy)."""
    world = load_config(CONFIGS / "zones-guest.toml")
    console = Console(world, Context(HOST), terminal=False)
    for line in SETUP:
        console.feed(line)
        assert console.session.last_status == 0, line
    assert check_world(world) == []
    return dump_json(world)


# -- valid command lines, by tool ----------------------------------------------------------------
ZONECFG = (
    "zonecfg -z {z} 'create; set zonepath=/zones/{z}'",
    "zonecfg -z {z} 'create -b; set zonepath=/zones/{z}; set autoboot=true'",
    "zonecfg -z {z} 'create -t {z2}; set zonepath=/zones/{z}'",
    "zonecfg -z {z} 'create -a /zones/{z2}'",
    "zonecfg -z {z} 'set autoboot=false'",
    "zonecfg -z {z} 'set zonepath=/zones/{z2}'",
    "zonecfg -z {z} 'set zonename={z2}'",
    "zonecfg -z {z} 'set ip-type=exclusive'",
    "zonecfg -z {z} 'add net; set physical=e1000g{n}; set address=192.168.1.{n}/24; end'",
    "zonecfg -z {z} 'remove net physical=e1000g0'",
    "zonecfg -z {z} 'select net physical=e1000g0; set address=10.0.0.{n}; end'",
    "zonecfg -z {z} 'add dedicated-cpu; set ncpus={n}-{m}; set importance={n}; end'",
    "zonecfg -z {z} 'remove dedicated-cpu'",
    "zonecfg -z {z} 'add capped-cpu; set ncpus=1.{n}; end'",
    "zonecfg -z {z} 'add capped-memory; set physical={s}; set swap={s}; end'",
    "zonecfg -z {z} 'set cpu-shares={n}; set max-lwps={n}00'",
    "zonecfg -z {z} 'add fs; set dir=/mnt; set special=/export; set type=lofs; end'",
    "zonecfg -z {z} 'add inherit-pkg-dir; set dir=/opt; end'",
    "zonecfg -z {z} 'add rctl; set name=zone.max-lwps; add value (priv=privileged,limit={n}00,action=deny); end'",
    "zonecfg -z {z} 'add attr; set name=comment; set type=string; set value=\"a b\"; end'",
    "zonecfg -z {z} 'add device; set match=/dev/dsk/c0t{n}d0s*; end'",
    "zonecfg -z {z} 'add dataset; set name=pool/{z}; end'",
    "zonecfg -z {z} 'clear pool; revert -F'",
    "zonecfg -z {z} delete -F",
    "zonecfg -z {z} info",
    "zonecfg -z {z} info net",
    "zonecfg -z {z} export",
    "zonecfg -z {z} verify",
    "zonecfg -z global 'set cpu-shares={n}'",
    "zonecfg -z {z} -f /tmp/{z}.cfg",
    "zonecfg -z {z} export -f /tmp/{z}.cfg",
)
ZONEADM = (
    "zoneadm -z {z} install",
    "zoneadm -z {z} uninstall -F",
    "zoneadm -z {z} boot",
    "zoneadm -z {z} boot -- -s",
    "zoneadm -z {z} halt",
    "zoneadm -z {z} ready",
    "zoneadm -z {z} reboot",
    "zoneadm -z {z} verify",
    "zoneadm -z {z} detach",
    "zoneadm -z {z} attach",
    "zoneadm -z {z} attach -F",
    "zoneadm -z {z} mark incomplete",
    "zoneadm -z {z} clone {z2}",
    "zoneadm -z {z} move /zones/moved{n}",
    "zoneadm -z {z} list -p",
    "zoneadm list -cv",
    "zoneadm list -ip",
)
ZLOGIN = (
    "zlogin {z} zonename",
    "zlogin {z} psrinfo",
    "zlogin {z} ls -l /",
    "zlogin {z} mkdir /tmp/{z2}",
    "zlogin {z} rm -r /tmp/{z2}",
    "zlogin {z} reboot",
    "zlogin {z} halt",
    "zlogin {z} init 6",
    "zlogin -S {z} zonename",
    "zlogin -l root {z} uname -a",
    "zlogin {z} 'echo {n} > /tmp/f; cat /tmp/f'",
)
LDM = (
    "ldm add-domain {d}",
    "ldm remove-domain {d}",
    "ldm bind {d}",
    "ldm unbind {d}",
    "ldm start {d}",
    "ldm stop {d}",
    "ldm stop -f {d}",
    "ldm add-vcpu {n} {d}",
    "ldm set-vcpu {n} {d}",
    "ldm remove-vcpu {n} {d}",
    "ldm add-crypto {n} {d}",
    "ldm set-mau {n} {d}",
    "ldm add-memory {s} {d}",
    "ldm set-memory {s} {d}",
    "ldm remove-memory {s} {d}",
    "ldm add-vnet vnet{n} primary-vsw0 {d}",
    "ldm remove-vnet vnet0 {d}",
    "ldm add-vdsdev /dev/dsk/c0t{n}d0s2 vol{n}@primary-vds0",
    "ldm add-vdisk disk{n} vol{n}@primary-vds0 {d}",
    "ldm remove-vdisk vdisk0 {d}",
    "ldm set-vcons port=50{n}0 {d}",
    "ldm set-variable auto-boot?=false {d}",
    "ldm add-io pci@7c0 {d}",
    "ldm remove-io pci@7c0 {d}",
    "ldm set-domain failure-policy=reset {d}",
    "ldm set-domain mac-addr=00:14:4f:fc:00:0{n} {d}",
    "ldm add-config cfg{n}",
    "ldm remove-config cfg{n}",
    "ldm list-constraints -x {d} > /tmp/{d}.xml",
    "ldm add-domain -i /tmp/{d2}.xml",
    "ldm list -l {d}",
    "ldm list-bindings -p",
    "ldm list-devices -a",
    "ldm start-reconf primary",
    "ldm cancel-reconf primary",
)
FILES = (
    "mkdir {p}",
    "mkdir -p {p}/{z}",
    "mkdir -m 7{n}0 {p}",
    "rmdir {p}",
    "rm {p}",
    "rm -r {p}",
    "rm -rf {p}/{z}",
    "chmod 7{n}{n} {p}",
    "ls -l {p}",
    "ls -ld {p}",
    "cat {p}",
    "echo {z} > {p}",
    "echo {z} >> {p}",
    "cat < {p}",
    "sleep {n}",
    "date",
    "psrinfo -v",
    "svcadm enable vntsd",
    "svcadm disable vntsd",
    "svcs",
    "uname -a",
    "cd {p}",
    "cp {p} {p}/{z}",
    "cp -rp {p} /tmp/{z}",
    "mv {p} /tmp/{z}",
    "touch {p}/{z}",
    "touch -t 20090{n}011200 {p}",
    "find {p} -name '{z}*' -print",
    "find {p} -type f -exec rm {{}} \\;",
    "du -sk {p}",
    "df -k {p}",
    "mount -p",
    "tar cvf /tmp/{z}.tar {p}",
    "tar xf /tmp/{z}.tar",
    "tar tvf /tmp/{z}.tar",
    "diff {p} /etc/zones/index",
    "cmp {p} /etc/nodename",
    "od -c {p}",
    "file {p}",
)
TOOLS = {"zonecfg": ZONECFG, "zoneadm": ZONEADM, "zlogin": ZLOGIN, "ldm": LDM, "files": FILES}


def _fill(template: str, rnd: random.Random) -> str:
    values = {
        "z": rnd.choice(ZONES),
        "z2": rnd.choice(ZONES),
        "d": rnd.choice(DOMAINS),
        "d2": rnd.choice(DOMAINS),
        "n": rnd.choice(NUMBERS[:5]),
        "m": rnd.choice(NUMBERS),
        "s": rnd.choice(SIZES),
        "p": rnd.choice(PATHS),
    }
    return template.format(**values)


# -- mutations -------------------------------------------------------------------------------------
def _words(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:
        return line.split()


def mutate(line: str, rnd: random.Random) -> str:
    """A valid line with one mistake in it (in a quoted zonecfg script, sometimes inside)."""
    words = _words(line)
    if len(words) > 3 and " " in words[-1] and rnd.random() < 0.5:
        inner = mutate(words[-1], rnd)  # the subcommands zonecfg reads
        return shlex.join([*words[:-1], inner])
    kind = rnd.choice(("drop", "swap", "duplicate", "range", "stray", "case"))
    i = rnd.randrange(len(words))
    if kind == "drop" and len(words) > 1:
        del words[i]
    elif kind == "swap" and len(words) > 1:
        j = rnd.randrange(len(words))
        words[i], words[j] = words[j], words[i]
    elif kind == "duplicate":
        words.insert(i, words[i])
    elif kind == "range" and any(re.search(r"\d", w) for w in words):
        i = rnd.choice([k for k, w in enumerate(words) if re.search(r"\d", w)])
        words[i] = re.sub(r"\d+", lambda _: rnd.choice(OUT_OF_RANGE), words[i], count=1)
    elif kind == "stray":
        words.insert(i, rnd.choice(("-", "--", "-Z", "=", ";", "x" * 300, "é", "-z", "''")))
    else:
        words[i] = words[i].upper()
    return shlex.join(words) if words else ""


def make_line(template: str, rnd: random.Random) -> str:
    """A filled template, mutated four times in ten."""
    line = _fill(template, rnd)
    return mutate(line, rnd) if rnd.random() < 0.4 else line


def lines_for(tool: str) -> st.SearchStrategy[list[str]]:
    """Up to 20 lines of `tool` (hypothesis' randoms shrink to the simplest choices)."""
    line = st.builds(make_line, st.sampled_from(TOOLS[tool]), st.randoms(use_true_random=False))
    return st.lists(line, min_size=1, max_size=20)


# -- what a failed command may leave behind ---------------------------------------------------------
# Real tools that act on several operands in turn keep what they did before the one that
# failed (mkdir(1), rm(1), rmdir(1), chmod(1), svcadm(1M), cp(1), mv(1), touch(1), tar(1)
# and find(1)'s -exec go on with the others and exit non-zero); a shell redirection creates its file before the command runs, whatever the
# command does; zlogin's status is that of the command it ran in the zone.
PER_OPERAND = {"mkdir", "rm", "rmdir", "chmod", "svcadm", "cp", "mv", "touch", "tar", "find"}
# zoneadm fails half-done where Solaris does (zones.half_done): install, clone and move
# keep a zonepath they created or an incomplete zone; boot, ready and reboot spend the
# zone id zoneadmd got when it fails.
ZONEADM_HALF_DONE = {"install", "clone", "move", "boot", "ready", "reboot"}


def changes_on_failure(line: str) -> bool:
    """Whether the real tool may change the world although the line failed."""
    words = _words(line)
    if not words:
        return False
    if any(op in words for op in (">", ">>")) or re.search(r"(^|\s)\d?>", line):
        return True
    if words[0] in PER_OPERAND or words[0] == "zlogin":
        return True
    if words[0] == "zonecfg":
        return _zonecfg_changes_on_failure(words)
    if words[0] == "zoneadm":
        return bool(ZONEADM_HALF_DONE.intersection(words))
    return False


def _zonecfg_changes_on_failure(words: list[str]) -> bool:
    """zonecfg (zones.md §1.4, §9; zonecfg.c): a session commits what succeeded although
    a later subcommand failed (implicit commit; exit status 1 for the error seen); the
    first `zonecfg -z global` session creates global.xml from SUNWblank whatever it does;
    `export -f FILE` opens FILE before it reads the configuration. A failing session of
    one subcommand that is none of these changes nothing."""
    script = " ".join(words[1:])
    several = ";" in script or "\n" in script or "-f" in words
    return several or "global" in words or "export" in script


# -- the property ------------------------------------------------------------------------------------
def run_lines(lines: list[str], host: str = HOST) -> None:
    world = load_json(World, _start())
    console = Console(world, Context(host), terminal=False)
    for line in lines:
        idle = console.idle
        before = dump(world) if idle else None
        ran = console.session.commands_run
        events = console.feed(line)
        text = "".join(t for _, t in events)
        status = console.session.last_status
        assert status != INTERNAL_ERROR_STATUS, f"{line!r}: {text}"
        assert "internal error" not in text, f"{line!r}: {text}"
        one_command = console.session.commands_run == ran + 1
        failed = before is not None and one_command and console.idle and status != 0
        if failed and not changes_on_failure(line):
            assert dump(world) == before, f"{line!r} failed ({text!r}), changed the world"
    console.close()


@pytest.mark.parametrize("tool", sorted(TOOLS))
@SETTINGS
@given(data=st.data())
def test_random_command_lines_keep_the_world_sound(tool, data):
    run_lines(data.draw(lines_for(tool)))


@SETTINGS
@given(data=st.data())
def test_random_lines_of_every_tool_mixed(data):
    lines = []
    for tool in data.draw(st.lists(st.sampled_from(sorted(TOOLS)), min_size=1, max_size=4)):
        lines += data.draw(lines_for(tool))
    run_lines(lines)


def test_mutations_make_different_lines():
    rnd = random.Random(3)
    line = "zonecfg -z web1 'add net; set physical=e1000g0; end'"
    assert len({mutate(line, rnd) for _ in range(50)}) > 20


def test_the_start_has_zones_in_every_state():
    world = load_json(World, _start())
    states = {z.state for z in world.host(HOST).primary.solaris.zones.values()}
    assert states == {"configured", "installed", "running"}
