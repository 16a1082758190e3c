"""Start worlds of the bundled labs: cluster definitions (DESIGN.md §5), by name."""
