"""The dataset properties zfs knows (zfs_prop.c): name, column header, default, which
values it takes, whether it is inherited, and whether `zfs set` may change it."""

from __future__ import annotations

from dataclasses import dataclass

ONOFF = ("on", "off")


@dataclass(frozen=True)
class Prop:
    name: str
    header: str
    default: str = ""
    values: tuple[str, ...] = ()  # an index property's values; () = free form
    inherit: bool = True
    readonly: bool = False
    number: bool = False  # right-justified in list/get columns, a size
    onlyfs: bool = False  # not a volume's or snapshot's


# in `zfs get all` order (the zfs_prop_t order of onnv_86)
PROPS: tuple[Prop, ...] = (
    Prop("type", "TYPE", readonly=True, inherit=False),
    Prop("creation", "CREATION", readonly=True, inherit=False),
    Prop("used", "USED", readonly=True, inherit=False, number=True),
    Prop("available", "AVAIL", readonly=True, inherit=False, number=True),
    Prop("referenced", "REFER", readonly=True, inherit=False, number=True),
    Prop("compressratio", "RATIO", readonly=True, inherit=False, number=True),
    Prop("mounted", "MOUNTED", readonly=True, inherit=False, onlyfs=True),
    Prop("origin", "ORIGIN", readonly=True, inherit=False),
    Prop("quota", "QUOTA", "none", inherit=False, number=True, onlyfs=True),
    Prop("reservation", "RESERV", "none", inherit=False, number=True),
    Prop("volsize", "VOLSIZE", inherit=False, number=True),
    Prop("volblocksize", "VOLBLOCK", "8K", inherit=False, number=True),
    Prop("recordsize", "RECSIZE", "128K", number=True, onlyfs=True),
    Prop("mountpoint", "MOUNTPOINT", onlyfs=True),
    Prop("sharenfs", "SHARENFS", "off", onlyfs=True),
    Prop("checksum", "CHECKSUM", "on", ("on", "off", "fletcher2", "fletcher4", "sha256")),
    Prop("compression", "COMPRESS", "off",
         ("on", "off", "lzjb", "gzip", *(f"gzip-{n}" for n in range(1, 10)))),
    Prop("atime", "ATIME", "on", ONOFF, onlyfs=True),
    Prop("devices", "DEVICES", "on", ONOFF, onlyfs=True),
    Prop("exec", "EXEC", "on", ONOFF, onlyfs=True),
    Prop("setuid", "SETUID", "on", ONOFF, onlyfs=True),
    Prop("readonly", "RDONLY", "off", ONOFF),
    Prop("zoned", "ZONED", "off", ONOFF, onlyfs=True),
    Prop("snapdir", "SNAPDIR", "hidden", ("hidden", "visible"), onlyfs=True),
    Prop("aclmode", "ACLMODE", "groupmask", ("discard", "groupmask", "passthrough"),
         onlyfs=True),
    Prop("aclinherit", "ACLINHERIT", "restricted",
         ("discard", "noallow", "restricted", "passthrough"), onlyfs=True),
    Prop("canmount", "CANMOUNT", "on", ("on", "off", "noauto"), inherit=False, onlyfs=True),
    Prop("shareiscsi", "SHAREISCSI", "off"),
    Prop("xattr", "XATTR", "on", ONOFF, onlyfs=True),
    Prop("copies", "COPIES", "1", ("1", "2", "3")),
    Prop("version", "VERSION", "3", inherit=False, onlyfs=True),
    Prop("utf8only", "UTF8ONLY", "off", readonly=True, inherit=False, onlyfs=True),
    Prop("normalization", "NORMALIZATION", "none", readonly=True, inherit=False, onlyfs=True),
    Prop("casesensitivity", "CASE", "sensitive", readonly=True, inherit=False, onlyfs=True),
    Prop("vscan", "VSCAN", "off", ONOFF, onlyfs=True),
    Prop("nbmand", "NBMAND", "off", ONOFF, onlyfs=True),
    Prop("sharesmb", "SHARESMB", "off", onlyfs=True),
    Prop("refquota", "REFQUOTA", "none", inherit=False, number=True, onlyfs=True),
    Prop("refreservation", "REFRESERV", "none", inherit=False, number=True),
)  # fmt: skip
BY_NAME = {p.name: p for p in PROPS}
ALIASES = {"avail": "available", "refer": "referenced", "reserv": "reservation",
           "recsize": "recordsize", "compress": "compression", "rdonly": "readonly",
           "refreserv": "refreservation", "volblock": "volblocksize",
           "ratio": "compressratio"}  # fmt: skip
# the properties a snapshot has
SNAPSHOT_PROPS = frozenset(
    {"type", "creation", "used", "available", "referenced", "compressratio",
     "checksum", "compression", "copies"}
)  # fmt: skip
# the properties a volume has besides the common ones
VOLUME_ONLY = frozenset({"volsize", "volblocksize"})


def lookup(name: str) -> Prop | None:
    """A property by its name or its short name."""
    return BY_NAME.get(ALIASES.get(name, name))


def applies(prop: Prop, kind: str) -> bool:
    """Whether a dataset of `kind` has `prop`."""
    if kind == "snapshot":
        return prop.name in SNAPSHOT_PROPS
    if prop.name in VOLUME_ONLY:
        return kind == "volume"
    return not (prop.onlyfs and kind == "volume")
