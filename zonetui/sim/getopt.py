"""getopt(3C) as Solaris libc does it, with its exact diagnostics.

The real tools print libc's own messages before their usage text, so the simulator
needs the same words: ``prog: illegal option -- x`` and
``prog: option requires an argument -- x``. `scan` goes on after a bad option, as
getopt does (each one is reported); `getopt` is for tools that stop at the first.
"""

from __future__ import annotations

from dataclasses import dataclass

ILLEGAL = "{prog}: illegal option -- {opt}"
NEEDS_ARGUMENT = "{prog}: option requires an argument -- {opt}"


class GetoptError(Exception):
    """getopt returned '?': `message` is what libc printed (None for an explicit -?)."""

    def __init__(self, message: str | None, optopt: str) -> None:
        super().__init__(message or f"-{optopt}")
        self.message = message
        self.optopt = optopt


@dataclass
class Options:
    """What getopt returned, in order. A bad option is ('?', libc's message); an
    explicit -? that the optstring allows is ('?', None)."""

    flags: list[tuple[str, str | None]]
    operands: list[str]

    @property
    def options(self) -> list[tuple[str, str | None]]:
        return self.flags

    @property
    def errors(self) -> list[str]:
        """libc's diagnostics, in the order printed."""
        return [value for flag, value in self.flags if flag == "?" and value]

    @property
    def bad(self) -> bool:
        return any(flag == "?" for flag, _ in self.flags)

    def has(self, opt: str) -> bool:
        return any(flag == opt for flag, _ in self.flags)

    def value(self, opt: str) -> str | None:
        """The last value given for `opt`."""
        values = [v for flag, v in self.flags if flag == opt]
        return values[-1] if values else None


Parsed = Options


def scan(args: list[str], optstring: str, prog: str) -> Options:
    """Parse `args` (without the program name) like getopt(3C), going on after errors."""
    flags: list[tuple[str, str | None]] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            i += 1
            break
        if len(arg) < 2 or not arg.startswith("-"):
            break
        j = 1
        while j < len(arg):
            opt = arg[j]
            pos = optstring.find(opt) if opt != ":" else -1
            if pos < 0:
                flags.append(("?", ILLEGAL.format(prog=prog, opt=opt)))
                j += 1
                continue
            if pos + 1 < len(optstring) and optstring[pos + 1] == ":":
                if j + 1 < len(arg):
                    flags.append((opt, arg[j + 1 :]))
                elif i + 1 < len(args):
                    i += 1
                    flags.append((opt, args[i]))
                else:
                    flags.append(("?", NEEDS_ARGUMENT.format(prog=prog, opt=opt)))
                break
            flags.append((opt, None))
            j += 1
        i += 1
    return Options(flags, args[i:])


def getopt(args: list[str], optstring: str, prog: str) -> Options:
    """Like `scan`, for tools that stop at the first '?': GetoptError carries it."""
    options = scan(args, optstring, prog)
    for flag, value in options.flags:
        if flag == "?":
            raise GetoptError(value, value[-1] if value else "?")
    return options
