"""Checking passwords for gradio's login form, with repeated failures throttled.

After ``MAX_FAILURES`` wrong passwords for one name within ``WINDOW_S`` seconds that name is
locked for ``LOCK_S`` seconds (even the right password fails meanwhile), and every failure
waits ``FAILURE_DELAY_S`` before answering, so guessing costs time. The same holds for all
names together, with ``MAX_FAILURES_ALL``, so spreading guesses over names does not help.
"""

from __future__ import annotations

import asyncio
import hmac
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 5
MAX_FAILURES_ALL = 50
WINDOW_S = 60.0
LOCK_S = 60.0
FAILURE_DELAY_S = 0.2
ANY_USER = "\0all"


class Login:
    """Password checks for gradio over (user, password) pairs; pass ``verify`` as ``auth``."""

    def __init__(
        self,
        pairs: list[tuple[str, str]],
        clock: Callable[[], float] = time.monotonic,
        delay_s: float = FAILURE_DELAY_S,
    ) -> None:
        self._passwords = dict(pairs)
        self._clock = clock
        self._delay_s = delay_s
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    async def verify(self, username: str, password: str) -> bool:
        """Gradio's ``auth`` (an ``async def``: gradio awaits only coroutine functions)."""
        if self.check(username, password):
            return True
        await asyncio.sleep(self._delay_s)
        return False

    def check(self, username: str, password: str) -> bool:
        """True for the right password of a name that is not locked; counts failures."""
        now = self._clock()
        with self._lock:
            if self._locked(username, now) or self._locked(ANY_USER, now):
                return False
            known = self._passwords.get(username)
            # compare even for unknown names, so timing does not tell which names exist
            ok = hmac.compare_digest(
                (known or "\0").encode("utf-8", "surrogatepass"),
                password.encode("utf-8", "surrogatepass"),
            )
            if ok and known is not None:
                return True
            self._fail(username, now, MAX_FAILURES)
            self._fail(ANY_USER, now, MAX_FAILURES_ALL)
            return False

    def _locked(self, key: str, now: float) -> bool:
        return self._locked_until.get(key, 0.0) > now

    def _fail(self, key: str, now: float, limit: int) -> None:
        recent = self._failures.setdefault(key, deque())
        recent.append(now)
        while recent and recent[0] < now - WINDOW_S:
            recent.popleft()
        if len(recent) >= limit:
            self._locked_until[key] = now + LOCK_S
            recent.clear()
        if len(self._failures) > 10_000:  # names are free text: forget the oldest
            self._failures.pop(next(iter(self._failures)))
