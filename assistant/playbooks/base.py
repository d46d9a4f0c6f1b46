"""What a domain playbook is: data a coach would write down, not code paths.

A playbook says how to recognise its goals, which metric measures them, the ladder of
milestone results, the tasks that move each rung, the usual constraint and how to attack it,
and the questions worth asking. Text fields are ``str.format`` templates over the fields
of :func:`fields` (``{subject}``, ``{v}``, ``{target}``, ...).
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from pydantic import ConfigDict, field_validator
from pydantic.dataclasses import dataclass

from assistant.language.patterns import compiled
from assistant.playbooks.step_subjects import known_kind

_STRICT = ConfigDict(extra="forbid")


@dataclass(frozen=True, config=_STRICT)
class Step:
    """A task template: verb-first title, minutes per session, and a checkable done-when.

    ``times`` > 0 makes it a practice task repeated that many times a week (scaled to
    capacity); ``attacks`` marks work that changes the system rather than feeding it;
    ``at_end`` puts it on the milestone's deadline (a checkpoint) instead of spreading it.
    """

    title: str
    minutes: int
    done_when: str
    times: int = 0
    attacks: bool = False
    at_end: bool = False
    unless: str = ""  # left out when the person already stated this ("baseline", "stages")
    when: str = ""  # kept only when the person stated this ("beginner": can't run 2 minutes yet)
    gets: str = ""  # the kind of thing it produces (data/held.toml): left out when they hold it
    lead_weeks: int = 0  # due this many weeks before the result it feeds (applications, offer)
    needs_weeks: int = 0  # due this many weeks after its source: weeks of record it reads first
    tests_level: bool = False  # a full test of the level: late in the plan when they start at zero
    before: str = ""  # the start of the title of a step it must come before ("Buy running shoes")
    # a kind of subject (data/step_subjects.toml) the step names: planned only when the person
    # mentions it ("medical": an EOB), or, for its general twin, only when they don't
    needs: str = ""
    unless_said: str = ""

    @field_validator("needs", "unless_said")
    @classmethod
    def _known_kind(cls, key: str) -> str:
        return known_kind(key)


@dataclass(frozen=True, config=_STRICT)
class Rung:
    """One milestone: a result at ``fraction`` of the way from baseline to target.

    ``metric``/``unit``/``value`` override the goal's metric for stage results that are
    measured differently (e.g. "20 people on the waitlist" on the way to 50 sales).
    """

    title: str
    fraction: float
    steps: tuple[Step, ...] = ()
    metric: str | None = None
    unit: str | None = None
    value: float | None = None
    gets: str = ""  # the kind of thing it produces (data/held.toml): passed when they hold it
    held_title: str = ""  # its title when they hold what it gets (the rung's other result)


@dataclass(frozen=True, config=_STRICT)
class RateForm:
    """Templates for a rhythm kept up week after week: ``{rate}`` is "5 miles a week",
    ``{weeks}`` how many weeks in a row."""

    statement: str
    rung: str
    metric_name: str


@dataclass(frozen=True, config=_STRICT)
class Preset:
    """A named target the goal text implies ("half marathon" means 21.1 km)."""

    pattern: str
    target: float
    unit: str
    subject: str = ""
    weeks: int | None = None
    # a finite job's usual span grows with its count, not the field's: weeks for each thing
    # counted (a room a weekend and a half), one more to get ready, never past ``weeks``
    weeks_each: float | None = None
    statement: str = ""  # overrides the playbook's outcome sentence
    # a first pull-up climbs through hangs and negatives, not through "0.25 pull-ups": a
    # preset may bring its own milestones and sessions, used while the target is at most upto
    rungs: tuple[Rung, ...] = ()
    practice: tuple[Step, ...] = ()
    kickoff: tuple[Step, ...] = ()
    upto: float | None = None
    obstacle: str = ""  # key of the field's obstacle that is this preset's default constraint
    metric_name: str = ""  # overrides the field's metric name ("rooms painted")
    indicators: tuple[tuple[str, float, str], ...] = ()  # overrides the field's (not parenting's)
    subjects: str = ""  # regex whose first group names who or what ("my mom"), over ``subject``
    rhythm: bool = False  # its knowledge, the person's rhythm the target ("salah 5 times a day")
    # facts the whole variant presumes (data/step_subjects.toml), as a step's: a first garden's
    # "build the beds" is no variant for beds that stand empty, a garage's quotes none for DIY
    needs: str = ""
    unless_said: str = ""
    rate: RateForm | None = None  # its own wording of the person's rhythm ("cycle to work ...")
    # its target is a count a week or a day ("drink less": 4 alcohol-free days a week), used
    # when the person gave no number; ``assumed``: a step it picks, never one they said
    per: Literal["", "day", "week"] = ""
    assumed: bool = False
    shape: str = ""  # the kind of job it plans when no field fits, as the plan says it
    # won or not (a visa granted): every number said is a condition to show ("the £29,000
    # income"), evidence for a step, never the target
    conditions: bool = False

    @field_validator("needs", "unless_said")
    @classmethod
    def _known_kind(cls, key: str) -> str:
        return known_kind(key)


@dataclass(frozen=True, config=_STRICT)
class Obstacle:
    """A known obstacle of the field: matched by ``pattern`` against what the person said."""

    key: str
    pattern: str
    constraint: str
    strategy: str
    attack: Step
    unblock: tuple[Step, ...] = ()


@dataclass(frozen=True, config=_STRICT)
class Playbook:
    key: str
    label: str
    pattern: str  # regex over normalised goal text; more hits win
    statement: str  # the outcome sentence, without the deadline
    metric_name: str
    unit: str
    default_target: float
    rungs: tuple[Rung, ...]
    practice: tuple[Step, ...]
    kickoff: tuple[Step, ...]
    constraint: str
    strategy: str
    attack: Step
    indicators: tuple[tuple[str, float, str], ...]
    default_weeks: int = 12
    method: str = "time_blocking_next_actions"
    units: str = ""  # regex of quantity units that measure this goal
    money: bool = False
    presets: tuple[Preset, ...] = ()
    subjects: str = ""  # regex whose first group names the subject ("spanish", "guitar")
    default_subject: str = ""
    questions: dict[str, tuple[str, str]] = field(default_factory=dict)
    integer: bool = True  # ladder values are whole numbers
    default_baseline: float | None = None  # assumed starting point when none is stated
    weight: float = 1.0
    lower_is_better: bool = False  # churn, blood pressure, response time: the ladder goes down
    stops: tuple[float, ...] = ()  # natural ladder values a coach would use (5 km, 10 km, ...)
    # recognised levels past the default target, in the field's unit (A1C 5.7%: the normal
    # range): aimed at when the start the person said is already past the default
    next_targets: tuple[float, ...] = ()
    durations_are_outcome: bool = False  # "7 hours a night" is the goal, not free time
    baseline_note: str = ""  # the assumed starting point, when "zero" would mislead
    examples: tuple[
        str, ...
    ] = ()  # goals as people write them: routing by meaning compares to these
    obstacles: tuple[
        Obstacle, ...
    ] = ()  # the field's known obstacles, matched to the person's words
    rate: RateForm | None = None  # how a rhythm goal ("5 miles a week") reads in this field
    order: int = 100  # breaks keyword ties: the more specific field first
    bare_unit: str = ""  # the unit of a bare number in this field ("I weigh 225": lb)
    leads: str = (
        ""  # regex of how the goal's main action starts ("save", "pay off"): it outweighs context
    )
    rate_reduces: bool = False  # the field's rhythm is a limit ("10 drinks a week at most")
    pace: float | None = None  # the safe most change per week, in ``unit`` (weight: 1 kg)
    typical_pace: float | None = None  # the change per week a coach plans for by default
    measured_as_change: str = ""  # "loss" or "gain": levels ("148 to 170") become the change
    rate_builds: bool = False  # a money rhythm earned, not set aside: it is built up, not set up
    owed_is_target: bool = False  # what the person has now is what the goal clears (a debt)
    invests_cash: bool = (
        False  # cash they hold ("20k sitting in savings") is the sum to put to work
    )
    per_hour: float | None = None  # what an hour of work produces, in ``unit`` (500 words)
    roles: tuple[str, ...] = ()  # who does this work in a group ("volunteer coordinator")
    # regex: a goal that says this belongs to a neighbour, whatever its keywords here (a surah
    # learnt by heart is faith, not a poem): no keyword hits, and routing passes this field over
    yields_to: str = ""
    # it plans the person as the one who learns, trains or is graded (their weakest skill, a
    # student's grade): passed over when the goal says they run, teach or coach the others
    learner: bool = False
    # it plans a group the person teaches, runs or coaches (a class's results): passed over
    # when the goal names no such group ("I'm 38 and want to retake GCSE maths")
    for_group: bool = False
    # any count or amount the person names measures it (a goal no field knows keeps its own
    # "40 eggs a day", "180 families"), as the general goal's does
    counts_any: bool = False

    def matches(self, text: str) -> float:
        if self.yields_to and compiled(self.yields_to).search(text):
            return 0.0
        return self.weight * len(compiled(self.pattern).findall(text))
