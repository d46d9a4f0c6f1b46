"""Where an answered plan overrides the time the person gave (the `-b` plans of a round).

``python -m evals.answered_time ROUND_DIR ... [--plans DIR]`` plans every goal with its
answers (or reads ``DIR/<round>/<id>-b.json``, or the round's own ``plans/<id>-b.json`` with
``--plans round``) and counts four causes: the capacity line states a week above their time
as theirs ("5 hours a week are free" after "saturdays, 2-3 hrs"), the plan's weekly total is
more than 20% away from the week they said, however the line words it, the sessions are cut well
below the length they said ("90 mins" planned as 35), and a self-correcting answer read at the
number they corrected ("12 h but realistically 8" as 12).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from assistant.models import Plan
from assistant.understanding.answers import parse_answers
from assistant.understanding.answers_corrected import corrected_time
from assistant.understanding.capacity import read_time
from assistant.understanding.limits import sitting_tolerance
from evals.heldout import TODAY

_SITTING = 120  # the planner's longest sitting: a 3-hour Saturday is planned as 2 hours
_CUT = 0.75  # the longest session below this share of the stated length is a cut
_WEEK_OFF = 0.2  # a weekly total further than this from the week they said is not theirs


def their_time(answer: str) -> tuple[float | None, int | None]:
    """(hours a week, minutes a session) the capacity answer states, read as meant."""
    said = corrected_time(answer)
    try:
        typed = parse_answers({"capacity": said}, TODAY, strict=False)
    except Exception:  # noqa: BLE001 - an unreadable answer states no time
        typed = {}
    # "not a lot": the small week read from vague words (marked assumed in the plan)
    hours = typed.get("capacity") or getattr(typed.get("capacity_said"), "hours", None)
    time = read_time(said)
    return (hours if isinstance(hours, float) else None), (time.minutes if time.sessions else None)


def causes(plan: Plan, answer: str, constraint: str = "") -> list[str]:
    """The time overrides this answered plan shows (a sitting their body allows, or the
    planner's 2-hour sitting, is no override)."""
    hours, minutes = their_time(answer)
    body = sitting_tolerance(constraint)
    minutes = min(minutes, body or minutes, _SITTING) if minutes else None
    found = []
    free = [a for a in plan.assumptions if a.key == "capacity" and "are free for this" in a.text]
    if hours and free and abs(plan.capacity_hours_per_week - hours) > 0.25 * hours:
        found.append("week_claimed")
    if hours and abs(plan.capacity_hours_per_week - hours) > _WEEK_OFF * hours:
        found.append("week_off")  # "2-3 hrs on saturdays" planned as a 5-hour week
    sessions = [t.estimate_minutes for t in plan.tasks() if t.recurrence]
    if minutes and minutes >= 20 and sessions and max(sessions) < _CUT * minutes:
        found.append("session_cut")
    if corrected_time(answer) != answer and hours != plan.capacity_hours_per_week:
        found.append("correction_lost")
    return found


def _plans(folder: Path, source: str | None):
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
        goal = json.loads(line)
        answers = goal.get("answers", {})
        if source:
            base = folder / "plans" if source == "round" else Path(source) / folder.name
            path = base / f"{goal['id']}-b.json"
            if path.exists():
                yield goal, answers, Plan.model_validate_json(path.read_text(encoding="utf-8"))
            continue
        try:
            yield (
                goal,
                answers,
                plan_goal(engine, goal["goal"], dict(answers), settings, TODAY).plan,
            )
        except Exception:  # noqa: BLE001 - a refused goal is left out
            continue


def main(argv: list[str]) -> int:
    source = argv[argv.index("--plans") + 1] if "--plans" in argv else None
    folders = [Path(a) for a in argv if a not in ("--plans", source)]
    total: Counter[str] = Counter()
    for folder in folders:
        for goal, answers, plan in _plans(folder, source):
            said = (str(answers.get(k) or "") for k in ("capacity", "constraint"))
            found = causes(plan, *said)
            total.update(found)
            total["plans"] += 1
            if found:
                print(f"{folder.name} {goal['id']}: {', '.join(found)}")
    print(json.dumps(dict(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
