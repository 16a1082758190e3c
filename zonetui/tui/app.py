"""The zonetui application: the main screen, the help, the quiz, the palette, the
user's keymap and theme, and the live world (its clock, other processes' changes)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.css.query import NoMatches
from textual.notifications import Notification, Notify, SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from zonetui.sim.context import Context
from zonetui.sim.registry import load_commands
from zonetui.store.state import StateError
from zonetui.store.workspace import Workspace
from zonetui.tui import actions
from zonetui.tui import messages as msg
from zonetui.tui.history import History
from zonetui.tui.key_order import InOrderKeys
from zonetui.tui.keymap import effective_keymap, load_keymap
from zonetui.tui.progress import DEFAULT_SPEED
from zonetui.tui.screens.main import ActingMainScreen, MainScreen
from zonetui.tui.settings import UserFiles, load_settings, save_setting
from zonetui.tui.terminal import Terminal
from zonetui.tui.views import VIEWS
from zonetui.tui.visible import as_markup, visible
from zonetui.tui.widgets.keys import bindings

if TYPE_CHECKING:
    from zonetui.labs.quiz import Score

POLL_SECONDS = 1.0  # how often to look for another process's changes to the state
CLOCK_SECONDS = 60.0  # the world clock follows real time in steps of this many seconds
QUIZ_QUESTIONS = 10


class ZonetuiApp(InOrderKeys, App[int]):
    """A cluster manager on the simulated world. Whatever changes the world is a command
    line fed to the console; the views show the world after each one.

    `read_only`: no action key is bound and commands change nothing. `files`: where the
    history, the theme and the keymap are kept (default: nowhere). `speed`: simulated
    seconds per real second for long operations. `poll` and `clock`: seconds between
    looks at the state file and between steps of the world clock (None: never).
    """

    TITLE = msg.TITLE
    BINDINGS = bindings("app")

    def __init__(
        self,
        workspace: Workspace,
        context: Context,
        *,
        read_only: bool = False,
        files: UserFiles | None = None,
        speed: float = DEFAULT_SPEED,
        poll: float | None = POLL_SECONDS,
        clock: float | None = CLOCK_SECONDS,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.read_only = read_only
        self.files = files or UserFiles.none()
        self.speed = speed
        self.poll = poll
        self.clock = clock
        self.terminal = Terminal(workspace, context, read_only=read_only)
        self.history = (
            History.load(self.files.history) if self.files.history is not None else History()
        )
        self.keymap: dict[str, str] = {}  # binding id -> key(s), from the user's keymap
        self.keymap_problems: tuple[str, ...] = ()
        template = msg.SUB_TITLE_READ_ONLY if read_only else msg.SUB_TITLE
        self.sub_title = visible(template.format(name=workspace.world.name))

    def get_default_screen(self) -> Screen:
        screen_class = MainScreen if self.read_only else ActingMainScreen
        return screen_class(self.workspace, self.terminal, self.history, speed=self.speed)

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def watch_app_focus(self, focus: bool) -> None:
        """In a browser the app starts without the page's focus (the web driver says so
        before the first screen has its focus), so a screen's AUTO_FOCUS gives no widget
        the keys: when the app gets the focus back (the page's, or the first key) and
        nothing has it, the keys go where a fresh app has them (the console)."""
        if focus and self.screen_stack and self.screen.focused is None:
            self.screen._update_auto_focus()

    def on_mount(self) -> None:
        saved = load_settings(self.files.settings).get("theme")
        if saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        user = load_keymap(self.files.keymap)
        self.keymap = dict(user.keys)
        self.keymap_problems = user.problems
        if user.keys:
            self.set_keymap(effective_keymap(user.keys))
        for problem in user.problems:
            self.notify(problem, severity="warning", timeout=10)
        if self.poll and self.workspace.state is not None:
            self.set_interval(self.poll, self.check_state)
        if self.clock:
            self.set_interval(self.clock, self._tick)

    # -- notifications -----------------------------------------------------------------------
    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A toast with `message` shown as text: never markup (its words may be the
        world's: a zone name holding brackets; `markup` is accepted for Textual's own
        callers and ignored), control characters made visible."""
        super().notify(
            visible(message),
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def _on_notify(self, event: Notify) -> None:
        # a toast the same as one still on screen is not shown again (an error met at
        # every look at the state would stack a toast a second); Textual's own handler,
        # which shows it, runs after this one unless prevented
        if any(_same(event.notification, shown) for shown in self._notifications):
            event.prevent_default()

    # -- the theme ---------------------------------------------------------------------------
    def _theme_changed(self, theme: Theme) -> None:
        save_setting(self.files.settings, "theme", theme.name)

    # -- live --------------------------------------------------------------------------------
    def check_state(self) -> bool:
        """Reload the world if another process saved it; True if it did."""
        state = self.workspace.state
        if state is None or self._console_busy() or not state.changed():
            return False
        try:
            reloaded = state.refresh(self.workspace.world)
        except StateError as error:
            self.notify(str(error), severity="error")
            return False
        if reloaded:
            # the world read lives as long as the app: out of the collector's later passes,
            # as the one loaded at start (cli._starting), or each walks it all again
            gc.freeze()
            self._show_world()
            self.notify(msg.STATE_RELOADED, timeout=3)
        return reloaded

    def _console_busy(self) -> bool:
        """An operation is being shown (or there is no console yet, or any more)."""
        try:
            return self.main.console.busy
        except NoMatches:
            return True

    def _show_world(self) -> None:
        """Show the world in the main screen; timers may fire while it is still being
        put together or already taken apart, when there is nothing to show it in."""
        with contextlib.suppress(NoMatches):
            self.main.refresh_world()

    def _tick(self) -> None:
        if self.clock:
            self.advance_clock(self.clock)

    def advance_clock(self, seconds: float) -> None:
        """Move the world clock on (UPTIME and UTIL follow) and show the world."""
        if self.read_only or self._console_busy():
            return
        try:
            with self.workspace.transaction() as world:
                world.advance(seconds)
        except (StateError, OSError) as error:
            self.notify(str(error), severity="error")
            return
        self._show_world()

    # -- help and quiz -----------------------------------------------------------------------
    # their screens are imported when first opened: the start needs neither
    def action_help(self) -> None:
        from zonetui.tui.screens.help import HelpScreen, help_content

        content = help_content(self.keymap, read_only=self.read_only, keymap_path=self.files.keymap)
        self.push_screen(HelpScreen(content))

    def action_quiz(self) -> None:
        from zonetui.tui.quiz_screen import QuizScreen

        def done(score: Score | None) -> None:
            if score is None or not score.answered:
                self.notify(msg.QUIZ_NONE)
            else:
                self.notify(msg.QUIZ_SCORE.format(right=score.right, answered=score.answered))

        self.push_screen(QuizScreen(count=QUIZ_QUESTIONS), done)

    # -- the command palette -------------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not isinstance(screen, MainScreen):
            return
        ref = screen.selection
        if ref is not None and not self.read_only:
            busy = screen.console_obstacle()
            for action in actions.available_actions(self.workspace.world, ref):
                # the palette reads titles and help as markup: names in them are escaped
                title = actions.title(action, ref)
                why = busy or actions.obstacle(self.workspace.world, action, ref)
                if why is not None:  # it would fail: say why instead of offering it
                    yield SystemCommand(
                        as_markup(msg.PALETTE_UNAVAILABLE.format(title=title)),
                        as_markup(why),
                        lambda why=why: self.notify(why, severity="warning"),
                    )
                    continue
                line = actions.command_line(self.workspace.world, action, ref)
                yield SystemCommand(
                    as_markup(title), as_markup(line), lambda a=action: screen.action_act(a.id)
                )
        if ref is not None:
            what = " › ".join(screen.crumbs_path(ref)[1:])
            yield SystemCommand(
                as_markup(msg.PALETTE_DESCRIBE.format(what=what)),
                msg.KEY_DESCRIBE,
                screen.action_describe,
            )
            yield SystemCommand(
                as_markup(msg.PALETTE_RAW.format(what=what)), msg.KEY_RAW, screen.action_raw
            )
            yield SystemCommand(
                as_markup(msg.PALETTE_MAP.format(host=ref.host)),
                msg.VIEW_COREMAP,
                screen.action_core_map,
            )
        yield SystemCommand(msg.PALETTE_TREE, ":tree", screen.open_tree)
        for view in VIEWS.values():
            yield SystemCommand(
                msg.PALETTE_VIEW.format(name=view.name),
                view.summary,
                lambda v=view: screen.open_view(v),
            )
        yield SystemCommand(msg.PALETTE_QUIZ, msg.PALETTE_QUIZ_HELP, self.action_quiz)
        yield SystemCommand(msg.PALETTE_HELP, msg.PALETTE_HELP_HELP, self.action_help)
        yield SystemCommand(msg.PALETTE_CLEAR, msg.PALETTE_CLEAR_HELP, screen.console.action_clear)
        for name, command in sorted(load_commands().items()):
            yield SystemCommand(
                msg.PALETTE_COMMAND.format(name=name),
                as_markup(f"{command.summary} — {command.usage}"),  # [options] as typed
                lambda n=name: screen.console.focus_input(n + " "),
            )


def _same(one: Notification, other: Notification) -> bool:
    """Toasts that say the same thing the same way."""
    return (one.message, one.title, one.severity) == (other.message, other.title, other.severity)


def run_app(workspace: Workspace, context: Context, *, read_only: bool = False) -> int:
    """Run the TUI on `workspace`, the console starting in `context`; the exit status."""
    app = ZonetuiApp(workspace, context, read_only=read_only, files=UserFiles.default())
    app.run()
    return app.return_code or 0
