"""The TUI's screens: the main one (views, details, console), the describe and raw
listings, the help and the confirmation of destructive actions."""
