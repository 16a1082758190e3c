"""Logical Domains Manager version profiles: data, not scattered `if`s (DESIGN.md §1)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """What differs between LDoms 1.3 and Oracle VM Server for SPARC 2.2."""

    version: str
    manager: str  # first line of `ldm -V`
    state_width: int  # STATE column incl. padding (ldoms.md §3.1)
    flag_count: int  # five FLAGS letters in 1.x, six in 2.x (§3.2)
    control_status: str  # FLAGS position 2 of a running control domain
    whole_core: bool  # add-core/set-core/remove-core, CORE sections (§2.5)


PROFILES: dict[str, Profile] = {
    "1.3": Profile(
        version="1.3",
        manager="Logical Domain Manager (v 1.3)",
        state_width=9,
        flag_count=5,
        control_status="-",  # T03: factory-default primary shows ---c- [V]
        whole_core=False,
    ),
    "2.2": Profile(
        version="2.2",
        manager="Logical Domains Manager (v 2.2)",
        state_width=11,
        flag_count=6,
        control_status="n",  # OVM listings: -n-cv- [V]
        whole_core=True,
    ),
}
