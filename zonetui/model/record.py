"""The world's records: plain dataclasses, read and written by pydantic-core.

A class of the world (and of the hardware catalog) is a `Record`: a dataclass of
keyword fields. It is not a pydantic model: defining the world's thirty classes as
models costs pydantic's model machinery (its fields, types and schema generator, some
60 ms) at every start, more than the rest of a one-shot command. The records' types
are few -- str, int, float, bool, a Literal, an optional, a list, a tuple, a dict,
another record, a type that gives its own schema (`core_schema()`: the filesystem's
Node), and `Annotated` ones whose metadata are constraints (`Limits(gt=0)`) or a
function that prepares the input (`Before(parse_size)`) -- so the schema
that pydantic-core validates and writes them with is derived here, once a class, from
the dataclass fields. pydantic-core is the engine pydantic itself runs on: the same
validation, the same JSON, the same errors. A record's `__post_init__`, if it has one,
checks it once built; a ValueError it raises is a validation error of the record.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, Literal

from pydantic_core import SchemaSerializer, SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

# ValidationError: what load() raises (pydantic.ValidationError is the same class)
__all__ = [
    "Before",
    "Limits",
    "Record",
    "ValidationError",
    "dump",
    "dump_json",
    "load",
    "load_json",
]

R = typing.TypeVar("R", bound="Record")


@typing.dataclass_transform(kw_only_default=True, field_specifiers=(dataclasses.field,))
class Record:
    """A record: its subclasses are dataclasses of keyword fields, compared field by
    field. In the class line, `frozen=True` makes them immutable (and hashable) and
    `forbid=True` refuses unknown keys when they are loaded; a subclass keeps what its
    base says. Comparison and repr are this class's, for all records: the dataclass
    module writes and compiles them again for each class, a tenth of a start."""

    __record_forbid__ = False

    def __init_subclass__(
        cls, frozen: bool | None = None, forbid: bool | None = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        if frozen is None:
            params = getattr(cls, "__dataclass_params__", None)
            frozen = params is not None and params.frozen
        if forbid is not None:
            cls.__record_forbid__ = forbid
        dataclasses.dataclass(cls, kw_only=True, frozen=frozen, eq=False, repr=False)
        cls.__hash__ = Record._hash if frozen else None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__qualname__}({fields})"

    def _hash(self) -> int:
        return hash((type(self), *self.__dict__.values()))


class Limits:
    """`Annotated` metadata: constraints of pydantic-core's schema of the type
    (`Limits(gt=0)`, `Limits(min_length=1)`)."""

    def __init__(self, **limits: Any) -> None:
        self.limits = limits


@dataclasses.dataclass(frozen=True)
class Before:
    """`Annotated` metadata: `prepare` turns the input into what the type validates
    (a ValueError it raises is a validation error)."""

    prepare: typing.Callable[[Any], Any]


def load(kind: type[R], data: Any) -> R:
    """A `kind` from its dump (`data`: dicts, lists, leaves); ValidationError otherwise."""
    return _validator(kind).validate_python(data)


def load_json(kind: type[R], text: str | bytes) -> R:
    """A `kind` from its JSON; ValidationError otherwise."""
    return _validator(kind).validate_json(text)


def dump(record: Record, **options: Any) -> Any:
    """`record` as dicts, lists and leaves (options: SchemaSerializer.to_python's, e.g.
    mode="json", exclude={"solaris"})."""
    return _serializer(type(record)).to_python(record, **options)


def dump_json(record: Record, **options: Any) -> bytes:
    """`record` as JSON (options: SchemaSerializer.to_json's, e.g. include={"name"})."""
    return _serializer(type(record)).to_json(record, **options)


@functools.cache
def _validator(kind: type[Record]) -> SchemaValidator:
    return SchemaValidator(_schema(kind))


@functools.cache
def _serializer(kind: type[Record]) -> SchemaSerializer:
    return SchemaSerializer(_schema(kind))


@functools.cache
def _schema(kind: type[Record]) -> cs.CoreSchema:
    """The schema of `kind`, with the definition of each record it holds."""
    definitions: dict[type[Record], cs.CoreSchema] = {}
    pending = [kind]
    while pending:
        record = pending.pop()
        if record not in definitions:
            definitions[record], holds = _definition(record)
            pending.extend(holds)
    return cs.definitions_schema(_reference(kind), list(definitions.values()))


def _ref(kind: type[Record]) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def _reference(kind: type[Record]) -> cs.CoreSchema:
    return cs.definition_reference_schema(_ref(kind))


@functools.cache
def _definition(kind: type[Record]) -> tuple[cs.CoreSchema, list[type[Record]]]:
    """The definition of record `kind` (made once: World's and Host's schemas share
    theirs), and the records its fields refer to."""
    holds: list[type[Record]] = []
    hints = typing.get_type_hints(kind, include_extras=True)
    fields = [
        cs.dataclass_field(
            f.name, _with_default(_type_schema(hints[f.name], holds), f), kw_only=True
        )
        for f in dataclasses.fields(kind)
    ]
    forbid = kind.__record_forbid__
    definition = cs.dataclass_schema(
        kind,
        cs.dataclass_args_schema(
            kind.__name__, fields, extra_behavior="forbid" if forbid else "ignore"
        ),
        [f.name for f in dataclasses.fields(kind)],
        ref=_ref(kind),
        post_init=hasattr(kind, "__post_init__"),
        frozen=kind.__dataclass_params__.frozen,  # type: ignore[attr-defined]
    )
    return definition, holds


_LEAVES: dict[Any, typing.Callable[[], cs.CoreSchema]] = {
    str: cs.str_schema,
    int: cs.int_schema,
    float: cs.float_schema,
    bool: cs.bool_schema,
    type(None): cs.none_schema,
    Any: cs.any_schema,
}


def _type_schema(hint: Any, holds: list[type[Record]]) -> cs.CoreSchema:
    """The schema of a field's type; a record it holds is added to `holds`."""
    leaf = _LEAVES.get(hint)
    if leaf is not None:
        return leaf()
    if isinstance(hint, type) and issubclass(hint, Record):
        holds.append(hint)
        return _reference(hint)
    own = getattr(hint, "core_schema", None)
    if own is not None:
        return own()
    of = _GENERICS.get(typing.get_origin(hint))
    if of is None:
        raise TypeError(f"records: no schema for {hint!r}")
    return of(typing.get_args(hint), holds)


Args = tuple[Any, ...]


def _annotated(args: Args, holds: list[type[Record]]) -> cs.CoreSchema:
    schema = _type_schema(args[0], holds)
    for limits in (meta for meta in args[1:] if isinstance(meta, Limits)):
        schema = {**schema, **limits.limits}  # type: ignore[typeddict-item]
    for before in (meta for meta in args[1:] if isinstance(meta, Before)):
        schema = cs.no_info_before_validator_function(before.prepare, schema)
    return schema


def _tuple(args: Args, holds: list[type[Record]]) -> cs.CoreSchema:
    if len(args) != 2 or args[1] is not Ellipsis:
        raise TypeError(f"records: a tuple is of one type, tuple[X, ...], not {args!r}")
    return cs.tuple_schema([_type_schema(args[0], holds)], variadic_item_index=0)


def _optional(args: Args, holds: list[type[Record]]) -> cs.CoreSchema:
    present = [arg for arg in args if arg is not type(None)]
    if len(present) != 1:
        raise TypeError(f"records: a union is X | None, not {args!r}")
    inner = _type_schema(present[0], holds)
    return cs.nullable_schema(inner) if len(present) < len(args) else inner


# the generic types a field may have, by their origin
_GENERICS: dict[Any, typing.Callable[[Args, list[type[Record]]], cs.CoreSchema]] = {
    typing.Annotated: _annotated,
    Literal: lambda args, holds: cs.literal_schema(list(args)),
    list: lambda args, holds: cs.list_schema(_type_schema(args[0], holds)),
    dict: lambda args, holds: cs.dict_schema(*(_type_schema(arg, holds) for arg in args)),
    tuple: _tuple,
    typing.Union: _optional,
    types.UnionType: _optional,
}


def _with_default(schema: cs.CoreSchema, field: dataclasses.Field) -> cs.CoreSchema:
    if field.default is not dataclasses.MISSING:
        return cs.with_default_schema(schema, default=field.default)
    if field.default_factory is not dataclasses.MISSING:
        return cs.with_default_schema(schema, default_factory=field.default_factory)
    return schema
