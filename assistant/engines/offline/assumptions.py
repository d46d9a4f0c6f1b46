"""What the plan assumes, each marked stated (the person said it) or assumed (a guess to
check): the measure, the deadline, the time a week, the start, the obstacle, the owners."""

from __future__ import annotations

from assistant.engines.offline.ladder import unsaid_start
from assistant.models import Assumption
from assistant.playbooks import BY_KEY, fmt_number, fmt_value
from assistant.understanding.deadline import MOVED
from assistant.understanding.goal import Understanding
from assistant.understanding.number_roles import as_written as written_as
from assistant.understanding.rhythm import period_words
from assistant.understanding.roles import conditions_said


def holds(u: Understanding) -> bool:
    """A money rhythm ("$300 a month") starts at full rate: its milestones lengthen the run."""
    return bool(u.rate_period) and u.playbook.money and u.baseline is None


def plan_assumptions(
    u: Understanding, constraint: str, from_goal: bool = False
) -> list[Assumption]:
    """The plan's assumptions, in the order a person checks them; an obstacle no answer named
    but the goal's own text did (``from_goal``) is theirs, and said to come from the goal."""
    pb = u.playbook
    out: list[Assumption] = []

    def add(key: str, stated: str, assumed: str) -> None:
        is_stated = key in u.stated
        note = u.notes.get(key)
        text = stated if is_stated else (f"{note}; assumed instead: {assumed}" if note else assumed)
        out.append(
            Assumption(text=text[:500], source="stated" if is_stated else "assumed", key=key)
        )

    target = fmt_value(u.target, u.unit)
    add(
        "metric",
        f"Success is measured by {u.metric_name}: {target}",
        u.notes.get("metric_paced")  # no sum named: what their own amount makes by their date
        or f"Success is measured by {u.metric_name}: {target}, a typical goal for {pb.label}",
    )
    for said in conditions_said(u.core):  # "show the £29,000 income": a bar, never the target
        text = f"A condition to meet on the way, in your words: {written_as(u.text, said)}"
        out.append(Assumption(text=text[:500], source="stated", key="metric"))
    weeks = max(1, round((u.deadline - u.today).days / 7))
    span = "1 week" if weeks == 1 else f"{weeks} weeks"
    paced = u.notes.get("deadline_pace")  # the date their own money a month reaches
    push = u.notes.get("deadline_push")  # their close date kept, and said to be close
    add(
        "deadline",
        f"Deadline {u.deadline.isoformat()} ({span})" + (f": {push}" if push else ""),
        f"Deadline {u.deadline.isoformat()} ({span}): {paced}"
        if paced
        else f"Deadline {u.deadline.isoformat()} ({span})"
        if MOVED in u.stated  # their own date, moved only as far as needed: the note says why
        else f"Deadline {u.deadline.isoformat()} ({span}), a realistic pace for {pb.label}",
    )
    hours = fmt_number(u.capacity)
    assumed_week = {  # no extra hours said: the week assumed is never called free time
        "in_work": f"about {hours} hours a week of your working week go to this goal",
        "less_time": f"about {hours} hours a week for the plan's own steps",
    }.get(u.notes.get("capacity_kind", ""), f"{hours} hours a week are free for this goal")
    add(
        "capacity",
        u.notes.get("capacity_line")  # "saturdays, 2-3 hrs": their time, and the week's line
        or f"{hours} hours a week are free for this goal",
        assumed_week,
    )
    if "money_assumed" in u.notes:  # a pace they did not give is marked, not passed as theirs
        text = u.notes["money_assumed"][:500]  # answered by what they can put in: capacity
        out.append(Assumption(text=text, source="assumed", key="capacity"))
    elif u.money_per_month:
        said = f"{u.money(round(u.money_per_month))} a month goes to this goal"
        gap = u.notes.get("money")
        out.append(Assumption(text=(f"{gap}" if gap else said)[:500], source="stated", key="money"))
    start = fmt_value(u.baseline, u.unit) if u.baseline is not None else "zero"
    if u.baseline is not None and u.rate_period:  # "2 times a week", never "2 times"
        start = f"{start} {period_words(u.rate_period)}"
    level = start
    from_field = u.baseline == pb.default_baseline and u.unit == pb.unit
    note = (
        pb.baseline_note if from_field or u.baseline is None and pb.default_baseline is None else ""
    )
    assumed_start = note or f"Starting point: {start} (nothing done yet)"
    guessed_start = unsaid_start(u)
    if guessed_start is not None and not holds(u):
        about = fmt_value(round(guessed_start), u.unit)
        way = "comes down" if u.reducing else "builds up"
        per = f" {period_words(u.rate_period)}" if u.rate_period else ""
        assumed_start = (
            f"Starting point not given: the plan {way} from about {about}{per}; "
            "tell me your real number to adjust it"
        )
    if u.levels:
        start = fmt_value(u.levels[0], u.unit)
    if u.baseline_words:  # their words, and the number the ladder starts from, if any
        start = f"{u.baseline_words} (in your words)"
        if u.baseline is not None:
            start = f"{u.baseline_words} (in your words; the plan starts from about {level})"
    add("baseline", f"Starting point: {start}", assumed_start)
    if from_goal and "constraint" not in u.stated:
        text = f"The main constraint, in your goal's words: {constraint}"
        out.append(Assumption(text=text[:500], source="stated", key="constraint"))
    else:
        said = f"The main constraint: {constraint}"
        add("constraint", said, said)
    if u.route and u.route.field is None:
        nearest = BY_KEY.get(u.route.runner_up or "")
        closest = f" (the nearest, {nearest.label}, is not its subject)" if nearest else ""
        text = (
            "No field I know fits this goal with confidence"
            + closest
            + ": the milestones are "
            + (
                "your own stages"
                if u.stages
                else "built from the goal's own shape, "
                + (
                    u.preset.shape
                    if u.preset and u.preset.shape
                    else "a job (find out what done needs, get it, do it, check it)"
                )
                + "; name your own stages to replace them (answer stages=...)"
            )
        )
        out.append(
            Assumption(text=text[:500], source="stated" if u.stages else "assumed", key="stages")
        )
    for caution in u.cautions:
        out.append(Assumption(text=caution.note, source="stated", key="safety"))
    if u.team:
        add(
            "owners",
            f"Owners: {', '.join(u.owners)}",
            (
                "Teammates 1 and 2 stand in until you name who does what (answer owners=...)"
                if "teammate 1" in u.owners
                else f"Owners from your words: {', '.join(u.owners)} (answer owners=... to change)"
            ),
        )
    return out
