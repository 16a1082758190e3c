"""dladm(1M) as Solaris 10 has it: show-link and show-dev (runtime.md §4.2; POL06
dladm.c). Solaris 10 never had the vanity-naming dladm: a link is named after its
device. Aggregations are left out (none exist here)."""

from __future__ import annotations

from zonetui.sim.invocation import Invocation
from zonetui.sim.net import messages as msg
from zonetui.sim.net.links import Link, domain_links
from zonetui.sim.registry import command

AGGR_SUBCOMMANDS = frozenset(
    {"create-aggr", "delete-aggr", "add-aggr", "remove-aggr", "modify-aggr", "show-aggr"}
    | {"up-aggr", "down-aggr"}
)
LONG_OPTIONS = {"--parseable": "p", "--statistics": "s", "--interval": "i"}


class Exit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _usage(inv: Invocation) -> Exit:
    inv.err.write(msg.DLADM_USAGE)
    return Exit(1)


def _options(inv: Invocation, args: list[str]) -> tuple[set[str], list[str]]:
    """getopt_long(":psi:"): the flags given and the operands left."""
    flags: set[str] = set()
    rest: list[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--":
            rest += args[i + 1 :]
            break
        if word.startswith("--") and word.partition("=")[0] in LONG_OPTIONS:
            key, eq, value = word.partition("=")
            letters, attached = LONG_OPTIONS[key], (value if eq else "")
        elif word.startswith("-") and len(word) > 1:
            letters, attached = word[1:], ""
        else:
            rest.append(word)
            i += 1
            continue
        for j, letter in enumerate(letters):
            if letter not in "psi":
                inv.error(msg.DLADM_BAD_OPTION.format(opt=letter))
                raise Exit(1)
            if letter in flags and letter in "si":
                inv.error(msg.DLADM_TWICE.format(opt=letter))
                raise _usage(inv)
            flags.add(letter)
            if letter == "i":
                value = attached or letters[j + 1 :]
                if not value:
                    i += 1
                    if i == len(args):
                        inv.error(msg.DLADM_NEEDS_VALUE.format(opt="i"))
                        raise Exit(1)
                    value = args[i]
                if not value.isdigit() or int(value) == 0:
                    inv.error(msg.DLADM_BAD_INTERVAL.format(value=0))
                    raise Exit(1)
                break
        i += 1
    if "i" in flags and "s" not in flags:
        inv.error(msg.DLADM_I_WITHOUT_S)
        raise _usage(inv)
    if len(rest) > 1:
        raise _usage(inv)
    return flags, rest


def _chosen(inv: Invocation, rest: list[str]) -> list[Link]:
    found = domain_links(inv.host, inv.domain)
    if not rest:
        return found
    for link in found:
        if link.name == rest[0]:
            return [link]
    inv.error(msg.DLADM_INVALID_DEVICE.format(name=rest[0]))
    raise Exit(1)


def show_link(inv: Invocation, args: list[str]) -> None:
    flags, rest = _options(inv, args)
    if "s" in flags:
        inv.error(msg.DLADM_NOT_SIMULATED.format(sub="show-link -s"))
        raise Exit(1)
    form = msg.SHOW_LINK_P if "p" in flags else msg.SHOW_LINK
    for link in _chosen(inv, rest):
        inv.print(form.format(name=link.name, mtu=link.mtu))


def show_dev(inv: Invocation, args: list[str]) -> None:
    flags, rest = _options(inv, args)
    links = _chosen(inv, rest)
    if "s" in flags:
        inv.error(msg.DLADM_NOT_SIMULATED.format(sub="show-dev -s"))
        raise Exit(1)
    form = msg.SHOW_DEV_P if "p" in flags else msg.SHOW_DEV
    for link in links:
        inv.print(
            form.format(name=link.name, state=link.state, speed=link.speed, duplex=link.duplex)
        )


SUBCOMMANDS = {"show-link": show_link, "show-dev": show_dev}


@command(
    "dladm",
    usage="dladm show-link [-p] [<name>] | show-dev [-p] [<dev>]",
    summary="administer data links",
    paths=("/usr/sbin/dladm", "/sbin/dladm"),
    scope="nothing",
    complete=lambda inv, args: [*SUBCOMMANDS] if len(args) <= 1 else [],
)
def dladm(inv: Invocation) -> int:
    args = inv.argv[1:]
    try:
        if not args:
            raise _usage(inv)
        if not inv.in_global_zone:
            inv.error(msg.DLADM_PRIVILEGES)
            return 1
        run = SUBCOMMANDS.get(args[0])
        if run is not None:
            run(inv, args[1:])
            return 0
        if args[0] in AGGR_SUBCOMMANDS:
            inv.error(msg.DLADM_NOT_SIMULATED.format(sub=args[0]))
            return 1
        inv.error(msg.DLADM_UNKNOWN.format(sub=args[0]))
        raise _usage(inv)
    except Exit as stop:
        return stop.status
