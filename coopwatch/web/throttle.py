"""Login throttling: password guessing slows down to nothing.

Failed logins are counted per account name and per client address over a window. Past a free
number of failures, each further attempt must wait — twice as long after every failure, up to a
ceiling — and is answered 429 with ``Retry-After`` *before* any password is checked, so a guesser
learns nothing and costs the server nothing. A successful login clears its account's count (not its
address's). The counts live in the server process: several server processes each keep their own,
which multiplies the rate an attacker gets by their number, not more.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0


@dataclass
class Throttle:
    account_free: int = 5  # failures of one account before it must wait
    address_free: int = 30  # failures from one address (many accounts) before it must wait
    first_wait: float = 1.0  # seconds, doubled at every further failure
    max_wait: float = 900.0
    window: float = 3600.0  # failures older than this are forgotten
    max_keys: int = 100_000  # the oldest counts go first beyond this (memory stays bounded)
    _counts: OrderedDict[tuple[str, str], _Count] = field(default_factory=OrderedDict, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def _keys(self, name: str, address: str) -> list[tuple[tuple[str, str], int]]:
        return [(("account", name.casefold()), self.account_free), (("address", address), self.address_free)]

    def wait(self, name: str, address: str) -> int:
        """Seconds this attempt must still wait (0: it may go ahead)."""
        now = time.monotonic()
        longest = 0.0
        with self._lock:
            for key, free in self._keys(name, address):
                c = self._counts.get(key)
                if c is None:
                    continue
                if now - c.last > self.window:
                    del self._counts[key]
                    continue
                if c.failures >= free:
                    due = min(self.first_wait * 2 ** (c.failures - free), self.max_wait)
                    longest = max(longest, c.last + due - now)
        return math.ceil(longest) if longest > 0 else 0

    def failed(self, name: str, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key, _ in self._keys(name, address):
                c = self._counts.pop(key, None) or _Count()
                c.failures, c.last = c.failures + 1, now
                self._counts[key] = c  # the most recent last
            while len(self._counts) > self.max_keys:
                self._counts.popitem(last=False)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._counts.pop(("account", name.casefold()), None)
