"""The text of a pools configuration, as `pooladm` and `poolcfg -c info` print it
(reference/runtime.md §1.2.1: libpool pool_base_info() and prop_buf_build_cb())."""

from __future__ import annotations

from collections.abc import Callable

from zonetui.sim.pools.partition import PoolView, PsetView, Running

Props = list[tuple[str, str, object]]


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def element(tab: str, kind: str, name: str | None, props: Props) -> str:
    """An element header and its properties (an empty string keeps its space)."""
    text = f"\n{tab}{kind}" + (f" {name}" if name is not None else "")
    for type_, prop, value in props:
        text += f"\n{tab}\t{type_}\t{prop} {_value(value)}"
    return text + "\n"


def system_props(name: str = "default") -> Props:
    return [
        ("string", "system.comment", ""),
        ("int", "system.version", 1),
        ("boolean", "system.bind-default", True),
        ("string", "system.poold.objectives", "wt-load"),
    ]


def pool_props(pool: PoolView) -> Props:
    props: Props = [
        ("int", "pool.sys_id", pool.sys_id),
        ("boolean", "pool.active", True),
        ("boolean", "pool.default", pool.default),
        ("int", "pool.importance", pool.importance),
        ("string", "pool.comment", pool.comment),
    ]
    if pool.scheduler:
        props.append(("string", "pool.scheduler", pool.scheduler))
    if pool.temporary:
        props.append(("boolean", "pool.temporary", True))
    return props


def pset_props(pset: PsetView, load: int) -> Props:
    props: Props = [
        ("int", "pset.sys_id", pset.sys_id),
        ("boolean", "pset.default", pset.default),
        ("uint", "pset.min", pset.min),
        ("uint", "pset.max", pset.max),
        ("string", "pset.units", "population"),
        ("uint", "pset.load", load),
        ("uint", "pset.size", len(pset.cpus)),
        ("string", "pset.comment", pset.comment),
    ]
    if pset.temporary:
        props.append(("boolean", "pset.temporary", True))
    return props


def cpu_text(tab: str, cpu: int) -> str:
    return element(
        tab,
        "cpu",
        None,
        [
            ("int", "cpu.sys_id", cpu),
            ("string", "cpu.comment", ""),
            ("string", "cpu.status", "on-line"),
        ],
    )


def pool_text(tab: str, pool: PoolView) -> str:
    """A pool with its resources listed shallowly."""
    return element(tab, "pool", pool.name, pool_props(pool)) + f"\t{tab}pset\t{pool.pset}\n"


def pset_text(tab: str, pset: PsetView, load: int) -> str:
    """A set with its CPUs one level deeper, highest id first."""
    text = element(tab, "pset", pset.name, pset_props(pset, load))
    for cpu in sorted(pset.cpus, reverse=True):
        text += cpu_text(tab + "\t", cpu)
    return text


def configuration_text(
    conf: Running, load: Callable[[PsetView], int], system: str = "default"
) -> str:
    """pool_conf_info(): the system, its pools (shallow), then its sets (deep). The
    caller prints it without a newline of its own."""
    text = element("", "system", system, system_props())
    for pool in conf.pools:
        text += pool_text("\t", pool)
    for pset in conf.psets:
        text += pset_text("\t", pset, load(pset))
    return text
