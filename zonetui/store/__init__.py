"""Cluster configuration (TOML) to world, state persistence, user directories."""
