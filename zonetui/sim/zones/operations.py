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
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass

from zonetui.model import World, Zone
from zonetui.model.zones import ZoneOperation
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


def run(
    world: World, zone: Zone, kind: str, steps: Iterable[Step], paced: bool = False
) -> Generator[ReadLine, str | None, None]:
    """Carry out `steps` of the operation `kind` on `zone`, holding its lock."""
    duration = DURATIONS[kind]
    zone.operation = ZoneOperation(kind=kind, started=world.clock, duration=duration)
    done = 0.0
    try:
        for fraction, act in steps:
            world.advance((fraction - done) * duration)
            done = max(done, fraction)
            act()
            if zone.operation is not None:
                zone.operation.fraction = done
            if paced and done < 1.0:
                yield Pace("", zone=zone.name, operation=kind, fraction=done, state=zone.state)
        world.advance((1.0 - done) * duration)
    finally:
        zone.operation = None


def progress(zone: Zone) -> tuple[float, str] | None:
    """(fraction, state) of the operation under way on `zone`, or None."""
    if zone.operation is None:
        return None
    return zone.operation.fraction, zone.state


def release_stale(world: World) -> None:
    """Drop the locks of operations whose zoneadm is gone (a front end that stopped in
    the middle of a paced operation): as on Solaris, where the lock file's lock dies
    with its process, the zone stays in the state it had reached."""
    for host in world.hosts:
        for domain in host.domains:
            if domain.solaris is not None:
                for zone in domain.solaris.zones.values():
                    zone.operation = None
                    zone.console_pid = None
