"""The application service: plan, revise, review, why and report over one store and review memory.

The CLI and the app are thin adapters over this: they read input and render output, and never
put validation, scheduling, storage or retrieval together themselves. The store and the review
memory are opened on first use (the memory imports chromadb, which takes seconds), and each
step imports what it needs when it runs, so one CLI command loads only its own part.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.engines.base import Engine, Progress, no_progress
from assistant.models import Diagnosis, Plan, Review
from assistant.report import Report, report

if TYPE_CHECKING:
    from assistant.conversation import Conversation
    from assistant.memory.reviews import ReviewMemory
    from assistant.planner import PlanResult
    from assistant.store import Store


class Goalsmith:
    """Everything a person can do with their plans, for any user of one data home."""

    def __init__(self, settings: Settings, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.settings = settings
        self.today = today
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._memory: ReviewMemory | None = None

    @property
    def store(self) -> Store:
        """The SQLite store of plans and reviews (the truth)."""
        with self._lock:
            if self._store is None:
                from assistant.store import Store

                self.settings.home.mkdir(parents=True, exist_ok=True)
                self._store = Store(self.settings.db_path)
            return self._store

    @property
    def memory(self) -> ReviewMemory:
        """The Chroma index of reviews (derived from the store; raises when it cannot open)."""
        with self._lock:
            if self._memory is None:
                from assistant.memory.reviews import open_memory

                self._memory = open_memory(self.settings)
            return self._memory

    def memory_or_problem(self) -> tuple[ReviewMemory | None, str | None]:
        """The review memory, or (None, why not): storing a review or answering "why" from the
        stored reviews matters more than retrieval."""
        try:
            return self.memory, None
        except Exception as exc:  # reported by the callers as "not indexed"
            return None, f"{type(exc).__name__}: {exc}"

    def delete(self, plan_id: str, user: str) -> str:
        """Delete a plan everywhere (every version, tick and review, and its review index);
        returns its goal statement for the confirmation."""
        from assistant.memory.reviews import forget_plan

        statement = self.store.get_plan(plan_id, user).goal.statement
        memory, _ = self.memory_or_problem()
        forget_plan(self.store, memory, plan_id, user)
        return statement

    # --- plan and revise ------------------------------------------------------------------

    def conversation(self, engine: Engine | None = None) -> Conversation:
        """A chat from a vague goal to a plan and its revisions (the app's Chat tab), written by
        ``engine`` or else the configured one."""
        from assistant.conversation import Conversation
        from assistant.engines.select import make_engine

        chosen = engine if engine is not None else make_engine(self.settings)
        return Conversation(chosen, self.settings, today=self.today())

    def conversation_about(self, plan: Plan, engine: Engine | None = None) -> Conversation:
        """A chat that continues with a stored plan: each message revises it."""
        from assistant.conversation import Conversation
        from assistant.engines.select import make_engine

        chosen = engine if engine is not None else make_engine(self.settings)
        return Conversation.about(plan, chosen, self.settings, today=self.today())

    def plan(
        self, engine: Engine, goal: str, answers: dict[str, str], progress: Progress = no_progress
    ) -> PlanResult:
        """A validated plan for the goal, repaired a bounded number of times."""
        from assistant.planner import plan_goal

        return plan_goal(engine, goal, answers, self.settings, self.today(), progress)

    def revise(
        self, engine: Engine, plan: Plan, instruction: str, progress: Progress = no_progress
    ) -> PlanResult:
        """A new version of the plan following a plain-words request."""
        from assistant.planner import revise_plan

        return revise_plan(engine, plan, instruction, self.settings, self.today(), progress)

    def save(self, plan: Plan, user: str) -> Plan:
        """Store the plan as a new version (nothing is overwritten)."""
        return self.store.save_plan(plan, user)

    # --- review, why, report --------------------------------------------------------------

    def review(self, review: Review, user: str) -> tuple[Review, bool, str | None]:
        """Store the weekly review and index it; (stored, indexed, why not indexed)."""
        from assistant.memory.reviews import record_review

        memory, problem = self.memory_or_problem()
        stored, indexed = record_review(self.store, memory, review, user)
        return stored, indexed, problem

    def why(self, plan_id: str, question: str, user: str) -> Diagnosis:
        """Why the goal stalled: causes cited from the user's own reviews, and changes to make."""
        from assistant.diagnose import diagnose

        memory, _ = self.memory_or_problem()
        return diagnose(self.store, memory, plan_id, question, user, self.settings, self.today())

    def apply(self, plan_id: str, diagnosis: Diagnosis, user: str) -> Plan:
        """The diagnosis's proposed changes saved as one new plan version."""
        from assistant.diagnose import apply_changes

        return apply_changes(self.store, plan_id, diagnosis, user, self.settings, self.today())

    def report(self, plan: Plan) -> Report:
        """The plan's findings, schedule and exports as of today."""
        return report(plan, self.settings, self.today())
