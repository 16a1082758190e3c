"""What the end-to-end tests (a real terminal, a real browser) share: the checkout's
package in a process of its own, the rule for a tool that is missing, and how to read
the console off a screen of text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]


def in_ci() -> bool:
    """CI services set CI=true; `.ci/run` installs the tools these tests need."""
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def unavailable(reason: str) -> NoReturn:
    """A tool the test needs cannot be had: a failure in CI (which must have it), a
    skip elsewhere; the reason either way."""
    if in_ci():
        pytest.fail(f"{reason} (CI must have it: .ci/run installs it)", pytrace=False)
    pytest.skip(reason)


def checkout_env(**extra: str) -> dict[str, str]:
    """The environment for a zonetui process started from another directory: this
    checkout's package comes first, whatever is installed (and whatever the current
    directory holds); HOME and the XDG directories are the test's (tests/conftest.py)."""
    path = [str(CHECKOUT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path), **extra}


def zonetui_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "zonetui", *args]


def command_output(cwd: Path, line: str) -> list[str]:
    """What `line` prints run by `zonetui --ephemeral exec`: what the console must show
    under the command line (the demo cluster, untouched)."""
    done = subprocess.run(
        zonetui_argv("--ephemeral", "exec", "--", line),
        cwd=cwd,
        env=checkout_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0 and done.stdout, (line, done.stdout, done.stderr)
    return [text.rstrip() for text in done.stdout.splitlines()]


def console_shows(screen: str, line: str, output: list[str]) -> bool:
    """The screen shows `# line` (nothing after it but borders and a scrollbar) and, on
    the rows under it from the same column, the lines of `output` in order."""
    rows = screen.splitlines()
    echo = f"# {line}"
    for top, row in enumerate(rows):
        column = row.find(echo)
        if column < 0 or any(c.isalnum() or c in "-_/" for c in row[column + len(echo) :]):
            continue
        below = [r[column:] for r in rows[top + 1 : top + 1 + len(output)]]
        if len(below) == len(output) and all(
            r.startswith(text) for r, text in zip(below, output, strict=True)
        ):
            return True
    return False


def why_not(screen: str, line: str) -> str:
    """A hint at what happened to the typed line, for the failure message."""
    if f"# {line}" not in screen and "─ describe ─" in screen:
        return (
            "the keys went to the tree, not the console: its `d` opened describe and the "
            "rest of the line was dropped"
        )
    if f"# {line}" not in screen:
        return "the console never showed the command line"
    return "the console showed the command line but not its output under it"
