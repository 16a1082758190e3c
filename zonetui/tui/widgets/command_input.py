"""The line the user types commands on: history recall, ghost-text suggestions from
history, ctrl+r reverse search and tab completion."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.suggester import Suggester

from zonetui.tui import messages as msg
from zonetui.tui.history import History
from zonetui.tui.visible import one_cell
from zonetui.tui.widgets.keys import bindings
from zonetui.tui.widgets.line_input import LineInput


class HistorySuggester(Suggester):
    """Suggests the newest earlier line that starts with what is typed (→ accepts)."""

    def __init__(self, history: History) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.history = history
        self.quiet = False  # while a secret is typed: no earlier line beside it

    async def get_suggestion(self, value: str) -> str | None:
        if self.quiet:
            return None
        line = self.history.suggest(value)
        # ghost text is drawn as it is: a line with a control character is not offered
        return line if line is not None and one_cell(line) == line else None


class CommandInput(LineInput):
    """An Input for command lines: ↑/↓ recall earlier lines, → takes the suggestion,
    tab asks for completions, ctrl+r searches the history backwards as a shell does
    (type to narrow, ctrl+r for older, enter runs, esc keeps the line, ctrl+g gives up).
    While a secret (a password) is asked, `password` is set: the line is masked, and
    neither suggestions nor the search show anything beside it."""

    BINDINGS = bindings("input")

    DEFAULT_CSS = """
    CommandInput {
        width: 1fr;
        background: $surface;
    }
    CommandInput:focus {
        background: $surface;
    }
    """

    class CompletionRequested(Message):
        """Tab was pressed: complete the word that ends at the cursor of `text`."""

        def __init__(self, command_input: CommandInput, text: str) -> None:
            super().__init__()
            self.command_input = command_input
            self.text = text

        @property
        def control(self) -> CommandInput:
            return self.command_input

    class SearchChanged(Message):
        """The reverse search started, narrowed, moved on or ended (`query` None)."""

        def __init__(self, command_input: CommandInput, query: str | None, found: bool) -> None:
            super().__init__()
            self.command_input = command_input
            self.query = query
            self.found = found

        @property
        def control(self) -> CommandInput:
            return self.command_input

    def __init__(self, history: History, *, id: str | None = None) -> None:
        super().__init__(
            placeholder=msg.INPUT_PLACEHOLDER,
            compact=True,
            select_on_focus=False,
            suggester=HistorySuggester(history),
            id=id,
        )
        self.history = history
        self.query: str | None = None  # the reverse search, while one runs
        self._match: int | None = None  # index of the line found
        self._draft = ""

    def watch_password(self, password: bool) -> None:
        suggester = getattr(self, "suggester", None)  # (Input sets password before it)
        if isinstance(suggester, HistorySuggester):
            suggester.quiet = password
        if password:
            self._suggestion = ""

    # -- recall --------------------------------------------------------------------------
    def action_history_previous(self) -> None:
        line = self.history.previous(self.value)
        if line is not None:
            self._show(line)

    def action_history_next(self) -> None:
        line = self.history.next()
        if line is not None:
            self._show(line)

    def action_complete(self) -> None:
        if self.query is not None:
            self._end_search(keep=True)
        self.post_message(self.CompletionRequested(self, self.value[: self.cursor_position]))

    def replace_word(self, text: str, start: int, replacement: str) -> None:
        """Put `replacement` for the word at `start` of `text` (the text before the
        cursor when completion was asked), unless the user typed on meanwhile."""
        if self.value[: self.cursor_position] != text:
            return
        self.value = text[:start] + replacement + self.value[self.cursor_position :]
        self.cursor_position = start + len(replacement)

    def _show(self, line: str) -> None:
        self.value = line
        self.cursor_position = len(line)

    # -- reverse search ---------------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return self.query is not None

    def action_search_history(self) -> None:
        """ctrl+r: start a reverse search, or look further back for the same text (not
        while a secret is typed: the search shows what it is given)."""
        if self.password:
            return
        if self.query is None:
            self._draft = self.value
            self.query = ""
            self._match = None
            self._announce(found=True)
            return
        before = self._match
        found = self.history.search(self.query, before)
        if found is not None:
            self._match, line = found
            self._show(line)
        self._announce(found=found is not None)

    def _narrow(self, query: str) -> None:
        self.query = query
        found = self.history.search(query) if query else None
        if found is not None:
            self._match, line = found
            self._show(line)
        elif not query:
            self._match = None
            self._show(self._draft)
        self._announce(found=found is not None or not query)

    def _end_search(self, keep: bool) -> None:
        if not keep:
            self._show(self._draft)
        self.query = None
        self._match = None
        self.post_message(self.SearchChanged(self, None, True))

    def _announce(self, found: bool) -> None:
        self.post_message(self.SearchChanged(self, self.query, found))

    async def _on_key(self, event: events.Key) -> None:
        if self.query is None:
            await super()._on_key(event)
            return
        key = event.key
        if event.is_printable and event.character is not None:
            self._narrow(self.query + event.character)
        elif key == "backspace":
            self._narrow(self.query[:-1])
        elif key == "enter":
            self._end_search(keep=True)
            self.history.reset_recall()
            await self.action_submit()
        elif key in ("escape", "left", "right", "home", "end"):
            self._end_search(keep=True)
        elif key == "ctrl+g":
            self._end_search(keep=False)
        else:
            return  # ctrl+r and the rest: the bindings
        event.stop()
        event.prevent_default()
