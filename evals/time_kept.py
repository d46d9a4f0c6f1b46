"""Does the answered plan keep the time the person said? Each goal planned with all its answers.

``python -m evals.time_kept [--list] [ROUND_DIR ...]`` (default: rounds 22-25) plans every goal
that has a time answer with the persona's answers and counts, per plan, what a coach names:

- ``over_cap``: a ceiling said ("an hour a day tops", "no more than 4 h a week") and the
  ordinary booked week (every recurring task) above it, or the capacity line above it;
- ``count_ignored``: a count of sittings said ("3 evenings", "twice a week") and the main
  practice booked at another count (never the days of their job: "I work 6 days");
- ``length_invented``: "Your N-hour sessions ..." where the answer never says N hours;
- ``small_read_big``: a vague-small answer ("not a lot", "an hour here and there", "barely
  any") read as more than 3 hours a week;
- ``slot_unused``: one day's slot said with its hours ("sundays maybe 2 hours") and no
  recurring task near that long (under half of it).

The readings here are plain patterns of their own, not the planner's, so a planner misreading
is counted rather than agreed with.

Session 16 (clock), rounds 22-25, 180 answered plans: faults 21 -> 10 (over_cap 2 -> 0,
length_invented 4 -> 0, small_read_big 4 -> 0, slot_unused 6 -> 5, count_ignored 5 -> 5).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from evals.heldout import ROUNDS, TODAY
from evals.time_accuracy import main_rhythm
from evals.time_adds import booked_week

_DEFAULT = tuple(f"2026-11-29-round{n}" for n in (22, 23, 24, 25))

_CAP_RE = re.compile(
    r"\b(?:tops|at (?:the )?most|no more than|not more than|max(?:imum)?|up to|or less)\b"
)
_PER_DAY_RE = re.compile(r"\b(?:a|per|each|every) day\b|\bdaily\b")
_PER_WEEK_RE = re.compile(r"\b(?:a|per|each|every) week\b|\bweekly\b|/ ?wk\b")
_AMOUNT_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(h|hrs?|hours?|min|mins|minutes)\b")
_COUNT_RE = re.compile(
    r"(?<!work )(?<!working )(?<!\d-)(?<!\d )(?<!to )\b([1-7])\s?(?:x|times|days|"
    r"evenings|nights|mornings|sessions|afternoons|workouts|classes)\b"
    r"(?!\s(?:a|per) (?:month|day))"
)
_JOB_RE = re.compile(r"\b(?:rota|shifts?|i work|we work)\b")
_SMALL_RE = re.compile(
    r"\b(?:not (?:a lot|much)|very little|barely any|hardly any|here and there|few minutes|"
    r"couple (?:of )?minutes|not many)\b"
)
_DAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_YOUR_LENGTH_RE = re.compile(r"Your (\d+(?:\.\d+)?)-hour sessions are planned")


def _words(text: str) -> str:
    from text_to_num import alpha2digit

    s = re.sub(r"\bhalf an hour\b", "30 min", text.lower())
    s = re.sub(r"\ban hour\b", "1 hour", s)
    s = re.sub(r"\btwice\b", "2 times", re.sub(r"\bonce (?=a|per)", "1 times ", s))
    return alpha2digit(s, "en")


def said_cap(answer: str) -> float | None:
    """Hours a week a ceiling said holds: 'an hour a day tops' 7, 'max 4 hrs a week' 4."""
    s = _words(answer)
    if not _CAP_RE.search(s):
        return None
    m = _AMOUNT_RE.search(s)
    if not m:
        return None
    minutes = float(m.group(1)) * (60 if m.group(2).startswith("h") else 1)
    if _PER_DAY_RE.search(s) or re.search(r"\b(?:evenings|nights|mornings)\b", s):
        return minutes * 7 / 60
    if re.search(r"\b(?:week ?nights|week ?days|work ?days)\b", s):
        return minutes * 5 / 60
    if _PER_WEEK_RE.search(s) or minutes >= 120:
        return minutes / 60
    return None


def said_count(answer: str) -> int | None:
    s = _words(answer)
    if _JOB_RE.search(s):
        return None  # "my rota is 3-4 nights": the job's count, not the goal's
    counts = {
        int(m.group(1))
        for part in re.split(r"[,;]", s)
        if not _PER_DAY_RE.search(part)  # "5 x 10 min a day": sittings a day, not a week
        for m in _COUNT_RE.finditer(part)
    }
    return counts.pop() if len(counts) == 1 and not re.search(r"\bmonth", s) else None


def said_slot(answer: str) -> float | None:
    """Minutes of one day's slot said with its length ('sundays maybe 2 hours to prep')."""
    for part in re.split(r"[,;]|\band\b", _words(answer)):
        days = set(_DAY_RE.findall(part))
        m = _AMOUNT_RE.search(part)
        if len(days) == 1 and m and not _PER_WEEK_RE.search(part):
            minutes = float(m.group(1)) * (60 if m.group(2).startswith("h") else 1)
            if minutes >= 60:
                return minutes
    return None


def faults(answer: str, plan) -> list[str]:
    out = []
    week = booked_week(plan)
    cap = said_cap(answer)
    if cap and (week > cap * 1.05 + 0.1 or plan.capacity_hours_per_week > cap + 0.25):
        out.append("over_cap")
    count = said_count(answer)
    rhythm = main_rhythm(plan)
    if count and rhythm and abs(rhythm[0] - count) > 0.5:
        out.append("count_ignored")
    said = _words(answer)
    for a in plan.assumptions:
        m = _YOUR_LENGTH_RE.search(a.text)
        hours = float(m.group(1)) if m else 0.0
        ranges = re.findall(
            r"(\d+(?:\.\d+)?)\s?(?:-|to)\s?(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\b", said
        )
        within = any(float(lo) <= hours <= float(hi) for lo, hi in ranges)  # "3-4 hours": 3.5
        if (
            m
            and not within
            and not re.search(rf"\b{re.escape(m.group(1))}\s?(?:h|hrs?|hours?)\b", said)
        ):
            out.append("length_invented")
    if _SMALL_RE.search(said) and plan.capacity_hours_per_week > 3:
        out.append("small_read_big")
    slot = said_slot(answer)
    if slot:
        longest = max(
            (t.estimate_minutes for t in plan.tasks() if t.recurrence and t.status == "todo"),
            default=0,
        )
        if longest < slot * 0.5:
            out.append("slot_unused")
    return out


def main(argv: list[str]) -> int:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal

    show = "--list" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or [ROUNDS / r for r in _DEFAULT]
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    seen: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    for folder in folders:
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            goal = json.loads(line) if line.strip() else None
            answers = (goal or {}).get("answers", {})
            answer = str(answers.get("capacity") or "")
            if not answer:
                continue
            try:
                plan = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan
            except InputError:
                continue
            seen["plans"] += 1
            seen["cap"] += said_cap(answer) is not None
            seen["count"] += said_count(answer) is not None
            seen["small"] += bool(_SMALL_RE.search(_words(answer)))
            seen["slot"] += said_slot(answer) is not None
            found = faults(answer, plan)
            bad.update(found)
            if show and found:
                print(
                    f"{folder.name[-7:]} {goal['id']} {found} {answer!r} -> line "
                    f"{plan.capacity_hours_per_week:g} h, week {booked_week(plan):.1f} h, "
                    f"rhythm {main_rhythm(plan)}"
                )
    print(
        f"plans {seen['plans']} (a cap said {seen['cap']}, a count {seen['count']}, "
        f"vague-small {seen['small']}, a day's slot {seen['slot']})"
    )
    for name in ("over_cap", "count_ignored", "length_invented", "small_read_big", "slot_unused"):
        print(f"  {name:16} {bad[name]:3}")
    print(f"  faults           {sum(bad.values()):3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
