"""Where labs come from and how a lab file loads: bundled with zonetui, in the user's
folder (`config_dir()/labs`), or any file path. Every problem is one line,
`FILE: MESSAGE`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from pydantic import ValidationError

from zonetui.hardware.catalog import format_size
from zonetui.labs.lab_messages import Load as LoadMsg
from zonetui.labs.lab_messages import Lookup as LookupMsg
from zonetui.labs.model import Lab, LoadedLab
from zonetui.store.hostfiles import read_bounded
from zonetui.store.paths import config_dir, demo_config

MAX_LAB_BYTES = 1 << 20
DEMO_WORLD = "demo"
_INDEXED = {"steps": LoadMsg.STEP, "checks": LoadMsg.CHECK, "hints": LoadMsg.HINT}
_TAGS = {"command", "predicate"}  # the check kinds pydantic puts in error locations


class LabError(Exception):
    """A lab that cannot be loaded or built; str() is one line, `FILE: MESSAGE`."""


class LabNotFound(LabError):
    """No lab by that name."""


def bundled_dir() -> Path:
    return Path(str(files("zonetui.labs.bundled")))


def worlds_dir() -> Path:
    return Path(str(files("zonetui.labs.bundled.worlds")))


def user_dir() -> Path:
    return config_dir() / "labs"


def bundled_worlds() -> list[str]:
    return [DEMO_WORLD, *sorted(p.stem for p in worlds_dir().glob("*.toml"))]


# -- loading one file -----------------------------------------------------------------


def _where(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a person reads it: "step 2, check 1: match"."""
    parts: list[str] = []
    keys: list[str] = []
    items = [item for item in loc if item not in _TAGS]
    for index, item in enumerate(items):
        if isinstance(item, int):
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        if item in _INDEXED and isinstance(following, int):
            parts.append(_INDEXED[item].format(n=following + 1))
        else:
            keys.append(item)
    where = ", ".join(parts)
    if keys:
        where = f"{where}: {'.'.join(keys)}" if where else ".".join(keys)
    return where


def _message(error: dict) -> str:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str([i for i in loc if isinstance(i, str)][-1])
        text, loc = LoadMsg.UNKNOWN_KEY.format(key=key), loc[:-1]
    elif kind == "missing":
        key = str([i for i in loc if isinstance(i, str)][-1])
        text, loc = LoadMsg.MISSING_KEY.format(key=key), loc[:-1]
    else:
        text = str(error["msg"]).removeprefix("Value error, ")
    where = _where(loc)
    return LoadMsg.AT.format(where=where, message=text) if where else text


def parse_lab(text: str, source: Path, origin: str = "file") -> LoadedLab:
    """Validate the TOML `text` of a lab; LabError `SOURCE: MESSAGE` on the first problem."""

    def fail(message: str) -> LabError:
        return LabError(LoadMsg.LINE.format(source=source, message=message))

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise fail(LoadMsg.BAD_TOML.format(error=error)) from None
    try:
        lab = Lab.model_validate(data)
    except ValidationError as error:
        raise fail(_message(error.errors()[0])) from None
    loaded = LoadedLab(lab=lab, source=source, origin=origin)
    try:
        world_config(loaded)
    except LabError as error:
        raise fail(str(error)) from None
    return loaded


def load_lab(path: Path, origin: str = "file") -> LoadedLab:
    """Read and validate the lab file at `path`."""
    try:  # a regular file only (a FIFO would block, a device never end), bounded
        raw, _ = read_bounded(path, MAX_LAB_BYTES)
    except OSError as error:
        reason = error.strerror or str(error)
        raise LabError(
            LoadMsg.LINE.format(source=path, message=LoadMsg.UNREADABLE.format(reason=reason))
        ) from None
    if len(raw) > MAX_LAB_BYTES:
        limit = format_size(MAX_LAB_BYTES)
        raise LabError(
            LoadMsg.LINE.format(source=path, message=LoadMsg.TOO_LARGE.format(limit=limit))
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LabError(LoadMsg.LINE.format(source=path, message=LoadMsg.NOT_UTF8)) from None
    return parse_lab(text, path, origin)


def world_config(loaded: LoadedLab) -> Path:
    """The cluster config a lab's world starts from: a file beside the lab (a name
    ending in .toml), or a bundled world by name."""
    name = loaded.lab.world.config
    if name.endswith(".toml"):
        path = (loaded.source.parent / Path(name).expanduser()).resolve()
        if path.is_file():
            return path
    elif name == DEMO_WORLD:
        return demo_config()
    else:
        path = worlds_dir() / f"{name}.toml"
        if path.is_file():
            return path
    known = ", ".join(bundled_worlds())
    raise LabError(LoadMsg.NO_WORLD.format(config=name, known=known))


# -- all the labs ---------------------------------------------------------------------


@dataclass
class Shelf:
    """The labs found, in order (bundled, then the user's), and the files that failed."""

    labs: list[LoadedLab] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, lab_id: str) -> LoadedLab | None:
        return next((lab for lab in self.labs if lab.id == lab_id), None)


def _load_folder(folder: Path, origin: str, shelf: Shelf) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        try:
            loaded = load_lab(path, origin)
        except LabError as error:
            shelf.problems.append(str(error))
            continue
        # a user's lab with a bundled lab's id takes its place
        shelf.labs = [lab for lab in shelf.labs if lab.id != loaded.id]
        shelf.labs.append(loaded)


def bundled_labs() -> list[LoadedLab]:
    """The labs shipped with zonetui (a broken one is a bug: LabError)."""
    labs = []
    for path in sorted(bundled_dir().glob("*.toml")):
        labs.append(load_lab(path, "bundled"))
    return labs


def shelf() -> Shelf:
    """Every lab: bundled, then the user folder's."""
    found = Shelf()
    _load_folder(bundled_dir(), "bundled", found)
    _load_folder(user_dir(), "user", found)
    return found


def find(name: str, remembered: dict[str, Path] | None = None) -> LoadedLab:
    """The lab `name`: a path to a lab file, else a lab id (the user's folder first, then
    the bundled labs, then labs started from a file path earlier: `remembered`)."""
    path = Path(name).expanduser()
    if name.endswith(".toml") or "/" in name:
        return load_lab(path.resolve(), "file")
    found = shelf().get(name)
    if found is not None:
        return found
    if remembered and name in remembered and remembered[name].is_file():
        return load_lab(remembered[name], "file")
    raise LabNotFound(LookupMsg.UNKNOWN.format(name=name))
