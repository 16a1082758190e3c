"""Simulated Sun CMT hardware: the chip and platform catalog and server topology."""

from zonetui.hardware.catalog import (
    Catalog,
    Chip,
    CoreSku,
    MemoryBlock,
    Niu,
    PcieRoot,
    Platform,
    Topology,
    format_size,
    load_catalog,
    parse_catalog,
    parse_size,
)

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
