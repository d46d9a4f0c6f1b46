"""Plans that ignore the calendar (data/seasons.toml), per round:

- off-season: a step whose months (watering, sowing, mulching, outdoor painting) its dates never
  touch;
- sliced: a whole job (a ceiling painted, a garden cleared) booked as a short slice, a quarter
  of its real sitting or less;
- quiet: a milestone needing other people (interviews, quotes, viewings) due 20 Dec-3 Jan.

Usage: python -m evals.season_audit [round folders...] [--saved]   (--saved reads plans/*.json,
else re-plans every goal bare and with answers, today = 2026-11-27).
"""

from __future__ import annotations

import sys
from collections import Counter

from assistant.language.country import country_of
from assistant.language.seasons import first_in_season, quiet_window, season_of, sitting_minutes
from assistant.models import Plan


def problems(plan: Plan, country: str | None = None) -> list[tuple[str, str]]:
    """(kind, what) for each place the plan ignores the calendar."""
    out: list[tuple[str, str]] = []
    begin = plan.start_date
    for m in plan.milestones:
        if quiet_window(m.title, m.deadline):
            out.append(("quiet", f"{m.deadline} {m.title}"))
        for t in m.tasks:
            if t.status == "dropped":
                continue
            found = season_of(t.title, country)
            if found and first_in_season(found[1], t.start or begin, t.due) is None:
                out.append(("off-season", f"{t.start or begin}..{t.due} {t.title}"))
            job = sitting_minutes(t.title)
            if job and t.estimate_minutes * 4 <= job.minutes:
                out.append(("sliced", f"{t.estimate_minutes} min {t.title}"))
        begin = m.deadline
    return out


def main(argv: list[str]) -> int:
    from evals.heldout import dev_plans, dev_rounds

    saved = "--saved" in argv
    args = [a for a in argv if a != "--saved"]
    totals: Counter[str] = Counter()
    plans = 0
    if saved:
        for folder in dev_rounds(args):
            for path in sorted((folder / "plans").glob("*.json")):
                plan = Plan.model_validate_json(path.read_text(encoding="utf-8"))
                said = plan.request.answers if plan.request else {}
                goal = plan.request.goal_text if plan.request else ""
                plans += 1
                for kind, what in problems(plan, country_of(goal, said)):
                    totals[kind] += 1
                    print(f"{folder.name}/{path.stem}\t{kind}\t{what}")
    else:
        for folder, goal, answers, plan in dev_plans(args):
            plans += 1
            tag = f"{folder.name}/{goal['id']}-{'b' if answers else 'a'}"
            for kind, what in problems(plan, country_of(goal["goal"], answers)):
                totals[kind] += 1
                print(f"{tag}\t{kind}\t{what}")
    print(
        f"plans {plans}: "
        + ", ".join(f"{k} {totals[k]}" for k in ("off-season", "sliced", "quiet"))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
