"""The platforms' names, read from the catalog's data file without building the
catalog: the cluster tree's first frame needs only these (the models cost a tenth of
the TUI's start)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files


@cache
def platform_names() -> dict[str, str]:
    """Each platform's marketing name ("Sun Fire T2000") by its catalog id."""
    text = files("zonetui.hardware").joinpath("catalog.toml").read_text(encoding="utf-8")
    return {pid: body["name"] for pid, body in tomllib.loads(text)["platforms"].items()}
