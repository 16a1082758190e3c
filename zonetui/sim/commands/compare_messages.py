"""Every string diff, cmp, od and file print.

Sources (onnv_86, repository alhazred/onarm, read for wording only): usr/src/cmd/diff/diff.c,
usr/src/cmd/cmp/cmp.c, usr/src/cmd/file/file.c. od is not in the onnv_86 sources (Solaris
10's od was not opened then): its usage and layout are best effort, from Solaris 10's
od(1) man page and output as remembered.
"""

from __future__ import annotations


class Diff:
    USAGE = (
        "usage: diff [-bitw] [-c | -e | -f | -h | -n | -u] file1 file2\n"
        "       diff [-bitw] [-C number | -U number] file1 file2\n"
        "       diff [-bitw] [-D string] file1 file2\n"
        "       diff [-bitw] [-c | -e | -f | -h | -n | -u] [-l] [-r] [-s] [-S name]"
        " directory1 directory2"
    )
    TWO_NAMES = "diff: two filename arguments required"
    CONTEXT_NUMBER = "diff: use [ -C num | -U num ]"
    BOTH_STDIN = "diff: cannot specify - -"
    PERROR = "diff: {path}: {reason}"  # fprintf "diff: " then perror(file)
    BINARY = "Binary files {first} and {second} differ"
    NO_DIFFERENCES = "No differences encountered"
    ONLY_IN = "Only in {directory}: {name}"
    COMMON_SUBDIRECTORIES = "Common subdirectories: {first} and {second}"
    IDENTICAL = "Files {first} and {second} are identical"
    KINDS = "File {first} is {kind1} while file {second} is {kind2}"
    KIND_NAMES = {"dir": "a directory", "file": "a plain file", "chr": "a character special file"}
    ED_HEADER = "ed - {name} << '-*-END-*-'"
    ED_TRAILER = "w\nq\n-*-END-*-\n"
    DATE = "%a %b %e %T %Y"  # cftime() of the -c/-u headers
    OLD_HEADER = "*** {name}\t{date}"
    NEW_HEADER = "--- {name}\t{date}"
    UNIFIED_OLD = "--- {name}\t{date}"
    UNIFIED_NEW = "+++ {name}\t{date}"
    UNIFIED_HUNK = "@@ -{a},{b} +{c},{d} @@"
    CONTEXT_STARS = "***************"
    CONTEXT_OLD = "*** {range} ****"
    CONTEXT_NEW = "--- {range} ----"
    SEPARATOR = "---"


class Cmp:
    USAGE = "usage: cmp [-l | -s] file1 file2 [skip1] [skip2]"
    CANNOT_OPEN = "cmp: cannot open {path}"
    EOF = "cmp: EOF on {path}"
    DIFFER = "{first} {second} differ: char {char}, line {line}"
    LONG = "{char:>6} {first:>3o} {second:>3o}"


class Od:
    USAGE = (
        "usage: od [-bcCdDfFoOsSvxX] [-] [file] [offset_string]\n"
        "       od [-bcCdDfFoOsSvxX] [-t type_string]... [-A address_base] [-j skip]"
        " [-N count] [-] [file...]"
    )
    CANNOT_OPEN = "od: cannot open {path}: {reason}"


class File:
    USAGE = "usage: file [-dh] [-M mfile] [-m mfile] [-f ffile] file ..."
    CANNOT_OPEN = "cannot open: {reason}"  # on stdout, the file still counts as done
    DIRECTORY = "directory"
    SYMLINK = "symbolic link to {target}"
    EMPTY = "empty file"
    CHARACTER = "character special ({major}/{minor})"
    ASCII = "ascii text"
    ENGLISH = "English text"
    COMMANDS = "commands text"
    DATA = "data"
    SCRIPT = "{setuid}{setgid}executable {program} script"
    SET_UID = "set-uid "
    SET_GID = "set-gid "
    # the script interpreters file.c names in words
    INTERPRETERS = {"/bin/sh": "shell", "/bin/csh": "c-shell", "/usr/sbin/dtrace": "DTrace"}
    # /etc/magic (best effort): ustar at offset 257
    TAR = "USTAR tar archive"
