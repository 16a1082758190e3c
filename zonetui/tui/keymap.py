"""Every key binding of the TUI as data, and the user's remapping of them.

Each widget builds its bindings from `KEYS` (one source for the bindings, the help
screen and the palette), each with an id. A user remaps them in `keymap.toml` in the
config directory::

    [keys]
    "zone.boot" = "B"            # binding id = key(s), comma-separated
    "view.filter" = "slash,f"

`load_keymap()` reads that file; `effective_keymap()` makes what `App.set_keymap` gets.
"""

# ruff: noqa: E501  (the tables below keep one entry a line)

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from zonetui.store.hostfiles import read_bounded
from zonetui.tui import messages as msg
from zonetui.tui.actions import ACTIONS

KEYMAP_FILE = "keymap.toml"
MAX_KEYMAP_BYTES = 256 << 10  # a keymap is a few lines


@dataclass(frozen=True)
class KeySpec:
    """A binding: where it lives (`scope`), its id, default key(s), action and text."""

    scope: str
    id: str
    key: str
    action: str
    description: str
    group: str
    show: bool = True
    priority: bool = False


def _action_keys() -> list[KeySpec]:
    groups = {"zone": msg.GROUP_ZONE_ACTIONS, "domain": msg.GROUP_DOMAIN_ACTIONS}
    return [KeySpec("actions", a.id, a.key, a.action, a.label, groups[a.kind]) for a in ACTIONS]


KEYS: tuple[KeySpec, ...] = (
    KeySpec("app", "app.quit", "ctrl+q", "quit", msg.KEY_QUIT, msg.GROUP_GENERAL, priority=True),
    KeySpec("main", "main.help", "question_mark", "help", msg.KEY_HELP, msg.GROUP_GENERAL),
    KeySpec("main", "main.quiz", "Q", "quiz", msg.KEY_QUIZ, msg.GROUP_GENERAL, show=False),
    KeySpec("main", "view.command", "colon", "prompt_view", msg.KEY_VIEW, msg.GROUP_VIEWS),
    KeySpec("main", "view.filter", "slash", "prompt_filter", msg.KEY_FILTER, msg.GROUP_VIEWS),
    KeySpec("main", "view.back", "escape", "back", msg.KEY_BACK, msg.GROUP_VIEWS),
    KeySpec("main", "view.describe", "d", "describe", msg.KEY_DESCRIBE, msg.GROUP_VIEWS),
    KeySpec("main", "view.raw", "y", "raw", msg.KEY_RAW, msg.GROUP_VIEWS, show=False),
    KeySpec("main", "view.coremap", "m", "core_map", msg.KEY_COREMAP, msg.GROUP_VIEWS),
    KeySpec("main", "view.console", "grave_accent", "focus_console", msg.KEY_CONSOLE, msg.GROUP_VIEWS, show=False),
    *_action_keys(),
    KeySpec("table", "table.sort", "o", "sort_next", msg.KEY_SORT, msg.GROUP_TABLE),
    KeySpec("table", "table.reverse", "O", "sort_reverse", msg.KEY_REVERSE, msg.GROUP_TABLE, show=False),
    KeySpec("table", "table.up", "up,k", "cursor(-1)", msg.KEY_UP, msg.GROUP_TABLE, show=False),
    KeySpec("table", "table.down", "down,j", "cursor(1)", msg.KEY_DOWN, msg.GROUP_TABLE, show=False),
    KeySpec("table", "table.page_up", "pageup", "page(-1)", msg.KEY_PAGE_UP, msg.GROUP_TABLE, show=False),
    KeySpec("table", "table.page_down", "pagedown", "page(1)", msg.KEY_PAGE_DOWN, msg.GROUP_TABLE, show=False),
    KeySpec("table", "table.first", "home,g", "first", msg.KEY_FIRST, msg.GROUP_TABLE, show=False),
    KeySpec("table", "table.last", "end,G", "last", msg.KEY_LAST, msg.GROUP_TABLE, show=False),
    KeySpec("map", "map.left", "left,h", "move(-1)", msg.KEY_MAP_LEFT, msg.GROUP_MAP, show=False),
    KeySpec("map", "map.right", "right,l", "move(1)", msg.KEY_MAP_RIGHT, msg.GROUP_MAP, show=False),
    KeySpec("map", "map.up", "up,k", "core(-1)", msg.KEY_MAP_UP, msg.GROUP_MAP, show=False),
    KeySpec("map", "map.down", "down,j", "core(1)", msg.KEY_MAP_DOWN, msg.GROUP_MAP, show=False),
    KeySpec("map", "map.socket_back", "pageup", "socket(-1)", msg.KEY_MAP_SOCKET_BACK, msg.GROUP_MAP, show=False),
    KeySpec("map", "map.socket_next", "pagedown", "socket(1)", msg.KEY_MAP_SOCKET_NEXT, msg.GROUP_MAP, show=False),
    KeySpec("input", "console.history_previous", "up", "history_previous", msg.KEY_HISTORY_PREVIOUS, msg.GROUP_CONSOLE, show=False),
    KeySpec("input", "console.history_next", "down", "history_next", msg.KEY_HISTORY_NEXT, msg.GROUP_CONSOLE, show=False),
    KeySpec("input", "console.complete", "tab", "complete", msg.KEY_COMPLETE, msg.GROUP_CONSOLE),
    KeySpec("input", "console.search", "ctrl+r", "search_history", msg.KEY_SEARCH, msg.GROUP_CONSOLE),
    KeySpec("console", "console.clear", "ctrl+l", "clear", msg.KEY_CLEAR, msg.GROUP_CONSOLE),
    KeySpec("console", "console.leave", "escape", "leave", msg.KEY_LEAVE, msg.GROUP_CONSOLE),
    KeySpec("console", "console.scroll_back", "shift+pageup", "scroll_back", msg.KEY_SCROLL_BACK, msg.GROUP_CONSOLE, show=False),
    KeySpec("console", "console.scroll_forward", "shift+pagedown", "scroll_forward", msg.KEY_SCROLL_FORWARD, msg.GROUP_CONSOLE, show=False),
    KeySpec("prompt", "prompt.cancel", "escape", "cancel", msg.KEY_CANCEL, msg.GROUP_VIEWS, show=False),
    KeySpec("text", "text.back", "escape,q", "back", msg.KEY_BACK, msg.GROUP_TEXT),
    KeySpec("text", "text.describe", "d", "show('describe')", msg.KEY_DESCRIBE, msg.GROUP_TEXT),
    KeySpec("text", "text.raw", "y", "show('raw')", msg.KEY_RAW, msg.GROUP_TEXT),
    KeySpec("confirm", "confirm.yes", "y", "answer(True)", msg.KEY_YES, msg.GROUP_CONFIRM),
    KeySpec("confirm", "confirm.no", "n,escape", "answer(False)", msg.KEY_NO, msg.GROUP_CONFIRM),
    KeySpec("help", "help.close", "escape,q,question_mark", "close", msg.KEY_CLOSE, msg.GROUP_HELP),
)  # fmt: skip

# Keys Textual itself binds (shown in the help, not remappable here).
BUILT_IN: tuple[tuple[str, str, str], ...] = (
    ("ctrl+p", msg.KEY_PALETTE, msg.GROUP_GENERAL),
    ("tab", msg.KEY_FOCUS_NEXT, msg.GROUP_GENERAL),
    ("shift+tab", msg.KEY_FOCUS_PREVIOUS, msg.GROUP_GENERAL),
    ("right", msg.KEY_ACCEPT_SUGGESTION, msg.GROUP_CONSOLE),
)

BY_ID: dict[str, KeySpec] = {spec.id: spec for spec in KEYS}


def scope(name: str) -> list[KeySpec]:
    """The bindings of one scope, in table order."""
    return [spec for spec in KEYS if spec.scope == name]


# -- the user's keymap ----------------------------------------------------------------------


@dataclass(frozen=True)
class UserKeymap:
    """What keymap.toml asks for, and what in it could not be used."""

    keys: dict[str, str]
    problems: tuple[str, ...] = ()


def parse_keymap(text: str, source: str = KEYMAP_FILE) -> UserKeymap:
    """The remappings in TOML `text`; bad entries are left out and named in problems."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return UserKeymap({}, (msg.KEYMAP_SYNTAX.format(file=source, error=error),))
    table = data.get("keys", {})
    if not isinstance(table, dict):
        return UserKeymap({}, (msg.KEYMAP_NOT_TABLE.format(file=source),))
    keys: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, value in table.items():
        if binding_id not in BY_ID:
            problems.append(msg.KEYMAP_UNKNOWN.format(file=source, id=binding_id))
        elif not isinstance(value, str) or not value.strip():
            problems.append(msg.KEYMAP_BAD_KEY.format(file=source, id=binding_id))
        else:
            keys[binding_id] = ",".join(part.strip() for part in value.split(","))
    return UserKeymap(keys, tuple(problems))


def load_keymap(path: Path | None) -> UserKeymap:
    """The user's keymap file, or nothing when there is none."""
    if path is None:
        return UserKeymap({})
    try:  # a regular file only, bounded
        raw, _ = read_bounded(path, MAX_KEYMAP_BYTES)
        if len(raw) > MAX_KEYMAP_BYTES:
            raise ValueError(msg.KEYMAP_TOO_LARGE.format(limit=MAX_KEYMAP_BYTES >> 10))
        text = raw.decode("utf-8")
    except FileNotFoundError:
        return UserKeymap({})
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        return UserKeymap({}, (msg.KEYMAP_UNREADABLE.format(file=path, error=reason),))
    return parse_keymap(text, str(path))


# scopes whose bindings live on one node (the main screen holds both)
_NODE = {"actions": "main"}


def _node(scope_name: str) -> str:
    return _NODE.get(scope_name, scope_name)


def _keys_of(key: str) -> set[str]:
    return {part.strip() for part in key.split(",")}


def effective_keymap(user: Mapping[str, str]) -> dict[str, str]:
    """What to give `App.set_keymap`: the user's keys, plus every binding that shared a
    default key with a remapped one in the same scope pinned to its own default (Textual
    drops all bindings of a key when one of them is moved off it)."""
    keymap = dict(user)
    for binding_id in user:
        moved = BY_ID[binding_id]
        for spec in KEYS:
            if spec.id in keymap or _node(spec.scope) != _node(moved.scope):
                continue
            if _keys_of(spec.key) & _keys_of(moved.key):
                keymap[spec.id] = spec.key
    return keymap


def key_of(spec: KeySpec, keymap: Mapping[str, str]) -> str:
    """The key(s) the binding answers to under `keymap`."""
    return keymap.get(spec.id, spec.key)


# -- help --------------------------------------------------------------------------------------

_KEY_NAMES = {
    "question_mark": "?",
    "colon": ":",
    "slash": "/",
    "grave_accent": "`",
    "escape": "esc",
    "pageup": "pgup",
    "pagedown": "pgdn",
    "shift+pageup": "shift+pgup",
    "shift+pagedown": "shift+pgdn",
}


def display_key(key: str) -> str:
    """Keys as a person reads them: "?", "esc", "ctrl+r", "up/k"."""
    return "/".join(_KEY_NAMES.get(part.strip(), part.strip()) for part in key.split(","))


@dataclass(frozen=True)
class HelpRow:
    key: str
    description: str
    id: str = ""  # the binding id to remap it with ("" for Textual's own keys)


def help_sections(
    keymap: Mapping[str, str], *, read_only: bool = False
) -> list[tuple[str, list[HelpRow]]]:
    """The key sections of the help screen, in the order groups first appear; the
    action groups are left out in read-only mode, where those keys are not bound."""
    sections: dict[str, list[HelpRow]] = {}
    entries: Iterable[tuple[str, str, str, str]] = (
        *((key, text, group, "") for key, text, group in BUILT_IN),
        *(
            (key_of(spec, keymap), spec.description, spec.group, spec.id)
            for spec in KEYS
            if not (read_only and spec.scope == "actions")
        ),
    )
    for key, text, group, binding_id in entries:
        rows = sections.setdefault(group, [])
        row = HelpRow(display_key(key), text, binding_id)
        if row not in rows:
            rows.append(row)
    return list(sections.items())
