"""The cluster as a tree: hosts › domains › zones, each with its state."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from zonetui.tui import messages as msg
from zonetui.tui.outline import NOTE_GAP, NodeRef, OutlineNode
from zonetui.tui.visible import visible


class ClusterTree(Tree[OutlineNode]):
    """Shows an outline of the cluster; `show` updates it in place, so that expansion
    and the cursor stay where the user left them. Posts `NodeChosen` when the cursor
    moves to a node."""

    COMPONENT_CLASSES = Tree.COMPONENT_CLASSES | {
        "cluster-tree--host",
        "cluster-tree--up",
        "cluster-tree--changing",
        "cluster-tree--down",
        "cluster-tree--plain",
        "cluster-tree--count",
    }

    DEFAULT_CSS = """
    ClusterTree {
        width: 1fr;
        height: 1fr;
        border: round $primary 50%;
        border-title-color: $text-muted;
        background: $surface;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    ClusterTree:focus {
        border: round $primary;
        border-title-color: $text;
    }
    ClusterTree > .cluster-tree--host {
        text-style: bold;
    }
    ClusterTree > .cluster-tree--up {
        color: $success;
    }
    ClusterTree > .cluster-tree--changing {
        color: $warning;
    }
    ClusterTree > .cluster-tree--down {
        color: $foreground-muted;
    }
    ClusterTree > .cluster-tree--plain {
        color: $foreground-muted;
        text-style: italic;
    }
    ClusterTree > .cluster-tree--count {
        color: $foreground-disabled;
    }
    """

    class NodeChosen(Message):
        """The cursor is on the node `ref` names."""

        def __init__(self, ref: NodeRef) -> None:
            super().__init__()
            self.ref = ref

    def __init__(self, *, id: str | None = None) -> None:
        # Text, as the nodes' labels: a str would be parsed as markup (emoji codes too)
        super().__init__(Text(msg.CLUSTER_TITLE), id=id)
        self.show_root = False
        self.guide_depth = 3
        self.border_title = msg.CLUSTER_TITLE
        self._by_ref: dict[NodeRef, TreeNode[OutlineNode]] = {}

    # -- content ---------------------------------------------------------------------
    def show(self, outline: Sequence[OutlineNode]) -> None:
        """Make the tree match `outline`: update labels, add and remove nodes."""
        chosen = self.chosen
        self._reconcile(self.root, outline)
        if chosen is not None and chosen not in self._by_ref:
            self.move_to(chosen)

    @property
    def chosen(self) -> NodeRef | None:
        """The node under the cursor."""
        node = self.cursor_node
        return node.data.ref if node is not None and node.data is not None else None

    def node_for(self, ref: NodeRef) -> TreeNode[OutlineNode] | None:
        """The tree node showing `ref`, if any."""
        return self._by_ref.get(ref)

    def move_to(self, ref: NodeRef) -> None:
        """Put the cursor on `ref`, or on its nearest ancestor still shown."""
        step: NodeRef | None = ref
        while step is not None and step not in self._by_ref:
            step = step.parent
        if step is not None:
            self.last_line  # noqa: B018  (lays the lines out, so node positions are current)
            self.move_cursor(self._by_ref[step])

    def _reconcile(self, parent: TreeNode[OutlineNode], wanted: Sequence[OutlineNode]) -> None:
        refs = [item.ref for item in wanted]
        shown = [None if child.data is None else child.data.ref for child in parent.children]
        if shown != refs:
            wanted_refs = set(refs)
            kept = [ref for ref in shown if ref in wanted_refs]
            kept_refs = set(kept)
            # nodes keep their place when the outline only adds and removes; a reorder
            # (rare) rebuilds this level
            in_order = kept == [ref for ref in refs if ref in kept_refs]
            for child in list(parent.children):
                if child.data is None or child.data.ref not in kept_refs or not in_order:
                    self._forget(child)
                    child.remove()
        for index, item in enumerate(wanted):
            node = self._by_ref.get(item.ref)
            if node is not None and node.data == item:
                continue  # the same line over the same subtree: nothing to do below it
            if node is None:
                before = index if index < len(parent.children) else None
                node = parent.add(_label(item), item, before=before, expand=True)
                self._by_ref[item.ref] = node
            else:
                if node.data is None or node.data.text != item.text:
                    node.set_label(_label(item))
                node.data = item
            node.allow_expand = bool(item.children)
            self._reconcile(node, item.children)

    def _forget(self, node: TreeNode[OutlineNode]) -> None:
        for child in node.children:
            self._forget(child)
        if node.data is not None:
            self._by_ref.pop(node.data.ref, None)

    # -- rendering -------------------------------------------------------------------
    def render_label(self, node: TreeNode[OutlineNode], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        item = node.data
        if item is None:
            return label
        # the label is the toggle icon, then _label(item); colour its parts underneath
        # the cursor and hover styles already applied, so those still win
        start = len(label.plain) - len(visible(item.text))
        name_end = start + len(visible(item.name))
        if item.ref.kind == "host":
            label.stylize_before(self._component("host"), start, name_end)
        note_start = name_end + len(NOTE_GAP)
        note_end = note_start + len(visible(item.note))
        label.stylize_before(self._component(item.tone), note_start, note_end)
        if item.count:
            label.stylize_before(self._component("count"), note_end, len(label.plain))
        return label

    def _component(self, name: str) -> Style:
        return self.get_component_rich_style(f"cluster-tree--{name}", partial=True)

    @on(Tree.NodeHighlighted)
    def _highlighted(self, event: Tree.NodeHighlighted[OutlineNode]) -> None:
        if event.node.data is not None:
            self.post_message(self.NodeChosen(event.node.data.ref))


def _label(item: OutlineNode) -> Text:
    """The node's line as text: Text, as a str label would be parsed as markup (emoji
    codes too), and made visible, as names are the world's."""
    return Text(visible(item.text))
