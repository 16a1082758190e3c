"""The zone configuration templates of Solaris 10 (reference/zones.md §6)."""

from __future__ import annotations

from zonetui.model import ZoneConfig
from zonetui.model.zones import InheritPkgDir

SPARSE_ROOT_DIRS = ("/lib", "/platform", "/sbin", "/usr")


def _sunwdefault() -> ZoneConfig:
    return ZoneConfig(
        name="default", inherit_pkg_dirs=[InheritPkgDir(dir=d) for d in SPARSE_ROOT_DIRS]
    )


# name -> (builder, Solaris 8/9 Containers package it needs, or None)
TEMPLATES = {
    "SUNWdefault": (_sunwdefault, None),
    "SUNWblank": (lambda: ZoneConfig(name="blank"), None),
    "SUNWsolaris8": (lambda: ZoneConfig(name="solaris8", brand="solaris8"), "solaris8"),
    "SUNWsolaris9": (lambda: ZoneConfig(name="solaris9", brand="solaris9"), "solaris9"),
}


def templates_for(containers: list[str]) -> dict[str, ZoneConfig]:
    """The templates installed on a host with these Solaris 8/9 Containers."""
    return {
        name: build()
        for name, (build, needs) in TEMPLATES.items()
        if needs is None or needs in containers
    }


# Brands of Solaris 10 on SPARC (reference/zones.md §8): name -> (Solaris 8/9 Containers
# package it needs or None, platform.xml allow-exclusive-ip). lx is x86-only: never here.
BRANDS = {
    "native": (None, True),
    "solaris8": ("solaris8", True),
    "solaris9": ("solaris9", True),
}


def brand_installed(brand: str, containers: list[str]) -> bool:
    """Whether /usr/lib/brand/<brand> exists on a host with these Containers."""
    if brand not in BRANDS:
        return False
    needs = BRANDS[brand][0]
    return needs is None or needs in containers


def allows_exclusive_ip(brand: str) -> bool:
    """The brand's platform.xml allow-exclusive-ip."""
    return BRANDS.get(brand, (None, False))[1]
