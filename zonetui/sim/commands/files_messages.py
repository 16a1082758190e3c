"""Every string the file tools print: ls, cat, mkdir, chmod, rm, rmdir.

One class per tool. Sources are the Solaris 10-era illumos-gate sources named in each
docstring (read for wording only). Strings marked "best effort" could not be checked
against a Solaris 10 10/09 system or source of that exact release; keep them here so a
correction never touches logic.
"""

from __future__ import annotations


class Ls:
    """ls(1): usr/src/cmd/ls/ls.c."""

    # Solaris 10 ls has no -/ -% (extended system attributes came later); the option list
    # is the man page's with the source's letter order. Best effort.
    USAGE = "usage: ls -aAbcCdeEfFghHilLmnopqrRstuxvV1@ [files]"
    NO_SUCH = "{path}: {reason}"  # perror(operand)
    CYCLE = "ls: cycle detected for {path}"  # -R -L (pdirectory())
    LINK_TO = " -> {target}"  # a symbolic link's target in a long listing (pentry())
    TOTAL = "total {blocks}"
    TITLE = "{path}:"
    # Column formats of a long listing (pentry()).
    LINKS = "{links:>3} "
    OWNER = "{name:<8} "
    SIZE = "{size:>7}"
    DEVICE = "{major:>3}, {minor:>2}"
    INODE = "{inode:>10} "
    BLOCKS = "{blocks:>4} "
    # strftime formats (FORMAT_OLD / FORMAT_NEW / -e / -E), with their spaces.
    TIME_OLD = " %b %e  %Y "
    TIME_NEW = " %b %e %H:%M "
    TIME_FULL = " %b %e %T %Y "
    TIME_ISO = " %Y-%m-%d %T.000000000 +0000 "


class Cat:
    """cat(1): usr/src/cmd/cat/cat.c."""

    USAGE = "usage: cat [ -usvtebn ] [-|file] ..."
    CANNOT_OPEN = "cat: cannot open {path}"
    # read(2) of a directory: ZFS answers EISDIR (UFS would hand back raw entries). The
    # tool reports it and still exits 0. Best effort.
    INPUT_ERROR = "cat: input error on {path}: {reason}"
    LINE_NUMBER = "{n:>6}\t"


class Mkdir:
    """mkdir(1): usr/src/cmd/mkdir/mkdir.c; errmsg() prefixes every line with 'mkdir: '."""

    USAGE = "mkdir: usage: mkdir [-m mode] [-p] dirname ..."
    EXISTS = 'mkdir: "{path}": Exists but is not a directory'
    FAILED = 'mkdir: Failed to make directory "{path}"; {reason}'
    FMT1 = 'mkdir: "{path}": {reason}'
    MODE_ERROR = "mkdir: {text}"  # a fatal newmode() error, e.g. "invalid mode"


class Chmod:
    """chmod(1): usr/src/cmd/chmod/chmod.c (with NFSv4 ACL usage) and common.c."""

    USAGE = (
        "usage:\tchmod [-fR] <absolute-mode> file ...\n"
        "\tchmod [-fR] <ACL-operation> file ...\n"
        "\tchmod [-fR] <symbolic-mode-list> file ...\n"
        "where \t<symbolic-mode-list> is a comma-separated list of\n"
        "\t[ugoa]{+|-|=}[rwxXlstugo]\n"
        "where \t<ACL-operation> is one of the following\n"
        "\tA-<acl_specification>\n"
        "\tA[number]-\n"
        "\tA[number]{+|=}<acl_specification>\n"
        "where \t<acl-specification> is a comma-separated list of ACEs"
    )
    ERROR = "chmod: ERROR: {text}"
    WARNING = "chmod: WARNING: {text}"
    CANT_ACCESS = "can't access {path}"
    CANT_CHANGE = "can't change {path}"  # chmod(2) failed (EROFS in a zone); best effort
    # Mode-parser diagnostics (common.c). Fatal ones carry chmod's exit status.
    INVALID_MODE = "invalid mode"
    GROUP_EXEC_AND_LOCK = "Group execution and locking not permitted together"
    SETGID_AND_LOCK = "Set-group-ID and locking not permitted together"
    EXEC_FOR_SETID = "Execute permission required for set-ID on execution"
    GROUP_EXEC_ON_LOCKABLE = "{path}: Group execution not permitted on a lockable file"
    SETGID_ON_LOCKABLE = "{path}: Set-group-ID not permitted on a lockable file"
    # sic: the source has a space before the newline.
    EXEC_FOR_SETID_ON = "{path}: Execute permission required for set-ID on execution "
    LOCK_ON_GROUP_EXEC = "{path}: Locking not permitted on a group executable file"
    SETID_DISABLED = (
        "{path}: Corresponding set-ID also disabled on file since set-ID requires "
        "execute permission"
    )


class Rm:
    """rm(1): usr/src/cmd/rm/rm.c (2006 revision)."""

    USAGE = "usage: rm [-fiRr] file ..."
    NO_SUCH = "{path}: {reason}"  # perror(path): no "rm:" prefix
    NOT_ALLOWED = "rm of {path} is not allowed"
    IS_DIRECTORY = "rm: {path} is a directory"
    IN_CWD_PATH = (
        "rm: Cannot remove any directory in the path of the current working directory\n{path}"
    )
    UNABLE = "rm: Unable to remove directory {path}: {reason}"
    NOT_REMOVED = "rm: {path} not removed: {reason}"  # unlink(2) failed, e.g. EROFS
    # -i questions; nl_langinfo(YESSTR/NOSTR) is "yes"/"no" in the C locale.
    ASK_REMOVE = "rm: remove {path} (yes/no)? "
    ASK_EXAMINE = "rm: examine files in directory {path} (yes/no)? "
    ASK_REMOVE_DIR = "rm: remove {path}: (yes/no)? "
    YES = "yes"


class Rmdir:
    """rmdir(1): usr/src/cmd/rmdir/rmdir.c and libgen rmdirp(3GEN); PROG is argv[0]."""

    USAGE = "Usage: {prog} [-ps] dirname ..."
    FAILED = '{prog}: directory "{path}": {reason}'
    PARTIAL = '{prog}: directory "{path}": {remain} not removed; {reason}'
    # rmdir(2) errno -> the tool's own wording (without -p)
    REASONS = {
        "EEXIST": "Directory not empty",
        "ENOTDIR": "Path component not a directory",
        "ENOENT": "Directory does not exist",
        "EBUSY": "Directory is a mount point or in use",
        "EINVAL": "Can't remove current directory or ..",
    }
    NOT_EMPTY = "Directory not empty"
    DOT_OR_DOTDOT = "Can not remove . or .."
    CURRENT = "Can not remove current directory"


# strerror(3C) texts the tools print through perror()/strerror()
ENOENT = "No such file or directory"
ENOTDIR = "Not a directory"
EISDIR = "Is a directory"
EEXIST = "File exists"
EINVAL = "Invalid argument"
EBUSY = "Device busy"
EPERM = "Not owner"
ENAMETOOLONG = "File name too long"
# usr/src/lib/libc/port/gen/errlist (errno 90)
ELOOP = "Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS"
