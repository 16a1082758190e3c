"""The hardware catalog: CMT chips and servers, read from ``catalog.toml``.

The facts live in the data file (reference: ldoms.md §1, §1.5, §1.6, §5.1); this module
only types them, checks them once at load, and derives the strand/core/socket topology.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from typing import Annotated, Any

from zonetui.hardware.sizes import MSG_NEGATIVE_SIZE, format_size, parse_size
from zonetui.model.record import Before, Limits, Record, load

# --- user-visible strings ---------------------------------------------------------------
# Kept together so a wording fix never touches logic. None of these is a verified `ldm`
# string; they are zonetui's own messages (config loading, programming errors).
MSG_UNKNOWN_PLATFORM = "unknown platform {pid!r}; known platforms: {known}"
MSG_CORES_ONE_OF = "cores must be one of {choices} for {pid}"
MSG_CORES_ONLY = "cores must be {choices} for {pid}"
MSG_MEMORY_RANGE = "memory must be between {low} and {high} for {pid} (got {got})"
MSG_NO_STRAND = "no strand {strand} on {pid} with {cores} cores per socket"
MSG_NO_CORE = "no core {core} on {pid} with {cores} cores per socket"

# --- sizes in the data file ---------------------------------------------------------------


def _coerce_size(value: Any) -> Any:
    """Let the data file give sizes as "32G" strings or as byte counts."""
    if isinstance(value, str):
        return parse_size(value)
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise ValueError(MSG_NEGATIVE_SIZE.format(value=value))
    return value  # the int validation rejects the rest


Size = Annotated[int, Before(_coerce_size)]
Positive = Annotated[int, Limits(gt=0)]
NotNegative = Annotated[int, Limits(ge=0)]
AtLeastOne = Limits(min_length=1)

# --- records ----------------------------------------------------------------------------


class _Frozen(Record, frozen=True, forbid=True):
    """Catalog data is shared by every host through the load_catalog() cache: immutable;
    a key the data file should not have is refused."""


class Chip(_Frozen):
    """A processor type: strands per core, FPU arrangement and LDoms limits."""

    id: str
    name: str  # "UltraSPARC-T2", as psrinfo -pv / prtdiag print it
    threads_per_core: Positive
    max_cores: Positive  # cores on the die; also the core-id stride per socket
    shared_fpu: bool  # T1: one FPU for the chip; T2/T2+: one per core
    ldc_channels_per_domain: Positive
    max_domains: Positive

    @property
    def strands_per_socket(self) -> int:
        """Strand-id stride between sockets (64 on T2 Plus)."""
        return self.max_cores * self.threads_per_core


class CoreSku(_Frozen):
    """A sold configuration: enabled cores per socket and the clocks it came with."""

    cores: Positive
    clocks_mhz: Annotated[tuple[int, ...], AtLeastOne]  # first = default

    @property
    def clock_mhz(self) -> int:
        """The default clock of this SKU."""
        return self.clocks_mhz[0]


class PcieRoot(_Frozen):
    """An I/O root nexus as `ldm` lists it under IO: device path and pseudonym."""

    path: str  # "pci@780"
    pseudonym: str  # "bus_a"


class Niu(PcieRoot):
    """The T2 on-chip 10 GbE unit (niu@80); assignable like a root complex."""


class MemoryBlock(_Frozen):
    """A physical memory range: start address and size in bytes."""

    pa: NotNegative
    size: Annotated[Size, Limits(gt=0)]

    @property
    def end(self) -> int:
        """First address past the block."""
        return self.pa + self.size


class Platform(_Frozen):
    """A server model: chip, sockets, SKUs, memory range, I/O and firmware reservation."""

    id: str  # catalog id used by configs: "T2000", "Netra-T2000", "T5440"
    name: str  # marketing name: "Sun Fire T2000"
    uname_i: str  # `uname -i`: "SUNW,Sun-Fire-T200"
    chip: Chip
    sockets: Positive
    skus: Annotated[tuple[CoreSku, ...], AtLeastOne]
    default_memory: Size
    min_memory: Size
    max_memory: Size
    pcie_roots: Annotated[tuple[PcieRoot, ...], AtLeastOne]
    niu: tuple[Niu, ...] = ()
    nic_driver: str  # on-board NICs of the control domain: e1000g0..e1000g3
    nic_count: NotNegative
    # the NIU's 10 GbE ports (T2 only), in the domain that holds the NIU: nxge0, nxge1
    niu_nic_driver: str = "nxge"
    niu_nic_count: NotNegative = 0
    reserved: tuple[MemoryBlock, ...]  # `_sys_` blocks, contiguous from PA 0

    def __post_init__(self) -> None:
        """The platform's figures agree with each other (a ValueError says which not)."""
        cores = [sku.cores for sku in self.skus]
        if len(set(cores)) != len(cores):
            raise ValueError(f"{self.id}: duplicate core SKUs {cores}")
        if max(cores) > self.chip.max_cores:
            raise ValueError(f"{self.id}: a SKU exceeds {self.chip.max_cores} cores")
        if not self.min_memory <= self.default_memory <= self.max_memory:
            raise ValueError(f"{self.id}: need min_memory <= default_memory <= max_memory")
        # Contiguity from 0 makes "first free PA" and "reserved total" the same number,
        # which the memory allocator relies on.
        pa = 0
        for block in self.reserved:
            if block.pa != pa:
                raise ValueError(f"{self.id}: reserved block at {block.pa:#x}, expected {pa:#x}")
            pa = block.end
        if self.min_memory <= pa:
            raise ValueError(f"{self.id}: min_memory does not exceed the reserved memory")
        paths = [io.path for io in (*self.pcie_roots, *self.niu)]
        if len(set(paths)) != len(paths):
            raise ValueError(f"{self.id}: duplicate I/O device paths {paths}")

    @property
    def core_counts(self) -> tuple[int, ...]:
        """The SKUs' enabled-core counts per socket, ascending."""
        return tuple(sorted(sku.cores for sku in self.skus))

    @property
    def default_cores(self) -> int:
        """Cores per socket when a config does not say: the largest SKU (DESIGN §5)."""
        return max(self.core_counts)

    @property
    def max_domains(self) -> int:
        """The chip's domain limit (a reduced-core SKU may hit one-per-strand first)."""
        return self.chip.max_domains

    @property
    def ldc_channels_per_domain(self) -> int:
        """LDC budget of each domain (ldoms.md §1.7)."""
        return self.chip.ldc_channels_per_domain

    @property
    def reserved_bytes(self) -> int:
        """Memory held by the hypervisor/firmware (`_sys_`)."""
        return sum(block.size for block in self.reserved)

    @property
    def first_free_pa(self) -> int:
        """Lowest physical address outside the `_sys_` blocks (where primary starts)."""
        return self.reserved[-1].end if self.reserved else 0

    @property
    def nics(self) -> tuple[str, ...]:
        """Instance names of the on-board NICs: ("e1000g0", ..., "e1000g3")."""
        return tuple(f"{self.nic_driver}{i}" for i in range(self.nic_count))

    @property
    def niu_nics(self) -> tuple[str, ...]:
        """Instance names of the NIU's ports: ("nxge0", "nxge1") on T2, () elsewhere."""
        if not self.niu:
            return ()
        return tuple(f"{self.niu_nic_driver}{i}" for i in range(self.niu_nic_count))

    def sku(self, cores: int) -> CoreSku:
        """The SKU with `cores` enabled cores per socket; ValueError if none."""
        self.check_cores(cores)
        return next(sku for sku in self.skus if sku.cores == cores)

    def check_cores(self, cores: int) -> None:
        """Raise ValueError unless `cores` is one of this platform's SKUs."""
        if cores in self.core_counts:
            return
        counts = self.core_counts
        template = MSG_CORES_ONE_OF if len(counts) > 1 else MSG_CORES_ONLY
        raise ValueError(template.format(choices=", ".join(map(str, counts)), pid=self.id))

    def check_memory(self, size: int) -> None:
        """Raise ValueError, naming the allowed range, unless min <= size <= max."""
        if self.min_memory <= size <= self.max_memory:
            return
        raise ValueError(
            MSG_MEMORY_RANGE.format(
                low=format_size(self.min_memory),
                high=format_size(self.max_memory),
                pid=self.id,
                got=format_size(size) if size >= 0 else size,
            )
        )

    def topology(self, cores: int | None = None) -> Topology:
        """The strand/core layout with `cores` per socket (default: the largest SKU)."""
        return Topology(self, self.default_cores if cores is None else cores)


class Catalog(_Frozen):
    """Every chip and platform, in data-file order."""

    chips: dict[str, Chip]
    platforms: dict[str, Platform]

    def ids(self) -> list[str]:
        """Platform ids in catalog order."""
        return list(self.platforms)

    def platform(self, pid: str) -> Platform:
        """The platform called `pid`; KeyError listing the known ids otherwise."""
        try:
            return self.platforms[pid]
        except KeyError:
            known = ", ".join(self.platforms)
            raise KeyError(MSG_UNKNOWN_PLATFORM.format(pid=pid, known=known)) from None


def parse_catalog(text: str) -> Catalog:
    """Build a Catalog from TOML text (ValueError if the data is wrong: a ValidationError
    for what the records refuse)."""
    return load(Catalog, _resolve_ids(tomllib.loads(text)))


def _resolve_ids(data: dict[str, Any]) -> dict[str, Any]:
    """The data file names each entry by its table key and refers to chips by id: the
    ids filled in and the chip references swapped for the chip tables."""
    chips = {cid: {"id": cid, **body} for cid, body in data.get("chips", {}).items()}
    platforms = {}
    for pid, body in data.get("platforms", {}).items():
        chip = body.get("chip")
        if isinstance(chip, str):
            if chip not in chips:
                raise ValueError(f"{pid}: unknown chip {chip!r}")
            body = {**body, "chip": chips[chip]}
        platforms[pid] = {"id": pid, **body}
    return {**data, "chips": chips, "platforms": platforms}


@cache
def load_catalog() -> Catalog:
    """The catalog shipped with the package, parsed once per process."""
    text = files("zonetui.hardware").joinpath("catalog.toml").read_text(encoding="utf-8")
    return parse_catalog(text)


# --- topology ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Topology:
    """Strand, core, socket, FPU and crypto-unit ids of one configured server.

    Core ids are `socket * chip.max_cores + i` for the i-th enabled core of a socket, and
    strand ids `core * threads_per_core + k` (ldoms.md §1.5), so on T2 Plus socket n
    starts at strand n * 64 whatever the SKU. Sequences are tuples, ascending.
    """

    platform: Platform
    cores_per_socket: int

    def __post_init__(self) -> None:
        self.platform.check_cores(self.cores_per_socket)

    @property
    def chip(self) -> Chip:
        """The platform's chip."""
        return self.platform.chip

    @property
    def sku(self) -> CoreSku:
        """The SKU this topology was built for."""
        return self.platform.sku(self.cores_per_socket)

    @property
    def sockets(self) -> int:
        """Number of sockets (chips)."""
        return self.platform.sockets

    @property
    def threads_per_core(self) -> int:
        """Strands per core (4 on T1, 8 on T2/T2 Plus)."""
        return self.chip.threads_per_core

    @property
    def clock_mhz(self) -> int:
        """The SKU's default clock."""
        return self.sku.clock_mhz

    @cached_property
    def cores(self) -> tuple[int, ...]:
        """Enabled core ids, ascending."""
        stride = self.chip.max_cores
        return tuple(
            socket * stride + i
            for socket in range(self.sockets)
            for i in range(self.cores_per_socket)
        )

    @cached_property
    def strands(self) -> tuple[int, ...]:
        """Strand (vcpu PID) ids, ascending."""
        return tuple(strand for core in self.cores for strand in self.strands_of_core(core))

    @cached_property
    def _core_set(self) -> frozenset[int]:
        return frozenset(self.cores)

    @property
    def crypto_units(self) -> tuple[int, ...]:
        """MAU / crypto-unit ids: one per core, numbered like the core."""
        return self.cores

    @property
    def fpus(self) -> tuple[int, ...]:
        """FPU ids: (0,) for the T1's shared unit, else one per core numbered like it."""
        return (0,) if self.chip.shared_fpu else self.cores

    @property
    def max_domains(self) -> int:
        """Domains this box can hold: the chip limit, or one per strand if fewer."""
        return min(self.chip.max_domains, len(self.strands))

    def _check_core(self, core: int) -> None:
        if core not in self._core_set:
            raise ValueError(
                MSG_NO_CORE.format(core=core, pid=self.platform.id, cores=self.cores_per_socket)
            )

    def core_of(self, strand: int) -> int:
        """The core that holds `strand` (ValueError if the strand does not exist)."""
        core = strand // self.threads_per_core
        if strand < 0 or core not in self._core_set:
            raise ValueError(
                MSG_NO_STRAND.format(
                    strand=strand, pid=self.platform.id, cores=self.cores_per_socket
                )
            )
        return core

    def socket_of(self, core: int) -> int:
        """The socket that holds `core`."""
        self._check_core(core)
        return core // self.chip.max_cores

    def strands_of_core(self, core: int) -> tuple[int, ...]:
        """The strands of `core`, ascending."""
        self._check_core(core)
        first = core * self.threads_per_core
        return tuple(range(first, first + self.threads_per_core))

    def fpu_of_core(self, core: int) -> int:
        """The FPU `core` uses (0 on T1, where all cores share one)."""
        self._check_core(core)
        return 0 if self.chip.shared_fpu else core

    def usable_memory(self, installed: int) -> int:
        """Installed memory minus the firmware's `_sys_` blocks."""
        return installed - self.platform.reserved_bytes

    @property
    def first_free_pa(self) -> int:
        """End of the reserved layout: where the factory-default primary's memory starts."""
        return self.platform.first_free_pa
