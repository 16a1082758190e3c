"""Write bench/cluster.toml: 64 hosts and 2,000 zones, built by real commands.

    python bench/make_cluster.py

Each host's setup script gives its control domain a few services and a bound guest,
then configures its share of the 2,000 zones with zonecfg (installing that many zones
would only make the load slower: the views do not care about a zone's state). The file
is checked in; run this again only to change the cluster.
"""

from __future__ import annotations

from pathlib import Path

HOSTS = 64
ZONES = 2000
# (platform, cores per socket, memory, LDoms): one generation after another
PLATFORMS = (
    ("T2000", 8, "32G", "1.3"),
    ("T5220", 8, "64G", "1.3"),
    ("T5240", 8, "128G", "2.2"),
    ("T5440", 8, "128G", "2.2"),
)
OUT = Path(__file__).with_name("cluster.toml")

SERVICES = """\
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-domain guest1
ldm add-vcpu 8 guest1
ldm add-memory 2G guest1
"""


def host_setup(index: int, zones: range) -> str:
    lines = [SERVICES.rstrip("\n"), "mkdir -m 700 /zones"]
    for number in zones:
        name = f"z{number:04d}"
        lines.append(f"zonecfg -z {name} 'create; set zonepath=/zones/{name}; commit'")
    return "\n".join(lines) + "\n"


def cluster() -> str:
    parts = [
        "# 64 hosts and 2,000 zones for bench/tui_bench.py; written by bench/make_cluster.py\n",
        '[cluster]\nname = "bench"\nseed = 1\n',
    ]
    per_host, extra = divmod(ZONES, HOSTS)
    first = 0
    for index in range(HOSTS):
        platform, cores, memory, ldoms = PLATFORMS[index % len(PLATFORMS)]
        count = per_host + (1 if index < extra else 0)
        setup = host_setup(index, range(first, first + count))
        first += count
        parts.append(
            f'[[hosts]]\nname = "host{index:02d}"\nplatform = "{platform}"\ncores = {cores}\n'
            f'memory = "{memory}"\nldoms = "{ldoms}"\nsetup = """\n{setup}"""\n'
        )
    return "\n".join(parts)


def main() -> None:
    OUT.write_text(cluster())
    print(f"wrote {OUT} ({HOSTS} hosts, {ZONES} zones)")


if __name__ == "__main__":
    main()
