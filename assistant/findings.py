"""Every finding code, its severity and what it means: the stable public vocabulary of the rules."""

from __future__ import annotations

from assistant.models import Finding, Severity

CATALOG: dict[str, tuple[Severity, str]] = {
    # goal (SMART)
    "goal.not_specific": (
        "error",
        "The goal names a direction (a vague verb or abstract target), not a concrete outcome.",
    ),
    "goal.not_measurable": (
        "error",
        "The goal has no number, quantity or binary done-state to check it by.",
    ),
    "goal.deadline_past": ("error", "The goal's deadline has already passed."),
    "goal.not_achievable": (
        "error",
        "All the planned effort does not fit the weekly capacity before the deadline.",
    ),
    "goal.drift": (
        "error",
        "The goal lost or changed what the person stated: a number, unit, rate or starting point.",
    ),
    "goal.name_dropped": (
        "warning",
        "A name the person wrote in capitals (an exam section, a test, a qualification) is "
        "missing from the plan's goal and milestones.",
    ),
    "goal.baseline_ignored": (
        "warning",
        "The person gave their starting point in numbers; the plan starts from zero without it.",
    ),
    "goal.deadline_from_past": (
        "warning",
        "The deadline was read from how long something has lasted ('for 6 years').",
    ),
    "goal.deadline_ignored": (
        "warning",
        "The person gave their deadline (a day, month, season or an age to reach it by); the "
        "plan's deadline is well after it, or rushes it into less than half the time.",
    ),
    "goal.part_missing": (
        "warning",
        "A part of the goal the person listed, or a condition they set ('without losing any "
        "data'), appears in no milestone or task.",
    ),
    "goal.deliverable_missing": (
        "warning",
        "The goal names a thing it makes (a slideshow, an appeal letter, a quilt, a website) "
        "and no milestone or task produces it.",
    ),
    "milestone.streak_of_one": (
        "warning",
        "A milestone asks for a run of 1 ('1 day in a row'): one day is not a streak.",
    ),
    "goal.deadline_stated_past": (
        "warning",
        "A deadline the person wrote has already passed, and the plan does not say what it used.",
    ),
    "goal.off_subject": (
        "warning",
        "The plan's goal is a neighbouring goal: far in meaning from the person's words and "
        "sharing almost none of them.",
    ),
    "goal.target_is_start": (
        "warning",
        "The goal's target is the level the person said they are at now, so reaching it "
        "changes nothing.",
    ),
    "goal.progress_ignored": (
        "warning",
        "The person said how far they already are (3 of 8 done, 2 chapters left); the plan "
        "starts from zero.",
    ),
    "goal.number_misread": (
        "warning",
        "The goal's target or starting point is a number the person wrote as a name, an age "
        "or a score ('401k', 'I'm 49', 'credit 760'), not an amount.",
    ),
    "goal.raw_words": (
        "warning",
        "The goal statement is the person's raw text: first person ('so i can'), a lower-case "
        "start, or a name they capitalised lower-cased ('b2 in german').",
    ),
    "goal.no_why": ("info", "The goal does not say why it matters; a reason helps on bad weeks."),
    # milestones (SMART + result, not activity)
    "milestone.not_specific": (
        "warning",
        "The milestone uses a vague verb instead of a concrete result.",
    ),
    "milestone.not_measurable": ("error", "The milestone has no metric target or done-state."),
    "milestone.not_relevant": (
        "warning",
        "Neither the milestone's wording nor its metric ties it to the goal.",
    ),
    "milestone.deadline_past": (
        "error",
        "The milestone's deadline has passed but it still has open tasks.",
    ),
    "milestone.after_goal": ("error", "The milestone is due after the goal's deadline."),
    "milestone.is_activity": (
        "warning",
        "The milestone reads like a task (an activity), not a result.",
    ),
    "milestone.no_tasks": ("error", "The milestone has no tasks, so nothing moves it."),
    "milestone.not_achievable": (
        "warning",
        "The milestone's tasks need more hours than its weeks hold.",
    ),
    "milestone.target_unreachable": (
        "warning",
        "The tasks scheduled before the milestone cannot produce its target "
        "(sessions x amount per session).",
    ),
    "milestone.off_path": (
        "warning",
        "A milestone on the goal's own measure lies past the goal's target or steps back from "
        "the one before it.",
    ),
    "milestone.too_fast": (
        "warning",
        "A milestone asks for more change since the one before than what it measures moves at "
        "a safe pace in the days between.",
    ),
    "milestone.crowded": (
        "warning",
        "A milestone is due a few days after the one before it: too little time for a new result.",
    ),
    "milestone.fractional_count": (
        "warning",
        "A milestone counts whole things (days, sessions, results) but asks for a fraction of "
        "one ('3.5 days in a row').",
    ),
    "milestone.no_mover": ("warning", "No task of the milestone works on what its metric counts."),
    "milestone.placeholder": (
        "warning",
        "The milestone is a placeholder ('Stage 2 of your 4 stages') that names no result.",
    ),
    "milestone.streak_too_long": (
        "warning",
        "A run 'in a row' needs more days than lie between the plan's start and its date.",
    ),
    "metric.unit_mismatch": (
        "warning",
        "A metric's name and unit disagree, or the plan states a rhythm it does not schedule.",
    ),
    "indicator.below_start": (
        "warning",
        "A leading indicator asks less a week (or a day) than the person says they already do.",
    ),
    "milestone.below_start": (
        "warning",
        "The first milestone sits at or below the level the person says they are at now.",
    ),
    "task.dose_above_start": (
        "warning",
        "A first weekly session of a practice asks more than 3 times the amount the person "
        "says they manage now ('can jog 2 minutes': 'Run 30 minutes').",
    ),
    "indicator.mismatch": (
        "warning",
        "A leading indicator's weekly target disagrees with the tasks that feed it.",
    ),
    "indicator.off_rhythm": (
        "warning",
        "A leading indicator that counts a practice's sessions or days states another rhythm "
        "than the tasks book for it ('walks per week: 3' next to a daily walk).",
    ),
    "indicator.too_slow": (
        "warning",
        "Kept at its weekly target, the leading indicator that counts the goal's own measure "
        "does not reach the goal's target by the deadline.",
    ),
    # tasks
    "task.too_big": ("error", "The task does not fit one work session."),
    "task.too_small": ("info", "The task is so small that tracking it costs more than doing it."),
    "task.not_verb_first": ("warning", "The task title does not start with an action verb."),
    "task.owner_group": (
        "error",
        "The task is owned by a group ('we', 'team', 'everyone'), so by nobody.",
    ),
    "task.owner_multiple": ("error", "The task names more than one owner."),
    "task.owner_unknown": ("warning", "The task's owner is not one of the plan's owners."),
    "task.no_done_when": ("error", "The task has no acceptance criterion saying when it is done."),
    "task.done_when_vague": (
        "warning",
        "The acceptance criterion cannot be checked as done or not done.",
    ),
    "task.vague": (
        "error",
        "The task is vague ('think about', 'work on', research with no deliverable).",
    ),
    "task.compound": ("warning", "The task bundles two actions; split it."),
    "task.title_contradicts_estimate": (
        "warning",
        "The title states a duration that differs from the task's estimate.",
    ),
    "task.pace_impossible": (
        "warning",
        "The task's estimate covers the distance it names faster than a strong amateur can "
        "(a half marathon in 50 minutes).",
    ),
    "text.not_english": (
        "warning",
        "A generated text holds a word that is not English nor the person's, or is cut off.",
    ),
    "text.placeholder_noun": (
        "warning",
        "A generated title names its object by a stand-in ('the item', 'the new skill') the "
        "person never used.",
    ),
    "text.other_country": (
        "warning",
        "The plan uses another country's institutions and words ('removal firm', 'solicitor') "
        "than the person writes in ('$', 'apartment', 'miles').",
    ),
    "task.past_its_count": (
        "warning",
        "A repeated step on one thing at a time ('the next room') is booked more often than "
        "there are things to do.",
    ),
    "task.repeats_after_done": (
        "warning",
        "A later milestone still schedules, every week, work an earlier milestone said was all "
        "done ('Everything packed', then 'Pack 8 boxes').",
    ),
    "goal.direction_flipped": (
        "error",
        "The goal goes the other way than the person asked ('put on weight' planned as 'Lose "
        "7 kg'), or than its own start and end.",
    ),
    "goal.two_deadlines": (
        "warning",
        "The goal statement names two days to be done by; the person cannot tell which counts.",
    ),
    "task.redoes_done": (
        "warning",
        "A one-off task asks the person to book or get what they said is already booked or in "
        "hand ('booked for Oct 12', then 'Book the exam slot').",
    ),
    "constraint.foreign_attack": (
        "warning",
        "A task attacking the obstacle addresses an office, firm, lender or the law the person "
        "never named: an attack written for another kind of goal.",
    ),
    "task.rhythm_not_kept": (
        "warning",
        "The goal states how often ('twice a month', 'every morning'); the tasks that do it "
        "repeat at another rate, never repeat, or drop the time of day.",
    ),
    "task.rhythm_contradicts_title": (
        "warning",
        "The task's title names a week's act ('next week's shifts') and it repeats less than "
        "weekly, or the weekend ('batch-cook on the weekend') and it repeats most days.",
    ),
    "milestone.rhythm_short": (
        "warning",
        "The milestone says how often ('a walk on 5 days a week', 'every night'); its busiest "
        "session runs well under that.",
    ),
    "task.due_after_milestone": ("error", "The task is due after its milestone's deadline."),
    "task.too_close_to_result": (
        "warning",
        "The step cannot produce what it feeds in time: applications sent a week before the "
        "offer, a comparison of 3 weeks of spending dated 9 days after the logging starts.",
    ),
    "task.overdue": ("warning", "The task is still open after its due date."),
    # plan
    "plan.milestone_count": ("error", "A plan needs 3-5 milestones."),
    "plan.no_quick_win": (
        "warning",
        "Nothing is due in the first week: no quick win to build momentum.",
    ),
    "plan.milestones_out_of_order": ("error", "Milestone deadlines are not in order."),
    "plan.dependency_cycle": ("error", "Tasks depend on each other in a cycle, so none can start."),
    "plan.dependency_order": ("error", "A task is due before a task it depends on."),
    "plan.no_constraint": (
        "error",
        "The plan does not name the one constraint that makes progress expensive.",
    ),
    "plan.constraint_not_attacked": ("error", "No task attacks the constraint."),
    "plan.constraint_week_uncovered": (
        "warning",
        "Some weeks hold no task that attacks the constraint.",
    ),
    "plan.core_activity_gap": (
        "warning",
        "A week inside the plan holds none of the practice the goal depends on.",
    ),
    "constraint.feeds_behaviour": (
        "warning",
        "A task attacking the constraint schedules more of what the person wants less of.",
    ),
    "constraint.unit_missing": (
        "warning",
        "A move against the obstacle names a part of the plan it has not got: 'the weekly step', "
        "which no task is, or 'the session' in a plan with no recurring sitting.",
    ),
    "constraint.template_attack": (
        "warning",
        "A move against the obstacle is a template true of any obstacle ('find 3 ways round "
        "it', 'a timed go at what feels too big') beside moves of the field's own.",
    ),
    "constraint.generic_attack": (
        "warning",
        "A task marked as attacking the person's obstacle names nothing of it nor of the goal.",
    ),
    "milestone.session_too_short": (
        "warning",
        "A milestone asks for one session of a distance its longest session cannot cover.",
    ),
    "constraint.part_unattacked": (
        "warning",
        "The person named two or more obstacles and no task touches one of them.",
    ),
    "plan.capacity_unused": (
        "info",
        "The plan uses far less than the time the person has, so the goal could come sooner.",
    ),
    "plan.capacity_ignored": (
        "warning",
        "The plan's busiest week holds under a third of the weekly time the person stated, "
        "or its practice runs at half the sessions a week they said they have.",
    ),
    "plan.interest_ignored": (
        "warning",
        "The person stated a debt, its interest rate and what they can pay a month; at that "
        "rate it clears months after the plan's deadline.",
    ),
    "plan.money_pace_unstated": (
        "warning",
        "The plan asks for a monthly sum to set aside that the person did not give (a large one, "
        "or over half their stated income) or that changes the sum they gave.",
    ),
    "plan.over_capacity": (
        "error",
        "Planned hours exceed the weekly capacity (after slack) in some weeks.",
    ),
    "plan.no_leading_indicators": (
        "warning",
        "The plan tracks no leading indicator, so trouble shows late.",
    ),
    # schedule (assistant/schedule/)
    "schedule.over_capacity": (
        "error",
        "A week of the schedule holds more work than its capacity after slack.",
    ),
    "schedule.unschedulable": (
        "error",
        "A task cannot be scheduled: it is in, or waits on, a dependency cycle.",
    ),
    "schedule.late": (
        "warning",
        "A task lands after its due date: the date passed or what it needs comes later.",
    ),
    "schedule.fix": (
        "info",
        "The smallest verified change that makes an overflowing schedule fit.",
    ),
}


def finding(code: str, path: str, message: str, suggestion: str = "") -> Finding:
    """A Finding with the catalogued severity of its code."""
    severity, _ = CATALOG[code]
    return Finding(code=code, severity=severity, path=path, message=message, suggestion=suggestion)


def grouped(findings: list[Finding], by_place: bool = False) -> list[tuple[Finding, int]]:
    """Each distinct finding once, with how many times it was found: in plain words one
    finding in four milestones is one line; ``by_place`` keeps each rule code and path apart."""
    seen: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        key = (f.code, f.path, f.message) if by_place else (f.severity, f.message, f.suggestion)
        seen.setdefault(key, []).append(f)
    return [(same[0], len(same)) for same in seen.values()]
