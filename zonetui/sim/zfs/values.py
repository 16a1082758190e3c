"""Property values as `zfs create -o` and `zfs set` take them: checked as libzfs checks
them (zfs_validate_properties(), zprop_parse_value()), kept in one form (sizes in bytes,
long names)."""

from __future__ import annotations

from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs.props import applies, lookup

NONE_SIZES = frozenset({"quota", "reservation", "refquota", "refreservation"})


def parse_size(text: str) -> int | None:
    """zfs_nicestrtonum(): 10G, 1.5M, 512, 2k, 4GB; None if it is no size."""
    upper = text.upper()
    if len(upper) > 1 and upper.endswith("B") and upper[-2] in "KMGTPE":
        upper = upper[:-1]
    scale = 1
    if upper and upper[-1] in "KMGTPE":
        scale = 1 << (10 * ("KMGTPE".index(upper[-1]) + 1))
        upper = upper[:-1]
    try:
        value = float(upper) if "." in upper else int(upper)
    except ValueError:
        return None
    return int(value * scale) if value >= 0 else None


def check(key: str, value: str, kind: str, creating: bool = False) -> str | None:
    """Why libzfs refuses `key=value` on a dataset of `kind`, or None; a set-once
    property can be given when the dataset is created."""
    prop = lookup(key)
    if prop is None:
        return None if ":" in key else msg.INVALID_PROPERTY.format(prop=key)
    if prop.readonly and not (creating and prop.attr == "onetime"):
        return msg.READONLY.format(prop=prop.name)
    if not applies(prop, kind):
        return msg.NOT_APPLY.format(prop=prop.name)
    if prop.name == "mountpoint":
        if value in ("none", "legacy") or value.startswith("/"):
            return None
        return msg.MOUNTPOINT_PATH.format(prop=prop.name)
    if prop.values and value not in prop.values:
        return msg.ONE_OF.format(prop=prop.name, values=prop.values_text)
    if prop.number:
        if value == "none" and prop.name in NONE_SIZES:
            return None
        size = parse_size(value)
        if size is None:
            return msg.BAD_NUMBER.format(value=value)
        if size == 0 and prop.name in ("quota", "refquota"):
            return msg.QUOTA_NONE
        if prop.name == "recordsize" and (size < 512 or size > 131072 or size & (size - 1)):
            return msg.POWER_OF_2.format(prop=prop.name)
    return None


def normalised(props: dict[str, str]) -> dict[str, str]:
    """Sizes kept in bytes, names in their long form."""
    out: dict[str, str] = {}
    for key, value in props.items():
        prop = lookup(key)
        name = prop.name if prop is not None else key
        if prop is not None and prop.number and value != "none":
            size = parse_size(value)
            value = str(size) if size else "none"
        out[name] = value
    return out
