"""What libzonecfg does to a configuration for zonecfg (reference/zones.md §1.5, §2.2, §3):
finding a resource from name=value pairs, removing and replacing one, and the rctl
aliases (cpu-shares, max-lwps, ... and capped-cpu, capped-memory swap/locked).

Error results are libzonecfg's codes ("Z_OK", "Z_NO_RESOURCE_ID", ...).
"""

from __future__ import annotations

import re
from typing import Any

from zonetui.model import ZoneConfig
from zonetui.model.zones import Rctl, RctlValue
from zonetui.sim.zones.zonecfg.tables import PRIV_PRIVILEGED, Alias, ResourceType
from zonetui.sim.zones.zonecfg.units import strtoull


def same_net_address(a1: str, a2: str) -> bool:
    """zonecfg_same_net_address(): equal, or equal but for one side's /prefix."""
    if a1 == a2:
        return True
    if ("/" in a1) == ("/" in a2):
        return False
    return a1.split("/", 1)[0] == a2.split("/", 1)[0]


def _equal(rt: ResourceType, key: str, wanted: str, have: str) -> bool:
    if rt.name == "net" and key == "address":
        return same_net_address(wanted, have)
    return wanted == have


def resources(config: ZoneConfig, rt: ResourceType) -> list[Any]:
    """The configuration's list of resources of type `rt`."""
    assert rt.field is not None
    return getattr(config, rt.field)


def lookup(rt: ResourceType, items: list[Any], given: dict[str, str]) -> tuple[str, Any]:
    """zonecfg_lookup_*(): the one resource the given properties pick out.

    As libzonecfg walks the resources, a resource matching any given property becomes
    the candidate, and is dropped again when a later property does not match; a second
    candidate means Z_INSUFFICIENT_SPEC, none Z_NO_RESOURCE_ID."""
    if rt.name == "rctl":
        name = given.get("name", "")
        if not name:
            return "Z_INVAL", None
        found = next((r for r in items if r.name == name), None)
        return ("Z_OK", found) if found is not None else ("Z_NO_RESOURCE_ID", None)
    first = None
    for item in items:
        for key in rt.match:
            wanted = given.get(key, "")
            if not wanted:
                continue
            if _equal(rt, key, wanted, getattr(item, key)):
                if first is None:
                    first = item
                elif first is not item:
                    return "Z_INSUFFICIENT_SPEC", None
            elif first is item:
                first = None
    if first is None:
        return "Z_NO_RESOURCE_ID", None
    return "Z_OK", first


def info_matches(rt: ResourceType, item: Any, given: dict[str, str]) -> bool:
    """`info TYPE prop=value`: every given (non-empty) property matches."""
    return all(
        _equal(rt, key, given[key], getattr(item, key))
        for key in rt.info_match
        if given.get(key, "")
    )


def delete(rt: ResourceType, items: list[Any], old: Any) -> str:
    """zonecfg_delete_*(): remove the first resource identified like `old`."""
    for i, item in enumerate(items):
        if all(getattr(item, key) == getattr(old, key) for key in rt.delete_key):
            del items[i]
            return "Z_OK"
    return "Z_NO_RESOURCE_ID"


def modify(rt: ResourceType, items: list[Any], old: Any, new: Any) -> str:
    """zonecfg_modify_*(): the old resource goes, the new one is added at the end."""
    err = delete(rt, items, old)
    if err == "Z_OK":
        items.append(new)
    return err


# -- rctl aliases -------------------------------------------------------------------------
def get_alias(config: ZoneConfig, alias: Alias) -> tuple[str, int]:
    """zonecfg_get_aliased_rctl(): Z_OK and the limit, Z_NO_ENTRY, or Z_ALIAS_DISALLOW
    when the rctl is there but not in the alias's one-value form."""
    found: Rctl | None = None
    for rctl in config.rctl:
        if rctl.name != alias.rctl:
            continue
        if found is not None or len(rctl.values) != 1:
            return "Z_ALIAS_DISALLOW", 0
        value = rctl.values[0]
        if value.priv != PRIV_PRIVILEGED or value.action != alias.action:
            return "Z_ALIAS_DISALLOW", 0
        found = rctl
    if found is None:
        return "Z_NO_ENTRY", 0
    return "Z_OK", strtoull(found.values[0].limit)[0]


def alias_ok(config: ZoneConfig, alias: Alias) -> bool:
    """zonecfg_aliased_rctl_ok(): the alias may be set."""
    return get_alias(config, alias)[0] in ("Z_OK", "Z_NO_ENTRY")


def remove_alias(config: ZoneConfig, alias: Alias) -> None:
    """zonecfg_rm_aliased_rctl(): drop the alias's rctl (if it is one)."""
    if get_alias(config, alias)[0] != "Z_OK":
        return
    for i, rctl in enumerate(config.rctl):
        if rctl.name == alias.rctl:
            del config.rctl[i]
            return


def set_alias(config: ZoneConfig, alias: Alias, limit: int) -> str:
    """zonecfg_set_aliased_rctl(): replace the alias's rctl by a fresh one at the end."""
    if not alias_ok(config, alias):
        return "Z_ALIAS_DISALLOW"
    remove_alias(config, alias)
    value = RctlValue(priv=PRIV_PRIVILEGED, limit="%d" % limit, action=alias.action)
    config.rctl.append(Rctl(name=alias.rctl, values=[value]))
    return "Z_OK"


# -- value checks -------------------------------------------------------------------------
def valid_rctl_name(name: str) -> bool:
    """zonecfg_valid_rctlname(): zone. and then letters and '-' only."""
    return bool(re.fullmatch(r"zone\.[A-Za-z-]+", name))


def rctl_value_error(value: RctlValue) -> bool:
    """Whether zonecfg_construct_rctlblk()/zonecfg_valid_rctlblk() refuse the value:
    priv must be privileged (basic parses), action none or deny (signal parses), limit an
    unsigned number in C notation (decimal, 0x hex or 0 octal)."""
    if value.priv not in ("basic", "privileged"):
        return True
    if value.limit.startswith("-"):
        return True
    _, rest, overflow = strtoull(value.limit, 0)
    if overflow or rest:
        return True
    if value.action not in ("none", "signal", "deny"):
        return True
    return value.priv != "privileged" or value.action not in ("none", "deny")


def zfs_name_valid(name: str) -> bool:
    """zfs_name_valid(name, ZFS_TYPE_FILESYSTEM), near enough: pool/fs/... components of
    letters, digits, '-', '_', '.' and ':'; no snapshot '@'."""
    if not name or len(name) >= 256 or name.startswith("/") or name.endswith("/"):
        return False
    return all(re.fullmatch(r"[A-Za-z0-9_.:-]+", part) for part in name.split("/"))
