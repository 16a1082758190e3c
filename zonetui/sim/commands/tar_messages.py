"""Every string tar prints: usr/src/cmd/tar/tar.c (onnv_86, repository alhazred/onarm,
read for wording only). The archive is a regular file, so sizes are in K ("NotTape")."""

from __future__ import annotations

USAGE = (
    "Usage: tar {c|r|t|u|x}[BDeEFhilmnopPqTvw@/[0-7]][bfk][X...] "
    "[blocksize] [tarfile] [size] [exclude-file...] "
    "{file | -I include-file | -C directory file}..."
)
UNKNOWN_MODIFIER = "tar: {letter}: unknown function modifier"
ONLY_ONE = "tar: specify only one of [ctxru]."
MISSING_FILENAMES = "tar: Missing filenames"
CANNOT_APPEND_PIPE = "tar: cannot append to pipe or FIFO."
MISSING_ARGUMENT = "tar: {letter}: missing argument"  # best effort: checkarg()
PERROR = "tar: {path}: {reason}"  # vperror(..., "%s", name)
SAME_AS_ARCHIVE = "tar: {path} same as archive file"
NAME_TOO_LONG = "tar: {path}: file name too long"
CHECKSUM = "tar: directory checksum error"
CANT_CHDIR = "tar: can't change directories to {path}: {reason}"
# the default archive of /etc/default/tar when no f modifier is given
DEFAULT_DEVICE = "/dev/rmt/0"
ADDED = "a {path} {kb}K"
ADDED_DIR = "a {path}/ 0K"
ADDED_LINK = "a {path} symbolic link to {target}"
ADDED_HARD = "a {path} link to {target}"  # another name of a file already archived
EXTRACTED_HARD = "x {path} linked to {target}"
CANNOT_LINK = "tar: {path}: cannot link"
LISTED_HARD = " linked to {target}"  # tv: after the name of a '1' entry
LINK_TOO_LONG = "tar: {path}: symbolic link too long"  # more than NAMSIZ (100) bytes
LINK_FAILED = "{path}: symbolic link failed"  # vperror(): then ": " and strerror
EXTRACTED_LINK = "x {path} symbolic link to {target}"
LISTED_LINK = " symbolic link to {target}"  # tv: after the name
EXTRACTED = "x {path}, {size} bytes, {kb}K"
# longt(): mode with the ACL column, uid/gid, size, "%b %e %R %Y", then the name
LISTED = "{mode}{uid:>3}/{gid:<3} {size:>6} {date} {path}"
LIST_DATE = "%b %e %H:%M %Y"
