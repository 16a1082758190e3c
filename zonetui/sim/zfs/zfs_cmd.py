"""zfs(1M): list, create, destroy, snapshot, clone, rename, set, get, inherit, mount
(reference/runtime.md §5.1; [V] zfs_main.c and libzfs of onnv_86). Exit 0, 1 on error,
2 on a usage error. In a local zone the datasets it was given can be changed, their
parents are seen by name only, and nothing else is seen at all."""

from __future__ import annotations

from zonetui.model import Solaris
from zonetui.model.zfs import Zfs as ZfsRecord
from zonetui.sim.getopt import Options, scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import Scope, command
from zonetui.sim.zfs import changes, table, values
from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs import pool as zpool
from zonetui.sim.zfs.props import BY_NAME, DATASET, PROPS, Prop, lookup
from zonetui.sim.zfs.usage import usage_text
from zonetui.sim.zfs.view import Shown, visible

LIST_DEFAULT = "name,used,available,referenced,mountpoint"
LIST_TYPES = ("filesystem", "volume", "snapshot")
GET_COLUMNS = ("name", "property", "value", "source")
GET_SOURCES = ("local", "default", "inherited", "temporary", "none")
# what `zfs list` shows without -t: Solaris 10 10/09 hides snapshots (the pool's
# listsnapshots=off), where onnv_86 still listed them
LIST_DEFAULT_TYPES = frozenset({"filesystem", "volume"})
READERS = frozenset({"list", "get"})
# the properties a zone may not set on the dataset it was given (zfs_ioc_set_prop)
ZONE_LOCKED = frozenset({"quota", "zoned"})
# settings that move a file system's mount point
REMOUNTING = frozenset({"mountpoint", "canmount"})


class UsageError(Exception):
    """A usage error: the message, then the subcommand's usage, exit 2."""


def _scope(argv: list[str]) -> Scope:
    if len(argv) < 2 or argv[1] in READERS or argv[1:] == ["mount"]:
        return "nothing"
    return "solaris"


def _options(args: list[str], optstring: str) -> Options:
    """getopt with a leading ':': zfs words its own complaints."""
    options = scan(args, optstring, "zfs")
    for flag, value in options.flags:
        if flag == "?":
            opt = (value or "?")[-1]
            if opt in optstring:
                raise UsageError(msg.MISSING_ARG.format(opt=opt))
            raise UsageError(msg.INVALID_OPTION.format(opt=opt))
    return options


def _operands(options: Options, least: int, most: int, missing: tuple[str, ...]) -> list[str]:
    """The operands, between `least` and `most` of them; `missing` words each absent one."""
    operands = options.operands
    if len(operands) < least:
        raise UsageError(missing[len(operands)])
    if len(operands) > most:
        raise UsageError(msg.TOO_MANY)
    return operands


class Zfs:
    """One run of zfs: the pool as the zone it runs in sees it."""

    def __init__(self, inv: Invocation) -> None:
        self.inv = inv
        self.solaris: Solaris = inv.solaris
        self.zfs: ZfsRecord = inv.solaris.zfs or ZfsRecord()

    @property
    def seen(self) -> dict[str, bool]:
        """The datasets the zone sees now, and whether it may change each."""
        return visible(self.solaris, self.inv.zone)

    # -- helpers -----------------------------------------------------------------------
    def err(self, text: str) -> int:
        self.inv.error(text)
        return 1

    @property
    def now(self) -> float:
        return self.inv.world.clock

    def found(self, name: str) -> bool:
        """zfs_open(): complain unless the dataset exists (as the zone sees it)."""
        if not zpool.valid_name(name):
            return not self.err(msg.CANNOT_OPEN.format(name=name, reason=msg.INVALID_NAME))
        if name not in self.seen:
            return not self.err(msg.CANNOT_OPEN.format(name=name, reason=msg.NO_SUCH_DATASET))
        return True

    def may_change(self, name: str) -> bool:
        """In a zone: a dataset it was given, or one below."""
        return self.seen.get(name, False)

    def may_remove(self, name: str) -> bool:
        """Destroying or renaming needs the parent too: a zone cannot destroy or rename
        the dataset it was given, only what it made below it."""
        if self.inv.zone is None:
            return True
        return self.may_change(zpool.parent(name)) and self.may_change(name)

    def props_of(self, options: Options) -> dict[str, str]:
        props: dict[str, str] = {}
        for flag, value in options.flags:
            if flag == "o":
                key, eq, val = (value or "").partition("=")
                if not eq:
                    raise UsageError(msg.MISSING_EQUALS)
                props[key] = val
        return props

    def missing_parents(self, name: str) -> list[str]:
        """The ancestors of `name` that do not exist, the highest first."""
        missing = []
        parent = zpool.parent(name)
        while parent and parent not in self.zfs.datasets:
            missing.append(parent)
            parent = zpool.parent(parent)
        return missing[::-1]

    def check_parents(self, name: str, accept_ancestor: bool = False) -> bool:
        """check_parents(): the pool, the parent (or, with `accept_ancestor`, the
        nearest existing ancestor) a file system the zone may create in."""

        def refuse(reason: str) -> bool:
            return not self.err(msg.CANNOT_CREATE.format(name=name, reason=reason))

        if "/" not in name.partition("@")[0]:
            return refuse(msg.MISSING_NAME)
        pool = zpool.pool_of(name)
        if pool not in self.seen:
            return refuse(msg.NO_SUCH_POOL.format(pool=pool))
        missing = self.missing_parents(name)
        if missing and not accept_ancestor:
            return refuse(msg.NO_PARENT)
        existing = zpool.parent(missing[0]) if missing else zpool.parent(name)
        if not self.may_change(existing):
            return refuse(msg.PERMISSION)
        if self.zfs.datasets[existing].kind != "filesystem":
            return refuse(msg.PARENT_NOT_FS)
        return True

    def create_ancestors(self, name: str) -> bool:
        """zfs_create_ancestors() of -p: the missing file systems above `name`."""
        if not self.check_parents(name, accept_ancestor=True):
            return False
        for ancestor in self.missing_parents(name):
            busy = changes.create(self.solaris, ancestor, self.now)
            if busy is not None:
                return not self.err(msg.CANNOT_MOUNT_PATH.format(path=busy))
        return True

    # -- create ------------------------------------------------------------------------
    def create(self, args: list[str]) -> int:
        options = _options(args, ":po:V:sb:")
        (name,) = _operands(options, 1, 1, (msg.MISSING_FS,))
        props = self.props_of(options)
        kind = "filesystem"
        volsize = options.value("V")
        if volsize is not None:
            kind = "volume"
            size = values.parse_size(volsize)
            if size is None:
                reason = msg.BAD_NUMBER.format(value=volsize)
                return self.err(msg.CANNOT_CREATE.format(name=name, reason=reason))
            props["volsize"] = str(size)
            if not options.has("s"):
                props["refreservation"] = str(size)
        if options.has("p") and zpool.name_problem(name, kind) is None:
            if name in self.seen:
                return 0
            if not self.create_ancestors(name):
                return 1
        return self.make(name, props, kind)

    def make(self, name: str, props: dict[str, str], kind: str) -> int:
        """zfs_create(): the name, the parents, then the properties."""

        def refuse(reason: str) -> int:
            return self.err(msg.CANNOT_CREATE.format(name=name, reason=reason))

        problem = zpool.name_problem(name, kind, modifying=True)
        if problem is not None:
            return refuse(problem)
        if not self.check_parents(name):
            return 1
        if name in self.zfs.datasets:
            return refuse(msg.EXISTS)
        for key, value in props.items():
            reason = values.check(key, value, kind, creating=True)
            if reason is not None:
                return refuse(reason)
        refer = 8 if kind == "volume" else 0
        busy = changes.create(self.solaris, name, self.now, values.normalised(props), kind, refer)
        if busy is not None:
            self.err(msg.CANNOT_MOUNT_PATH.format(path=busy))
            return self.err(msg.NOT_MOUNTED)
        return 0

    # -- destroy -----------------------------------------------------------------------
    def destroy(self, args: list[str]) -> int:
        options = _options(args, ":rRf")
        (name,) = _operands(options, 1, 1, (msg.MISSING_DATASET,))
        zfs = self.zfs
        if "@" in name and (options.has("r") or options.has("R")):
            return self.destroy_snapshots(name, options.has("R"))
        if not self.found(name):
            return 1
        if "/" not in name and "@" not in name and not options.has("r"):
            self.err(msg.POOL_ROOT.format(name=name))
            self.err(msg.USE_ZFS_DESTROY_R.format(name=name))
            return self.err(msg.USE_ZPOOL_DESTROY.format(name=name))
        if not self.may_remove(name):
            return self.err(msg.CANNOT_DESTROY.format(name=name, reason=msg.PERMISSION))
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
        dependents = self.clones_outside(doomed)
        if dependents and not clones:
            self.err(msg.HAS_CLONES.format(name=name, kind=kind))
            self.err(msg.USE_CAP_R)
            for dependent in dependents:
                self.err(dependent)
            return 1
        while dependents:  # -R: the clones, what is below them, and their clones
            for dependent in dependents:
                doomed += [dependent, *zpool.descendants(zfs, dependent)]
            dependents = self.clones_outside(doomed)
        busy = self.zone_root_among(doomed)
        if busy is not None:
            return self.err(msg.CANNOT_UNMOUNT.format(path=busy))
        changes.destroy(self.solaris, doomed)
        return 0

    def destroy_snapshots(self, name: str, clones: bool) -> int:
        """zfs destroy -r fs@snap: that snapshot of the file system and of every one
        below it (zfs_destroy_snaps()); with -R their clones first."""
        base, _, snap = name.partition("@")
        if not self.found(base):
            return 1
        below = [base, *zpool.descendants(self.zfs, base)]
        doomed = [f"{d}@{snap}" for d in below if f"{d}@{snap}" in self.zfs.datasets]
        if not doomed:
            self.err(msg.CANNOT_DESTROY.format(name=name, reason=msg.NO_SUCH_DATASET))
            return self.err(msg.NONE_DESTROYED)
        if not self.may_remove(doomed[0]):
            return self.err(msg.CANNOT_DESTROY.format(name=name, reason=msg.PERMISSION))
        cloned = [d for d in doomed if zpool.clones_of(self.zfs, d)]
        if cloned and not clones:
            self.err(msg.CANNOT_DESTROY.format(name=cloned[0], reason=msg.SNAPSHOT_CLONED))
            return self.err(msg.NONE_DESTROYED)
        dependents = self.clones_outside(doomed)
        while dependents:
            for dependent in dependents:
                doomed += [dependent, *zpool.descendants(self.zfs, dependent)]
            dependents = self.clones_outside(doomed)
        busy = self.zone_root_among(doomed)
        if busy is not None:
            return self.err(msg.CANNOT_UNMOUNT.format(path=busy))
        changes.destroy(self.solaris, doomed)
        return 0

    def clones_outside(self, names: list[str]) -> list[str]:
        found = [c for n in names for c in zpool.clones_of(self.zfs, n) if c not in names]
        return list(dict.fromkeys(found))

    def zone_root_among(self, names: list[str]) -> str | None:
        """The mount point of a dataset a ready or running zone has its root in: the
        deepest, which is unmounted first."""
        for name in sorted(names, key=lambda n: n.count("/"), reverse=True):
            path = zpool.data_path(self.zfs, name)
            for zone in self.solaris.zones.values():
                if path and zone.in_kernel and (zone.zonepath + "/").startswith(path + "/"):
                    return path
        return None

    # -- snapshot, clone ---------------------------------------------------------------
    def snapshot(self, args: list[str]) -> int:
        options = _options(args, ":r")
        (name,) = _operands(options, 1, 1, (msg.MISSING_SNAPSHOT,))
        base, _, snap = name.partition("@")
        problem = zpool.name_problem(name, "snapshot", modifying=True)
        if problem is not None:
            return self.err(msg.CANNOT_SNAPSHOT_NAME.format(name=name, reason=problem))
        if not self.found(base):
            return 1
        if not self.may_change(base):
            return self.err(msg.CANNOT_SNAPSHOT.format(name=name, reason=msg.PERMISSION))
        targets = [base]
        if options.has("r"):
            targets += [d for d in zpool.descendants(self.zfs, base) if "@" not in d]
        for target in targets:
            if f"{target}@{snap}" in self.zfs.datasets:
                full = f"{target}@{snap}"
                return self.err(msg.CANNOT_SNAPSHOT.format(name=full, reason=msg.EXISTS))
        for target in targets:
            changes.snapshot(self.solaris, f"{target}@{snap}", self.now)
        return 0

    def clone(self, args: list[str]) -> int:
        options = _options(args, ":p")
        source, target = _operands(options, 2, 2, (msg.MISSING_SOURCE, msg.MISSING_TARGET))
        if not self.found(source):
            return 1
        if self.zfs.datasets[source].kind != "snapshot":
            return self.err(msg.NOT_A_SNAPSHOT.format(name=source))
        if options.has("p") and zpool.name_problem(target, "filesystem") is None:
            if target in self.seen:
                return 0
            if not self.create_ancestors(target):
                return 1
        problem = zpool.name_problem(target, "filesystem", modifying=True)
        if problem is not None:
            return self.err(msg.CANNOT_CREATE.format(name=target, reason=problem))
        if not self.check_parents(target):
            return 1
        if target in self.zfs.datasets:
            return self.err(msg.CANNOT_CREATE.format(name=target, reason=msg.EXISTS))
        busy = changes.clone(self.solaris, source, target, self.now)
        if busy is not None:
            return self.err(msg.CANNOT_MOUNT_PATH.format(path=busy))
        return 0

    # -- rename ------------------------------------------------------------------------
    def rename(self, args: list[str]) -> int:
        options = _options(args, ":pr")
        old, new = _operands(options, 2, 2, (msg.MISSING_SOURCE, msg.MISSING_TARGET))
        if options.has("r") and options.has("p"):
            raise UsageError(msg.P_AND_R)
        if options.has("r") and "@" not in old:
            raise UsageError(msg.RECURSIVE_SOURCE)
        if not self.found(old):
            return 1
        kind = self.zfs.datasets[old].kind
        if options.has("p"):
            if kind == "snapshot":
                return self.err(msg.CANNOT_OPEN.format(name=old, reason=msg.NOT_SNAPSHOT))
            if zpool.name_problem(new, kind) is None and not self.create_ancestors(new):
                return 1
        return self.rename_to(old, new, options.has("r"))

    def rename_to(self, old: str, new: str, recurse: bool) -> int:
        """zfs_rename()."""
        zfs = self.zfs
        if old == new:
            return 0

        def refuse(reason: str) -> int:
            return self.err(msg.CANNOT_RENAME_TO.format(name=new, reason=reason))

        kind = zfs.datasets[old].kind
        if kind == "snapshot":
            base = old.partition("@")[0]
            if "@" not in new or new.startswith("@"):  # an abbreviated snapshot name
                new = base + ("" if new.startswith("@") else "@") + new
            elif new.partition("@")[0] != base:
                return refuse(msg.SAME_DATASET)
            problem = zpool.name_problem(new, kind, modifying=True)
            if problem is not None:
                return refuse(problem)
        else:
            if recurse:
                return refuse(msg.RECURSIVE_SNAPSHOT)
            problem = zpool.name_problem(new, kind, modifying=True)
            if problem is not None:
                return refuse(problem)
            if not self.check_parents(new):
                return 1
            if zpool.pool_of(new) != zpool.pool_of(old):
                return refuse(msg.SAME_POOL)
            if zpool.parent(new).startswith(old):
                return refuse(msg.DESCENDENT)
        if self.inv.zone is None and zpool.zoned(zfs, old):
            return self.err(msg.CANNOT_RENAME.format(name=old, reason=msg.IN_ZONE))
        if not self.may_remove(old):
            return self.err(msg.CANNOT_RENAME.format(name=old, reason=msg.PERMISSION))
        renames = [(old, new)]
        if recurse:  # the same snapshot of every file system below
            base, _, snap = old.partition("@")
            new_snap = new.partition("@")[2]
            below = [d for d in zpool.descendants(zfs, base) if d.endswith("@" + snap)]
            renames += [(d, d.partition("@")[0] + "@" + new_snap) for d in below]
        for _, target in renames:
            if target in zfs.datasets:
                return self.err(msg.CANNOT_RENAME.format(name=old, reason=msg.EXISTS))
        for source, target in renames:
            changes.remount(self.solaris, lambda s=source, t=target: zpool.renamed(zfs, s, t),
                            self.now)  # fmt: skip
        return 0

    # -- set, inherit ------------------------------------------------------------------
    def set(self, args: list[str]) -> int:
        options = _options(args, ":")
        operands = _operands(
            options, 2, 1 << 30, (msg.MISSING_PROP_VALUE, msg.MISSING_DATASET_NAME)
        )
        key, eq, value = operands[0].partition("=")
        if not eq:
            raise UsageError(msg.MISSING_VALUE)
        if not key:
            raise UsageError(msg.MISSING_PROP_NAME)
        status = 0
        for name in operands[1:]:
            status |= self.set_one(name, key, value) if self.found(name) else 1
        return status

    def set_one(self, name: str, key: str, value: str) -> int:
        dataset = self.zfs.datasets[name]

        def refuse(reason: str) -> int:
            return self.err(msg.CANNOT_SET.format(name=name, reason=reason))

        if dataset.kind == "snapshot":
            return refuse(msg.NOT_FOR_SNAPSHOT)
        reason = values.check(key, value, dataset.kind)
        if reason is not None:
            return refuse(reason)
        prop = lookup(key)
        key = prop.name if prop is not None else key
        zone = self.inv.zone
        given = zone is not None and name in self.zfs.delegated.get(zone.name, [])
        if not self.may_change(name) or (given and key in ZONE_LOCKED):
            return refuse(msg.PERMISSION)
        setting = values.normalised({key: value})[key]

        def change() -> None:
            dataset.props[key] = setting

        if key in REMOUNTING:
            changes.remount(self.solaris, change, self.now)
        else:
            change()
        return 0

    def inherit(self, args: list[str]) -> int:
        options = _options(args, ":r")
        operands = _operands(options, 2, 1 << 30, (msg.MISSING_PROPERTY, msg.MISSING_DATASET))
        key = operands[0]
        prop = lookup(key)
        if prop is None and ":" not in key:
            raise UsageError(msg.BAD_PROPERTY_ARG.format(prop=key))
        if prop is not None and prop.readonly:
            return self.err(msg.READONLY_INHERIT.format(prop=key))
        if prop is not None and not prop.inherit:
            self.err(msg.CANNOT_INHERIT.format(prop=key))
            if prop.name in values.NONE_SIZES:
                self.err(msg.USE_ZFS_SET.format(prop=key))
            return 1
        real = prop.name if prop is not None else key
        status = 0
        for name in operands[1:]:
            if not self.found(name):
                status = 1
                continue
            if not self.may_change(name):
                status |= self.err(msg.CANNOT_SET.format(name=name, reason=msg.PERMISSION))
                continue
            targets = [name]
            if options.has("r"):
                targets += [d for d in zpool.descendants(self.zfs, name) if "@" not in d]

            def clear(targets: list[str] = targets) -> None:
                for target in targets:
                    self.zfs.datasets[target].props.pop(real, None)

            changes.remount(self.solaris, clear, self.now)
        return status

    # -- list, get ---------------------------------------------------------------------
    def select(self, operands: list[str], recurse: bool, types: frozenset[str],
               paths: bool = False) -> tuple[list[str], int]:  # fmt: skip
        """zfs_for_each(): the datasets of `types` named (or, with `recurse` or no
        operand, below them too), sorted by name, a file system before its snapshots,
        snapshots oldest first. With `paths`, an operand may be a path."""
        status = 0
        chosen: list[str] = []

        def walk(name: str, deep: bool) -> None:
            kind = self.zfs.datasets[name].kind
            if kind in types:
                chosen.append(name)
            if not deep or kind == "snapshot":
                return
            for child in self.seen:
                if "@" not in child and kind == "filesystem" and zpool.parent(child) == name:
                    walk(child, deep)
            if "snapshot" in types:
                for snap in zpool.snapshots_of(self.zfs, name):
                    walk(snap, deep)

        argtypes = set(types)
        if recurse:
            argtypes.add("filesystem")
            if "snapshot" in types:
                argtypes.add("volume")
        for operand in operands:
            is_path = paths and operand.startswith("/")
            name = self.path_to_name(operand) if is_path else operand
            if name is None or not self.found(name):
                status = 1
            elif self.zfs.datasets[name].kind not in argtypes:
                status = self.err(msg.CANNOT_OPEN.format(name=name, reason=msg.NOT_SNAPSHOT))
            else:
                walk(name, recurse)
        if not operands:
            for root in (n for n in self.seen if "/" not in n and "@" not in n):
                walk(root, True)
        order = {n: i for i, n in enumerate(self.zfs.datasets)}
        return sorted(set(chosen), key=lambda n: _sort_key(n, order)), status

    def path_to_name(self, path: str) -> str | None:
        """zfs_path_to_zhandle(): the file system mounted where a path is."""
        operand, path = path, self.inv.path(path)
        if self.inv.fs.get(path) is None:
            self.err(msg.PATH_ERROR.format(path=operand))
            return None
        mounted = self.mounted()
        best = max((p for p in mounted if path == p or p == "/" or path.startswith(p + "/")),
                   key=len, default=None)  # fmt: skip
        if best is None:
            self.err(msg.NOT_ZFS.format(path=operand))
            return None
        return mounted[best]

    def list(self, args: list[str]) -> int:
        options = _options(args, ":o:rt:Hs:S:")
        fields = LIST_DEFAULT
        types = LIST_DEFAULT_TYPES
        sort: list[tuple[str, bool]] = []
        for flag, value in options.flags:
            value = value or ""
            if flag == "o":
                fields = value
            elif flag == "t":
                types = frozenset(LIST_TYPES if value == "all" else value.split(","))
                for word in types - set(LIST_TYPES):
                    raise UsageError(msg.BAD_TYPE.format(type=word))
            elif flag in "sS":
                if value != "name" and lookup(value) is None:
                    raise UsageError(msg.BAD_PROPERTY_ARG.format(prop=value))
                sort.append((value, flag == "S"))
        columns = fields.split(",")
        for column in columns:
            if column != "name" and lookup(column) is None and ":" not in column:
                raise UsageError(msg.BAD_PROPERTY_ARG.format(prop=column))
        names, status = self.select(options.operands, options.has("r"), types, paths=True)
        scripted = options.has("H")
        if not names:
            if status == 0 and not scripted:
                self.inv.print(msg.NO_DATASETS)
            return status
        shown = Shown(self.solaris, self.inv.zone)
        for key, reverse in reversed(sort):
            names.sort(key=lambda n, k=key: _sort_value(shown, n, k), reverse=reverse)
        rows = [[shown.cell(n, c) for c in columns] for n in names]
        for line in table.lines([_column(c) for c in columns], rows, scripted):
            self.inv.print(line)
        return status

    def get(self, args: list[str]) -> int:
        options = _options(args, ":rHpo:s:")
        operands = _operands(options, 1, 1 << 30, (msg.MISSING_PROPERTY,))
        columns = list(GET_COLUMNS)
        if options.has("o"):
            columns = (options.value("o") or "").split(",")
            for column in columns:
                if column not in GET_COLUMNS:
                    raise UsageError(msg.BAD_COLUMN.format(name=column))
        sources = None
        if options.has("s"):
            sources = (options.value("s") or "").split(",")
            for source in sources:
                if source not in GET_SOURCES:
                    raise UsageError(msg.BAD_SOURCE.format(name=source))
        wanted = operands[0]
        props: list[Prop] = []
        if wanted == "all":
            props = list(PROPS)
        for key in [] if wanted == "all" else wanted.split(","):
            prop = lookup(key)
            if prop is None:
                raise UsageError(msg.BAD_PROPERTY_ARG.format(prop=key))
            props.append(prop)
        names, status = self.select(operands[1:], options.has("r"), DATASET)
        if not names:
            return status
        shown = Shown(self.solaris, self.inv.zone)
        rows: list[list[str]] = []
        for name in names:
            for prop in props:
                got = shown.value(name, prop, options.has("p"))
                if got is None and wanted == "all":
                    continue
                value, source = got if got is not None else ("-", "-")
                kind = source.split()[0] if source != "-" else "none"
                if sources is not None and kind not in sources:
                    continue
                cells = {"name": name, "property": prop.name, "value": value or "-",
                         "source": source}  # fmt: skip
                rows.append([cells[c] for c in columns])
        widths = self.get_widths(shown, names, props)
        layout = [table.Column(c.upper(), widths[c], True, False) for c in columns]
        for line in table.lines(layout, rows, options.has("H")):
            self.inv.print(line)
        return status

    def get_widths(self, shown: Shown, names: list[str], props: list[Prop]) -> dict[str, int]:
        """zprop_print_headers(): NAME the longest name, PROPERTY the longest property
        asked for, VALUE the widest property column, SOURCE room for "inherited from"
        and the longest name."""
        name = max([4, *(len(n) for n in names)])
        value = 5
        for prop in props:
            width = prop.width
            if not prop.fixed:
                for dataset in names:
                    got = shown.value(dataset, prop)
                    width = max(width, len(got[0]) if got is not None else 0)
            value = max(value, width)
        prop_width = max([8, *(len(p.name) for p in props)])
        return {"name": name, "property": prop_width, "value": value,
                "source": name + len("inherited from")}  # fmt: skip

    # -- mount -------------------------------------------------------------------------
    def mount(self, args: list[str]) -> int:
        options = _options(args, ":avOo:")
        if not options.operands and not options.has("a"):
            if options.flags:
                raise UsageError(msg.MISSING_FS)
            for point, name in self.mounted().items():
                self.inv.print(msg.MOUNT_LINE.format(name=name, mountpoint=point))
            return 0
        if options.has("O"):
            return self.err(msg.NOT_SIMULATED.format(sub="mount -O"))
        if options.has("a"):  # each file system not mounted yet, quietly
            status = 0
            for name, dataset in list(self.zfs.datasets.items()):
                if not dataset.mounted and self.may_mount(name):
                    status |= self.mount_one(name)
            return status
        (name,) = _operands(options, 1, 1, (msg.MISSING_FS,))
        if not self.found(name):
            return 1
        path, _ = zpool.mountpoint(self.zfs, name)
        zoned = zpool.zoned(self.zfs, name)
        if zoned and self.inv.zone is None:
            return self.err(msg.EXPORTED.format(name=name))
        if not zoned and self.inv.zone is not None:
            return self.err(msg.MOUNT_PERMISSION.format(name=name))
        if path == "legacy":
            self.err(msg.LEGACY_MOUNT.format(name=name))
            return self.err(msg.LEGACY_USE)
        if path == "none":
            return self.err(msg.NO_MOUNTPOINT_SET.format(name=name))
        if self.zfs.datasets[name].props.get("canmount", "on") == "off":
            return self.err(msg.CANMOUNT_OFF.format(name=name))
        if self.zfs.datasets[name].mounted:
            return self.err(msg.ALREADY_MOUNTED_FS.format(name=name))
        return self.mount_one(name)

    def may_mount(self, name: str) -> bool:
        """What `zfs mount -a` mounts: file systems of this zone with a mount point."""
        if self.inv.zone is not None or zpool.zoned(self.zfs, name):
            return False
        return zpool.would_mount_on(self.zfs, name) is not None

    def mount_one(self, name: str) -> int:
        busy = changes.mount(self.solaris, name, self.now)
        return 0 if busy is None else self.err(msg.CANNOT_MOUNT_PATH.format(path=busy))

    def mounted(self) -> dict[str, str]:
        """What /etc/mnttab lists of type zfs here: mount point -> dataset."""
        zone = self.inv.zone
        if zone is None:
            return zpool.mounts(self.zfs)
        return dict(zpool.zone_mounts(self.zfs, zone)) if zone.in_kernel else {}


def _column(name: str) -> table.Column:
    prop = lookup(name)
    if prop is None:  # a user property: a string
        return table.Column(name.upper(), len(name), False, False)
    return table.Column(prop.header, prop.width, prop.fixed, prop.right)


def _sort_key(name: str, order: dict[str, int]) -> tuple[bytes, int, int]:
    base, at, _ = name.partition("@")
    return (base.encode(), 1 if at else 0, order.get(name, 0))


def _sort_value(shown: Shown, name: str, key: str) -> tuple[int, int, str]:
    """A sort key of -s/-S: numbers by value, then text; a missing value last."""
    if key == "name":
        return (0, 0, name)
    got = shown.value(name, BY_NAME[lookup(key).name], parsable=True)  # type: ignore[union-attr]
    value = "" if got is None else got[0]
    if value.isdigit():
        return (0, int(value), "")
    return (1 if value not in ("", "-") else 2, 0, value)


SUBCOMMANDS = ("create", "destroy", "snapshot", "clone", "rename", "list", "set", "get",
               "inherit", "mount")  # fmt: skip


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
    sub = msg.ALIASES.get(args[0], args[0])
    if sub == "-?":
        inv.out.write(usage_text(None))
        return 0
    if "=" in sub:  # `zfs quota=1G ds` is `zfs set quota=1G ds`
        sub, args = "set", ["set", *args]
    if sub in msg.USAGE and sub not in SUBCOMMANDS:
        inv.error(msg.NOT_SIMULATED.format(sub=sub))
        return 1
    if sub not in SUBCOMMANDS:
        inv.error(msg.UNRECOGNIZED.format(cmd=sub))
        inv.err.write(usage_text(None))
        return 2
    try:
        return getattr(Zfs(inv), sub)(args[1:])
    except UsageError as error:
        inv.error(str(error))
        inv.err.write(usage_text(sub))
        return 2
