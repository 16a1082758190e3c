"""The zonetui application: the cluster tree, the detail pane and the console."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header

from zonetui.sim.context import Context
from zonetui.store.workspace import Workspace
from zonetui.tui import messages as msg
from zonetui.tui.describe import describe
from zonetui.tui.history import History
from zonetui.tui.outline import NodeRef, cluster_outline
from zonetui.tui.terminal import Terminal
from zonetui.tui.widgets import ClusterTree, ConsolePane, DetailPane


class ZonetuiApp(App[int]):
    """A cluster manager on the simulated world. Whatever changes the world is a command
    line fed to the console; the tree and the details show the world after each one."""

    TITLE = msg.TITLE
    BINDINGS = [
        Binding("ctrl+q", "quit", msg.QUIT, priority=True, id="app.quit"),
    ]
    AUTO_FOCUS = "CommandInput"

    DEFAULT_CSS = """
    #main {
        height: 1fr;
    }
    #side {
        width: 1fr;
    }
    """

    def __init__(self, workspace: Workspace, context: Context) -> None:
        super().__init__()
        self.workspace = workspace
        self.terminal = Terminal(workspace, context)
        self.history = History()
        self.sub_title = msg.SUB_TITLE.format(name=workspace.world.name)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield ClusterTree(id="cluster")
            with Vertical(id="side"):
                yield DetailPane(id="details")
                yield ConsolePane(self.terminal, self.history, id="console")
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one(ClusterTree)
        tree.show(cluster_outline(self.workspace.world))
        context = self.terminal.console.context
        tree.move_to(NodeRef(context.host, context.domain, context.zone))
        self._show_details(tree.chosen)

    # -- after each command ----------------------------------------------------------
    @on(ConsolePane.CommandRun)
    def _command_run(self) -> None:
        self.refresh_cluster()

    def refresh_cluster(self) -> None:
        """Show the world as it is now in the tree and the detail pane."""
        tree = self.query_one(ClusterTree)
        tree.show(cluster_outline(self.workspace.world))
        self._show_details(tree.chosen)

    # -- selection -------------------------------------------------------------------
    @on(ClusterTree.NodeChosen)
    def _node_chosen(self, event: ClusterTree.NodeChosen) -> None:
        self._show_details(event.ref)

    def _show_details(self, ref: NodeRef | None) -> None:
        description = describe(self.workspace.world, ref) if ref is not None else None
        self.query_one(DetailPane).show(description)


def run_app(workspace: Workspace, context: Context) -> int:
    """Run the TUI on `workspace`, the console starting in `context`; the exit status."""
    app = ZonetuiApp(workspace, context)
    app.run()
    return app.return_code or 0
