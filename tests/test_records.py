"""The world's records (zonetui.model.record): dataclasses that pydantic-core reads and
writes with a schema derived from their fields."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zonetui.model as model
from zonetui.hardware.catalog import MemoryBlock
from zonetui.model.record import (
    Before,
    Limits,
    Record,
    ValidationError,
    dump,
    dump_json,
    load,
    load_json,
)
from zonetui.model.world import copied
from zonetui.model.zones import Fs


def _records(kind: type = Record) -> list[type[Record]]:
    return [k for sub in kind.__subclasses__() for k in (sub, *_records(sub))]


RECORDS = [k for k in _records() if k.__module__.startswith("zonetui.model")]
# the records whose every field hypothesis can draw from its type (a saved SP
# configuration holds domain dumps typed Any, and hosts and worlds hold those)
DRAWN = [k for k in RECORDS if k not in (model.SpConfig, model.Host, model.World)]

# the clocks and fractions of the world are finite (JSON writes NaN as null)
st.register_type_strategy(float, st.floats(allow_nan=False, allow_infinity=False))


def test_every_record_of_the_world_is_a_keyword_dataclass_with_a_schema() -> None:
    assert len(RECORDS) > 25 and model.World in RECORDS
    for kind in RECORDS:
        assert dataclasses.is_dataclass(kind)
        assert all(f.kw_only for f in dataclasses.fields(kind)), kind
        load_json(kind, dump_json(_minimal(kind)))  # its schema is made and works


def _minimal(kind: type[Record]) -> Record:
    """A `kind` made of the fewest fields it needs."""
    required = {
        f.name: _minimal(getattr(model, f.type)) if hasattr(model, f.type) else _LEAVES[f.type]
        for f in dataclasses.fields(kind)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    return kind(**required)


_LEAVES = {"str": "x", "int": 1, "float": 0.5, "NodeKind": "dir"}


@pytest.mark.parametrize("kind", DRAWN, ids=lambda k: k.__name__)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_record_comes_back_from_its_json_and_from_its_dump_as_it_was(kind, data) -> None:
    record = data.draw(st.from_type(kind))
    assert load_json(kind, dump_json(record)) == record
    assert load(kind, dump(record)) == record
    assert load(kind, json.loads(dump_json(record))) == record  # what a state file holds
    assert copied(record) == record


@pytest.fixture
def busy_world(world, sh):
    """A world with a saved SP configuration and a zone configured with a network."""
    sh("ldm add-spconfig lab")
    sh(
        "zonecfg -z rz 'create; set zonepath=/zones/rz; add net; set physical=e1000g0; "
        "set address=10.0.0.9; end'"
    )
    assert sh.status == 0
    return world


def test_the_whole_world_comes_back_from_its_json(busy_world) -> None:
    text = dump_json(busy_world)
    again = load_json(model.World, text)
    assert again == busy_world
    assert dump_json(again) == text
    assert any(host.spconfigs for host in again.hosts)


def test_a_nested_record_is_built_as_its_class_not_left_a_dict(busy_world) -> None:
    again = load(model.World, dump(busy_world))
    domain = again.hosts[0].domains[0]
    assert type(domain) is model.Domain and type(domain.solaris) is model.Solaris
    node = domain.solaris.fs.nodes["/"]
    assert type(node) is model.Node and node.kind == "dir"


@pytest.mark.parametrize(
    "data, where",
    [
        ({"name": 1, "platform": "T2000", "cores": 8, "memory": 1}, ("name",)),
        ({"name": "h", "platform": "T2000", "cores": "many", "memory": 1}, ("cores",)),
        ({"name": "h", "platform": "T2000", "cores": 8}, ("memory",)),
        ({"name": "h", "platform": "T2000", "cores": 8, "memory": 1, "ldoms": "9"}, ("ldoms",)),
        (
            {"name": "h", "platform": "T2000", "cores": 8, "memory": 1, "domains": [{}]},
            ("domains", 0, "name"),
        ),
    ],
)
def test_a_wrong_field_is_refused_where_it_is(data: dict[str, Any], where: tuple) -> None:
    with pytest.raises(ValidationError) as refused:
        load(model.Host, data)
    assert refused.value.errors()[0]["loc"] == where


def test_a_field_of_a_type_without_a_schema_is_a_programming_error() -> None:
    class Odd(Record):
        when: complex = 0j

    with pytest.raises(TypeError, match="no schema for"):
        dump_json(Odd())


def test_a_frozen_record_cannot_be_changed() -> None:
    config = model.SpConfig(name="lab")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.name = "other"  # type: ignore[misc]
    assert load(model.SpConfig, dump(config)) == config


def _kilobytes(value: Any) -> Any:
    return int(value.removesuffix("K")) << 10 if isinstance(value, str) else value


class _Limited(Record, frozen=True, forbid=True):
    count: Annotated[int, Limits(gt=0)]
    sizes: Annotated[tuple[int, ...], Limits(min_length=1)] = (1,)
    size: Annotated[int, Before(_kilobytes), Limits(ge=0)] = 0

    def __post_init__(self) -> None:
        if self.count == 13:
            raise ValueError("unlucky")


class _Inherits(_Limited):
    pass


def test_constraints_a_preparing_function_and_a_check_of_the_whole_are_kept() -> None:
    assert load(_Inherits, {"count": 2, "sizes": [3, 4], "size": "2K"}) == _Inherits(
        count=2, sizes=(3, 4), size=2048
    )
    refused = {
        "count": ({"count": 0}, "greater than 0"),
        "sizes": ({"count": 1, "sizes": []}, "at least 1 item"),
        "size": ({"count": 1, "size": -1}, "greater than or equal to 0"),
        "extra": ({"count": 1, "extra": 1}, "Unexpected keyword argument"),
        "post_init": ({"count": 13}, "unlucky"),
    }
    for data, message in refused.values():
        with pytest.raises(ValidationError, match=message):
            load(_Inherits, data)


def test_a_subclass_keeps_what_its_base_says() -> None:
    assert _Inherits.__dataclass_params__.frozen and _Inherits.__record_forbid__
    assert not model.Zone.__record_forbid__
    assert load(Fs, {"dir": "/a", "unknown": 1}) == Fs(dir="/a")  # ignored


def test_records_compare_by_value_and_only_frozen_ones_hash() -> None:
    one, same, other = (model.MemBlock(pa=0, size=s, ra=0) for s in (1, 1, 2))
    assert one == same and one != other and one != (0, 1, 0)
    assert repr(one) == "MemBlock(pa=0, size=1, ra=0)"
    with pytest.raises(TypeError):
        hash(one)
    a, b = (MemoryBlock(pa=0, size=512) for _ in range(2))  # the catalog's: frozen
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
