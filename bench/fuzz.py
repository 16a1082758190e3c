"""A fuzzing campaign over every parser zonetui has (issue 8).

Arbitrary text goes where people put text: command lines into the shell (its lexer, the
zonecfg grammar, ldm's arguments, every tool), cluster definitions (TOML), state files,
the XML `ldm add-domain -i` reads and the zone XML `zonecfg create -a` reads. The text
is noise (control characters, NUL, any Unicode), tool words in random order, lines of the
transcripts mutated, very long lines and tokens, deep nesting, unterminated quotes and
here-documents, and invalid UTF-8 for files.

Every case must end in an answer: a status and a message, or the loader's one-line error.
A failure is an internal error (status 70), an exception escaping a parser, or a world
whose invariants (zonetui.sim.invariants) broke after a command.

The host targets (issue 15, bench/fuzz_host.py) give the command line odd paths (state-path),
hostile files (hostile-file) and what may block or never end (blocking-path, in child
processes with a deadline); there a failure is also a file the case did not name created,
changed or removed, or a FIFO, device node, folder or symbolic link replaced. They work in
one temporary directory, removed at the end.

    python bench/fuzz.py --lines 1000000 --seconds 1800 --seed 1 --progress 60
    python bench/fuzz.py --targets shell,ldm --lines 20000
    python bench/fuzz.py --targets state-path,hostile-file --lines 20000

The test suite runs a short campaign (tests/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shlex
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench import fuzz_host  # noqa: E402
from bench.fuzz_host import HostCampaign  # noqa: E402
from zonetui.model import World  # noqa: E402
from zonetui.shell.expansion import ExpansionError  # noqa: E402
from zonetui.shell.interpreter import INTERNAL_ERROR_STATUS, Console  # noqa: E402
from zonetui.shell.lexer import NeedMore, ShellSyntaxError, expand_word, parse  # noqa: E402
from zonetui.shell.tree import simple_commands  # noqa: E402
from zonetui.sim.context import Context  # noqa: E402
from zonetui.sim.invariants import check_world  # noqa: E402
from zonetui.sim.registry import load_commands  # noqa: E402
from zonetui.sim.safexml import ParseError, UnsafeXml, parse_xml  # noqa: E402
from zonetui.sim.zones.files import InvalidDocument, config_from_xml  # noqa: E402
from zonetui.sim.zones.zonecfg import grammar  # noqa: E402
from zonetui.sim.zones.zonecfg.lexer import Lexer  # noqa: E402
from zonetui.store.config import ConfigError, build_world, load_config, parse_config  # noqa: E402
from zonetui.store.state import StateError, parse_state, state_bytes  # noqa: E402

load_commands()
from zonetui.model.record import dump_json, load_json  # noqa: E402
from zonetui.sim.ldoms.ldm import SUBCOMMANDS  # noqa: E402  (after the registry)
from zonetui.sim.zones.zonecfg.tables import (  # noqa: E402
    COMMAND_WORDS,
    PROPERTY_WORDS,
    RESOURCE_WORDS,
)

CONFIGS = ROOT / "tests" / "configs"
TRANSCRIPTS = ROOT / "tests" / "transcripts"
START_CONFIG = CONFIGS / "zones-guest.toml"
START_SETUP = (  # zones in several states in t5220-a's primary, a guest running Solaris
    "mkdir -m 700 /zones",
    "zonecfg -z web1 'create; set zonepath=/zones/web1; add net; set physical=e1000g0;"
    " set address=192.168.1.9/24; end'",
    "zonecfg -z db1 'create -b; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=2-4; end'",
    "zoneadm -z web1 install",
    "zoneadm -z db1 install",
    "zoneadm -z db1 boot",
    "ldm list-constraints -x ldg1 > /var/tmp/ldg1.xml",
    "zonecfg -z web1 export -f /var/tmp/web1.cfg",
)
LINES_PER_WORLD = 300  # then a fresh copy, so the world does not grow without end
SAVE_EVERY = 25  # lines between two save-and-load round trips of the world

# -- text ------------------------------------------------------------------------------------
CONTROL = "".join(chr(c) for c in range(32)) + "\x7f"
UNICODE = "éß漢字🙂\u200b\u202e\ufeff\U0010ffff"
SHELL_WORDS = (
    ";", "&&", "||", "|", "&", ">", ">>", "<", "2>", "2>&1", ">&2", "<<EOF", "<<-'EOF'",
    "EOF", "'", '"', "\\", "$", "$?", "${", "}", "$X", "X=1", "(", ")", "`", "#", "=", "~",
    "*", "?", "[", "]", "!", "\n", "\t", " ",
    # the language (issue 18)
    "^", ";;", "if", "then", "elif", "else", "fi", "for", "in", "do", "done", "while",
    "until", "case", "esac", "{", "}", "f()", "f", "$(", "$((", "`", "${X:-", "${X:=y}",
    "${X:?m}", "${X:+a}", "$1", "$#", "$@", '"$@"', "$*", "$$", "$!", "break", "continue",
    "return", "shift", "set --", "read X", "test", "[", "]", "-f", "-d", "-eq", "expr",
    ":", ".", "export", "unset", "a|b)",
)  # fmt: skip
TOOL_WORDS = (
    "zonecfg", "zoneadm", "zlogin", "zonename", "ldm", "ls", "cat", "mkdir", "rm", "rmdir",
    "chmod", "echo", "cd", "pwd", "sleep", "date", "psrinfo", "uname", "svcs", "svcadm",
    "init", "reboot", "halt", "shutdown", "help", "exit", "true", "false", "telnet",
    "test", "[", "expr", "read", "shift", "set", "export", "unset", "break", ":",
    "-z", "-Z", "-F", "-f", "-a", "-b", "-t", "-R", "-c", "-i", "-v", "-p", "-x", "-l",
    "-o", "-e", "-n", "-S", "-C", "-m", "-s", "-y", "-g0", "-i6", "--", "-",
    "web1", "db1", "global", "new", "ldg1", "primary", "SUNWdefault", "vntsd", "localhost",
    "install", "uninstall", "boot", "ready", "clone", "move", "detach", "attach", "verify",
    "list", "mark", "incomplete", "/zones", "/zones/web1", "/", "/etc/zones/index", "/tmp",
    "/dev/null", "0", "1", "-1", "4294967296", "99999999999999999999", "1e308", "nan",
    "0x10", "1.5", "²", "٣", "9" * 5000, "256M", "4G", "1T", "5000-5100", "port-range=5000-5100",
    "mac-addr=",
    "00:14:4f:fc:00:01", "pci@780", "vol1@primary-vds0", "primary-vsw0", "auto-boot?=true",
    "cid=1,2", "ncpus=1-2", "(priv=privileged,limit=1,action=deny)", "[ro,nodevices]",
)  # fmt: skip
ZONECFG_WORDS = (*COMMAND_WORDS, *RESOURCE_WORDS, *PROPERTY_WORDS, "=", "[", "]", "(", ")",
                 ",", ";", '"', "-F", "-a", "-b", "-t", "-f", "1", "1-2", "1.5", "10g",
                 "e1000g0", "/zones/x", "true", "lofs", "zone.cpu-shares")  # fmt: skip
LDM_WORDS = tuple(s.name for s in SUBCOMMANDS) + TOOL_WORDS


def _corpus() -> list[str]:
    """Input lines of the transcripts: what people really type."""
    lines: list[str] = []
    for path in sorted(TRANSCRIPTS.glob("*.t")):
        section = None
        for line in path.read_text().splitlines():
            if line.startswith("--- "):
                section = line[4:].strip()
            elif line.startswith("=== "):
                section = None
            elif section == "input" and line.strip():
                lines.append(line)
    return lines or ["zoneadm list -cv"]


CORPUS = _corpus()


def noise(rnd: random.Random, size: int) -> str:
    """Characters of every kind: printable, control, NUL, any Unicode."""
    palette = rnd.choice((CONTROL + "abc ;'\"", UNICODE + "a ", "".join(map(chr, range(32, 127)))))
    return "".join(rnd.choice(palette) for _ in range(size))


def words(rnd: random.Random, vocabulary: tuple[str, ...], count: int) -> str:
    return " ".join(rnd.choice(vocabulary) for _ in range(count))


def mutate(rnd: random.Random, text: str) -> str:
    """A few edits: characters inserted, dropped or replaced, a slice repeated or cut."""
    chars = list(text)
    for _ in range(rnd.randint(1, 4)):
        op = rnd.randrange(5)
        i = rnd.randrange(len(chars) + 1)
        if op == 0:
            chars.insert(i, rnd.choice(CONTROL + UNICODE + "'\"\\$;&|<>(){}[]#=\n"))
        elif op == 1 and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == 2 and chars:
            chars[min(i, len(chars) - 1)] = rnd.choice(SHELL_WORDS)
        elif op == 3:
            j = rnd.randrange(i, len(chars) + 1)
            chars[i:i] = chars[i:j] * rnd.randint(2, 5)
        else:
            chars = chars[:i]
    return "".join(chars)


def nested(rnd: random.Random, depth: int) -> str:
    left, right = rnd.choice((("(", ")"), ("[", "]"), ("{", "}"), ("${", "}"), ('"', "'")))
    return left * depth + rnd.choice(("x", "", "$?")) + right * rnd.randint(0, depth)


CONSTRUCTS = (
    "for X in {a}; do {b}; done",
    "while {a}; do {b}; break; done",
    "until {a}; do {b}; break; done",
    "if {a}; then {b}; elif {a}; then {b}; else {b}; fi",
    "case {a} in {a}) {b};; *) {b};; esac",
    "{{ {a}; {b}; }}",
    "( {a}; {b} )",
    "f() {{ {a}; return 1; }}; f {b}",
    "{a} | {b}",
    "X=$({a}); {b} $X",
    "X=`{a}`; {b}",
    "{a} 2>&1 | {b}",
    "{a} && {b} || {b}",
    "echo {a} | while read X; do {b} $X; done",
)


def construct(rnd: random.Random, depth: int) -> str:
    """Constructs of the language inside one another, with tools and noise in them."""

    def part() -> str:
        if depth > 1 and rnd.random() < 0.5:
            return construct(rnd, depth - 1)
        return words(rnd, TOOL_WORDS, rnd.randint(1, 4))

    text = rnd.choice(CONSTRUCTS).format(a=part(), b=part())
    # mutated, a loop could lose its break and run on (up to MAX_PASSES)
    if "break" in text or rnd.random() < 0.7:
        return text
    return mutate(rnd, text)


def shell_text(rnd: random.Random) -> str:
    """One line (or a few) for the shell."""
    kind = rnd.randrange(10)
    if kind == 0:
        return noise(rnd, rnd.randint(0, 80))
    if kind == 1:
        return words(rnd, SHELL_WORDS + TOOL_WORDS, rnd.randint(1, 12))
    if kind == 2:
        return rnd.choice(TOOL_WORDS[:30]) + " " + words(rnd, TOOL_WORDS, rnd.randint(0, 8))
    if kind == 3:  # a long line or a long token
        unit = rnd.choice(("x", "a ", "'", "\\", "$X", "; ", "&& ", ">", rnd.choice(TOOL_WORDS)))
        return rnd.choice(TOOL_WORDS[:30]) + " " + unit * rnd.randint(1000, 20000)
    if kind == 4:
        return nested(rnd, rnd.randint(10, 3000))
    if kind == 5:  # an unterminated quote or here-document
        return rnd.choice(("echo 'abc", 'echo "abc', "cat <<EOF", "cat <<'X'\nx", "echo \\"))
    if kind == 6:  # a construct of the language around tools
        return construct(rnd, rnd.randint(1, 4))
    return mutate(rnd, rnd.choice(CORPUS))


def file_bytes(rnd: random.Random, text: str) -> bytes:
    """`text` as a file's bytes, sometimes with invalid UTF-8 or NUL bytes in it."""
    raw = text.encode("utf-8", "surrogatepass")
    if rnd.random() < 0.2:
        i = rnd.randrange(len(raw) + 1)
        raw = (
            raw[:i]
            + rnd.choice((b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xfe\xff"))
            + raw[i:]
        )
    return raw


# -- the campaign ----------------------------------------------------------------------------
@dataclass
class Stats:
    """What a campaign did: cases per target, their outcomes, the failures found (the
    first few of each kind: a kind is the target and the reason's first words)."""

    cases: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)  # (target, outcome)
    failures: list[str] = field(default_factory=list)
    shown: list[tuple[str, str]] = field(default_factory=list)  # the kind of each failure
    kinds: Counter = field(default_factory=Counter)  # (target, reason's first words)
    seconds: Counter = field(default_factory=Counter)  # target -> time spent in its cases
    slowest: tuple[float, str, str] = (0.0, "", "")

    def record(self, target: str, outcome: str) -> None:
        self.cases[target] += 1
        self.outcomes[(target, outcome)] += 1

    def fail(self, target: str, case: str, why: str, kind: str | None = None) -> None:
        self.cases[target] += 1
        self.outcomes[(target, "FAILURE")] += 1
        kind = (target, kind) if kind else _kind(target, why)
        self.kinds[kind] += 1
        if self.kinds[kind] <= EXAMPLES_PER_KIND and len(self.failures) < 50:
            self.failures.append(f"{target}: {why[:300]}: {case[:300]!r}")
            self.shown.append(kind)

    @property
    def failed(self) -> int:
        return sum(n for (_, outcome), n in self.outcomes.items() if outcome == "FAILURE")

    def merge(self, other: Stats) -> None:
        """Add another campaign's figures, and its examples of kinds not shown enough."""
        for failure, kind in zip(other.failures, other.shown, strict=True):
            if self.shown.count(kind) < EXAMPLES_PER_KIND and len(self.failures) < 50:
                self.failures.append(failure)
                self.shown.append(kind)
        for mine, theirs in ((self.cases, other.cases), (self.outcomes, other.outcomes),
                             (self.kinds, other.kinds), (self.seconds, other.seconds)):  # fmt: skip
            mine.update(theirs)
        self.slowest = max(self.slowest, other.slowest)


KIND_WORDS = 4
EXAMPLES_PER_KIND = 2


def _kind(target: str, why: str) -> tuple[str, str]:
    return target, " ".join(why.split()[:KIND_WORDS])


class LoggedErrors(logging.Handler):
    """Counts what the `zonetui` logger records (every internal error logs its traceback),
    so that one hidden by a redirection or a later command is counted all the same."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.last = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.last = record.getMessage()[:200]
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            self.last += f": {type(error).__name__}: {str(error)[:200]}"


class Fuzzer:
    """Runs cases against one world at a time (replaced every LINES_PER_WORLD lines)."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.stats = Stats()
        self.logged = LoggedErrors()
        log = logging.getLogger("zonetui")
        log.handlers = [h for h in log.handlers if not isinstance(h, LoggedErrors)]
        log.addHandler(self.logged)
        log.propagate = False
        world = load_config(START_CONFIG)
        console = Console(world, Context("t5220-a"), terminal=False)
        for line in START_SETUP:
            console.feed(line)
            assert console.session.last_status == 0, line
        self.start = dump_json(world).decode()
        self.state = self.start.encode()
        self.config_text = (CONFIGS / "zones_demo.toml").read_text()
        self.lines = LINES_PER_WORLD
        self._fresh()
        self._host: HostCampaign | None = None
        self.alone = False  # the only target of its campaign: a case may wait for a child

    @property
    def host(self) -> HostCampaign:
        """The host-side campaigns' temporary directory, made when first needed."""
        if self._host is None:
            fs = self._fs()
            bases = {
                "config": fuzz_host.CONFIG.read_text(),
                "lab": fuzz_host.LAB.read_text(),
                "script": "\n".join(self.rnd.sample(CORPUS, min(40, len(CORPUS)))),
                "zonecfg": fs.get("/var/tmp/web1.cfg").data,
                "ldm": fs.get("/var/tmp/ldg1.xml").data,
            }
            self._host = HostCampaign(self.rnd, self.stats, self.logged, bases)
        return self._host

    def close(self) -> None:
        """Wait for the host campaigns' children and remove their temporary directory."""
        if self._host is not None:
            self._host.close()
            self._host = None

    def _fresh(self) -> None:
        self.world = load_json(World, self.start)
        self.console = Console(self.world, Context("t5220-a"), terminal=False)
        self.lines = 0

    # -- one line through the shell, the way every target reaches a tool --------------------
    def feed(self, target: str, line: str) -> None:
        if self.lines >= LINES_PER_WORLD or self.console.finished:
            self._fresh()
        self.lines += 1
        clock = self.world.clock
        logged = self.logged.count
        try:
            events = self.console.feed(line)
        except Exception as error:  # noqa: BLE001 - an escape is what we look for
            self.stats.fail(target, line, f"{type(error).__name__}: {error}")
            self._fresh()
            return
        status = self.console.session.last_status
        text = "".join(t for _, t in events)
        if status == INTERNAL_ERROR_STATUS or "internal error" in text:
            self.stats.fail(target, line, text.strip().splitlines()[0] if text.strip() else "70")
            self._fresh()
            return
        if self.logged.count != logged:
            self.stats.fail(target, line, "logged: " + self.logged.last)
            self._fresh()
            return
        problems = check_world(self.world, clock_mark=clock, zone_files=False)
        if problems:
            self.stats.fail(target, line, "invariant: " + problems[0])
            self._fresh()
            return
        if self.lines % SAVE_EVERY == 0 and self.console.idle:  # what it typed saves and loads
            try:
                saved = parse_state(state_bytes(self.world), "fuzz.json")
            except Exception as error:  # noqa: BLE001
                self.stats.fail(target, line, f"save and load: {type(error).__name__}: {error}")
                self._fresh()
                return
            if saved != self.world:
                self.stats.fail(target, line, "the saved state loads as another world")
        self.stats.record(target, f"status {status}")

    # -- targets -------------------------------------------------------------------------------
    def shell(self) -> None:
        self.feed("shell", shell_text(self.rnd))

    def lexer(self) -> None:
        text = shell_text(self.rnd)
        try:
            parsed = parse(text)
            for command in simple_commands(parsed.commands):
                for word in command.words:
                    expand_word(word, {"X": "a b"}, 0)
            outcome = "parsed"
        except NeedMore:
            outcome = "needs more"
        except ShellSyntaxError:
            outcome = "syntax error"
        except ExpansionError:  # ${X:?message}: the shell's own one-line answer
            outcome = "expansion error"
        except Exception as error:  # noqa: BLE001
            self.stats.fail("lexer", text, f"{type(error).__name__}: {error}")
            return
        self.stats.record("lexer", outcome)

    def zonecfg(self) -> None:
        rnd = self.rnd
        body = [
            rnd.choice(
                (
                    words(rnd, ZONECFG_WORDS, rnd.randint(1, 10)),
                    noise(rnd, rnd.randint(1, 40)),
                    mutate(rnd, "add net; set physical=e1000g0; set address=10.0.0.1; end"),
                    "set " + rnd.choice(PROPERTY_WORDS) + "=" + noise(rnd, rnd.randint(0, 20)),
                    nested(rnd, rnd.randint(5, 500)),
                )
            )
            for _ in range(rnd.randint(1, 6))
        ]
        zone = rnd.choice(("web1", "db1", "fz", "global"))
        if rnd.random() < 0.5:  # one-shot: the words as zonecfg's arguments
            self.feed("zonecfg", f"zonecfg -z {zone} " + shlex.quote("; ".join(body)))
        else:  # the interactive grammar, line by line, without a terminal
            self.feed("zonecfg", f"zonecfg -z {zone}")
            for line in body:
                self.feed("zonecfg", line)
            self.feed("zonecfg", "exit")
        text = "\n".join(body) + "\n"
        try:  # and the lexer and grammar directly
            tokens = Lexer().tokens(text)
            index = 0
            while index < len(tokens):
                parsed = grammar.parse(tokens, index)
                if parsed.kind in ("more", "eof") or parsed.end <= index:
                    break
                index = parsed.end
        except Exception as error:  # noqa: BLE001
            self.stats.fail("zonecfg", text, f"grammar {type(error).__name__}: {error}")

    def ldm(self) -> None:
        rnd = self.rnd
        argv = ["ldm", *(rnd.choice(LDM_WORDS) for _ in range(rnd.randint(0, 8)))]
        if rnd.random() < 0.3:
            argv.insert(rnd.randrange(1, len(argv) + 1), noise(rnd, rnd.randint(1, 30)))
        if rnd.random() < 0.1:
            argv.append("x" * rnd.randint(1000, 100000))
        self.feed("ldm", shlex.join(argv))

    def toml(self) -> None:
        rnd = self.rnd
        kind = rnd.randrange(5)
        if kind == 0:
            text = noise(rnd, rnd.randint(0, 200))
        elif kind == 1:
            text = mutate(rnd, self.config_text)
        elif kind == 2:
            text = "a = " + "[" * rnd.randint(10, 5000) + "]" * rnd.randint(0, 10)
        elif kind == 3:  # a valid file whose setup is noise
            lines = "\n".join(shell_text(rnd) for _ in range(rnd.randint(1, 5))).replace('"""', "")
            text = f'[[hosts]]\nname = "h"\nplatform = "T5220"\nsetup = """\n{lines}\n"""\n'
        else:
            text = 'x = "' + "y" * rnd.randint(1000, 200000)
        raw = file_bytes(rnd, text)
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.stats.record("toml", "invalid UTF-8")  # load_config refuses it (tested)
            return
        try:
            config, locator = parse_config(decoded, "fuzz.toml")
            world = build_world(config, locator, "fuzz.toml")
            # (a setup may edit /etc/zones by hand, as a person may: a load accepts it)
            problems = check_world(world, zone_files=False)
            if problems:
                self.stats.fail("toml", text, "invariant: " + problems[0])
                return
            outcome = "loaded"
        except ConfigError as error:
            outcome = "ConfigError"
            if "\n" in str(error).strip():
                self.stats.fail("toml", text, f"a message of several lines: {error}")
                return
        except Exception as error:  # noqa: BLE001
            self.stats.fail("toml", text, f"{type(error).__name__}: {error}")
            return
        self.stats.record("toml", outcome)

    def state(self) -> None:
        rnd = self.rnd
        kind = rnd.randrange(4)
        if kind == 0:
            raw = file_bytes(rnd, noise(rnd, rnd.randint(0, 200)))
        elif kind == 1:
            raw = file_bytes(rnd, mutate(rnd, self.start))
        elif kind == 2:
            raw = b"[" * rnd.randint(100, 100000)
        else:  # valid JSON, one value replaced
            data = json.loads(self.start)
            host = data["hosts"][0]
            domain = rnd.choice(host["domains"])
            key = rnd.choice(sorted(domain))
            domain[key] = rnd.choice((None, -1, "x", [], {}, 10**30, [10**6], True, 1.5))
            raw = json.dumps(data).encode()
        try:
            world = parse_state(raw, "fuzz.json")
        except StateError as error:
            self.stats.record("state", "StateError")
            if "\n" in str(error):
                self.stats.fail("state", raw[:200].decode("latin-1"), "message of several lines")
            return
        except Exception as error:  # noqa: BLE001
            self.stats.fail(
                "state", raw[:300].decode("latin-1"), f"{type(error).__name__}: {error}"
            )
            return
        if check_world(world):
            self.stats.record("state", "loads, inconsistent (check-state says why)")
            return
        self.world = world  # a sound world: the tools must work on it
        self.console = Console(world, Context(world.hosts[0].name), terminal=False)
        self.lines = LINES_PER_WORLD - 3
        self.feed("state", "zoneadm list -cv; ldm list -l")

    def _xml_text(self, valid: str) -> str:
        rnd = self.rnd
        kind = rnd.randrange(6)
        if kind == 0:
            return noise(rnd, rnd.randint(0, 300))
        if kind == 1:
            depth = rnd.randint(100, 20000)
            return "<a>" * depth + "</a>" * rnd.randint(0, depth)
        if kind == 2:  # the billion laughs, or an external entity
            return rnd.choice(
                (
                    '<?xml version="1.0"?><!DOCTYPE z [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><zone name="&b;"/>',
                    '<!DOCTYPE z [<!ENTITY e SYSTEM "file:///etc/passwd">]><z>&e;</z>',
                    '<!DOCTYPE z [<!ENTITY % p SYSTEM "http://example.invalid/x">%p;]><z/>',
                )
            )
        return mutate(rnd, valid)

    def _fs(self):
        """The filesystem of t5220-a's control domain, in a world where it runs, with no
        tool still reading its input (a file put while one runs would be its change)."""
        host = self.world.host("t5220-a")
        solaris = host.primary.solaris if host else None
        if self.console.finished or not self.console.idle or solaris is None or not solaris.running:
            self._fresh()
            solaris = self.world.host("t5220-a").primary.solaris
        return solaris.fs

    def ldm_xml(self) -> None:
        fs = self._fs()
        valid = fs.get("/var/tmp/ldg1.xml")
        text = self._xml_text(valid.data if valid else "<LDM_interface/>")
        _put(fs, "/var/tmp/fuzz.xml", text)
        verb = self.rnd.choice(("add-domain", "add-domain", "bind-domain", "set-domain"))
        self.feed("ldm-xml", f"ldm {verb} -i /var/tmp/fuzz.xml")

    def zone_xml(self) -> None:
        fs = self._fs()
        web1 = fs.get("/etc/zones/web1.xml")
        text = self._xml_text(web1.data if web1 else "<zone/>")
        try:
            config_from_xml(text)
            outcome = "accepted"
        except InvalidDocument:
            outcome = "InvalidDocument"
        except Exception as error:  # noqa: BLE001
            self.stats.fail("zone-xml", text, f"{type(error).__name__}: {error}")
            return
        self.stats.record("zone-xml", outcome)
        try:
            parse_xml(text)
        except (ParseError, UnsafeXml):
            pass
        except Exception as error:  # noqa: BLE001
            self.stats.fail("zone-xml", text, f"parse_xml {type(error).__name__}: {error}")
        _put(fs, "/zones/det/root/.keep", "")
        _put(fs, "/zones/det/SUNWdetached.xml", text)
        self.feed("zone-xml", "zonecfg -z det 'create -a /zones/det'")

    def state_path(self) -> None:
        self.host.state_path()

    def hostile_file(self) -> None:
        self.host.hostile_file()

    def blocking_path(self) -> None:
        self.host.blocking_path(wait=self.alone)


def _put(fs, path: str, text: str) -> None:
    """Write `path` in a simulated filesystem whatever earlier lines did to it."""
    parts = path.strip("/").split("/")
    for i in range(1, len(parts)):
        parent = "/" + "/".join(parts[:i])
        if fs.get(parent) is not None and not fs.is_dir(parent):
            fs.remove_tree(parent)
        if fs.get(parent) is None:
            fs.mkdir(parent)
    if fs.is_dir(path):
        fs.remove_tree(path)
    fs.write(path, text)


TARGETS: dict[str, Callable[[Fuzzer], None]] = {
    "shell": Fuzzer.shell,
    "lexer": Fuzzer.lexer,
    "zonecfg": Fuzzer.zonecfg,
    "ldm": Fuzzer.ldm,
    "toml": Fuzzer.toml,
    "state": Fuzzer.state,
    "ldm-xml": Fuzzer.ldm_xml,
    "zone-xml": Fuzzer.zone_xml,
    "state-path": Fuzzer.state_path,
    "hostile-file": Fuzzer.hostile_file,
    "blocking-path": Fuzzer.blocking_path,
}
HOST_TARGETS = ("state-path", "hostile-file", "blocking-path")
WEIGHTS = {"shell": 8, "lexer": 4, "zonecfg": 3, "ldm": 4, "toml": 1, "state": 1,
           "ldm-xml": 2, "zone-xml": 2, "state-path": 0.25, "hostile-file": 0.25,
           "blocking-path": 0.25}  # fmt: skip


def campaign(
    cases: int, seconds: float | None = None, seed: int = 1, targets: list[str] | None = None
) -> Stats:
    """Run up to `cases` cases (or until `seconds` have passed); the statistics."""
    fuzzer = Fuzzer(seed)
    names = targets or list(TARGETS)
    fuzzer.alone = len(names) == 1
    weights = [WEIGHTS[name] for name in names]
    started = time.monotonic()
    try:
        for n in range(cases):
            if seconds is not None and n % 100 == 0 and time.monotonic() - started > seconds:
                break
            name = fuzzer.rnd.choices(names, weights)[0]
            before = time.monotonic()
            try:
                TARGETS[name](fuzzer)
            except Exception as error:  # noqa: BLE001 - the harness's own mistake: say it
                fuzzer.stats.fail(name, f"case {n}", f"harness {type(error).__name__}: {error}")
                fuzzer._fresh()
            took = time.monotonic() - before
            fuzzer.stats.seconds[name] += took
            if took > fuzzer.stats.slowest[0]:
                fuzzer.stats.slowest = (took, name, f"case {n}")
    finally:
        fuzzer.close()
    return fuzzer.stats


def report(stats: Stats, elapsed: float) -> str:
    total = sum(stats.cases.values())
    lines = [f"{total} cases in {elapsed:.0f} s ({total / max(elapsed, 1e-9):.0f}/s), "
             f"{stats.failed} failures"]  # fmt: skip
    for target in sorted(stats.cases):
        outcomes = sorted(
            ((o, n) for (t, o), n in stats.outcomes.items() if t == target), key=lambda x: -x[1]
        )
        shown = ", ".join(f"{o}: {n}" for o, n in outcomes[:6])
        rate = stats.cases[target] / max(stats.seconds[target], 1e-9)
        lines.append(f"  {target:13} {stats.cases[target]:>8} {rate:>7.0f}/s  {shown}")
    took, name, where = stats.slowest
    lines.append(f"  slowest case: {took:.2f} s ({name}, {where})")
    lines += [f"  {n:>8} × {target}: {why}" for (target, why), n in stats.kinds.most_common()]
    lines += [f"  FAILURE {failure}" for failure in stats.failures]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="cases to run")
    parser.add_argument("--seconds", type=float, default=None, help="stop after this long")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--progress", type=float, default=0, help="report every N seconds")
    args = parser.parse_args(argv)
    targets = [t for t in args.targets.split(",") if t]
    started = time.monotonic()
    if args.progress:
        stats = Stats()
        chunk = 0
        while sum(stats.cases.values()) < args.lines:
            left = None if args.seconds is None else args.seconds - (time.monotonic() - started)
            if left is not None and left <= 0:
                break
            part = campaign(
                20_000, min(args.progress, left or args.progress), args.seed + chunk, targets
            )
            stats.merge(part)
            chunk += 1
            print(report(stats, time.monotonic() - started).splitlines()[0], flush=True)
    else:
        stats = campaign(args.lines, args.seconds, args.seed, targets)
    print(report(stats, time.monotonic() - started))
    return 1 if stats.failed else 0


if __name__ == "__main__":
    sys.exit(main())
