"""Undoing a failed zoneadm: the world as it was, put back into the same objects.

zoneadm takes a snapshot before it starts and, if it fails, puts the snapshot back.
It must not swap the world's objects for copies: another console may be in the middle
of a paced operation (zones.operations) that holds the very Host, Domain, Solaris and
Zone objects, and it must go on changing the world, not orphans. So the snapshot's
values are copied back into the objects that are there, model by model.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def _same_kind(a: Any, b: Any) -> bool:
    return isinstance(a, BaseModel) and type(a) is type(b)


def restore_in_place(current: BaseModel, saved: BaseModel) -> None:
    """Make `current` equal to `saved`, keeping `current`'s nested model objects."""
    for name in type(current).model_fields:
        now, then = getattr(current, name), getattr(saved, name)
        if _same_kind(now, then):
            restore_in_place(now, then)
        elif isinstance(now, dict) and isinstance(then, dict):
            merged = {}
            for key, value in then.items():
                if key in now and _same_kind(now[key], value):
                    restore_in_place(now[key], value)
                    merged[key] = now[key]
                else:
                    merged[key] = value
            now.clear()
            now.update(merged)  # the dict itself stays, in the snapshot's order
        elif (
            isinstance(now, list)
            and isinstance(then, list)
            and len(now) == len(then)
            and all(_same_kind(a, b) for a, b in zip(now, then, strict=True))
            and now
        ):
            for a, b in zip(now, then, strict=True):
                restore_in_place(a, b)
        else:
            setattr(current, name, then)
