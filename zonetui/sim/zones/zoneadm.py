"""zoneadm(1M): zone administration (reference/zones.md §7; ON86 zoneadm.c).

Every subcommand, with zoneadm's own order of checks: the options, sanity_check()
(where it runs, the target, the state matrix of §7.3), verify (zones.verify), the
zone's lock, then the work, which zoneadmd and the brand's installer do on Solaris
(zones.runtime, zones.install) and which takes time on the world clock
(zones.operations). A command that fails leaves the world exactly as it was, except
where Solaris leaves the failure half-done (zones.half_done).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from fnmatch import fnmatch
from types import GeneratorType
from typing import NamedTuple

from zonetui.model import Solaris, Zone
from zonetui.model.zones import KERNEL_STATES
from zonetui.sim.getopt import GetoptError, Options, getopt, scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine, TextInput
from zonetui.sim.registry import Scope, command
from zonetui.sim.zfs import zones as zfs_zones
from zonetui.sim.zones import install as disk
from zonetui.sim.zones import messages as msg
from zonetui.sim.zones import operations, runtime
from zonetui.sim.zones.files import InvalidDocument, config_from_xml, write_zone_files
from zonetui.sim.zones.half_done import HALF_DONE
from zonetui.sim.zones.templates import brand_installed
from zonetui.sim.zones.verify import Target, validate_zonepath, verify_details, verify_handle

Steps = Generator[ReadLine, "str | None", int]

# zone_state_t order (§7.2): comparisons such as "at least installed" use it.
STATE_ORDER = ("configured", "incomplete", "installed", "ready", "running", "shutting_down", "down")
_RANK = {state: rank for rank, state in enumerate(STATE_ORDER)}

SHORT_USAGE = {name: short for name, short, _ in msg.ZONEADM_SUBCOMMANDS}
LONG_HELP = {name: long for name, _, long in msg.ZONEADM_SUBCOMMANDS}

Z_OK, Z_ERR, Z_USAGE = 0, 1, 2


def state_rank(state: str) -> int:
    return _RANK[state]


class ZoneEntry(NamedTuple):
    """One row of `zoneadm list`."""

    zoneid: int | None
    name: str
    state: str
    path: str
    uuid: str
    brand: str
    ip_type: str

    def plain(self) -> str:
        return self.name

    def verbose(self) -> str:
        zid = "-" if self.zoneid is None else str(self.zoneid)
        return "%*s %-16s %-10s %-30s %-8s %-6s" % (
            4,
            zid,
            self.name,
            self.state,
            self.path,
            self.brand,
            self.ip_type,
        )

    def parsable(self) -> str:
        zid = "-" if self.zoneid is None else str(self.zoneid)
        path = self.path.replace(":", "\\:")
        return f"{zid}:{self.name}:{self.state}:{path}:{self.uuid}:{self.brand}:{self.ip_type}"


GLOBAL_ENTRY = ZoneEntry(0, "global", "running", "/", "", "native", "shared")


def entry(zone: Zone, path: str | None = None) -> ZoneEntry:
    config = zone.config  # read once, not through each of Zone's properties
    return ZoneEntry(
        zone.zoneid if zone.state in KERNEL_STATES else None,
        config.name,
        zone.state,
        config.zonepath if path is None else path,
        zone.uuid,
        config.brand_name,
        zone.ip_type,
    )


def zone_entries(solaris: Solaris, min_state: str) -> list[ZoneEntry]:
    """Zones as `zoneadm list` orders them: the kernel's (global, then by id), then the
    rest in /etc/zones/index order when `min_state` reaches below running."""
    running = sorted(
        (z for z in solaris.zones.values() if z.state in KERNEL_STATES),
        key=lambda z: z.zoneid or 0,
    )
    rows = [GLOBAL_ENTRY, *(entry(z) for z in running)]
    floor = state_rank(min_state)
    if floor < state_rank("running"):
        rows += [
            entry(z)
            for z in solaris.zones.values()
            if z.state not in KERNEL_STATES and state_rank(z.state) >= floor
        ]
    return rows


# -- the command -------------------------------------------------------------------


class Usage(Exception):
    """Leave the command with usage status 2 (the message is already printed)."""


@dataclass(frozen=True)
class Sanity:
    """sanity_check()'s arguments for one subcommand."""

    running: bool = False  # the zone must be in the kernel
    unsafe_when_running: bool = False  # refused for a ready or running zone


SANITY = {
    "boot": Sanity(),
    "ready": Sanity(),
    "halt": Sanity(),
    "reboot": Sanity(running=True),
    "verify": Sanity(),
    "install": Sanity(unsafe_when_running=True),
    "uninstall": Sanity(unsafe_when_running=True),
    "clone": Sanity(unsafe_when_running=True),
    "move": Sanity(unsafe_when_running=True),
    "detach": Sanity(unsafe_when_running=True),
    "attach": Sanity(unsafe_when_running=True),
    "mark": Sanity(),
}


@dataclass
class Zoneadm:
    """One run of zoneadm: the target zone and how messages are prefixed."""

    inv: Invocation
    target: str | None
    alt_root: bool = False
    half_done: str | None = None  # a case of HALF_DONE this run has reached

    def leave_half_done(self, case: str) -> None:
        """From here a failure keeps what the run has done, as on Solaris."""
        assert case in HALF_DONE, case
        self.half_done = self.half_done or case

    # -- messages ---------------------------------------------------------------------
    def zerror(self, text: str) -> None:
        """zerror(): one line, behind "zoneadm: zone '<z>': " when a zone is named."""
        prefix = f"zoneadm: zone '{self.target}': " if self.target else "zoneadm: "
        self.inv.error(prefix + text)

    def relay(self, lines: Iterable[str]) -> None:
        """zoneadmd's messages, one zerror() line each."""
        for line in lines:
            self.zerror(line)

    def sub_usage(self, sub: str) -> None:
        self.inv.error(msg.ZONEADM_SUB_USAGE.format(short=SHORT_USAGE[sub], long=LONG_HELP[sub]))

    def sub_getopt(self, sub: str, args: list[str], optstring: str, single: bool = False):
        """A subcommand's getopt: libc names the first argument as the program (§7.1).
        `single`: the source reads one option only (`if`, not `while`)."""
        prog = args[0] if args else "zoneadm"
        try:
            if single:
                return _getopt_once(args, optstring, prog)
            return getopt(args, optstring, prog)
        except GetoptError as error:
            if error.message:
                self.inv.error(error.message)
            self.sub_usage(sub)
            raise Usage(error.optopt == "?" and error.message is None) from None

    # -- where the command works --------------------------------------------------------
    @property
    def solaris(self) -> Solaris:
        return self.inv.solaris

    @property
    def zone(self) -> Zone:
        assert self.target is not None
        return self.solaris.zones[self.target]

    def subject(self) -> Target:
        return Target(self.inv, self.zone, self.inv.host, self.inv.domain)

    def save(self) -> None:
        write_zone_files(self.solaris, self.inv.world.clock)

    def long(
        self, kind: str, steps: list[operations.Step]
    ) -> Generator[ReadLine, str | None, None]:
        """Run a long operation on the zone. Its steps reach the zone, its Solaris and
        its files through this run's properties, which look them up by name: between
        two paced steps another process may have saved, and the world been reloaded."""
        inv = self.inv
        yield from operations.run(
            inv.world, self.zone, kind, steps, inv.paced, find=self._found, owner=inv.lock_owner
        )

    def _found(self) -> Zone:
        """The zone as the world has it now (an operation goes on after a pause)."""
        inv = self.inv
        before = self.solaris
        inv.find_again()
        if self.solaris is not before:  # reloaded: what the command did so far is saved,
            inv.saved = None  # and a failure from here on puts back what follows only
            inv.savepoint()
        zone = self.solaris.zones.get(self.target or "")
        if zone is None:
            raise operations.OperationLost(self.target)
        return zone

    def locked(self) -> bool:
        """grab_lock_file(): another zoneadm holds the zone."""
        if self.zone.locked:
            self.zerror(msg.ZONEADM_LOCKED)
            return True
        return False

    # -- sanity_check() ---------------------------------------------------------------
    def sanity_check(self, sub: str, force: bool = False) -> bool:
        """The checks every zone-changing subcommand makes first (§7.1, §7.3)."""
        if not self.inv.in_global_zone:
            text = {
                "halt": msg.ZONEADM_USE_HALT,
                "reboot": msg.ZONEADM_USE_REBOOT,
            }.get(sub, msg.ZONEADM_MUST_BE_GLOBAL.format(cmd=sub))
            self.zerror(text)
            return False
        if self.target is None:
            self.zerror(msg.ZONEADM_NO_ZONE)
            return False
        if self.target == "global":
            self.zerror(msg.ZONEADM_GLOBAL_INVALID.format(cmd=sub))
            return False
        if self.target.startswith("SUNW"):
            self.zerror(msg.ZONEADM_SUNW_INVALID.format(cmd=sub))
            return False
        rules = SANITY[sub]
        zone = self.zone
        if rules.running and not force:
            if not zone.in_kernel:
                self.zerror(msg.ZONEADM_NOT_RUNNING)
                return False
            return True
        if rules.unsafe_when_running and zone.in_kernel:
            self.zerror(msg.ZONEADM_INVALID_FOR.format(cmd=sub, state=zone.state))
            return False
        state = zone.state
        if sub == "uninstall" and state == "configured":
            self.zerror(msg.ZONEADM_ALREADY_CONFIGURED)
            return False
        if sub in ("attach", "clone", "install"):
            if state == "installed":
                self.zerror(msg.ZONEADM_ALREADY_INSTALLED)
                return False
            if state == "incomplete":
                self.zerror(msg.ZONEADM_INCOMPLETE)
                return False
        if sub in ("detach", "move", "ready", "boot", "mark"):
            least = "incomplete" if sub == "boot" and force else "installed"
            if force and sub == "boot" and zone.brand == "native":
                self.zerror(msg.ZONEADM_FORCE_BOOT)
                return False
            if state_rank(state) < state_rank(least):
                self.zerror(msg.ZONEADM_MUST_BE.format(state=least, cmd=sub))
                return False
        if sub == "verify" and state == "incomplete":
            self.zerror(msg.ZONEADM_INCOMPLETE)
            return False
        return True

    def verify(self, sub: str) -> bool:
        return self._creating_zonepath(
            self.zone.zonepath, lambda: verify_details(self.subject(), sub)
        )

    def _creating_zonepath(self, path: str, check: Callable[[], bool]) -> bool:
        """Run a check that may create the missing zonepath `path` (validate_zonepath):
        a zonepath it created stays whatever follows."""
        fs = self.solaris.fs
        missing = fs.get(posixpath.normpath(path)) is None if path.startswith("/") else False
        ok = check()
        if missing and fs.get(posixpath.normpath(path)) is not None:
            self.leave_half_done("zonepath")
        return ok

    def refuse_alt_root(self, sub: str) -> bool:
        if self.alt_root:
            self.zerror(msg.ZONEADM_ALT_ROOT.format(cmd=sub))
            return True
        return False

    # -- list and help ----------------------------------------------------------------
    def list(self, args: list[str]) -> int:
        inv = self.inv
        optstring = "?pv" if self.target else "?cipv"
        parsed = self.sub_getopt("list", args, optstring)
        min_state = "running"
        for opt, _ in parsed.options:
            if opt == "c":
                min_state = "configured"
            elif opt == "i" and state_rank(min_state) > state_rank("installed"):
                min_state = "installed"
        verbose, parsable = parsed.has("v"), parsed.has("p")
        if verbose and parsable:
            self.zerror(msg.ZONEADM_PV_EXCLUSIVE)
            return Z_ERR
        if self.target and parsed.operands:
            self.sub_usage("list")
            return Z_USAGE
        if inv.zone is not None:
            rows = [entry(inv.zone, path="/")]
        elif self.target:
            zone = inv.solaris.zones.get(self.target)
            rows = [GLOBAL_ENTRY if zone is None else entry(zone)]
        else:
            rows = zone_entries(inv.solaris, min_state)
        lines = [msg.ZONEADM_LIST_HEADER] if verbose else []
        lines += [
            row.verbose() if verbose else row.parsable() if parsable else row.plain()
            for row in rows
        ]
        inv.out.write("".join(line + "\n" for line in lines))
        return Z_OK

    def help(self, args: list[str]) -> int:
        if not args:
            usage(self.inv, explicit=True)
            return Z_OK
        parsed = self.sub_getopt("help", args, "?")
        for name in parsed.operands:
            if not SHORT_USAGE.get(name):
                self.sub_usage("help")
                return Z_USAGE
            self.sub_usage(name)
        return Z_OK

    # -- verify -------------------------------------------------------------------------
    def verify_cmd(self, args: list[str]) -> int:
        parsed = self.sub_getopt("verify", args, "?", single=True)
        if parsed.operands:
            self.sub_usage("verify")
            return Z_USAGE
        if not self.sanity_check("verify"):
            return Z_ERR
        return Z_OK if self.verify("verify") else Z_ERR

    # -- boot, ready, halt, reboot (zoneadmd) -------------------------------------------
    def _bootargs(self, sub: str, args: list[str], optstring: str) -> tuple[str, bool] | int:
        parsed = self.sub_getopt(sub, args, optstring)
        text = "-s" if parsed.has("s") else ""
        words = [text] if text else []
        words += parsed.operands
        joined = " ".join(w for w in words if w)
        if len(joined) >= msg.BOOTARGS_MAX:
            self.zerror(msg.ZONEADM_BOOTARGS_TOO_LONG)
            return Z_ERR
        return joined, parsed.has("f")

    def boot(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("boot"):
            return Z_ERR
        parsed = self._bootargs("boot", args, "?fs")
        if isinstance(parsed, int):
            return parsed
        bootargs, force = parsed
        if not self.sanity_check("boot", force=force) or not self.verify("boot"):
            return Z_ERR
        zone = self.zone
        if zone.in_kernel and zone.state != "ready":
            self.zerror(msg.ZONEADMD_ALREADY_BOOTED)
            return Z_OK
        if self.locked():
            return Z_ERR
        return (yield from self._boot(bootargs, "boot"))

    def _boot(self, bootargs: str, kind: str) -> Steps:
        """zoneadmd: ready the zone if it is installed, then boot it."""
        inv, zone = self.inv, self.zone
        args = runtime.filter_bootargs(zone, bootargs)
        runtime.boot_notice(zone, args)
        warnings: list[str] = []
        if zone.state != "ready":
            try:
                warnings = runtime.bringup(inv.world, inv.host, inv.domain, zone)
            except runtime.BringupFailed as failed:
                runtime.notice(zone, msg.NOTICE_BOOT_FAILED)
                self.leave_half_done("zoneid")
                self.relay(failed.lines)
                self.zerror(msg.ZONEADM_CALL_FAILED)
                return Z_ERR
        self.relay(warnings + args.warnings)
        self.save()
        yield from self.long(
            kind,
            [(0.2, lambda: None), (1.0, lambda: self._started())],
        )
        return Z_OK

    def _started(self) -> None:
        runtime.start(self.inv.world, self.zone, self.solaris)
        self.save()

    def ready(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("ready"):
            return Z_ERR
        parsed = self.sub_getopt("ready", args, "?", single=True)
        if parsed.operands:
            self.sub_usage("ready")
            return Z_USAGE
        if not self.sanity_check("ready") or not self.verify("ready"):
            return Z_ERR
        zone, inv = self.zone, self.inv
        if zone.state == "ready":
            self.zerror(msg.ZONEADMD_ALREADY_READY)
            return Z_OK
        if self.locked():
            return Z_ERR
        was_running = zone.in_kernel
        if was_running:  # halted, then readied: its temporary pool stays
            yield from self._halt_steps("halt", keep_pool=True)
            zone = self.zone
        try:
            warnings = runtime.bringup(inv.world, inv.host, inv.domain, zone, was_running)
        except runtime.BringupFailed as failed:
            zone.pool_cpus = []  # vplat_teardown() after the failure destroys the pool
            self.save()
            self.leave_half_done("zoneid")
            self.relay(failed.lines)
            self.zerror(msg.ZONEADM_CALL_FAILED)
            return Z_ERR
        self.relay(warnings)
        runtime.notice(zone, msg.NOTICE_READIED)
        self.save()
        yield from self.long("ready", [(1.0, lambda: None)])
        return Z_OK

    def _halt_steps(
        self, kind: str, keep_pool: bool = False
    ) -> Generator[ReadLine, str | None, None]:
        """zone_halt(): shutting_down, down, then installed; a zone that comes straight
        back (reboot, ready of a running zone) keeps its temporary pool."""

        def state(name: str) -> Callable[[], None]:
            def act() -> None:
                self.zone.state = name  # type: ignore[assignment]

            return act

        def down() -> None:
            zone = self.zone
            runtime.teardown(zone, self.inv.solaris, rebooting=keep_pool)
            if not keep_pool:
                runtime.notice(zone, msg.NOTICE_HALTED)
            self.save()

        yield from self.long(
            kind, [(0.0, state("shutting_down")), (0.5, state("down")), (1.0, down)]
        )

    def halt(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("halt"):
            return Z_ERR
        parsed = self.sub_getopt("halt", args, "?", single=True)
        if parsed.operands:
            self.sub_usage("halt")
            return Z_USAGE
        if not self.sanity_check("halt"):
            return Z_ERR
        zone = self.zone
        if zone.state == "configured":
            self.inv.error(msg.ZONEADMD_CANNOT_MANAGE.format(state=zone.state))
            self.zerror(msg.ZONEADM_START_FAILED)
            return Z_ERR
        if zone.state == "incomplete":
            self.zerror(msg.ZONEADMD_INVALID_IN_STATE.format(cmd="halt", state=zone.state))
            return Z_ERR
        if zone.state == "installed":
            self.zerror(msg.ZONEADMD_ALREADY_HALTED)
            return Z_OK
        if self.locked():
            return Z_ERR
        yield from self._halt_steps("halt")
        return Z_OK

    def reboot(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("reboot"):
            return Z_ERR
        parsed = self.sub_getopt("reboot", args, "?", single=True)
        bootargs = " ".join(parsed.operands)
        if len(bootargs) >= msg.BOOTARGS_MAX:
            self.zerror(msg.ZONEADM_BOOTARGS_TOO_LONG)
            return Z_ERR
        if not self.sanity_check("reboot") or not self.verify("reboot"):
            return Z_ERR
        zone, inv = self.zone, self.inv
        if zone.state == "ready":
            self.zerror(msg.ZONEADMD_INVALID_IN_STATE.format(cmd="reboot", state=zone.state))
            return Z_ERR
        if self.locked():
            return Z_ERR
        runtime.notice(zone, msg.NOTICE_REBOOTING)
        yield from self._halt_steps("reboot", keep_pool=True)
        zone = self.zone
        args = runtime.filter_bootargs(zone, bootargs)
        try:
            warnings = runtime.bringup(inv.world, inv.host, inv.domain, zone, rebooting=True)
        except runtime.BringupFailed as failed:
            zone.pool_cpus = []
            self.save()
            self.leave_half_done("zoneid")
            self.relay(failed.lines)
            return Z_ERR
        self.relay(warnings + args.warnings)
        self.save()
        yield from self.long("boot", [(0.2, lambda: None), (1.0, self._started)])
        return Z_OK

    # -- install, uninstall ----------------------------------------------------------
    def install(self, args: list[str]) -> Steps:
        if self.target is None:
            self.sub_usage("install")
            return Z_USAGE
        if self.refuse_alt_root("install"):
            return Z_ERR
        zone = self.zone
        native = zone.brand == "native"
        optstring = "?x:" + ("" if native else msg.BRAND_INSTALL_OPTS)
        parsed = self.sub_getopt("install", args, optstring)
        for opt, value in parsed.options:
            if opt == "x" and value != "nodataset":
                self.sub_usage("install")
                return Z_USAGE
        if not self.sanity_check("install") or not self.verify("install"):
            return Z_ERR
        if self.locked():
            return Z_ERR
        if not native:
            return (yield from self._install_brand(parsed))
        inv = self.inv
        files = disk.files_copied(zone.config)
        log = posixpath.join(zone.zonepath, "root") + msg.INSTALL_LOG
        values = {"zone": zone.name, "files": files, "packages": disk.PACKAGES, "log": log}
        steps: list[operations.Step] = [(0.0, self._incomplete)]
        if not parsed.has("x"):
            steps.append((0.0, lambda: zfs_zones.create_zonepath(inv, self.zone.zonepath)))
        for text, fraction in msg.INSTALL_NATIVE:
            steps.append((fraction, _printer(inv, text.format(**values))))
            if fraction == 0.55:  # the files are in place: the zone root exists
                steps.insert(-1, (fraction, self._lay_down_root))
        steps.append((1.0, self._installed))
        kind = "install-whole-root" if disk.whole_root(zone.config) else "install"
        yield from self.long(kind, steps)
        return Z_OK

    def _install_brand(self, parsed) -> Steps:
        """The solaris8/solaris9 installer: from a flash archive (-a), -u or -p [M]."""
        inv, zone = self.inv, self.zone
        archive = parsed.value("a")
        refusal = self._brand_refusal(parsed)
        if refusal is not None:
            # the installer runs once the zone is incomplete; it exits ZONE_SUBPROC_USAGE
            # (or NOTCOMPLETE) and zoneadm cleans up after it (half_done "installer")
            self._incomplete()
            inv.error(refusal)
            self.cleanup_zonepath(zone.zonepath)
            zone.state = "configured"
            zone.uuid = ""
            self.save()
            self.leave_half_done("installer")
            return Z_ERR
        pid = 1000 + int(inv.world.fraction("pid", zone.name, inv.world.clock) * 9000)
        values = {"zone": zone.name, "pid": pid, "archive": archive, "zonepath": zone.zonepath}
        steps: list[operations.Step] = [(0.0, self._incomplete)]
        for text, fraction in msg.BRAND_INSTALL:
            steps.append((fraction, _printer(inv, text.format(**values))))
            if fraction == 0.9:
                steps.insert(-1, (fraction, self._lay_down_root))
        steps.append((1.0, self._installed))
        yield from self.long("install-brand", steps)
        return Z_OK

    def _brand_refusal(self, parsed: Options) -> str | None:
        """What the solaris8/solaris9 installer says before it installs anything [M]."""
        archive = parsed.value("a")
        if archive is None:
            return msg.BRAND_NO_ARCHIVE
        if not (parsed.has("u") or parsed.has("p")):
            return msg.BRAND_NO_MODE
        node = self.inv.fs.get(posixpath.normpath(posixpath.join("/", archive)))
        if node is None or node.kind != "file":
            return msg.BRAND_BAD_ARCHIVE.format(archive=archive)
        return None

    def _incomplete(self) -> None:
        """zone_set_state(INCOMPLETE): a fresh uuid for the fresh installation."""
        zone = self.zone
        zone.state = "incomplete"
        zone.uuid = self.inv.world.new_uuid()
        self.save()
        self.leave_half_done("incomplete")

    def _installed(self) -> None:
        self.zone.state = "installed"
        self.save()

    def _lay_down_root(self) -> None:
        disk.lay_down_root(self.solaris, self.zone, self.inv.world.clock)

    def uninstall(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("uninstall"):
            return Z_ERR
        parsed = self.sub_getopt("uninstall", args, "?F")
        if parsed.operands:
            self.sub_usage("uninstall")
            return Z_USAGE
        if not self.sanity_check("uninstall"):
            return Z_ERR
        inv, zone = self.inv, self.zone
        if not parsed.has("F"):
            answer = yield from ask_yesno(inv, msg.UNINSTALL_ASK.format(zone=zone.name))
            if answer == 0:
                return Z_OK
            if answer < 0:
                self.zerror(msg.UNINSTALL_NOT_TTY)
                return Z_ERR
        if self.locked():
            return Z_ERR

        def cleanup() -> None:
            self.cleanup_zonepath(self.zone.zonepath)

        runtime.notice(zone, msg.NOTICE_UNINSTALLING)

        def configured() -> None:
            self.zone.state = "configured"
            self.zone.uuid = ""
            self.save()

        def incomplete() -> None:
            self.zone.state = "incomplete"
            self.save()

        yield from self.long("uninstall", [(0.0, incomplete), (0.9, cleanup), (1.0, configured)])
        return Z_OK

    def cleanup_zonepath(self, zonepath: str, all_of_it: bool = False) -> None:
        """cleanup_zonepath(): the standard entries go; the zonepath too unless it holds
        the user's own files."""
        fs = self.solaris.fs
        if not fs.is_dir(zonepath) or zonepath == "/":
            return
        extra = [n for n in fs.children(zonepath) if n not in msg.STANDARD_ENTRIES]
        if extra and not all_of_it:
            for name in msg.STANDARD_ENTRIES:
                path = posixpath.join(zonepath, name)
                if fs.get(path) is not None:
                    fs.remove_tree(path)
            self.inv.error(msg.UNINSTALL_USER_DATA.format(path=zonepath))
            return
        if zfs_zones.is_zonepath_zfs(self.solaris, zonepath):
            zfs_zones.destroy_zonepath(self.inv, zonepath)
            return
        fs.remove_tree(zonepath)

    # -- clone -------------------------------------------------------------------------
    def clone(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("clone"):
            return Z_ERR
        parsed = self.sub_getopt("clone", args, "?m:s:", single=True)
        method, snapshot_name = parsed.value("m"), parsed.value("s")
        if len(parsed.operands) != 1 or (method is not None and method != "copy"):
            self.sub_usage("clone")
            return Z_USAGE
        source_name = parsed.operands[0]
        if not self.sanity_check("clone") or not self.verify("clone"):
            return Z_ERR
        if source_name == "global":
            self.zerror(msg.ZONEADM_GLOBAL_INVALID.format(cmd="clone"))
            return Z_ERR
        if source_name.startswith("SUNW"):
            self.zerror(msg.ZONEADM_SUNW_INVALID.format(cmd="clone"))
            return Z_ERR
        source = self.solaris.zones.get(source_name)
        if source is not None and source.in_kernel:
            self.zerror(msg.ZONEADM_INVALID_FOR.format(cmd="clone", state=source.state))
            return Z_ERR
        if source is None:
            self.inv.error(
                msg.ZONEADM_PERROR2.format(
                    zone=source_name,
                    what=msg.ZONEADM_COULD_NOT_GET_STATE,
                    reason=msg.ZONEADM_NO_SUCH_ZONE_REASON,
                )
            )
            return Z_ERR
        if source.state != "installed":
            self.inv.error(msg.CLONE_SOURCE_STATE.format(zone=source.name, state=source.state))
            return Z_ERR
        if not self._validate_clone(source):
            return Z_ERR
        if self.locked():
            return Z_ERR
        zone, inv = self.zone, self.inv
        if snapshot_name is not None:
            self._incomplete()
            inv.error(msg.CLONE_NO_SNAPSHOT.format(snapshot=snapshot_name))
            return Z_ERR

        source_path = source.zonepath  # (only read: by its path)

        cloned: list[bool] = []

        def zfs_clone() -> None:
            zonepath = self.zone.zonepath
            cloned.append(method is None and zfs_zones.clone_zonepath(inv, source_path, zonepath))
            if not cloned[0]:
                zfs_zones.create_zonepath(inv, zonepath)
                inv.out.write(msg.CLONE_COPYING.format(path=source_path))

        def copy() -> None:
            fs, zonepath = self.solaris.fs, self.zone.zonepath
            if not cloned[0]:
                for name in fs.children(source_path):
                    src = posixpath.join(source_path, name)
                    disk.copy_tree(fs, src, posixpath.join(zonepath, name))
            root = posixpath.join(zonepath, "root")
            if fs.is_dir(root + "/etc"):  # postclone: sys-unconfig the new zone
                fs.write(root + "/etc/.UNCONFIGURED", "", now=inv.world.clock)
            if not cloned[0]:
                inv.print()

        steps: list[operations.Step] = [
            (0.0, self._incomplete),
            (0.01, zfs_clone),
            (0.95, copy),
            (1.0, self._installed),
        ]
        kind = "clone-whole-root" if disk.whole_root(zone.config) else "clone"
        yield from self.long(kind, steps)
        return Z_OK

    def _validate_clone(self, source: Zone) -> bool:
        """validate_clone(): brands, inherit-pkg-dirs; warnings for what both share."""
        target = self.zone
        if source.brand != target.brand:
            self.inv.error(msg.CLONE_BRANDS.format(source=source.name, target=target.name))
            return False
        if not brand_installed(target.brand, list(self.inv.host.containers)):
            self.zerror(msg.ZONEADM_BAD_BRAND)
            return False
        ok = True
        target_dirs = [d.dir for d in target.config.inherit_pkg_dirs]
        source_dirs = [d.dir for d in source.config.inherit_pkg_dirs]
        for directory in source_dirs:
            if directory not in target_dirs:
                self.inv.error(msg.CLONE_IPD_MISSING.format(dir=directory, zone=target.name))
                ok = False
        if ok and len(target_dirs) != len(source_dirs):
            self.inv.error(msg.CLONE_IPD_EXTRA.format(target=target.name, source=source.name))
            ok = False
        self._clone_warnings(source, target)
        return ok

    def _clone_warnings(self, source: Zone, target: Zone) -> None:
        err = self.inv.error
        for t_fs in target.config.fs:
            s_fs = next((s for s in source.config.fs if s.special == t_fs.special), None)
            if s_fs is None:
                continue
            if t_fs.type == "lofs":
                if not t_fs.options or not s_fs.options:
                    err(msg.CLONE_WARN_LOFS.format(special=t_fs.special))
                elif "rw" in s_fs.options:
                    err(msg.CLONE_WARN_LOFS.format(special=s_fs.special))
                elif "rw" in t_fs.options:
                    err(msg.CLONE_WARN_LOFS.format(special=t_fs.special))
            else:
                err(msg.CLONE_WARN_FS.format(type=t_fs.type, special=t_fs.special))
        for t_net in target.config.net:
            address = t_net.address.partition("/")[0]
            if any(s.address and s.address.partition("/")[0] == address for s in source.config.net):
                err(msg.CLONE_WARN_NET.format(address=address))
        for t_dev in target.config.device:
            if any(
                fnmatch(s.match, t_dev.match) or fnmatch(t_dev.match, s.match)
                for s in source.config.device
            ):
                err(msg.CLONE_WARN_DEV.format(match=t_dev.match))
        for t_ds in target.config.dataset:
            if any(s.name == t_ds.name for s in source.config.dataset):
                # zoneadm names the source zone here (it sets target_zone to it)
                self.target = source.name
                self.zerror(msg.CLONE_WARN_DATASET.format(name=t_ds.name))
                self.target = target.name

    # -- move ----------------------------------------------------------------------------
    def move(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("move"):
            return Z_ERR
        parsed = self.sub_getopt("move", args, "?", single=True)
        if len(parsed.operands) != 1:
            self.sub_usage("move")
            return Z_USAGE
        new_path = parsed.operands[0]
        if not self.sanity_check("move") or not self.verify("move"):
            return Z_ERR
        zone, inv = self.zone, self.inv
        if not self._creating_zonepath(
            new_path, lambda: validate_zonepath(self.subject(), new_path, "move")
        ):
            return Z_ERR
        fs = self.solaris.fs
        if fs.children(new_path):
            inv.error(msg.MOVE_NOT_EMPTY.format(path=new_path))
            return Z_ERR
        if self.locked():
            return Z_ERR
        old_path = zone.zonepath
        on_zfs = zfs_zones.is_zonepath_zfs(self.solaris, old_path)
        fast = on_zfs or zfs_zones.same_filesystem(self.solaris, old_path, new_path, _filesystem_of)
        if fast and (new_path + "/").startswith(old_path + "/"):
            inv.error(msg.MOVE_FAILED.format(reason=msg.EINVAL))
            return Z_ERR

        def relocate() -> None:
            fs = self.solaris.fs
            if on_zfs:
                zfs_zones.move_zonepath(inv, old_path, new_path)
            elif fast:
                fs.rmdir(new_path)
                disk.move_tree(fs, old_path, new_path)
            else:
                for name in fs.children(old_path):
                    disk.copy_tree(
                        fs, posixpath.join(old_path, name), posixpath.join(new_path, name)
                    )
                inv.print()
            self.zone.config.zonepath = new_path
            self.save()

        def clean_old() -> None:
            inv.out.write(msg.MOVE_CLEANUP.format(path=old_path))
            self.solaris.fs.remove_tree(old_path)
            inv.print()

        steps: list[operations.Step] = []
        if not fast:
            steps.append((0.0, lambda: zfs_zones.create_zonepath(inv, new_path)))
            steps.append(
                (0.0, _printer(inv, msg.MOVE_COPYING.format(path=old_path), newline=False))
            )
        steps.append((0.9, relocate))
        if not fast:
            steps.append((1.0, clean_old))
        yield from self.long("move", steps)
        return Z_OK

    # -- detach, attach ----------------------------------------------------------------
    def detach(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("detach"):
            return Z_ERR
        parsed = self.sub_getopt("detach", args, "?n", single=True)
        execute = not parsed.has("n")
        if execute:
            if not self.sanity_check("detach") or not self.verify("detach"):
                return Z_ERR
        else:
            if self.target is None:
                self.zerror(msg.ZONEADM_NO_ZONE)
                return Z_ERR
            if self.target == "global":
                self.zerror(msg.ZONEADM_GLOBAL_INVALID.format(cmd="detach"))
                return Z_ERR
        zone, inv = self.zone, self.inv
        manifest = disk.detach_manifest(zone.config)
        if not execute:
            if not zone.at_least("installed"):
                inv.error(msg.DETACH_NO_INFO)
                return Z_ERR
            inv.out.write(manifest)
            return Z_OK
        if self.locked():
            return Z_ERR

        def detached() -> None:
            fs, zone = self.solaris.fs, self.zone
            path = posixpath.join(zone.zonepath, msg.DETACHED_XML)
            if fs.get(path) is not None:
                fs.remove(path)
            fs.write(path, manifest, now=inv.world.clock)
            zone.state = "configured"
            zone.uuid = ""
            self.save()

        yield from self.long("detach", [(1.0, detached)])
        return Z_OK

    def attach(self, args: list[str]) -> Steps:
        if self.refuse_alt_root("attach"):
            return Z_ERR
        parsed = self.sub_getopt("attach", args, "?Fn:u")
        force, update = parsed.has("F"), parsed.has("u")
        manifest_path = parsed.value("n")
        if manifest_path is not None and update:
            self.zerror(msg.ATTACH_N_AND_U)
            return Z_ERR
        if manifest_path is not None:
            return (yield from self._dryrun_attach(manifest_path))
        if not self.sanity_check("attach") or not self.verify("attach"):
            return Z_ERR
        if self.locked():
            return Z_ERR
        zone, inv = self.zone, self.inv
        fs = self.solaris.fs
        detached = posixpath.join(zone.zonepath, msg.DETACHED_XML)
        if not force:
            node = fs.get(detached)
            has_root = fs.is_dir(posixpath.join(zone.zonepath, "root"))
            if node is None or not has_root:
                if zone.brand != "native":
                    self.zerror(msg.ATTACH_NOT_A_DETACHED_ZONE)
                    return Z_ERR
                self.zerror(msg.ATTACH_NOT_DETACHED)  # one zerror(): \n\t inside
                if not has_root:
                    self.zerror(msg.ATTACH_CANNOT_GENERATE)
                    return Z_ERR
                attached_brand = zone.config.brand_name
            else:
                try:
                    attached_brand = config_from_xml(node.data).brand_name
                except InvalidDocument:
                    self.zerror(msg.ATTACH_EARLIER_RELEASE)
                    return Z_ERR
            if attached_brand != zone.config.brand_name:
                self.zerror(
                    msg.ATTACH_BRAND_MISMATCH.format(
                        atbrand=attached_brand, brand=zone.config.brand_name
                    )
                )
                return Z_ERR

        def attached() -> None:
            fs, zone = self.solaris.fs, self.zone
            if fs.get(detached) is not None:
                data = fs.read(detached)
                fs.remove(detached)
                if force:  # zonecfg_rm_detached(forced): the manifest stays, renamed
                    fs.write(
                        posixpath.join(zone.zonepath, msg.ATTACHED_XML), data, now=inv.world.clock
                    )
            zone.state = "installed"
            zone.uuid = zone.uuid or inv.world.new_uuid()
            self.save()

        kind = "attach-update" if update else "attach"
        yield from self.long(kind, [(1.0, attached)])
        return Z_OK

    def _dryrun_attach(self, path: str) -> Steps:
        """attach -n: check a manifest against this system; nothing changes."""
        inv = self.inv
        if path == "-":
            text = ""
            while True:
                line = yield from inv.stdin.readline()
                if line is None:
                    break
                text += line + "\n"
        else:
            node = inv.solaris.fs.get(posixpath.normpath(posixpath.join("/", path)))
            if node is None:
                inv.error(msg.ATTACH_NO_MANIFEST.format(reason=msg.ENOENT))
                return Z_ERR
            if node.kind != "file":
                self.zerror(msg.ATTACH_NOT_XML.format(path=path))
                return Z_ERR
            text = node.data
        try:
            config = config_from_xml(text)
        except InvalidDocument:
            if path == "-":
                self.zerror(msg.ATTACH_STDIN_NOT_XML)
            elif not text.startswith("<?xml"):
                self.zerror(msg.ATTACH_NOT_XML.format(path=path))
            else:
                self.zerror(msg.ATTACH_EARLIER_RELEASE)
            return Z_ERR
        zone = self.solaris.zones.get(config.name) or Zone(config=config)
        target = Target(inv, zone, inv.host, inv.domain)
        return Z_OK if verify_handle(target, config, "attach") else Z_ERR

    # -- mark ----------------------------------------------------------------------------
    def mark(self, args: list[str]) -> Steps:
        if args != ["incomplete"]:
            return Z_USAGE  # mark_func() prints nothing
        if not self.sanity_check("mark"):
            return Z_ERR
        if self.locked():
            return Z_ERR

        def marked() -> None:
            zone = self.zone
            zone.uuid = self.inv.world.new_uuid()
            if zone.in_kernel:
                zone.marked_incomplete = True  # the index says so; the kernel runs on
            else:
                zone.state = "incomplete"
            self.save()

        yield from self.long("mark", [(1.0, marked)])
        return Z_OK


def _getopt_once(args: list[str], optstring: str, prog: str):
    """One getopt() call, as the subcommands that test it with `if` (not `while`)
    make: only the first option counts, what follows it is left as operands."""
    if not args or args[0] == "-" or not args[0].startswith("-"):
        return Options([], list(args))
    if args[0] == "--":
        return Options([], args[1:])
    first = scan(args[:2], optstring, prog)
    flag, value = first.flags[0]
    if flag == "?":
        raise GetoptError(value, value[-1] if value else "?")
    takes_value = value is not None
    if takes_value:
        consumed = 1 if len(args[0]) > 2 else 2
        return Options([(flag, value)], args[consumed:])
    if len(args[0]) > 2:  # more letters in the same word: getopt has not moved on
        return Options([(flag, None)], ["-" + args[0][2:], *args[1:]])
    return Options([(flag, None)], args[1:])


def _filesystem_of(path: str) -> str:
    """Which mounted filesystem a path is on: the tmpfs ones, or the root."""
    for mount in ("/tmp", "/var/run"):
        if path == mount or path.startswith(mount + "/"):
            return mount
    return "/"


def _printer(inv: Invocation, text: str, newline: bool = True) -> Callable[[], None]:
    def act() -> None:
        inv.out.write(text + ("\n" if newline else ""))

    return act


def ask_yesno(inv: Invocation, question: str) -> Generator[ReadLine, str | None, int]:
    """ask_yesno(B_FALSE, ...): 1 yes, 0 no (also Enter and end of input), -1 when
    stdin is not a terminal."""
    if not inv.stdin.terminal or isinstance(inv.stdin, TextInput):
        return -1
    while True:
        line = yield from inv.stdin.readline(question, question=True)
        if line is None or line == "":
            return 0
        if line[0].lower() == "y":
            return 1
        if line[0].lower() == "n":
            return 0


def usage(inv: Invocation, explicit: bool) -> int:
    """usage(): verbose on stdout for `-?`/`help`, terse on stderr otherwise."""
    text = msg.ZONEADM_USAGE_HEAD.format(prog="zoneadm")
    for _, short, long in msg.ZONEADM_SUBCOMMANDS:
        if short:
            text += short + "\n" + (f"\t{long}\n\n" if explicit else "")
    if explicit:
        inv.out.write(text)
        return Z_OK
    inv.err.write(text + "\n")
    return Z_USAGE


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    if len(args) >= 2 and args[-2] == "-z":
        return ["global", *inv.solaris.zones]
    subs = [name for name, short, _ in msg.ZONEADM_SUBCOMMANDS if short]
    return ["-z", *subs]


HANDLERS: dict[str, Callable[[Zoneadm, list[str]], object]] = {
    "list": Zoneadm.list,
    "help": Zoneadm.help,
    "verify": Zoneadm.verify_cmd,
    "boot": Zoneadm.boot,
    "ready": Zoneadm.ready,
    "halt": Zoneadm.halt,
    "reboot": Zoneadm.reboot,
    "install": Zoneadm.install,
    "uninstall": Zoneadm.uninstall,
    "clone": Zoneadm.clone,
    "move": Zoneadm.move,
    "detach": Zoneadm.detach,
    "attach": Zoneadm.attach,
    "mark": Zoneadm.mark,
}


# subcommands that only read: a run of one takes no copy of the world
READING = frozenset({"list", "help", "verify"})


BRINGING_UP = frozenset({"boot", "ready", "reboot"})


def _scope(argv: list[str]) -> Scope:
    """What a zoneadm run may change: the zone `-z` names and the files (a clone's
    source is only read), else (`-u UUID` names one too) its Solaris instance; nothing
    when it lists, verifies, or prints help."""
    options = scan(argv[1:], "?u:z:R:", "zoneadm")
    if options.operands and options.operands[0] in READING:
        return "nothing"
    if options.operands and options.operands[0] in BRINGING_UP:
        return "solaris"  # a temporary pool's commit shares the CPUs of other zones' sets
    by_uuid = any(flag == "u" for flag, _ in options.flags)
    return "zone" if argv[1:2] == ["-z"] and len(argv) > 2 and not by_uuid else "solaris"


@command(
    "zoneadm",
    usage="zoneadm [-z zone] subcommand [options]",
    summary="administer zones: list, boot, halt, install, clone, ...",
    paths=("/usr/sbin/zoneadm",),
    scope=_scope,
    complete=_complete,
    saves_itself=True,
)
def zoneadm(inv: Invocation) -> Steps:
    """Run zoneadm; a failed command (status other than 0) changes nothing unless it
    failed half-done (zones.half_done)."""
    run = Zoneadm(inv, None)
    status = yield from _main(inv, run)
    saved = inv.saved  # None for a run that changes nothing, or refused before its handler
    if status != Z_OK and saved is not None and run.half_done is None:
        saved.rollback()
    return status


def _main(inv: Invocation, run: Zoneadm) -> Steps:
    try:
        parsed = getopt(inv.argv[1:], "?u:z:R:", "zoneadm")
    except GetoptError as error:
        if error.message:
            inv.error(error.message)
        return usage(inv, explicit=error.message is None)
    target = run.target = parsed.value("z")
    root = parsed.value("R")
    if root is not None:
        if not root.startswith("/"):
            run.zerror(msg.ZONEADM_ROOT_ABSOLUTE)
            return Z_ERR
        if not inv.solaris.fs.is_dir(posixpath.normpath(root)):
            run.zerror(msg.ZONEADM_ROOT_DIRECTORY)
            return Z_ERR
        run.alt_root = posixpath.normpath(root) != "/"
    if not parsed.operands:
        return usage(inv, explicit=False)
    match = parsed.value("u")
    if match:
        import uuid  # -u only: its import costs every zoneadm a few milliseconds

        try:
            uuid.UUID(match)
        except ValueError:
            run.zerror(msg.ZONEADM_BAD_UUID)
            return Z_ERR
        found = next((z.name for z in inv.solaris.zones.values() if z.uuid == match), None)
        if found is not None and inv.zone is None:
            run.target = target = found
    if target is not None and not _zone_known(inv, target):
        inv.error(msg.ZONEADM_NO_SUCH_ZONE.format(zone=target))
        return Z_ERR
    if inv.zone is not None and target is not None and target != "global":
        run.zerror(msg.ZONEADM_BAD_BRAND)  # a local zone cannot read the zone's XML
        return Z_ERR
    if target is not None and target != "global":
        brand = inv.solaris.zones[target].brand
        if not brand_installed(brand, list(inv.host.containers)):
            run.zerror(msg.ZONEADM_BAD_BRAND)
            return Z_ERR
    sub, args = parsed.operands[0], parsed.operands[1:]
    handler = HANDLERS.get(sub) if SHORT_USAGE.get(sub) else None
    if handler is None:
        return usage(inv, explicit=False)
    if inv.scope != "nothing":  # what was checked so far changed nothing
        inv.savepoint()
    try:
        result = handler(run, args)
        if isinstance(result, GeneratorType):
            result = yield from result
        return int(result)  # type: ignore[arg-type]
    except Usage as usage_exit:
        return Z_OK if usage_exit.args[0] else Z_USAGE
    except operations.OperationLost:
        run.zerror(msg.ZONEADM_CALL_FAILED)
        return Z_ERR


def _zone_known(inv: Invocation, name: str) -> bool:
    """Whether `name` is a zone zoneadm can see from where it runs."""
    if inv.zone is not None:
        return name == inv.zone.name
    return name == "global" or name in inv.solaris.zones
