"""zfs(1M): list, create, destroy, snapshot, clone, rename, set, get, inherit, mount
(reference/runtime.md §5.1; [V] zfs_main.c and libzfs of onnv_86). Exit 0, 1 on error,
2 on a usage error. In a local zone only its delegated datasets can be changed."""

from __future__ import annotations

from collections.abc import Callable

from zonetui.sim.getopt import Options, scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import Scope, command
from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs import pool as zpool
from zonetui.sim.zfs.props import BY_NAME, PROPS, applies, lookup
from zonetui.sim.zfs.space import Usage
from zonetui.sim.zfs.view import Shown, parse_size, visible

LIST_DEFAULT = "name,used,available,referenced,mountpoint"
TYPES = {"filesystem": "filesystem", "volume": "volume", "snapshot": "snapshot"}
READERS = frozenset({"list", "get"})


class Usage2(Exception):
    """A usage error: the message, then the subcommand's usage, exit 2."""


def _scope(argv: list[str]) -> Scope:
    if len(argv) < 2 or argv[1] in READERS or argv[1:] == ["mount"]:
        return "nothing"
    return "solaris"


def _options(inv: Invocation, args: list[str], optstring: str) -> Options:
    """getopt with a leading ':': zfs words its own complaints."""
    options = scan(args, optstring, "zfs")
    for flag, value in options.flags:
        if flag == "?":
            opt = (value or "?")[-1]
            if opt in optstring:
                raise Usage2(msg.MISSING_ARG.format(opt=opt))
            raise Usage2(msg.INVALID_OPTION.format(opt=opt))
    return options


class Zfs:
    def __init__(self, inv: Invocation) -> None:
        self.inv = inv
        self.solaris = inv.solaris
        self.zfs = inv.solaris.zfs
        self.seen = visible(inv.solaris, inv.zone)

    # -- helpers -----------------------------------------------------------------------
    def err(self, text: str) -> int:
        self.inv.error(text)
        return 1

    def exists(self, name: str) -> bool:
        return name in self.seen

    def open(self, name: str) -> bool:
        """zfs_open(): complain unless the dataset exists (as the zone sees it)."""
        if not zpool.valid_name(name):
            self.err(msg.CANNOT_OPEN.format(name=name, reason=msg.INVALID_NAME))
            return False
        if not self.exists(name):
            self.err(msg.CANNOT_OPEN.format(name=name, reason=msg.NO_SUCH_DATASET))
            return False
        return True

    def writable(self, name: str, what: str) -> bool:
        if self.seen.get(name, False):
            return True
        self.err(what.format(name=name, reason=msg.PERMISSION))
        return False

    @property
    def now(self) -> float:
        return self.inv.world.clock

    def mkdir_for(self, name: str) -> None:
        """Mounting a file system makes its mount point directory."""
        assert self.zfs is not None
        path = zpool.mounted_path(self.zfs, name)
        fs = self.solaris.fs
        if path is None or fs.get(path) is not None:
            return
        parts = [p for p in path.split("/") if p]
        for depth in range(1, len(parts) + 1):
            here = "/" + "/".join(parts[:depth])
            if fs.get(here) is None:
                fs.mkdir(here, 0o755, now=self.now)

    # -- create ------------------------------------------------------------------------
    def create(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":po:V:sb:")
        if len(options.operands) == 0:
            raise Usage2(msg.MISSING_FS)
        if len(options.operands) > 1:
            raise Usage2(msg.TOO_MANY)
        props = self.props_of(options)
        if props is None:
            return 1
        name = options.operands[0]
        volsize = options.value("V")
        if volsize is not None:
            size = parse_size(volsize)
            if size is None:
                return self.err(msg.CANNOT_CREATE.format(
                    name=name, reason=msg.BAD_NUMBER.format(value=volsize)))  # fmt: skip
            props["volsize"] = str(size)
            if not options.has("s"):
                props["refreservation"] = str(size)
        return self.make(name, props, options.has("p"), "volume" if volsize else "filesystem")

    def props_of(self, options: Options) -> dict[str, str] | None:
        props: dict[str, str] = {}
        for flag, value in options.flags:
            if flag != "o":
                continue
            key, eq, val = (value or "").partition("=")
            if not eq:
                raise Usage2(msg.MISSING_EQUALS)
            props[key] = val
        return props

    def make(self, name: str, props: dict[str, str], parents: bool, kind: str) -> int:
        assert self.zfs is not None
        zfs = self.zfs
        if not zpool.valid_name(name, snapshot=False):
            return self.err(msg.CANNOT_CREATE.format(name=name, reason=msg.INVALID_NAME))
        top = zpool.pool_of(name)
        if "/" not in name:
            return self.err(msg.CANNOT_CREATE.format(name=name, reason=msg.MISSING_NAME))
        if top not in self.seen:
            return self.err(msg.CANNOT_CREATE.format(
                name=name, reason=msg.NO_SUCH_POOL.format(pool=top)))  # fmt: skip
        parent = zpool.parent(name)
        missing = []
        while parent not in zfs.datasets:
            missing.append(parent)
            parent = zpool.parent(parent)
        if missing and not parents:
            return self.err(msg.CANNOT_CREATE.format(name=name, reason=msg.NO_PARENT))
        if name in zfs.datasets:
            if parents:
                return 0
            return self.err(msg.CANNOT_CREATE.format(name=name, reason=msg.EXISTS))
        if zfs.datasets[parent].kind != "filesystem":
            return self.err(msg.CANNOT_CREATE.format(name=name, reason=msg.PARENT_NOT_FS))
        if not self.writable(parent, msg.CANNOT_CREATE):
            return 1
        for key, value in props.items():
            reason = check_value(key, value, kind)
            if reason is not None:
                return self.err(msg.CANNOT_CREATE.format(name=name, reason=reason))
        for ancestor in reversed(missing):
            zpool.add(zfs, ancestor, self.now)
            self.mkdir_for(ancestor)
        zpool.add(zfs, name, self.now, normalised(props), kind=kind,
                  refer_kb=8 if kind == "volume" else 0)  # fmt: skip
        self.mkdir_for(name)
        return 0

    # -- destroy -----------------------------------------------------------------------
    def destroy(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":rRf")
        if not options.operands:
            raise Usage2(msg.MISSING_DATASET)
        if len(options.operands) > 1:
            raise Usage2(msg.TOO_MANY)
        name = options.operands[0]
        assert self.zfs is not None
        zfs = self.zfs
        if not self.open(name):
            return 1
        if "/" not in name and "@" not in name:
            if not options.has("r"):
                self.err(msg.POOL_ROOT.format(name=name))
                self.err(msg.USE_ZFS_DESTROY_R.format(name=name))
                return self.err(msg.USE_ZPOOL_DESTROY.format(name=name))
        if not self.writable(name, msg.CANNOT_DESTROY):
            return 1
        recurse, clones = options.has("r") or options.has("R"), options.has("R")
        below = zpool.descendants(zfs, name) if "@" not in name else []
        kind = zfs.datasets[name].kind
        if below and not recurse:
            self.err(msg.HAS_CHILDREN.format(name=name, kind=kind))
            self.err(msg.USE_R)
            for child in below:
                self.err(child)
            return 1
        doomed = [name, *below]
        deps = [c for d in doomed for c in zpool.clones_of(zfs, d) if c not in doomed]
        if deps and not clones:
            self.err(msg.HAS_CLONES.format(name=name, kind=kind))
            self.err(msg.USE_CAP_R)
            for dep in deps:
                self.err(dep)
            return 1
        while deps:  # -R: the clones, and what is below them, and their clones
            doomed += [d for dep in deps for d in (dep, *zpool.descendants(zfs, dep))]
            deps = [c for d in doomed for c in zpool.clones_of(zfs, d) if c not in doomed]
        busy = self.zone_user(doomed)
        if busy is not None:
            return self.err(msg.CANNOT_DESTROY.format(name=busy, reason=msg.BUSY))
        for victim in doomed:
            zpool.remove(zfs, victim)
        return 0

    def zone_user(self, names: list[str]) -> str | None:
        """A dataset that holds an installed zone's zonepath (zoneadm's job to destroy)."""
        assert self.zfs is not None
        for zone in self.solaris.zones.values():
            if zone.state in ("ready", "running", "shutting_down", "down"):
                for name in names:
                    if zpool.mounted_path(self.zfs, name) == zone.config.zonepath:
                        return name
        return None

    # -- snapshot, clone ---------------------------------------------------------------
    def snapshot(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":r")
        if not options.operands:
            raise Usage2(msg.MISSING_SNAPSHOT)
        if len(options.operands) > 1:
            raise Usage2(msg.TOO_MANY)
        name = options.operands[0]
        base, at, snap = name.partition("@")
        if not at or not zpool.valid_name(name, snapshot=True):
            return self.err(msg.CANNOT_SNAPSHOT.format(name=name, reason=msg.INVALID_NAME))
        if not self.open(base):
            return 1
        if not self.seen.get(base):
            return self.err(msg.CANNOT_SNAPSHOT.format(name=name, reason=msg.PERMISSION))
        targets = [base] + (
            [d for d in zpool.descendants(self.zfs, base) if "@" not in d]  # type: ignore[arg-type]
            if options.has("r") else []
        )  # fmt: skip
        for target in targets:
            if f"{target}@{snap}" in self.zfs.datasets:  # type: ignore[union-attr]
                return self.err(msg.CANNOT_SNAPSHOT.format(name=f"{target}@{snap}",
                                                           reason=msg.EXISTS))  # fmt: skip
        for target in targets:
            take_snapshot(self.inv, f"{target}@{snap}")
        return 0

    def clone(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":p")
        if not options.operands:
            raise Usage2(msg.MISSING_SOURCE)
        if len(options.operands) < 2:
            raise Usage2(msg.MISSING_TARGET)
        if len(options.operands) > 2:
            raise Usage2(msg.TOO_MANY)
        source, target = options.operands
        if not self.open(source):
            return 1
        assert self.zfs is not None
        if "@" not in source:
            return self.err(msg.CANNOT_OPEN.format(name=source, reason=msg.NOT_SNAPSHOT))
        status = self.make_clone(source, target, options.has("p"))
        return status

    def make_clone(self, source: str, target: str, parents: bool) -> int:
        assert self.zfs is not None
        zfs = self.zfs
        if not zpool.valid_name(target, snapshot=False):
            return self.err(msg.CANNOT_CREATE.format(name=target, reason=msg.INVALID_NAME))
        if target in zfs.datasets:
            return self.err(msg.CANNOT_CREATE.format(name=target, reason=msg.EXISTS))
        parent = zpool.parent(target)
        if parent not in zfs.datasets and not parents:
            return self.err(msg.CANNOT_CREATE.format(
                name=target, reason=msg.NO_SUCH_PARENT.format(parent=parent)))  # fmt: skip
        if zpool.pool_of(target) != zpool.pool_of(source):
            return self.err(msg.CANNOT_CREATE.format(name=target, reason=msg.SAME_POOL))
        if parents:
            missing = []
            while parent not in zfs.datasets:
                missing.append(parent)
                parent = zpool.parent(parent)
            for ancestor in reversed(missing):
                zpool.add(zfs, ancestor, self.now)
                self.mkdir_for(ancestor)
        make_clone(self.inv, source, target)
        return 0

    # -- rename ------------------------------------------------------------------------
    def rename(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":pr")
        if not options.operands:
            raise Usage2(msg.MISSING_SOURCE)
        if len(options.operands) < 2:
            raise Usage2(msg.MISSING_TARGET)
        if len(options.operands) > 2:
            raise Usage2(msg.TOO_MANY)
        old, new = options.operands
        assert self.zfs is not None
        zfs = self.zfs
        if not self.open(old):
            return 1
        if not self.writable(old, msg.CANNOT_RENAME):
            return 1
        snap = "@" in old
        if not zpool.valid_name(new, snapshot=snap):
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=msg.INVALID_NAME))
        if snap and old.partition("@")[0] != new.partition("@")[0]:
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=msg.SAME_DATASET))
        if zpool.pool_of(old) != zpool.pool_of(new):
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=msg.SAME_POOL))
        if new.startswith(old + "/"):
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=msg.DESCENDENT))
        if new in zfs.datasets:
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=msg.EXISTS))
        if not snap and zpool.parent(new) not in zfs.datasets:
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=msg.NO_PARENT))
        self.remount(lambda: zpool.renamed(zfs, old, new), [old, *zpool.descendants(zfs, old)])
        return 0

    def remount(self, change: Callable[[], None], names: list[str]) -> None:
        """Apply a change that may move mount points: each file system's files move
        from its old mount point to its new one, and the old directory goes."""
        assert self.zfs is not None
        zfs = self.zfs
        before = {zfs.datasets[n].created: (n, zpool.mounted_path(zfs, n)) for n in names}
        ids = {n: id(zfs.datasets[n]) for n in names}
        change()
        now_names = {id(d): k for k, d in zfs.datasets.items()}
        for name in names:
            new_name = now_names.get(ids[name])
            if new_name is None:
                continue
            old_path = next(p for n, p in before.values() if n == name)
            new_path = zpool.mounted_path(zfs, new_name)
            relocate(self.solaris, old_path, new_path, self.now)

    # -- set, inherit, get -------------------------------------------------------------
    def set(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":")
        if not options.operands:
            raise Usage2(msg.MISSING_PROP_VALUE)
        if len(options.operands) < 2:
            raise Usage2(msg.MISSING_DATASET_NAME)
        assignment, names = options.operands[0], options.operands[1:]
        key, eq, value = assignment.partition("=")
        if not eq:
            raise Usage2(msg.MISSING_VALUE)
        if not key:
            raise Usage2(msg.MISSING_PROP_NAME)
        status = 0
        assert self.zfs is not None
        for name in names:
            if not self.open(name):
                status = 1
                continue
            status |= self.set_one(name, key, value)
        return status

    def set_one(self, name: str, key: str, value: str) -> int:
        assert self.zfs is not None
        zfs = self.zfs
        dataset = zfs.datasets[name]
        if dataset.kind == "snapshot":
            return self.err(msg.CANNOT_SET.format(name=name, reason=msg.NOT_FOR_SNAPSHOT))
        reason = check_value(key, value, dataset.kind)
        if reason is not None:
            return self.err(msg.CANNOT_SET.format(name=name, reason=reason))
        delegated = self.inv.zone is not None and name in {d.name for d in self.inv.zone.config.dataset}
        if not self.seen.get(name) or (delegated and key in ("quota", "zoned")):
            return self.err(msg.CANNOT_SET.format(name=name, reason=msg.PERMISSION))
        prop = lookup(key)
        key = prop.name if prop is not None else key
        normal = normalised({key: value})[key]
        below = [name, *(d for d in zpool.descendants(zfs, name) if "@" not in d)]

        def change() -> None:
            dataset.props[key] = normal

        if key in ("mountpoint", "canmount", "zoned"):
            self.remount(change, below)
        else:
            change()
        return 0

    def inherit(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":r")
        if not options.operands:
            raise Usage2(msg.MISSING_PROPERTY)
        if len(options.operands) < 2:
            raise Usage2(msg.MISSING_DATASET)
        key, names = options.operands[0], options.operands[1:]
        prop = lookup(key)
        if prop is None and ":" not in key:
            raise Usage2(msg.BAD_PROPERTY_ARG.format(prop=key))
        if prop is not None and (prop.readonly or not prop.inherit and prop.name != "mountpoint"):
            word = "readonly" if prop.readonly else "cannot be inherited"
            self.err(f"'{prop.name}' property {word}")
            return 1
        assert self.zfs is not None
        status = 0
        for name in names:
            if not self.open(name):
                status = 1
                continue
            if not self.seen.get(name):
                status |= self.err(msg.CANNOT_SET.format(name=name, reason=msg.PERMISSION))
                continue
            targets = [name] + ([d for d in zpool.descendants(self.zfs, name) if "@" not in d]
                                if options.has("r") else [])  # fmt: skip
            real = prop.name if prop is not None else key
            self.remount(lambda: [self.zfs.datasets[t].props.pop(real, None)  # type: ignore[union-attr]
                                  for t in targets] and None, targets)  # fmt: skip
        return status

    def get(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":rHpo:s:")
        if not options.operands:
            raise Usage2(msg.MISSING_PROPERTY)
        columns = ["name", "property", "value", "source"]
        if options.has("o"):
            columns = (options.value("o") or "").split(",")
            for column in columns:
                if column not in ("name", "property", "value", "source"):
                    raise Usage2(msg.BAD_COLUMN.format(name=column))
        sources = None
        if options.has("s"):
            sources = (options.value("s") or "").split(",")
            for source in sources:
                if source not in ("local", "default", "inherited", "temporary", "none"):
                    raise Usage2(msg.BAD_SOURCE.format(name=source))
        wanted = options.operands[0]
        if wanted == "all":
            props = list(PROPS)
        else:
            props = []
            for key in wanted.split(","):
                prop = lookup(key)
                if prop is None:
                    raise Usage2(msg.BAD_PROPERTY_ARG.format(prop=key))
                props.append(prop)
        names, status = self.select(options.operands[1:], options.has("r"), None)
        if not names:
            return status
        shown = Shown(self.solaris, self.inv.zone)
        rows: list[list[str]] = []
        for name in names:
            for prop in props:
                got = shown.value(name, prop, options.has("p"))
                if got is None:
                    if wanted == "all":
                        continue
                    got = ("-", "-")
                value, source = got
                kind = source.split()[0] if source != "-" else "none"
                if sources is not None and kind not in sources:
                    continue
                cells = {"name": name, "property": prop.name, "value": value or "-",
                         "source": source}  # fmt: skip
                rows.append([cells[c] for c in columns])
        scripted = options.has("H")
        headers = [c.upper() for c in columns]
        self.table(rows, headers, [False] * len(columns), scripted, pad_last=False)
        return status

    # -- list --------------------------------------------------------------------------
    def select(self, operands: list[str], recurse: bool,
               types: set[str] | None) -> tuple[list[str], int]:  # fmt: skip
        """The datasets to show, sorted as zfs_for_each() sorts them by default."""
        status = 0
        chosen: list[str] = []
        if not operands:
            chosen = list(self.seen)
        for name in operands:
            if not self.open(name):
                status = 1
                continue
            chosen.append(name)
            if recurse:
                chosen += [d for d in zpool.descendants(self.zfs, name) if d in self.seen]  # type: ignore[arg-type]
        order = {n: i for i, n in enumerate(self.zfs.datasets)}  # type: ignore[union-attr]
        unique = sorted(set(chosen), key=lambda n: _sort_key(n, order))
        if types is not None:
            explicit = set(operands)
            unique = [n for n in unique if self.zfs.datasets[n].kind in types  # type: ignore[union-attr]
                      or (n in explicit and not recurse)]  # fmt: skip
        return unique, status

    def list(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":o:rt:Hs:S:")
        fields = LIST_DEFAULT
        types: set[str] | None = {"filesystem", "volume"}
        sort: list[tuple[str, bool]] = []
        for flag, value in options.flags:
            if flag == "o":
                fields = value or ""
            elif flag == "t":
                types = set()
                for word in (value or "").split(","):
                    if word == "all":
                        types |= set(TYPES)
                    elif word in TYPES:
                        types.add(word)
                    else:
                        raise Usage2(msg.BAD_TYPE.format(type=word))
            elif flag in "sS":
                prop = lookup(value or "")
                if prop is None and value != "name":
                    raise Usage2(msg.BAD_PROPERTY_ARG.format(prop=value))
                sort.append((value or "", flag == "S"))
        columns = fields.split(",")
        for column in columns:
            if column != "name" and lookup(column) is None and ":" not in column:
                raise Usage2(msg.BAD_PROPERTY_ARG.format(prop=column))
        names, status = self.select(options.operands, options.has("r"), types)
        if not names:
            if status == 0 and not options.has("H"):
                self.inv.print(msg.NO_DATASETS)
            return status
        shown = Shown(self.solaris, self.inv.zone)
        for key, reverse in reversed(sort):
            prop = lookup(key)
            if key == "name":
                names.sort(key=lambda n: n.encode(), reverse=reverse)
            elif prop is not None:
                names.sort(key=lambda n, p=prop: _sort_value(shown, n, p.name), reverse=reverse)
        rows = [[shown.cell(n, c) for c in columns] for n in names]
        right = [c != "name" and (lookup(c) or BY_NAME["type"]).number for c in columns]
        headers = [_header(c) for c in columns]
        scripted = options.has("H")
        if not rows:
            if status == 0 and not scripted:
                self.inv.print(msg.NO_DATASETS)
            return status
        self.table(rows, headers, right, scripted, pad_last=False)
        return status

    def table(self, rows: list[list[str]], headers: list[str], right: list[bool],
              scripted: bool, pad_last: bool) -> None:  # fmt: skip
        if scripted:
            for row in rows:
                self.inv.print("\t".join(row))
            return
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
                  for i, h in enumerate(headers)]  # fmt: skip
        for row in [headers, *rows]:
            cells = []
            for i, cell in enumerate(row):
                last = i == len(row) - 1
                if right[i]:
                    cells.append(cell.rjust(widths[i]))
                elif last and not pad_last:
                    cells.append(cell)
                else:
                    cells.append(cell.ljust(widths[i]))
            self.inv.print("  ".join(cells))

    # -- mount -------------------------------------------------------------------------
    def mount(self, args: list[str]) -> int:
        options = _options(self.inv, args, ":avOo:")
        assert self.zfs is not None
        zfs = self.zfs
        if not options.operands and not options.has("a"):
            if options.flags:
                raise Usage2(msg.MISSING_FS)
            for point, name in zpool.mounts(zfs).items():
                if name in self.seen:
                    self.inv.print(msg.MOUNT_LINE.format(name=name, mountpoint=point))
            return 0
        if options.has("a"):
            return 0  # every file system with a mount point is mounted already
        if len(options.operands) > 1:
            raise Usage2(msg.TOO_MANY)
        name = options.operands[0]
        if not self.open(name):
            return 1
        path, _ = zpool.mountpoint(zfs, name)
        if path == "legacy":
            self.err(f"filesystem '{name}' cannot be mounted using 'zfs mount'")
            self.err(f"Use 'zfs set mountpoint={name}' or 'mount -F zfs {name} {name}'")
            self.err("See zfs(1M) for more information.")
            return 1
        if path == "none":
            return self.err(msg.CANNOT_MOUNT.format(name=name, reason=msg.NO_MOUNTPOINT))
        return self.err(msg.CANNOT_MOUNT.format(name=name, reason=msg.ALREADY))


def _header(column: str) -> str:
    prop = lookup(column)
    if column == "name":
        return "NAME"
    return prop.header if prop is not None else column.upper()


def _sort_key(name: str, order: dict[str, int]) -> tuple[bytes, int, int]:
    base, at, _ = name.partition("@")
    return (base.encode(), 1 if at else 0, order.get(name, 0))


def _sort_value(shown: Shown, name: str, prop: str) -> tuple[int, object]:
    got = shown.value(name, BY_NAME[prop], parsable=True)
    value = "" if got is None else got[0]
    return (0, int(value)) if value.isdigit() else (1, value)


def normalised(props: dict[str, str]) -> dict[str, str]:
    """Sizes are kept in bytes, names in their long form."""
    out: dict[str, str] = {}
    for key, value in props.items():
        prop = lookup(key)
        name = prop.name if prop is not None else key
        if prop is not None and prop.number and value != "none":
            size = parse_size(value)
            value = str(size) if size else "none"
        out[name] = value
    return out


def check_value(key: str, value: str, kind: str) -> str | None:
    """The reason libzfs refuses `key=value` on a dataset of `kind`, or None."""
    prop = lookup(key)
    if prop is None:
        return None if ":" in key else msg.INVALID_PROPERTY.format(prop=key)
    if prop.readonly:
        return msg.READONLY.format(prop=prop.name)
    if not applies(prop, kind):
        return msg.NOT_APPLY.format(prop=prop.name)
    if prop.name == "mountpoint":
        if value in ("none", "legacy") or value.startswith("/"):
            return None
        return msg.MOUNTPOINT_PATH.format(prop=prop.name)
    if prop.values and value not in prop.values:
        return msg.ONE_OF.format(prop=prop.name, values=" | ".join(prop.values))
    if prop.number:
        if value == "none" and prop.name in ("quota", "reservation", "refquota", "refreservation"):
            return None
        size = parse_size(value)
        if size is None:
            return msg.BAD_NUMBER.format(value=value)
        if size == 0 and prop.name in ("quota", "refquota"):
            return msg.QUOTA_NONE
        if prop.name == "recordsize" and (size < 512 or size > 131072 or size & (size - 1)):
            return msg.POWER_OF_2.format(prop=prop.name)
    return None


# -- what zoneadm and the commands share ---------------------------------------------------


def take_snapshot(inv: Invocation, name: str) -> None:
    """A snapshot holds what its file system refers to now."""
    solaris = inv.solaris
    assert solaris.zfs is not None
    refer = Usage(solaris).refer[name.partition("@")[0]]
    zpool.add(solaris.zfs, name, inv.world.clock, kind="snapshot", refer_kb=refer)


def make_clone(inv: Invocation, snapshot: str, target: str, props: dict[str, str] | None = None) -> None:
    """A clone of `snapshot`: its mount point made, the snapshot's files under it."""
    solaris = inv.solaris
    zfs = solaris.zfs
    assert zfs is not None
    source = snapshot.partition("@")[0]
    zpool.add(zfs, target, inv.world.clock, props, origin=snapshot)
    path = zpool.mounted_path(zfs, target)
    if path is None:
        return
    fs = solaris.fs
    if fs.get(path) is None:
        _mkdirs(solaris, path, inv.world.clock)
    origin_path = zpool.mounted_path(zfs, source)
    if origin_path is None:
        return
    prefix = origin_path.rstrip("/") + "/"
    inner = [p for p, n in zpool.mounts(zfs).items() if p.startswith(prefix) and n != source]
    for src in sorted(p for p in list(fs.nodes) if p.startswith(prefix)):
        if any(src == p or src.startswith(p + "/") for p in inner):
            continue  # a file system mounted below is not part of the snapshot
        fs.nodes[path + src[len(origin_path.rstrip("/")) :]] = fs.nodes[src]


def _mkdirs(solaris, path: str, now: float) -> None:
    parts = [p for p in path.split("/") if p]
    for depth in range(1, len(parts) + 1):
        here = "/" + "/".join(parts[:depth])
        if solaris.fs.get(here) is None:
            solaris.fs.mkdir(here, 0o755, now=now)


def relocate(solaris, old: str | None, new: str | None, now: float) -> None:
    """A file system's files follow it from mount point `old` to `new` (None: not
    mounted: the files wait below no directory... they stay where they were)."""
    if old == new or old is None or new is None or old == "/":
        if new is not None and solaris.fs.get(new) is None:
            _mkdirs(solaris, new, now)
        return
    fs = solaris.fs
    prefix = old.rstrip("/") + "/"
    moving = {p: n for p, n in fs.nodes.items() if p.startswith(prefix)}
    for path in moving:
        del fs.nodes[path]
    if fs.get(new) is None:
        _mkdirs(solaris, new, now)
    for path, node in moving.items():
        fs.nodes[new.rstrip("/") + "/" + path[len(prefix) :]] = node
    top = fs.get(old)
    if top is not None:  # the mount point's own mode goes with the file system's root
        fs.nodes[new] = top
        if not fs.children(old):
            fs.rmdir(old)


SUBCOMMANDS = ("create", "destroy", "snapshot", "clone", "rename", "list", "set", "get",
               "inherit", "mount")  # fmt: skip


def usage_text(sub: str | None) -> str:
    if sub is None:
        body = "".join("\n" if s is None else msg.USAGE[s] for s in msg.USAGE_ORDER)
        return msg.USAGE_ALL_HEAD + "\n" + body + msg.USAGE_ALL_TAIL + msg.USAGE_PROPS_HINT
    text = msg.USAGE_HEAD + "\n" + msg.USAGE[sub]
    if not text.endswith("\n"):
        text += "\n"
    if sub in ("set", "get", "inherit", "list"):
        lines = [msg.USAGE_PROPS, f"\n\t{'PROPERTY':<14} EDIT  INHERIT   VALUES\n\n"]
        for prop in PROPS:
            edit = "NO" if prop.readonly else "YES"
            inherit = "YES" if prop.inherit else "NO"
            values = " | ".join(prop.values) if prop.values else "<size>" if prop.number else "-"
            lines.append(f"\t{prop.name:<14} {edit:>4}  {inherit:>7}   {values}\n")
        lines.append("\nSizes are specified in bytes with standard units such as K, M, G, etc.\n")
        lines.append("\n\nUser-defined properties can be specified by using a name containing a colon (:).\n")
        return text + "".join(lines)
    return text + msg.USAGE_PROPS_HINT


@command(
    "zfs",
    usage="zfs command args ...",
    summary="configures ZFS file systems",
    paths=("/usr/sbin/zfs", "/sbin/zfs"),
    scope=_scope,
)
def zfs(inv: Invocation) -> int:
    """zfs(1M) on the instance's pools, as the zone it runs in sees them."""
    args = inv.argv[1:]
    if not args:
        inv.error(msg.MISSING_COMMAND)
        inv.err.write(usage_text(None))
        return 2
    sub = args[0]
    if sub in ("-?", "help"):
        inv.out.write(usage_text(None))
        return 0
    if sub not in SUBCOMMANDS:
        inv.error(msg.UNRECOGNIZED.format(cmd=sub))
        inv.err.write(usage_text(None))
        return 2
    if inv.solaris.zfs is None:
        if sub == "list" and len(args) == 1:
            inv.print(msg.NO_DATASETS)
            return 0
        if sub == "mount" and len(args) == 1:
            return 0
    tool = Zfs(inv)
    if inv.solaris.zfs is None:
        # a UFS root: no pool, so every named dataset is missing
        from zonetui.model.zfs import Zfs as Record

        tool.zfs = Record()
    try:
        return getattr(tool, sub)(args[1:])
    except Usage2 as error:
        inv.error(str(error))
        inv.err.write(usage_text(sub))
        return 2
