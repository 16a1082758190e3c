"""The process table of a Solaris instance, derived from the world.

The global zone has its kernel and SMF daemons from the instance's boot, a zoneadmd per
zone the kernel has, and the Logical Domains daemons where they run; a ready zone has
its zsched; a running zone adds its init and its brand's daemons. Pids of a zone come
from the block its bringup took (Controls.zones); sizes, CPU times and loads come from
the world's seed, so the same world always shows the same figures. Only what a command
changed is stored: a daemon SMF restarted after pkill (Controls.restarts).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from zonetui.model import Domain, Host, Solaris, World, Zone
from zonetui.model.controls import Restart, ZoneRun

GLOBAL = "global"
MAXPID = 30000  # Solaris 10's default maxpid: pids wrap below it
ZONE_BLOCK = 100  # pids a zone's bringup reserves for its first processes
FIRST_PID = 1000  # above the global zone's boot-time daemons
USERS = {"root": 0, "daemon": 1}  # /etc/passwd
GROUPS = {"root": 0, "other": 1, "bin": 2, "sys": 3, "adm": 4, "daemon": 12}  # /etc/group
PROJECTS = {"system": 0, "user.root": 1, "noproject": 2, "default": 3, "group.staff": 10}


@dataclass(frozen=True)
class Daemon:
    """One kind of process: its arguments, who runs it and how it looks.
    `offset` is its pid (global zone) or its place in the zone's block; `parent` names
    the daemon whose pid is its ppid ("" = pid 0); `system` marks a kernel process (SSYS:
    no address space, no signals)."""

    key: str
    args: str
    offset: int
    parent: str = "init"
    user: str = "root"
    nlwp: int = 1
    size_k: int = 2000  # base virtual size (KB); the seed adds to it
    system: bool = False
    sclass: str = "TS"
    late: int = 2  # seconds after its zone (or the system) came up that it started
    smf: bool = True  # restarted by SMF (or init) when killed

    @property
    def fname(self) -> str:
        return self.args.split()[0].rsplit("/", 1)[-1][:15]


def _d(key: str, args: str, offset: int, **kw: object) -> Daemon:
    return Daemon(key, args, offset, **kw)  # type: ignore[arg-type]


# The global zone's own processes (pids fixed at boot), in pid order.
GLOBAL_DAEMONS: tuple[Daemon, ...] = (
    _d("sched", "sched", 0, parent="", system=True, sclass="SYS", size_k=0, late=0, smf=False),
    _d("init", "/sbin/init", 1, parent="", size_k=2584, late=0, smf=False),
    _d("pageout", "pageout", 2, parent="", system=True, sclass="SYS", size_k=0, late=0, smf=False),
    _d("fsflush", "fsflush", 3, parent="", system=True, sclass="SYS", size_k=0, late=0, smf=False),
    _d("svc.startd", "/lib/svc/bin/svc.startd", 7, nlwp=12, size_k=10480, late=3),
    _d("svc.configd", "/lib/svc/bin/svc.configd", 9, nlwp=17, size_k=12504, late=3),
    _d("syseventd", "/usr/lib/sysevent/syseventd", 88, nlwp=15, size_k=3144, late=8),
    _d("picld", "/usr/lib/picl/picld", 103, nlwp=7, size_k=5640, late=9),
    _d("nscd", "/usr/sbin/nscd", 121, user="daemon", nlwp=25, size_k=4472, late=10),
    _d("rpcbind", "/usr/sbin/rpcbind", 131, user="daemon", nlwp=1, size_k=2912, late=11),
    _d("syslogd", "/usr/sbin/syslogd", 245, nlwp=11, size_k=4336, late=14),
    _d("cron", "/usr/sbin/cron", 252, nlwp=1, size_k=2776, late=14),
    _d("inetd", "/usr/lib/inet/inetd start", 267, nlwp=4, size_k=6592, late=15),
    _d("sshd", "/usr/lib/ssh/sshd", 281, nlwp=1, size_k=4144, late=16),
    _d("sendmail", "/usr/lib/sendmail -bd -q15m", 300, nlwp=1, size_k=6848, late=17),
    _d("sac", "/usr/lib/saf/sac -t 300", 302, nlwp=1, size_k=1664, late=17),
    _d("ttymon", "/usr/lib/saf/ttymon", 305, parent="sac", nlwp=1, size_k=2344, late=17),
)
# daemons of the Logical Domains Manager, in the control domain: (key in
# Host.services, daemon)
LDOMS_DAEMONS: tuple[Daemon, ...] = (
    _d("ldmd", "/usr/lib/ldoms/ldmd", 310, nlwp=9, size_k=7232, late=18),
    _d("vntsd", "/usr/lib/ldoms/vntsd", 320, nlwp=5, size_k=3096, late=18),
)
# zoneadmd, in the global zone, first pid of each zone's block
ZONEADMD = _d("zoneadmd", "zoneadmd -z {zone}", 0, user="root", nlwp=4, size_k=2896, late=0)
ZSCHED = _d(
    "zsched", "zsched", 3, parent="", system=True, sclass="SYS", size_k=0, late=0, smf=False
)

# a running native zone's processes (offsets in its block), after zsched
NATIVE_ZONE: tuple[Daemon, ...] = (
    _d("init", "/sbin/init", 40, parent="zsched", size_k=2584, smf=False),
    _d("svc.startd", "/lib/svc/bin/svc.startd", 44, nlwp=12, size_k=9400, late=3),
    _d("svc.configd", "/lib/svc/bin/svc.configd", 46, nlwp=15, size_k=11280, late=3),
    _d("nscd", "/usr/sbin/nscd", 68, user="daemon", nlwp=18, size_k=4280, late=8),
    _d("rpcbind", "/usr/sbin/rpcbind", 71, user="daemon", size_k=2912, late=8),
    _d("syslogd", "/usr/sbin/syslogd", 80, nlwp=11, size_k=4264, late=10),
    _d("cron", "/usr/sbin/cron", 82, size_k=2776, late=10),
    _d("inetd", "/usr/lib/inet/inetd start", 85, nlwp=4, size_k=6480, late=11),
    _d("sshd", "/usr/lib/ssh/sshd", 88, size_k=4144, late=12),
    _d("sendmail", "/usr/lib/sendmail -bd -q15m", 93, size_k=6848, late=12),
)
# a Solaris 8/9 Container has no SMF: init starts the rc scripts' daemons
LEGACY_ZONE: tuple[Daemon, ...] = (
    _d("init", "/sbin/init", 40, parent="zsched", size_k=2176, smf=False),
    _d("syslogd", "/usr/sbin/syslogd", 60, nlwp=11, size_k=3968, late=6),
    _d("cron", "/usr/sbin/cron", 62, size_k=1960, late=6),
    _d("inetd", "/usr/sbin/inetd -s", 64, size_k=2520, late=6),
    _d("sendmail", "/usr/lib/sendmail -bd -q15m", 70, size_k=5408, late=7),
)
ZONE_DAEMONS = {"native": NATIVE_ZONE, "solaris8": LEGACY_ZONE, "solaris9": LEGACY_ZONE}


@dataclass(frozen=True)
class Process:
    """One process as /proc's psinfo shows it."""

    pid: int
    ppid: int
    user: str
    zone: str
    zoneid: int
    start: float
    args: str
    fname: str
    system: bool
    nlwp: int
    size_k: int
    rss_k: int
    cpu_s: int  # accumulated CPU seconds
    pcpu: float  # recent CPU usage, percent
    sclass: str
    pri: int
    nice: int
    key: str  # the daemon it is ("init", "zsched", "zoneadmd", ...)
    smf: bool

    @property
    def restart_key(self) -> str:
        return f"{self.zone}/{self.key}"

    # A daemon leads its own session and process group, and svc.startd gives each
    # service a task and a contract of its own: here they share the daemon's pid.
    # The kernel's processes belong to none; init has no contract.
    @property
    def pgid(self) -> int:
        return 0 if self.system else self.pid

    @property
    def sid(self) -> int:
        return self.pgid

    @property
    def taskid(self) -> int:
        return self.pgid

    @property
    def ctid(self) -> int:
        return -1 if self.system or self.key == "init" else self.pid

    @property
    def uid(self) -> int:
        return USERS[self.user]

    @property
    def gid(self) -> int:
        return 0 if self.user == "root" else 1  # daemon's group is other

    projid = 0  # every daemon runs in the project system


def _draw(seed: int, *parts: object) -> int:
    """A number from the seed and the parts, the same on every run."""
    return zlib.crc32(":".join(map(str, (seed, *parts))).encode())


def _process(
    world: World, daemon: Daemon, pid: int, ppid: int, zone: str, zoneid: int, start: float,
    sclass: str = "TS",
) -> Process:  # fmt: skip
    seed = world.seed
    uptime = max(world.clock - start, 0.0)
    draw = _draw(seed, zone, daemon.key)
    if daemon.system:
        size = rss = 0
        rate = 40 if daemon.key == "sched" else 2
    else:
        size = daemon.size_k + draw % 1024 // 8 * 8
        rss = size * (55 + draw % 40) // 100 // 8 * 8
        rate = 1 + draw % 7
    cpu_s = int(uptime * rate / 10000)
    pcpu = (draw >> 8) % 4 / 10 if not daemon.system else 0.0
    args = daemon.args.format(zone=zone)
    fname = "zoneadmd" if daemon is ZONEADMD else daemon.fname
    sclass = daemon.sclass if daemon.sclass == "SYS" else sclass
    pri = 96 if sclass == "SYS" else 59 - (draw >> 12) % 20
    return Process(
        pid=pid, ppid=ppid, user=daemon.user, zone=zone, zoneid=zoneid, start=start,
        args=args, fname=fname, system=daemon.system, nlwp=daemon.nlwp, size_k=size,
        rss_k=rss, cpu_s=cpu_s, pcpu=pcpu, sclass=sclass, pri=pri, nice=20,
        key=daemon.key, smf=daemon.smf,
    )  # fmt: skip


def _restarted(solaris: Solaris, zone: str, key: str, since: float) -> Restart | None:
    """The daemon SMF restarted in this boot of the zone, if any."""
    found = solaris.controls.restarts.get(f"{zone}/{key}")
    return found if found is not None and found.since >= since else None


def _daemons(
    world: World, solaris: Solaris, zone: str, zoneid: int, daemons: list[tuple[Daemon, int]],
    since: float, root_ppid: int, pids: dict[str, int], sclass: str = "TS",
) -> list[Process]:  # fmt: skip
    out: list[Process] = []
    for daemon, pid in daemons:
        start = since + daemon.late
        again = _restarted(solaris, zone, daemon.key, since)
        if again is not None:
            pid, start = again.pid, again.since
        pids[daemon.key] = pid
        ppid = pids.get(daemon.parent, root_ppid) if daemon.parent else root_ppid
        out.append(_process(world, daemon, pid, ppid, zone, zoneid, start, sclass))
    return out


def zone_run(solaris: Solaris, zone: Zone) -> ZoneRun:
    """The zone's block of pids and since when it is up (a state saved before the
    process table existed gets one derived from its zone id)."""
    run = solaris.controls.zones.get(zone.name)
    if run is not None:
        return run
    since = zone.boot_time if zone.boot_time is not None else solaris.boot_time
    return ZoneRun(first_pid=FIRST_PID + (zone.zoneid or 0) * ZONE_BLOCK, since=since)


def global_processes(world: World, host: Host, domain: Domain, solaris: Solaris) -> list[Process]:
    """The global zone's processes."""
    daemons = [(d, d.offset) for d in GLOBAL_DAEMONS]
    if domain.name == "primary":
        daemons += [(d, d.offset) for d in LDOMS_DAEMONS if host.services.get(d.key, False)]
    out = _daemons(world, solaris, GLOBAL, 0, daemons, solaris.boot_time, 0, {})
    for zone in solaris.zones.values():
        if zone.in_kernel:
            run = zone_run(solaris, zone)
            daemon = ZONEADMD
            pid, start = run.first_pid, run.since
            again = _restarted(solaris, GLOBAL, f"zoneadmd:{zone.name}", run.since)
            if again is not None:
                pid, start = again.pid, again.since
            proc = _process(world, daemon, pid, 1, GLOBAL, 0, start)
            out.append(_with_key(proc, f"zoneadmd:{zone.name}", zone.name))
    return out


def _with_key(proc: Process, key: str, zone: str) -> Process:
    fields = dict(proc.__dict__)
    fields.update(key=key, args=ZONEADMD.args.format(zone=zone))
    return Process(**fields)


def zone_processes(world: World, solaris: Solaris, zone: Zone) -> list[Process]:
    """A ready or running zone's processes (none for a zone the kernel lacks)."""
    if not zone.in_kernel or zone.zoneid is None:
        return []
    run = zone_run(solaris, zone)
    daemons = [(ZSCHED, run.first_pid + ZSCHED.offset)]
    since = run.since
    if zone.state == "running":
        brand = ZONE_DAEMONS.get(zone.brand, NATIVE_ZONE)
        daemons += [(d, run.first_pid + d.offset) for d in brand]
        since = zone.boot_time if zone.boot_time is not None else run.since
    pids: dict[str, int] = {}
    sclass = zone_class(zone)
    out = _daemons(world, solaris, zone.name, zone.zoneid, daemons[:1], run.since, 1, pids)
    return out + _daemons(
        world, solaris, zone.name, zone.zoneid, daemons[1:], since, 1, pids, sclass
    )


def zone_class(zone: Zone) -> str:
    """The scheduling class of a zone's processes: its scheduling-class, else FSS when
    it has cpu-shares (zoneadmd uses FSS for it anyway, runtime.md §2.5), else TS."""
    config = zone.config
    if config.scheduling_class:
        return config.scheduling_class
    return "FSS" if config.rctl_named("zone.cpu-shares") else "TS"


def _as_seen_inside(procs: list[Process]) -> list[Process]:
    """procfs in a zone reports a parent outside the zone as the zone's zsched."""
    pids = {p.pid for p in procs}
    zsched = next((p.pid for p in procs if p.key == "zsched"), 0)
    out = []
    for proc in procs:
        if proc.ppid not in pids or proc.key == "zsched":
            fields = dict(proc.__dict__)
            fields["ppid"] = zsched
            proc = Process(**fields)
        out.append(proc)
    return out


def processes(
    world: World, host: Host, domain: Domain, solaris: Solaris, zone: Zone | None = None
) -> list[Process]:
    """The processes one sees from `zone` (None: the global zone sees all), by pid."""
    if not solaris.running:
        return []
    if zone is not None:
        return sorted(_as_seen_inside(zone_processes(world, solaris, zone)), key=lambda p: p.pid)
    out = global_processes(world, host, domain, solaris)
    for each in solaris.zones.values():
        out += zone_processes(world, solaris, each)
    return sorted(out, key=lambda p: p.pid)


# -- what commands change ------------------------------------------------------------


def _take_pids(solaris: Solaris, count: int) -> int:
    controls = solaris.controls
    first = controls.next_pid
    if first + count >= MAXPID:
        first = FIRST_PID
    controls.next_pid = first + count
    return first


def zone_up(solaris: Solaris, zone: Zone, now: float) -> None:
    """zoneadmd readied the zone: its block of pids and its start."""
    first = _take_pids(solaris, ZONE_BLOCK)
    solaris.controls.zones[zone.name] = ZoneRun(first_pid=first, since=now)


def zone_down(solaris: Solaris, zone: Zone) -> None:
    """The zone left the kernel: none of its processes remain."""
    controls = solaris.controls
    controls.zones.pop(zone.name, None)
    prefix = f"{zone.name}/"
    for key in [k for k in controls.restarts if k.startswith(prefix)]:
        del controls.restarts[key]
    controls.restarts.pop(f"{GLOBAL}/zoneadmd:{zone.name}", None)


def restart(solaris: Solaris, proc: Process, now: float) -> None:
    """SMF (or init, for svc.startd) starts a killed daemon again: a new pid."""
    pid = _take_pids(solaris, 1)
    solaris.controls.restarts[proc.restart_key] = Restart(pid=pid, since=now)
