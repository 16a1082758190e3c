"""What keeps start-up quick (bench/run.py measures it; no test times anything)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = Path(__file__).parent / "configs" / "basic.toml"

# a one-shot command, then the modules it left imported that it must not need
_PROBE = """
import sys
from zonetui.cli import main
status = main(sys.argv[1:])
heavy = ("textual", "pydantic.main", "pydantic.fields", "pydantic._internal._generate_schema")
print(status, *sorted(name for name in heavy if name in sys.modules))
"""


def test_a_one_shot_command_imports_neither_textual_nor_pydantics_model_machinery(
    tmp_path,
) -> None:
    """The world's records are read by pydantic-core alone (zonetui.model.record): a
    command line that loads and saves a state defines no pydantic model (the config, read
    when there is no state yet, is read by pydantic models)."""
    state = str(tmp_path / "s.json")
    from zonetui.cli import main

    assert main(["--config", str(CONFIG), "--state", state, "exec", "--", "true"]) == 0
    lines = ("zonecfg -z z1 'create; set zonepath=/zones/z1'", "zoneadm list -cv", "ldm list")
    for line in lines:
        argv = ["--config", str(CONFIG), "--state", state, "exec", "--", line]
        done = subprocess.run(
            [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, check=True
        )
        assert done.stdout.splitlines()[-1] == "0", (line, done.stdout, done.stderr)


def test_the_garbage_collector_runs_again_once_started(tmp_path, capsys) -> None:
    """Start-up holds the collector back (zonetui.cli._starting); it must come back,
    also when the state cannot be loaded."""
    import gc
    from pathlib import Path

    from zonetui.cli import main

    config = str(Path(__file__).parent / "configs" / "basic.toml")
    state = tmp_path / "s.json"
    assert main(["--config", config, "--state", str(state), "exec", "--", "true"]) == 0
    assert gc.isenabled()
    state.write_text("{")
    assert main(["--config", config, "--state", str(state), "exec", "--", "true"]) == 1
    assert "is not a zonetui state" in capsys.readouterr().err
    assert gc.isenabled()
