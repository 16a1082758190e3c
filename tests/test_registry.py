"""The command registry stays the one source of dispatch, help and completion while a
command's module is imported only when that command is first looked up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zonetui.sim.commands import MODULES
from zonetui.sim.registry import ALTERNATIVES, REGISTRY, load_commands

STATE_CONFIG = str(Path(__file__).parent / "configs" / "basic.toml")


def _tools() -> list:
    """Every registered command of the simulation (not the shell's builtins, not the
    commands a test registers for itself)."""
    load_commands()
    everything = [*REGISTRY.values(), *(c for alts in ALTERNATIVES.values() for c in alts)]
    return [c for c in everything if not c.builtin and c.run.__module__.startswith("zonetui.")]


def test_the_table_of_modules_and_the_registered_commands_agree() -> None:
    registered = {(c.name, c.run.__module__) for c in _tools()}
    listed = {(name, module) for module, names in MODULES.items() for name in names}
    assert registered == listed


def test_a_commands_paths_end_in_its_name() -> None:
    """How a path such as /usr/sbin/zoneadm finds the module of its command."""
    for tool in _tools():
        assert all(path.rsplit("/", 1)[-1] == tool.name for path in tool.paths), tool.name


def _modules_after(tmp_path: Path, *words: str) -> list[str]:
    """The zonetui.sim modules a one-shot `zonetui exec` imported, in a fresh process."""
    probe = (
        "import json, sys; from zonetui.cli import main; status = main(sys.argv[1:]); "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('zonetui.', 'textual')))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "--config", STATE_CONFIG, "--state", str(tmp_path / "s.json")]
        + ["exec", "--", *words],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_one_shot_command_imports_its_own_tool_and_no_other(tmp_path: Path) -> None:
    _modules_after(tmp_path, "true")  # the state is built (and saved) by the first call
    modules = _modules_after(tmp_path, "zoneadm", "list", "-cv")
    assert "zonetui.sim.zones.zoneadm" in modules
    for other in ("zonetui.sim.ldoms.ldm", "zonetui.sim.zones.zonecfg", "zonetui.store.config"):
        assert other not in modules
    assert not [m for m in modules if m.startswith("textual")]
    by_path = _modules_after(tmp_path, "/usr/sbin/zonename")
    assert "zonetui.sim.zones.zonename" in by_path
    assert "zonetui.sim.zones.zoneadm" not in by_path


def test_help_and_completion_see_every_command(sh) -> None:
    help_text = sh("help")
    _, names = sh.console.complete("")
    for tool in _tools():
        assert f"  {tool.name} " in help_text
        assert tool.name in names
