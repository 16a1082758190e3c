"""Every string nawk and the old awk print, with the source each comes from.

nawk: onnv_86 usr/src/cmd/awk (main.c, lib.c's yyerror/error/eprint/bracecheck, the
grammar awk.g.y, the lexer awk.lx.l, run.c, tran.c, b.c). The old awk (/usr/bin/awk):
usr/src/cmd/oawk (main.c, lib.c, awk.g.y). A few lines are ours, marked so: the simulator
runs no processes, so a pipe to or from a command has no Solaris message to copy.
"""


class Nawk:
    # main.c
    USAGE = "Usage: {prog} [-f programfile | 'program'] [-Ffieldsep] [-v var=value] [files]"
    NO_PROGRAM = "no program given"
    NO_PROGRAM_FILE = "no program filename"
    UNKNOWN_OPTION = "unknown option {option} ignored"
    EMPTY_FS = "field separator FS is empty"
    CANNOT_OPEN_PROGRAM = "can't open file {path}"
    # lib.c: yyerror, eprint, bcheck2, error
    SYNTAX_AT = "{prog}: {what} at source line {line}"
    IN_FUNCTION = " in function {name}"
    CONTEXT = " context is\n\t{before} >>> {token} <<< {after}"
    MISSING_ONE = "\tmissing {c}"
    MISSING_MANY = "\t{n} missing {c}'s"
    EXTRA_ONE = "\textra {c}"
    EXTRA_MANY = "\t{n} extra {c}'s"
    FATAL = "{prog}: {text}"
    RECORD = " input record number {nr}{file}"
    RECORD_FILE = ", file {name}"
    SOURCE_LINE = " source line number {line}"
    # awk.g.y and awk.lx.l (SYNTAX)
    SYNTAX_ERROR = "syntax error"
    BAILING_OUT = "bailing out"
    ILLEGAL_STATEMENT = "illegal statement"
    NEWLINE_IN_STRING = "newline in string {text}..."
    NEWLINE_IN_REGEX = "newline in regular expression {text}..."
    RETURN_OUTSIDE = "return not in function"
    NESTED_FUNCTION = "illegal nested function"
    NEXT_IN_FUNCTION = "next is illegal inside a function"
    INDEX_REGEX = "index() doesn't permit regular expressions"
    DELETE_SCALAR = "you can only delete array[element]"
    EXTRA_CLOSE = "extra {c}"
    FUNCTION_TWICE = "you can't define function {name} more than once"
    # run.c, tran.c, lib.c, b.c (FATAL at run time)
    DIVISION_BY_ZERO = "division by zero"
    DIVISION_BY_ZERO_MOD = "division by zero in mod"
    DIVISION_BY_ZERO_DIVEQ = "division by zero in /="
    DIVISION_BY_ZERO_MODEQ = "division by zero in %="
    CANNOT_OPEN_FILE = "can't open file {path}"
    NULL_FILE_NAME = "null file name in print or getline"
    CALLING_UNDEFINED = "calling undefined function {name}"
    TOO_MANY_ARGS = "function {name} called with {n} args, uses only {m}"
    NOT_AN_ARRAY = "{name} is not an array"
    CANNOT_READ_ARRAY = "can't read value of {name}; it's an array name."
    CANNOT_ASSIGN_ARRAY = "can't assign to {name}; it's an array name."
    ILLEGAL_FIELD = "trying to access field {n}"
    NOT_ENOUGH_ARGS = "not enough args in printf({fmt}) or sprintf({fmt})"
    BREAK_OUTSIDE = "illegal break, continue or next from BEGIN"
    BREAK_IN_END = "illegal break or next from END"
    REGEX_SYNTAX = "syntax error in regular expression {re} at {at}"
    # ours: the simulator runs no commands
    NO_PIPES = "pipes to and from commands are not simulated: {cmd}"
    NO_SYSTEM = "system() is not simulated: {cmd}"


class Oawk:
    # oawk/main.c, lib.c
    USAGE = "awk: Usage: awk [-Fc] [-f source | 'cmds'] [files]"
    SYNTAX_NEAR = "awk: {what} near line {line}"
    FATAL = "awk: {text}"
    RECORD = " record number {nr}"
    NO_PROGRAM_FILE = "no argument for -f"
    CANNOT_OPEN = "can't open {path}"
