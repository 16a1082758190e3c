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
