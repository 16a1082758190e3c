"""Every string the text tools print, one class per tool, each naming its source in
onnv_86 (`usr/src/cmd/...`, read for wording only). Strings marked "best effort" have
no source in that tree (tail, tr and printf are missing from it) and come from the
Solaris 10 sources or manual pages as published elsewhere.
"""

from __future__ import annotations


class Grep:
    """/usr/bin/grep: usr/src/cmd/grep/grep.c."""

    USAGE = "Usage: grep -hblcnsviw pattern file . . ."
    CANNOT_OPEN = "grep: can't open {path}"
    RE_ERROR = "grep: RE error {code}: {text}"
    STDIN = "<stdin>"
    # regexp.h's error numbers and grep's texts for them (errstr[])
    RE_ERRORS = {
        11: "Range endpoint too large.",
        16: "Bad number.",
        25: "``\\digit'' out of range.",
        41: "No remembered search string.",
        42: "\\( \\) imbalance.",
        43: "Too many \\(.",
        44: "More than 2 numbers given in \\{ \\}.",
        45: "} expected after \\.",
        46: "First number exceeds second in \\{ \\}.",
        49: "[ ] imbalance.",
        50: "Regular expression overflow.",
    }
    RE_UNKNOWN = "Unknown regexp error code!!"


class XpgGrep:
    """/usr/xpg4/bin/grep: usr/src/cmd/grep_xpg4/grep.c."""

    USAGE = (
        "Usage:\tgrep [-c|-l|-q] [-bhinsvwx] pattern_list [file ...]\n"
        "\tgrep [-c|-l|-q] [-bhinsvwx] [-e pattern_list]... [-f pattern_file]... [file...]\n"
        "\tgrep -E [-c|-l|-q] [-bhinsvx] pattern_list [file ...]\n"
        "\tgrep -E [-c|-l|-q] [-bhinsvx] [-e pattern_list]... [-f pattern_file]... [file...]\n"
        "\tgrep -F [-c|-l|-q] [-bhinsvx] pattern_list [file ...]\n"
        "\tgrep -F [-c|-l|-q] [-bhinsvx] [-e pattern_list]... [-f pattern_file]... [file...]"
    )
    CANNOT_OPEN = 'grep: can\'t open "{path}"'
    # regerror(3C) texts for what the translator refuses (best effort: libc's wording)
    RE_ERROR = "grep: RE error in {pattern}: {text}"
    REGERROR = {
        11: "invalid endpoint in range",
        16: "invalid repetition count(s)",
        25: "invalid backreference number",
        42: "parentheses not balanced",
        43: "parentheses not balanced",
        44: "invalid repetition count(s)",
        45: "braces not balanced",
        46: "invalid repetition count(s)",
        49: "brackets [ ] not balanced",
        50: "regular expression too big",
        99: "syntax error",
    }
    STDIN = "(standard input)"


class Egrep:
    """/usr/bin/egrep: usr/src/cmd/egrep/egrep.y."""

    USAGE = "usage: egrep [ -bchilnsv ] [ -e exp ] [ -f file ] [ strings ] [ file ] ..."
    CANNOT_OPEN = "egrep: can't open {path}"
    SYNTAX = "egrep: syntax error"
    STDIN = "<stdin>"


class Fgrep:
    """/usr/bin/fgrep: usr/src/cmd/fgrep/fgrep.c (its usage goes to standard output)."""

    USAGE = "usage: fgrep [ -bchilnsvx ] [ -e exp ] [ -f file ] [ strings ] [ file ] ..."
    CANNOT_OPEN = "fgrep: can't open {path}"
    STDIN = "<stdin>"


class Head:
    """head(1): usr/src/cmd/head/head.c (its usage goes to standard output, status 1)."""

    USAGE = "usage: head [-n #] [-#] [filename...]"
    BAD_NUMBER = "{prog}: Badly formed number"
    MISSING_N = "{prog}: Missing -n argument"
    INVALID_N = '{prog}: Invalid "-n {value}" option'
    NO_FILE = "{path}: {reason}"  # perror(file)
    TITLE = "==> {path} <=="


class Tail:
    """tail(1) and /usr/xpg4/bin/tail: usr/src/cmd/tail/tail.c (not in onnv_86's tree;
    the Solaris 10 tail.c 1.34 as published)."""

    USAGE = "usage: tail [+/-[n][lbc][f]] [file]\n       tail [+/-[n][l][r|f]] [file]"
    XPG_USAGE = (
        "usage: tail [-f|-r] [-c number | -n number] [file]\n"
        "       tail [+/-[number][lbc][f]] [file]\n"
        "       tail [+/-[number][l][r|f]] [file]"
    )
    CANNOT_OPEN = "tail: cannot open input"


class Wc:
    """wc(1): usr/src/cmd/wc/wc.c."""

    USAGE = "usage: wc [-c | -m | -C] [-lw] [file ...]"
    NO_FILE = "wc: {path}: {reason}"
    CANNOT_READ = "wc: cannot read {path}: {reason}"
    COUNT = " {n:7d}"  # counts of ten million and more print unpadded (" %llu")
    TOTAL = " total"


class Sort:
    """sort(1): usr/src/cmd/sort/common/utility.c, options.c, utility.h."""

    USAGE = (
        "usage: sort [-cmu] [-o output] [-T directory] [-S mem] [-z recsz]\n"
        "\t[-dfiMnr] [-b] [-t char] [-k keydef] [+pos1 [-pos2]] files..."
    )
    CANNOT_OPEN = "sort: can't open {path}: {reason}"
    CANNOT_READ = "sort: can't read {path}: {reason}"
    DISORDER = "sort: disorder: {line}"  # -c (check.c)
    NON_UNIQUE = "sort: non-unique: {line}"  # -cu


class Uniq:
    """uniq(1): usr/src/cmd/uniq/uniq.c."""

    USAGE = (
        "Usage:\tuniq [-c|-d|-u][-f fields][-s char] [input_file [output_file]]\n"
        "Or:\tuniq [-c|-d|-u][-n][+m] [input_file [output_file]]"
    )
    EXCLUSIVE = "Mutually exclusive options were given!"
    MIXED = "Mutually exclusive command lines arguments!"
    BAD_FIELDS = "uniq -{opt}: bad fields value: {value}"
    CANNOT_OPEN = "cannot open {path}"
    CANNOT_CREATE = "cannot create {path}"
    COUNT = "{n:4d} "


class Cut:
    """cut(1): usr/src/cmd/cut/cut.c."""

    USAGE = (
        "usage: cut -b list [-n] [filename ...]\n"
        "       cut -c list [filename ...]\n"
        "       cut -f list [-d delim] [-s] [filename]"
    )
    DIAG = "cut: {text}"
    BAD_DELIMITER = "invalid delimiter"
    NO_LIST = "no list specified"
    BAD_RANGE = "invalid range specifier"
    DECREASING = "ranges must be increasing"
    BAD_CHARACTER = "invalid character in range"
    ONLY_B = "cut: -n may only be used with -b"
    ONLY_F_D = "cut: -d may only be used with -f"
    ONLY_F_S = "cut: -s may only be used with -f"
    NO_FILE = "cut: {path}: {reason}"


class Tr:
    """/usr/bin/tr: usr/src/cmd/tr/tr.c (not in onnv_86's tree; the published Sun
    source, whose /usr/bin/tr parts are those of Solaris 10)."""

    USAGE = "Usage: tr [ -cds ] [ String1 [ String2 ] ]"
    BAD_STRING = "{prog}: Bad string between [ and ]."
    BAD_RANGE = "tr: Range endpoints out of order."
    REPETITION = "{prog}: Character repetition in String1"


class Tee:
    """tee(1): usr/src/cmd/tee/tee.c."""

    USAGE = "usage: tee [-ai] [file...]"
    CANNOT_OPEN = "tee: {path}: {reason}"  # "tee: " then perror(file)


class Printf:
    """/usr/bin/printf: usr/src/cmd/printf/printf.c is not in onnv_86's tree; the
    wording is its System V ancestor's (printf.c 1.2.6.2) with the "printf: " label
    Solaris puts first (best effort)."""

    USAGE = "Usage: printf format [[[arg1] arg2] ... argn]"
    BAD_NUMBER = 'printf: "{arg}" expected numeric value'
    NOT_COMPLETE = 'printf: "{arg}" not completely converted'


class Basename:
    """basename(1): usr/src/cmd/basename/basename.c."""

    USAGE = "Usage: basename string [ suffix ]"


class Dirname:
    """dirname(1): usr/src/cmd/dirname/dirname.c."""

    USAGE = "Usage: dirname [ path ]"


class More:
    """more(1) and pg(1): usr/src/cmd/more/more.c, usr/src/cmd/pg/pg.c."""

    USAGE = "Usage: {prog} [-cdflrsuw] [-lines] [+linenumber] [+/pattern] [filename ...]."
    NO_FILE = "{path}: {reason}"  # more: perror(file)
    DIRECTORY = "\n*** {path}: directory ***\n\n"
    TITLE = "::::::::::::::\n{path}\n::::::::::::::\n"
    PG_NO_FILE = "pg: {path}: {reason}"  # best effort


class Xargs:
    """xargs(1): usr/src/cmd/xargs/xargs.c (ermsg() puts "xargs: " first)."""

    USAGE = (
        "xargs: Usage: xargs: [-t] [-p] [-e[eofstr]] [-E eofstr] [-I replstr] [-i[replstr]] "
        "[-L #] [-l[#]] [-n # [-x]] [-s size] [cmd [args ...]]"
    )
    BAD_LINES = "xargs: #lines must be positive int: {value}"
    BAD_ARGS = "xargs: #args must be positive int: {value}"
    MISSING_QUOTE = "xargs: Missing quote: {arg}"
    CANNOT_EXEC = "xargs: Could not exec command: No such file or directory"
    STOPPED = "xargs: Command could not continue processing data"
