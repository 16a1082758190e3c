"""One run of zonecfg: its input loop and every subcommand (reference/zones.md §1-§6, §9).

The structure follows zonecfg.c closely, because the messages, their order and which
of them count as errors (`saw_error`, hence the exit status) depend on it: the handlers
below are its *_func()s, `initialize`, `cleanup` and `read_input` its functions of the
same names. The configuration being edited is a Handle; resources being added or
selected live in `in_progress` until `end`.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from types import GeneratorType
from typing import TYPE_CHECKING, Any

from zonetui.model import ZoneConfig
from zonetui.model.fs import FsError
from zonetui.model.world import copied
from zonetui.model.zones import (
    Attr,
    CappedMemory,
    Dataset,
    DedicatedCpu,
    Device,
    Fs,
    InheritPkgDir,
    Net,
    Rctl,
    RctlValue,
    state_at_least,
)
from zonetui.sim.getopt import ILLEGAL, NEEDS_ARGUMENT
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.zones.templates import allows_exclusive_ip
from zonetui.sim.zones.zonecfg import messages as msg
from zonetui.sim.zones.zonecfg import ops, render
from zonetui.sim.zones.zonecfg.grammar import (
    Command,
    Complex,
    ListValue,
    Parsed,
    Simple,
    Value,
    parse,
)
from zonetui.sim.zones.zonecfg.lexer import Lexer, Token
from zonetui.sim.zones.zonecfg.store import Handle, ZoneStore
from zonetui.sim.zones.zonecfg.tables import (
    ALIAS,
    GLOBAL_PROPERTY,
    HELP_META,
    HELP_NETADDR,
    HELP_PROPS,
    HELP_RES_PROPS,
    HELP_RES_SCOPE,
    HELP_RESOURCES,
    HELP_SUBCMDS,
    HELP_SYNTAX,
    HELP_USAGE,
    INFO_GLOBAL_ORDER,
    INFO_RESOURCE_ORDER,
    RESOURCE_TYPE,
    SUBCOMMAND,
    SUBCOMMANDS,
    ResourceType,
)
from zonetui.sim.zones.zonecfg.units import (
    ONE_MB,
    bytes_to_units,
    cpu_cap,
    str_to_bytes,
    strtoll,
    strtoull,
    valid_uint,
)

if TYPE_CHECKING:
    from zonetui.model.record import Record

Steps = Generator[ReadLine, "str | None", Any]

Z_OK, Z_ERR, Z_USAGE, Z_REPEAT = 0, 1, 2, 3

# zonecfg_validate_zonename(): what a zone name may look like
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
ZONENAME_MAX = 64


def validate_zonename(name: str) -> str:
    """zonecfg_validate_zonename(): Z_OK or Z_BOGUS_ZONE_NAME (SUNW* names pass)."""
    if name == "global" or len(name) >= ZONENAME_MAX or not name:
        return "Z_BOGUS_ZONE_NAME"
    if not name[0].isascii() or not name[0].isalnum():
        return "Z_BOGUS_ZONE_NAME"
    return "Z_OK" if set(name[1:]) <= _NAME_CHARS else "Z_BOGUS_ZONE_NAME"


class ExitNow(Exception):
    """zonecfg calls exit() (no implicit commit)."""

    def __init__(self, status: int) -> None:
        self.status = status


@dataclass
class PsetTab:
    """struct zone_psettab: dedicated-cpu as zonecfg keeps it while editing (strings)."""

    ncpu_min: str = ""
    ncpu_max: str = ""
    importance: str = ""


def getopt(
    args: list[str], optstring: str, start: int = 0
) -> tuple[list[tuple[str, str | None, str]], int]:
    """Solaris getopt(3C) over a subcommand's words, from index 0 as zonecfg calls it:
    ([(option, argument, "")  or  ("?", optopt, libc's message or "")], optind). The
    program name in libc's messages is args[0], as libc takes it."""
    found: list[tuple[str, str | None, str]] = []
    prog = args[0] if args else ""
    i = start
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return found, i + 1
        if not arg.startswith("-") or arg == "-":
            break
        j = 1
        while j < len(arg):
            opt = arg[j]
            pos = optstring.find(opt) if opt != ":" else -1
            if pos < 0:
                found.append(("?", opt, ILLEGAL.format(prog=prog, opt=opt)))
                j += 1
                continue
            if opt == "?":  # -? is in the optstring: getopt returns '?' with optopt '?'
                found.append(("?", "?", ""))
                j += 1
                continue
            if pos + 1 < len(optstring) and optstring[pos + 1] == ":":
                if j + 1 < len(arg):
                    found.append((opt, arg[j + 1 :], ""))
                elif i + 1 < len(args):
                    i += 1
                    found.append((opt, args[i], ""))
                else:
                    found.append(("?", opt, NEEDS_ARGUMENT.format(prog=prog, opt=opt)))
                break
            found.append((opt, None, ""))
            j += 1
        i += 1
    return found, i


class Session:
    """The state of one zonecfg process."""

    def __init__(self, inv: Invocation, store: ZoneStore, prog: str) -> None:
        self.inv = inv
        self.store = store
        self.prog = prog
        self.zone = ""
        self.revert_zone = ""
        self.global_zone = False
        self.read_only = False
        self.handle: Handle | None = None
        self.got_handle = False
        self.need_to_commit = False
        self.saw_error = False
        self.time_to_exit = False
        self.force_exit = False
        self.interactive_mode = False
        self.cmd_file_mode = False
        self.cmd_file_name = ""
        self.ok_to_prompt = False
        self.global_scope = True
        self.resource_scope: str | None = None
        self.end_op: str | None = None
        self.opterr = True  # set_func turns libc's getopt messages off for good
        self.lexer = Lexer()
        self.lex_lineno = 1
        self.last_lineno = 0
        self.in_progress: dict[str, Any] = {}
        self.old: dict[str, Any] = {}

    def changing(self, unchanged: list[Record] | None = None) -> None:
        """Before the first change to the world: the savepoint of what this run may change
        (zonecfg saves itself: a run that changes nothing copies nothing), sharing the
        models in `unchanged`, which the change replaces or drops but never changes."""
        if self.inv.scope != "nothing":
            self.inv.savepoint(unchanged or ())

    # -- output ============================================================================
    def out(self, text: str) -> None:
        self.inv.out.write(text)

    def err(self, text: str) -> None:
        self.inv.err.write(text)

    def zerr(self, text: str) -> None:
        """zerr(): stderr, after "On line N of FILE:" once per line in command files."""
        if self.cmd_file_mode and self.lex_lineno > self.last_lineno:
            if self.cmd_file_name == "-":
                self.err(msg.ON_LINE % (self.lex_lineno - 1) + "\n")
            else:
                self.err(msg.ON_LINE_OF % (self.lex_lineno - 1, self.cmd_file_name) + "\n")
            self.last_lineno = self.lex_lineno
        self.err(text + "\n")

    def perror(self, prefix: str, code: str, set_saw: bool = True) -> None:
        """zone_perror(): "prefix: <strerror>"."""
        self.zerr("%s: %s" % (prefix, msg.strerror(code)))
        if set_saw:
            self.saw_error = True

    def cmd_rt_perror(self, command: str, rt: str, code: str, set_saw: bool = True) -> None:
        """z_cmd_rt_perror(): "remove net: <strerror>"."""
        self.zerr("%s %s: %s" % (command, rt, msg.strerror(code)))
        if set_saw:
            self.saw_error = True

    def usage(self, verbose: bool, flags: int) -> None:
        text = render.usage_text(verbose, flags, self.prog, self.resource_scope)
        (self.out if verbose else self.err)(text)

    def short_usage(self, command: str) -> None:
        """For bad syntax: getopt trouble, stray words."""
        if self.cmd_file_mode:
            if self.cmd_file_name == "-":
                self.err(msg.SYNTAX_ERROR_LINE % (self.lex_lineno - 1))
            else:
                self.err(msg.SYNTAX_ERROR_LINE_OF % (self.lex_lineno - 1, self.cmd_file_name))
        self.err(msg.USAGE_HEAD % (msg.USAGE_WORD, SUBCOMMAND[command].short))
        self.saw_error = True

    def long_usage(self, command: str, set_saw: bool) -> None:
        """For bad semantics, e.g. a property the resource does not have."""
        entry = SUBCOMMAND[command]
        write = self.err if set_saw else self.out
        write(msg.USAGE_HEAD % (msg.USAGE_WORD, entry.short))
        write(msg.LONG_HELP_LINE % entry.long)
        if set_saw:
            self.saw_error = True

    def longer_usage(self, command: str) -> None:
        """`help CMD` and `CMD -?`."""
        self.long_usage(command, False)
        flags = SUBCOMMAND[command].help_flags
        if flags:
            self.out("\n")
            self.usage(True, flags)

    def scope_usage(self, command: str) -> None:
        where = msg.SCOPE_RESOURCE if self.global_scope else msg.SCOPE_GLOBAL
        self.zerr(msg.SCOPE % (command, where))
        self.saw_error = True

    def ask_yesno(self, default_yes: bool, question: str) -> Steps:
        """1 (yes), 0 (no) or -1 (cannot ask: not a terminal, or end of input)."""
        if not self.ok_to_prompt:
            self.saw_error = True
            return -1
        text = msg.QUESTION % (question, msg.DEFAULT_YES if default_yes else msg.DEFAULT_NO)
        while True:
            line = yield from self.inv.stdin.readline(text, question=True)
            if line is None:
                return -1
            if line == "":
                return 1 if default_yes else 0
            if line[0].lower() == "y":
                return 1
            if line[0].lower() == "n":
                return 0

    def options(
        self, cmd: Command, optstring: str
    ) -> tuple[list[tuple[str, str | None]], int, bool]:
        """getopt over the command's words: (the options in order, optind, any trouble).
        Every '?' getopt returns gets the usage that subcommand gives, as its loop does."""
        found, optind = getopt(cmd.argv, optstring)
        seen: list[tuple[str, str | None]] = []
        bad = False
        for opt, value, error in found:
            if opt == "?":
                if error and self.opterr:
                    self.err(error + "\n")
                self._bad_option(cmd.name, value or "")
                bad = True
            else:
                seen.append((opt, value))
        return seen, optind, bad

    def _bad_option(self, command: str, optopt: str) -> None:
        # create, export and set tell `-?` (help) from other trouble; the others always
        # answer with the long usage
        if command in ("create", "export", "set") and optopt != "?":
            self.short_usage(command)
        else:
            self.longer_usage(command)

    # -- the configuration =================================================================
    @property
    def config(self) -> ZoneConfig:
        assert self.handle is not None
        return self.handle.config

    def initialize(self, handle_expected: bool) -> str:
        """Load the zone's configuration on first use."""
        if self.handle is not None:
            return "Z_OK"
        # a run that only reads (info, export: its scope says) reads the configuration
        # itself, not a copy
        err, config = self.store.load(self.zone, reading=self.inv.scope == "nothing")
        if err == "Z_OK" and config is not None:
            self.got_handle = True
            brand = config.brand_name
            if brand != "native" and not self.store.brand_installed(brand):
                self.zerr(msg.NONEXISTENT_BRAND % (self.zone, brand))
                raise ExitNow(Z_ERR)
            self.handle = Handle(config)
            return "Z_OK"
        if self.global_zone and err == "Z_NO_ZONE" and not self.got_handle and not self.read_only:
            # the global zone's configuration is made from SUNWblank the first time
            err, config = self.store.template("SUNWblank")
            if err != "Z_OK" or config is None:
                self.perror("SUNWblank", err)
                return err
            config.name = self.zone
            self.need_to_commit = True
            self.handle = Handle(config, newzone=True)
            self.got_handle = True
            return "Z_OK"
        self.perror(self.zone, err, handle_expected or self.got_handle)
        if (
            err == "Z_NO_ZONE"
            and not self.got_handle
            and self.interactive_mode
            and not self.read_only
        ):
            self.out(msg.USE_CREATE % "create")
        return err

    def state_atleast(self, state: str) -> bool:
        current = self.store.state(self.zone)
        return current is not None and state_at_least(current, state)

    def zone_is_read_only(self, command: str) -> bool:
        if self.zone.startswith("SUNW"):
            self.zerr(msg.SUNW_READ_ONLY % self.zone)
            self.saw_error = True
            return True
        if self.read_only:
            self.zerr(msg.READ_ONLY % (self.zone, command))
            self.saw_error = True
            return True
        return False

    def zonepath(self) -> str:
        """zonecfg_get_zonepath(): the zonepath as the user sees it (with any -R root)."""
        return self.store.root + self.config.zonepath

    def new_in_progress(self, rt: str) -> Any:
        factories = {
            "fs": Fs,
            "inherit-pkg-dir": InheritPkgDir,
            "net": Net,
            "device": Device,
            "rctl": Rctl,
            "attr": Attr,
            "dataset": Dataset,
            "dedicated-cpu": PsetTab,
            "capped-memory": CappedMemory,
        }
        return factories[rt]() if rt in factories else None

    def progress(self, rt: str) -> Any:
        if rt not in self.in_progress:
            self.in_progress[rt] = self.new_in_progress(rt)
        return self.in_progress[rt]

    # -- gz restrictions (§9) ==============================================================
    def gz_invalid_resource(self, rt: str | None) -> bool:
        return self.global_zone and rt in RESOURCE_TYPE and not RESOURCE_TYPE[rt].in_global_zone

    def gz_invalid_property(self, name: str | None) -> bool:
        return (
            self.global_zone
            and name in GLOBAL_PROPERTY
            and not GLOBAL_PROPERTY[name].in_global_zone
        )

    # == the subcommands ===================================================================
    # -- create -----------------------------------------------------------------------------
    def create_func(self, cmd: Command) -> Steps:
        template, attach, force = "SUNWdefault", None, False
        seen, optind, bad = self.options(cmd, "?a:bFt:")
        if bad:
            return
        for opt, value in seen:
            if opt == "a":
                attach = value
            elif opt == "b":
                template = "SUNWblank"
            elif opt == "F":
                force = True
            elif opt == "t":
                template = value or ""
        if optind != len(cmd.argv):
            self.short_usage("create")
            return
        if self.zone_is_read_only("create"):
            return
        ok = yield from self.check_if_zone_already_exists(force)
        if not ok:
            return
        if attach is not None:
            err, config = self.store.detached(self.inv.path(attach))
        else:
            err, config = self.store.template(template)
        if err != "Z_OK" or config is None:
            if attach is not None and err == "Z_NO_ZONE":
                self.err(msg.BAD_DETACHED_PATH)
            elif attach is not None and err == "Z_INVALID_DOCUMENT":
                self.err(msg.EARLIER_RELEASE)
            else:
                self.perror(template, err)
            return
        config.name = self.zone
        if attach is not None:
            config.zonepath = attach
        self.need_to_commit = True
        self.handle = Handle(config, newzone=True)
        self.got_handle = True

    def check_if_zone_already_exists(self, force: bool) -> Steps:
        err, _ = self.store.load(self.zone, reading=True)
        if err != "Z_OK":
            return True
        if self.state_atleast("installed"):
            self.zerr(msg.ALREADY_INSTALLED % (self.zone, "create"))
            return False
        if force:
            self.out(msg.OVERWRITING % self.zone)
            return True
        answer = yield from self.ask_yesno(False, msg.Q_CREATE_ANYWAY % (self.zone, "create"))
        if answer == -1:
            self.zerr(msg.CREATE_IGNORED % "create")
            raise ExitNow(Z_ERR)
        return answer == 1

    # -- export ============================================================================
    def export_func(self, cmd: Command) -> None:
        seen, optind, bad = self.options(cmd, "?f:")
        if bad:
            return
        if optind != len(cmd.argv):
            self.short_usage("export")
            return
        outfile = next((value or "" for opt, value in reversed(seen) if opt == "f"), "")
        path = ""
        if outfile:
            path = self.inv.path(outfile)
            self.changing()
            try:
                self.inv.solaris.fs.write(path, "", now=self.inv.world.clock)
            except FsError as error:
                self.zerr(msg.OPENING_FILE % (outfile, error.reason))
                return
        if self.initialize(True) != "Z_OK":
            return
        zonepath = self.zonepath() if self.config.zonepath or self.store.root else ""
        text = render.export_text(self.config, zonepath, self.store.committed_brand(self.zone))
        if path:
            self.inv.solaris.fs.write(path, text, now=self.inv.world.clock)
        else:
            self.out(text)

    # -- exit ==============================================================================
    def exit_func(self, cmd: Command) -> Steps:
        seen, optind, bad = self.options(cmd, "?F")
        if ("F", None) in seen:
            self.force_exit = True
        if bad:
            return
        if optind < len(cmd.argv):
            self.short_usage("exit")
            return
        if self.global_scope or self.force_exit:
            self.time_to_exit = True
            return
        answer = yield from self.ask_yesno(False, msg.Q_RESOURCE_QUIT)
        if answer == -1:
            self.zerr(msg.EXIT_IGNORED % "exit")
            raise ExitNow(Z_ERR)
        if answer == 1:
            self.time_to_exit = True

    # -- add ===============================================================================
    def add_func(self, cmd: Command) -> None:
        seen, optind, bad = self.options(cmd, "?")
        if bad:
            return
        if optind != len(cmd.argv):
            self.short_usage("add")
            return
        if self.zone_is_read_only("add"):
            return
        if self.initialize(True) != "Z_OK":
            return
        if not self.global_scope:
            self.add_property(cmd)
            return
        if self.gz_invalid_resource(cmd.res_type):
            self.zerr(msg.GZ_CANNOT_ADD % cmd.res_type)
            self.saw_error = True
            return
        self.global_scope = False
        self.resource_scope = cmd.res_type
        self.end_op = "add"
        self.add_resource(cmd)

    def add_resource(self, cmd: Command) -> None:
        rt = cmd.res_type
        if rt is None:
            self.long_usage("add", True)
            self._back_to_global()
            return
        if rt in ADD_CHECKS and not ADD_CHECKS[rt](self):
            self._back_to_global()
            return
        if rt != "capped-cpu":
            self.in_progress[rt] = self.new_in_progress(rt)

    def _back_to_global(self) -> None:
        self.global_scope = True
        self.end_op = None

    def _add_ipd(self) -> bool:
        if self.state_atleast("installed"):
            self.zerr(msg.ALREADY_INSTALLED_RT % (self.zone, "add", "inherit-pkg-dir"))
            return False
        return True

    def _add_rctl(self) -> bool:
        if self.global_zone:
            self.zerr(msg.GZ_RCTL_WARNING)
        return True

    def _add_dcpu(self) -> bool:
        if self.config.dedicated_cpu is not None:
            self.zerr(msg.RESOURCE_EXISTS % "dedicated-cpu")
            return False
        if ops.get_alias(self.config, ALIAS["cpu-cap"])[0] != "Z_NO_ENTRY":
            self.zerr(msg.RESOURCE_EXISTS % "capped-cpu")
            return False
        if self.config.pool:
            self.zerr(msg.POOL_SET_DCPU % ("pool", "dedicated-cpu"))
            return False
        return True

    def _add_pcap(self) -> bool:
        if self.config.dedicated_cpu is not None:
            self.zerr(msg.RESOURCE_EXISTS % "dedicated-cpu")
            return False
        code = ops.get_alias(self.config, ALIAS["cpu-cap"])[0]
        if code == "Z_ALIAS_DISALLOW":
            self.perror("capped-cpu", code, False)
            return False
        if code == "Z_OK":
            self.zerr(msg.RESOURCE_EXISTS % "capped-cpu")
            return False
        return True

    def _add_mcap(self) -> bool:
        if (
            self.config.capped_memory is not None
            or ops.get_alias(self.config, ALIAS["swap"])[0] == "Z_OK"
            or ops.get_alias(self.config, ALIAS["locked"])[0] == "Z_OK"
        ):
            self.zerr(msg.MCAP_EXISTS % "capped-memory")
            return False
        if self.global_zone:
            self.zerr(msg.GZ_MCAP_WARNING)
        return True

    def add_property(self, cmd: Command) -> None:
        """`add options ro` / `add value (...)` inside a resource."""
        rt = self.resource_scope
        if rt is None or not cmd.props:
            self.long_usage("add", True)
            return
        if cmd.nv_pairs != 1:
            self.long_usage("add", True)
            return
        name, value = cmd.props[0]
        if rt == "fs":
            if name != "options":
                self._no_property_type(name, "add", HELP_PROPS)
                return
            self._add_options(value)
        elif rt == "rctl":
            if name != "value":
                self._no_property_type(name, "add", HELP_PROPS)
                return
            if isinstance(value, Simple):
                self.zerr(msg.SIMPLE_OR_LIST % ("complex", "list"))
                self.saw_error = True
                return
            parts = [value] if isinstance(value, Complex) else list(value.items)
            for part in parts:
                self.do_complex_rctl_val(part if isinstance(part, Complex) else Complex(()))
        else:
            self.perror(rt, "Z_NO_RESOURCE_TYPE")
            self.long_usage("add", True)
            self.usage(False, HELP_RESOURCES)

    def _add_options(self, value: Value) -> None:
        fs: Fs = self.progress("fs")
        if isinstance(value, Complex):
            self.zerr(msg.SIMPLE_OR_LIST % ("simple", "list"))
            self.saw_error = True
            return
        if isinstance(value, Simple):
            fs.options.append(value.text)
            return
        for item in value.items:
            if not isinstance(item, Simple):
                break
            fs.options.append(item.text)

    def _no_property_type(self, name: str, command: str, flags: int) -> None:
        self.perror(name, "Z_NO_PROPERTY_TYPE")
        self.long_usage(command, True)
        self.usage(False, flags)

    def do_complex_rctl_val(self, value: Complex) -> None:
        parts: dict[str, str] = {}
        for name, text in value.parts:
            if name not in ("priv", "limit", "action"):
                self.perror("value", "Z_NO_PROPERTY_TYPE")
                self.long_usage("add", True)
                self.usage(False, HELP_PROPS)
                return
            if name in parts:
                self.zerr(msg.ALREADY_SPECIFIED % name)
                return
            parts[name] = text
        missing = [n for n in ("priv", "limit", "action") if n not in parts]
        for name in missing:
            self.zerr(msg.NOT_SPECIFIED % name)
        if missing:
            return
        rctl_value = RctlValue(**parts)
        if ops.rctl_value_error(rctl_value):
            self.zerr(msg.INVALID_RCTL_VALUE % ("rctl", "value"))
            return
        self.progress("rctl").values.append(rctl_value)

    # -- delete ============================================================================
    def delete_func(self, cmd: Command) -> Steps:
        seen, optind, bad = self.options(cmd, "?F")
        if bad:
            return
        force = ("F", None) in seen
        if optind != len(cmd.argv):
            self.short_usage("delete")
            return
        if self.zone_is_read_only("delete"):
            return
        if not force:
            if self.initialize(True) != "Z_OK":
                return
            answer = yield from self.ask_yesno(False, msg.Q_DELETE % self.zone)
            if answer == -1:
                self.zerr(msg.NOT_TERMINAL_IGNORED % "delete")
                raise ExitNow(Z_ERR)
            if answer != 1:
                return
        # destroying drops the zone from the model, it never changes the zone
        dropped = None if self.store.root else self.store.solaris.zones.get(self.zone)
        self.changing([dropped] if dropped is not None else None)
        err = self.store.destroy(self.zone, force)
        if err != "Z_OK":
            if err == "Z_BAD_ZONE_STATE" and not force:
                self.zerr(msg.DELETE_NOT_CONFIGURED % (self.zone, "configured", "delete", "delete"))
            else:
                self.perror(self.zone, err)
        self.need_to_commit = False
        if force and self.handle is None and self.interactive_mode:
            self.out(msg.USE_CREATE % "create")
        if self.got_handle:
            err, config = self.store.load(self.zone)
            if err != "Z_OK" or config is None:
                if err != "Z_NO_ZONE":
                    self.perror(self.zone, err)
                self.got_handle = False
                self.handle = None
            else:
                self.handle = Handle(config)

    # -- remove ============================================================================
    def remove_func(self, cmd: Command) -> Steps:
        if self.zone_is_read_only("remove"):
            return
        if not self.global_scope:
            self.remove_property(cmd)
            return
        if self.gz_invalid_resource(cmd.res_type):
            self.zerr(msg.GZ_INVALID_RESOURCE % cmd.res_type)
            self.saw_error = True
            return
        yield from self.remove_resource(cmd)

    def remove_resource(self, cmd: Command) -> Steps:
        rt = cmd.res_type
        if rt is None:
            self.long_usage("remove", True)
            return
        seen, optind, bad = self.options(cmd, "?F")
        if bad:
            return
        if self.initialize(True) != "Z_OK":
            return
        if rt == "dedicated-cpu":
            if self.config.dedicated_cpu is None:
                self.cmd_rt_perror("remove", rt, "Z_NO_ENTRY")
                return
            self.config.dedicated_cpu = None
            self.need_to_commit = True
            return
        if rt == "capped-cpu":
            if ops.get_alias(self.config, ALIAS["cpu-cap"])[0] != "Z_OK":
                self.zerr("%s %s: %s" % ("remove", rt, msg.strerror("Z_NO_RESOURCE_TYPE")))
                self.saw_error = True
                return
            ops.remove_alias(self.config, ALIAS["cpu-cap"])
            self.need_to_commit = True
            return
        if rt == "capped-memory":
            self._remove_mcap()
            return
        resource = RESOURCE_TYPE[rt]
        if rt == "inherit-pkg-dir" and self.state_atleast("installed"):
            self.zerr(msg.ALREADY_INSTALLED_RT % (self.zone, "remove", rt))
            return
        items = ops.resources(self.config, resource)
        if cmd.props:
            err, found = self.fill_in(cmd, resource, lookup=True)
            if err != "Z_OK":
                self.cmd_rt_perror("remove", rt, err)
                return
            ops.delete(resource, items, found)
            self.need_to_commit = True
            return
        force = ("F", None) in seen
        ok = yield from self.prompt_remove_resource(rt, len(items), force)
        if not ok:
            return
        items.clear()
        self.need_to_commit = True

    def _remove_mcap(self) -> None:
        config = self.config
        res1 = config.capped_memory is not None
        res2 = ops.get_alias(config, ALIAS["swap"])[0] == "Z_OK"
        res3 = ops.get_alias(config, ALIAS["locked"])[0] == "Z_OK"
        if not (res1 or res2 or res3):
            self.zerr("%s %s: %s" % ("remove", "capped-memory", msg.strerror("Z_NO_RESOURCE_TYPE")))
            self.saw_error = True
            return
        config.capped_memory = None
        ops.remove_alias(config, ALIAS["swap"])
        ops.remove_alias(config, ALIAS["locked"])
        self.need_to_commit = True

    def prompt_remove_resource(self, rt: str, count: int, force: bool) -> Steps:
        if count == 0:
            self.cmd_rt_perror("remove", rt, "Z_NO_ENTRY")
            return False
        if count > 1 and not force:
            if not self.interactive_mode:
                self.zerr(msg.MULTIPLE_INSTANCES)
                self.saw_error = True
                return False
            answer = yield from self.ask_yesno(False, msg.Q_REMOVE_ALL % rt)
            if answer == -1:
                self.zerr(msg.RESOURCE_INCOMPLETE)
                return False
            if answer != 1:
                return False
        return True

    def fill_in(self, cmd: Command, resource: ResourceType, lookup: bool) -> tuple[str, Any]:
        """fill_in_*tab(): the given name=value pairs, then (unless only filling in) the
        one resource they identify."""
        if self.initialize(True) != "Z_OK":
            return "Z_NO_ZONE", None
        given: dict[str, str] = {}
        for name, value in cmd.props:
            if not isinstance(value, Simple):
                self.zerr(msg.ONE_KIND % "simple")
                self.saw_error = True
                return "Z_INSUFFICIENT_SPEC", None
            if name not in resource.lookup:
                self.perror(name, "Z_NO_PROPERTY_TYPE")
                return "Z_INSUFFICIENT_SPEC", None
            given[name] = value.text
        if not lookup:
            return "Z_OK", given
        return ops.lookup(resource, ops.resources(self.config, resource), given)

    def remove_property(self, cmd: Command) -> None:
        """`remove options ro` / `remove value (...)` / `remove defrouter x` in a resource."""
        rt = self.resource_scope
        if rt is None or not cmd.props:
            self.long_usage("remove", True)
            return
        if cmd.nv_pairs != 1:
            self.long_usage("add", True)
            return
        if self.initialize(True) != "Z_OK":
            return
        name, value = cmd.props[0]
        if rt == "fs":
            if name != "options":
                self._no_property_type(name, "remove", HELP_PROPS)
                return
            if isinstance(value, Complex):
                self.zerr(msg.SIMPLE_OR_LIST % ("simple", "list"))
                self.saw_error = True
                return
            items = [value] if isinstance(value, Simple) else list(value.items)
            options = self.progress("fs").options
            for item in items:
                if not isinstance(item, Simple):
                    break
                if item.text in options:
                    options.remove(item.text)
                else:
                    self.perror(name, "Z_NO_PROPERTY_ID")
        elif rt == "rctl":
            if name != "value":
                self._no_property_type(name, "remove", HELP_PROPS)
                return
            if not isinstance(value, Complex):
                self.zerr(msg.ONE_KIND % "complex")
                self.saw_error = True
                return
            parts = {"priv": "", "limit": "", "action": ""}
            for part, text in value.parts:
                if part not in parts:
                    self.perror(name, "Z_NO_PROPERTY_TYPE")
                    self.long_usage("add", True)
                    self.usage(False, HELP_PROPS)
                    return
                parts[part] = text
            values = self.progress("rctl").values
            wanted = RctlValue(**parts)
            if wanted in values:
                values.remove(wanted)
            else:
                self.perror(name, "Z_NO_PROPERTY_ID")
        elif rt == "net":
            if name != "defrouter":
                self._no_property_type(name, "remove", HELP_PROPS)
                return
            self.progress("net").defrouter = ""
        else:
            self.perror(rt, "Z_NO_RESOURCE_TYPE")
            self.long_usage("remove", True)
            self.usage(False, HELP_RESOURCES)

    # -- clear =============================================================================
    def clear_func(self, cmd: Command) -> None:
        if self.zone_is_read_only("clear"):
            return
        if not self.global_scope:
            self.clear_property(cmd)
            return
        if self.gz_invalid_property(cmd.res_type):
            self.zerr(msg.GZ_INVALID_PROPERTY % cmd.res_type)
            self.saw_error = True
            return
        self.clear_global(cmd)

    def clear_property(self, cmd: Command) -> None:
        rt, name = self.resource_scope, cmd.res_type
        if rt is None or name is None:
            self.long_usage("clear", True)
            return
        if self.initialize(True) != "Z_OK":
            return
        if rt == "fs" and name == "raw":
            self.progress("fs").raw = ""
        elif rt == "dedicated-cpu" and name == "importance":
            self.progress("dedicated-cpu").importance = ""
        elif rt == "capped-memory" and name == "physical":
            self.progress("capped-memory").physcap = ""
        elif rt == "capped-memory" and name in ("swap", "locked"):
            self.remove_aliased_rctl(name)
            return
        else:
            self.perror(name, "Z_CLEAR_DISALLOW")
            return
        self.need_to_commit = True

    def clear_global(self, cmd: Command) -> None:
        name = cmd.res_type
        if name is None:
            self.long_usage("clear", True)
            return
        if self.initialize(True) != "Z_OK":
            return
        prop = GLOBAL_PROPERTY.get(name)
        if prop is None:
            self._no_property_type(name, "clear", HELP_PROPS)
            return
        if not prop.clearable:
            self.perror(name, "Z_CLEAR_DISALLOW")
            return
        if prop.field is None:
            self.remove_aliased_rctl(name)
            return
        defaults: dict[str, Any] = {"autoboot": False, "ip_type": "shared"}
        setattr(self.config, prop.field, defaults.get(prop.field, ""))
        self.need_to_commit = True

    def remove_aliased_rctl(self, name: str) -> None:
        err, _ = ops.get_alias(self.config, ALIAS[name])
        if err != "Z_OK":
            self.zerr("%s %s: %s" % ("clear", name, msg.strerror(err)))
            self.saw_error = True
            return
        ops.remove_alias(self.config, ALIAS[name])
        self.need_to_commit = True

    # -- select ============================================================================
    def select_func(self, cmd: Command) -> None:
        if self.zone_is_read_only("select"):
            return
        if not self.global_scope:
            self.scope_usage("select")
            return
        rt = cmd.res_type
        self.global_scope = False
        self.resource_scope = rt
        self.end_op = "select"
        if rt is None:
            self.long_usage("select", True)
            return
        if self.initialize(True) != "Z_OK":
            return
        config = self.config
        if rt == "inherit-pkg-dir" and self.state_atleast("incomplete"):
            self.zerr(msg.NOT_CONFIGURED_STATE % (self.zone, "configured", "select", rt))
            self._back_to_global()
            return
        if rt == "dedicated-cpu":
            pset = config.dedicated_cpu
            if pset is None:
                self.cmd_rt_perror("select", rt, "Z_NO_ENTRY")
                self.global_scope = True
                return
            tab = PsetTab(str(pset.ncpu_min), str(pset.ncpu_max), pset.importance)
            self.old[rt] = tab
            self.in_progress[rt] = PsetTab(tab.ncpu_min, tab.ncpu_max, tab.importance)
            return
        if rt == "capped-cpu":
            err, _ = ops.get_alias(config, ALIAS["cpu-cap"])
            if err != "Z_OK":
                self.cmd_rt_perror("select", rt, err)
                self.global_scope = True
            return
        if rt == "capped-memory":
            mcap = config.capped_memory
            if (
                mcap is None
                and ops.get_alias(config, ALIAS["swap"])[0] != "Z_OK"
                and ops.get_alias(config, ALIAS["locked"])[0] != "Z_OK"
            ):
                self.cmd_rt_perror("select", rt, "Z_NO_RESOURCE_TYPE")
                self.global_scope = True
            self.in_progress[rt] = copied(mcap) if mcap is not None else CappedMemory()
            return
        err, found = self.fill_in(cmd, RESOURCE_TYPE[rt], lookup=True)
        if err != "Z_OK":
            self.cmd_rt_perror("select", rt, err)
            self.global_scope = True
            return
        self.old[rt] = found
        self.in_progress[rt] = copied(found)

    # -- set ===============================================================================
    def set_func(self, cmd: Command) -> None:
        if self.zone_is_read_only("set"):
            return
        self.opterr = False
        seen, _, bad = self.options(cmd, "F")
        if bad:
            return
        force = bool(seen)
        name, value = cmd.props[0]
        if self.global_scope:
            if self.gz_invalid_property(name):
                self.zerr(msg.GZ_INVALID_PROPERTY % name)
                self.saw_error = True
                return
            if name not in GLOBAL_PROPERTY:
                self.zerr(msg.RESOURCE_PROPERTY_GLOBAL)
                self.saw_error = True
                return
            rt = name
        else:
            rt = self.resource_scope or ""
        if force:
            if rt != "zonepath":
                self.zerr(msg.ONLY_ZONEPATH_FORCED)
                self.saw_error = True
                return
            if not self.store.in_alt_root:
                self.zerr(msg.ZONEPATH_ALT_ROOT)
                self.saw_error = True
                return
        list_valued = (rt == "fs" and name == "options") or (rt == "rctl" and name == "value")
        if not list_valued and not isinstance(value, Simple):
            self.zerr(msg.ONE_KIND % "simple")
            self.saw_error = True
            return
        text = value.text if isinstance(value, Simple) else ""
        if rt == "zonename" and not self.got_handle and not self.state_atleast("configured"):
            err = validate_zonename(text)
            if err != "Z_OK":
                self.perror(text, err)
                self.usage(False, HELP_SYNTAX)
                return
            self.zone = text
            return
        if self.initialize(True) != "Z_OK":
            return
        if rt in GLOBAL_PROPERTY:
            GLOBAL_SETTERS.get(rt, Session._set_plain)(self, rt, text, force)
        elif rt in RESOURCE_TYPE:
            self.set_resource_property(cmd, rt, name, value, text)
        else:
            self.perror(rt, "Z_NO_RESOURCE_TYPE")
            self.long_usage("set", True)
            self.usage(False, HELP_RESOURCES)

    def _set_plain(self, name: str, text: str, force: bool) -> None:
        setattr(self.config, GLOBAL_PROPERTY[name].field or "", text)
        self.need_to_commit = True

    def _set_zonename(self, name: str, text: str, force: bool) -> None:
        err = self.set_name(text)
        if err != "Z_OK":
            self.perror(text, err)
            self.usage(False, HELP_SYNTAX)
            return
        self.need_to_commit = True
        self.zone = text

    def set_name(self, name: str) -> str:
        """zonecfg_set_name(): renaming is tracked until commit."""
        handle = self.handle
        assert handle is not None
        current = handle.config.name
        if name == current:
            return "Z_OK"
        if name.startswith("SUNW") or validate_zonename(name) != "Z_OK":
            return "Z_BOGUS_ZONE_NAME"
        if name == handle.delete_name:
            handle.config.name = name
            handle.delete_name = ""
            return "Z_OK"
        if self.store.state(name) is not None:
            return "Z_NAME_IN_USE"
        if not handle.newzone and not handle.renaming:
            state = self.store.state(current)
            if state is not None and state_at_least(state, "ready"):
                return "Z_BAD_ZONE_STATE"
            handle.delete_name = current
        elif handle.renaming:
            state = self.store.state(handle.delete_name)
            if state is not None and state_at_least(state, "ready"):
                return "Z_BAD_ZONE_STATE"
        handle.config.name = name
        return "Z_OK"

    def _set_zonepath(self, name: str, text: str, force: bool) -> None:
        if not force and self.state_atleast("installed"):
            self.zerr(msg.ALREADY_INSTALLED_RT % (self.zone, "set", "zonepath"))
            return
        if not text.startswith("/"):
            self.zerr(msg.NOT_ABSOLUTE % text)
            self.saw_error = True
            return
        if text == "/":
            self.zerr(msg.SLASH_ZONEPATH % "zonepath")
            self.saw_error = True
            return
        root = self.store.root
        if not text.startswith(root) or text[len(root) : len(root) + 1] != "/":
            self.perror(self.zone, "Z_BAD_PROPERTY")
            return
        self.config.zonepath = text[len(root) :]
        self.need_to_commit = True

    def _set_brand(self, name: str, text: str, force: bool) -> None:
        if self.state_atleast("installed"):
            self.zerr(msg.ALREADY_INSTALLED_RT % (self.zone, "set", "brand"))
            return
        self.config.brand = text
        self.need_to_commit = True

    def _set_autoboot(self, name: str, text: str, force: bool) -> None:
        if text not in ("true", "false"):
            self.zerr(msg.VALUE_MUST_BE % ("autoboot", "true", "false"))
            self.saw_error = True
            return
        self.config.autoboot = text == "true"
        self.need_to_commit = True

    def _set_pool(self, name: str, text: str, force: bool) -> None:
        if text.startswith("SUNW"):
            self.zerr(msg.POOL_SUNW)
            self.saw_error = True
            return
        if self.config.dedicated_cpu is not None:
            self.zerr(msg.DCPU_EXISTS_POOL % ("dedicated-cpu", "dedicated-cpu"))
            self.saw_error = True
            return
        self.config.pool = text
        self.need_to_commit = True

    def _set_iptype(self, name: str, text: str, force: bool) -> None:
        if text not in ("shared", "exclusive"):
            self.zerr(msg.VALUE_MUST_BE % ("ip-type", "shared", "exclusive"))
            self.saw_error = True
            return
        if text == "exclusive" and not self.allow_exclusive():
            self.saw_error = True
            return
        self.config.ip_type = "exclusive" if text == "exclusive" else "shared"
        self.need_to_commit = True

    def allow_exclusive(self) -> bool:
        brand = self.config.brand_name
        if not self.store.brand_installed(brand):
            self.zerr(msg.UNKNOWN_BRAND % (self.zone, msg.UNKNOWN_BRAND_TEXT))
            return False
        if not allows_exclusive_ip(brand):
            self.zerr(msg.IPTYPE_BRAND % ("ip-type", "exclusive", "brand", brand))
            return False
        return True

    def _set_hostid(self, name: str, text: str, force: bool) -> None:
        # zonecfg_valid_hostid() ([S11]/illumos; S10 10/09 has the property) [M]
        code = "Z_OK"
        if not text or any(c in " \t\n\v\f\r" for c in text):
            code = "Z_INVALID_PROPERTY"
        else:
            digits = text[2:] if text[:2] in ("0x", "0X") else text
            value, rest, overflow = strtoull(digits, 16)
            consumed = len(text) - len(rest)
            if consumed >= 11:
                code = "Z_TOO_BIG"
            elif overflow or value > 0xFFFFFFFF or value == 0xFFFFFFFF or rest:
                code = "Z_INVALID_PROPERTY"
        if code == "Z_TOO_BIG":
            self.zerr(msg.HOSTID_TOO_LARGE % text)
            self.saw_error = True
            return
        if code != "Z_OK":
            self.perror("hostid", code)
            return
        self.config.hostid = text
        self.need_to_commit = True

    def _set_alias(self, name: str, text: str, force: bool) -> None:
        """set_aliased_rctl()."""
        alias = ALIAS[name]
        if self.global_zone and name != "cpu-shares":
            self.zerr(msg.GZ_RCTL_WARNING)
        if alias.size:
            size = str_to_bytes(text)
            if size is None:
                self.zerr(msg.NON_NEGATIVE_SIZE)
                self.saw_error = True
                return
            text = "%d" % size
        if not ops.alias_ok(self.config, alias):
            self.perror(name, "Z_ALIAS_DISALLOW", False)
            self.saw_error = True
            return
        limit = valid_uint(text)
        if limit is None or limit < alias.minimum:
            self.zerr(msg.OUT_OF_RANGE % name)
            self.saw_error = True
            return
        ops.set_alias(self.config, alias, limit)
        self.need_to_commit = True

    def set_resource_property(
        self, cmd: Command, rt: str, name: str, value: Value, text: str
    ) -> None:
        setter = RESOURCE_SETTERS.get((rt, name))
        if setter is None:
            self._no_property_type(name, "set", HELP_PROPS)
            return
        setter(self, cmd, value, text)

    def _set_field(self, rt: str, field: str, text: str) -> None:
        setattr(self.progress(rt), field, text)

    def _set_fs_type(self, cmd: Command, value: Value, text: str) -> None:
        if not text or "/" in text or text in (".", "..") or len(text) + 1 > 256:
            self.zerr(msg.BAD_FS_TYPE % (text, "type"))
            self.saw_error = True
            return
        self.progress("fs").type = text

    def _set_list(self, cmd: Command, value: Value, kind: str) -> None:
        """`set options=[...]` / `set value=[...]`: replace the whole list."""
        rt = "fs" if kind == "options" else "rctl"
        wanted = ("simple", "list") if rt == "fs" else ("complex", "list")
        if isinstance(value, Complex if rt == "fs" else Simple):
            self.zerr(msg.SIMPLE_OR_LIST % wanted)
            self.saw_error = True
            return
        resource = self.progress(rt)
        if rt == "fs":
            resource.options = []
        else:
            resource.values = []
        if not (isinstance(value, ListValue) and not value.items):
            self.add_property(cmd)

    def _set_net_address(self, cmd: Command, value: Value, text: str) -> None:
        field = cmd.props[0][0]
        if not self.valid_net_address(text):
            self.saw_error = True
            return
        setattr(self.progress("net"), field, text)

    def valid_net_address(self, address: str) -> bool:
        """validate_net_address_syntax()."""
        part, slash, prefix = address.partition("/")
        prefixlen = _atoi(prefix) if slash else 0
        if _is_ipv6(part):
            if not slash:
                self.zerr(msg.IPV6_PREFIX_REQUIRED % address)
                return False
            if not 0 <= prefixlen <= 128:
                self.zerr(msg.IPV6_PREFIX_RANGE % address)
                return False
            return True
        if slash and not 0 <= prefixlen <= 32:
            self.zerr(msg.IPV4_PREFIX_RANGE % address)
            return False
        if _is_ipv4(part):
            return True
        if (
            not part
            or not (part[0].isascii() and part[0].isalnum())
            or any(not (c.isascii() and c.isalnum()) and c not in "-." for c in part[1:])
        ):
            self.zerr(msg.BOGUS_ADDRESS % part)
            self.saw_error = True
            self.usage(False, HELP_NETADDR)
            return False
        return True

    def _set_net_physical(self, cmd: Command, value: Value, text: str) -> None:
        if ":" in text:
            self.zerr(msg.LOGICAL_INTERFACE % text)
            self.saw_error = True
            return
        self.progress("net").physical = text

    def _set_rctl_name(self, cmd: Command, value: Value, text: str) -> None:
        if not ops.valid_rctl_name(text):
            self.zerr(msg.NOT_RCTL_NAME % (text, "rctl"))
            return
        self.progress("rctl").name = text

    def _set_ncpus(self, cmd: Command, value: Value, text: str) -> None:
        low, dash, high = text.partition("-")
        if not dash:
            high = low
        lo, hi = valid_uint(low), valid_uint(high)
        if lo is None or hi is None or lo < 1 or lo > hi:
            self.zerr(msg.OUT_OF_RANGE % "ncpus")
            self.saw_error = True
            return
        tab: PsetTab = self.progress("dedicated-cpu")
        tab.ncpu_min, tab.ncpu_max = low, high

    def _set_importance(self, cmd: Command, value: Value, text: str) -> None:
        if valid_uint(text) is None:
            self.zerr(msg.OUT_OF_RANGE % "importance")
            self.saw_error = True
            return
        self.progress("dedicated-cpu").importance = text

    def _set_pcap_ncpus(self, cmd: Command, value: Value, text: str) -> None:
        limit = cpu_cap(text)
        if limit is None:
            self.zerr(msg.OUT_OF_RANGE % "ncpus")
            self.saw_error = True
            return
        err = ops.set_alias(self.config, ALIAS["cpu-cap"], limit)
        if err != "Z_OK":
            self.perror(self.zone, err)
            return
        self.need_to_commit = True

    def _set_physical(self, cmd: Command, value: Value, text: str) -> None:
        size = str_to_bytes(text)
        if size is None:
            self.zerr(msg.POSITIVE_SIZE)
            self.saw_error = True
        elif size < ONE_MB:
            self.zerr(msg.TOO_SMALL % ("physical", "1M"))
            self.saw_error = True
        else:
            self.progress("capped-memory").physcap = "%d" % size

    def _set_mcap_alias(self, cmd: Command, value: Value, text: str) -> None:
        name = cmd.props[0][0]
        alias = ALIAS[name]
        if not ops.alias_ok(self.config, alias):
            # zonecfg.c names the alias's own property for swap ("swap") and locked
            self.perror(name, "Z_ALIAS_DISALLOW", False)
            self.saw_error = True
            return
        size = str_to_bytes(text)
        if name == "swap":
            minimum = ONE_MB * (100 if self.global_zone else 50)
            if size is None:
                self.zerr(msg.POSITIVE_SIZE)
                self.saw_error = True
                return
            if size < minimum:
                self.zerr(msg.TOO_SMALL % ("swap", bytes_to_units(minimum)))
                self.saw_error = True
                return
        elif size is None:
            self.zerr(msg.NON_NEGATIVE_SIZE)
            self.saw_error = True
            return
        err = ops.set_alias(self.config, alias, size)
        if err != "Z_OK":
            self.perror(self.zone, err)
            return
        self.need_to_commit = True

    # -- info ==============================================================================
    def info_func(self, cmd: Command) -> None:
        if self.initialize(True) != "Z_OK":
            return
        if not self.global_scope:
            self.out(self.in_progress_text(self.resource_scope or ""))
            return
        rt = cmd.res_type
        if self.gz_invalid_property(rt):
            self.zerr(msg.GZ_INVALID_PROPERTY % rt)
            return
        if self.gz_invalid_resource(rt):
            self.zerr(msg.GZ_INVALID_RESOURCE % rt)
            return
        if rt is None:
            self.info_all(cmd)
        elif rt in GLOBAL_PROPERTY:
            self.out(self.global_property_text(rt))
        else:
            self.out(self.info_resource(cmd, rt))

    def info_all(self, cmd: Command) -> None:
        names = INFO_GLOBAL_ORDER
        if self.global_zone:
            names = tuple(n for n in names if GLOBAL_PROPERTY[n].in_global_zone or n == "zonename")
        text = "".join(self.global_property_text(n) for n in names)
        text += "".join(
            self.alias_text(a)
            for a in (
                "max-lwps",
                "max-shm-memory",
                "max-shm-ids",
                "max-msg-ids",
                "max-sem-ids",
                "cpu-shares",
            )
        )
        for rt in INFO_RESOURCE_ORDER:
            if self.global_zone and not RESOURCE_TYPE[rt].in_global_zone:
                continue
            text += self.info_resource(cmd, rt)
        self.out(text)

    def global_property_text(self, name: str) -> str:
        config = self.config
        if name in ALIAS:
            return self.alias_text(name)
        if name == "zonename":
            return "zonename: %s\n" % config.name
        if name == "zonepath":
            return "zonepath: %s\n" % self.zonepath()
        if name == "brand":
            return "brand: %s\n" % config.brand_name
        if name == "autoboot":
            return "autoboot: %s\n" % ("true" if config.autoboot else "false")
        if name == "ip-type":
            return "ip-type: %s\n" % config.ip_type
        field = GLOBAL_PROPERTY[name].field or ""
        return "%s: %s\n" % (name, getattr(config, field))

    def alias_text(self, name: str) -> str:
        err, limit = ops.get_alias(self.config, ALIAS[name])
        if err != "Z_OK":
            return ""
        shown = bytes_to_units(limit) if name == "max-shm-memory" else "%d" % limit
        return "[%s: %s]\n" % (name, shown)

    def info_resource(self, cmd: Command, rt: str) -> str:
        config = self.config
        if rt == "dedicated-cpu":
            pset = config.dedicated_cpu
            if pset is None:
                return ""
            return render.pset_block(str(pset.ncpu_min), str(pset.ncpu_max), pset.importance)
        if rt == "capped-cpu":
            return self.pcap_text()
        if rt == "capped-memory":
            mcap = config.capped_memory
            swap, locked = self.mcap_aliases()
            if mcap is None and swap is None and locked is None:
                return ""
            return render.mcap_block(mcap.physcap if mcap else "", swap, locked)
        resource = RESOURCE_TYPE[rt]
        block = render.BLOCKS[rt]
        items = ops.resources(config, resource)
        if not cmd.props or cmd.res_type != rt:
            return "".join(block(item) for item in items)
        text = ""
        for item in items:
            err, given = self.fill_in(cmd, resource, lookup=False)
            if err != "Z_OK":
                continue
            if ops.info_matches(resource, item, given):
                text += block(item)
        if not text:
            self.out(text)
            return msg.NO_SUCH_RESOURCE % rt
        return text

    def pcap_text(self) -> str:
        err, limit = ops.get_alias(self.config, ALIAS["cpu-cap"])
        return render.pcap_block(limit) if err == "Z_OK" else ""

    def mcap_aliases(self) -> tuple[int | None, int | None]:
        found = []
        for name in ("swap", "locked"):
            err, limit = ops.get_alias(self.config, ALIAS[name])
            found.append(limit if err == "Z_OK" else None)
        return found[0], found[1]

    def in_progress_text(self, rt: str) -> str:
        if rt == "dedicated-cpu":
            tab: PsetTab = self.progress(rt)
            return render.pset_block(tab.ncpu_min, tab.ncpu_max, tab.importance)
        if rt == "capped-cpu":
            return self.pcap_text()
        if rt == "capped-memory":
            swap, locked = self.mcap_aliases()
            return render.mcap_block(self.progress(rt).physcap, swap, locked)
        if rt in render.BLOCKS:
            return render.BLOCKS[rt](self.progress(rt))
        return ""

    # -- verify, commit ====================================================================
    def verify_func(self, cmd: Command, save: bool = False) -> None:
        seen, optind, bad = self.options(cmd, "?")
        if bad:
            return
        if self.zone_is_read_only("verify"):
            return
        if self.initialize(True) != "Z_OK":
            return
        config = self.config
        ret = "Z_OK"

        def fail(text: str, code: str) -> None:
            nonlocal ret
            self.zerr(text)
            self.saw_error = True
            if ret == "Z_OK":
                ret = code

        if not self.global_zone and not self.zonepath():
            fail(msg.VERIFY_EMPTY % "zonepath", "Z_REQD_RESOURCE_MISSING")
            ret = "Z_REQD_RESOURCE_MISSING"
        brand = config.brand_name
        if brand != "native" and not self.store.brand_installed(brand):
            self.zerr(msg.UNKNOWN_BRAND % (self.zone, msg.UNKNOWN_BRAND_TEXT))
            self.perror(self.zone, "Z_INVALID_DOCUMENT")
            return

        def required(value: str, rt: str, prop: str) -> None:
            if not value:
                fail(msg.VERIFY_MISSING % (rt, prop), "Z_REQD_PROPERTY_MISSING")

        for ipd in config.inherit_pkg_dirs:
            required(ipd.dir, "inherit-pkg-dir", "dir")
        for fs in config.fs:
            required(fs.dir, "fs", "dir")
            required(fs.special, "fs", "special")
            required(fs.type, "fs", "type")
        for net in config.net:
            required(net.physical, "net", "physical")
            if config.ip_type == "shared":
                required(net.address, "net", "address")
            else:
                if net.address:
                    fail(msg.VERIFY_EXCLUSIVE % ("net", "address"), "Z_INVAL")
                if net.defrouter:
                    fail(msg.VERIFY_EXCLUSIVE % ("net", "defrouter"), "Z_INVAL")
        has_shares = has_cap = False
        for rctl in config.rctl:
            required(rctl.name, "rctl", "name")
            has_shares = has_shares or rctl.name == "zone.cpu-shares"
            has_cap = has_cap or rctl.name == "zone.cpu-cap"
            if not rctl.values:
                fail(msg.VERIFY_NO_VALUE % ("rctl", "value"), "Z_REQD_PROPERTY_MISSING")
        if config.dedicated_cpu is not None and has_shares:
            fail(msg.VERIFY_SHARES_DCPU % ("rctl", "dedicated-cpu"), "Z_INCOMPATIBLE")
        sched = config.scheduling_class
        if has_shares and sched and sched != "FSS":
            fail(msg.VERIFY_SHARES_SCHED % ("rctl", "scheduling-class", sched), "Z_INCOMPATIBLE")
        if config.dedicated_cpu is not None and has_cap:
            fail(msg.VERIFY_CAP_DCPU % ("rctl", "dedicated-cpu"), "Z_INCOMPATIBLE")
        for attr in config.attr:
            required(attr.name, "attr", "name")
            required(attr.type, "attr", "type")
            required(attr.value, "attr", "value")
        for dataset in config.dataset:
            if not dataset.name:
                fail(
                    msg.VERIFY_DATASET % ("dataset", "name", "not specified"),
                    "Z_REQD_PROPERTY_MISSING",
                )
            elif not ops.zfs_name_valid(dataset.name):
                fail(
                    msg.VERIFY_DATASET % ("dataset", "name", msg.VERIFY_DATASET_INVALID),
                    "Z_BAD_PROPERTY",
                )
        if not self.global_scope:
            fail(msg.VERIFY_INCOMPLETE, "Z_INSUFFICIENT_SPEC")
        if save:
            if ret == "Z_OK":
                assert self.handle is not None
                self.changing()
                ret = self.store.save(self.handle)
                if ret == "Z_OK":
                    self.need_to_commit = False
                    self.revert_zone = self.zone
            else:
                self.zerr(msg.FAILED_TO_VERIFY % self.zone)
        if ret != "Z_OK":
            self.perror(self.zone, ret)

    def commit_func(self, cmd: Command) -> None:
        seen, optind, bad = self.options(cmd, "?")
        if bad:
            return
        if optind != len(cmd.argv):
            self.short_usage("commit")
            return
        if self.zone_is_read_only("commit"):
            return
        self.verify_func(Command("verify"), save=True)

    # -- revert ============================================================================
    def revert_func(self, cmd: Command) -> Steps:
        seen, optind, bad = self.options(cmd, "?F")
        if bad:
            return
        if optind != len(cmd.argv):
            self.short_usage("revert")
            return
        if self.zone_is_read_only("revert"):
            return
        if self.handle is None:
            self.zerr(msg.NO_CHANGES)
            self.saw_error = True
            return
        if ("F", None) not in seen:
            answer = yield from self.ask_yesno(False, msg.Q_REVERT)
            if answer == -1:
                self.zerr(msg.NOT_TERMINAL_IGNORED % "revert")
                raise ExitNow(Z_ERR)
            if answer != 1:
                return
        err, config = self.store.load(self.revert_zone)
        if err != "Z_OK" or config is None:
            self.saw_error = True
            self.got_handle = False
            self.handle = None
            if err == "Z_NO_ZONE":
                self.zerr(msg.NO_SAVED_ZONE % self.revert_zone)
            else:
                self.perror(self.zone, err)
        else:
            self.handle = Handle(config)
        self.zone = self.revert_zone

    # -- help ==============================================================================
    def help_func(self, cmd: Command) -> None:
        if not cmd.argv:
            self.usage(True, HELP_SUBCMDS if self.global_scope else HELP_RES_SCOPE)
            return
        subject = cmd.argv[0]
        if subject == "usage":
            self.usage(True, HELP_USAGE)
        elif subject == "commands":
            self.usage(True, HELP_SUBCMDS)
        elif subject == "syntax":
            self.usage(True, HELP_SYNTAX | HELP_RES_PROPS)
        elif subject == "-?":
            self.longer_usage("help")
        elif subject in SUBCOMMAND:
            self.longer_usage(subject)
        else:
            self.err(msg.UNKNOWN_HELP % subject)
            self.usage(False, HELP_META)

    # -- end, cancel =======================================================================
    def end_func(self, cmd: Command) -> None:
        seen, optind, bad = self.options(cmd, "?")
        if bad:
            return
        if optind != len(cmd.argv):
            self.short_usage("end")
            return
        if self.global_scope:
            self.scope_usage("end")
            return
        rt = self.resource_scope or ""
        finish = END_HANDLERS.get(rt)
        if finish is None:
            self.perror(rt, "Z_NO_RESOURCE_TYPE")
            self.saw_error = True
            return
        err = finish(self)
        if err is None:
            return  # validation failed: stay in the resource scope
        if err != "Z_OK":
            self.perror(self.zone, err)
            return
        self.need_to_commit = True
        self._back_to_global()

    def _end_required(self, value: str, prop: str) -> bool:
        if not value:
            self.zerr(msg.NOT_SPECIFIED % prop)
            return False
        return True

    def _end_resource(self, rt: str, valid: bool, duplicate: str | None) -> str | None:
        """Store the in-progress resource: added (unless a duplicate) or modified."""
        if not valid:
            self.saw_error = True
            return None
        resource = RESOURCE_TYPE[rt]
        items = ops.resources(self.config, resource)
        new = copied(self.progress(rt))
        if self.end_op == "add":
            if duplicate is not None:
                self.zerr(duplicate)
                self.saw_error = True
                return None
            items.append(new)
            return "Z_OK"
        old = self.old.get(rt)
        if old is None:
            return "Z_NO_RESOURCE_ID"
        return ops.modify(resource, items, old, new)

    def _is_duplicate(self, rt: str, **given: str) -> bool:
        resource = RESOURCE_TYPE[rt]
        err, _ = ops.lookup(resource, ops.resources(self.config, resource), given)
        return err == "Z_OK"

    def _end_fs(self) -> str | None:
        fs: Fs = self.progress("fs")
        valid = self._end_required(fs.dir, "dir")
        if valid and not fs.dir.startswith("/"):
            self.zerr(msg.RELATIVE_PATH % ("dir", fs.dir))
            valid = False
        valid = self._end_required(fs.special, "special") and valid
        if fs.raw and not fs.raw.startswith("/"):
            self.zerr(msg.RELATIVE_PATH % ("raw", fs.raw))
            valid = False
        valid = self._end_required(fs.type, "type") and valid
        duplicate = None
        if valid and self.end_op == "add" and self._is_duplicate("fs", dir=fs.dir):
            duplicate = msg.DUPLICATE % ("A", "fs", "dir", fs.dir)
        return self._end_resource("fs", valid, duplicate)

    def _end_ipd(self) -> str | None:
        ipd: InheritPkgDir = self.progress("inherit-pkg-dir")
        valid = self._end_required(ipd.dir, "dir")
        if valid and not ipd.dir.startswith("/"):
            self.zerr(msg.RELATIVE_PATH % ("dir", ipd.dir))
            valid = False
        duplicate = None
        if valid and self.end_op == "add" and self._is_duplicate("inherit-pkg-dir", dir=ipd.dir):
            duplicate = msg.DUPLICATE % ("An", "inherit-pkg-dir", "dir", ipd.dir)
        return self._end_resource("inherit-pkg-dir", valid, duplicate)

    def _end_net(self) -> str | None:
        net: Net = self.progress("net")
        valid = self._end_required(net.physical, "physical")
        duplicate = None
        if (
            valid
            and self.end_op == "add"
            and self._is_duplicate("net", physical=net.physical, address=net.address)
        ):
            duplicate = msg.DUPLICATE_NET % (
                "net",
                "physical",
                net.physical,
                "address",
                net.address,
            )
        return self._end_resource("net", valid, duplicate)

    def _end_device(self) -> str | None:
        device: Device = self.progress("device")
        valid = self._end_required(device.match, "match")
        duplicate = None
        if valid and self.end_op == "add" and self._is_duplicate("device", match=device.match):
            duplicate = msg.DUPLICATE % ("A", "device", "match", device.match)
        return self._end_resource("device", valid, duplicate)

    def _end_rctl(self) -> str | None:
        rctl: Rctl = self.progress("rctl")
        valid = self._end_required(rctl.name, "name")
        if not rctl.values:
            self.zerr(msg.NO_VALUE % "value")
            valid = False
        duplicate = None
        if valid and self.end_op == "add" and self._is_duplicate("rctl", name=rctl.name):
            duplicate = msg.DUPLICATE % ("A", "rctl", "name", rctl.name)
        return self._end_resource("rctl", valid, duplicate)

    def _end_attr(self) -> str | None:
        attr: Attr = self.progress("attr")
        valid = self._end_required(attr.name, "name")
        valid = self._end_required(attr.type, "type") and valid
        valid = self._end_required(attr.value, "value") and valid
        valid = self.validate_attr_name(attr.name) and valid
        valid = self.validate_attr_type_val(attr) and valid
        duplicate = None
        if valid and self.end_op == "add" and self._is_duplicate("attr", name=attr.name):
            duplicate = msg.DUPLICATE % ("An", "attr", "name", attr.name)
        return self._end_resource("attr", valid, duplicate)

    def validate_attr_name(self, name: str) -> bool:
        if not name or not (name[0].isascii() and name[0].isalnum()):
            self.zerr(msg.ATTR_NAME_START % ("attr", "name", name))
            return False
        if any(not (c.isascii() and c.isalnum()) and c not in "-." for c in name[1:]):
            self.zerr(msg.ATTR_NAME_CHARS % ("attr", "name", name))
            return False
        return True

    def validate_attr_type_val(self, attr: Attr) -> bool:
        kind, value = attr.type, attr.value
        if kind == "boolean":
            ok = value in ("true", "false")
        elif kind == "int":
            _, rest, overflow = strtoll(value)
            ok = not overflow and not rest
        elif kind == "string":
            ok = len(value) < 256
        elif kind == "uint":
            _, rest, overflow = strtoull(value)
            negative, _, neg_overflow = strtoll(value)
            ok = not overflow and not rest and not (not neg_overflow and negative < 0)
        else:
            self.zerr(msg.ATTR_BAD_TYPE % ("attr", "type", kind))
            return False
        if not ok:
            self.zerr(msg.ATTR_BAD_VALUE % ("attr", "type", kind))
        return ok

    def _end_dataset(self) -> str | None:
        dataset: Dataset = self.progress("dataset")
        if not dataset.name:
            self.zerr("%s %s" % ("name", "not specified"))
            self.saw_error = True
            return None
        duplicate = None
        if self.end_op == "add" and self._is_duplicate("dataset", name=dataset.name):
            duplicate = msg.DUPLICATE % ("A", "dataset", "name", dataset.name)
        return self._end_resource("dataset", True, duplicate)

    def _end_dcpu(self) -> str | None:
        tab: PsetTab = self.progress("dedicated-cpu")
        if not self._end_required(tab.ncpu_min, "ncpus"):
            self.saw_error = True
            return None
        new = DedicatedCpu(
            ncpu_min=int(tab.ncpu_min), ncpu_max=int(tab.ncpu_max), importance=tab.importance
        )
        if self.end_op == "select" and self.config.dedicated_cpu is None:
            return "Z_NO_RESOURCE_ID"
        self.config.dedicated_cpu = new
        return "Z_OK"

    def _end_pcap(self) -> str | None:
        if ops.get_alias(self.config, ALIAS["cpu-cap"])[0] != "Z_OK":
            self.zerr(msg.NOT_SPECIFIED % "ncpus")
            self.saw_error = True
            return None
        return "Z_OK"

    def _end_mcap(self) -> str | None:
        mcap: CappedMemory = self.progress("capped-memory")
        swap, locked = self.mcap_aliases()
        if not mcap.physcap and swap is None and locked is None:
            self.zerr(msg.NO_MCAP_PROPERTY % ("physical", "swap", "locked"))
            self.saw_error = True
            return None
        if mcap.physcap and locked is not None and int(mcap.physcap) < locked:
            self.zerr(msg.LOCKED_GT_PHYSICAL % ("locked", "physical"))
            self.saw_error = True
            return None
        if mcap.physcap:
            self.config.capped_memory = copied(mcap)
        elif self.end_op == "select":
            self.config.capped_memory = None
        return "Z_OK"

    def cancel_func(self, cmd: Command) -> None:
        seen, optind, bad = self.options(cmd, "?")
        if bad:
            return
        if optind != len(cmd.argv):
            self.short_usage("cancel")
            return
        if self.global_scope:
            self.scope_usage("cancel")
        self.global_scope = True
        for rt in ("fs", "net", "inherit-pkg-dir", "device", "rctl", "attr", "dataset"):
            self.in_progress[rt] = self.new_in_progress(rt)

    # == reading and running commands ======================================================
    def run(self, parsed: Parsed) -> Steps:
        """Act on one parse result, as the grammar's actions and handlers do; then the
        lexer has read up to the end of the command."""
        try:
            if parsed.kind == "syntax":
                token = parsed.token
                assert token is not None
                if token.kind == "EOF":
                    return  # yyerror at end of input says nothing
                self.saw_error = True
                shown = "\\n" if token.text == "\n" else token.text
                if self.cmd_file_mode:
                    self.err(msg.SYNTAX_ERROR_ON_LINE_AT % (msg.SYNTAX_ERROR, parsed.line, shown))
                else:
                    self.err(msg.SYNTAX_ERROR_AT % (msg.SYNTAX_ERROR, shown))
                self.usage(False, HELP_SUBCMDS)
                return
            if parsed.kind == "action":
                self.lex_lineno = parsed.line
                self.short_usage(parsed.action)
                if parsed.style != "short":
                    self.err("\n")
                    self.usage(False, HELP_RES_PROPS if parsed.style == "res_props" else HELP_PROPS)
                return
            if parsed.kind != "command" or parsed.command is None:
                return
            self.lex_lineno = parsed.line
            handler = HANDLERS[parsed.command.name]
            result = handler(self, parsed.command)
            if isinstance(result, GeneratorType):
                yield from result
        finally:
            self.lex_lineno = max(self.lex_lineno, parsed.after)

    def complete(self, text: str) -> list[str]:
        """Completions of the last word of `text`, a line typed at this session's prompt."""
        from zonetui.sim.zones.zonecfg.complete import complete_line, templates_of

        return complete_line(self, text, templates_of(self.inv))

    def prompt(self) -> str:
        if self.global_scope:
            return msg.PROMPT % (self.prog, self.zone)
        return msg.PROMPT_RESOURCE % (self.prog, self.zone, self.resource_scope)

    def read_input(self, lines: list[str] | None = None) -> Steps:
        """Read and run commands until exit or end of input, then clean up. `lines`:
        a command file's lines (else standard input)."""
        tty = lines is None and self.inv.stdin.terminal
        tokens: list[Token] = []
        pos = 0
        if lines is not None:
            tokens = self.lexer.tokens("".join(line + "\n" for line in lines))
            tokens.append(Token("EOF", "", line=self.lexer.lineno))
        while True:
            if tty:
                line = yield from self.inv.stdin.readline(self.prompt(), complete=self.complete)
                if line is None:
                    break
                tokens = [*self.lexer.tokens(line + "\n"), Token("EOF", "", line=self.lexer.lineno)]
                pos = 0
                while True:
                    parsed = parse(tokens, pos)
                    if parsed.kind == "eof":
                        break
                    yield from self.run(parsed)
                    if parsed.abort:
                        break
                    pos = parsed.end
            else:
                parsed = parse(tokens, pos)
                while parsed.kind == "more":
                    line = yield from self.inv.stdin.readline("")
                    if line is None:
                        tokens.append(Token("EOF", "", line=self.lexer.lineno))
                    else:
                        tokens += self.lexer.tokens(line + "\n")
                    parsed = parse(tokens, pos)
                if parsed.kind == "eof":
                    break
                yield from self.run(parsed)
                if parsed.abort:
                    break
                pos = parsed.end
            if self.saw_error and self.cmd_file_mode and not self.interactive_mode:
                self.time_to_exit = True
            if self.time_to_exit:
                break
        return (yield from self.cleanup())

    def cleanup(self) -> Steps:
        if not self.interactive_mode and not self.cmd_file_mode:
            self.ok_to_prompt = False  # one command line: "really quit?" makes no sense
        if not self.global_scope:
            if not self.time_to_exit:
                answer = yield from self.ask_yesno(False, msg.Q_RESOURCE_QUIT)
                if answer == -1:
                    self.zerr(msg.RESOURCE_INCOMPLETE)
                    return Z_ERR
                if answer != 1:
                    return Z_REPEAT
            else:
                self.saw_error = True
        if self.need_to_commit and self.handle is not None:
            self.commit_func(Command("commit"))
            if self.need_to_commit:
                if self.force_exit:
                    self.zerr(msg.NOT_SAVED)
                    return Z_ERR
                answer = yield from self.ask_yesno(False, msg.Q_REALLY_QUIT)
                if answer == -1:
                    self.zerr(msg.NOT_SAVED)
                    return Z_ERR
                if answer != 1:
                    self.time_to_exit = False
                    return Z_REPEAT
        return Z_ERR if self.need_to_commit or self.saw_error else Z_OK

    def do_interactive(self) -> Steps:
        self.interactive_mode = True
        if not self.read_only:
            self.initialize(False)
        while True:
            err = yield from self.read_input()
            if err != Z_REPEAT:
                return err

    def cmd_file(self, name: str) -> Steps:
        lines: list[str] | None = None
        if name != "-":
            self.cmd_file_mode = False  # no "On line" before the file is open
            try:
                node = self.inv.solaris.fs.lookup(self.inv.path(name))
            except FsError as error:
                self.zerr(msg.OPEN_FILE % (name, error.reason))
                return Z_ERR
            if node.kind != "file":
                self.zerr(msg.NOT_REGULAR % name)
                return Z_ERR
            lines = node.data.split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            self.cmd_file_mode = True
            self.ok_to_prompt = False
        else:
            self.interactive_mode = True
        err = yield from self.read_input(lines)
        return Z_ERR if err == Z_REPEAT else err

    def one_command_at_a_time(self, words: list[str]) -> Steps:
        # read_input's own steps, without a generator of its own around them
        return self.read_input(" ".join(words).split("\n"))


def _atoi(text: str) -> int:
    value, _, _ = strtoll(text)
    if value > 2**31 - 1 or value < -(2**31):
        return -1
    return value


def _is_ipv4(text: str) -> bool:
    """inet_pton(AF_INET): four decimal parts 0-255."""
    parts = text.split(".")
    return len(parts) == 4 and all(
        p.isdigit() and p.isascii() and len(p) <= 3 and int(p) <= 255 for p in parts
    )


def _is_ipv6(text: str) -> bool:
    """inet_pton(AF_INET6)."""
    import ipaddress

    if "%" in text or not text:
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


# -- the dispatch tables ------------------------------------------------------------------
HANDLERS = {
    "add": Session.add_func,
    "cancel": Session.cancel_func,
    "clear": Session.clear_func,
    "commit": Session.commit_func,
    "create": Session.create_func,
    "delete": Session.delete_func,
    "end": Session.end_func,
    "exit": Session.exit_func,
    "export": Session.export_func,
    "help": Session.help_func,
    "info": Session.info_func,
    "remove": Session.remove_func,
    "revert": Session.revert_func,
    "select": Session.select_func,
    "set": Session.set_func,
    "verify": Session.verify_func,
}
assert set(HANDLERS) == {c.name for c in SUBCOMMANDS}

ADD_CHECKS = {
    "inherit-pkg-dir": Session._add_ipd,
    "rctl": Session._add_rctl,
    "dedicated-cpu": Session._add_dcpu,
    "capped-cpu": Session._add_pcap,
    "capped-memory": Session._add_mcap,
}

GLOBAL_SETTERS = {
    "zonename": Session._set_zonename,
    "zonepath": Session._set_zonepath,
    "brand": Session._set_brand,
    "autoboot": Session._set_autoboot,
    "pool": Session._set_pool,
    "ip-type": Session._set_iptype,
    "hostid": Session._set_hostid,
    **{
        a: Session._set_alias
        for a in (
            "max-lwps",
            "max-shm-memory",
            "max-shm-ids",
            "max-msg-ids",
            "max-sem-ids",
            "cpu-shares",
        )
    },
}


def _field(rt: str, field: str):
    return lambda self, cmd, value, text: self._set_field(rt, field, text)


RESOURCE_SETTERS = {
    ("fs", "dir"): _field("fs", "dir"),
    ("fs", "special"): _field("fs", "special"),
    ("fs", "raw"): _field("fs", "raw"),
    ("fs", "type"): Session._set_fs_type,
    ("fs", "options"): lambda self, cmd, value, text: self._set_list(cmd, value, "options"),
    ("inherit-pkg-dir", "dir"): _field("inherit-pkg-dir", "dir"),
    ("net", "address"): Session._set_net_address,
    ("net", "physical"): Session._set_net_physical,
    ("net", "defrouter"): Session._set_net_address,
    ("device", "match"): _field("device", "match"),
    ("rctl", "name"): Session._set_rctl_name,
    ("rctl", "value"): lambda self, cmd, value, text: self._set_list(cmd, value, "value"),
    ("attr", "name"): _field("attr", "name"),
    ("attr", "type"): _field("attr", "type"),
    ("attr", "value"): _field("attr", "value"),
    ("dataset", "name"): _field("dataset", "name"),
    ("dedicated-cpu", "ncpus"): Session._set_ncpus,
    ("dedicated-cpu", "importance"): Session._set_importance,
    ("capped-cpu", "ncpus"): Session._set_pcap_ncpus,
    ("capped-memory", "physical"): Session._set_physical,
    ("capped-memory", "swap"): Session._set_mcap_alias,
    ("capped-memory", "locked"): Session._set_mcap_alias,
}

END_HANDLERS = {
    "fs": Session._end_fs,
    "inherit-pkg-dir": Session._end_ipd,
    "net": Session._end_net,
    "device": Session._end_device,
    "rctl": Session._end_rctl,
    "attr": Session._end_attr,
    "dataset": Session._end_dataset,
    "dedicated-cpu": Session._end_dcpu,
    "capped-cpu": Session._end_pcap,
    "capped-memory": Session._end_mcap,
}
