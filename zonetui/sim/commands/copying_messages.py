"""Every string cp, mv, ln and touch print.

Sources (onnv_86, repository alhazred/onarm, read for wording only): usr/src/cmd/mv/mv.c
(one program for cp, mv and ln, its messages prefixed with the name it was run as) and
usr/src/cmd/touch/touch.c.
"""

from __future__ import annotations


class Copy:
    """cp and mv: usr/src/cmd/mv/mv.c; CMD is cp or mv."""

    USAGE = {
        "cp": (
            "Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2\n"
            "       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1\n"
            "       cp -r|-R [-H|-L|-P] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn"
        ),
        "mv": (
            "Usage: mv [-f] [-i] f1 f2\n       mv [-f] [-i] f1 ... fn d1\n       mv [-f] [-i] d1 d2"
        ),
    }
    INSUFFICIENT = "{cmd}: Insufficient arguments ({count})"
    TARGET_NOT_FOUND = "{cmd}: {path} not found"
    TARGET_NOT_DIR = "{cmd}: Target {path} must be a directory"
    TARGET_TOO_LONG = "{cmd}: Target {path} file name length exceeds PATH_MAX 1024"
    CANNOT_ACCESS = "{cmd}: cannot access {path}"
    STAT_ERROR = "{cmd}: {path}: {reason}"  # a trailing '/' after a non-directory
    IDENTICAL = "{cmd}: {source} and {target} are identical"
    OVERWRITE = "{cmd}: overwrite {path} (yes/no)? "
    YES = "yes"
    IS_A_DIRECTORY = "{cmd}: {path}: is a directory"  # copydir() without -r
    NOT_A_DIRECTORY = "{cmd}: {path}: not a directory."
    MKDIR_FAILED = "{cmd}: {path}: {reason}"  # fprintf "cp: " then perror(target)
    CANNOT_CREATE = "{cmd}: cannot create {path}: {reason}"
    CANNOT_OPEN = "{cmd}: cannot open {path}: {reason}"
    MV_DIRECTORY = "{cmd}: {path} is a directory"  # rename(2): ENOTDIR for a directory
    CANNOT_UNLINK = "{cmd}: cannot unlink {path}: {reason}"
    CANNOT_RENAME = "{cmd}: cannot rename {source} to {target}: {reason}"
    CYCLE = "{cmd}: cycle detected: {path}"  # cp -r: a directory inside itself (a link)
    NON_DIR_OVER_DIR = "{cmd}: cannot mv a non directory {source} over existing directory {target} "


class Ln:
    """ln: usr/src/cmd/mv/mv.c (lnkfil(), chkfiles(), chk_different(), usage())."""

    USAGE = (
        "Usage: ln [-f] [-n] [-s] f1 [f2]\n"
        "       ln [-f] [-n] [-s] f1 ... fn d1\n"
        "       ln [-f] [-n] -s d1 d2"
    )
    CANNOT_ACCESS = "{cmd}: cannot access {path}"
    STAT_ERROR = "{cmd}: {path}: {reason}"  # a trailing '/' after a non-directory
    IDENTICAL = "{cmd}: {source} and {target} are identical"
    EXISTS = "{cmd}: {path}: File exists"
    IS_DIRECTORY = "{cmd}: {path} is a directory"
    CANNOT_UNLINK = "{cmd}: cannot unlink {path}: {reason}"
    CANNOT_CREATE = "{cmd}: cannot create {path}: {reason}"  # symlink(2) failed
    CANNOT_LINK = "{cmd}: cannot create link {path}: {reason}"  # link(2) failed
    CROSS_DEVICE = "{cmd}: {path} is on a different file system"  # link(2): EXDEV


class Touch:
    """touch(1): usr/src/cmd/touch/touch.c; PROG is the name it was run as."""

    USAGE = (
        "usage: {prog} [-acm] [-r ref_file] file...\n"
        "       {prog} [-acm] [MMDDhhmm[yy]] file...\n"
        "       {prog} [-acm] [-t [[CC]YY]MMDDhhmm[.SS]] file..."
    )
    BAD_TIME = "{prog}: bad time specification"
    REFERENCE = "{prog}: {path}: {reason}"  # fprintf "touch: " then perror(optarg)
    CANNOT_STAT = "{prog}: {path} cannot stat"
    CANNOT_CREATE = "{prog}: {path} cannot create"
    CANNOT_CHANGE = "{prog}: cannot change times on {path}"
