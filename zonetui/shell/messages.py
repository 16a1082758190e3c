"""Every message the simulated shell itself prints (Solaris 10 /bin/sh wordings)."""

NOT_FOUND = "{cmd}: not found"
CANNOT_OPEN = "{path}: cannot open"
CANNOT_CREATE = "{path}: cannot create"
UNEXPECTED_EOF = "sh: syntax error at line {line}: `end of file' unexpected"
UNMATCHED = "sh: syntax error at line {line}: `{char}' unmatched"
# failed(arg, badnum): the word itself, after the "sh: " the shell's other messages show
BAD_NUMBER = "sh: {arg}: bad number"
# cd: failed(a1, ...) by chdir(2)'s errno (bltin.c SYSCD), "bad directory" for any other
CD_FAILED = "sh: {path}: {reason}"
CD_REASONS = {"ENOENT": "does not exist", "ENOTDIR": "not a directory"}
CD_BAD_DIR = "bad directory"
INTERNAL_ERROR = "zonetui: internal error in '{cmd}': {message}"
INTERNAL_ERROR_LOG = "zonetui: details in {log}"  # the second line, when a log keeps them
CONTEXT_GONE = "zonetui: {where} is no longer running"

PS1 = "# "
PS2 = "> "
NO_HELP = "help: no help for {cmd}"
HELP_HEADER = "Commands of this shell (help COMMAND for its usage):"

# -- the builtins of the language (msg.c, bltin.c, test.c) ---------------------------
CANNOT_SHIFT = "sh: cannot shift"  # error(badshift)
NO_STACK_SPACE = "sh: no stack space"  # error(nostack): nesting too deep
CANNOT_RETURN = "sh: cannot return when not in function"  # error(badreturn)
MISSING_ARGUMENTS = "sh: {cmd}: missing arguments"  # failed(argv[0], mssgargn)
DOT_NOT_FOUND = "sh: {path}: not found"  # failed(a1, notfound)
NOT_AN_IDENTIFIER = "sh: {name}: is not an identifier"  # failed(name, notid)
CANNOT_UNSET = "sh: {name}: cannot unset"  # failed(name, badunset)
CANNOT_EXPORT = "sh: cannot export functions"  # error(badexport)
BAD_OPTIONS = "sh: {option}: bad option(s)"  # failed(argv[1], badopt)
# test / [ (test.c): failed("test", ...) and bfailed("test", badop, word)
TEST_ARGUMENT_EXPECTED = "sh: test: argument expected"
TEST_BRACKET_MISSING = "sh: test: ] missing"
TEST_PAREN_EXPECTED = "sh: test: ) expected"
TEST_UNKNOWN_OPERATOR = "sh: test: unknown operator {op}"
# zonetui's own: a loop with no end would hang the front end, which has no ^C to send
LOOP_STOPPED = "sh: a loop ran {passes:,} times and was stopped (the simulation has no interrupt)"

# help: the language's constructs (sh(1) of Solaris 10, "Commands")
CONSTRUCTS_HEADER = "Constructs of the shell (help NAME for the form):"
CONSTRUCTS = {
    "for": "for name [in word ...]\ndo list\ndone",
    "case": "case word in [pattern [| pattern] ...) list ;;] ... esac",
    "if": "if list then list [elif list then list] ... [else list] fi",
    "while": "while list do list done",
    "until": "until list do list done",
    "{": "{ list;}",
    "(": "(list)",
    "name()": "name () { list;}",
    "|": "command | command ...\n\tthe output of each command is the input of the next",
    "$(": "`command` or $(command)\n\tthe output of command, trailing newlines removed",
}
