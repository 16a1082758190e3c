"""Completion for zonecfg, from the same tables that drive parsing and help (zonecfg.c
completes from its *_cmds lists the same way; reference/zones.md §1.1)."""

from __future__ import annotations

from typing import Any, Protocol

from zonetui.sim.commands.files import complete_paths
from zonetui.sim.invocation import Invocation
from zonetui.sim.zones.templates import BRANDS
from zonetui.sim.zones.zonecfg.tables import (
    GLOBAL_PROPERTIES,
    GLOBAL_PROPERTY,
    INFO_PROPERTIES,
    RESOURCE_TYPE,
    RESOURCE_TYPES,
    SUBCOMMANDS,
)

HELP_SUBJECTS = ("commands", "syntax", "usage")
COMMAND_OPTIONS = {
    "create": ("-F", "-a", "-b", "-t"),
    "delete": ("-F",),
    "exit": ("-F",),
    "export": ("-f",),
    "revert": ("-F",),
}
DEFAULT_TEMPLATES = ("SUNWblank", "SUNWdefault")


class SessionState(Protocol):
    """What completion needs to know of a session (zonecfg's Session has it all)."""

    global_scope: bool
    resource_scope: str | None
    global_zone: bool


class _Fresh:
    """A session that has not started: global scope."""

    def __init__(self, global_zone: bool = False) -> None:
        self.global_scope = True
        self.resource_scope: str | None = None
        self.global_zone = global_zone


def _resource_types(state: SessionState) -> list[str]:
    return [r.name for r in RESOURCE_TYPES if r.in_global_zone or not state.global_zone]


def _global_properties(state: SessionState) -> list[str]:
    return [p.name for p in GLOBAL_PROPERTIES if p.in_global_zone or not state.global_zone]


def _values(state: SessionState, prop: str, templates: list[str]) -> list[str]:
    if state.global_scope:
        entry = GLOBAL_PROPERTY.get(prop)
        if entry is None:
            return []
        if prop == "brand":
            return list(BRANDS)
        return list(entry.choices)
    rt = RESOURCE_TYPE.get(state.resource_scope or "")
    return list(rt.values.get(prop, ())) if rt else []


def _words(state: SessionState, words: list[str], partial: str, templates: list[str]) -> list[str]:
    """Candidates for `partial`, the word after `words` of one subcommand."""
    rt = None if state.global_scope else RESOURCE_TYPE.get(state.resource_scope or "")
    if not words:
        if rt is not None:
            return sorted({c.split()[0] for c in rt.scope_commands})
        return [c.name for c in SUBCOMMANDS if c.scope != "resource"]
    name = "help" if words[0] == "?" else words[0]
    rest = words[1:]
    if "=" in partial and name in ("set", "select", "remove", "info"):
        prop, _, _ = partial.partition("=")
        return [f"{prop}={v}" for v in _values(state, prop, templates)]
    if name == "add":
        if rest:
            return []
        return list(rt.list_properties) if rt else _resource_types(state)
    if name == "set":
        if rest and rest[-1] != "-F":
            return []
        props = list(rt.properties) if rt else _global_properties(state)
        return [f"{p}=" for p in props]
    if name == "clear":
        if rest:
            return []
        if rt:
            return list(rt.clearable)
        return [
            p.name for p in GLOBAL_PROPERTIES if p.clearable and p.name in _global_properties(state)
        ]
    if name in ("select", "remove", "info") and rt is None:
        types = [w for w in rest if w in RESOURCE_TYPE]
        if not types:
            found = _resource_types(state)
            if name == "info":
                found += [p for p in INFO_PROPERTIES if p in _global_properties(state)]
            if name == "remove" and not rest:
                found.append("-F")
            return found
        target = RESOURCE_TYPE[types[0]]
        return [f"{p}=" for p in target.lookup]
    if name == "remove" and rt is not None:
        return list(rt.list_properties) if not rest else []
    if name == "help":
        return [*HELP_SUBJECTS, *(c.name for c in SUBCOMMANDS)] if not rest else []
    if name == "create" and rest and rest[-1] == "-t":
        return templates
    return list(COMMAND_OPTIONS.get(name, ()))


def complete_line(state: SessionState | None, text: str, templates: list[str] = ()) -> list[str]:
    """Completions of the last word of `text`, a line typed at a zonecfg prompt in
    `state` (None: a fresh session). Each candidate replaces the text after the last
    blank or `;`. `templates` names what `create -t` may take."""
    state = state or _Fresh()
    segment = text.rsplit(";", 1)[-1]
    words = segment.split()
    partial = ""
    if words and not segment[-1:].isspace():
        partial = words.pop()
    candidates = _words(state, words, partial, list(templates))
    return sorted({c for c in candidates if c.startswith(partial)})


def templates_of(inv: Invocation) -> list[str]:
    """What `create -t` can copy: the templates in /etc/zones and the configured zones."""
    fs = inv.solaris.fs
    names = [n[:-4] for n in fs.children("/etc/zones") if n.endswith(".xml")]
    return sorted({*names, *inv.solaris.zones, *DEFAULT_TEMPLATES} - {"global"})


def complete_invocation(inv: Invocation, args: list[str]) -> list[str]:
    """The registry's completer: options, zone names after -z, files after -f, and the
    subcommands (with their words) after `-z zone`."""
    partial = args[-1] if args else ""
    before = args[:-1]
    if before and before[-1] == "-z":
        return ["global", *inv.solaris.zones]
    if before and before[-1] == "-f":
        return ["-", *complete_paths(inv, partial)]
    if before and before[-1] == "-R":
        return complete_paths(inv, partial, dirs_only=True)
    operands: list[str] = []
    global_zone = False
    i = 0
    while i < len(before):
        word = before[i]
        if word in ("-z", "-f", "-R") and i + 1 < len(before):
            global_zone = global_zone or (word == "-z" and before[i + 1] == "global")
            i += 2
            continue
        if word.startswith("-") and not operands:
            i += 1
            continue
        operands = before[i:]
        break
    if "-z" not in before or (not operands and partial.startswith("-")):
        options: list[Any] = ["-z", "-f", "-R"]
        return options + (["help"] if not before else [])
    line = " ".join([*operands, partial])
    return complete_line(_Fresh(global_zone), line, templates_of(inv))
