"""What `zonetui import`, `zonetui export` and `zonetui copy-zonepath` say.

These are zonetui's own front-end messages (no Solaris tool prints them): one line each,
prefixed with the command, so that a script's log says which file went wrong and why.
"""

from __future__ import annotations

MAX_BYTES = 4 * 1024 * 1024  # a configuration file is a few kilobytes; 4 MiB is plenty
MAX_TEXT = "4 MiB"


class Import:
    HELP = "copy host files into the simulated filesystem (default /var/tmp)"
    DESCRIPTION = (
        "Copy text files of this computer into the filesystem of the domain (or zone) "
        "named by --host/--domain/--zone, into DIR (default /var/tmp), each under its own "
        "name. Only regular text files up to 4 MiB are copied; a symbolic link is not "
        "followed. Then use them there, e.g. zonecfg -z web1 -f /var/tmp/web1.cfg, "
        "zonecfg -z web1 create -a /zones/web1 or ldm add-domain -i /var/tmp/ldg1.xml."
    )
    FILES_HELP = "a text file on this computer"
    TO_HELP = "the simulated directory to copy into (default /var/tmp)"
    COPIED = "zonetui import: {host} -> {where}:{path}"
    FAILED = "zonetui import: {host}: {reason}"
    NO_DIR = "zonetui import: {path}: {reason} (in {where})"


class Export:
    HELP = "copy one simulated file out to this computer"
    DESCRIPTION = (
        "Copy the simulated file SIMPATH, in the domain (or zone) named by "
        "--host/--domain/--zone, to HOSTFILE on this computer (created, or overwritten "
        "if it is a regular file)."
    )
    PATH_HELP = "the simulated file to copy (absolute, or relative to /)"
    TO_HELP = "the file on this computer to write"
    COPIED = "zonetui export: {where}:{path} -> {host}"
    NO_SOURCE = "zonetui export: {path}: {reason} (in {where})"
    FAILED = "zonetui export: {host}: {reason}"


class CopyZonepath:
    HELP = "copy a zonepath to another domain (stands for tar or zfs send | zfs recv)"
    DESCRIPTION = (
        "Copy the directory tree SOURCE to TARGET, in the same or another domain of the "
        "cluster, keeping modes, owners and times: what an administrator does with "
        "'tar cf - web1 | ssh host2 \"cd /zones && tar xpf -\"' or 'zfs send | zfs recv' "
        "to move a detached zone. HOST defaults to the --host in effect and DOMAIN to "
        "primary. TARGET must not exist, or be an empty directory. Then, on the target: "
        "zonecfg -z ZONE create -a PATH; zoneadm -z ZONE attach."
    )
    SPEC = "[HOST[/DOMAIN]:]PATH"
    SOURCE_HELP = "[HOST[/DOMAIN]:]PATH of the directory to copy, e.g. t2000-a:/zones/web1"
    TARGET_HELP = "[HOST[/DOMAIN]:]PATH where the copy goes, e.g. t5220-a/ldg1:/zones/web1"
    COPIED = "zonetui copy-zonepath: {source} -> {target} ({count} files and directories)"
    FAILED = "zonetui copy-zonepath: {reason}"


# -- reasons ------------------------------------------------------------------------------
SYMLINK = "is a symbolic link (name the file it points to)"
DIRECTORY = "is a directory"
NOT_REGULAR = "is not a regular file"
TOO_LARGE = f"is larger than {MAX_TEXT} (only text files up to {MAX_TEXT} are copied)"
BINARY = "is not a text file (it holds binary data)"
NOT_UTF8 = "is not a text file (it is not UTF-8)"
NOT_REPRESENTABLE = "the simulated file holds text that no bytes stand for; nothing was written"
NOT_FOUND = "No such file or directory"
NOT_DIR = "Not a directory"

NO_HOST = "no host '{name}' in this cluster"
HOST_OFF = "host '{name}' is powered off"
NO_DOMAIN = "no domain '{name}' on host '{host}'"
OS_DOWN = "Solaris is not running in domain '{name}' of host '{host}'"
NO_ZONE = "no zone '{name}' in domain '{domain}' of host '{host}'"
BAD_SPEC = "{spec}: expected {form} with an absolute PATH"
UNUSABLE = "{spec}: {reason}"
TARGET_NOT_EMPTY = "{spec}: exists and is not an empty directory"
OVERLAP = "{source} and {target} overlap"
ZONE_RUNNING = (
    "{spec}: zone {zone} is {state}: halt it (zoneadm -z {zone} halt) and detach it first"
)
