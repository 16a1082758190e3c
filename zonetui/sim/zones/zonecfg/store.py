"""Where zonecfg reads and writes configurations (libzonecfg's handle and index side).

Normally that is the domain's Solaris model (the zones, their states, the global zone's
resource settings), with /etc/zones rewritten from it after every change (§11). With
`-R root` it is the files below the alternate root alone, as on a mounted boot
environment. Templates (SUNWdefault, ...) are always read from the XML files.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from zonetui.model import Solaris, Zone, ZoneConfig
from zonetui.model.fs import ENOENT, Filesystem, FsError
from zonetui.model.world import copied
from zonetui.sim.zones.files import (
    INDEX_HEADER,
    ZONES_DIR,
    InvalidDocument,
    config_from_xml,
    parse_index,
    write_zone_files,
    zone_xml,
)
from zonetui.sim.zones.templates import brand_installed
from zonetui.sim.zones.zonecfg.doctype import document_type

DETACHED = "SUNWdetached.xml"


@dataclass
class Handle:
    """An open configuration (zone_dochandle_t): the document and how it will be saved."""

    document: ZoneConfig
    newzone: bool = False  # from a template: saving adds it to the index as configured
    delete_name: str = ""  # being renamed from this name
    # the document is the configuration a save committed, the world's own: the session
    # goes on with a copy, made should it use the document again (most never do)
    committed: bool = False

    @property
    def config(self) -> ZoneConfig:
        if self.committed:
            self.document = copied(self.document)
            self.committed = False
        return self.document

    @property
    def renaming(self) -> bool:
        return not self.newzone and bool(self.delete_name)


def _read_config(fs: Filesystem, path: str) -> tuple[str, ZoneConfig | None]:
    node = fs.get(path)
    if node is None or node.kind != "file":
        return ("Z_INVALID_DOCUMENT" if node is not None else "Z_NO_ZONE"), None
    try:
        return "Z_OK", config_from_xml(node.data)
    except InvalidDocument:
        return "Z_INVALID_DOCUMENT", None


class ZoneStore:
    """The configurations of one Solaris instance, as zonecfg sees them."""

    root = ""  # zonecfg_root: "" unless -R

    def __init__(self, solaris: Solaris, containers: list[str], now: float) -> None:
        self.solaris = solaris
        self.fs = solaris.fs
        self.containers = containers
        self.now = now

    @property
    def in_alt_root(self) -> bool:
        return bool(self.root)

    def config_dir(self) -> str:
        return self.root + ZONES_DIR

    def brand_installed(self, brand: str) -> bool:
        return brand_installed(brand, self.containers)

    def access(self, zone: str) -> str:
        """zonecfg_access(zone, W_OK): root may write wherever the directory exists."""
        if self.fs.is_dir(self.config_dir()):
            return "Z_OK"
        return "Z_MISC_FS"

    # -- reading ===========================================================================
    def load(self, name: str, reading: bool = False) -> tuple[str, ZoneConfig | None]:
        """zonecfg_get_handle(): a copy of the zone's committed configuration, or with
        `reading` the configuration itself, for a run that only reads it."""
        keep = _itself if reading else copied
        if name == "global":
            config = self.solaris.global_config
            return ("Z_OK", keep(config)) if config else ("Z_NO_ZONE", None)
        zone = self.solaris.zones.get(name)
        if zone is not None:
            return "Z_OK", keep(zone.config)
        if name.startswith("SUNW"):  # the templates are only files
            return _read_config(self.fs, f"{self.config_dir()}/{name}.xml")
        return "Z_NO_ZONE", None

    def template(self, name: str) -> tuple[str, ZoneConfig | None]:
        """zonecfg_get_template_handle(): /etc/zones/NAME.xml, a template or a zone."""
        if "/" in name:
            return "Z_NO_ZONE", None
        err, config = self.load(name)
        if err == "Z_NO_ZONE" and not name.startswith("SUNW") and name != "global":
            err, config = _read_config(self.fs, f"{self.config_dir()}/{name}.xml")
        return err, config

    def detached(self, path: str) -> tuple[str, ZoneConfig | None]:
        """zonecfg_get_attach_handle(): PATH/SUNWdetached.xml of a detached zonepath."""
        if not self.fs.is_dir(posixpath.join(path, "root")):
            return "Z_NO_ZONE", None
        manifest = posixpath.join(path, DETACHED)
        node = self.fs.get(manifest)
        if node is not None and node.kind == "file":
            kind = document_type(node.data)
            if kind != "Z_OK":
                return kind, None
        return _read_config(self.fs, manifest)

    def state(self, name: str) -> str | None:
        """zone_get_state(): None when there is no such zone."""
        if name == "global":
            return "running"
        zone = self.solaris.zones.get(name)
        return zone.state if zone is not None else None

    def committed_brand(self, name: str) -> str | None:
        """zone_get_brand(): the committed configuration's brand."""
        err, config = self.load(name, reading=True)
        return config.brand_name if config is not None else None

    # -- writing ===========================================================================
    def save(self, handle: Handle) -> str:
        """zonecfg_save(): write the configuration and its index entry. The handle's
        document becomes the committed configuration (the handle copies it should the
        session use it again)."""
        config = handle.config
        name = config.name
        if name == "global":
            self.solaris.global_config = config
            write_zone_files(self.solaris, self.now, changed=(name,))
            handle.committed = True
            return "Z_OK"
        zones = self.solaris.zones
        removed: tuple[str, ...] = ()
        if handle.renaming:
            old = zones.get(handle.delete_name)
            if old is None:
                return "Z_UPDATING_INDEX"
            old.config = config
            self.solaris.zones = {
                (name if key == handle.delete_name else key): zone for key, zone in zones.items()
            }
            removed = (handle.delete_name,)
        elif handle.newzone:
            zone = zones.get(name)
            if zone is None:
                zones[name] = Zone(config=config)
            else:  # create -F over an existing configuration: configured again
                zone.config = config
                zone.state = "configured"
                zone.uuid = ""
        elif name in zones:
            zones[name].config = config
        else:
            return "Z_UPDATING_INDEX"
        write_zone_files(self.solaris, self.now, removed=removed, changed=(name,))
        handle.newzone = False
        handle.delete_name = ""
        handle.committed = True
        return "Z_OK"

    def destroy(self, name: str, force: bool) -> str:
        """zonecfg_destroy(): configured zones go; installed ones only when forced; never
        ready or running ones."""
        state = self.state(name)
        if state is None:
            return "Z_NO_ZONE"
        if state not in ("configured", "incomplete", "installed"):
            return "Z_BAD_ZONE_STATE"
        if not force and state != "configured":
            return "Z_BAD_ZONE_STATE"
        del self.solaris.zones[name]
        write_zone_files(self.solaris, self.now, removed=(name,), changed=())
        return "Z_OK"


def _itself(config: ZoneConfig) -> ZoneConfig:
    return config


class AltRootStore(ZoneStore):
    """`zonecfg -R root`: the configuration files of a boot environment mounted at root."""

    def __init__(self, solaris: Solaris, containers: list[str], now: float, root: str) -> None:
        super().__init__(solaris, containers, now)
        self.root = root

    def _entries(self) -> list[list[str]]:
        node = self.fs.get(f"{self.config_dir()}/index")
        if node is None or node.kind != "file":
            return []
        return [list(entry) for entry in parse_index(node.data)]

    def _write_index(self, entries: list[list[str]]) -> None:
        lines = [INDEX_HEADER, "global:installed:/\n"]
        for name, state, path, uuid in entries:
            if name == "global":
                continue
            quoted = f'"{path}"' if ":" in path else path
            lines.append(f"{name}:{state}:{quoted}:{uuid}\n")
        self.fs.write(f"{self.config_dir()}/index", "".join(lines), now=self.now, group="sys")

    def load(self, name: str, reading: bool = False) -> tuple[str, ZoneConfig | None]:
        return _read_config(self.fs, f"{self.config_dir()}/{name}.xml")

    def template(self, name: str) -> tuple[str, ZoneConfig | None]:
        if "/" in name:
            return "Z_NO_ZONE", None
        return self.load(name)

    def state(self, name: str) -> str | None:
        if name == "global":
            return "running"
        return next((e[1] for e in self._entries() if e[0] == name), None)

    def save(self, handle: Handle) -> str:
        config = handle.config
        name = config.name
        entries = self._entries()
        try:
            path = f"{self.config_dir()}/{name}.xml"
            if self.fs.get(path) is not None:
                self.fs.remove(path)
            self.fs.write(path, zone_xml(config), now=self.now)
            if handle.renaming:
                for entry in entries:
                    if entry[0] == handle.delete_name:
                        entry[0], entry[2] = name, config.zonepath
                old = f"{self.config_dir()}/{handle.delete_name}.xml"
                if self.fs.get(old) is not None:
                    self.fs.remove(old)
            elif handle.newzone:
                entry = next((e for e in entries if e[0] == name), None)
                if entry is None:
                    entries.append([name, "configured", config.zonepath, ""])
                else:
                    entry[1:] = ["configured", config.zonepath, ""]
            else:
                for entry in entries:
                    if entry[0] == name:
                        entry[2] = config.zonepath
            self._write_index(entries)
        except FsError:
            return "Z_SAVING_FILE"
        handle.newzone = False
        handle.delete_name = ""
        return "Z_OK"

    def destroy(self, name: str, force: bool) -> str:
        state = self.state(name)
        path = f"{self.config_dir()}/{name}.xml"
        if state is None and self.fs.get(path) is None:
            return "Z_NO_ZONE"
        if state not in (None, "configured", "incomplete", "installed"):
            return "Z_BAD_ZONE_STATE"
        if not force and state not in (None, "configured"):
            return "Z_BAD_ZONE_STATE"
        self._write_index([e for e in self._entries() if e[0] != name])
        try:
            self.fs.remove(path)
        except FsError as error:
            if error.reason != ENOENT:
                return "Z_MISC_FS"
        return "Z_OK"
