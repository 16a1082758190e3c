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
