"""Test doubles: fake servers on loopback (obs, TikTok Shop), a fake clock and an in-process keyring backend."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FakeClock:
    """Wall and monotonic time that only move when told to (``sleep`` advances them; nothing really waits).

    Attributes:
        slept: every duration passed to :meth:`sleep`, in order.
    """

    def __init__(self, start: float) -> None:
        self._now = float(start)
        self._lock = threading.Lock()
        self.slept: list[float] = []

    def time(self) -> float:
        """Unix seconds."""
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        """Seconds, moving with :meth:`time`."""
        return self.time()

    def sleep(self, seconds: float) -> None:
        """Advance the clock instead of waiting."""
        with self._lock:
            self.slept.append(seconds)
            self._now += max(seconds, 0.0)

    def advance(self, seconds: float) -> None:
        """Let time pass."""
        with self._lock:
            self._now += seconds


class DictKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict (a real backend, in process).

    Its priority is negative so keyring never picks it on its own; tests install it with ``keyring.set_keyring``.
    """

    priority = -5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")
