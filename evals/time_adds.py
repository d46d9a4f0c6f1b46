"""Does the time answer only add? Each goal planned with no answers and with ONLY its time answer.

``python -m evals.time_adds [--list] [ROUND_DIR ...]`` (default: rounds 22-24) plans every goal
twice, with no answers and with only its capacity answer (the other questions skipped, as the
ablation of round 23 did), and checks both plans against what the answer says: the hand label
of ``evals/time_labels.jsonl`` where there is one, else the planner's own reading (marked
``read``). Per plan: the main practice's sessions a week and minutes a session, the ordinary
week booked and the capacity line against the hours said; and, against the plan with no
answers, a session grown far past its size (a walk made 120 minutes because the slot is two
hours) and a daily step thinned or dropped (a diary kept once a week). A goal counts as made
worse when its time-only plan has more of these faults than its plan with no answers.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from evals.heldout import ROUNDS, TODAY
from evals.time_accuracy import labels, main_rhythm, reading, within

_DEFAULT = ("2026-11-29-round22", "2026-11-29-round23", "2026-11-29-round24")
_GROWN = 2.0  # a session this many times its size with no answers (and 30 min more) grew
_DAILY = 5  # sessions a week from which a step is daily


def _stem(title: str) -> str:
    return re.sub(r"\d+", "#", title.lower())[:40]


def reference(round_name: str, goal_id: str, answer: str) -> dict:
    """hours, sessions and minutes the answer says: the label, else the planner's reading."""
    for label in labels([round_name]):
        if label["id"] == goal_id:
            return {
                "hours": label["hours_week"],
                "sessions": label["sessions_week"],
                "minutes": label["minutes_session"],
                "bound": label["bound"],
                "source": "label",
            }
    read = reading(answer)
    band = lambda v: [float(v), float(v)] if v else None  # noqa: E731
    return {
        "hours": band(read["hours"]),
        "sessions": band(read["sessions"]),
        "minutes": band(read["minutes"]),
        "bound": "about",
        "source": "read",
    }


def booked_week(plan) -> float:
    """Hours the ordinary (median) week of the schedule books."""
    from assistant.config import Settings
    from assistant.schedule import schedule

    weeks = [w.planned_minutes for w in schedule(plan, Settings(_env_file=None), TODAY).weeks]
    return statistics.median(weeks) / 60 if weeks else 0.0


def faults(plan, ref: dict) -> list[str]:
    """What the plan books against what the answer says."""
    out = []
    rhythm = main_rhythm(plan)
    week = booked_week(plan)
    if ref["sessions"] and not (rhythm and within(rhythm[0], ref["sessions"])):
        out.append("sessions")
    if ref["minutes"] and rhythm and rhythm[1] > ref["minutes"][1] * 1.2 + 1:
        out.append("minutes_over")
    hours = ref["hours"]
    if hours and ref["bound"] != "floor" and week > hours[1] * 1.2 + 0.25:
        out.append("week_over")
    if hours and hours[0] >= 1 and week < hours[0] * 0.4:
        out.append("week_under")
    if hours and plan.capacity_hours_per_week > hours[1] * 1.5 + 0.5:
        out.append("line_over")
    return out


def against_none(none, timed) -> list[str]:
    """Sessions the time answer grew past their size, daily steps it thinned or dropped."""
    out = []
    before: dict[str, tuple[int, float]] = {}
    for task in none.tasks():
        if task.recurrence and task.status == "todo":
            before.setdefault(
                _stem(task.title), (task.estimate_minutes, task.recurrence.sessions_per_week())
            )
    after: dict[str, tuple[int, float]] = {}
    for task in timed.tasks():
        if task.recurrence and task.status == "todo":
            stem = _stem(task.title)
            after.setdefault(stem, (task.estimate_minutes, task.recurrence.sessions_per_week()))
            old = before.get(stem)
            if (
                old
                and task.estimate_minutes >= old[0] * _GROWN
                and task.estimate_minutes >= old[0] + 30
            ):
                out.append("grown")
    daily = [s for s, (_, n) in before.items() if n >= _DAILY]
    if any(after.get(s, (0, 0.0))[1] < _DAILY for s in daily):
        out.append("daily_lost")
    return sorted(set(out))


def _plan(engine, settings, goal: str, answers: dict):
    from assistant.errors import InputError
    from assistant.planner import plan_goal

    try:
        return plan_goal(engine, goal, dict(answers), settings, TODAY).plan
    except InputError:
        return None


def main(argv: list[str]) -> int:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine

    show = "--list" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or [ROUNDS / r for r in _DEFAULT]
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    seen: Counter[str] = Counter()
    none_bad: Counter[str] = Counter()
    time_bad: Counter[str] = Counter()
    for folder in folders:
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            goal = json.loads(line) if line.strip() else None
            answer = str((goal or {}).get("answers", {}).get("capacity") or "")
            if not answer:
                continue
            none = _plan(engine, settings, goal["goal"], {})
            timed = _plan(engine, settings, goal["goal"], {"capacity": answer})
            if none is None or timed is None:
                continue
            ref = reference(folder.name, goal["id"], answer)
            seen["goals"] += 1
            seen[ref["source"]] += 1
            before, after = faults(none, ref), faults(timed, ref) + against_none(none, timed)
            none_bad.update(before)
            time_bad.update(after)
            worse = len(after) > len(before)
            seen["worse"] += worse
            seen["better"] += len(after) < len(before)
            if show and after:
                rhythm = main_rhythm(timed)
                print(
                    f"{folder.name[-7:]} {goal['id']} {'WORSE ' if worse else ''}{after} "
                    f"{answer!r} -> line {timed.capacity_hours_per_week:g} h, week "
                    f"{booked_week(timed):.1f} h, rhythm {rhythm} ({ref['source']})"
                )
    print(f"goals {seen['goals']} (labelled {seen['label']}, read {seen['read']})")
    for name in sorted(set(none_bad) | set(time_bad)):
        print(f"  {name:14} no answers {none_bad[name]:3}   time only {time_bad[name]:3}")
    print(
        f"  faults         no answers {sum(none_bad.values()):3}   time only {sum(time_bad.values()):3}"
    )
    print(f"time answer made the plan worse: {seen['worse']}, better: {seen['better']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
