"""Completion of a text tool's file operands (sed, nawk, awk)."""

from __future__ import annotations

from zonetui.sim.commands.files import complete_paths
from zonetui.sim.invocation import Invocation


def complete_operand(inv: Invocation, args: list[str]) -> list[str]:
    """Options are typed; a file operand is completed from the simulated files."""
    partial = args[-1] if args else ""
    if partial.startswith("-"):
        return []
    return complete_paths(inv, partial)
