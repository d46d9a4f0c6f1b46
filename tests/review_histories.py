"""Review histories with one planted stall cause each, over variants of the half-marathon plan."""

from __future__ import annotations

import datetime as dt

from assistant.models import Plan, Review
from tests.plans import good_plan_data

W1, W2, W3, W4 = (dt.date(2026, 11, 23) + dt.timedelta(weeks=i) for i in range(4))
D1, D2, D3 = (dt.date(2026, 12, 14) + dt.timedelta(weeks=i) for i in range(3))


def review(
    plan_id: str, week: dt.date, done=(), slipped=(), km: float | None = None, confidence=6, **text
) -> Review:
    return Review(
        plan_id=plan_id,
        week_of=week,
        done=list(done),
        slipped=[{"task_id": t, "reason": why} for t, why in slipped],
        metric_readings=[{"name": "longest continuous run", "value": km}] if km is not None else [],
        confidence=confidence,
        **text,
    )


def too_big() -> tuple[Plan, list[Review]]:
    data = good_plan_data()
    data["id"] = "p-toobig"
    data["milestones"][1]["tasks"].append(
        {
            "id": "tb",
            "title": "Write a 12-week nutrition plan",
            "owner": "Sam",
            "estimate_minutes": 240,
            "start": "2026-11-23",
            "due": "2027-01-10",
            "done_when": "Plan saved as a document",
        }
    )
    plan = Plan.model_validate(data)
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2", "t3"],
            [("tb", "Too big to start on a weeknight, it needs a whole afternoon")],
            km=3.5,
            notes="Runs went well.",
        ),
        review(
            p,
            W2,
            ["t2", "t3"],
            [("tb", "Got through half of the meal list and never finished")],
            km=4,
            changed="Nothing new at work.",
        ),
        review(
            p,
            W3,
            ["t2", "t3"],
            [("tb", "Kept putting it off, the whole plan is too long for one sitting")],
            km=4.5,
        ),
        review(
            p,
            W4,
            ["t2", "t3"],
            [("tb", "Again no afternoon free for the nutrition plan")],
            km=5,
            notes="Legs feel strong.",
        ),
    ]


def over_capacity() -> tuple[Plan, list[Review]]:
    data = good_plan_data()
    data["id"] = "p-overload"
    data["capacity_hours_per_week"] = 3
    t3 = data["milestones"][0]["tasks"][2]
    t3["estimate_minutes"], t3["recurrence"] = 60, {"times": 3, "per": "week"}
    plan = Plan.model_validate(data)
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2"],
            [("t3", "Only one run happened, no time after work")],
            km=3,
            notes="Work was packed all week.",
        ),
        review(
            p,
            W2,
            ["t2"],
            [("t3", "Two of three runs skipped, I was too busy with the release")],
            km=3.5,
        ),
        review(
            p,
            W3,
            ["t2"],
            [("t3", "No time again: three runs of an hour do not fit next to overtime")],
            km=3.5,
            changed="Overtime every evening this week.",
        ),
    ]


def blocked() -> tuple[Plan, list[Review]]:
    data = good_plan_data()
    data["id"] = "p-blocked"
    plan = Plan.model_validate(data)
    p = plan.id
    return plan, [
        review(p, W2, ["t2", "t3"], km=4, notes="Easy runs are fine."),
        review(
            p, D1, ["t4"], [("t5", "Waiting for the new shoes, my old ones hurt after 5 km")], km=5
        ),
        review(p, D2, ["t4"], [("t5", "Still no shoes, so no long run this week either")], km=5),
        review(
            p,
            D3,
            ["t4"],
            [("t5", "Cannot do the long run until I have proper shoes")],
            km=5,
            notes="The shop visit keeps getting pushed.",
        ),
    ]


def constraint_ignored() -> tuple[Plan, list[Review]]:
    data = good_plan_data()
    data["id"] = "p-noconstraint"
    plan = Plan.model_validate(data)
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t3"],
            [("t2", "Forgot to block the run slots, Sunday got away from me")],
            km=3.5,
        ),
        review(
            p,
            W2,
            ["t3"],
            [("t2", "Did not book the slots again; runs happened whenever work allowed")],
            km=4,
        ),
        review(
            p,
            W3,
            ["t3"],
            [("t2", "Skipped the calendar blocking, meetings ate two evenings")],
            km=4,
        ),
        review(
            p,
            W4,
            ["t3"],
            km=4,
            notes="Work ran late three nights and the runs were the first to go.",
        ),
    ]


def flat_metric() -> tuple[Plan, list[Review]]:
    data = good_plan_data()
    data["id"] = "p-flat"
    plan = Plan.model_validate(data)
    p = plan.id
    return plan, [
        review(p, W1, ["t1", "t2", "t3"], km=5, notes="All runs done."),
        review(p, W2, ["t2", "t3"], km=5, notes="Did every run but still stuck at 5 km."),
        review(
            p,
            W3,
            ["t2", "t3"],
            km=5,
            notes="Ticked everything off, the longest run is the same as before.",
        ),
        review(p, W4, ["t2", "t3"], km=5, changed="Nothing; the runs are all short and easy."),
    ]


PLANTED = {
    "task_too_big": too_big,
    "over_capacity": over_capacity,
    "blocked_dependency": blocked,
    "constraint_not_attacked": constraint_ignored,
    "outputs_not_outcomes": flat_metric,
}


# --- causes only the person's words show (the plan's structure is fine) ----------------------


def _plan(plan_id: str, extra: dict | None = None, milestone: int = 0) -> Plan:
    data = good_plan_data()
    data["id"] = plan_id
    if extra:
        data["milestones"][milestone]["tasks"].append(extra)
    return Plan.model_validate(data)


def _one_off(task_id: str, title: str, minutes: int, due: str) -> dict:
    return {
        "id": task_id,
        "title": title,
        "owner": "Sam",
        "estimate_minutes": minutes,
        "start": "2026-11-23",
        "due": due,
        "done_when": "Done and saved",
    }


def too_big_in_words() -> tuple[Plan, list[Review]]:
    plan = _plan("p-huge", _one_off("rd", "Draft the race-day plan", 90, "2026-12-20"))
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2", "t3"],
            [("rd", "It's huge, I opened the doc and had no idea where to begin")],
            confidence=7,
        ),
        review(
            p,
            W2,
            ["t2", "t3"],
            [("rd", "Felt overwhelmed again, there is so much to decide")],
            confidence=6,
        ),
        review(
            p,
            W3,
            ["t2", "t3"],
            [("rd", "Couldn't finish it in one sitting, gave up halfway")],
            confidence=4,
            notes="Runs are fine.",
        ),
    ]


def mornings_fail() -> tuple[Plan, list[Review]]:
    plan = _plan("p-mornings")
    p = plan.id
    return plan, [
        review(p, W1, ["t1", "t2"], [("t3", "Slept through the 6am alarm twice")], confidence=7),
        review(
            p,
            W2,
            ["t2"],
            [("t3", "Mornings are impossible, I can't drag myself out of bed before work")],
            confidence=5,
        ),
        review(
            p,
            W3,
            ["t2"],
            [("t3", "Missed the early runs again, way too sleepy")],
            confidence=4,
            notes="Lunch runs would be better, the office has a shower.",
        ),
    ]


def evenings_fail() -> tuple[Plan, list[Review]]:
    plan = _plan("p-evenings")
    p = plan.id
    return plan, [
        review(
            p, W1, ["t1", "t2"], [("t3", "By the time I got home I was wiped out")], confidence=6
        ),
        review(p, W2, ["t2"], [("t3", "Too exhausted after dinner to lace up")], confidence=5),
        review(
            p, W3, ["t2"], [("t3", "Evenings just don't work, I'm done for by 8pm")], confidence=4
        ),
    ]


def no_gym() -> tuple[Plan, list[Review]]:
    plan = _plan("p-nogym")
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2"],
            [("t3", "Gym closed for renovation, no treadmill to use")],
            confidence=6,
        ),
        review(
            p,
            W2,
            ["t2"],
            [("t3", "Still no access to a treadmill, the gym is shut until January")],
            confidence=5,
        ),
        review(
            p,
            W3,
            ["t2"],
            [("t3", "Couldn't run outside either, I don't own any winter running gear")],
            confidence=5,
        ),
    ]


def waiting_for_paper() -> tuple[Plan, list[Review]]:
    plan = _plan(
        "p-paper", _one_off("reg", "Register for the Riverside half marathon", 30, "2026-12-06")
    )
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2", "t3"],
            [("reg", "Need a medical certificate to register and I don't have one")],
            confidence=7,
        ),
        review(
            p,
            W2,
            ["t2", "t3"],
            [("reg", "The doctor's office had no appointment, still no certificate")],
            confidence=6,
        ),
        review(
            p,
            W3,
            ["t2", "t3"],
            [("reg", "Still missing the certificate, so registration is on hold")],
            confidence=6,
        ),
    ]


def why_faded() -> tuple[Plan, list[Review]]:
    plan = _plan("p-whyfaded")
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2"],
            [("t3", "Honestly not sure why I signed up for this anymore")],
            confidence=7,
        ),
        review(
            p,
            W2,
            ["t2"],
            [("t3", "A half marathon doesn't feel like it matters right now")],
            confidence=5,
        ),
        review(
            p,
            W3,
            ["t2"],
            [("t3", "Skipped both")],
            confidence=3,
            remove="Maybe drop the race altogether, I don't care about a medal.",
        ),
    ]


def pointless() -> tuple[Plan, list[Review]]:
    plan = _plan("p-pointless")
    p = plan.id
    return plan, [
        review(p, W1, ["t1", "t2"], [("t3", "Couldn't find a reason to bother")], confidence=6),
        review(
            p, W2, ["t2"], [("t3", "My motivation is gone, running feels pointless")], confidence=4
        ),
        review(
            p,
            W3,
            ["t2"],
            [("t3", "Didn't go")],
            confidence=3,
            notes="I've forgotten what I wanted from this.",
        ),
    ]


def week_too_full() -> tuple[Plan, list[Review]]:
    plan = _plan("p-fullweek")
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2"],
            [("t3", "Way too much on my plate with the house move")],
            confidence=6,
        ),
        review(
            p,
            W2,
            ["t2"],
            [("t3", "Moving boxes ate every evening and the whole weekend")],
            confidence=5,
        ),
        review(
            p,
            W3,
            ["t2"],
            [("t3", "The week was crammed with family visits and packing, no slot left")],
            confidence=5,
        ),
    ]


def no_laptop() -> tuple[Plan, list[Review]]:
    """Written after the phrasings were tuned: a held-out check."""
    plan = _plan("p-laptop", _one_off("log", "Set up a training log spreadsheet", 45, "2026-12-06"))
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2", "t3"],
            [("log", "Laptop died on Monday, it's at the repair shop")],
            confidence=7,
        ),
        review(
            p,
            W2,
            ["t2", "t3"],
            [("log", "Repair shop still has my laptop, nothing to make the sheet on")],
            confidence=6,
        ),
    ]


def never_ends() -> tuple[Plan, list[Review]]:
    """Written after the phrasings were tuned: a held-out check."""
    plan = _plan(
        "p-neverends", _one_off("kit", "Sort out all race gear and nutrition", 60, "2026-12-06")
    )
    p = plan.id
    return plan, [
        review(
            p,
            W1,
            ["t1", "t2", "t3"],
            [("kit", "Way bigger than I thought, the list kept growing")],
            confidence=7,
        ),
        review(
            p,
            W2,
            ["t2", "t3"],
            [("kit", "Started, got lost in it, an hour was not nearly enough")],
            confidence=6,
        ),
        review(
            p,
            W3,
            ["t2", "t3"],
            [("kit", "Too much to do in one go, I stopped halfway again")],
            confidence=5,
        ),
    ]


def place_shut() -> tuple[Plan, list[Review]]:
    """A place that is shut or full reads as something missing, never as an over-full week."""
    plan = _plan("p-shut")
    p = plan.id
    return plan, [
        review(
            p, W1, ["t1"], [("t3", "rink closed for repairs, public sessions full the other days")]
        ),
        review(p, W2, ["t2"], [("t3", "studio closed over the holidays and classes fully booked")]),
        review(p, W3, ["t2"], [("t3", "court bookings all full again")], confidence=5),
    ]


# (name, planted cause code, history): the diagnosis table of tests/test_diagnose_table.py
HISTORIES = [
    *((make.__name__, code, make) for code, make in PLANTED.items()),
    ("too_big_in_words", "task_too_big", too_big_in_words),
    ("mornings_fail", "wrong_time_of_day", mornings_fail),
    ("evenings_fail", "wrong_time_of_day", evenings_fail),
    ("no_gym", "missing_resource", no_gym),
    ("waiting_for_paper", "missing_resource", waiting_for_paper),
    ("why_faded", "lost_why", why_faded),
    ("pointless", "lost_why", pointless),
    ("week_too_full", "over_capacity", week_too_full),
    ("no_laptop", "missing_resource", no_laptop),
    ("never_ends", "task_too_big", never_ends),
    ("place_shut", "missing_resource", place_shut),
]
