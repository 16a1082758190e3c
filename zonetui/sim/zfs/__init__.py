"""ZFS: the root pool of a Solaris 10 10/09 ZFS-root install, `zpool`, `zfs`, and what
zoneadm does on ZFS (reference/runtime.md §5)."""
