"""Simulated Sun CMT hardware: the chip and platform catalog and server topology.

The catalog's names are imported from zonetui.hardware.catalog when first asked for
here: importing the package (for its sizes or platform names) builds no catalog model.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "Catalog",
    "Chip",
    "CoreSku",
    "MemoryBlock",
    "Niu",
    "PcieRoot",
    "Platform",
    "Topology",
    "format_size",
    "load_catalog",
    "parse_catalog",
    "parse_size",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from zonetui.hardware import catalog

    return getattr(catalog, name)
