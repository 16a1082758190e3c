"""Every string /usr/bin/sed prints.

Solaris 10's sed is closed source (OpenSolaris shipped it as a binary: there is no
usr/src/cmd/sed in onnv_86); it is the System V Release 4 sed, whose sed0.c / sed1.c
(USL "@(#)sed:sed0.c 1.16", "sed1.c 1.11") give the compile-time and run-time messages
below, most of them without a "sed: " prefix. The usage text after a bad option is the one
Solaris prints (quoted in a 2025 git mailing-list report of Solaris sed; best effort on its
whitespace). Where the USL code and Sun's sed(1) manual page (usr/src/man/man1/sed.1
before illumos replaced sed) disagree, the manual decides: labels are significant to
eight characters (no "Label too long"), `r` takes two addresses, `#` starts a comment on
any line, the `p` flag prints with or without -n, `t` forgets a substitution when a line
is read.
"""

USAGE = "Usage:\tsed [-n] script [file...]\n\tsed [-n] [-e script]...[-f script_file]...[file...]"

# sed0.c: compiling the script (exit status 2)
GARBLED = "sed: command garbled: {line}"
UNRECOGNIZED = "Unrecognized command: {line}"
TOO_MUCH_TEXT = "Too much text: {line}"
NO_ADDRESSES = "No addresses allowed: {line}"
ONE_ADDRESS = "Only one address allowed: {line}"
SUFFIX_TOO_LARGE = "Suffix too large - 512 max: {line}"
DUPLICATE_LABEL = "Duplicate labels: {line}"
UNDEFINED_LABEL = "Undefined label: {label}"
FIRST_RE_NULL = "First RE may not be null"
TOO_MANY_OPEN = "Too many {'s"  # printed without a newline
TOO_MANY_CLOSE = "Too many }'s"
TOO_MANY_W_FILES = "Too many files in w commands"
CANNOT_OPEN_SCRIPT = "Cannot open pattern-file: {path}"
CANNOT_CREATE = "Cannot create {path}"  # the w command's file
CANNOT_OPEN_W = "cannot open {path}"  # the s command's w flag's file

# sed1.c: running it
CANNOT_OPEN = "Can't open {path}"

# the l command's spellings of control characters (sed1.c trans[]): octal, but
# backspace and tab as the overstrike-like -< and ->
L_CONTROL = {0x08: "-<", 0x09: "->"}
L_WIDTH = 72  # l folds its output before this column
