"""The failures real Solaris leaves half-done, which zoneadm reproduces.

DESIGN.md §2: a command is a transaction, so a zoneadm run that fails puts back what it
changed (its Savepoint) -- except where real Solaris leaves a failure half-done. zoneadm,
zoneadmd and the brand installers have no transactions: what they wrote stays when a
later step fails, and only the clean-ups the source itself makes undo anything. A run
that reaches one of the cases below says so (`Zoneadm.leave_half_done`) and is then not
rolled back. The simulator checks in zoneadm's order, so before the first of these a
failed run has changed nothing in either system.

Each entry: the case -> (where onnv_86 does it, what stays).
"""

from __future__ import annotations

HALF_DONE: dict[str, tuple[str, str]] = {
    "zonepath": (
        "zoneadm.c validate_zonepath() 961-977 (install, clone, move)",
        "a missing zonepath is created while verifying (mkdirp 755, the leaf chmod 700) "
        "and stays when a later check, the zone's lock or the work fails",
    ),
    "incomplete": (
        "zoneadm.c install_func() 3264, clone_func() 4015",
        "the zone is set incomplete, with a fresh uuid, before its files are laid down; "
        "a clone or install that fails after it leaves the zone incomplete, which only "
        "`uninstall -F` (or `uninstall` answered y) brings back to configured",
    ),
    "installer": (
        "zoneadm.c install_func() 3326-3344",
        "a brand installer that exits ZONE_SUBPROC_USAGE or ZONE_SUBPROC_NOTCOMPLETE has "
        "the zonepath cleaned up (cleanup_zonepath: only the standard entries if it holds "
        "the user's files) and the zone configured again; the parents a verify created "
        "stay, and the uuid drawn for the incomplete zone is spent",
    ),
    "zoneid": (
        "zoneadmd vplat.c vplat_create() 4199 zone_create(), then setup_zone_rm() and "
        "vplat_bringup(); uts zone.c zone_create() 3758 id_alloc()",
        "the zone gets its id before its temporary pool and its network are set up; when "
        "they fail the zone is destroyed and, ids being handed out next-fit, that id is "
        "spent; the console shows the boot failing, and a zone halted first (reboot, "
        "ready of a running zone) stays halted",
    ),
    "interrupted": (
        "zoneadm.c grab_lock_file(): the lock dies with its process",
        "an operation whose zoneadm stops (a front end quitting in the middle) leaves "
        "the zone in its transitional state -- install and clone: incomplete; nothing "
        "rolls it back (operations.release_stale frees the lock)",
    ),
}
