"""poolcfg's commands (ON86 poolcfg.y): the grammar read by recursive descent, each
command carried out on the configuration being edited as soon as it has been read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from zonetui.model.fs import FsError
from zonetui.model.pools import PoolConfig, PoolPset, ResourcePool
from zonetui.model.world import copied
from zonetui.sim.invocation import Invocation
from zonetui.sim.pools import messages as msg
from zonetui.sim.pools.partition import (
    DEFAULT_MAX,
    DEFAULT_POOL,
    DEFAULT_PSET,
    PoolView,
    PsetView,
    Running,
    default_cpus,
    lowest_free,
    pools_active,
)
from zonetui.sim.pools.pooladm import pset_load
from zonetui.sim.pools.poolcfg_lexer import Token, tokens
from zonetui.sim.pools.render import configuration_text, cpu_text, pool_text, pset_text
from zonetui.sim.pools.static import render_static

PROG = "poolcfg"
DYNAMIC = "/dev/poolctl"


class Die(Exception):
    """die(): the line printed, exit 1."""


class Syntax(Exception):
    """yyerror() from the parser: the token it stopped at."""

    def __init__(self, token: Token) -> None:
        super().__init__(token.text)
        self.token = token


# the properties an admin sets, by entity: name -> type (others are refused)
PROPERTIES = {
    "pool": {
        "pool.importance": "int",
        "pool.comment": "string",
        "pool.scheduler": "string",
    },
    "pset": {"pset.min": "uint", "pset.max": "uint", "pset.comment": "string"},
    "system": {"system.comment": "string"},
}
FIELDS = {
    "pool.importance": "importance",
    "pool.comment": "comment",
    "pool.scheduler": "scheduler",
    "pset.min": "min",
    "pset.max": "max",
    "pset.comment": "comment",
}
DEFAULTS = {"importance": 1, "comment": "", "scheduler": "", "min": 0, "max": DEFAULT_MAX}


@dataclass
class Prop:
    type: str
    name: str
    value: object = None
    remove: bool = False


@dataclass
class Editor:
    """The configuration being edited: the user pools and sets, pset_default's CPUs
    and, in the running configuration, the zones' temporary pools (not editable)."""

    conf: PoolConfig
    default: list[int]
    dynamic: bool
    temporary: Running = field(default_factory=Running)
    edited: bool = False

    def pool(self, name: str) -> ResourcePool | None:
        return self.conf.pool(name)

    def pset(self, name: str) -> PoolPset | None:
        return self.conf.pset(name)

    def view(self, inv: Invocation) -> Running:
        """The configuration as info shows it (temporary pools interleaved by id)."""
        pools = [
            PoolView(
                p.name,
                p.sys_id,
                p.pset or DEFAULT_PSET,
                p.importance,
                comment=p.comment,
                scheduler=p.scheduler,
            )
            for p in self.conf.pools
        ]
        psets = [
            PsetView(p.name, p.sys_id, p.min, p.max, sorted(p.cpus), comment=p.comment)
            for p in self.conf.psets
        ]
        pools += [p for p in self.temporary.pools if p.temporary]
        psets += [p for p in self.temporary.psets if p.temporary]
        pools.sort(key=lambda p: -p.sys_id)
        psets.sort(key=lambda p: -p.sys_id)
        pools.append(PoolView(DEFAULT_POOL, 0, DEFAULT_PSET, 1, default=True))
        psets.append(PsetView(DEFAULT_PSET, -1, 1, DEFAULT_MAX, sorted(self.default), default=True))
        return Running(pools, psets)


class Parser:
    """poolcfg.y by recursive descent: each command runs when it has been read."""

    def __init__(
        self,
        inv: Invocation,
        text: str,
        editor: Editor | None,
        load_error: str,
        path: str,
        from_file: bool,
    ) -> None:
        self.inv = inv
        self.stream: Iterator[Token] = tokens(text)
        self.token = next(self.stream)
        self.editor = editor
        self.load_error = load_error
        self.path = path
        self.from_file = from_file

    # -- tokens ---------------------------------------------------------------------
    def advance(self) -> Token:
        current = self.token
        self.token = next(self.stream)
        return current

    def expect(self, *kinds: str) -> Token:
        if self.token.kind not in kinds:
            raise Syntax(self.token)
        return self.advance()

    # -- commands -------------------------------------------------------------------
    def run(self) -> None:
        if self.token.kind == "":
            raise Syntax(self.token)
        while self.token.kind != "":
            self.command()

    def command(self) -> None:
        verb = self.expect(
            "info", "create", "destroy", "modify", "associate", "transfer", "discover", "rename"
        ).kind
        getattr(self, f"cmd_{verb}")()

    def entity(self, cpu: bool = False) -> str:
        kinds = ("system", "pool", "pset", "cpu") if cpu else ("system", "pool", "pset")
        return self.expect(*kinds).kind

    def name(self) -> str:
        return self.expect("symbol").text

    def loaded(self) -> Editor:
        """The configuration, or die: it could not be opened."""
        if self.editor is None:
            raise Die(msg.CONF_LOAD.format(prog=PROG, path=self.path, reason=self.load_error))
        return self.editor

    def edit(self) -> Editor:
        editor = self.loaded()
        editor.edited = True
        return editor

    def cmd_info(self) -> None:
        kind = name = None
        if self.token.kind in ("system", "pool", "pset", "cpu"):
            kind = self.entity(cpu=True)
            name = self.name()
        editor = self.loaded()
        conf = editor.view(self.inv)

        def load(pset: PsetView) -> int:
            return pset_load(self.inv, pset) if editor.dynamic else 0

        if kind is None or kind == "system":
            text = configuration_text(conf, load)
        elif kind == "pool":
            pool = conf.pool(name or "")
            if pool is None:
                raise Die(
                    msg.LOCATE.format(
                        prog=PROG, kind=msg.KIND_POOL, name=name, reason=msg.NOT_FOUND
                    )
                )
            text = pool_text("", pool)
            pset = conf.pset(pool.pset)
            if pset is not None:
                text += pset_text("\t", pset, load(pset))
        elif kind == "pset":
            pset = conf.pset(name or "")
            if pset is None:
                raise Die(
                    msg.LOCATE.format(
                        prog=PROG, kind=msg.KIND_RESOURCE, name=name, reason=msg.NOT_FOUND
                    )
                )
            text = pset_text("", pset, load(pset))
        else:
            cpu = int(name) if (name or "").isdigit() else -1
            if not any(cpu in p.cpus for p in conf.psets):
                raise Die(
                    msg.LOCATE.format(prog=PROG, kind=msg.KIND_CPU, name=name, reason=msg.NOT_FOUND)
                )
            text = cpu_text("", cpu)
        self.inv.out.write(text + "\n")

    def properties(self) -> list[Prop]:
        """An optional `( type name = value ; ~ type name ... )`."""
        if self.token.kind != "(":
            return []
        self.advance()
        props = [self.prop()]
        while self.token.kind == ";":
            self.advance()
            props.append(self.prop())
        self.expect(")")
        return props

    def prop(self) -> Prop:
        if self.token.kind == "~":
            self.advance()
            kind = self.expect("int", "uint", "boolean", "string", "float").kind
            return Prop(kind, self.name(), remove=True)
        kind = self.expect("int", "uint", "boolean", "string", "float").kind
        name = self.name()
        self.expect("=")
        value = self.expect("value")
        return Prop(kind, name, value.value)

    def apply(self, entity: str, record: object, props: list[Prop]) -> None:
        known = PROPERTIES.get(entity, {})
        for prop in props:
            if known.get(prop.name) != prop.type:
                template = msg.REMOVE_PROPERTY if prop.remove else msg.PUT_PROPERTY
                raise Die(template.format(prog=PROG, name=prop.name, reason=msg.BAD_PARAM))
            attr = FIELDS.get(prop.name)
            if attr is None:
                continue  # system.comment: not kept
            setattr(record, attr, DEFAULTS[attr] if prop.remove else prop.value)

    def cmd_create(self) -> None:
        kind = self.entity()
        name = self.name()
        props = self.properties()
        if kind == "system":
            raise Die(
                msg.CREATE.format(
                    prog=PROG, kind=msg.KIND_CONFIGURATION, name=name, reason=msg.BAD_PARAM
                )
            )
        editor = self.edit()
        taken = editor.pool(name) if kind == "pool" else editor.pset(name)
        if (
            taken is not None
            or name in (DEFAULT_POOL, DEFAULT_PSET)
            or editor.view(self.inv).pool(name)
            or editor.view(self.inv).pset(name)
        ):
            raise Die(msg.CREATE.format(prog=PROG, kind=kind, name=name, reason=msg.BAD_PARAM))
        pool_ids, pset_ids = self.ids(editor)
        if kind == "pool":
            pool = ResourcePool(name=name, sys_id=lowest_free(pool_ids))
            self.apply("pool", pool, props)
            editor.conf.pools.append(pool)
        else:
            pset = PoolPset(name=name, sys_id=lowest_free(pset_ids), min=0, max=DEFAULT_MAX)
            self.apply("pset", pset, props)
            editor.conf.psets.append(pset)

    def ids(self, editor: Editor) -> tuple[set[int], set[int]]:
        pool_ids = {p.sys_id for p in editor.conf.pools} | {
            p.sys_id for p in editor.temporary.pools if p.temporary
        }
        pset_ids = {p.sys_id for p in editor.conf.psets} | {
            p.sys_id for p in editor.temporary.psets if p.temporary
        }
        return pool_ids, pset_ids

    def cmd_destroy(self) -> None:
        kind = self.entity()
        name = self.name()
        editor = self.edit()
        if name in (DEFAULT_POOL, DEFAULT_PSET) and kind in ("pool", "pset"):
            # pool_destroy() / pool_resource_destroy() refuse the defaults
            raise Die(msg.DESTROY.format(prog=PROG, kind=kind, name=name, reason=msg.BAD_PARAM))
        if kind == "pool":
            pool = editor.pool(name)
            if pool is None:
                raise Die(
                    msg.LOCATE.format(
                        prog=PROG, kind=msg.KIND_POOL, name=name, reason=msg.NOT_FOUND
                    )
                )
            editor.conf.pools.remove(pool)
        elif kind == "pset":
            pset = editor.pset(name)
            if pset is None:
                raise Die(
                    msg.LOCATE.format(
                        prog=PROG, kind=msg.KIND_PSET, name=name, reason=msg.NOT_FOUND
                    )
                )
            editor.conf.psets.remove(pset)
            editor.default = sorted(editor.default + pset.cpus)
            for pool in editor.conf.pools:  # its pools fall back on pset_default
                if pool.pset == name:
                    pool.pset = ""
        else:
            raise Die(
                msg.DESTROY.format(
                    prog=PROG, kind=msg.KIND_CONFIGURATION, name=name, reason=msg.BAD_PARAM
                )
            )

    def cmd_modify(self) -> None:
        kind = self.entity(cpu=True)
        name = self.name()
        props = self.properties()
        editor = self.edit()
        if kind == "pool":
            record: object = editor.pool(name)
            label = msg.KIND_POOL
        elif kind == "pset":
            record = editor.pset(name)
            label = msg.KIND_RESOURCE
        elif kind == "system":
            record, label = editor, msg.KIND_CONFIGURATION
        else:
            record, label = None, msg.KIND_CPU
        if record is None and name in (DEFAULT_POOL, DEFAULT_PSET) and props:
            # the defaults' properties are not kept by the simulation [INF]
            raise Die(msg.PUT_PROPERTY.format(prog=PROG, name=props[0].name, reason=msg.BAD_PARAM))
        if record is None:
            raise Die(msg.LOCATE.format(prog=PROG, kind=label, name=name, reason=msg.NOT_FOUND))
        self.apply(kind, record, props)

    def resources(self) -> list[str]:
        """`( pset name [; pset name] )`."""
        if self.token.kind != "(":
            return []
        self.advance()
        names = []
        while True:
            self.expect("pset")
            names.append(self.name())
            if self.token.kind != ";":
                break
            self.advance()
        self.expect(")")
        return names

    def cmd_associate(self) -> None:
        self.expect("pool")
        name = self.name()
        psets = self.resources()
        editor = self.edit()
        pool = editor.pool(name)
        if pool is None and name != DEFAULT_POOL:
            raise Die(
                msg.LOCATE.format(prog=PROG, kind=msg.KIND_POOL, name=name, reason=msg.NOT_FOUND)
            )
        for pset_name in psets:
            if pset_name != DEFAULT_PSET and editor.pset(pset_name) is None:
                raise Die(
                    msg.LOCATE.format(
                        prog=PROG, kind=msg.KIND_PSET, name=pset_name, reason=msg.NOT_FOUND
                    )
                )
            if pool is None:  # pool_default keeps pset_default (the simulation's model)
                if pset_name != DEFAULT_PSET:
                    raise Die(
                        msg.ASSOC_RESOURCE.format(prog=PROG, name=pset_name, reason=msg.BAD_PARAM)
                    )
                continue
            pool.pset = "" if pset_name == DEFAULT_PSET else pset_name

    def cmd_transfer(self) -> None:
        if self.token.kind == "to" and True:
            self.advance()
            self.expect("pset")
            target = self.name()
            cpus = self.components()
            self.transfer_cpus(target, cpus)
            return
        qty = self.expect("value")
        if not isinstance(qty.value, int):
            raise Syntax(qty)
        direction = self.expect("from", "to").kind
        self.expect("pset")
        first = self.name()
        self.expect("to" if direction == "from" else "from")
        second = self.name()
        src, tgt = (first, second) if direction == "from" else (second, first)
        self.transfer_quantity(qty.value, src, tgt)

    def components(self) -> list[str]:
        if self.token.kind != "(":
            return []
        self.advance()
        ids = []
        while True:
            self.expect("cpu")
            ids.append(self.name())
            if self.token.kind != ";":
                break
            self.advance()
        self.expect(")")
        return ids

    def _sizes(self, editor: Editor, name: str) -> tuple[list[int], int, int] | None:
        if name == DEFAULT_PSET:
            return editor.default, 1, DEFAULT_MAX
        pset = editor.pset(name)
        if pset is None:
            return None
        return pset.cpus, pset.min, pset.max

    def transfer_quantity(self, qty: int, src: str, tgt: str) -> None:
        editor = self.edit()
        source, target = self._sizes(editor, src), self._sizes(editor, tgt)
        if source is None:
            raise Die(
                msg.LOCATE.format(prog=PROG, kind=msg.KIND_RESOURCE, name=src, reason=msg.NOT_FOUND)
            )
        if target is None:
            raise Die(
                msg.LOCATE.format(prog=PROG, kind=msg.KIND_RESOURCE, name=tgt, reason=msg.NOT_FOUND)
            )
        src_cpus, src_min, _ = source
        tgt_cpus, _, tgt_max = target
        if src == tgt or qty == 0:  # setup_transfer(): nothing to do
            return
        if qty > len(src_cpus) - src_min or (tgt != DEFAULT_PSET and len(tgt_cpus) + qty > tgt_max):
            raise Die(
                msg.XFER_QUANTITY.format(
                    prog=PROG, qty=qty, src=src, tgt=tgt, reason=msg.INVALID_CONF
                )
            )
        moving = sorted(src_cpus)[len(src_cpus) - qty :] if qty else []
        self._move(editor, moving, src, tgt)

    def _move(self, editor: Editor, cpus: list[int], src: str, tgt: str) -> None:
        def put(name: str, new: list[int]) -> None:
            if name == DEFAULT_PSET:
                editor.default = sorted(new)
            else:
                pset = editor.pset(name)
                assert pset is not None
                pset.cpus = sorted(new)

        source = self._sizes(editor, src)
        target = self._sizes(editor, tgt)
        assert source is not None and target is not None
        put(src, [c for c in source[0] if c not in cpus])
        put(tgt, [*target[0], *cpus])

    def transfer_cpus(self, target: str, ids: list[str]) -> None:
        editor = self.edit()
        if self._sizes(editor, target) is None:
            raise Die(
                msg.LOCATE.format(
                    prog=PROG, kind=msg.KIND_RESOURCE, name=target, reason=msg.NOT_FOUND
                )
            )
        for text in ids:
            cpu = int(text)
            owner = next(
                (name for name in [DEFAULT_PSET, *(p.name for p in editor.conf.psets)]
                 if cpu in (self._sizes(editor, name) or ([], 0, 0))[0]),
                None,
            )  # fmt: skip
            if owner is None:
                raise Die(
                    msg.LOCATE.format(prog=PROG, kind=msg.KIND_CPU, name=text, reason=msg.NOT_FOUND)
                )
            source = self._sizes(editor, owner)
            dest = self._sizes(editor, target)
            assert source is not None and dest is not None
            if owner != target and (len(source[0]) - 1 < source[1] or len(dest[0]) + 1 > dest[2]):
                raise Die(
                    msg.XFER_COMPONENT.format(
                        prog=PROG,
                        kind=msg.KIND_COMPONENT,
                        name=text,
                        target=target,
                        reason=msg.INVALID_CONF,
                    )
                )
            if owner != target:
                self._move(editor, [cpu], owner, target)

    def cmd_discover(self) -> None:
        """parser_conf_discover(): the running configuration exported to the file, which
        is then edited (nothing to do on the running one itself)."""
        if self.path == DYNAMIC:
            return
        inv = self.inv
        solaris = inv.solaris
        if not pools_active(solaris):
            raise Die(
                msg.CREATE.format(
                    prog=PROG,
                    kind=msg.KIND_CONFIGURATION,
                    name=solaris.hostname,
                    reason=msg.NOT_ACTIVE,
                )
            )
        conf = copied(solaris.pools.running)
        default = default_cpus(solaris, inv.domain)
        try:
            inv.fs.write(self.path, render_static(conf, default), now=inv.world.clock)
        except FsError as error:
            raise Die(
                msg.CREATE.format(
                    prog=PROG,
                    kind=msg.KIND_CONFIGURATION,
                    name=solaris.hostname,
                    reason=error.reason,
                )
            ) from None
        self.editor = Editor(conf, default, False)

    def cmd_rename(self) -> None:
        kind = self.entity()
        old = self.name()
        self.expect("to")
        new = self.name()
        editor = self.edit()
        if kind == "pool":
            pool = editor.pool(old)
            if pool is None:
                raise Die(
                    msg.LOCATE.format(prog=PROG, kind=msg.KIND_POOL, name=old, reason=msg.NOT_FOUND)
                )
            if editor.pool(new) is not None:
                raise Die(
                    msg.PUT_PROPERTY.format(prog=PROG, name="pool.name", reason=msg.INVALID_CONF)
                )
            pool.name = new
        elif kind == "pset":
            pset = editor.pset(old)
            if pset is None:
                raise Die(
                    msg.LOCATE.format(prog=PROG, kind=msg.KIND_PSET, name=old, reason=msg.NOT_FOUND)
                )
            if editor.pset(new) is not None:
                raise Die(
                    msg.PUT_PROPERTY.format(prog=PROG, name="pset.name", reason=msg.INVALID_CONF)
                )
            pset.name = new
            for pool in editor.conf.pools:
                if pool.pset == old:
                    pool.pset = new
