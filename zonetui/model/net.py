"""What `ifconfig` has changed in an IP stack: the interfaces plumbed there.

A Solaris keeps one IP stack for its global zone (shared with its shared-IP zones) and
one for each ready or running exclusive-IP zone. The global stack is not stored until
ifconfig first changes it: until then it is the stack the OS plumbed at boot (lo0 and
its first link, sim/net/stack.py). The shared-IP zones' logical interfaces are the
zones' own (`Zone.interfaces`), not listed here.
"""

from __future__ import annotations

from dataclasses import field

from zonetui.model.record import Record


class Plumbed(Record):
    """An IPv4 logical interface of a stack: lun 0 (`e1000g1`) or another
    (`e1000g1:2`, made by `addif` or `plumb`). Addresses are dotted quads."""

    name: str
    index: int  # the interface index of its physical interface
    address: str = "0.0.0.0"
    netmask: str = "0.0.0.0"
    broadcast: str = "0.0.0.0"
    up: bool = False


class Stack(Record):
    """An IP stack's interfaces, in the order the kernel lists them."""

    interfaces: list[Plumbed] = field(default_factory=list)
    next_index: int = 1  # ifindexes are handed out in turn, never reused at once


class Network(Record):
    """A Solaris's IP stacks as ifconfig left them."""

    global_stack: Stack | None = None  # None: as the OS plumbed it at boot
    zones: dict[str, Stack] = field(default_factory=dict)  # exclusive-IP zones' stacks
