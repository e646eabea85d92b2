"""Which addresses the crawler may connect to.

A source list is edited by people through the web page, and a feed names whatever addresses its
author likes: without a check, "http://127.0.0.1:5432/" or "http://169.254.169.254/" in a feed
would make the server probe its own network. Every request — and every hop of a redirect — is
preceded by resolving the host and refusing loopback, private, link-local, shared, reserved and
multicast addresses unless the settings allow private networks (tests on loopback, an intranet
portal).

What this does not stop: a name whose DNS answer changes between the check and httpx's own
resolution a moment later (DNS rebinding). Closing that needs connecting to the checked address
itself, which httpx offers no hook for; the window is milliseconds and the attacker must run the
DNS server the name resolves through.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class AddressRefused(Exception):
    """The host resolves to an address the settings do not allow (the message is in Russian)."""


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is not part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise OSError(f"адрес сайта {host} не найден (DNS)") from e
    return sorted({info[4][0] for info in infos})


def check_address(url: str, *, allow_private: bool) -> None:
    """Raise ``AddressRefused`` when ``url``'s host is (or resolves to) a non-public address and
    private networks are not allowed; ``OSError`` when the name does not resolve."""
    if allow_private:
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for address in resolve(host, port):
        if not is_public(address):
            raise AddressRefused(
                f"адрес {host} ведёт во внутреннюю сеть ({address}): такие запросы запрещены "
                "(разрешить — параметр --allow-private или COOPWATCH_CRAWL_ALLOW_PRIVATE=1)"
            )
