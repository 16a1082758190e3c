"""zpool(1M) list and status of the instance's pools (reference/runtime.md §5; [V]
zpool_main.c and zpool_prop.c of onnv_86). Exit 0, 1 on error, 2 on a usage error. A
local zone sees no pools."""

from __future__ import annotations

from dataclasses import dataclass

from zonetui.model.zfs import Pool
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs import pool as zfs_pool
from zonetui.sim.zfs import table
from zonetui.sim.zfs.space import Usage
from zonetui.sim.zfs.view import nicenum

LIST_DEFAULT = "name,size,used,available,capacity,health,altroot"
POOL_VERSION = "15"  # Solaris 10 10/09 [M]


@dataclass(frozen=True)
class PoolProp:
    name: str
    header: str
    kind: str  # number, index, string
    readonly: bool
    values_text: str
    values: tuple[str, ...] = ()

    @property
    def column(self) -> table.Column:
        width = max([len(self.header), *(len(v) for v in self.values)])
        if self.kind == "number":
            width = max(width, 5)
        return table.Column(self.header, width, self.kind != "string", self.kind == "number")


POOL_PROPS = {p.name: p for p in (
    PoolProp("name", "NAME", "string", True, ""),
    PoolProp("altroot", "ALTROOT", "string", False, "<path>"),
    PoolProp("bootfs", "BOOTFS", "string", False, "<filesystem>"),
    PoolProp("cachefile", "CACHEFILE", "string", False, "<file> | none"),
    PoolProp("size", "SIZE", "number", True, "<size>"),
    PoolProp("used", "USED", "number", True, "<size>"),
    PoolProp("available", "AVAIL", "number", True, "<size>"),
    PoolProp("capacity", "CAP", "number", True, "<size>"),
    PoolProp("guid", "GUID", "number", True, "<guid>"),
    PoolProp("health", "HEALTH", "number", True, "<state>"),
    PoolProp("version", "VERSION", "number", False, "<version>"),
    PoolProp("delegation", "DELEGATION", "index", False, "on | off", ("on", "off")),
    PoolProp("autoreplace", "REPLACE", "index", False, "on | off", ("on", "off")),
    PoolProp("failmode", "FAILMODE", "index", False, "wait | continue | panic | abort",
             ("wait", "continue", "panic", "abort")),
)}  # fmt: skip


class UsageError(Exception):
    """A usage error: the message, then the subcommand's usage, exit 2."""


def usage_text(sub: str | None) -> str:
    if sub is None:
        body = "".join("\n" if s is None else msg.ZPOOL_USAGE[s] for s in msg.ZPOOL_USAGE_ORDER)
        return msg.ZPOOL_USAGE_ALL + body
    text = msg.USAGE_HEAD + "\n" + msg.ZPOOL_USAGE[sub]
    if sub in ("list", "get", "set"):
        rows = []
        for prop in sorted(POOL_PROPS.values(), key=lambda p: p.name):
            if prop.name == "name":
                continue  # hidden
            edit = msg.ZPOOL_EDIT_NO if prop.readonly else msg.ZPOOL_EDIT_YES
            rows.append(f"\t{prop.name:<13}  {edit}{prop.values_text or '-'}\n")
        text += msg.ZPOOL_PROPS_HEAD + "".join(rows)
    return text


def _options(args: list[str], optstring: str):
    options = scan(args, optstring, "zpool")
    for flag, value in options.flags:
        if flag == "?":
            opt = (value or "?")[-1]
            if opt in optstring:
                raise UsageError(msg.MISSING_ARG.format(opt=opt))
            raise UsageError(msg.INVALID_OPTION.format(opt=opt))
    return options


def _pools(inv: Invocation, names: list[str]) -> tuple[list[Pool], int]:
    """for_each_pool(): the named pools (all without names); a zone has none."""
    zfs = inv.solaris.zfs
    pools = [] if zfs is None or inv.zone is not None else list(zfs.pools)
    if not names:
        return pools, 0
    known = {p.name: p for p in pools}
    chosen, status = [], 0
    for name in names:
        if name in known:
            chosen.append(known[name])
        else:
            inv.error(msg.POOL_NOT_FOUND.format(name=name))
            status = 1
    return chosen, status


def _value(inv: Invocation, pool: Pool, usage: Usage, prop: str) -> str:
    used = usage.pool_allocated(pool.name) * 1024
    size = pool.size_kb * 1024
    guid = int(inv.world.fraction("zpool-guid", inv.host.name, pool.name) * (1 << 63))
    root = pool.name == zfs_pool.ROOT_POOL
    values = {
        "name": pool.name, "size": nicenum(size), "used": nicenum(used),
        "available": nicenum(size - used), "capacity": f"{used * 100 // size}%",
        "health": "ONLINE", "altroot": "-", "guid": str(guid), "version": POOL_VERSION,
        "bootfs": f"{pool.name}/ROOT/{zfs_pool.BE_NAME}" if root else "-",
        "cachefile": "-", "delegation": "on", "autoreplace": "off", "failmode": "wait",
    }  # fmt: skip
    return values[prop]


def _list(inv: Invocation, args: list[str]) -> int:
    options = _options(args, ":Ho:")
    fields = options.value("o") or LIST_DEFAULT
    columns = []
    for field in fields.split(","):
        prop = POOL_PROPS.get(field) or next(
            (p for p in POOL_PROPS.values() if p.header.lower() == field.lower()), None
        )
        if prop is None:
            raise UsageError(msg.BAD_PROPERTY_ARG.format(prop=field))
        columns.append(prop)
    pools, status = _pools(inv, options.operands)
    if not pools:
        if not options.operands and not options.has("H"):
            inv.print(msg.NO_POOLS)
        return status
    usage = Usage(inv.solaris)
    rows = [[_value(inv, pool, usage, c.name) for c in columns] for pool in pools]
    for line in table.lines([c.column for c in columns], rows, options.has("H")):
        inv.print(line)
    return status


def _status(inv: Invocation, args: list[str]) -> int:
    options = _options(args, ":vx")
    pools, status = _pools(inv, options.operands)
    if not pools:
        if not options.operands:
            inv.print(msg.NO_POOLS)
        return status
    if options.has("x"):
        inv.print(msg.ALL_HEALTHY)
        return status
    for index, pool in enumerate(pools):
        if index:
            inv.print()
        width = max(10, len(pool.name), len(pool.device) + 2)
        inv.print(msg.STATUS_POOL.format(name=pool.name))
        inv.print(msg.STATUS_STATE.format(health="ONLINE"))
        inv.print(msg.STATUS_SCRUB)
        inv.print(msg.STATUS_CONFIG)
        inv.print()
        rows = [("NAME", "STATE", "READ", "WRITE", "CKSUM"),
                (pool.name, "ONLINE", "0", "0", "0"),
                ("  " + pool.device, "ONLINE", "0", "0", "0")]  # fmt: skip
        for name, state, read, write, cksum in rows:
            inv.print(msg.STATUS_ROW.format(name=name, width=width, state=state, read=read,
                                            write=write, cksum=cksum))  # fmt: skip
        inv.print()
        inv.print(msg.STATUS_ERRORS)
    return status


SUBCOMMANDS = {"list": _list, "status": _status}


@command(
    "zpool",
    usage="zpool command args ...",
    summary="configures ZFS storage pools",
    paths=("/usr/sbin/zpool", "/sbin/zpool"),
    scope="nothing",
)
def zpool(inv: Invocation) -> int:
    """zpool list and status; the other subcommands change pools, which are not
    simulated beyond the root pool."""
    args = inv.argv[1:]
    if not args:
        inv.error(msg.MISSING_COMMAND)
        inv.err.write(usage_text(None))
        return 2
    sub = args[0]
    if sub == "-?":
        inv.out.write(usage_text(None))
        return 0
    if sub in msg.ZPOOL_USAGE and sub not in SUBCOMMANDS:
        inv.error(msg.ZPOOL_NOT_SIMULATED.format(sub=sub))
        return 1
    if sub not in SUBCOMMANDS:
        inv.error(msg.UNRECOGNIZED.format(cmd=sub))
        inv.err.write(usage_text(None))
        return 2
    try:
        return SUBCOMMANDS[sub](inv, args[1:])
    except UsageError as error:
        inv.error(str(error))
        inv.err.write(usage_text(sub))
        return 2
