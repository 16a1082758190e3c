"""Fresh hosts in the factory-default configuration (ldoms.md §5.1)."""

from __future__ import annotations

from zonetui.hardware.catalog import load_catalog
from zonetui.model import Domain, Filesystem, Host, MemBlock, Node, Solaris, World
from zonetui.sim.proc.messages import Release
from zonetui.sim.zones.files import write_templates, write_zone_files
from zonetui.sim.zones.templates import templates_for

# (path, kind, mode, owner, group) of a fresh Solaris 10 root filesystem; /zones is absent.
BASE_LAYOUT: tuple[tuple[str, str, int, str, str], ...] = (
    ("/", "dir", 0o755, "root", "root"),
    ("/bin", "dir", 0o755, "root", "bin"),
    ("/dev", "dir", 0o755, "root", "sys"),
    ("/dev/null", "chr", 0o666, "root", "sys"),
    ("/etc", "dir", 0o755, "root", "sys"),
    ("/etc/zones", "dir", 0o755, "root", "sys"),
    ("/export", "dir", 0o755, "root", "sys"),
    ("/export/home", "dir", 0o755, "root", "root"),
    ("/lib", "dir", 0o755, "root", "bin"),
    ("/opt", "dir", 0o755, "root", "sys"),
    ("/platform", "dir", 0o755, "root", "sys"),
    ("/sbin", "dir", 0o755, "root", "sys"),
    ("/tmp", "dir", 0o1777, "root", "sys"),
    ("/usr", "dir", 0o755, "root", "sys"),
    ("/var", "dir", 0o755, "root", "sys"),
    ("/var/run", "dir", 0o755, "root", "sys"),
    ("/var/tmp", "dir", 0o1777, "root", "sys"),
)

# Files of a fresh instance: (path, mode, owner, group, text); {hostname} is filled in.
BASE_FILES: tuple[tuple[str, int, str, str, str], ...] = (
    ("/etc/nodename", 0o644, "root", "root", "{hostname}\n"),
    ("/etc/release", 0o444, "root", "root", Release.S10),
)


def new_filesystem(hostname: str, now: float) -> Filesystem:
    """The root filesystem of a freshly installed Solaris 10."""
    nodes = {
        path: Node(kind=kind, mode=mode, owner=owner, group=group, mtime=now)  # type: ignore[arg-type]
        for path, kind, mode, owner, group in BASE_LAYOUT
    }
    for path, mode, owner, group, text in BASE_FILES:
        nodes[path] = Node(
            kind="file",
            mode=mode,
            owner=owner,
            group=group,
            mtime=now,
            data=text.format(hostname=hostname),
        )
    return Filesystem(nodes=nodes)


def new_solaris(
    hostname: str, boot_time: float, containers: list[str] | tuple[str, ...] = ()
) -> Solaris:
    """A freshly installed Solaris 10: no zones yet, the templates in /etc/zones."""
    solaris = Solaris(
        hostname=hostname, boot_time=boot_time, fs=new_filesystem(hostname, boot_time)
    )
    write_templates(solaris, templates_for(list(containers)), boot_time)
    write_zone_files(solaris, boot_time)
    return solaris


def factory_default_host(
    world: World,
    name: str,
    platform_id: str,
    cores: int,
    memory: int,
    ldoms: str,
    containers: list[str] | None = None,
) -> Host:
    """A host whose primary domain owns every strand, crypto unit, I/O root and all memory
    but the firmware's, with Solaris 10 up for a while (deterministic from the seed)."""
    platform = load_catalog().platform(platform_id)
    topology = platform.topology(cores)
    uptime = 86400 + int(world.fraction("uptime", name) * 20 * 86400)
    boot = world.clock - uptime
    base = platform.first_free_pa
    mac = host_mac(world, name)
    size = memory - platform.reserved_bytes
    roots = [io.path for io in (*platform.pcie_roots, *platform.niu)]
    primary = Domain(
        name="primary",
        state="active",
        vcpus=list(topology.strands),
        crypto=list(topology.crypto_units),
        memory=[MemBlock(pa=base, size=size, ra=base)],
        io_bound=list(roots),
        io=list(roots),
        start_time=boot,
        solaris=new_solaris(name, boot, containers or ()),
        uuid=domain_uuid(world) if ldoms == "2.2" else "",
        mac=mac,
        hostid="0x84" + mac.replace(":", "")[-6:],
        mac_explicit=True,  # the platform's own address (ldoms.md T11)
        ncpu=len(topology.strands),
        nmau=len(topology.crypto_units),
        mem=size,
    )
    return Host(
        name=name,
        platform=platform.id,
        cores=cores,
        memory=memory,
        ldoms=ldoms,  # type: ignore[arg-type]
        power_on_time=boot,
        containers=list(containers or ()),
        domains=[primary],
    )


def host_mac(world: World, name: str) -> str:
    """The host's own Ethernet address: Sun's OUI, below the LDoms range (ldoms.md §5.4)."""
    value = int(world.fraction("hostmac", name) * 0xF80000)
    return "00:14:4f:" + ":".join(f"{(value >> s) & 0xFF:02x}" for s in (16, 8, 0))


def domain_uuid(world: World) -> str:
    """A domain's UUID (2.x), from its own stream so zone UUIDs stay where they were."""
    h = world.draw("domain-uuid").hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def zfs_root(host: Host) -> None:
    """The control domain's Solaris installed on a ZFS root: rpool (runtime.md §5.1)."""
    from zonetui.sim.zfs.pool import ROOT_POOL, new_root_pool

    primary = host.primary
    solaris = primary.solaris
    if solaris is None:
        return
    solaris.zfs = new_root_pool(primary.memory_size, solaris.boot_time)
    node = solaris.fs.get("/")
    if node is not None and solaris.fs.get("/" + ROOT_POOL) is None:
        solaris.fs.nodes["/" + ROOT_POOL] = node._replace(mode=0o755)
