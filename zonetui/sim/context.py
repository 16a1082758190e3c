"""Where a shell runs: host › domain › zone."""

from __future__ import annotations

from dataclasses import dataclass, replace

from zonetui.model import Domain, Host, Solaris, World, Zone


class ContextGone(Exception):
    """The place a shell ran in no longer exists or no longer runs."""


@dataclass(frozen=True)
class Context:
    host: str
    domain: str = "primary"
    zone: str = "global"

    def in_zone(self, zone: str) -> Context:
        return replace(self, zone=zone)

    @property
    def breadcrumb(self) -> str:
        return f"{self.host} › {self.domain} › {self.zone}"

    def resolve(self, world: World) -> tuple[Host, Domain, Solaris, Zone | None]:
        """The objects this context names; ContextGone when any is missing or down."""
        host = world.host(self.host)
        domain = host.domain(self.domain) if host else None
        solaris = domain.solaris if domain else None
        if host is None or domain is None or solaris is None or not solaris.running:
            raise ContextGone(self.breadcrumb)
        if self.zone == "global":
            return host, domain, solaris, None
        zone = solaris.zones.get(self.zone)
        if zone is None:
            raise ContextGone(self.breadcrumb)
        return host, domain, solaris, zone


def default_context(
    world: World, host: str | None, domain: str | None, zone: str | None
) -> Context:
    """The context named by --host/--domain/--zone (first host, primary, global by default)."""
    if not world.hosts:
        raise ContextGone("no hosts")
    return Context(
        host=host or world.hosts[0].name,
        domain=domain or "primary",
        zone=zone or "global",
    )
