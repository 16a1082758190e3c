"""pydantic imported without asyncio.

typing_extensions' `deprecated` imports asyncio.coroutines when it wraps a function (to
mark a coroutine function's wrapper), and pydantic_core and pydantic mark dozens at
import: the whole of asyncio (ssl, socket, subprocess), ~25 ms of every start of a
command line that never runs an event loop. While pydantic is imported a stand-in
answers that question (none of the functions they mark is a coroutine function); it is
gone before anything else imports asyncio. The TUI imports the real one, as it would.
"""

from __future__ import annotations

import inspect
import sys
import types


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


import_pydantic()
