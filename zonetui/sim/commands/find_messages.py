"""Every string find prints: usr/src/cmd/find/find.c (onnv_86, repository alhazred/onarm,
read for wording only); PROG is the name find was run as."""

from __future__ import annotations

USAGE = "{prog}: [-H | -L] path-list predicate-list"
INSUFFICIENT = "{prog}: insufficient number of arguments"
OPERAND_FOLLOWS = "{prog}: operand follows operand"
INCOMPLETE = "{prog}: incomplete statement"
UNMATCHED_CLOSE = "{prog}: unmatched ')'"
UNMATCHED_OPEN = "{prog}: unmatched '('"
CLOSE_AFTER_OPERAND = "{prog}: cannot immediately follow an operand with ')'"
BAD_OPTION = "{prog}: bad option {word}"
BAD_OPTION_END = "{prog}: bad option"
NO_NAME = "{prog}: cannot find {word} name"
BAD_PERM = "find: -perm: Bad permission string"
CANNOT_ACCESS = "{prog}: cannot access {path}"
# nftw(3C) (libc port/gen/nftw.c) calls back with FTW_NS for an operand that does not
# exist: with FTW_ANYERR, ENOENT is no failure of the walk itself
STAT_ERROR = "{prog}: stat() error {path}: {reason}"
CANNOT_FOLLOW = "{prog}: cannot follow symbolic link {path}: {reason}"  # FTW_SLN, -follow
CYCLE = "{prog}: cycle detected for {path}"  # FTW_DL: a link to a directory above
CANNOT_READ_DIR = "{prog}: cannot read dir {path}: {reason}"
OK_QUESTION = "< {command} ... {path} >?   "
OK_QUESTION_BRACES = "< {{}} ... {path} >?   "
YES = "yes"
# -ls: list(): inode, kilobytes, mode with the ACL column, links, owner, group, size,
# ctime(3C)'s month, day and time (or year when older than six months), name
LS_LINE = "{inode:>5} {kb:>4} {mode}  {links:>2} {owner:<8} {group:<8} {size:>8} {date} {path}"
LS_LINK = " -> {target}"  # a symbolic link's target after its name
LS_RECENT = "%b %e %H:%M"
LS_OLD = "%b %e  %Y"
