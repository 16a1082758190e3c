"""pooladm(1M): activate and deactivate the pools facility, commit, save and print the
running configuration (reference/runtime.md §1.1, §1.2; ON86 pooladm.c)."""

from __future__ import annotations

from zonetui.model import Solaris
from zonetui.model.fs import FsError
from zonetui.model.pools import PoolConfig
from zonetui.model.world import copied
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.pools import messages as msg
from zonetui.sim.pools import unbind_all
from zonetui.sim.pools.partition import (
    PoolFailure,
    PsetView,
    Running,
    apply,
    commit,
    lowest_free,
    pools_active,
    running,
    used_ids,
    zone_pool,
)
from zonetui.sim.pools.render import configuration_text
from zonetui.sim.pools.services import set_pools
from zonetui.sim.pools.static import STATIC, StaticError, read_static, render_static
from zonetui.sim.registry import command

PROG = "pooladm"
# the option pairs pooladm refuses (main(): each is a usage error)
CONFLICTS = (("cdse", "x"), ("de", "csx"), ("d", "e"))


class PoolsError(Exception):
    """A die(): the line printed, exit 1."""


def view(inv: Invocation, prog: str = PROG) -> Running:
    """The running configuration where the command runs: a zone sees only its own pool
    and set (pool_pset.c); PoolsError when the facility is off."""
    solaris, domain = inv.solaris, inv.domain
    if not pools_active(solaris):
        raise PoolsError(msg.OPEN_DYNAMIC.format(prog=prog, reason=msg.NOT_ACTIVE))
    conf = running(solaris, domain)
    zone = inv.zone
    if zone is not None:
        pool = conf.pool(zone_pool(solaris, zone))
        assert pool is not None
        pset = conf.pset(pool.pset)
        conf = Running([pool], [pset] if pset is not None else [])
    return conf


def pset_load(inv: Invocation, pset: PsetView) -> int:
    """pset.load: the set's load average x 1000, from the seed and the minute."""
    minute = int(inv.world.clock // 60)
    share = inv.world.fraction("pset.load", inv.host.name, inv.domain.name, pset.name, minute)
    return int(share * 4 * len(pset.cpus)) if pset.cpus else 0


def _commit_file(inv: Invocation, path: str, dry_run: bool) -> None:
    """config_commit(): validate the static file, then commit it to the kernel."""
    solaris = inv.solaris
    try:
        conf = read_static(solaris, path)
    except StaticError as error:
        raise PoolsError(msg.OPEN_STATIC.format(prog=PROG, path=path, reason=error)) from None
    zones = [z for z in solaris.zones.values() if z.pool_cpus and z.config.dedicated_cpu]
    if not pools_active(solaris):
        raise PoolsError(msg.VALIDATE_RUNTIME.format(prog=PROG, path=path))
    _give_ids(solaris.pools.running, conf, solaris)
    try:
        cpus = commit(inv.domain, conf, zones)
    except PoolFailure:
        raise PoolsError(msg.VALIDATE_RUNTIME.format(prog=PROG, path=path)) from None
    if dry_run:
        return
    names = {pool.name for pool in conf.pools}
    for zone in solaris.zones.values():  # a destroyed pool's zones go to pool_default
        if zone.pool and zone.pool not in names:
            zone.pool = ""
    apply(solaris, conf, zones, cpus)


def _give_ids(old: PoolConfig, new: PoolConfig, solaris: Solaris) -> None:
    """The kernel keeps the id of a pool or set that stays, and gives a new one the
    lowest free id."""
    pool_ids, pset_ids = used_ids(solaris)
    kept_pools = {p.name: p.sys_id for p in old.pools}
    kept_psets = {p.name: p.sys_id for p in old.psets}
    pool_ids -= set(kept_pools.values())
    pset_ids -= set(kept_psets.values())
    for pool in new.pools:
        pool.sys_id = kept_pools.get(pool.name) or lowest_free(pool_ids)
        pool_ids.add(pool.sys_id)
    for pset in new.psets:
        pset.sys_id = kept_psets.get(pset.name) or lowest_free(pset_ids)
        pset_ids.add(pset.sys_id)
        previous = old.pset(pset.name)
        pset.cpus = list(previous.cpus) if previous is not None else []


def _save(inv: Invocation, path: str) -> None:
    """pooladm -s: the running configuration (temporary pools left out) in XML."""
    solaris = inv.solaris
    if not pools_active(solaris):
        raise PoolsError(msg.OPEN_DYNAMIC.format(prog=PROG, reason=msg.NOT_ACTIVE))
    conf = copied(solaris.pools.running)
    whole = running(solaris, inv.domain)
    text = render_static(conf, whole.psets[-1].cpus)
    try:
        inv.fs.write(path, text, now=inv.world.clock)
    except FsError as error:
        raise PoolsError(
            msg.EXPORT_DYNAMIC.format(prog=PROG, path=path, reason=error.reason)
        ) from None


@command(
    "pooladm",
    scope="solaris",
    usage="pooladm [-n] [-s] [-c] [filename] | pooladm [-n] -x | pooladm -d | -e",
    summary="activate and deactivate the resource pools facility",
    paths=("/usr/sbin/pooladm",),
)
def pooladm(inv: Invocation) -> int:
    opts = scan(inv.argv[1:], "cdensx", PROG)
    for error in opts.errors:
        inv.error(error)
    given = {flag for flag, _ in opts.flags}
    if opts.bad or any(given & set(a) and given & set(b) for a, b in CONFLICTS):
        inv.err.write(msg.POOLADM_USAGE)
        return 2
    operands = opts.operands
    if not given & {"c", "s"}:
        if operands:
            inv.err.write(msg.POOLADM_USAGE)
            return 2
    elif len(operands) > 1:
        inv.err.write(msg.POOLADM_USAGE)
        return 2
    path = inv.path(operands[0]) if operands else STATIC
    dry_run = "n" in given
    try:
        if not dry_run and given & set("cdex") and not inv.in_global_zone:
            raise PoolsError(msg.PERMISSIONS.format(prog=PROG))
        if given & {"d", "e"}:
            set_pools(inv.solaris, "e" in given)  # svcadm enable -s / disable -s
        elif not given & set("csx"):
            conf = view(inv)
            inv.out.write(configuration_text(conf, lambda p: pset_load(inv, p)))
        elif "x" in given:
            if not dry_run:
                if not pools_active(inv.solaris):
                    raise PoolsError(msg.OPEN_DYNAMIC.format(prog=PROG, reason=msg.NOT_ACTIVE))
                unbind_all(inv.solaris)
        elif "c" in given:
            _commit_file(inv, path, dry_run)
            if "s" in given and not dry_run:
                _save(inv, path)
        elif not dry_run:
            _save(inv, path)
    except PoolsError as error:
        inv.error(str(error))
        return 1
    return 0
