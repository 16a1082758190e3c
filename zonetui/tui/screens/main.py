"""The main screen: breadcrumbs, the views (the cluster tree with its details, a
resource table, a core map) and the console; the action keys on the selection.

Views stack as in k9s: `:` opens one by name, `esc` clears a filter and then goes back.
Every action types its real command line into the console; the destructive ones ask
first. `ReadOnlyMainScreen` is the same screen without a single action binding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher

from zonetui.model import Host, World
from zonetui.sim.context import Context
from zonetui.store.workspace import Workspace
from zonetui.tui import actions
from zonetui.tui import messages as msg
from zonetui.tui.describe import MOST_DETAIL_LINES, describe
from zonetui.tui.filtering import RowFilter
from zonetui.tui.history import History
from zonetui.tui.outline import GLOBAL_ZONE, NodeRef, cluster_outline
from zonetui.tui.progress import DEFAULT_SPEED
from zonetui.tui.terminal import Terminal
from zonetui.tui.views import VIEWS, Sort, View, find_view
from zonetui.tui.widgets.cluster_tree import ClusterTree
from zonetui.tui.widgets.console_pane import ConsolePane
from zonetui.tui.widgets.crumbs import Crumbs
from zonetui.tui.widgets.detail_pane import DetailPane
from zonetui.tui.widgets.keys import bindings, give_keys
from zonetui.tui.widgets.keys_footer import KeysFooter
from zonetui.tui.widgets.prompt_bar import PromptBar

if TYPE_CHECKING:
    from zonetui.tui.screens.listing import Kind
    from zonetui.tui.widgets.core_map import CoreMap
    from zonetui.tui.widgets.resource_table import ResourceTable

Pane = Literal["tree", "table", "map"]
PANE_IDS: dict[Pane, str] = {"tree": "tree-view", "table": "table", "map": "coremap"}
# The console's rows at least: six of scrollback, where, the prompt and its border; beside
# the core map two fewer, so that a T5440's four sockets fit at 80×24.
CONSOLE_ROWS: dict[Pane, int] = {"tree": 10, "table": 10, "map": 8}
TREE_WORDS = ("tree", "cluster", "home")
MAP_WORDS = ("map", "coremap", "cores", "cpu")
QUIT_WORDS = ("q", "quit", "q!")


@dataclass(frozen=True)
class ViewState:
    """One entry of the view stack."""

    pane: Pane
    view: str = ""  # a table's view name
    filter: str = ""
    sort: Sort = Sort()
    host: str = ""  # the core map's host


class MainScreen(Screen[None]):
    """Views, details and console; no action keys (see `ActingMainScreen`)."""

    BINDINGS = bindings("main")
    AUTO_FOCUS = "CommandInput"  # a command typed at once runs (DESIGN.md §4)

    # the footer stays when a pane is maximized: it says how to get back
    ALLOW_IN_MAXIMIZED_VIEW = "KeysFooter"

    # The views take two thirds of the height, but no more than their content and what
    # leaves the console six lines of scrollback (_fit_views); the console the rest. The
    # tree takes three fifths of the width up to what a tree line needs; the details
    # pane gets the rest, and gives its room to the tree on a narrow screen.
    DEFAULT_CSS = """
    MainScreen #top {
        height: 2fr;
        min-height: 8;
    }
    MainScreen #views {
        height: 1fr;
    }
    MainScreen #tree-view {
        height: 1fr;
    }
    MainScreen #cluster {
        width: 3fr;
        max-width: 72;
    }
    MainScreen #details {
        width: 2fr;
        min-width: 36;
        max-height: 100%;
        height: 1fr;
    }
    MainScreen.-narrow #cluster {
        max-width: 100%;
    }
    MainScreen.-narrow #details {
        display: none;
    }
    MainScreen #table, MainScreen #coremap {
        border: round $primary 50%;
        border-title-color: $text-muted;
        border-subtitle-color: $text;
        padding: 0 1;
    }
    MainScreen #table:focus, MainScreen #coremap:focus {
        border: heavy $accent;
        border-title-color: $accent;
        border-title-style: bold;
    }
    MainScreen #console {
        height: 1fr;
    }
    """

    NARROW = 90  # below this width the details pane gives its room to the tree
    FRAME = 2  # the rows a view's border takes
    MIN_VIEWS = 8  # the views' min-height (#top)
    CHROME = 2  # the rows of the crumbs and the footer

    def __init__(
        self,
        workspace: Workspace,
        terminal: Terminal,
        history: History,
        *,
        speed: float = DEFAULT_SPEED,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.terminal = terminal
        self.history = history
        self.speed = speed
        self.stack: list[ViewState] = [ViewState("tree")]
        self.selection: NodeRef | None = None
        self.busy: dict[NodeRef, str] = {}
        self._keys: tuple[object, ...] = ()  # what the footer's keys were made for
        self._views_height: int | None = None  # the most the views may take (_fit_views)

    @property
    def world(self) -> World:
        return self.workspace.world

    def compose(self) -> ComposeResult:
        # the width class before the parts are styled: set at the first resize, it would
        # style the whole screen a second time
        self.set_class(self.app.size.width < self.NARROW, "-narrow", update=False)
        yield Crumbs(id="crumbs")
        yield PromptBar(sorted(self._prompt_words()), id="prompt")
        # the table and the core map join the switcher when first shown (_pane)
        views = ContentSwitcher(initial="tree-view", id="views")
        with Vertical(id="top"), views, Horizontal(id="tree-view"):
            yield ClusterTree(id="cluster")
            yield DetailPane(id="details")
        yield ConsolePane(self.terminal, self.history, speed=self.speed, id="console")
        yield KeysFooter()

    @staticmethod
    def _prompt_words() -> set[str]:
        return {*VIEWS, *TREE_WORDS[:1], *MAP_WORDS[:1], "quiz", "help", "quit"}

    def on_mount(self) -> None:
        if not self.is_attached:  # the app closed before its screen was up
            return
        tree = self.query_one(ClusterTree)
        tree.show(cluster_outline(self.world))
        context = self.terminal.console.context
        tree.move_to(NodeRef(context.host, context.domain, context.zone))
        self.selection = tree.chosen
        self._show_selection()
        self._fit_views()

    def on_resize(self) -> None:
        self.set_class(self.size.width < self.NARROW, "-narrow")
        self._fit_views()

    def _fit_views(self) -> None:
        """Give the views no more height than their lines (the tree's, or the details'
        when longer; a table's rows), and no more than leaves the console its
        CONSOLE_ROWS: the console gets the rest. A max-height on the views rather than
        a min-height on the console: with both, Textual 8.2.8 gives the console the
        whole height."""
        try:
            lines = self._views_lines()
        except NoMatches:  # resized before its parts are up
            return
        if not self.size.height:
            return
        room = self.size.height - self.CHROME - CONSOLE_ROWS[self.state.pane]
        wanted = room if lines is None else min(lines + self.FRAME, room)
        height = max(wanted, self.MIN_VIEWS)
        if height != self._views_height:
            self._views_height = height
            self.query_one("#top").styles.max_height = height

    def _views_lines(self) -> int | None:
        pane = self.state.pane
        if pane == "table":
            return self.table.total + 2  # the heading, and a scrollbar when it is wide
        if pane == "map":
            return None
        lines = self.query_one(ClusterTree).last_line + 1
        if not self.has_class("-narrow"):
            # room for the longest details, so that the height stays as the cursor moves;
            # more for a running zone's run-time facts
            lines = max(lines, MOST_DETAIL_LINES, self.query_one(DetailPane).lines)
        return lines

    # -- parts -------------------------------------------------------------------------------
    @property
    def console(self) -> ConsolePane:
        return self.query_one(ConsolePane)

    @property
    def table(self) -> ResourceTable:
        return self._pane("table")  # type: ignore[return-value]

    @property
    def core_map(self) -> CoreMap:
        return self._pane("map")  # type: ignore[return-value]

    def _pane(self, pane: Pane) -> Widget:
        """The widget of a view pane. The table and the core map (and their modules) are
        made when first asked for: the first frame shows the tree, and they would only
        add to its styling and to the start's imports."""
        switcher = self.query_one(ContentSwitcher)
        try:
            return switcher.get_child_by_id(PANE_IDS[pane])
        except NoMatches:
            pass
        widget: Widget
        if pane == "table":
            from zonetui.tui.widgets.resource_table import ResourceTable

            widget = ResourceTable(id="table")
        else:
            from zonetui.tui.widgets.core_map import CoreMap

            widget = CoreMap(id="coremap")
        widget.display = switcher.current == widget.id  # as the switcher has its others
        switcher.mount(widget)
        return widget

    @property
    def state(self) -> ViewState:
        return self.stack[-1]

    @property
    def current_view(self) -> View | None:
        return VIEWS.get(self.state.view) if self.state.pane == "table" else None

    def navigator(self) -> Widget:
        """The widget of the view on show."""
        pane = self.state.pane
        if pane == "table":
            return self.table
        if pane == "map":
            return self.core_map
        return self.query_one(ClusterTree)

    # -- the world changed ---------------------------------------------------------------------
    @on(ConsolePane.CommandRun)
    def _command_run(self) -> None:
        self.refresh_world()

    @on(ConsolePane.OperationFinished)
    def _operation_finished(self) -> None:
        self.busy.clear()
        self.refresh_world()

    def refresh_world(self) -> None:
        """Show the world as it is now in every view, the details and the crumbs."""
        tree = self.query_one(ClusterTree)
        tree.show(cluster_outline(self.world, self.busy))
        view = self.current_view
        if view is not None:
            self.table.update_rows(view.rows(self.world))
        if self.state.pane == "map":
            host = self.world.host(self.state.host)
            if host is None:
                self._pop()
            else:
                self._show_map(host)
        self._show_selection()
        self._fit_views()

    @on(DetailPane.Refolded)
    def _details_refolded(self) -> None:
        self._fit_views()

    # -- selection -----------------------------------------------------------------------------
    @on(ClusterTree.NodeChosen)
    def _node_chosen(self, event: ClusterTree.NodeChosen) -> None:
        if self.state.pane == "tree":
            self._select(event.ref)

    # (the table's and the map's messages by their handlers' names: those widgets'
    # modules are imported when first shown)
    def on_resource_table_row_chosen(self, event: ResourceTable.RowChosen) -> None:
        if self.state.pane == "table":
            self._select(event.ref)

    def on_resource_table_changed(self) -> None:
        if self.state.pane == "table":
            self.stack[-1] = replace(self.state, sort=self.table.sort)
            self._show_crumbs()

    def on_core_map_strand_chosen(self, event: CoreMap.StrandChosen) -> None:
        if self.state.pane != "map":
            return
        strand = event.strand
        if strand.domain is None:
            ref = NodeRef(event.host)
        else:
            ref = NodeRef(event.host, strand.domain, strand.zone)
        self._select(ref)

    def _select(self, ref: NodeRef | None) -> None:
        if ref != self.selection:
            self.selection = ref
            self._show_selection()

    def _show_selection(self) -> None:
        if self.state.pane == "tree":  # the details show beside the tree only
            ref = self.selection
            description = describe(self.world, ref) if ref is not None else None
            self.query_one(DetailPane).show(description)
            self._fit_views()  # a running zone's facts may want more lines
        self._show_crumbs()
        self._refresh_keys()

    def _refresh_keys(self) -> None:
        """Refresh the footer's keys when the ones that apply have changed (a footer
        rebuilt on every cursor move would cost a layout each time)."""
        keys = (
            self.state.pane,
            len(self.stack),
            self.selection is not None,
            tuple(a.id for a in actions.available_actions(self.world, self.selection)),
        )
        if keys != self._keys:
            self._keys = keys
            self.refresh_bindings()

    def crumbs_path(self, ref: NodeRef | None = None) -> list[str]:
        ref = ref or self.selection
        path = [self.world.name]
        if ref is not None:
            path += [part for part in (ref.host, ref.domain, ref.zone) if part]
        return path

    def _show_crumbs(self) -> None:
        self.query_one(Crumbs).show(self.crumbs_path(), self._view_label())

    def _view_label(self) -> str:
        state = self.state
        if state.pane == "tree":
            return msg.VIEW_TREE
        if state.pane == "map":
            return f"{msg.VIEW_COREMAP} {state.host}"
        table = self.table
        label = msg.VIEW_TITLE.format(view=state.view, count=table.count)
        if table.filter.active:
            label += "  " + msg.FILTER_SHOWN.format(filter=table.filter.source)
        sort_title = table.sort_title
        if sort_title is not None:
            label += "  " + msg.VIEW_SORTED.format(column=sort_title, arrow="")
        return label

    # -- the view stack ------------------------------------------------------------------------
    def open_view(self, view: View) -> None:
        """Show a resource table (replacing a table on top, as k9s does)."""
        state = ViewState("table", view.name, "", Sort(view.default_sort))
        if self.state.pane == "table":
            self.stack[-1] = state
        else:
            self.stack.append(state)
        self._enter()

    def open_map(self, host: str) -> None:
        state = ViewState("map", host=host)
        if self.state.pane == "map":
            self.stack[-1] = state
        else:
            self.stack.append(state)
        self._enter()

    def open_tree(self) -> None:
        del self.stack[1:]
        self._enter()

    def _pop(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()
            self._enter()

    def _enter(self) -> None:
        """Show the view on top of the stack and give it the keys."""
        state = self.state
        self._pane(state.pane)  # mounted before it is switched to
        self.query_one(ContentSwitcher).current = PANE_IDS[state.pane]
        if state.pane == "table":
            view = VIEWS[state.view]
            self.table.border_title = view.title
            self.table.show_view(
                view, view.rows(self.world), state.sort, RowFilter.parse(state.filter)
            )
            if self.selection is not None:
                self.table.select(self.selection)
            self._select(self.table.chosen)
        elif state.pane == "map":
            host = self.world.host(state.host)
            if host is not None:
                self._show_map(host)
        else:
            tree = self.query_one(ClusterTree)
            if self.selection is not None:
                tree.move_to(self.selection)
            self._select(tree.chosen)
            self._show_selection()  # the details, not kept up to date while hidden
        give_keys(self.navigator())
        self._show_crumbs()
        self._refresh_keys()
        self._fit_views()

    def _show_map(self, host: Host) -> None:
        from zonetui.tui.coremap import host_map  # with the map: not at start

        self.core_map.show(host_map(self.world, host))

    # -- the prompt ----------------------------------------------------------------------------
    def action_prompt_view(self) -> None:
        self.query_one(PromptBar).open("view")

    def action_prompt_filter(self) -> None:
        if self.state.pane == "table":
            self.query_one(PromptBar).open("filter", self.state.filter)

    @on(PromptBar.Changed)
    def _prompt_changed(self, event: PromptBar.Changed) -> None:
        if event.mode == "filter" and self.state.pane == "table":
            self._set_filter(event.value)

    @on(PromptBar.Submitted)
    def _prompt_submitted(self, event: PromptBar.Submitted) -> None:
        if event.mode == "filter":
            give_keys(self.navigator())
            return
        give_keys(self.navigator())
        self.go(event.value)

    @on(PromptBar.Cancelled)
    def _prompt_cancelled(self, event: PromptBar.Cancelled) -> None:
        if event.mode == "filter":
            self._set_filter("")
        give_keys(self.navigator())

    def _set_filter(self, text: str) -> None:
        self.stack[-1] = replace(self.state, filter=text)
        self.table.set_filter(RowFilter.parse(text))
        self._show_crumbs()
        self._refresh_keys()

    def go(self, word: str) -> None:
        """Do what `:word` asks: a view, the tree, the map, the quiz, the help, quit."""
        word = word.strip().casefold()
        if not word:
            return
        if word in TREE_WORDS:
            self.open_tree()
        elif word in MAP_WORDS:
            self.action_core_map()
        elif word in QUIT_WORDS:
            self.action_quit()
        elif word == "quiz":
            self.action_quiz()
        elif word == "help":
            self.action_help()
        elif (view := find_view(word)) is not None:
            self.open_view(view)
        else:
            views = ", ".join([*VIEWS, MAP_WORDS[0], TREE_WORDS[0]])
            self.notify(msg.VIEW_UNKNOWN.format(name=word, views=views), severity="warning")

    # -- keys ----------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "act":
            action_id = str(parameters[0]) if parameters else ""
            found = actions.BY_ID.get(action_id)
            return found is not None and actions.applicable(self.world, found, self.selection)
        if action == "prompt_filter":
            return self.state.pane == "table"
        if action == "back":
            return len(self.stack) > 1 or bool(self.state.filter)
        if action in ("describe", "raw", "core_map", "console_here"):
            return self.selection is not None
        return True

    def action_back(self) -> None:
        if self.state.filter:
            self._set_filter("")
        else:
            self._pop()

    def action_describe(self) -> None:
        self._listing("describe")

    def action_raw(self) -> None:
        self._listing("raw")

    def _listing(self, kind: Kind) -> None:
        if self.selection is None:
            self.notify(msg.NOTHING_TO_DESCRIBE, severity="warning")
            return
        from zonetui.tui.screens.listing import ListingScreen  # when first opened

        self.app.push_screen(ListingScreen(self.world, self.selection, self.crumbs_path(), kind))

    def action_core_map(self) -> None:
        if self.selection is None:
            self.notify(msg.NO_MAP, severity="warning")
            return
        self.open_map(self.selection.host)

    def action_focus_console(self) -> None:
        self.console.focus_input()

    def action_leave_console(self) -> None:
        """esc in the console: the keys go to the view on show (at once: see key_order)."""
        give_keys(self.navigator())

    def action_console_here(self) -> None:
        """Open the console where the selection is: the global zone of its domain (a
        host's control domain), or inside the zone with zlogin when it runs."""
        ref = self.selection
        if ref is None:
            return
        host = self.world.host(ref.host)
        if host is None or not host.powered:
            self.notify(msg.NOT_HERE_HOST_OFF.format(host=ref.host), severity="warning")
            return
        where = Context(host.name, ref.domain or host.primary.name, GLOBAL_ZONE)
        login = actions.BY_ID["zone.login"]
        if actions.applicable(self.world, login, ref):
            if self._console_free():
                self.run_action(login, ref, actions.command_line(self.world, login, ref))
            return
        if not self._console_free():
            return
        problem = self.console.open_at(where)
        if problem is not None:
            self.notify(problem, severity="warning")

    def action_quit(self) -> None:
        """q or :q quits; while an operation is being shown, after asking."""
        running = self.console.running
        if running is None:
            self.app.exit(0)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.app.exit(0)

        from zonetui.tui.screens.confirm import ConfirmScreen  # when first asked

        title = msg.QUIT_TITLE.format(line=running)
        body = msg.QUIT_BODY.format(where=self.terminal.breadcrumb)
        self.app.push_screen(ConfirmScreen(title, running, body=body), answered)

    def action_help(self) -> None:
        self.app.action_help()  # type: ignore[attr-defined]

    def action_quiz(self) -> None:
        self.app.action_quiz()  # type: ignore[attr-defined]

    # -- actions -------------------------------------------------------------------------------
    def action_act(self, action_id: str) -> None:
        """Run the action `action_id` on the selection: ask first if it destroys."""
        action = actions.BY_ID.get(action_id)
        ref = self.selection
        if action is None or ref is None or not actions.applicable(self.world, action, ref):
            return
        where = actions.where(self.world, action, ref)
        if where is None:
            return
        line = actions.command_line(self.world, action, ref)
        if not self._console_free():
            return
        obstacle = actions.obstacle(self.world, action, ref)
        if obstacle is not None:
            self.notify(obstacle, severity="warning")
            return
        if action.destructive:
            title = actions.title(action, ref)

            def answered(yes: bool | None) -> None:
                if yes:
                    self.run_action(action, ref, line)

            from zonetui.tui.screens.confirm import ConfirmScreen  # when first asked

            self.app.push_screen(ConfirmScreen(title, line, where.breadcrumb), answered)
            return
        self.run_action(action, ref, line)

    def console_obstacle(self) -> str | None:
        """Why no action can be typed into the console now, or None."""
        console = self.console
        if console.running is not None:
            return msg.CONSOLE_RUNNING.format(line=console.running)
        if not self.terminal.idle:
            prompt = self.terminal.prompt.strip() or self.terminal.breadcrumb
            return msg.CONSOLE_BUSY.format(prompt=prompt)
        return None

    def _console_free(self) -> bool:
        obstacle = self.console_obstacle()
        if obstacle is not None:
            self.notify(obstacle, severity="warning")
        return obstacle is None

    def run_action(self, action: actions.Action, ref: NodeRef, line: str) -> None:
        """Type the action's command line into the console where it belongs."""
        where = actions.where(self.world, action, ref)
        if where is None or not self._console_free():
            return
        console = self.console
        if not console.run_at(where, line):
            self._console_free()
            return
        if console.busy and action.kind == "domain":
            # zones show their own transitional states; a domain's start or stop does not
            self.busy[ref] = msg.BUSY_NOTE.format(label=action.label.lower())
            self.refresh_world()
        if action.interactive:
            console.focus_input()


class ActingMainScreen(MainScreen):
    """The main screen with the action keys bound (all but --read-only)."""

    BINDINGS = bindings("actions")
