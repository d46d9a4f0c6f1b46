"""How often our reading of a goal's deadline is what the person meant, against the labels of
``evals/deadline_labels.jsonl`` (330 goals of rounds 1-22, labelled by hand from their words
alone, today 2026-11-27; and 20 goals in session 15's own wording, marked "paraphrase", for
dates tied to events): each goal is read twice, with its deadline answer and from the goal
text alone, and scored on

- the end: a labelled day matches a reading from 3 days before it to the day itself (never
  after: a wedding is not planned past); a labelled month ("by March") any day of that month
  or of the week before it ("before the MOT in May" planned to 30 April);
  a window ("by summer", "this year" for a year's goal) any day inside it; a window already
  past when said ("180 days from the letter dated March 3") a reading within 8 weeks of today
  (act now), never a date a year on. No date said: any end, as long as it is not marked as
  theirs;
- the 'stated' mark: a date marked as the person's own only when they said one;
- the start (``--plans`` only): the plan starts no later than a week after a start they said
  (it may prepare before it).

``python -m evals.deadline_accuracy`` reads with ``understand`` (fast, no plans);
``--plans`` plans each goal offline and scores the plan's deadline, its deadline assumption's
'stated' mark and its start date (slow). ``--misses`` lists every miss. ``--round N`` keeps the
labels of rounds N and on. The reading of a date said is ``evals.deadline_said``'s business
(a list of answers); ``evals.deadline_meant`` counts four misreadings without labels.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from evals.heldout import TODAY, round_number

LABELS = Path(__file__).with_name("deadline_labels.jsonl")
DAY_EARLY = 3  # a labelled day: read up to this many days before it is the same date
MONTH_EARLY = 7  # a labelled month: read up to this many days before it is the same month
PAST_WEEKS = 8  # a window already closed: the plan acts within these weeks
START_DAYS = 7  # a start said: the plan starts at the latest this many days after it

Reading = tuple[dt.date, bool, dt.date | None]  # (end, marked as theirs, start or None)


def labels(first_round: int = 0) -> list[dict]:
    """The labelled goals (the unclear ones left out), from the round given on."""
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    return [
        r for r in rows if r["kind"] != "unclear" and round_number(Path(r["round"])) >= first_round
    ]


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def end_fits(kind: str, end: dict | None, past: bool, read: dt.date) -> str | None:
    """None when the end read is what was meant, else the miss class ('late', 'early')."""
    if end is None:
        return None
    first, last = _day(end["earliest"]), _day(end["latest"])
    if past:
        return None if read <= TODAY + dt.timedelta(weeks=PAST_WEEKS) else "late"
    if kind == "day":
        first = first - dt.timedelta(days=DAY_EARLY)
    if kind == "month":
        first = first - dt.timedelta(days=MONTH_EARLY)
    if read > last:
        return "late"
    if read < first:
        return "early"
    return None


def score(label: dict, goal_only: bool, reading: Reading) -> list[str]:
    """The misses of one reading ([] when it is as meant)."""
    end_read, theirs, start_read = reading
    if goal_only:
        kind, end = label["goal_only"]["kind"], label["goal_only"]["end"]
        past = label["past"] and label["said_in"] != "answer" and end == label["end"]
        start = None
    else:
        kind, end, past, start = label["kind"], label["end"], label["past"], label.get("start")
    misses = []
    miss = end_fits(kind, end, past, end_read)
    if miss:
        misses.append(f"{miss}:{'past' if past else kind}")
    if end is None and theirs:
        misses.append("invented_stated")
    if end is not None and not theirs and not miss and not past:
        misses.append("said_unmarked")  # a window already closed may be planned as assumed
    if start and start_read is not None and (start_read - _day(start)).days > START_DAYS:
        misses.append("start")
    return misses


def read_understanding(goal: str, answers: dict[str, str]) -> Reading:
    from assistant.understanding.deadline import theirs
    from assistant.understanding.goal import understand

    u = understand(goal, answers, TODAY)
    return u.deadline, theirs(u.stated), None


def plan_reader() -> Callable[[str, dict[str, str]], Reading]:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)

    def read(goal: str, answers: dict[str, str]) -> Reading:
        plan = plan_goal(engine, goal, answers, settings, TODAY).plan
        marks = [a.source for a in plan.assumptions if a.key == "deadline"]
        return plan.goal.deadline, "stated" in marks, plan.start_date

    return read


def accuracy(
    rows: list[dict], read: Callable[[str, dict[str, str]], Reading] = read_understanding
) -> tuple[dict[str, float], list[str]]:
    """Share of readings as meant (all, with answers, goal alone, per label kind) and the misses."""
    hits: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    found: list[str] = []
    for label in rows:
        for goal_only in (False, True):
            answers = {} if goal_only else {"deadline": label["deadline_answer"] or ""}
            if not goal_only and not label["deadline_answer"]:
                continue  # no answer: the goal-alone reading is the same reading
            try:
                reading = read(label["goal"], answers)
            except Exception as exc:  # noqa: BLE001 - a refused goal is a miss, named
                reading, misses = None, [f"error:{type(exc).__name__}"]
            else:
                misses = score(label, goal_only, reading)
            kind = label["goal_only"]["kind"] if goal_only else label["kind"]
            kind = "past" if label["past"] and not goal_only else kind
            groups = ("all", "goal_only" if goal_only else "answered", f"kind:{kind}")
            for g in groups:
                seen[g] += 1
                hits[g] += not misses
            for m in misses:
                seen[f"miss:{m}"] += 1
            if misses:
                said = f" / {label['deadline_answer']!r}" if not goal_only else " (goal alone)"
                got = (
                    f"read {reading[0]} {'theirs' if reading[1] else 'assumed'}" if reading else ""
                )
                want = label["end"] if not goal_only else label["goal_only"]["end"]
                found.append(
                    f"{label['round'][-7:]} {label['id']}: {','.join(misses)}: {got}, meant "
                    f"{want and want['earliest'] + '..' + want['latest']}: "
                    f"{label['goal'][:90]!r}{said}"
                )
    shares = {g: round(hits[g] / seen[g], 3) for g in seen if not g.startswith("miss:")}
    shares.update({g: seen[g] for g in seen if g.startswith("miss:")})
    return shares, found


def main(args: list[str]) -> None:
    first = int(args[args.index("--round") + 1]) if "--round" in args else 0
    read = plan_reader() if "--plans" in args else read_understanding
    shares, found = accuracy(labels(first), read)
    if "--misses" in args:
        print("\n".join(found))
    print(json.dumps(shares, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
