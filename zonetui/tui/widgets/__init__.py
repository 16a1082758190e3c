"""The TUI's widgets, one feature a module; each owns its DEFAULT_CSS.

A widget is imported from its module when first asked for here: the main screen's
first frame needs neither the resource table nor the core map (nor what they import).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

MODULES = {
    "ClusterTree": "cluster_tree",
    "CommandInput": "command_input",
    "ConsolePane": "console_pane",
    "CoreMap": "core_map",
    "Crumbs": "crumbs",
    "DetailPane": "detail_pane",
    "LineInput": "line_input",
    "PromptBar": "prompt_bar",
    "ResourceTable": "resource_table",
    "Scrollback": "scrollback",
}

__all__ = sorted(MODULES)


def __getattr__(name: str) -> Any:
    if name not in MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{MODULES[name]}"), name)
