"""zpool(1M) list and status of the instance's pools (reference/runtime.md §5; [V]
zpool_main.c of onnv_86). A local zone sees no pools."""

from __future__ import annotations

from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs.space import Usage
from zonetui.sim.zfs.view import nicenum

COLUMNS = ("name", "size", "used", "available", "capacity", "health", "altroot")
HEADERS = {"name": "NAME", "size": "SIZE", "used": "USED", "available": "AVAIL",
           "capacity": "CAP", "health": "HEALTH", "altroot": "ALTROOT"}  # fmt: skip
RIGHT = frozenset({"size", "used", "available", "capacity"})


def _pools(inv: Invocation):
    zfs = inv.solaris.zfs
    return [] if zfs is None or inv.zone is not None else list(zfs.pools)


def _list(inv: Invocation, args: list[str]) -> int:
    options = scan(args, ":Ho:", "zpool")
    columns = list(COLUMNS)
    for flag, value in options.flags:
        if flag == "?":
            opt = (value or "?")[-1]
            text = (f"missing argument for '{opt}' option" if opt == "o"
                    else msg.INVALID_OPTION.format(opt=opt))  # fmt: skip
            inv.error(text)
            inv.err.write("usage:\n" + msg.ZPOOL_USAGE["list"])
            return 2
        if flag == "o":
            columns = (value or "").split(",")
            for column in columns:
                if column not in HEADERS:
                    inv.error(f"invalid property '{column}'")
                    inv.err.write("usage:\n" + msg.ZPOOL_USAGE["list"])
                    return 2
    pools = _pools(inv)
    status = 0
    if options.operands:
        known = {p.name: p for p in pools}
        chosen = []
        for name in options.operands:
            if name in known:
                chosen.append(known[name])
            else:
                inv.error(msg.POOL_NOT_FOUND.format(name=name))
                status = 1
        pools = chosen
    if not pools:
        if status == 0:
            inv.print(msg.NO_POOLS)
        return status
    usage = Usage(inv.solaris)
    rows = []
    for pool in pools:
        used = usage.pool_allocated(pool.name)
        values = {
            "name": pool.name, "size": nicenum(pool.size_kb * 1024), "used": nicenum(used * 1024),
            "available": nicenum((pool.size_kb - used) * 1024),
            "capacity": f"{used * 100 // pool.size_kb}%", "health": "ONLINE", "altroot": "-",
        }  # fmt: skip
        rows.append([values[c] for c in columns])
    if options.has("H"):
        for row in rows:
            inv.print("\t".join(row))
        return status
    headers = [HEADERS[c] for c in columns]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        cells = []
        for i, cell in enumerate(row):
            if columns[i] in RIGHT:
                cells.append(cell.rjust(widths[i]))
            elif i == len(row) - 1:
                cells.append(cell)
            else:
                cells.append(cell.ljust(widths[i]))
        inv.print("  ".join(cells))
    return status


def _status(inv: Invocation, args: list[str]) -> int:
    options = scan(args, ":vx", "zpool")
    for flag, value in options.flags:
        if flag == "?":
            inv.error(msg.INVALID_OPTION.format(opt=(value or "?")[-1]))
            inv.err.write("usage:\n" + msg.ZPOOL_USAGE["status"])
            return 2
    pools = _pools(inv)
    status = 0
    if options.operands:
        known = {p.name: p for p in pools}
        chosen = []
        for name in options.operands:
            if name in known:
                chosen.append(known[name])
            else:
                inv.error(msg.POOL_NOT_FOUND.format(name=name))
                status = 1
        pools = chosen
    if not pools:
        if status == 0:
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
        inv.print(msg.STATUS_HEADER.format(name="NAME", width=width, state="STATE", read="READ",
                                           write="WRITE", cksum="CKSUM"))  # fmt: skip
        for name in (pool.name, "  " + pool.device):
            inv.print(msg.STATUS_HEADER.format(name=name, width=width, state="ONLINE", read="0",
                                               write="0", cksum="0"))  # fmt: skip
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
    """zpool list and status."""
    args = inv.argv[1:]
    if not args or args[0] not in SUBCOMMANDS:
        if args:
            inv.error(msg.ZPOOL_UNRECOGNIZED.format(cmd=args[0]))
        else:
            inv.error("missing command")
        inv.err.write(msg.ZPOOL_USAGE_ALL + "\n" + msg.ZPOOL_USAGE["list"] + msg.ZPOOL_USAGE["status"])
        return 2
    return SUBCOMMANDS[args[0]](inv, args[1:])
