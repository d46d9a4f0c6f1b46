"""The plan and review data model (DESIGN.md section 4).

Field constraints here catch what is *malformed* (duplicate ids, unknown dependencies,
impossible dates, a non-positive estimate). Whether a well-formed plan is *good* is the
validators' job: they return findings instead of raising.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from assistant.bounds import Count, PlanDate, PlanTime, no_surrogates, require_span
from assistant.errors import NotFound

Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=500),
    AfterValidator(no_surrogates),
]
LongText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=5000), AfterValidator(no_surrogates)
]
Label = Annotated[str, Field(max_length=200), AfterValidator(no_surrogates)]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=80),
    AfterValidator(no_surrogates),
]
Ident = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
]

Severity = Literal["error", "warning", "info"]
MetricKind = Literal["lagging", "progress", "leading"]
TaskStatus = Literal["todo", "done", "dropped"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
Method = Literal[
    "milestones_weekly_sprints",  # startup execution
    "time_blocking_next_actions",  # personal productivity
    "okrs_owner_mapping",  # cross-functional team goal
    "experiment_roadmap",  # high-uncertainty project
    "process_audit_bottleneck",  # operations improvement
]

METHOD_LABELS: dict[str, str] = {
    "milestones_weekly_sprints": "Milestones + weekly sprints",
    "time_blocking_next_actions": "Time blocking + daily next actions",
    "okrs_owner_mapping": "OKRs + owner-based task mapping",
    "experiment_roadmap": "Experiment-based roadmap",
    "process_audit_bottleneck": "Process audit + bottleneck removal",
}


class _Model(BaseModel):
    # NaN and infinities are refused: JSON cannot hold them, so they would be stored as null
    model_config = ConfigDict(extra="forbid", validate_assignment=False, allow_inf_nan=False)


class Metric(_Model):
    """A number that says whether something worked: target, unit, optional baseline."""

    name: Text
    target: float = Field(ge=0)
    unit: Annotated[
        str, StringConstraints(strip_whitespace=True, max_length=60), AfterValidator(no_surrogates)
    ] = ""
    baseline: float | None = None
    kind: MetricKind = "progress"


class Goal(_Model):
    """The outcome, in one sentence, with its metric and deadline."""

    statement: Text
    metric: Metric
    deadline: PlanDate
    why: LongText | None = None


class Assumption(_Model):
    """Something the plan relies on; ``assumed`` ones were guessed, never silently."""

    text: Text
    source: Literal["stated", "assumed"] = "assumed"
    key: Label | None = None  # the question key it answers (metric, deadline, capacity, ...)


class Recurrence(_Model):
    """A practice task repeated ``times`` per ``per`` (e.g. 3 per week)."""

    times: int = Field(ge=1, le=31)
    per: Literal["day", "week", "month"] = "week"

    def sessions_per_week(self) -> float:
        return {"day": 7.0, "week": 1.0, "month": 12 / 52}[self.per] * self.times

    def describe(self) -> str:
        if self.per == "day":
            return "daily" if self.times == 1 else f"{self.times} times a day"
        if self.times == 1:
            return f"once a {self.per}"
        return f"{self.times} times a {self.per}"


_TITLE_MINUTES_RE = re.compile(r"\b\d+(?=[- ]?(?:minutes?|mins?|min)\b)")
_TITLE_HOURS_RE = re.compile(r"\b(\d+(?:\.\d+)?|an|one)([- ]hours?|[- ]hrs?)\b")


_PARTS_RE = re.compile(r"\b(\d+) minutes?: ((?:\d+ [^,;]+?)(?:, (?:and )?\d+ [^,;]+?)*)(?=$|[.;(])")


def parts_add_up(title: str) -> str:
    """ "Practise 20 minutes: 5 warm-up, 20 on the song" -> "... 5 warm-up, 15 on the song":
    the parts a title lists add up to the minutes it states (the longest part gives way)."""
    m = _PARTS_RE.search(title)
    if not m:
        return title
    whole = int(m.group(1))
    parts = [(int(n), rest) for n, rest in re.findall(r"(\d+)( [^,]+)", m.group(2))]
    total = sum(n for n, _ in parts)
    if total == whole or not parts:
        return title
    longest = max(range(len(parts)), key=lambda i: parts[i][0])
    left = whole - (total - parts[longest][0])
    if left < 5:
        return title[: m.start(2)].rstrip(": ") + title[m.end(2) :]
    parts[longest] = (left, parts[longest][1])
    listed = ", ".join(f"{n}{rest}" for n, rest in parts)
    return title[: m.start(2)] + listed + title[m.end(2) :]


class Task(_Model):
    """A verb-first action that fits one work session, with one owner and a check for done."""

    id: Ident
    title: Text
    owner: Name
    estimate_minutes: int = Field(gt=0, le=100_000, description="per session for recurring tasks")
    due: PlanDate
    start: PlanDate | None = Field(
        default=None, description="earliest start; recurring tasks repeat from here"
    )
    done_when: LongText = ""
    depends_on: list[Ident] = Field(default_factory=list)
    attacks_constraint: bool = False
    recurrence: Recurrence | None = None
    status: TaskStatus = "todo"
    sessions_done: list[dt.date] = Field(
        default_factory=list,
        max_length=5000,
        description="recurring tasks: the dates of sessions done (twice for two that day)",
    )

    @field_validator("owner")
    @classmethod
    def _single_owner(cls, value: str) -> str:
        if "\n" in value:
            raise ValueError("owner must be one name on one line")
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Task:
        if self.start is not None and self.start > self.due:
            raise ValueError(f"task {self.id}: start {self.start} is after due {self.due}")
        if self.id in self.depends_on:
            raise ValueError(f"task {self.id} depends on itself")
        return self

    def resize(self, minutes: int) -> None:
        """A new session length; a duration the title states follows it ("a 45-minute session"
        shortened to 30 minutes says 30), so the title never contradicts its estimate."""
        old = self.estimate_minutes
        self.estimate_minutes = minutes
        self.title = _TITLE_MINUTES_RE.sub(
            lambda m: str(minutes) if int(m.group(0)) in (old, old - 5, old - 10) else m.group(0),
            self.title,
        )

        def hours(m: re.Match[str]) -> str:  # "a 2-hour block" cut to 35 minutes
            said = 1.0 if m.group(1) in ("an", "one") else float(m.group(1))
            if abs(said * 60 - old) > 15 or abs(said * 60 - minutes) <= 10:
                return m.group(0)
            return f"{minutes}{'-minute' if m.group(2).startswith('-') else ' minutes'}"

        self.title = _TITLE_HOURS_RE.sub(hours, self.title)
        self.title = parts_add_up(self.title)

    @property
    def is_open(self) -> bool:
        return self.status == "todo"


class Milestone(_Model):
    """A result (not an activity) with its own metric and deadline, and the tasks that reach it."""

    id: Ident
    title: Text
    metric: Metric
    deadline: PlanDate
    tasks: list[Task] = Field(default_factory=list)


class ModelCall(_Model):
    """Accounting for one language-model call."""

    purpose: Label
    model: Label | None = None
    tokens_in: Count = 0
    tokens_out: Count = 0
    latency_ms: float = Field(default=0.0, ge=0)
    repair_round: Count = 0


class PlanMetadata(_Model):
    """Who wrote the plan and what it cost."""

    engine: Label = "offline"
    model: Label | None = None
    calls: list[ModelCall] = Field(default_factory=list)
    repair_rounds: Count = 0
    parent_version: Count | None = None
    revision_note: Annotated[str, Field(max_length=5000), AfterValidator(no_surrogates)] | None = (
        None
    )
    field: Label | None = None  # the offline planner's field of knowledge ("scaffold": none fit)
    field_confidence: float | None = None  # how sure the routing was, 0..1
    fallback: Annotated[str, Field(max_length=5000), AfterValidator(no_surrogates)] | None = (
        None  # why the offline planner wrote this plan instead of the model
    )

    @property
    def tokens_in(self) -> int:
        return sum(c.tokens_in for c in self.calls)

    @property
    def tokens_out(self) -> int:
        return sum(c.tokens_out for c in self.calls)

    @property
    def latency_ms(self) -> float:
        return sum(c.latency_ms for c in self.calls)


def new_plan_id() -> str:
    return "p-" + uuid.uuid4().hex[:10]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Request(_Model):
    """The person's own words: the goal as typed and each answer by key, kept on the plan so
    rules can check any engine's plan against what was asked."""

    goal_text: LongText
    answers: dict[Label, LongText] = Field(default_factory=dict, max_length=50)


class Plan(_Model):
    """A goal broken into 3-5 outcome milestones of small, owned, verifiable tasks."""

    id: Ident = Field(default_factory=new_plan_id)
    version: int = Field(default=1, ge=1, le=1_000_000)
    created_at: PlanTime = Field(default_factory=_utcnow)
    start_date: PlanDate
    goal: Goal
    constraint: LongText = Field(
        default="", description="the one bottleneck that makes progress expensive"
    )
    constraint_strategy: LongText = Field(
        default="", description="how the plan attacks the constraint"
    )
    method: Method = "time_blocking_next_actions"
    capacity_hours_per_week: float = Field(gt=0, le=168)
    owners: list[Name] = Field(default_factory=lambda: ["me"])
    team: bool = False
    assumptions: list[Assumption] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    leading_indicators: list[Metric] = Field(default_factory=list)
    review_day: Weekday = "friday"
    metadata: PlanMetadata = Field(default_factory=PlanMetadata)
    request: Request | None = None  # what the person typed (None for hand-made plan files)

    @model_validator(mode="after")
    def _ids_unique_and_dependencies_known(self) -> Plan:
        milestone_ids = [m.id for m in self.milestones]
        _require_unique(milestone_ids, "milestone id")
        task_ids = [t.id for m in self.milestones for t in m.tasks]
        _require_unique(task_ids, "task id")
        clash = set(milestone_ids) & set(task_ids)
        if clash:
            raise ValueError(f"id used for both a milestone and a task: {sorted(clash)[0]}")
        known = set(task_ids)
        for task in self.tasks():
            missing = [d for d in task.depends_on if d not in known]
            if missing:
                raise ValueError(f"task {task.id} depends on unknown task {missing[0]}")
        if self.goal.deadline < self.start_date:
            raise ValueError(
                f"goal deadline {self.goal.deadline} is before the plan starts ({self.start_date})"
            )
        days = [self.start_date, self.goal.deadline, *(m.deadline for m in self.milestones)]
        require_span(days + [d for t in self.tasks() for d in (t.due, t.start) if d is not None])
        return self

    def tasks(self) -> list[Task]:
        """Every task, in milestone order."""
        return [t for m in self.milestones for t in m.tasks]

    def task(self, task_id: str) -> Task:
        for t in self.tasks():
            if t.id == task_id:
                return t
        raise NotFound(
            f"plan {self.id} has no task {task_id!r}; `goalsmith show {self.id}` lists them"
        )

    def locate(self, task_id: str) -> tuple[int, int]:
        """(milestone index, task index) of a task, for finding paths."""
        for mi, m in enumerate(self.milestones):
            for ti, t in enumerate(m.tasks):
                if t.id == task_id:
                    return mi, ti
        raise KeyError(task_id)

    def next_version(self, note: str | None = None) -> Plan:
        """A deep copy numbered as the next version; the original is never mutated."""
        copy = self.model_copy(deep=True)
        copy.version = self.version + 1
        copy.created_at = _utcnow()
        copy.metadata.parent_version = self.version
        copy.metadata.revision_note = note
        return copy


def _require_unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"duplicate {what}: {v}")
        seen.add(v)


class Finding(_Model):
    """One rule result: stable code, where, what is wrong, and what to do about it."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z_]+$")]
    severity: Severity
    path: str
    message: str
    suggestion: str = ""

    @property
    def milestone_index(self) -> int | None:
        match = re.match(r"milestones\[(\d+)\]", self.path)
        return int(match.group(1)) if match else None


# --- reviews and diagnosis ---------------------------------------------------------------


class SlippedTask(_Model):
    task_id: Ident
    reason: LongText = ""


class MetricReading(_Model):
    name: Text
    value: float


class Review(_Model):
    """One weekly review: what got done, what slipped and why, what changed, confidence."""

    id: Ident | None = None
    plan_id: Ident
    week_of: PlanDate
    done: list[Ident] = Field(default_factory=list)
    slipped: list[SlippedTask] = Field(default_factory=list)
    changed: LongText = ""
    remove: LongText = ""
    metric_readings: list[MetricReading] = Field(default_factory=list)
    confidence: int = Field(ge=1, le=10)
    notes: LongText = ""

    @field_validator("done")
    @classmethod
    def _done_once(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _done_and_slipped_disjoint(self) -> Review:
        both = set(self.done) & {s.task_id for s in self.slipped}
        if both:
            raise ValueError(f"task {sorted(both)[0]} is listed as both done and slipped")
        return self

    def text(self) -> str:
        """The review as prose, for indexing and quoting."""
        parts = []
        if self.slipped:
            parts.append(
                "Slipped: "
                + "; ".join(
                    f"{s.task_id}: {s.reason}" if s.reason else s.task_id for s in self.slipped
                )
            )
        if self.changed:
            parts.append("Changed: " + self.changed)
        if self.remove:
            parts.append("Remove: " + self.remove)
        if self.notes:
            parts.append("Notes: " + self.notes)
        return "\n".join(parts)


class Evidence(_Model):
    """A citation: which review week said what."""

    week_of: PlanDate
    quote: str
    review_id: str | None = None


class Cause(_Model):
    code: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0, le=1)


class ProposedChange(_Model):
    """A concrete plan change; ``instruction`` is what a revision understands."""

    description: str
    instruction: str
    task_id: str | None = None


class Diagnosis(_Model):
    causes: list[Cause] = Field(default_factory=list)
    proposed_changes: list[ProposedChange] = Field(default_factory=list)
    answer: str = ""
