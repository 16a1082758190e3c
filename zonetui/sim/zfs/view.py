"""What zfs shows of one dataset: property values as text, and which datasets a zone
sees (its delegated datasets, what is below them, and their parents by name)."""

from __future__ import annotations

import time

from zonetui.model import Solaris, Zone
from zonetui.model.zfs import Zfs
from zonetui.sim.zfs import pool as zpool
from zonetui.sim.zfs.props import Prop, applies, lookup
from zonetui.sim.zfs.space import Usage

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def nicenum(num: int) -> str:
    """zfs_nicenum(): 1024-based, at most five characters."""
    n, index = num, 0
    while n >= 1024 and index < 6:
        n //= 1024
        index += 1
    unit = " KMGTPE"[index]
    if index == 0:
        return str(num)
    if num % (1 << (10 * index)) == 0:
        return f"{n}{unit}"
    for precision in (2, 1, 0):
        text = f"{num / (1 << (10 * index)):.{precision}f}{unit}"
        if len(text) <= 5:
            return text
    return text


def creation(epoch: float) -> str:
    """ctime-like "%a %b %e %k:%M %Y" of zfs_prop_get(ZFS_PROP_CREATION)."""
    t = time.gmtime(int(epoch))
    return (f"{_DAYS[t.tm_wday]} {_MONTHS[t.tm_mon - 1]} {t.tm_mday:>2} "
            f"{t.tm_hour:>2}:{t.tm_min:02} {t.tm_year}")  # fmt: skip


def size_text(value: str, parsable: bool) -> str:
    if value in ("", "none", "0"):
        return "none" if value != "0" or not parsable else "0"
    return value if parsable else nicenum(int(value))


class Shown:
    """Property values of the datasets of one Solaris, as zfs list and get print them."""

    def __init__(self, solaris: Solaris, zone: Zone | None) -> None:
        self.zfs: Zfs = solaris.zfs  # type: ignore[assignment]
        self.usage = Usage(solaris)
        self.zone = zone

    def value(self, name: str, prop: Prop, parsable: bool = False) -> tuple[str, str] | None:
        """(value, source) of `prop` on `name`; None if the dataset has no such property.
        The source is "-" for read-only values, "default", "local" or
        "inherited from X"."""
        zfs, dataset = self.zfs, self.zfs.datasets[name]
        if not applies(prop, dataset.kind):
            return None
        number = (lambda kb: str(kb * 1024)) if parsable else (lambda kb: nicenum(kb * 1024))
        figures = self.usage.figures(name)
        computed = {
            "type": lambda: dataset.kind,
            "creation": lambda: (
                str(int(dataset.created)) if parsable else creation(dataset.created)
            ),
            "used": lambda: number(figures.used_kb),
            "available": lambda: "-" if figures.avail_kb is None else number(figures.avail_kb),
            "referenced": lambda: number(figures.refer_kb),
            "compressratio": lambda: "1.00x",
            "mounted": lambda: "yes" if self.mounted(name) else "no",
            "origin": lambda: dataset.origin,
            "name": lambda: name,
        }
        if prop.name in computed:
            value = computed[prop.name]()
            if prop.name == "origin" and not value:
                return None
            return value, "-"
        if prop.name == "mountpoint":
            path, where = zpool.mountpoint(zfs, name)
            return path, _source(name, where)
        if prop.attr == "onetime" or prop.name == "version":  # kept by the file system
            return dataset.props.get(prop.name, prop.default), "-"
        if prop.inherit:
            value, where = zpool.inherited(zfs, name, prop.name)
            return value, _source(name, where)
        value = dataset.props.get(prop.name)
        if prop.name == "volsize" and value is not None:
            return (value if parsable else nicenum(int(value))), "-"
        if value is None:
            default = prop.default
            if prop.number and default not in ("none", "") and parsable:
                default = str(_parse_size(default))
            return default, "default"
        if prop.number:
            return size_text(value, parsable), "local"
        return value, "local"

    def mounted(self, name: str) -> bool:
        return zpool.mounted_path(self.zfs, name) is not None

    def cell(self, name: str, column: str, parsable: bool = False) -> str:
        """One column of zfs list: a property's value, or "-"."""
        if column == "name":
            return name
        prop = lookup(column)
        if prop is None:
            return "-"
        shown = self.value(name, prop, parsable)
        return "-" if shown is None or shown[0] == "" else shown[0]


def _source(name: str, where: str) -> str:
    if where == "":
        return "default"
    if where == name:
        return "local"
    return f"inherited from {where}"


def _parse_size(text: str) -> int:
    units = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def visible(solaris: Solaris, zone: Zone | None) -> dict[str, bool]:
    """The datasets `zone` sees (None: the global zone, all of them): name -> whether
    the zone may change it (a delegated dataset and what is below it)."""
    zfs = solaris.zfs
    if zfs is None:
        return {}
    if zone is None:
        return dict.fromkeys(zfs.datasets, True)
    seen: dict[str, bool] = {}
    for given in zpool.delegated(zfs, zone):
        here = zpool.parent(given)
        while here:
            seen.setdefault(here, False)
            here = zpool.parent(here)
        seen[given] = True
        for snapshot in zpool.snapshots_of(zfs, given):
            seen[snapshot] = True
    return {name: seen[name] for name in zfs.datasets if name in seen}
