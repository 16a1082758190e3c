"""The cluster as an outline: hosts › domains › zones, in the order the tree shows them.

Plain data built from the world; the cluster tree widget reconciles itself against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from zonetui.hardware.names import platform_names
from zonetui.model import Domain, Host, World
from zonetui.tui import messages as msg

NodeKind = Literal["host", "domain", "zone"]
Tone = Literal["up", "changing", "down", "plain"]

GLOBAL_ZONE = "global"
NOTE_GAP = "  "  # between a node's name and its note

# How a state looks: up (running), changing (between states or half-ready), down.
DOMAIN_TONES: dict[str, Tone] = {"active": "up", "bound": "changing", "inactive": "down"}
ZONE_TONES: dict[str, Tone] = {
    "running": "up",
    "ready": "changing",
    "incomplete": "changing",
    "shutting_down": "changing",
    "down": "changing",
    "installed": "down",
    "configured": "down",
}


@dataclass(frozen=True)
class NodeRef:
    """Names one host, domain or zone of the world (stable across refreshes)."""

    host: str
    domain: str | None = None
    zone: str | None = None

    @property
    def kind(self) -> NodeKind:
        if self.zone is not None:
            return "zone"
        return "domain" if self.domain is not None else "host"

    @property
    def parent(self) -> NodeRef | None:
        if self.zone is not None:
            return NodeRef(self.host, self.domain)
        if self.domain is not None:
            return NodeRef(self.host)
        return None


@dataclass(frozen=True)
class OutlineNode:
    """One line of the cluster tree: a name, a note beside it (the state badge) and how
    the note looks, then a count of what is inside."""

    ref: NodeRef
    name: str
    note: str
    tone: Tone
    children: tuple[OutlineNode, ...] = ()
    count: str = ""

    @property
    def text(self) -> str:
        """The line as plain text (what the tree measures and searches)."""
        parts = [self.name, self.note, self.count]
        return NOTE_GAP.join(part for part in parts if part)


def _plural(template: str, count: int) -> str:
    return template.format(count=count, s="" if count == 1 else "s")


def cluster_outline(world: World, busy: Mapping[NodeRef, str] | None = None) -> list[OutlineNode]:
    """Hosts in config order, their domains (primary first), then each domain's zones:
    the global zone first (only while its Solaris runs), then the local zones. A node in
    `busy` (an operation still being shown in the console) says so in its badge."""
    outline = [_host(host) for host in world.hosts]
    return _overlay(outline, busy) if busy else outline


def _overlay(nodes: list[OutlineNode], busy: Mapping[NodeRef, str]) -> list[OutlineNode]:
    changed = []
    for node in nodes:
        children = tuple(_overlay(list(node.children), busy)) if node.children else ()
        note, tone = (busy[node.ref], "changing") if node.ref in busy else (node.note, node.tone)
        changed.append(OutlineNode(node.ref, node.name, note, tone, children, node.count))
    return changed


def _host(host: Host) -> OutlineNode:
    ref = NodeRef(host.name)
    domains = tuple(_domain(ref, domain) for domain in host.domains)
    count = _plural(msg.COUNT_DOMAINS, len(host.domains))
    return OutlineNode(ref, host.name, platform_names()[host.platform], "plain", domains, count)


def _domain(host_ref: NodeRef, domain: Domain) -> OutlineNode:
    ref = NodeRef(host_ref.host, domain.name)
    zones: tuple[OutlineNode, ...] = ()
    solaris = domain.solaris
    if solaris is not None and solaris.running:
        global_zone = OutlineNode(
            NodeRef(ref.host, domain.name, GLOBAL_ZONE), GLOBAL_ZONE, "running", "up"
        )
        zones = (
            global_zone,
            *(
                OutlineNode(
                    NodeRef(ref.host, domain.name, zone.name),
                    zone.name,
                    zone.state,
                    ZONE_TONES.get(zone.state, "changing"),
                )
                for zone in solaris.zones.values()
            ),
        )
    tone = DOMAIN_TONES.get(domain.state, "changing")
    count = _plural(msg.COUNT_ZONES, len(zones) - 1) if zones else ""
    return OutlineNode(ref, domain.name, domain.state, tone, zones, count)
