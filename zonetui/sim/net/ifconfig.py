"""ifconfig(1M): show and configure IPv4 interfaces (runtime.md §4.1; ON86 ifconfig.c).

The words after the interface are commands run left to right, as ifconfig() runs them:
a failing one prints its Perror line and ends ifconfig with status 1, keeping what the
commands before it did. A bare word is the address, the next bare word the destination.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from zonetui.model.net import Plumbed
from zonetui.sim.invocation import Invocation
from zonetui.sim.net import inet
from zonetui.sim.net import messages as msg
from zonetui.sim.net.stack import LOOPBACK_IF, loopback, physical_of
from zonetui.sim.net.view import Lif, StackView, flag_words
from zonetui.sim.registry import command

LIFNAMSIZ = 32
OPTIONS = "audDXZ46v"  # main(): the letters of `-a...`

# keywords ifconfig knows that the simulator leaves out (a clear refusal, not an address)
NOT_SIMULATED = frozenset(
    {
        "arp", "-arp", "auto-revarp", "set", "destination", "index", "metric", "mtu",
        "preferred", "-preferred", "private", "-private", "local", "-local", "router",
        "-router", "subnet", "trailers", "-trailers", "token", "tsrc", "tdst", "auth_algs",
        "encr_algs", "encr_auth_algs", "xmit", "-xmit", "modlist", "modinsert", "modremove",
        "group", "deprecated", "-deprecated", "standby", "-standby", "failover", "-failover",
        "zone", "-zone", "usesrc", "all-zones", "auto-dhcp", "dhcp", "ether", "debug",
        "verbose", "-nud", "nud", "anycast", "-anycast", "ipmp", "interface", "inet6",
    }
)  # fmt: skip


class Exit(Exception):
    """exit(status) from inside a command of ifconfig."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class Abort(Exception):
    """A command returned non-zero with c_abortonfail: the rest of the words are skipped
    for this interface; ifconfig still exits 0."""


@dataclass
class Working:
    """ifconfig()'s globals for one interface: its name (addif moves it to the new
    logical interface), the netmask its words give, whether an address was set."""

    inv: Invocation
    view: StackView
    name: str
    origname: str
    netmask: int | None = None  # `netmask X` found by the pre-scan
    netmask_pending: bool = False  # `netmask +`: looked up once the address is known
    setaddr: bool = False
    changed: list[str] = field(default_factory=list)

    def fail(self, step: str, reason: str, name: str | None = None) -> Exit:
        self.inv.error(msg.PERROR.format(cmd=step, name=name or self.name, reason=reason))
        return Exit(1)

    def lif(self, step: str) -> Lif:
        """The working interface, or the Perror0 of `step` (ENXIO)."""
        lif = self.view.find(self.name)
        if lif is None:
            raise self.fail(step, msg.ENXIO)
        return lif

    def changeable(self, lif: Lif, step: str) -> Lif:
        if not self.view.may_change:
            raise self.fail(step, msg.EPERM)
        self.view.stack(changing=True)
        return self.view.find(lif.name) or lif


# -- addresses ------------------------------------------------------------------------


def _hosts_address(w: Working, name: str) -> int | None:
    """getipnodebyname(): a dotted quad, or a name in the caller's /etc/hosts."""
    value = inet.parse(name)
    if value is not None:
        return value
    try:
        text = w.inv.fs.read("/etc/hosts")
    except Exception:  # no /etc/hosts: the name does not resolve
        return None
    for line in text.splitlines():
        words = line.partition("#")[0].split()
        if len(words) >= 2 and name in words[1:]:
            return inet.parse(words[0])
    return None


def _getaddr(w: Working, text: str, allow_prefix: bool) -> tuple[int, int | None]:
    """in_getaddr(): the address and the prefix length (None: none given)."""
    address, prefix = text, None
    if allow_prefix:
        address, prefix, ok = inet.split_prefix(text)
        if not ok:
            w.inv.error(msg.BAD_PREFIX.format(text=text))
            raise Exit(1)
    elif "/" in text:
        w.inv.error(msg.UNEXPECTED_SLASH.format(text=text))
        raise Exit(1)
    if address == "255.255.255.255":
        return 2**32 - 1, prefix
    value = _hosts_address(w, address)
    if value is None:
        w.inv.error(msg.BAD_ADDRESS.format(text=text))
        raise Exit(1)
    return value, prefix


def _getmask(w: Working, text: str) -> int:
    if "/" in text:
        w.inv.error(msg.UNEXPECTED_SLASH.format(text=text))
        raise Exit(1)
    value = inet.parse_mask(text)
    if value is None:
        w.inv.error(msg.BAD_ADDRESS.format(text=text))
        raise Exit(1)
    return value


def _netmasks_lookup(w: Working, address: int) -> int | None:
    """in_getmask(): the /etc/netmasks entry of the address's network, if any."""
    try:
        text = w.inv.fs.read("/etc/netmasks")
    except Exception:  # no file: no netmask from the database
        return None
    return inet.netmasks_lookup(text, address)


def _mask_for(w: Working, address: int, prefix: int | None) -> int:
    """set_mask_lifreq(): the netmask the words give, else the prefix's, else 0."""
    if w.netmask_pending:
        found = _netmasks_lookup(w, address)
        if found is not None:
            return found
    if w.netmask is not None:
        return w.netmask
    return inet.prefix_mask(prefix) if prefix is not None else 0


def _bring_up_check(w: Working, lif: Lif, step: str, address: str) -> None:
    """ipif_up(): an address another up interface holds is EADDRINUSE."""
    if w.view.address_in_use(address, lif):
        raise w.fail(step, "Address already in use")


# -- the commands -----------------------------------------------------------------------


def set_address(w: Working, text: str) -> None:
    if text.startswith("/"):
        set_prefix(w, text)
        return
    address, prefix = _getaddr(w, text, allow_prefix=True)
    if prefix is not None:
        w.netmask, w.netmask_pending = None, False
    w.setaddr = True
    lif = w.lif(msg.GET_NETMASK)
    lif = w.changeable(lif, msg.SET_NETMASK)
    if lif.up:
        _bring_up_check(w, lif, msg.SET_ADDRESS, inet.dotted(address))
    lif.set_netmask(_mask_for(w, address, prefix))
    lif.set_address(address)


def set_prefix(w: Working, text: str) -> None:
    _, prefix, ok = inet.split_prefix("0.0.0.0" + text)
    if not ok or prefix is None:
        w.inv.error(msg.BAD_PREFIX.format(text=text))
        raise Exit(1)
    lif = w.changeable(w.lif(msg.SET_NETMASK), msg.SET_NETMASK)
    lif.set_netmask(inet.prefix_mask(prefix))


def set_destination(w: Working, text: str) -> None:
    _getaddr(w, text, allow_prefix=False)
    lif = w.lif(msg.SET_DEST)
    w.changeable(lif, msg.SET_DEST)
    raise w.fail(msg.SET_DEST, msg.EINVAL)  # not a point-to-point interface [INF]


def set_netmask(w: Working, text: str) -> None:
    if text == "+":
        lif = w.lif(msg.GET_ADDRESS)
        found = _netmasks_lookup(w, inet.parse(lif.address) or 0)
        if found is None:
            return
        w.inv.print(msg.NETMASK_SET.format(name=w.name, mask=inet.dotted(found)))
        mask = found
    else:
        mask = _getmask(w, text)
    lif = w.changeable(w.lif(msg.SET_NETMASK), msg.SET_NETMASK)
    lif.set_netmask(mask)


def set_broadcast(w: Working, text: str) -> None:
    if text == "+":  # the kernel works it out again from the address
        lif = w.lif(msg.GET_ADDRESS)
        lif = w.changeable(lif, msg.GET_ADDRESS)
        lif.set_netmask(inet.parse(lif.netmask) or 0)
        return
    address, _ = _getaddr(w, text, allow_prefix=False)
    lif = w.changeable(w.lif(msg.SET_BROADCAST), msg.SET_BROADCAST)
    lif.set_broadcast(address)


def set_up(w: Working, _: str) -> None:
    lif = w.lif(msg.SETFLAGS_GET)
    lif = w.changeable(lif, msg.SETFLAGS_SET)
    _bring_up_check(w, lif, msg.SETFLAGS_SET, lif.address)
    lif.set_up(True)


def set_down(w: Working, _: str) -> None:
    lif = w.changeable(w.lif(msg.SETFLAGS_GET), msg.SETFLAGS_SET)
    lif.set_up(False)


def _remove_lifs(w: Working, names: set[str]) -> None:
    """Remove these logical interfaces from the stack and from the zones that had them."""
    stack = w.view.stack(changing=True)
    if stack is not None:
        stack.interfaces = [e for e in stack.interfaces if e.name not in names]
    if w.view.kind == "global":
        for zone in w.view.solaris.zones.values():
            zone.interfaces = [i for i in zone.interfaces if i.name not in names]


def plumb(w: Working, _: str) -> None:
    name = w.name
    if ":" in name or name == LOOPBACK_IF:
        _plumb_logical(w, name)
        return
    link = w.view.link(name)
    if link is None:
        w.inv.error(msg.CANNOT_OPEN_LINK.format(name=name))
        raise Exit(1)
    if w.view.kind == "global":
        owner = next(
            (
                z
                for z in w.view.solaris.zones.values()
                if z.config.ip_type == "exclusive" and any(i.name == name for i in z.interfaces)
            ),
            None,
        )
        if owner is not None:
            w.inv.error(msg.USED_BY_ZONE.format(name=name, zone=owner.name))
            raise Abort
    if w.view.find(name) is not None:
        w.inv.error(msg.PERROR.format(cmd=msg.PLUMB_NAME, name=name, reason=msg.EEXIST))
        return
    stack = w.view.stack(changing=True)
    assert stack is not None
    stack.interfaces.append(Plumbed(name=name, index=stack.next_index))
    stack.next_index += 1


def _plumb_logical(w: Working, name: str) -> None:
    if name == LOOPBACK_IF:
        if w.view.find(name) is not None:
            return
        if not w.view.may_change:
            raise w.fail(msg.PLUMB_ADDIF, msg.EPERM)
        stack = w.view.stack(changing=True)
        assert stack is not None
        entry = loopback(stack.next_index)  # the kernel gives it 127.0.0.1, down
        entry.up = False
        stack.interfaces.append(entry)
        stack.next_index += 1
        return
    if w.view.find(name) is not None:
        return  # EEXIST: silent unless debugging
    index = w.view.physical_index(physical_of(name))
    if index is None:
        raise w.fail(msg.PLUMB_ADDIF, msg.ENXIO)
    if not w.view.may_change:
        raise w.fail(msg.PLUMB_ADDIF, msg.EPERM)
    stack = w.view.stack(changing=True)
    assert stack is not None
    stack.interfaces.append(Plumbed(name=name, index=index))


def unplumb(w: Working, _: str) -> None:
    name = w.name
    if ":" in name or name == LOOPBACK_IF:
        if name.endswith(":0"):
            w.inv.error(msg.UNPLUMB_LUN0.format(name=name))
            raise Exit(1)
        lif = w.lif(msg.UNPLUMB_REMOVE)
        w.changeable(lif, msg.UNPLUMB_REMOVE)
        if name == LOOPBACK_IF:  # lo0 goes with all its logical interfaces
            _remove_lifs(w, {x.name for x in w.view.lifs() if x.loopback})
        else:
            _remove_lifs(w, {name})
        return
    lif = w.lif(msg.UNPLUMB_GET)
    w.changeable(lif, msg.UNPLUMB_GET)
    _remove_lifs(w, {x.name for x in w.view.lifs() if x.physical == name})


def addif(w: Working, text: str) -> None:
    w.name = w.origname
    if ":" in w.name:
        w.inv.error(msg.ADDIF_BAD_NAME.format(name=w.name))
        raise Exit(1)
    w.setaddr = False
    address, prefix = _getaddr(w, text, allow_prefix=True)
    if prefix is not None:
        w.netmask, w.netmask_pending = None, False
    index = w.view.physical_index(w.name)
    if index is None:
        raise w.fail(msg.ADDIF, msg.ENXIO)
    if not w.view.may_change:
        raise w.fail(msg.ADDIF, msg.EPERM)
    stack = w.view.stack(changing=True)
    assert stack is not None
    entry = Plumbed(name=w.view.next_lun(w.name), index=index)
    stack.interfaces.append(entry)
    w.inv.print(msg.CREATED.format(name=entry.name))
    w.name = entry.name
    lif = w.view.find(entry.name)
    assert lif is not None
    mask = _mask_for(w, address, prefix)
    if mask:
        lif.set_netmask(mask)
    lif.set_address(address)
    w.setaddr = True


def removeif(w: Working, text: str) -> None:
    if ":" in w.name:
        w.inv.error(msg.REMOVEIF_BAD_NAME.format(name=w.name))
        raise Exit(1)
    address, _ = _getaddr(w, text, allow_prefix=False)
    if w.view.physical_index(w.name) is None:
        raise w.fail(msg.REMOVEIF, msg.ENXIO)
    if not w.view.may_change:
        raise w.fail(msg.REMOVEIF, msg.EPERM)
    wanted = inet.dotted(address)
    match = next((x for x in w.view.lifs() if x.physical == w.name and x.address == wanted), None)
    if match is None:
        raise w.fail(msg.REMOVEIF, "Cannot assign requested address")
    if match.lun == 0:
        w.inv.error(msg.REMOVEIF_BUSY.format(name=w.name))
        raise Exit(1)
    _remove_lifs(w, {match.name})


@dataclass(frozen=True)
class Cmd:
    run: Callable[[Working, str], None]
    takes_value: bool = False


COMMANDS: dict[str, Cmd] = {
    "up": Cmd(set_up),
    "down": Cmd(set_down),
    "plumb": Cmd(plumb),
    "unplumb": Cmd(unplumb),
    "netmask": Cmd(set_netmask, takes_value=True),
    "broadcast": Cmd(set_broadcast, takes_value=True),
    "addif": Cmd(addif, takes_value=True),
    "removeif": Cmd(removeif, takes_value=True),
}


# -- status -------------------------------------------------------------------------------


def status_lines(view: StackView, lif: Lif, with_ether: bool) -> list[str]:
    """ifstatus() and in_status() (and dlpi_print_address() without an address family)."""
    flags = lif.flags
    first = msg.STATUS_LINE.format(
        name=lif.name, flags=flags, words=flag_words(flags), mtu=view.mtu(lif), index=lif.index
    )
    lines = [first]
    zone = view.zone_label(lif)
    if zone:
        lines.append(msg.ZONE_LINE.format(zone=zone))
    inet_line = msg.INET_LINE.format(address=lif.address, netmask=inet.parse(lif.netmask) or 0)
    if not lif.loopback and lif.broadcast != inet.ANY:
        inet_line += msg.BROADCAST.format(address=lif.broadcast)
    lines.append(inet_line)
    ether = view.ether(lif) if with_ether else ""
    if ether:
        lines.append(msg.ETHER_LINE.format(mac=ether))
    return lines


# -- main ---------------------------------------------------------------------------------


def _configure(inv: Invocation, view: StackView, name: str, words: list[str], af: str) -> None:
    """ifconfig() for one interface; Exit ends the whole run."""
    if not words:
        lif = view.find(name)
        if lif is None:
            inv.error(msg.PERROR.format(cmd=msg.STATUS, name=name, reason=msg.ENXIO))
            raise Exit(1)
        for line in status_lines(view, lif, with_ether=not af):
            inv.print(line)
        return
    w = Working(inv, view, name, name)
    for i, word in enumerate(words[:-1]):  # the netmask pre-scan: the last one counts
        if word == "netmask":
            if words[i + 1] == "+":
                w.netmask_pending = True
            else:
                w.netmask = _getmask(w, words[i + 1])
    i = 0
    try:
        while i < len(words):
            word = words[i]
            cmd = COMMANDS.get(word)
            if cmd is None and word in NOT_SIMULATED:
                inv.error(msg.NOT_SIMULATED.format(word=word))
                raise Exit(1)
            value = word
            if cmd is not None and cmd.takes_value:
                i += 1
                if i == len(words):
                    inv.error(msg.NO_ARGUMENT.format(cmd=word))
                    raise Exit(1)
                value = words[i]
            if cmd is not None:
                cmd.run(w, value)
            elif w.setaddr:
                set_destination(w, value)
            else:
                set_address(w, value)
            i += 1
    except Abort:
        return


def _usage(inv: Invocation) -> int:
    inv.err.write(msg.IFCONFIG_USAGE)
    return 1


def _names(inv: Invocation) -> list[str]:
    view = StackView.of(inv.host, inv.domain, inv.solaris, inv.zone)
    return ["-a", *[lif.name for lif in view.lifs()]]


def _scope(words: list[str]) -> str:
    return "nothing" if len(words) <= 2 or words[2:] in (["inet"], ["inet6"]) else "solaris"


@command(
    "ifconfig",
    usage="ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ] [ <command> ... ]",
    summary="configure network interface parameters",
    paths=("/usr/sbin/ifconfig", "/sbin/ifconfig"),
    scope=_scope,  # type: ignore[arg-type]
    complete=lambda inv, args: _names(inv) if len(args) <= 1 else [*COMMANDS, "inet"],
)
def ifconfig(inv: Invocation) -> int:
    args = inv.argv[1:]
    if not args:
        return _usage(inv)
    name, words = args[0], args[1:]
    if len(name) > LIFNAMSIZ - 1:
        inv.error(msg.NAME_TOO_LONG.format(name=name))
        return 1
    af = ""
    if words and words[0] in ("inet", "inet6"):
        af, words = words[0], words[1:]
    view = StackView.of(inv.host, inv.domain, inv.solaris, inv.zone)
    try:
        if not name.startswith("-"):
            if af == "inet6":
                return _inet6(inv, name, words)
            _configure(inv, view, name, words, af)
            return 0
        letters = name[1:]
        bad = next((c for c in letters if c not in OPTIONS), None)
        if bad is not None:
            inv.error(msg.ILLEGAL_OPTION.format(opt=bad))
            return _usage(inv)
        if "a" not in letters:
            inv.error(msg.NO_SUCH_OPTION_IF.format(name=name))
            return 1
        if af == "inet6" or ("6" in letters and "4" not in letters):
            return 0  # no interface is plumbed for IPv6
        if words[:1] == ["plumb"]:  # every data link there is, not every interface
            for link in view.links():
                _configure(inv, view, link, words, af)
            return 0
        for lif in _selected(view, letters):
            _configure(inv, view, lif.name, words, af)
    except Exit as stop:
        return stop.status
    return 0


def _selected(view: StackView, letters: str) -> list[Lif]:
    """foreachinterface(): -u up ones, -d down ones, -Z the caller's zone's only."""
    found = view.lifs()
    if "u" in letters:
        found = [lif for lif in found if lif.up]
    if "d" in letters:
        found = [lif for lif in found if not lif.up]
    if "Z" in letters:
        found = [lif for lif in found if not view.zone_label(lif)]
    return found


def _inet6(inv: Invocation, name: str, words: list[str]) -> int:
    """No interface is plumbed for IPv6: its status finds none; plumbing is left out."""
    if "plumb" in words:
        inv.error(msg.NO_INET6)
        return 1
    inv.error(msg.PERROR.format(cmd=msg.STATUS, name=name, reason=msg.ENXIO))
    return 1
