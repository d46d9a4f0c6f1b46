"""What the offline planner knows about one goal, and where each piece came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.playbooks import MONEY_UNITS, Playbook, Preset, fmt_value
from assistant.playbooks.cautions import Caution
from assistant.playbooks.routing import Route
from assistant.understanding.limits import BodyLimit
from assistant.understanding.people import Helper
from assistant.understanding.stated_measure import StatedMeasure


@dataclass
class Understanding:
    """What the offline planner knows about one goal, and where each piece came from."""

    text: str
    core: str
    playbook: Playbook
    preset: Preset | None
    subject: str
    target: float
    unit: str
    metric_name: str
    deadline: dt.date
    capacity: float
    owners: list[str]
    team: bool
    baseline: float | None = None
    constraint: str | None = None
    why: str | None = None
    done_state: str | None = None
    rate_period: str | None = None  # the target is kept up per day / week / month
    sessions_per_week: float | None = None  # a rhythm the person stated
    session_minutes: int | None = None  # a session length the person stated
    session_cap: int | None = None  # the most one session (or a day) holds, as they said
    answered_rhythm: bool = False  # the rhythm came from their answer about time
    said_hours: float | None = None  # the practice time they stated, a week, before the margin
    time_place: str = ""  # where or when their time comes ("on the train"), for the practice
    time_for: tuple[str, ...] = ()  # what the time answer says the time is for ("batch cook")
    slot_minutes: int | None = None  # one day's slot said beside the rest ("sundays 2 hours")
    limit: BodyLimit | None = None  # a cane, a fall, crashes: how hard the plan may push
    rhythm_is_sessions: bool = False  # the target counts sessions ("4 workouts a week")
    reducing: bool = False  # the person wants less of it ("cut down to 10 drinks a week")
    route: Route | None = None  # how the field was chosen, with its confidence
    levels: tuple[float, float] | None = None  # stated start and end levels of a change
    stages: list[str] = field(default_factory=list)  # the person's own stages (no field fits)
    scope: str = ""  # the size the goal takes on (data/scope.toml): "whole", "space", "part"
    done: list[str] = field(default_factory=list)  # parts they say are done ("the math test")
    done_words: str = ""  # the done-state they named when they gave no amount to reach
    baseline_words: str = ""  # a starting point in another measure, kept in the person's words
    money_per_month: float | None = None  # the money a month the plan moves, as they said it
    money_period: str = "month"  # the pay rhythm they gave it in ("fortnight", "week")
    baseline_said: str = ""  # the starting-point answer as they wrote it
    answers_said: tuple[str, ...] = ()  # the baseline and constraint answers as typed, whole
    country: str | None = None  # where they live, read from their words ("canada"), if said
    stated: set[str] = field(default_factory=set)  # keys stated in the goal or answered
    roles: dict[str, str] = field(default_factory=dict)  # owner -> kind of work, as they said
    helpers: list[Helper] = field(default_factory=list)  # others who take part, in their words
    cautions: list[Caution] = field(default_factory=list)  # stated conditions that rule moves out
    notes: dict[str, str] = field(default_factory=dict)  # key -> why a stated value was not used
    steps: list[tuple[str, dt.date]] = field(default_factory=list)  # dated steps said on the way
    said: str = ""  # the goal and every answer, normalised: whose subjects the steps may name
    # what a safe pace reaches by a date said too short for the whole change: the ladder's top
    reachable: float | None = None
    measure: StatedMeasure | None = None  # the measure the goal states, in its shape

    @property
    def weeks(self) -> float:
        return max((self.deadline - self.today).days / 7, 1 / 7)

    today: dt.date = dt.date.min

    def value(self, amount: float) -> str:
        return fmt_value(amount, self.unit)

    def money(self, amount: float) -> str:
        """An amount of money in the goal's currency: '$600', never '600 checks' when the goal
        counts something else."""
        if self.unit in MONEY_UNITS:
            return fmt_value(amount, self.unit)
        from assistant.understanding.currency import currency_in

        said = " ".join((self.text, self.baseline_said))
        return fmt_value(amount, currency_in(said) or "USD")

    @property
    def counts_a_run(self) -> bool:
        """The goal is a run of days in a row ("30 days smoke-free"), not a rhythm or a total."""
        return not self.rate_period and self.unit == "days" and "in a row" in self.metric_name
