"""Count plans whose deadline lies past the date the person said (well past, or moved later
at all), is labelled stated though it moved or though no date was said, or squeezes a
"no rush" answer into weeks, or is labelled stated though it disagrees with the answer's own
words (a year, a span or a month named), or sits on a step's date the answer names ("test in
december, registration closes in september" planned to September), or plans a goal needed
before an event (passports for a flight) on the event's own day.

Plans every goal of the judged rounds offline, with and without the persona's answers:
``python -m evals.deadline_gaps [ROUND_DIR ...]`` (default: rounds 3 on). The date said is the
deadline answer read by ``parse_deadline`` (else the goal text's own horizon); a date days away
counts from a week out. ``--dump FILE`` writes each plan's deadline and label instead of
counting; ``--plans FILE`` counts a dump (made by an older checkout) against today's reading.
Plans of hand-labelled goals (evals/deadline_labels.jsonl, rounds 1-25) are also counted off
their label: a deadline late or early against the date said or implied, or marked 'stated'
when nobody said one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.errors import InputError
from assistant.language import find_horizon, normalize, resolve_deadline
from assistant.planner import plan_goal
from assistant.understanding.deadline import lived_before, year_kept
from assistant.understanding.deadline_data import goal_and_steps, ready_day, table
from assistant.understanding.deadline_earlier import earlier_aim
from assistant.understanding.deadline_region import regional_day, where_they_live
from assistant.understanding.deadline_spans import reading_fits, running_window
from assistant.understanding.deadline_used import LIMIT_MARGIN_DAYS, LIMIT_ROOM_DAYS, left_of_limit
from assistant.understanding.deadline_words import RELAXED_RE
from assistant.understanding.deadlines import parse_deadline, starts_not_ends, well_before
from evals.heldout import dev_rounds

TODAY = dt.date(2026, 11, 27)
SLACK_WEEKS = 4  # past the date said by more than this: the plan pushed it
LATER_DAYS = 3  # past the date said by more than this: moved later
ROOMY_WEEKS = 8  # "no rush" planned sooner than this: squeezed


def said_date(goal: str, answers: dict[str, str]) -> dt.date | None:
    """The date the person gave: the deadline answer, else a dated horizon in the goal text."""
    answer = str(answers.get("deadline") or "").strip()
    if answer and starts_not_ends(answer):
        return None  # "starting this month, ongoing": a start, not a date to reach
    told = goal_and_steps(answer, TODAY, parse_deadline) if answer else None
    if told is not None:  # "test in december, registration closes in september": december
        return told[0]
    country = where_they_live(goal, answer)  # a South African winter, a Canadian thanksgiving
    day = parse_deadline(answer, TODAY) if answer else None
    local = regional_day(answer, day, TODAY, country, parse_deadline) if answer else None
    day = local[0] if local else day
    goal_day = resolve_deadline(goal, TODAY)
    left = left_of_limit(normalize(goal), TODAY) or left_of_limit(normalize(answer), TODAY)
    if left is not None and left[0] > TODAY:  # "180 days and it's been about 60": what is left
        if day is not None and day < left[0]:
            return day
        room = (left[0] - TODAY).days >= LIMIT_ROOM_DAYS
        return left[0] - dt.timedelta(days=LIMIT_MARGIN_DAYS) if room else left[0]
    event = day if day is not None else goal_day if not answer else None
    ready = ready_day(goal, answer, event, TODAY, goal_day) if event is not None else None
    if ready is not None:  # passports for the flight on 3 August, the op: weeks before it
        return ready[0]
    if day is not None and goal_day is not None and year_kept(day, goal_day, goal):
        return goal_day  # "a sweater for christmas 2027", answered "christmas!"
    if day is not None:  # "done 2 weeks before", "a draft by 1 April": the earlier aim
        return well_before(answer, day, TODAY) or earlier_aim(answer, day, TODAY) or day
    running = running_window(normalize(goal), TODAY, parse_deadline)
    if running is not None:  # "180 days from the letter dated Oct 3": counted from October
        return running
    horizon = find_horizon(goal.lower())
    if horizon and lived_before(goal.lower(), horizon.phrase):
        return None  # "lasted about 3 days each time": a past attempt, no date
    if horizon and re.search(
        rf"\bevery\s\d+\s?(?:-|to|or)\s?{re.escape(horizon.phrase)}", goal.lower()
    ):
        return None  # "a disposable every 2-3 days": a rhythm, no date
    if horizon and horizon.kind not in {"recurring", "vague", "age"}:
        day = resolve_deadline(goal, TODAY)
        near = day is not None and (day - TODAY).days < 30 and "this" not in horizon.phrase
        if day is not None and near and horizon.kind == "season":  # "in the fall", late Nov
            day = day.replace(year=day.year + 1)
        local = regional_day(goal, day, TODAY, country, resolve_deadline)
        day = local[0] if local else day
    return day


def step_dates(answer: str) -> set[dt.date]:
    """The dates of the answer's clauses that name a step toward an event it names
    (registration closes before the exam, a booked fair before the end of term), by the
    table's words: a plan on one of them planned a step as the goal's day."""
    words = table()
    clauses = [c for c in re.split(r"\s*(?:[,;]|\bbut\b|\band\b)\s*", normalize(answer)) if c]
    if len(clauses) < 2 or not any(re.search(words.events, c) for c in clauses):
        return set()
    steps = set()
    for clause in clauses:
        step, event = re.search(words.steps, clause), re.search(words.events, clause)
        if step and not (event and event.start() < step.start()):  # "exam booked for": the exam
            day = parse_deadline(clause, TODAY)
            steps |= {day} if day is not None else set()
    return steps


def plan_deadlines(args: list[str]) -> list[dict]:
    """Each plan's deadline and whether its deadline assumption says 'stated'."""
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    rows = []
    for folder in dev_rounds(args):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for variant, answers in (("a", {}), ("b", goal.get("answers") or {})):
                if variant == "b" and not answers:
                    continue
                try:
                    plan = plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan
                except InputError:
                    continue
                label = next((a.source for a in plan.assumptions if a.key == "deadline"), "")
                rows.append(
                    {
                        "plan": f"{folder.name}/{goal['id']}-{variant}",
                        "goal": goal["goal"],
                        "answers": answers,
                        "deadline": plan.goal.deadline.isoformat(),
                        "label": label,
                    }
                )
    return rows


def count(rows: list[dict]) -> tuple[Counter[str], list[str]]:
    """The gaps, and one line per plan that has one."""
    bad: Counter[str] = Counter()
    lines = []
    for row in rows:
        said = said_date(row["goal"], row["answers"])
        answer = str(row["answers"].get("deadline") or "")
        planned = dt.date.fromisoformat(row["deadline"])
        bad["plans"] += 1
        relaxed = bool(RELAXED_RE.search(normalize(answer)))  # "no rush": a hint, not a date
        if relaxed and planned < TODAY + dt.timedelta(weeks=ROOMY_WEEKS):
            bad["'no rush' squeezed into weeks"] += 1
            lines.append(f"{row['plan']}: '{answer}' planned {planned}")
        if row["label"] == "stated" and said is None and not answer:
            bad["labelled stated when no date was said"] += 1
            lines.append(f"{row['plan']}: no date said, planned {planned}, labelled stated")
        if answer and row["label"] == "stated" and not reading_fits(answer, planned, TODAY):
            bad["labelled stated against its own words"] += 1  # "mid 2028" planned Nov 2029
            lines.append(f"{row['plan']}: '{answer}' planned {planned}, labelled stated")
        steps = step_dates(answer)
        if planned in steps:  # "registration closes in september" planned as the deadline
            bad["deadline on a step date, not the goal's own"] += 1
            lines.append(f"{row['plan']}: '{answer}' planned {planned}, a step's date")
        event = parse_deadline(answer, TODAY) if answer else None
        if event and ready_day(row["goal"], answer, event, TODAY) and planned >= event:
            bad["needed before an event, planned on or after it"] += 1  # passports, the flight
            lines.append(f"{row['plan']}: '{answer}' planned {planned}, the event's own day")
        if said is None or said < TODAY or relaxed:
            continue
        bad["plans with a date said"] += 1
        floor = max(said, TODAY + dt.timedelta(weeks=1))
        late = (planned - floor).days / 7
        if (planned - floor).days > LATER_DAYS:
            bad["stated date moved later"] += 1
            if row["label"] == "stated":
                bad["moved later, labelled stated"] += 1
                lines.append(f"{row['plan']}: said {said}, planned {planned}, moved, 'stated'")
        if late > SLACK_WEEKS:
            bad[f"deadline over {SLACK_WEEKS} weeks past the date said"] += 1
            lines.append(f"{row['plan']}: said {said}, planned {planned} (+{late:.0f} w)")
        if row["label"] == "stated" and abs((planned - said).days) > 7 and said == floor:
            bad["moved yet labelled stated"] += 1
            lines.append(f"{row['plan']}: said {said}, planned {planned}, labelled stated")
    return bad, lines


def off_labels(rows: list[dict]) -> tuple[Counter[str], list[str]]:
    """Plans whose deadline is off from the one the person said or implied, by the hand labels
    of evals/deadline_labels.jsonl (rounds 1-25): late, early, or marked 'stated' when nobody
    said a date; the plan's own deadline and label, goal alone (-a) or with the answers (-b)."""
    from evals.deadline_accuracy import labels, score

    marked = {(row["round"], row["id"]): row for row in labels()}
    bad: Counter[str] = Counter()
    lines = []
    for row in rows:
        folder, plan = row["plan"].split("/")
        gid, variant = plan.rsplit("-", 1)
        label = marked.get((folder, gid))
        if label is None:
            continue
        planned = dt.date.fromisoformat(row["deadline"])
        misses = score(label, variant == "a", (planned, row["label"] == "stated", None))
        bad["labelled plans"] += 1
        for miss in misses:
            bad[f"off the label: {miss}"] += 1
        if misses:
            bad["labelled plans off"] += 1
            lines.append(f"{row['plan']}: planned {planned} ({row['label']}): {','.join(misses)}")
    return bad, lines


def main(args: list[str]) -> None:
    if args[:1] == ["--dump"]:
        Path(args[1]).write_text(json.dumps(plan_deadlines(args[2:])), encoding="utf-8")
        return
    if args[:1] == ["--plans"]:
        rows = json.loads(Path(args[1]).read_text(encoding="utf-8"))
    else:
        rows = plan_deadlines(args)
    bad, lines = count(rows)
    off, off_lines = off_labels(rows)
    print("\n".join(lines + off_lines))
    for key, n in (bad + off).items():
        print(f"{key}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
