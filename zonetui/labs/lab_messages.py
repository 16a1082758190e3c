"""Every string the practice labs show: `zonetui lab ...`, the engine's refusals and
the TUI's lab panel.

zonetui's own wording (no real tool prints these), kept here so that a wording fix never
touches logic. The labs themselves are data: zonetui/labs/bundled/*.toml.
"""

from __future__ import annotations

PASS = "✔"
FAIL = "✘"


class Load:
    """A lab file that does not load: `FILE: MESSAGE`, one line."""

    LINE = "{source}: {message}"
    UNREADABLE = "cannot read the lab: {reason}"
    TOO_LARGE = "the lab file is larger than {limit}"
    NOT_UTF8 = "invalid UTF-8"
    BAD_TOML = "{error}"
    AT = "{where}: {message}"
    UNKNOWN_KEY = "unknown key '{key}'"
    MISSING_KEY = "missing key '{key}'"
    CHECK_KIND = "a check needs either run = COMMAND or predicate = NAME"
    BAD_REGEX = "bad regular expression {pattern!r}: {error}"
    BAD_TEMPLATE = "bad why template {template!r}: {error}"
    UNKNOWN_FIELD = "unknown field {{{field}}} (known: {known})"
    UNKNOWN_PREDICATE = "unknown predicate '{name}' (known: {known})"
    PREDICATE_ARGS = "predicate '{name}': {error}"
    NO_WORLD = "world config '{config}' not found (neither a file beside the lab nor a bundled world: {known})"
    DUPLICATE_ID = "lab id '{id}' is also used by {other}"
    BAD_ID = "id '{id}' must be lower-case letters, digits and '-'"
    STEP = "step {n}"
    CHECK = "check {n}"
    HINT = "hint {n}"
    EMPTY = "must not be empty"
    WORLD_SETUP = "world setup line {line}: {message}"
    WORLD_EXIT = "exit status {status}"
    WORLD_PLACE = "the lab starts in {where}, which cannot run commands: {reason}"


class Lookup:
    """Finding a lab by id or path."""

    UNKNOWN = "no lab '{name}' (zonetui lab list shows them)"


class Place:
    """Why a check could not run where it should (the observed value of the check)."""

    NO_HOST = "there is no host {host}"
    HOST_OFF = "host {host} is powered off"
    NO_DOMAIN = "there is no domain {domain} on {host}"
    OS_DOWN = "Solaris is not running in {host} › {domain}"
    NO_ZONE = "there is no zone {zone} in {host} › {domain}"
    ZONE_DOWN = "zone {zone} in {host} › {domain} is not running"


class Check:
    """What a failed check says when its lab gives no `why`."""

    NO_OUTPUT = "(no output)"
    DEFAULT_WHY = "`{line}` printed: {observed} (exit {status})"
    FAILED_WHY = "`{line}` failed: {observed}"
    DEFAULT_PREDICATE_WHY = "{observed}"


class Rules:
    """The lab's rules while typing: disabled commands, the exam's clock."""

    DISABLED = "{command}: disabled in this lab"
    TIME_UP = "zonetui: the exam's time is up; nothing more is run (zonetui lab check {id})"


class Verify:
    """`zonetui lab verify-solutions`."""

    OK = "{mark} {id}: the start fails {failing} of {total} steps; the solution passes all"
    START_PASSES = "{mark} {id}: the start world already passes every check"
    SOLUTION_FAILS = "{mark} {id}: after the solution, step {step} fails: {why}"
    SOLUTION_LINE = "{mark} {id}: solution line {line} failed (exit {status}): {text}"
    SOLUTION_DISABLED = "{mark} {id}: solution line {line} uses a disabled command: {text}"
    BROKEN = "{mark} {id}: {error}"
    SUMMARY = "{passed} of {total} labs verified"


class Cli:
    """`zonetui lab ...`: argparse help, tables, refusals."""

    HELP = "practice labs graded on the state you build"
    DESCRIPTION = (
        "Hands-on labs for the Solaris 10 zones and Logical Domains certifications. Each "
        "lab starts from its own world and checks the state you reach, not what you type: "
        "any correct way passes. Labs come bundled, from the user folder ({folder}) or "
        "from a file path."
    )
    LIST_HELP = "list the labs: tags, difficulty, minutes, your progress"
    TAG_HELP = "only labs with tag T (may be repeated)"
    SHOW_HELP = "the lab's task, steps and rules"
    START_HELP = "the TUI on the lab's world, with its panel (resumes an attempt)"
    EXAM_HELP = "exam mode: no hints, a countdown, results at the end (starts afresh)"
    SHELL_HELP = "a line-mode shell on the lab's world instead of the TUI"
    CHECK_HELP = "grade the lab's current state: exit 0 only when every step passes"
    HINT_HELP = "reveal the next hint"
    RESET_HELP = "start the lab afresh from its start world"
    EXEC_HELP = "run one command line on the lab's world (counted as typed)"
    VERIFY_HELP = (
        "for every bundled lab (or those named): the start world fails a check and the "
        "reference solution passes all"
    )
    PROGRESS_HELP = "your results over all labs"
    SOLUTION_HELP = "print the reference solution (a spoiler)"
    LAB_ARG = "a lab id, or the path of a lab file"

    LIST_HEADER = ("ID", "LEVEL", "MIN", "DONE", "TITLE", "TAGS")
    LIST_DONE = "✔"
    LIST_TRIED = "·"
    LIST_NONE = "(no lab has tag {tags})"

    SHOW_TITLE = "{title}  [{id}]"
    SHOW_FACTS = "{difficulty} · about {minutes} min · {tags}"
    SHOW_LIMIT = "exam time limit: {limit} min"
    SHOW_WORLD = "world: {config}, starting in {where}"
    SHOW_SOURCE = "file: {source}"
    SHOW_STEPS = "Steps:"
    SHOW_STEP = "  {n}. {title}"
    SHOW_HINTS = "Hints: {count} (zonetui lab hint {id})"
    SHOW_DISABLED = "Disabled commands: {commands}"
    SHOW_REFERENCE = "Reference solution: {count} lines typed"

    CHECK_LINE = "{mark} {n}. {title}"
    CHECK_WHY = "    why not yet: {why}"
    CHECK_SCORE = "{met}/{total} steps · {hints} · {commands}"
    HINTS_USED = "hints {used}/{total}"
    COMMANDS = "{typed} lines typed (reference: {reference})"
    CHECK_DONE = "Lab complete: every step passes."
    CHECK_EXAM_OVER = "Exam finished: {met}/{total} steps."

    HINT_LINE = "Hint {n}/{total}: {text}"
    HINT_NONE = "This lab has no hints."
    HINT_ALL = "(every hint is shown)"
    HINT_EXAM = "zonetui lab: no hints in an exam"

    NO_ATTEMPT = "zonetui lab: lab '{id}' has not been started (zonetui lab start {id})"
    RESET_DONE = "zonetui: lab '{id}' starts afresh: {path}"
    STARTED = "zonetui: lab '{id}': {path}"
    EXAM_STARTED = "Exam: {title}. Time limit {limit} min; `zonetui lab check {id}` ends it."
    REFUSED = "zonetui lab: {reason}"
    NO_COMMAND = "zonetui lab exec: no command given (zonetui lab exec ID -- COMMAND [ARG...])"
    LONG_INPUT = "zonetui lab: standard input: a line is longer than {limit}"

    PROGRESS_HEADER = ("ID", "DONE", "BEST", "HINTS", "LINES", "TRIES", "TITLE")
    PROGRESS_SUMMARY = "{done} of {total} labs done"


class Panel:
    """The TUI's lab panel and its screens."""

    TITLE = "Lab"
    PRACTICE = "Practice"
    EXAM = "Exam"
    EXAM_CLOCK = "Exam · {left} left"
    EXAM_OVER = "Exam over"
    STEP = "{mark} {n}. {title}"
    STEP_HIDDEN = "· {n}. {title}"
    WHY = "why not yet: {why}"
    HINT = "Hint {n}: {text}"
    NO_MORE_HINTS = "No more hints."
    NO_HINTS_EXAM = "No hints in an exam."
    SCORE = "Steps {met}/{total} · Hints {hints}/{hint_total} · Lines {typed} (ref. {reference})"
    DONE = "Lab complete!"
    KEYS = "F2 hint · F3 task · F5 check · F6 progress"
    KEYS_EXAM = "F3 task · F9 finish the exam · F6 progress"
    TIME_UP = "Time is up."
    RESULT = "Result: {met}/{total} steps ({verdict})"
    PASSED = "passed"
    NOT_PASSED = "not passed"
    TASK_TITLE = "Task: {title}"
    PROGRESS_TITLE = "Progress over all labs"
    CLOSE = "esc to close"
    KEY_HINT = "Hint"
    KEY_TASK = "Task"
    KEY_CHECK = "Check"
    KEY_PROGRESS = "Progress"
    KEY_FINISH = "Finish exam"
    KEY_CLOSE = "Close"
    FINISH_CONFIRM = "Exam finished."
