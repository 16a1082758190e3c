"""Logical Domains: the ldm command and its version profiles (reference/ldoms.md)."""
