"""What keeps start-up quick (bench/run.py measures it; no test times anything)."""

from __future__ import annotations

from pydantic import BaseModel

import zonetui.model


def _models(cls: type[BaseModel]) -> list[type[BaseModel]]:
    return [cls, *(m for sub in cls.__subclasses__() for m in _models(sub))]


def test_no_model_field_has_a_builtin_as_its_default_factory() -> None:
    """pydantic parses a builtin's text signature for each such field at import."""
    models = [m for m in _models(BaseModel) if m.__module__.startswith("zonetui.model")]
    assert len(models) > 20
    assert zonetui.model.World in models
    for model in models:
        for name, field in model.model_fields.items():
            assert field.default_factory not in (list, dict, set), f"{model.__name__}.{name}"


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
