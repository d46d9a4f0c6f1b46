"""How often the time answer is read as the person meant it, against hand labels.

``python -m evals.time_accuracy [--plans] [--misses] [ROUND ...]`` reads every capacity answer
of ``evals/time_labels.jsonl`` (labelled from the answer's text alone: hours a week, sessions a
week, minutes a session, the days named, ceiling or floor, and the answers that give no time)
and prints the share matched, by class. With ``--plans`` it also plans each labelled goal with
its persona's answers and checks what the plan books: the capacity line, the ordinary
(median) week the schedule books, the practice's sessions a week and the main one's length,
a ceiling never overbooked and a floor never underbooked.
Round names (or their last part, ``round22``) keep only those rounds' labels.

A number matches when it falls within 20% of the labelled value (or range); a reading of an
answer that gives no time matches when no hours are made up from it.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from assistant.understanding.answers import parse_answers
from assistant.understanding.answers_corrected import corrected_time
from assistant.understanding.capacity import free_days, read_time
from evals.answered_time import their_time
from evals.heldout import ROUNDS, TODAY

LABELS = Path(__file__).with_name("time_labels.jsonl")
_BAND = 0.2
# kinds of answer that give no hours of their own: the plan assumes its usual time and says so
NO_HOURS = ("not_said", "money", "less_time", "no_extra")
_LOOSE_OK = {
    "not_said": {"not_time", "unknown", "appointments", "someone_else"},
    "money": {"not_time", "unknown"},
    "less_time": {"less_time", "not_time"},
    "no_extra": {"in_work", "not_time"},
}
_DAY_WORDS = ("weekends", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday")
_DAY_WORDS += ("friday", "weekdays")


def labels(rounds: list[str] = ()) -> list[dict]:
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    if rounds:
        rows = [r for r in rows if any(r["round"].endswith(n) for n in rounds)]
    return rows


def within(value: float | None, band: list[float] | None, floor: bool = False) -> bool:
    """``value`` within 20% of the labelled range (up to half as much again above a floor:
    "30 min a day, more on weekends" holds more than 3.5 hours)."""
    if value is None or band is None:
        return False
    low, high = band
    return low * (1 - _BAND) - 0.01 <= value <= high * (1.5 if floor else 1 + _BAND) + 0.01


@cache
def reading(answer: str) -> dict:
    """What the planner reads from a capacity answer: hours a week, sessions, minutes, days,
    and the kind of answer that gives no hours."""
    hours, _ = their_time(answer)
    said = read_time(corrected_time(answer))
    try:
        typed = parse_answers({"capacity": answer}, TODAY, strict=False)
    except Exception:  # noqa: BLE001 - an unreadable answer states no time
        typed = {}
    loose = typed.get("capacity_said")
    return {
        "hours": hours,
        "sessions": said.sessions,
        "minutes": said.minutes,
        "days": set(said.days),
        "loose": getattr(loose, "kind", None),
    }


def label_days(label: dict) -> set[str]:
    """The days the time is kept to: the days named, when they are all the answer names or
    hold all its sessions ("4 runs a week, long run sunday" keeps no run to sunday)."""
    days = set(free_days(" ".join(w for w in label["when"] if w in _DAY_WORDS)))
    only = all(w in _DAY_WORDS for w in label["when"])
    sessions = label["sessions_week"]
    if sessions and sessions[1] > len(days):
        return set()
    return days if only or sessions else set()


def checks(label: dict, read: dict) -> dict[str, bool]:
    """class -> matched, for the classes this label speaks to."""
    out = {}
    if label["hours_week"]:
        out["hours"] = within(read["hours"], label["hours_week"], label["bound"] == "floor")
    if label["sessions_week"]:
        out["sessions"] = within(read["sessions"], label["sessions_week"])
    if label["minutes_session"]:
        out["minutes"] = within(read["minutes"], label["minutes_session"])
    days = label_days(label)
    if days:
        out["days"] = bool(read["days"]) and days <= read["days"]
    kind = label["kind"]
    if kind in NO_HOURS:  # no hours made up; giving time back or no extra hours also said so
        named = kind in ("not_said", "money") or read["loose"] in _LOOSE_OK[kind]
        out[kind] = read["hours"] is None and named
    if kind == "little":
        out[kind] = read["hours"] is not None and read["hours"] <= 2.5
    if kind == "plenty" and not label["minutes_session"]:
        out[kind] = read["hours"] is None or read["hours"] >= 5
    return out


def main_rhythm(plan) -> tuple[float, int] | None:
    """(sessions a week, minutes) of the practice in the median milestone: every recurring
    session of 10 minutes or more that is no move on the obstacle ("2 easy runs and a long
    run" is 3 runs), at the most frequent one's length."""
    rows = []
    for milestone in plan.milestones:
        practice = [
            t
            for t in milestone.tasks
            if t.recurrence
            and t.status == "todo"
            and not t.attacks_constraint
            and t.estimate_minutes >= 10
        ]
        if practice:
            top = max(
                practice, key=lambda t: (t.recurrence.sessions_per_week(), t.estimate_minutes)
            )
            count = sum(t.recurrence.sessions_per_week() for t in practice)
            rows.append((count, top.estimate_minutes))
    return statistics.median_low(rows) if rows else None


def plan_checks(label: dict, plan) -> dict[str, bool]:
    """class -> matched for what the plan books against the label."""
    from assistant.config import Settings
    from assistant.schedule import schedule

    out = {}
    weeks = [w.planned_minutes for w in schedule(plan, Settings(_env_file=None), TODAY).weeks]
    week = statistics.median(weeks) / 60 if weeks else 0.0  # the ordinary week booked
    rhythm = main_rhythm(plan)
    if label["hours_week"]:
        floor = label["bound"] == "floor"
        out["plan_line"] = within(plan.capacity_hours_per_week, label["hours_week"], floor)
        out["plan_hours"] = within(week, label["hours_week"], floor)
        if label["bound"] == "ceiling":
            out["plan_ceiling"] = week <= label["hours_week"][1] * (1 + _BAND)
        if label["bound"] == "floor":
            out["plan_floor"] = week >= label["hours_week"][0] * (1 - _BAND)
    if label["sessions_week"]:
        out["plan_sessions"] = rhythm is not None and within(rhythm[0], label["sessions_week"])
    if label["minutes_session"]:
        out["plan_minutes"] = rhythm is not None and within(rhythm[1], label["minutes_session"])
    if label["kind"] in ("no_extra", "less_time"):
        out[f"plan_{label['kind']}"] = week <= 2.5  # no time of their own booked as a week
    return out


def _goal(label: dict) -> dict:
    path = ROUNDS / label["round"] / "goals.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["id"] == label["id"]:
            return json.loads(line)
    raise KeyError(label["id"])


def _plan(goal: dict):
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    return plan_goal(engine, goal["goal"], dict(goal["answers"]), settings, TODAY).plan


def accuracy(rows: list[dict], plans: bool = False) -> tuple[Counter, Counter, list[str]]:
    """(matched, seen, misses) by class."""
    hit: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    misses = []
    for label in rows:
        read = reading(label["capacity"])
        found = checks(label, read)
        if plans:
            try:
                found |= plan_checks(label, _plan(_goal(label)))
            except Exception as err:  # noqa: BLE001 - a refused goal is left out
                misses.append(f"{label['id']}: not planned ({type(err).__name__})")
        for name, ok in found.items():
            seen[name] += 1
            hit[name] += ok
        bad = [n for n, ok in found.items() if not ok]
        if bad:
            shown = {k: v for k, v in read.items() if v not in (None, set())}
            misses.append(
                f"{label['round'][-7:]} {label['id']} {bad} {label['capacity']!r} -> {shown}"
            )
    return hit, seen, misses


def main(argv: list[str]) -> int:
    plans = "--plans" in argv
    rounds = [a for a in argv if not a.startswith("--")]
    hit, seen, misses = accuracy(labels(rounds), plans)
    if "--misses" in argv:
        print("\n".join(misses))
    for name in sorted(seen):
        print(f"{name:16} {hit[name]:4}/{seen[name]:<4} {hit[name] / seen[name]:.0%}")
    total = sum(v for k, v in hit.items() if not k.startswith("plan_"))
    count = sum(v for k, v in seen.items() if not k.startswith("plan_"))
    print(f"{'reading':16} {total:4}/{count:<4} {total / count:.0%}")
    if plans:
        total = sum(v for k, v in hit.items() if k.startswith("plan_"))
        count = sum(v for k, v in seen.items() if k.startswith("plan_"))
        print(f"{'plan':16} {total:4}/{count:<4} {total / max(count, 1):.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
