"""The smaller shapes a language model writes, and how they become a Plan or Questions.

A model never writes bookkeeping: plan id, version, created_at, start date, task status and
metadata are filled in here. Task ids stay in the draft because ``depends_on`` needs them, and
milestone and task order is kept so that finding paths (``milestones[1].tasks[2]``) mean the
same thing in the draft the model repairs. Every field is required (null where unknown) so
the schema also works with OpenAI's strict structured outputs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from assistant.engines.base import Question
from assistant.models import Method, MetricKind, ModelCall, Plan, PlanMetadata, Weekday


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    strict_schema: ClassVar[bool] = True  # every field required: fit for OpenAI strict mode


class DraftMetric(_Draft):
    name: str
    target: float
    unit: str
    baseline: float | None
    kind: MetricKind


class DraftGoal(_Draft):
    statement: str
    metric: DraftMetric
    deadline: dt.date
    why: str | None


class DraftAssumption(_Draft):
    text: str
    source: Literal["stated", "assumed"]
    key: str | None


class DraftRecurrence(_Draft):
    times: int
    per: Literal["day", "week", "month"]


class DraftTask(_Draft):
    id: str
    title: str
    owner: str
    estimate_minutes: int
    start: dt.date | None
    due: dt.date
    done_when: str
    depends_on: list[str]
    attacks_constraint: bool
    recurrence: DraftRecurrence | None


class DraftMilestone(_Draft):
    title: str
    metric: DraftMetric
    deadline: dt.date
    tasks: list[DraftTask]


class PlanDraft(_Draft):
    """A goal broken into 3-5 outcome milestones of small, owned, verifiable tasks."""

    goal: DraftGoal
    constraint: str
    constraint_strategy: str
    method: Method
    capacity_hours_per_week: float
    owners: list[str]
    team: bool
    assumptions: list[DraftAssumption]
    milestones: list[DraftMilestone]
    leading_indicators: list[DraftMetric]
    review_day: Weekday


class DraftQuestion(_Draft):
    key: str
    question: str
    why: str


class QuestionList(_Draft):
    """The few questions whose answers change the plan most."""

    questions: list[DraftQuestion]


def plan_from_draft(
    draft: PlanDraft,
    *,
    today: dt.date,
    metadata: PlanMetadata,
    previous: Plan | None = None,
    version: int | None = None,
) -> Plan:
    """A full Plan; a malformed draft raises pydantic's ValidationError (sent back to the model).

    With ``previous`` (a repair or revision) the plan keeps its id and start date, and tasks
    that keep their id keep their status and sessions done.
    """
    data: dict[str, Any] = draft.model_dump(mode="json")
    kept = {t.id: t for t in previous.tasks()} if previous else {}
    for index, milestone in enumerate(data["milestones"], start=1):
        milestone["id"] = f"m{index}"
        for task in milestone["tasks"]:
            before = kept.get(task["id"])
            task["status"] = before.status if before else "todo"
            if before is not None and before.sessions_done:
                task["sessions_done"] = [d.isoformat() for d in before.sessions_done]
    data["start_date"] = (previous.start_date if previous else today).isoformat()
    if previous is not None:
        data["id"] = previous.id
        data["version"] = version or previous.version
        if previous.request is not None:  # the person's words stay with every version
            data["request"] = previous.request.model_dump()
    data["metadata"] = metadata.model_dump()
    return Plan.model_validate(data)


def draft_from_plan(plan: Plan) -> dict[str, Any]:
    """The plan in the shape the model writes, for repair and revision prompts."""
    data = plan.model_dump(
        mode="json",
        exclude={"id", "version", "created_at", "start_date", "metadata", "request"},
    )
    for milestone in data["milestones"]:
        milestone.pop("id", None)
        for task in milestone["tasks"]:
            task.pop("status", None)
            task.pop("sessions_done", None)  # progress, not something the model writes
    return PlanDraft.model_validate(data).model_dump(mode="json")


def questions_from_list(found: QuestionList, limit: int = 5) -> list[Question]:
    """Questions with keys made safe (snake_case) and duplicates dropped."""
    out: list[Question] = []
    seen: set[str] = set()
    for q in found.questions:
        key = re.sub(r"[^a-z]+", "_", q.key.lower()).strip("_") or "question"
        if key in seen or not q.question.strip():
            continue
        seen.add(key)
        out.append(
            Question(
                key=key, question=q.question.strip(), why=q.why.strip() or "it shapes the plan"
            )
        )
    return out[:limit]


def empty_metadata(model: str | None, calls: list[ModelCall]) -> PlanMetadata:
    return PlanMetadata(engine="llm", model=model, calls=list(calls))
