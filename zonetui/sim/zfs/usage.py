"""zfs's usage messages (zfs_main.c usage(), get_usage()): the whole command table, or
one subcommand's lines with the property table for set, get, inherit and list."""

from __future__ import annotations

from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs.props import PROPS


def _property_table() -> str:
    """usage_prop_cb() over the properties in name order; casesensitivity's EDIT
    column is printed two spaces short, as zfs_main.c does."""
    lines = [msg.USAGE_PROPS, msg.USAGE_PROPS_HEADER]
    for prop in sorted(PROPS, key=lambda p: p.name):
        if prop.name == "casesensitivity":
            edit = msg.USAGE_EDIT_CASE
        else:
            edit = msg.USAGE_EDIT_NO if prop.readonly else msg.USAGE_EDIT_YES
        inherit = msg.USAGE_INHERIT_YES if prop.inherit else msg.USAGE_INHERIT_NO
        values = prop.values_text or "-"
        lines.append(f"\t{prop.name:<14} {edit}{inherit}{values}\n")
    lines.append(msg.USAGE_PROPS_TAIL)
    return "".join(lines)


def usage_text(sub: str | None) -> str:
    """What `zfs` (sub None) or `zfs SUB` prints about its usage."""
    if sub is None:
        body = "".join("\n" if s is None else msg.USAGE[s] for s in msg.USAGE_ORDER)
        return msg.USAGE_ALL_HEAD + body + msg.USAGE_ALL_TAIL + msg.USAGE_PROPS_HINT
    text = msg.USAGE_HEAD + "\n" + msg.USAGE[sub]  # (rename's lines end without a newline)
    if sub in ("set", "get", "inherit", "list"):
        return text + _property_table()
    return text + msg.USAGE_PROPS_HINT
