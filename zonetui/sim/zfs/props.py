"""The dataset properties of onnv_86 (zfs_prop.c, in zfs_prop_t order): column header,
kind (number, index, string), attribute (read-only, set once, default, inherited), the
dataset types it applies to, its default and the values `zfs set` takes."""

from __future__ import annotations

from dataclasses import dataclass

FS, SNAP, VOL = "filesystem", "snapshot", "volume"
DATASET = frozenset({FS, SNAP, VOL})
FS_VOL = frozenset({FS, VOL})
FS_SNAP = frozenset({FS, SNAP})
FS_ONLY = frozenset({FS})
VOL_ONLY = frozenset({VOL})
ONOFF = ("on", "off")
TYPES_TEXT = "filesystem | volume | snapshot"


@dataclass(frozen=True)
class Prop:
    name: str
    header: str
    kind: str  # "number", "index" or "string" (zprop_type_t)
    attr: str  # "readonly", "onetime", "default" or "inherit" (zprop_attr_t)
    types: frozenset[str]
    default: str = ""
    values_text: str | None = None  # what usage prints in VALUES
    values: tuple[str, ...] = ()  # an index property's values

    @property
    def number(self) -> bool:
        return self.kind == "number"

    @property
    def readonly(self) -> bool:
        """zfs_prop_readonly(): read-only and set-once properties."""
        return self.attr in ("readonly", "onetime")

    @property
    def inherit(self) -> bool:
        """zfs_prop_inheritable()."""
        return self.attr in ("inherit", "onetime")

    @property
    def width(self) -> int:
        """zprop_width(): the header, at least 5 for a number, the longest index value."""
        width = len(self.header)
        if self.kind == "number":
            width = max(width, 5)
        return max([width, *(len(v) for v in self.values)])

    @property
    def right(self) -> bool:
        """Right-justified in a column (numbers, but not the creation date)."""
        return self.kind == "number" and self.name != "creation"

    @property
    def fixed(self) -> bool:
        """Whether the column keeps its width (strings and creation grow with values)."""
        return self.kind != "string" and self.name != "creation"


def _index(name: str, header: str, attr: str, types: frozenset[str], default: str,
           values: tuple[str, ...], text: str | None = None) -> Prop:  # fmt: skip
    return Prop(name, header, "index", attr, types, default, text or " | ".join(values), values)


_SIZE_NONE = "<size> | none"
_BLOCK = "512 to 128k, power of 2"
_COMPRESS = ("on", "off", "lzjb", "gzip", *(f"gzip-{n}" for n in range(1, 10)))

PROPS: tuple[Prop, ...] = (
    Prop("type", "TYPE", "string", "readonly", DATASET, "", TYPES_TEXT),
    Prop("creation", "CREATION", "number", "readonly", DATASET, "", "<date>"),
    Prop("used", "USED", "number", "readonly", DATASET, "", "<size>"),
    Prop("available", "AVAIL", "number", "readonly", FS_VOL, "", "<size>"),
    Prop("referenced", "REFER", "number", "readonly", DATASET, "", "<size>"),
    Prop("compressratio", "RATIO", "number", "readonly", DATASET, "",
         "<1.00x or higher if compressed>"),
    _index("mounted", "MOUNTED", "readonly", FS_ONLY, "no", ("yes", "no")),
    Prop("origin", "ORIGIN", "string", "readonly", FS_VOL, "", "<snapshot>"),
    Prop("quota", "QUOTA", "number", "default", FS_ONLY, "none", _SIZE_NONE),
    Prop("reservation", "RESERV", "number", "default", FS_VOL, "none", _SIZE_NONE),
    Prop("volsize", "VOLSIZE", "number", "default", VOL_ONLY, "", "<size>"),
    Prop("volblocksize", "VOLBLOCK", "number", "onetime", VOL_ONLY, "8K", _BLOCK),
    Prop("recordsize", "RECSIZE", "number", "inherit", FS_ONLY, "128K", _BLOCK),
    Prop("mountpoint", "MOUNTPOINT", "string", "inherit", FS_ONLY, "",
         "<path> | legacy | none"),
    Prop("sharenfs", "SHARENFS", "string", "inherit", FS_ONLY, "off",
         "on | off | share(1M) options"),
    _index("checksum", "CHECKSUM", "inherit", FS_VOL, "on",
           ("on", "off", "fletcher2", "fletcher4", "sha256")),
    _index("compression", "COMPRESS", "inherit", FS_VOL, "off", _COMPRESS,
           "on | off | lzjb | gzip | gzip-[1-9]"),
    _index("atime", "ATIME", "inherit", FS_ONLY, "on", ONOFF),
    _index("devices", "DEVICES", "inherit", FS_SNAP, "on", ONOFF),
    _index("exec", "EXEC", "inherit", FS_SNAP, "on", ONOFF),
    _index("setuid", "SETUID", "inherit", FS_SNAP, "on", ONOFF),
    _index("readonly", "RDONLY", "inherit", FS_VOL, "off", ONOFF),
    _index("zoned", "ZONED", "inherit", FS_ONLY, "off", ONOFF),
    _index("snapdir", "SNAPDIR", "inherit", FS_ONLY, "hidden", ("hidden", "visible")),
    _index("aclmode", "ACLMODE", "inherit", FS_ONLY, "groupmask",
           ("discard", "groupmask", "passthrough")),
    _index("aclinherit", "ACLINHERIT", "inherit", FS_ONLY, "secure",
           ("discard", "noallow", "secure", "passthrough")),
    _index("canmount", "CANMOUNT", "default", FS_ONLY, "on", ("on", "off", "noauto")),
    Prop("shareiscsi", "SHAREISCSI", "string", "inherit", DATASET, "off",
         "on | off | type=<type>"),
    _index("xattr", "XATTR", "inherit", FS_SNAP, "on", ONOFF),
    _index("copies", "COPIES", "inherit", FS_VOL, "1", ("1", "2", "3")),
    _index("version", "VERSION", "default", FS_SNAP, "3", ("1", "2", "3", "current")),
    _index("utf8only", "UTF8ONLY", "onetime", FS_SNAP, "off", ONOFF),
    _index("normalization", "NORMALIZATION", "onetime", FS_SNAP, "none",
           ("none", "formD", "formKC", "formC", "formKD"),
           "none | formC | formD | formKC | formKD"),
    _index("casesensitivity", "CASE", "onetime", FS_SNAP, "sensitive",
           ("sensitive", "insensitive", "mixed")),
    _index("vscan", "VSCAN", "inherit", FS_ONLY, "off", ONOFF),
    _index("nbmand", "NBMAND", "inherit", FS_SNAP, "off", ONOFF),
    Prop("sharesmb", "SHARESMB", "string", "inherit", FS_ONLY, "off",
         "on | off | sharemgr(1M) options"),
    Prop("refquota", "REFQUOTA", "number", "default", FS_ONLY, "none", _SIZE_NONE),
    Prop("refreservation", "REFRESERV", "number", "default", FS_VOL, "none", _SIZE_NONE),
)  # fmt: skip
BY_NAME = {p.name: p for p in PROPS}
NAME = Prop("name", "NAME", "string", "readonly", DATASET)
# propname_match(): a property is also named by its column header, in any case


def lookup(name: str) -> Prop | None:
    """A property by its name or its short name ("name" too)."""
    if name == "name":
        return NAME
    found = BY_NAME.get(name)
    if found is None:
        found = next((p for p in PROPS if p.header.lower() == name.lower()), None)
    return found


def applies(prop: Prop, kind: str) -> bool:
    """Whether a dataset of `kind` has `prop`."""
    return kind in prop.types
