"""getopt(3C) as Solaris libc does it, with its exact diagnostics.

The real tools print libc's own messages before their usage text, so the
simulator needs the same words: ``prog: illegal option -- x`` and
``prog: option requires an argument -- x``.
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
class Parsed:
    options: list[tuple[str, str | None]]
    operands: list[str]

    def has(self, opt: str) -> bool:
        return any(o == opt for o, _ in self.options)

    def value(self, opt: str) -> str | None:
        """The last value given for `opt`."""
        values = [v for o, v in self.options if o == opt]
        return values[-1] if values else None


def getopt(args: list[str], optstring: str, prog: str) -> Parsed:
    """Parse `args` like getopt(3C) from index 0; GetoptError at the first '?'."""
    options: list[tuple[str, str | None]] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            i += 1
            break
        if not arg.startswith("-") or arg == "-":
            break
        j = 1
        while j < len(arg):
            opt = arg[j]
            pos = optstring.find(opt) if opt != ":" else -1
            if pos < 0:
                raise GetoptError(ILLEGAL.format(prog=prog, opt=opt), opt)
            if opt == "?":
                raise GetoptError(None, "?")
            if pos + 1 < len(optstring) and optstring[pos + 1] == ":":
                if j + 1 < len(arg):
                    value = arg[j + 1 :]
                elif i + 1 < len(args):
                    i += 1
                    value = args[i]
                else:
                    raise GetoptError(NEEDS_ARGUMENT.format(prog=prog, opt=opt), opt)
                options.append((opt, value))
                break
            options.append((opt, None))
            j += 1
        i += 1
    return Parsed(options, args[i:])
