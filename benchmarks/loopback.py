"""Servers the benchmarks start on 127.0.0.1 (a loopback site to crawl, ``coopwatch serve``): a free
port for one, and the wait until it answers."""

from __future__ import annotations

import socket
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(url: str, seconds: float) -> bool:
    """Whether ``url`` answers within ``seconds`` (asked every 0.1 s): the server started is up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                r.read()
            return True
        except OSError:
            time.sleep(0.1)
    return False
