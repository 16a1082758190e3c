"""Solaris zones: zonecfg, zoneadm, zlogin, zonename (reference/zones.md)."""
