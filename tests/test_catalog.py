"""The hardware catalog: data loads, topology numbering, sizes, config validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetui.hardware import (
    Catalog,
    Platform,
    Topology,
    format_size,
    load_catalog,
    parse_catalog,
    parse_size,
)

CATALOG = load_catalog()
PLATFORM_IDS = CATALOG.ids()
# Every (platform, SKU) pair, so each topology test covers the whole catalog.
CONFIGS = [(pid, sku.cores) for pid in PLATFORM_IDS for sku in CATALOG.platform(pid).skus]

K, M, G = 1 << 10, 1 << 20, 1 << 30


# --- loading ----------------------------------------------------------------------------


def test_catalog_lists_the_platforms_configs_name_in_file_order() -> None:
    assert PLATFORM_IDS == [
        "T1000", "T2000", "Netra-T2000", "T6300",
        "T5120", "T5220", "T6320",
        "T5140", "T5240", "T6340", "T5440",
    ]  # fmt: skip


def test_load_catalog_is_cached() -> None:
    assert load_catalog() is load_catalog()


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_every_platform_loads_with_sane_values(pid: str) -> None:
    platform = CATALOG.platform(pid)
    assert platform.id == pid
    assert platform.uname_i.startswith("SUNW,")
    assert platform.min_memory <= platform.default_memory <= platform.max_memory
    assert platform.nics == tuple(f"e1000g{i}" for i in range(4))
    platform.check_memory(platform.default_memory)
    platform.check_cores(platform.default_cores)


@pytest.mark.parametrize(
    ("pid", "name", "uname_i", "chip", "sockets"),
    [
        ("T1000", "Sun Fire T1000", "SUNW,Sun-Fire-T1000", "UltraSPARC-T1", 1),
        ("T2000", "Sun Fire T2000", "SUNW,Sun-Fire-T200", "UltraSPARC-T1", 1),
        ("Netra-T2000", "Netra T2000", "SUNW,Netra-T2000", "UltraSPARC-T1", 1),
        ("T6300", "Sun Blade T6300", "SUNW,Sun-Blade-T6300", "UltraSPARC-T1", 1),
        ("T5120", "SPARC Enterprise T5120", "SUNW,SPARC-Enterprise-T5120", "UltraSPARC-T2", 1),
        ("T5220", "SPARC Enterprise T5220", "SUNW,SPARC-Enterprise-T5220", "UltraSPARC-T2", 1),
        ("T6320", "Sun Blade T6320", "SUNW,Sun-Blade-T6320", "UltraSPARC-T2", 1),
        ("T5140", "SPARC Enterprise T5140", "SUNW,T5140", "UltraSPARC-T2+", 2),
        ("T5240", "SPARC Enterprise T5240", "SUNW,T5240", "UltraSPARC-T2+", 2),
        ("T6340", "Sun Blade T6340", "SUNW,Sun-Blade-T6340", "UltraSPARC-T2+", 2),
        ("T5440", "SPARC Enterprise T5440", "SUNW,T5440", "UltraSPARC-T2+", 4),
    ],
)
def test_platform_identity(pid: str, name: str, uname_i: str, chip: str, sockets: int) -> None:
    platform = CATALOG.platform(pid)
    assert (platform.name, platform.uname_i, platform.chip.name, platform.sockets) == (
        name,
        uname_i,
        chip,
        sockets,
    )


@pytest.mark.parametrize(
    ("chip", "threads", "ldcs", "domains"),
    [("T1", 4, 256, 32), ("T2", 8, 512, 64), ("T2Plus", 8, 768, 128)],
)
def test_chip_limits(chip: str, threads: int, ldcs: int, domains: int) -> None:
    c = CATALOG.chips[chip]
    assert (c.threads_per_core, c.max_cores, c.ldc_channels_per_domain, c.max_domains) == (
        threads,
        8,
        ldcs,
        domains,
    )


def test_unknown_platform_names_the_known_ones() -> None:
    with pytest.raises(KeyError) as err:
        CATALOG.platform("T5555")
    message = err.value.args[0]
    assert "'T5555'" in message
    assert "T2000" in message and "T5440" in message


def test_io_roots_per_family() -> None:
    def io(pid: str) -> list[tuple[str, str]]:
        return [(r.path, r.pseudonym) for r in CATALOG.platform(pid).pcie_roots]

    assert io("T2000") == [("pci@780", "bus_a"), ("pci@7c0", "bus_b")]
    assert io("T5220") == [("pci@0", "pci")]
    assert [(n.path, n.pseudonym) for n in CATALOG.platform("T5220").niu] == [("niu@80", "niu")]
    assert io("T5240") == [("pci@400", "pci_0"), ("pci@500", "pci_1")]
    assert io("T5440") == [
        ("pci@400", "pci_0"),
        ("pci@500", "pci_1"),
        ("pci@600", "pci_2"),
        ("pci@700", "pci_3"),
    ]
    # T1 and T2 Plus have no NIU (ldoms.md §9.2).
    assert CATALOG.platform("T2000").niu == () and CATALOG.platform("T5140").niu == ()


def test_reserved_layouts_match_the_reference_listings() -> None:
    def layout(pid: str) -> list[tuple[str, str]]:
        return [(hex(b.pa), format_size(b.size)) for b in CATALOG.platform(pid).reserved]

    # ldoms.md §1.6: T1 (LDoms 1.2 list-devices) and T2 Plus (OVM 2.x listing).
    assert layout("T2000") == [("0x0", "512K"), ("0x80000", "1536K"), ("0x200000", "62M")]
    assert layout("T5140") == [
        ("0x0", "512K"),
        ("0x80000", "1536K"),
        ("0x200000", "94M"),
        ("0x6000000", "32M"),
        ("0x8000000", "96M"),
    ]
    assert CATALOG.platform("T2000").first_free_pa == 0x4000000
    assert CATALOG.platform("T5120").first_free_pa == 0x8000000
    assert CATALOG.platform("T5140").first_free_pa == 0xE000000


def test_factory_default_primary_memory_on_t2_plus_matches_t27() -> None:
    # ldoms.md T27: 32 GiB installed, primary owns 0xe000000 + 32544M.
    topo = CATALOG.platform("T5140").topology()
    assert format_size(topo.usable_memory(parse_size("32G"))) == "32544M"
    assert topo.first_free_pa + topo.usable_memory(32 * G) == 32 * G


def test_bad_catalog_data_is_rejected() -> None:
    text = """
[chips.X]
name = "X"
threads_per_core = 4
max_cores = 8
shared_fpu = true
ldc_channels_per_domain = 256
max_domains = 32

[platforms.P]
name = "P"
uname_i = "SUNW,P"
chip = "X"
sockets = 1
skus = [{ cores = 4, clocks_mhz = [1000] }]
default_memory = "8G"
min_memory = "4G"
max_memory = "16G"
pcie_roots = [{ path = "pci@780", pseudonym = "bus_a" }]
nic_driver = "e1000g"
nic_count = 4
reserved = [{ pa = 0x0, size = "512K" }, { pa = 0x100000, size = "1M" }]
"""
    with pytest.raises(ValueError, match="reserved block at 0x100000"):
        parse_catalog(text)
    fixed = text.replace("0x100000", "0x80000")
    assert isinstance(parse_catalog(fixed), Catalog)
    with pytest.raises(ValueError, match="unknown chip"):
        parse_catalog(fixed.replace('chip = "X"', 'chip = "Y"'))
    with pytest.raises(ValueError, match="exceeds 8 cores"):
        parse_catalog(fixed.replace("cores = 4", "cores = 16"))
    with pytest.raises(ValueError, match="invalid size"):
        parse_catalog(fixed.replace('"16G"', '"16 gigs"'))


# --- topology ---------------------------------------------------------------------------


@pytest.mark.parametrize(("pid", "cores"), CONFIGS)
def test_topology_counts_and_ordering(pid: str, cores: int) -> None:
    platform = CATALOG.platform(pid)
    topo = Topology(platform, cores)
    chip = platform.chip
    assert len(topo.cores) == platform.sockets * cores
    assert len(topo.strands) == platform.sockets * cores * chip.threads_per_core
    assert list(topo.strands) == sorted(set(topo.strands))
    assert list(topo.cores) == sorted(set(topo.cores))
    # One crypto unit per core, numbered like its core.
    assert topo.crypto_units == topo.cores
    # Every strand belongs to exactly one core's strand list.
    assert sorted(s for c in topo.cores for s in topo.strands_of_core(c)) == list(topo.strands)
    # Socket n starts at core n * max_cores, i.e. strand n * max_cores * threads.
    for socket in range(platform.sockets):
        first = min(c for c in topo.cores if topo.socket_of(c) == socket)
        assert first == socket * chip.max_cores
        assert topo.strands_of_core(first)[0] == socket * chip.strands_per_socket
    assert topo.clock_mhz == platform.sku(cores).clocks_mhz[0]
    assert topo.max_domains == min(chip.max_domains, len(topo.strands))


@st.composite
def strand_on_some_config(draw: st.DrawFn) -> tuple[Topology, int]:
    pid, cores = draw(st.sampled_from(CONFIGS))
    topo = CATALOG.platform(pid).topology(cores)
    return topo, draw(st.sampled_from(topo.strands))


@given(strand_on_some_config())
def test_core_socket_and_strand_lookups_agree(case: tuple[Topology, int]) -> None:
    topo, strand = case
    core = topo.core_of(strand)
    assert strand in topo.strands_of_core(core)
    assert core == strand // topo.threads_per_core
    assert topo.socket_of(core) == strand // topo.chip.strands_per_socket
    assert 0 <= topo.socket_of(core) < topo.sockets
    assert topo.fpu_of_core(core) in topo.fpus


@given(st.sampled_from(CONFIGS), st.integers(min_value=-4, max_value=600))
def test_strands_outside_the_topology_are_refused(config: tuple[str, int], strand: int) -> None:
    topo = CATALOG.platform(config[0]).topology(config[1])
    if strand in topo.strands:
        assert strand in topo.strands_of_core(topo.core_of(strand))
    else:
        with pytest.raises(ValueError, match=f"no strand {strand} on"):
            topo.core_of(strand)


def test_small_t1_numbers_cores_from_zero() -> None:
    topo = CATALOG.platform("T2000").topology(4)
    assert topo.cores == (0, 1, 2, 3)
    assert topo.strands == tuple(range(16))
    assert topo.strands_of_core(3) == (12, 13, 14, 15)
    with pytest.raises(ValueError, match="no core 4 on T2000"):
        topo.strands_of_core(4)


@pytest.mark.parametrize("pid", ["T1000", "T2000", "Netra-T2000", "T6300"])
def test_t1_has_one_fpu_shared_by_all_cores(pid: str) -> None:
    topo = CATALOG.platform(pid).topology()
    assert topo.fpus == (0,)
    assert {topo.fpu_of_core(c) for c in topo.cores} == {0}
    assert len(topo.crypto_units) == len(topo.cores) == 8
    assert topo.strands == tuple(range(32))


@pytest.mark.parametrize("pid", ["T5120", "T5220", "T6320", "T5140", "T5240", "T6340", "T5440"])
def test_t2_family_has_an_fpu_per_core(pid: str) -> None:
    topo = CATALOG.platform(pid).topology()
    assert topo.fpus == topo.cores
    assert all(topo.fpu_of_core(c) == c for c in topo.cores)


def test_t5240_socket_1_starts_at_strand_64() -> None:
    topo = CATALOG.platform("T5240").topology(6)
    assert topo.cores == (0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)
    assert topo.strands[48] == 64  # 6 cores x 8 strands on socket 0, then a jump
    assert topo.socket_of(8) == 1 and topo.core_of(64) == 8
    assert 48 not in topo.strands


def test_t5440_has_256_strands() -> None:
    topo = CATALOG.platform("T5440").topology(8)
    assert topo.strands == tuple(range(256))
    assert topo.sockets == 4 and len(topo.cores) == 32 and len(topo.crypto_units) == 32
    assert topo.socket_of(topo.core_of(255)) == 3
    assert topo.max_domains == 128


def test_topology_refuses_a_non_sku_core_count() -> None:
    with pytest.raises(ValueError, match="cores must be one of 6, 8 for T5240"):
        Topology(CATALOG.platform("T5240"), 4)


# --- sizes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("32G", 32 * G),
        ("512m", 512 * M),
        ("1536K", 1536 * K),
        ("4096", 4096),
        ("1t", 1 << 40),
        (" 4G ", 4 * G),
        ("0", 0),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "G", "-1G", "1.5G", "1GB", "4 G B", "0x10", "1P", "١G"])
def test_bad_sizes_raise_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="invalid size"):
        parse_size(text)


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (G, "1G"),
        (3 * G // 2, "1536M"),
        (1920 * M, "1920M"),
        (2304 * M, "2304M"),
        (32544 * M, "32544M"),
        (512 * K, "512K"),
        (1536 * K, "1536K"),
        (1024 * G, "1024G"),
        (1000, "1000"),
        (0, "0"),
    ],
)
def test_format_size_uses_the_largest_exact_unit(size: int, text: str) -> None:
    assert format_size(size) == text


def test_format_size_refuses_negative() -> None:
    with pytest.raises(ValueError):
        format_size(-1)


@given(st.integers(min_value=0, max_value=1 << 50))
def test_format_then_parse_round_trips(size: int) -> None:
    assert parse_size(format_size(size)) == size


@given(st.integers(min_value=0, max_value=1 << 20), st.sampled_from("kKmMgGtT"))
def test_parse_then_format_round_trips(number: int, unit: str) -> None:
    size = parse_size(f"{number}{unit}")
    assert parse_size(format_size(size)) == size
    assert format_size(size) == format_size(parse_size(f"{number}{unit.lower()}"))


# --- config validation ------------------------------------------------------------------


def test_check_cores_lists_the_skus() -> None:
    with pytest.raises(ValueError, match=r"^cores must be one of 4, 6, 8 for T2000$"):
        CATALOG.platform("T2000").check_cores(5)
    with pytest.raises(ValueError, match=r"^cores must be 8 for T5440$"):
        CATALOG.platform("T5440").check_cores(4)


@pytest.mark.parametrize("size", ["4G", "65G", "1T"])
def test_check_memory_names_the_range(size: str) -> None:
    t2000: Platform = CATALOG.platform("T2000")
    with pytest.raises(ValueError, match=r"between 8G and 64G for T2000 \(got "):
        t2000.check_memory(parse_size(size))


def test_check_memory_accepts_the_limits() -> None:
    t2000 = CATALOG.platform("T2000")
    t2000.check_memory(t2000.min_memory)
    t2000.check_memory(t2000.max_memory)
