"""pydantic imported without asyncio, and without importlib.metadata while its plugins are off.

typing_extensions' `deprecated` imports asyncio.coroutines when it wraps a function (to
mark a coroutine function's wrapper), and pydantic_core and pydantic mark dozens at
import: the whole of asyncio (ssl, socket, subprocess), ~25 ms of every start of a
command line that never runs an event loop. While pydantic is imported a stand-in
answers that question (none of the functions they mark is a coroutine function); it is
gone before anything else imports asyncio. The TUI imports the real one, as it would.

pydantic asks its plugin loader for plugins as it builds each model's validator, and the
loader's module imports importlib.metadata (email, socket, zipfile: ~7 ms) even when
PYDANTIC_DISABLE_PLUGINS turns them off, as the command line does. A stand-in answers
"none" while they are off and hands over to the real loader once they are not.
"""

from __future__ import annotations

import inspect
import os
import sys
import types

_LOADER = "pydantic.plugin._loader"
_OFF = ("__all__", "1", "true")  # the loader's own test of PYDANTIC_DISABLE_PLUGINS


def import_pydantic() -> None:
    """Import pydantic (its BaseModel and core) with the stand-in for asyncio.coroutines."""
    if "asyncio" in sys.modules or "pydantic.main" in sys.modules:
        import pydantic.main  # noqa: F401

        return
    package = types.ModuleType("asyncio")
    coroutines = types.ModuleType("asyncio.coroutines")
    coroutines.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    package.coroutines = coroutines  # type: ignore[attr-defined]
    sys.modules["asyncio"], sys.modules["asyncio.coroutines"] = package, coroutines
    try:
        import pydantic.main  # noqa: F401
    finally:
        del sys.modules["asyncio"], sys.modules["asyncio.coroutines"]


def _get_plugins():
    """pydantic.plugin._loader.get_plugins: none while plugins are off, else the real."""
    if os.getenv("PYDANTIC_DISABLE_PLUGINS") in _OFF:
        return ()
    if getattr(sys.modules.get(_LOADER), "get_plugins", None) is _get_plugins:
        del sys.modules[_LOADER]
    from pydantic.plugin._loader import get_plugins

    return get_plugins()


def _plugin_loader_stand_in() -> None:
    if _LOADER not in sys.modules:
        stand_in = types.ModuleType(_LOADER)
        stand_in.get_plugins = _get_plugins  # type: ignore[attr-defined]
        sys.modules[_LOADER] = stand_in


import_pydantic()
_plugin_loader_stand_in()
