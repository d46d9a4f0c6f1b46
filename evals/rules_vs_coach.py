"""Do the rules flag the plans a coach scores low, and leave alone the ones scored high?

    python -m evals.rules_vs_coach evals/rounds/<round> [<round> ...] [--regenerate]
        [--today YYYY-MM-DD] [--by-code]

A round folder holds ``grades_*.jsonl`` (one row per graded plan: ``file`` and ``total`` /10;
several graders are averaged) and the graded plans as ``plans/<file>.json``. Without stored
plans, ``--regenerate`` writes them again with the current offline planner from
``goals.jsonl`` (``<id>-a`` without answers, ``<id>-b`` with them; ``--save`` keeps them in
``plans/``), which measures today's rules on today's plans, not the graded ones.

Prints the share of plans scored 5 or less that carry an error or warning (target >= 80%) and
the share of plans scored 9-10 that do (target <= 10%). Given several rounds it prints one line
per round, so each round can be read as held out from the rules tuned on the others, and the
rounds pooled; ``--by-code`` adds how many low- and high-scored plans each rule flags, in how
many rounds (a rule that flags low plans in one round only has not shown it generalises).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

LOW, HIGH = 5.0, 9.0
TARGET_LOW, TARGET_HIGH = 0.80, 0.10


class RoundError(Exception):
    """A round folder this script cannot read; the message says what to fix."""


@dataclass
class Graded:
    file: str
    total: float
    codes: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return bool(self.codes)


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise RoundError(f"{path}:{n}: not JSON ({exc.msg})") from None
    return rows


def grades(folder: Path) -> dict[str, float]:
    """Mean total per graded plan over every ``grades_*.jsonl`` in the folder."""
    files = sorted(folder.glob("grades_*.jsonl"))
    if not files:
        raise RoundError(f"{folder}: no grades_*.jsonl files")
    totals: dict[str, list[float]] = {}
    for path in files:
        for row in read_jsonl(path):
            if "file" not in row or not isinstance(row.get("total"), int | float):
                raise RoundError(f"{path}: every row needs 'file' and a numeric 'total'")
            totals.setdefault(str(row["file"]), []).append(float(row["total"]))
    return {k: sum(v) / len(v) for k, v in totals.items()}


def _round_day(folder: Path) -> dt.date | None:
    m = re.match(r"(\d{4}-\d\d-\d\d)", folder.name)
    return dt.date.fromisoformat(m.group(1)) if m else None


def _regenerate(folder: Path, files: list[str], today: dt.date, save: bool) -> dict[str, object]:
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine
    from assistant.planner import plan_goal

    goals_path = folder / "goals.jsonl"
    if not goals_path.exists():
        raise RoundError(f"{folder}: --regenerate needs goals.jsonl")
    goals = {str(g["id"]): g for g in read_jsonl(goals_path)}
    settings = Settings(_env_file=None)
    engine = OfflineEngine(settings)
    plans: dict[str, object] = {}
    for file in files:
        goal_id, _, variant = file.rpartition("-")
        goal = goals.get(goal_id) or goals.get(file)
        if goal is None:
            continue
        answers = {} if variant == "a" else _readable(goal.get("answers") or {}, today)
        plans[file] = plan_goal(engine, goal["goal"], answers, settings, today).plan
        if save:
            out = folder / "plans" / f"{file}.json"
            out.parent.mkdir(exist_ok=True)
            tmp = out.with_suffix(".tmp")
            tmp.write_text(plans[file].model_dump_json(indent=2), encoding="utf-8")
            tmp.replace(out)
    return plans


def _readable(answers: dict, today: dt.date) -> dict[str, str]:
    """The answers the planner can read; the chat would ask again for the others."""
    from assistant.errors import InputError
    from assistant.understanding.answers import parse_answers

    kept = {}
    for key, value in answers.items():
        try:
            parse_answers({key: value}, today)
        except InputError:
            continue
        kept[key] = value
    return kept


def _stored(folder: Path, files: list[str]) -> dict[str, object]:
    from pydantic import ValidationError

    from assistant.models import Plan

    plans: dict[str, object] = {}
    for file in files:
        path = folder / "plans" / f"{file}.json"
        if path.exists():
            try:
                plans[file] = Plan.model_validate_json(path.read_text(encoding="utf-8"))
            except ValidationError as exc:
                raise RoundError(
                    f"{path}: not a Goalsmith plan ({exc.error_count()} errors)"
                ) from None
    return plans


def measure(
    folder: Path, regenerate: bool = False, today: dt.date | None = None, save: bool = False
) -> tuple[list[Graded], list[str]]:
    """Every graded plan with the error and warning codes the rules give it, and the graded
    files that have no plan."""
    from assistant.config import Settings
    from assistant.validators import validate_plan

    if not folder.is_dir():
        raise RoundError(f"{folder}: not a folder")
    scores = grades(folder)
    files = sorted(scores)
    day = today or _round_day(folder) or dt.date.today()
    plans = _regenerate(folder, files, day, save) if regenerate else _stored(folder, files)
    if not plans:
        raise RoundError(
            f"{folder}: no plans/<file>.json for the graded plans; pass --regenerate to write "
            "them with the current planner"
        )
    settings = Settings(_env_file=None)
    graded = []
    for file in files:
        plan = plans.get(file)
        if plan is None:
            continue
        when = today or (day if regenerate else plan.created_at.date())
        codes = [
            f.code
            for f in validate_plan(plan, settings, when)
            if f.severity in ("error", "warning")
        ]
        graded.append(Graded(file, scores[file], sorted(set(codes))))
    return graded, [f for f in files if f not in plans]


def summary(graded: list[Graded]) -> dict[str, object]:
    low = [g for g in graded if g.total <= LOW]
    high = [g for g in graded if g.total >= HIGH]

    def share(group: list[Graded]) -> float | None:
        return sum(g.flagged for g in group) / len(group) if group else None

    return {
        "plans": len(graded),
        "low": len(low),
        "low_flagged": sum(g.flagged for g in low),
        "low_flagged_share": share(low),
        "high": len(high),
        "high_flagged": sum(g.flagged for g in high),
        "high_flagged_share": share(high),
        "low_missed": [g.file for g in low if not g.flagged],
        "high_flagged_files": {g.file: g.codes for g in high if g.flagged},
    }


def by_code(rounds: dict[str, list[Graded]]) -> dict[str, dict[str, int]]:
    """Per rule code: the low- and high-scored plans it flags and the rounds it flags low ones in."""
    out: dict[str, dict[str, int]] = {}
    for graded in rounds.values():
        seen: set[str] = set()
        for g in graded:
            band = "low" if g.total <= LOW else "high" if g.total >= HIGH else None
            for code in g.codes if band else []:
                row = out.setdefault(code, {"low": 0, "high": 0, "low_rounds": 0})
                row[band] += 1
                if band == "low" and code not in seen:
                    seen.add(code)
                    row["low_rounds"] += 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1]["low"], kv[0])))


def rounds_table(rounds: dict[str, list[Graded]]) -> str:
    """One line per round and one for the rounds pooled."""

    def line(name: str, s: dict) -> str:
        return (
            f"{name:28} {s['low_flagged']:>4} of {s['low']:<4} = {_pct(s['low_flagged_share']):>4}"
            f"   {s['high_flagged']:>3} of {s['high']:<3} = {_pct(s['high_flagged_share']):>4}"
        )

    lines = [f"{'round':28} {'scored <= 5 flagged':<20}   scored >= 9 flagged"]
    lines += [line(name, summary(graded)) for name, graded in rounds.items()]
    pooled = [g for graded in rounds.values() for g in graded]
    lines.append(line("all rounds", summary(pooled)))
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0%}"


def report(s: dict, missing: list[str]) -> str:
    lines = [
        f"plans checked: {s['plans']}"
        + (f" ({len(missing)} graded plans have no plan file)" if missing else ""),
        f"scored <= {LOW:g} with an error or warning: {s['low_flagged']} of {s['low']} "
        f"= {_pct(s['low_flagged_share'])} (target >= {TARGET_LOW:.0%})",
        f"scored >= {HIGH:g} with an error or warning: {s['high_flagged']} of {s['high']} "
        f"= {_pct(s['high_flagged_share'])} (target <= {TARGET_HIGH:.0%})",
    ]
    if s["low_missed"]:
        lines.append("low-scored plans the rules pass: " + ", ".join(s["low_missed"]))
    for file, codes in s["high_flagged_files"].items():
        lines.append(f"high-scored plan flagged: {file}: {', '.join(codes)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+", help="judging round folders")
    parser.add_argument(
        "--regenerate",
        action="store_true",
        help="write the plans again with the current offline planner",
    )
    parser.add_argument("--save", action="store_true", help="with --regenerate: keep plans/")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="the day to plan and check on (default: the round's date)",
    )
    parser.add_argument("--by-code", action="store_true", help="the plans each rule flags")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    rounds: dict[str, list[Graded]] = {}
    missing: dict[str, list[str]] = {}
    try:
        for folder in args.folders:
            name = folder.name if folder.name not in rounds else str(folder)
            rounds[name], missing[name] = measure(folder, args.regenerate, args.today, args.save)
    except (RoundError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    codes = by_code(rounds) if args.by_code else None
    if args.json:
        figures: dict[str, object] = (
            {**summary(next(iter(rounds.values()))), "missing": next(iter(missing.values()))}
            if len(rounds) == 1
            else {
                "rounds": {name: summary(graded) for name, graded in rounds.items()},
                "pooled": summary([g for graded in rounds.values() for g in graded]),
                "missing": missing,
            }
        )
        if codes is not None:
            figures["by_code"] = codes
        print(json.dumps(figures, indent=2))
        return 0
    if len(rounds) == 1:
        print(report(summary(next(iter(rounds.values()))), next(iter(missing.values()))))
    else:
        print(rounds_table(rounds))
    for code, row in (codes or {}).items():
        print(f"{code:34} low {row['low']:>4} (in {row['low_rounds']} rounds)   high {row['high']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
