"""`?`: every key (from the key table, as the user's keymap has remapped it), every
view, and every command the shell knows (from the command registry)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

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

KEY_WIDTH = 14
TEXT_WIDTH = 44


def help_content(
    keymap: Mapping[str, str], *, read_only: bool, keymap_path: Path | None
) -> Content:
    """The help text: key sections, views, the shell's commands."""
    lines: list[Content] = []

    def heading(text: str) -> None:
        if lines:
            lines.append(Content(""))
        lines.append(Content.styled(text, "bold $text-accent"))

    if read_only:
        lines.append(Content.styled(msg.HELP_READ_ONLY, "bold $text-warning"))
    for group, rows in help_sections(keymap, read_only=read_only):
        heading(group)
        for row in rows:
            lines.append(
                Content.assemble(
                    (f"  {visible(row.key):<{KEY_WIDTH}}", "bold $text-primary"),  # the user's
                    f"{row.description:<{TEXT_WIDTH}}",
                    (row.id, "$text-muted"),
                )
            )
    heading(msg.HELP_VIEWS)
    for view in VIEWS.values():
        names = ", ".join(view.aliases)
        lines.append(
            Content.assemble(
                (f"  :{view.name:<{KEY_WIDTH - 1}}", "bold $text-primary"),
                view.summary,
                (f"  ({names})", "$text-muted"),
            )
        )
    heading(msg.HELP_COMMANDS)
    commands = load_commands()
    width = max(len(name) for name in commands) + 2
    for name, command in sorted(commands.items()):
        lines.append(
            Content.assemble(
                (f"  {name:<{width}}", "bold $text-primary"),
                command.summary,
                (f"  {command.usage}", "$text-muted"),
            )
        )
    if keymap_path is not None:
        lines.append(Content(""))
        keymap_line = visible(msg.HELP_KEYMAP.format(path=keymap_path))
        lines.append(Content.styled(keymap_line, "italic $text-muted"))
    return Content("\n").join(lines)


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
    }
    """

    def __init__(self, content: Content) -> None:
        super().__init__()
        self.content = content

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = msg.HELP_TITLE
            yield Static(self.content, id="help-text")
        yield Footer()

    @property
    def text(self) -> str:
        return self.content.plain

    def action_close(self) -> None:
        self.dismiss(None)
