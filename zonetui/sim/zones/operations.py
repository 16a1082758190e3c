"""Long zone operations: their durations, the lock they hold, and their steps.

An operation (install, clone, boot, halt, ...) runs as a list of steps, each at a
fraction of its duration: a step changes the zone (its transitional state: installing
and uninstalling zones are `incomplete`, halting ones `shutting_down` then `down`,
booting ones `ready`) and may print. Between steps the world clock moves on by the
share of the duration the step covers, so when the command ends the clock has moved by
the whole duration: scripts and one-shot commands simply finish at once.

While it runs the operation is recorded on the zone (`Zone.operation`): that is the
zone's lock, which another zoneadm asking to change the zone meets ("another zoneadm
may have an operation in progress.").

A front end that wants to show an operation as it goes (the TUI's progress bar) sets
`paced = True` on the shell session it drives. Then, after each step, the command
yields a `Pace` request (a `ReadLine` with an empty prompt) through the shell to the
driver, which shows `fraction` and `state`, waits as long as it likes (the world clock
has already moved for that step) and answers with any line (`console.feed("")`) to let
the operation go on. Meanwhile the zone is in its transitional state and locked, so
another console sees the operation under way. Unpaced drivers never see a Pace.

Between two steps of a paced operation the front end lets the state go, and another
process may save a change of its own; the front end then reloads the world, whose
hosts, domains, zones and files are new objects. So after each Pace the operation finds
its zone again, by name (`find`), and each step reaches whatever it changes through the
command's names, never through objects it kept: both writes survive.

A paced operation's lock is saved with the process that holds it (`ZoneOperation.owner`);
a lock whose process is gone is orphaned, and released when a state is loaded
(`release_stale`), as the lock on zoneadm's lock file dies with its process.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass

from zonetui.model import Domain, Host, World, Zone
from zonetui.model.zones import LockOwner, ZoneOperation
from zonetui.sim.context import ContextGone
from zonetui.sim.io import ReadLine

# Seconds each operation takes on the world clock (one table: DESIGN.md §1 "Time").
DURATIONS: dict[str, float] = {
    "install": 900,  # sparse root: lucreatezone copies and initialises the packages
    "install-whole-root": 2700,  # whole root: every file of /usr, /lib, ... too
    "install-brand": 1200,  # a Solaris 8/9 Container from its flash archive
    "uninstall": 60,
    "clone": 300,  # copying the source zonepath (sparse root)
    "clone-whole-root": 1200,
    "boot": 30,  # ready (virtual platform), then init until the zone is up
    "ready": 5,
    "halt": 10,  # shutting_down, down, then installed
    "reboot": 10,  # its halt; then it boots (boot's duration)
    "attach": 60,  # the manifest checked against this system, /dev regenerated
    "attach-update": 600,
    "detach": 5,
    "move": 10,
    "mark": 1,
}

Step = tuple[float, Callable[[], None]]  # (fraction of the duration, what happens then)


@dataclass(slots=True)
class Pace(ReadLine):
    """A long operation's progress, for a paced front end; answer it to go on."""

    zone: str = ""
    operation: str = ""
    fraction: float = 0.0
    state: str = ""


class OperationLost(Exception):
    """A paced operation cannot go on: when it resumed, its zone was gone (another
    process deleted it, or started the world afresh) or no longer held its lock (its
    domain's Solaris went down): as when zoneadmd dies under zoneadm."""


def run(
    world: World,
    zone: Zone,
    kind: str,
    steps: Iterable[Step],
    paced: bool = False,
    *,
    find: Callable[[], Zone] | None = None,
    owner: LockOwner | None = None,
) -> Generator[ReadLine, str | None, None]:
    """Carry out `steps` of the operation `kind` on `zone`, holding its lock in the name
    of `owner`. After each Pace, `find` gives the zone as the world now has it (raising
    OperationLost when it is gone): the steps that follow change that one."""
    duration = DURATIONS[kind]
    lock = ZoneOperation(kind=kind, started=world.clock, duration=duration, owner=owner)
    zone.operation = lock
    done = 0.0
    try:
        for fraction, act in steps:
            world.advance((fraction - done) * duration)
            done = max(done, fraction)
            act()
            lock.fraction = done
            if paced and done < 1.0:
                yield Pace("", zone=zone.name, operation=kind, fraction=done, state=zone.state)
                if find is not None:
                    zone = _relocked(find(), lock)
        world.advance((1.0 - done) * duration)
    finally:
        if find is not None:  # (ended from outside: the world may be a newer one)
            with contextlib.suppress(OperationLost, ContextGone):
                zone = find()
        if _holds(zone, lock):
            zone.operation = None


def _relocked(zone: Zone, lock: ZoneOperation) -> Zone:
    """`zone` as found again, holding `lock` (as saved, or the same object)."""
    if not _holds(zone, lock):
        raise OperationLost(zone.name)
    zone.operation = lock
    return zone


def _holds(zone: Zone, lock: ZoneOperation) -> bool:
    """Whether `zone` holds `lock`, or the copy of it a reload made."""
    held = zone.operation
    return held is lock or (
        held is not None
        and (held.kind, held.started, held.owner) == (lock.kind, lock.started, lock.owner)
    )


def progress(zone: Zone) -> tuple[float, str] | None:
    """(fraction, state) of the operation under way on `zone`, or None."""
    if zone.operation is None:
        return None
    return zone.operation.fraction, zone.state


def orphaned_locks(
    world: World, alive: Callable[[LockOwner | None], bool]
) -> Iterator[tuple[Host, Domain, Zone]]:
    """The zones whose lock is held by no process that `alive` says still runs."""
    for host in world.hosts:
        for domain in host.domains:
            if domain.solaris is not None:
                for zone in domain.solaris.zones.values():
                    if zone.operation is not None and not alive(zone.operation.owner):
                        yield host, domain, zone


def release_stale(world: World, alive: Callable[[LockOwner | None], bool]) -> int:
    """Drop the locks of operations whose zoneadm is gone (a front end killed in the
    middle of a paced operation): as on Solaris, where the lock file's lock dies with
    its process, the zone stays in the state it had reached (an install's `incomplete`:
    `uninstall -F` takes it back). The locks of live processes stay. How many went."""
    orphans = [zone for _, _, zone in orphaned_locks(world, alive)]
    for zone in orphans:
        zone.operation = None
    return len(orphans)
