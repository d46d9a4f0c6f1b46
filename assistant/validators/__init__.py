"""Pure rule checks over a plan: every rule returns findings, none raises or does I/O."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.findings import CATALOG, finding
from assistant.models import Finding, Plan
from assistant.validators.asked import validate_asked
from assistant.validators.plan import (
    one_pass,
    validate_capacity,
    validate_constraint,
    validate_dependencies,
    validate_structure,
    weekly_load,
)
from assistant.validators.progress import validate_progress
from assistant.validators.smart import validate_goal, validate_milestones
from assistant.validators.task_size import TaskFacts, task_findings, validate_tasks
from assistant.validators.wording import validate_wording

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


from assistant.validators.already import redoes_done_work  # noqa: E402
from assistant.validators.attack_leaks import template_attack, unit_missing  # noqa: E402
from assistant.validators.capacity import capacity_ignored  # noqa: E402
from assistant.validators.deadline_month import deadline_month_kept  # noqa: E402
from assistant.validators.deadlines import (  # noqa: E402
    deadline_by_age,
    deadline_from_past,
    deadline_moved,
    time_left_moved,
    two_deadlines,
)
from assistant.validators.deliverable import deliverable_unmade  # noqa: E402
from assistant.validators.direction import direction_flipped, stop_softened  # noqa: E402
from assistant.validators.emphasis import singled_out_unplanned  # noqa: E402
from assistant.validators.faithful import validate_faithful  # noqa: E402
from assistant.validators.first_dose import first_dose_high  # noqa: E402
from assistant.validators.foreign_attack import foreign_attack  # noqa: E402
from assistant.validators.indicator_rhythm import indicator_off_rhythm  # noqa: E402
from assistant.validators.interest import interest_ignored  # noqa: E402
from assistant.validators.lead_times import too_close_to_result  # noqa: E402
from assistant.validators.level import below_start  # noqa: E402
from assistant.validators.locale import other_country  # noqa: E402
from assistant.validators.misread import number_misread  # noqa: E402
from assistant.validators.money import money_pace  # noqa: E402
from assistant.validators.obstacle import generic_attacks  # noqa: E402
from assistant.validators.obstacle_parts import part_unattacked  # noqa: E402
from assistant.validators.pace import distance_unfit, impossible_pace  # noqa: E402
from assistant.validators.parts import validate_parts  # noqa: E402
from assistant.validators.past_count import past_its_count  # noqa: E402
from assistant.validators.path import validate_path  # noqa: E402
from assistant.validators.race import finish_time_unplanned, race_drift  # noqa: E402
from assistant.validators.raw_goal import raw_goal_words  # noqa: E402
from assistant.validators.repeats import repeats_after_done  # noqa: E402
from assistant.validators.stated_rhythm import rhythm_not_kept  # noqa: E402
from assistant.validators.stated_target import (  # noqa: E402
    bodyweight_multiple_kept,
    from_to_kept,
    named_piece_kept,
    named_thing_kept,
    only_days_kept,
    past_score_kept,
)
from assistant.validators.step_pace import step_too_fast  # noqa: E402
from assistant.validators.streaks import streak_of_one, validate_streaks  # noqa: E402
from assistant.validators.subject import validate_subject  # noqa: E402
from assistant.validators.title_rhythm import rhythm_contradicts_title  # noqa: E402


@one_pass()  # the rules share what they derive from the plan (its weekly placement)
def validate_plan(
    plan: Plan, settings: Settings | None = None, today: dt.date | None = None
) -> list[Finding]:
    """Every rule of DESIGN.md section 5 over one plan, errors first, then in plan order."""
    settings = settings or Settings(_env_file=None)
    today = today or dt.date.today()
    findings = [
        *validate_goal(plan, settings, today),
        *validate_faithful(plan),
        *direction_flipped(plan),
        *race_drift(plan),
        *validate_structure(plan, settings, today),
        *validate_milestones(plan, settings, today),
        *validate_tasks(plan, settings),
        *validate_dependencies(plan),
        *validate_constraint(plan),
        *validate_capacity(plan, settings, today),
        *validate_progress(plan),
        *indicator_off_rhythm(plan),
        *validate_wording(plan),
        *validate_asked(plan, settings, today),
        *validate_subject(plan),
        *generic_attacks(plan),
        *part_unattacked(plan),
        *validate_streaks(plan),
        *streak_of_one(plan),
        *capacity_ignored(plan, settings, today),
        *deadline_from_past(plan),
        *deadline_by_age(plan),
        *deadline_moved(plan),
        *time_left_moved(plan),
        *two_deadlines(plan),
        *validate_path(plan),
        *validate_parts(plan),
        *number_misread(plan),
        *money_pace(plan),
        *impossible_pace(plan),
        *distance_unfit(plan),
        *other_country(plan),
        *repeats_after_done(plan),
        *past_its_count(plan),
        *redoes_done_work(plan),
        *rhythm_not_kept(plan),
        *raw_goal_words(plan),
        *foreign_attack(plan),
        *unit_missing(plan),
        *template_attack(plan),
        *from_to_kept(plan),
        *bodyweight_multiple_kept(plan),
        *named_thing_kept(plan),
        *past_score_kept(plan),
        *deadline_month_kept(plan),
        *rhythm_contradicts_title(plan),
        *finish_time_unplanned(plan),
        *interest_ignored(plan),
        *singled_out_unplanned(plan),
        *deliverable_unmade(plan),
        *stop_softened(plan),
        *named_piece_kept(plan),
        *only_days_kept(plan),
        *too_close_to_result(plan),
        *step_too_fast(plan),
        *below_start(plan),
        *first_dose_high(plan),
    ]
    return sorted(findings, key=lambda f: _SEVERITY_ORDER[f.severity])


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


__all__ = [
    "CATALOG",
    "TaskFacts",
    "errors",
    "finding",
    "task_findings",
    "validate_plan",
    "weekly_load",
]
