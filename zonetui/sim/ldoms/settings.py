"""OpenBoot variables and the service processor's configurations (§2.4, §3.8, §3.9)."""

from __future__ import annotations

from zonetui.sim.ldoms import args as parse
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms import power, reconf
from zonetui.sim.ldoms.args import UsageError
from zonetui.sim.ldoms.machine import LdmError
from zonetui.sim.ldoms.run import Run

MAX_SPCONFIGS = 8  # including factory-default [M]
FACTORY = "factory-default"


# -- variables ----------------------------------------------------------------------------


def _assignments(r: Run) -> tuple[list[tuple[str, str]], str]:
    ops = r.args.operands
    if len(ops) < 2:
        raise UsageError()
    pairs = []
    for word in ops[:-1]:
        name, eq, value = word.partition("=")
        if not eq:
            raise UsageError()
        pairs.append((parse.var_name(name), value))
    return pairs, ops[-1]


def add_variable(r: Run) -> None:
    pairs, ldom = _assignments(r)
    domain = r.m.domain(ldom)
    for name, _ in pairs:
        if name in domain.variables:
            raise LdmError(msg.VARIABLE_EXISTS.format(var=name))
    r.change(domain, dynamic=True)
    for name, value in pairs:
        domain.variables[name] = value


def set_variable(r: Run) -> None:
    pairs, ldom = _assignments(r)
    domain = r.m.domain(ldom)
    r.change(domain, dynamic=True)
    for name, value in pairs:
        domain.variables[name] = value


def remove_variable(r: Run) -> None:
    ops = r.args.operands
    if len(ops) < 2:
        raise UsageError()
    domain = r.m.domain(ops[-1])
    for name in ops[:-1]:
        if name not in domain.variables:
            raise LdmError(msg.VARIABLE_UNKNOWN.format(var=name))
    r.change(domain, dynamic=True)
    for name in ops[:-1]:
        domain.variables.pop(name, None)


def list_variable(r: Run) -> None:
    ops = r.args.operands
    if not ops:
        raise UsageError()
    domain = r.m.domain(ops[-1])
    names = ops[:-1] or list(domain.variables)
    for name in names:
        if name not in domain.variables:
            raise LdmError(msg.VARIABLE_UNKNOWN.format(var=name))
    for name in names:
        r.print(f"{name}={domain.variables[name]}")


# -- SP configurations -------------------------------------------------------------------------


def _config(r: Run, name: str):
    for config in r.m.host.spconfigs:
        if config.name == name:
            return config
    return None


def add_spconfig(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    name = parse.config_name(r.args.operands[0])
    host = r.m.host
    if name == FACTORY or _config(r, name) is not None:
        raise LdmError(msg.CONFIG_EXISTS.format(config=name))
    if len(host.spconfigs) + 1 >= MAX_SPCONFIGS:
        raise LdmError(msg.CONFIG_FULL.format(limit=MAX_SPCONFIGS))
    host.spconfigs.append(power.save_config(host, name))
    host.config_next = name
    if not reconf.pending(r.m):
        host.config_current = name  # what runs is what was saved (T28)
        host.config_dirty = False
    # else the saved configuration holds changes the machine does not run yet: it is the
    # next power-on's, and [current] only once a power cycle boots it (§3.9, §4.4)


def set_spconfig(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    name = r.args.operands[0]
    if name != FACTORY and _config(r, name) is None:
        raise LdmError(msg.CONFIG_UNKNOWN.format(config=name))
    r.m.host.config_next = name


def remove_spconfig(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    name = r.args.operands[0]
    if name == FACTORY:
        raise LdmError(msg.CONFIG_FACTORY)
    config = _config(r, name)
    if config is None:
        raise LdmError(msg.CONFIG_UNKNOWN.format(config=name))
    host = r.m.host
    host.spconfigs.remove(config)
    if host.config_next == name:
        host.config_next = FACTORY
    if host.config_current == name:
        host.config_dirty = True


def list_spconfig(r: Run) -> None:
    if r.args.operands:
        raise UsageError()
    host = r.m.host
    for name in [FACTORY, *(c.name for c in host.spconfigs)]:
        label = ""
        if name == host.config_current and not host.config_dirty:
            label = " " + msg.CURRENT
        elif name == host.config_next:
            label = " " + msg.NEXT_POWERON
        r.print(name + label)
