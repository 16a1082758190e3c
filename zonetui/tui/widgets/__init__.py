"""The TUI's widgets, one feature a module; each owns its DEFAULT_CSS."""

from zonetui.tui.widgets.cluster_tree import ClusterTree
from zonetui.tui.widgets.command_input import CommandInput
from zonetui.tui.widgets.console_pane import ConsolePane
from zonetui.tui.widgets.core_map import CoreMap
from zonetui.tui.widgets.crumbs import Crumbs
from zonetui.tui.widgets.detail_pane import DetailPane
from zonetui.tui.widgets.prompt_bar import PromptBar
from zonetui.tui.widgets.resource_table import ResourceTable
from zonetui.tui.widgets.scrollback import Scrollback

__all__ = [
    "ClusterTree",
    "CommandInput",
    "ConsolePane",
    "CoreMap",
    "Crumbs",
    "DetailPane",
    "PromptBar",
    "ResourceTable",
    "Scrollback",
]
