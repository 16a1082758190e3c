"""IPv4 addresses as ifconfig and zoneadmd read and print them."""

from __future__ import annotations

ANY = "0.0.0.0"
LOOPBACK = "127.0.0.1"
LOOPBACK_MASK = "255.0.0.0"


def parse(text: str) -> int | None:
    """A dotted quad (inet_pton), or None."""
    parts = text.split(".")
    if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 for p in parts):
        return None
    values = [int(p) for p in parts]
    if any(v > 255 for v in values):
        return None
    return (values[0] << 24) | (values[1] << 16) | (values[2] << 8) | values[3]


def parse_mask(text: str) -> int | None:
    """A netmask: a dotted quad, or hex with a leading 0x (`0xffffff00`)."""
    if text.lower().startswith("0x"):
        try:
            value = int(text[2:], 16)
        except ValueError:
            return None
        return value if 0 <= value < 2**32 else None
    return parse(text)


def dotted(value: int) -> str:
    return ".".join(str((value >> shift) & 255) for shift in (24, 16, 8, 0))


def prefix_mask(prefix: int) -> int:
    return (2**32 - 1) ^ ((1 << (32 - prefix)) - 1) if prefix else 0


def class_mask(address: int) -> int:
    """The netmask the kernel infers from the address class when none is given."""
    if address >> 31 == 0:
        return prefix_mask(8)
    if address >> 30 == 0b10:
        return prefix_mask(16)
    if address >> 29 == 0b110:
        return prefix_mask(24)
    return prefix_mask(4)


def broadcast(address: int, mask: int) -> int:
    """The subnet broadcast address (0 for an interface without an address)."""
    if address == 0:
        return 0
    return (address & mask) | (~mask & (2**32 - 1))


def split_prefix(text: str) -> tuple[str, int | None, bool]:
    """`addr[/n]` -> (addr, n or None, ok); ok is False for a bad prefix length."""
    address, slash, prefix = text.partition("/")
    if not slash:
        return address, None, True
    if not prefix.isdigit() or int(prefix) > 32:
        return address, None, False
    return address, int(prefix), True


def zonecfg_address(text: str) -> tuple[str, str]:
    """A zonecfg net address (`192.168.1.10/24`): its address and netmask, the class
    netmask when it gives no prefix length (no /etc/netmasks entry is simulated)."""
    address, prefix, _ = split_prefix(text)
    value = parse(address) or 0
    mask = prefix_mask(prefix) if prefix is not None else class_mask(value)
    return dotted(value), dotted(mask)


def with_prefix(address: str, netmask: str) -> str:
    """`address/n` for a contiguous netmask, else the address alone."""
    mask = parse(netmask) or 0
    bits = bin(mask).count("1")
    if mask != prefix_mask(bits):
        return address
    return f"{address}/{bits}"


def netmasks_lookup(text: str, address: int) -> int | None:
    """getnetmaskbyaddr() over a netmasks(4) file: the mask of the address's network
    (its class network), or None."""
    network = address & class_mask(address)
    for line in text.splitlines():
        words = line.partition("#")[0].split()
        if len(words) >= 2 and parse(words[0]) == network:
            return parse_mask(words[1])
    return None
