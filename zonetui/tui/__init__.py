"""The Textual front end: the cluster tree, the detail pane and the console.

The TUI drives the world only by feeding command lines to the simulated shell
(DESIGN.md §2 "One way in"). Modules here without widgets (`outline`, `describe`,
`terminal`, `history`) hold the front end's logic as plain Python; `widgets/` holds the
Textual widgets, each with its own DEFAULT_CSS.
"""
