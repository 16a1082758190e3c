"""`?`: every key (from the key table, as the user's keymap has remapped it), every
view, and every command the shell knows (from the command registry), laid out in
columns that fit the screen's width."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from zonetui.sim.registry import load_commands
from zonetui.tui import messages as msg
from zonetui.tui.keymap import help_sections
from zonetui.tui.views import VIEWS
from zonetui.tui.visible import visible
from zonetui.tui.widgets.keys import bindings

INDENT = "  "
GAP = 2  # between two columns
KEY_WIDTH = 14  # the name column: a key, or a view's ":name"
MIN_TEXT = 24  # narrower than this, a key's id goes under its description
NAME_STYLE = "bold $text-primary"
NOTE_STYLE = "$text-muted"
WIDE = 10_000  # a width at which nothing wraps


@dataclass(frozen=True)
class HelpEntry:
    """One row: a name (a key, a view, a command), what it does, and a note: a key's
    binding id (`aligned`, in a column of its own), a view's aliases or a command's
    usage (after the text, or under it when they do not fit on one line)."""

    name: str
    text: str
    note: str = ""
    aligned: bool = False


@dataclass(frozen=True)
class HelpSection:
    heading: str
    entries: tuple[HelpEntry, ...]
    name_width: int = KEY_WIDTH


@dataclass(frozen=True)
class HelpText:
    """The help as data; `content(width)` lays it out for a screen that wide."""

    sections: tuple[HelpSection, ...]
    first: str = ""  # a line above the sections (read-only mode)
    last: str = ""  # a line below them (where the keymap is)
    _laid_out: dict[int, Content] = field(default_factory=dict, compare=False, repr=False)

    def content(self, width: int) -> Content:
        """The help laid out in `width` cells."""
        if width not in self._laid_out:
            self._laid_out[width] = self._lay_out(max(width, 1))
        return self._laid_out[width]

    def _lay_out(self, width: int) -> Content:
        lines: list[Content] = []
        if self.first:
            lines.append(Content.styled(self.first, "bold $text-warning"))
        aligned = [entry for section in self.sections for entry in section.entries if entry.aligned]
        for section in self.sections:
            if lines:
                lines.append(Content(""))
            lines.append(Content.styled(section.heading, "bold $text-accent"))
            lines += _section_lines(section, width, aligned)
        if self.last:
            lines += [Content(""), Content.styled(self.last, f"italic {NOTE_STYLE}")]
        return Content("\n").join(lines)


def _section_lines(section: HelpSection, width: int, aligned: list[HelpEntry]) -> list[Content]:
    """The lines of a section; the notes of the `aligned` entries (of every section) in
    one column, when there is room for it."""
    name_width = section.name_width
    room = max(width - len(INDENT) - name_width - GAP, 1)  # for the text and the note
    available = room - GAP - max((len(entry.note) for entry in aligned), default=0)
    text_width = min(max((len(entry.text) for entry in aligned), default=0), available)
    if available < MIN_TEXT:  # no room for a column of ids: each under its text
        text_width = 0
    margin = " " * (len(INDENT) + name_width + GAP)
    lines: list[Content] = []
    for entry in section.entries:
        name = Content.styled(f"{INDENT}{entry.name:<{name_width}}{' ' * GAP}", NAME_STYLE)
        if entry.aligned and text_width:
            first, *rest = _wrap(entry.text, text_width)
            note = Content.styled(entry.note, NOTE_STYLE)
            pad = " " * (text_width - len(first) + GAP) if entry.note else ""
            lines.append(Content.assemble(name, first, pad, note))
            lines += [Content(margin + line) for line in rest]
            continue
        first, *rest = _wrap(entry.text, room)
        together = f"{first}{' ' * GAP}{entry.note}"
        if entry.note and not rest and len(together) <= room:
            lines.append(Content.assemble(name, first, " " * GAP, (entry.note, NOTE_STYLE)))
            continue
        lines.append(Content.assemble(name, first))
        lines += [Content(margin + line) for line in rest]
        if entry.note:
            lines += [Content.styled(margin + line, NOTE_STYLE) for line in _wrap(entry.note, room)]
    return lines


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def help_content(
    keymap: Mapping[str, str], *, read_only: bool, keymap_path: Path | None
) -> HelpText:
    """The help: key sections, views, the shell's commands (names made visible: a key
    and a path are the user's)."""
    sections = [
        HelpSection(
            group,
            tuple(HelpEntry(visible(row.key), row.description, row.id, True) for row in rows),
        )
        for group, rows in help_sections(keymap, read_only=read_only)
    ]
    views = tuple(
        HelpEntry(f":{view.name}", view.summary, f"({', '.join(view.aliases)})")
        for view in VIEWS.values()
    )
    sections.append(HelpSection(msg.HELP_VIEWS, views))
    commands = load_commands()
    sections.append(
        HelpSection(
            msg.HELP_COMMANDS,
            tuple(
                HelpEntry(name, command.summary, command.usage)
                for name, command in sorted(commands.items())
            ),
            max(len(name) for name in commands),
        )
    )
    return HelpText(
        tuple(sections),
        first=msg.HELP_READ_ONLY if read_only else "",
        last=visible(msg.HELP_KEYMAP.format(path=keymap_path)) if keymap_path else "",
    )


class HelpBody(Static):
    """The help laid out at the width it has, again when that changes."""

    def __init__(self, help_text: HelpText) -> None:
        super().__init__(id="help-text")
        self.help_text = help_text
        self.width = 0  # the width laid out for

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width and event.size.width != self.width:
            self.width = event.size.width
            self.update(self.help_text.content(self.width))


class HelpScreen(Screen[None]):
    """The help, generated; esc, q or ? close it."""

    BINDINGS = bindings("help")
    AUTO_FOCUS = "#help-body"

    DEFAULT_CSS = """
    HelpScreen #help-body {
        border: round $primary;
        border-title-color: $text;
        padding: 0 1;
        background: $surface;
        scrollbar-gutter: stable;  /* the width the help is laid out in stays */
    }
    """

    def __init__(self, help_text: HelpText) -> None:
        super().__init__()
        self.help_text = help_text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = msg.HELP_TITLE
            yield HelpBody(self.help_text)
        yield Footer()

    @property
    def text(self) -> str:
        """The help as shown (at the width it has)."""
        return self.help_text.content(self.query_one(HelpBody).width or WIDE).plain

    def action_close(self) -> None:
        self.dismiss(None)
