"""poolstat(1M): statistics of the pools' processor sets (reference/runtime.md §1.4;
ON86 poolstat.c). Intervals do not wait: each sample moves the world clock on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zonetui.sim.invocation import Invocation
from zonetui.sim.pools import messages as msg
from zonetui.sim.pools.partition import PoolView, PsetView, Running
from zonetui.sim.pools.pooladm import PoolsError, pset_load, view
from zonetui.sim.registry import command

PROG = "poolstat"
# `poolstat INTERVAL` samples until interrupted; a script cannot interrupt it, so it
# stops after this many samples
ENDLESS = 100


@dataclass(frozen=True)
class Field:
    """A column: its name for -o, header, width, and how its value prints."""

    name: str
    header: str
    width: int
    kind: str  # "int" right, "str" left, "float" FL rule, "big" bigno_f()


# the -r columns (pset_ffs) and the default ones (pool_ffs), in print order
PSET_FIELDS = (
    Field("id", "id", 3, "int"),
    Field("pool", "pool", 20, "str"),
    Field("type", "type", 4, "str"),
    Field("rid", "rid", 3, "int"),
    Field("rset", "rset", 20, "str"),
    Field("min", "min", 4, "big"),
    Field("max", "max", 4, "big"),
    Field("size", "size", 4, "int"),
    Field("used", "used", 4, "float"),
    Field("load", "load", 4, "float"),
)
POOL_FIELDS = (
    Field("id", "id", 3, "int"),
    Field("pool", "pool", 20, "str"),
    Field("size", "size", 4, "int"),
    Field("used", "used", 4, "float"),
    Field("load", "load", 4, "float"),
)
BY_NAME = {f.name: f for f in PSET_FIELDS}
SUFFIXES = "KMGTPE"


def _float(value: float, width: int) -> str:
    """The FL rule: two decimals below 10, one below 100, none above."""
    if value < 10:
        return f"{value:{width}.2f}"
    if value < 100:
        return f"{value:{width}.1f}"
    return f"{value:{width}.0f}"


def _big(value: int, width: int) -> str:
    """bigno_f(): below 1000 as is, else scaled by 1000 with a suffix."""
    if value < 1000:
        return f"{value:{width}.0f}"
    scaled = float(value)
    suffix = 0
    while scaled >= 1000 and suffix < len(SUFFIXES):
        scaled /= 1000
        suffix += 1
    return f"{scaled:{width - 1}.0f}{SUFFIXES[suffix - 1]}"


def _cell(field: Field, value: object) -> str:
    if field.kind == "str":
        text = str(value)
        if len(text) > field.width:
            text = text[: field.width - 3] + "..."
        return f"{text:<{field.width}}"
    if field.kind == "float":
        return _float(float(value), field.width)  # type: ignore[arg-type]
    if field.kind == "big":
        return _big(int(value), field.width)  # type: ignore[call-overload]
    return f"{value:>{field.width}}"


def _header(fields: tuple[Field, ...]) -> str:
    cells = [
        f"{f.header:<{f.width}}" if f.kind == "str" else f"{f.header:>{f.width}}" for f in fields
    ]
    return " ".join(cells)


def _row(fields: tuple[Field, ...], values: dict[str, object]) -> str:
    return " ".join(_cell(f, values[f.name]) for f in fields)


def _values(pool: PoolView, pset: PsetView, load: Callable[[PsetView], int]) -> dict[str, object]:
    return {
        "id": pool.sys_id,
        "pool": pool.name,
        "type": "pset",
        "rid": pset.sys_id,
        "rset": pset.name,
        "min": pset.min,
        "max": pset.max,
        "size": len(pset.cpus),
        "used": 0.0,  # no process of the simulation uses a CPU
        "load": load(pset) / 1000,
    }


class Usage(Exception):
    """usage(): exit 2, after the line (if any) printed before it."""

    def __init__(self, line: str | None = None) -> None:
        super().__init__(line or "")
        self.line = line


def _parse(argv: list[str]) -> tuple[dict[str, list[str]], list[int]]:
    """getopt(":p:r:o:") and the operands interval and count."""
    given: dict[str, list[str]] = {}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            i += 1
            break
        if len(arg) < 2 or not arg.startswith("-"):
            break
        opt = arg[1]
        if opt not in "pro":
            raise Usage(msg.POOLSTAT_ILLEGAL.format(prog=PROG, opt=opt))
        if len(arg) > 2:
            value = arg[2:]
        elif i + 1 < len(argv):
            i += 1
            value = argv[i]
        else:
            raise Usage(msg.POOLSTAT_NEEDS.format(opt=opt))
        given.setdefault(opt, []).append(value)
        i += 1
    numbers = []
    for operand in argv[i:]:
        if len(numbers) == 2 or not operand.isdigit() or int(operand) < 1:
            raise Usage()
        numbers.append(int(operand))
    return given, numbers


def _words(values: list[str], separators: str) -> list[str]:
    text = " ".join(values)
    for sep in separators:
        text = text.replace(sep, " ")
    return text.split()


def _columns(formats: list[str]) -> tuple[Field, ...]:
    """-o: the named columns in the order given; an unknown name is a usage error."""
    fields = []
    for name in _words(formats, ",\t\r\v\f\n"):
        if name not in BY_NAME:
            raise Usage(msg.UNSUPPORTED_FIELD.format(name=name))
        fields.append(BY_NAME[name])
    return tuple(fields)


def _select(conf: Running, names: list[str]) -> list[PoolView]:
    """-p: the pools named or numbered, in the order given."""
    if not names:
        return conf.pools
    chosen = []
    for key in names:
        pool = conf.pool_by(key)
        if pool is None:
            raise PoolsError(msg.STATS_POOL.format(prog=PROG, name=key))
        chosen.append(pool)
    return chosen


def _sample(inv: Invocation, given: dict[str, list[str]], columns: tuple[Field, ...]) -> None:
    conf = view(inv, PROG)
    pools = _select(conf, _words(given.get("p", []), " \t"))

    def load(pset: PsetView) -> int:
        return pset_load(inv, pset)

    if "r" not in given:
        inv.print(f"{'pset':>34}")
        inv.print(_header(POOL_FIELDS))
        for pool in pools:
            pset = conf.pset(pool.pset) or conf.psets[-1]
            inv.print(_row(POOL_FIELDS, _values(pool, pset, load)))
        return
    for rtype in _rtypes(given["r"]):
        if rtype != "pset":
            raise PoolsError(msg.UNSUPPORTED_RTYPE.format(prog=PROG, name=rtype))
        inv.print(_header(columns))
        for pool in pools:
            pset = conf.pset(pool.pset) or conf.psets[-1]
            inv.print(_row(columns, _values(pool, pset, load)))


def _rtypes(values: list[str]) -> list[str]:
    types = _words(values, " \t,")
    if not types or types[0] == "all":
        return ["pset"]
    return types


@command(
    "poolstat",
    scope="clock",
    usage="poolstat [-p pool-list] [-r rset-list] [-o format] [interval [count]]",
    summary="report active pool statistics",
    paths=("/usr/bin/poolstat",),
    complete=lambda inv, args: ["-r", "-p", "-o", "pset", "all"],
)
def poolstat(inv: Invocation) -> int:
    try:
        given, numbers = _parse(inv.argv[1:])
        columns = _columns(given["o"]) if "o" in given else PSET_FIELDS
        if "o" in given and "r" not in given:
            raise Usage()
    except Usage as usage:
        if usage.line:
            inv.error(usage.line)
        inv.err.write(msg.POOLSTAT_USAGE)
        return 2
    interval = numbers[0] if numbers else 0
    count = numbers[1] if len(numbers) > 1 else (ENDLESS if numbers else 1)
    try:
        view(inv, PROG)  # pool_conf_open() of the running configuration
        for n in range(count):
            _sample(inv, given, columns)
            if n + 1 < count:
                inv.world.advance(interval)
                if "r" in given:
                    inv.print()
    except PoolsError as error:
        inv.error(str(error))
        return 1
    return 0
