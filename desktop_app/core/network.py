"""Whether an address reaches this computer only: one rule for every server Lokal listens on or
talks to (its own API server, a Chroma server), so each front end warns about the same hosts."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """Whether `host` reaches this computer only: 127.0.0.0/8, ::1, localhost. Any other name
    may resolve to an address other computers reach, so it counts as not loopback."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1 (Python 3.11 says no)
    return address.is_loopback or bool(mapped and mapped.is_loopback)
