"""What is kept of goals read lately: their readings (``shared.understood``) and routes.

A chat reads one goal several times: the questions (the offline planner's gap analysis), the
line that says back what the answers told it, the LLM's brief for the draft. Each reading is
about 4 ms of CPU and its route needs the goal's embedding. Here a reading is kept per exact
goal text, answers (in their order) and day, and a route per exact text: a different answer or
goal is a new entry, never a reading of another. Both are bounded (the oldest unused goes).

The kept readings are shared: callers only read them. The offline planner's draft changes its
reading as it plans (money paces, moved deadlines), so it calls ``understand`` for its own copy.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from assistant.playbooks import Playbook
    from assistant.playbooks.routing import Route
    from assistant.understanding.facts import Understanding

KEPT_READINGS = 64  # goals and answer sets of the chats in progress
KEPT_ROUTES = 256  # goal texts (a reading with answers may route a text joined with one)

V = TypeVar("V")


class Kept(Generic[V]):
    """The last ``size`` values by key, most recently used kept longest; safe across threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> V:
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._values)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


READINGS: Kept[Understanding] = Kept(KEPT_READINGS)
_ROUTES: Kept[tuple[tuple[Playbook, ...], Route]] = Kept(KEPT_ROUTES)


def routed(
    text: str,
    fields: tuple[Playbook, ...],
    money: bool,
    field_only: bool,
    route: Callable[[str, tuple[Playbook, ...], bool, bool], Route],
) -> Route:
    """``route(text, fields, money, field_only)`` once per text: a goal read again with other
    answers (the questions, then the plan) is not routed and embedded again."""
    key = (text, id(fields), money, field_only)
    found = _ROUTES.get(key)
    if found is not None and found[0] is fields:  # the same fields, not a reused id
        return found[1]
    return _ROUTES.put(key, (fields, route(text, fields, money, field_only)))[1]


def forget() -> None:
    """Drop every kept reading and route (benchmarks price a new goal this way)."""
    READINGS.clear()
    _ROUTES.clear()
