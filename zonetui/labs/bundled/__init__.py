"""The practice labs shipped with zonetui: one TOML file a lab (zonetui.labs.model)."""
