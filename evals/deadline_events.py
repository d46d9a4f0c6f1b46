"""Whether the dated events a person names inside the plan's span (an assignment due before the
module's exam, the shower before the wedding, a form's closing date before the test) are in
the plan, scheduled before them: for each goal of ``evals/deadline_labels.jsonl`` whose label
lists ``events`` (each a ``what`` and its ``day``), the goal is planned offline with its
deadline answer (goal alone too, when the goal text dates the event) and the event counts as
scheduled when a milestone or task is due on or before its day and either names it (a word of
``what`` in its title) or is the plan's own deadline (the goal done before the event).

``python -m evals.deadline_events`` prints one line per event and the count scheduled.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from evals.deadline_accuracy import labels
from evals.heldout import TODAY

_STOP = {"the", "a", "an", "due", "in", "on", "of", "at", "by", "before", "day", "and"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


def scheduled(plan: object, what: str, day: dt.date) -> bool:
    """Whether the plan holds the event: a step due by its day that names it, or the plan's
    deadline itself on or before it."""
    if plan.goal.deadline <= day:  # type: ignore[attr-defined]
        return True
    named = _words(what)
    for milestone in plan.milestones:  # type: ignore[attr-defined]
        items = [(milestone.title, milestone.deadline)] + [
            (t.title, t.due) for t in milestone.tasks
        ]
        if any(due <= day and named & _words(title) for title, due in items):
            return True
    return False


def audit(rows: list[dict]) -> tuple[int, int, list[str]]:
    """(events, scheduled, one line per event) over the labelled rows that list events."""
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    seen = held = 0
    lines = []
    for row in rows:
        answers = {"deadline": row["deadline_answer"]} if row["deadline_answer"] else {}
        plan = plan_goal(engine, row["goal"], answers, settings, TODAY).plan
        for event in row["events"]:
            day = dt.date.fromisoformat(event["day"])
            ok = scheduled(plan, event["what"], day)
            seen, held = seen + 1, held + ok
            lines.append(
                f"{row['round'][-7:]} {row['id']}: {'ok ' if ok else 'MISS'} {event['what']} "
                f"({day}), plan ends {plan.goal.deadline}"
            )
    return seen, held, lines


def main(args: list[str]) -> None:
    rows = [row for row in labels() if row.get("events")]
    seen, held, lines = audit(rows)
    print("\n".join(lines))
    print(f"events scheduled before their day: {held} of {seen}")


if __name__ == "__main__":
    main(sys.argv[1:])
