"""Money plans over the judged rounds: pace vs what the person said, country system, gig template.

Run from a worktree: .venv/bin/python evals/money/measure.py [--list]
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.getcwd())

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.errors import InputError
from assistant.planner import plan_goal
from assistant.understanding.money_rate import monthly_amount

MONEY = {"savings", "investing", "debt", "side_income", "budgeting", "income", "sell_crafts"}
_MODEST = {"US": 300.0, "UK": 300.0, "EU": 300.0, "IN": 10000.0}
_SYM = {"$": "US", "£": "UK", "€": "EU", "₹": "IN"}
_PACE_RE = re.compile(
    r"([$£€₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s(?:a|per|each|every)\s(month|week|paycheck)|/mo)"
)
_UK_RE = re.compile(r"£|\bgbp\b|\bisa\b|\bpensions?\b|\bnhs\b|\bhmrc\b|\bquid\b|\bsipp\b|\buk\b")
_IN_RE = re.compile(r"₹|\blakhs?\b|\bcrores?\b|\brupees?\b|\brs\.?\s?\d|\bfd\b|\bppf\b|\binr\b")
_EU_RE = re.compile(r"€|\beur(?:o|os)?\b")
_US_TERMS = re.compile(r"401\(?k|\bira\b|\broth\b|\b529\b|\bhsa\b|social security|\btsp\b")
_UK_TERMS = re.compile(r"\bisa\b|\bsipp\b|state pension|\bhmrc\b")
_IN_TERMS = re.compile(r"\bppf\b|\bfd\b|\brd\b|\bsip\b|₹|lakh")
_DRIVING = re.compile(
    r"\b(?:driv\w*|uber|lyft|doordash|deliver\w*|instacart|gas|mileage|shifts?)\b"
)


def country(text: str) -> str:
    t = text.lower()
    if _IN_RE.search(t):
        return "IN"
    if (
        "pension" in t
        and "$" not in t
        and "401" not in t
        or _UK_RE.search(t)
        and "pension" not in t
    ):
        return "UK"
    if _EU_RE.search(t):
        return "EU"
    return "US"


def plan_text(plan: dict, notes: bool = True) -> str:
    """The plan's words; without ``notes`` only what it asks to do (a stated gap is no pace)."""
    bits = [plan["goal"]["statement"]] + [a["text"] for a in plan["assumptions"] if notes]
    for m in plan["milestones"]:
        bits.append(m["title"])
        bits += [f"{t['title']} | {t['done_when']}" for t in m["tasks"]]
    return "\n".join(bits)


def paces(text: str) -> list[float]:
    out = []
    for _sign, num, per in _PACE_RE.findall(text):
        v = float(num.replace(",", ""))
        out.append(v * {"week": 52 / 12, "paycheck": 26 / 12}.get(per, 1.0))
    return out


def wrong_system(who: str, text: str) -> list[str]:
    low = text.lower()
    bad = []
    syms = {_SYM[s] for s in re.findall(r"[$£€₹]", text)}
    if who != "US":
        bad += [f"US:{m}" for m in sorted(set(_US_TERMS.findall(low)))]
        if "US" in syms:
            bad.append("$")
    if who == "US":
        bad += [f"UK:{m}" for m in sorted(set(_UK_TERMS.findall(low)))]
    return bad


def _field(path: str) -> str | None:
    with open(path) as f:
        return json.load(f).get("metadata", {}).get("field")


def main() -> None:
    s = Settings(_env_file=None, offline=True)
    today = dt.date(2026, 11, 27)
    rounds = sorted(glob.glob("evals/rounds/*round[3-9]")) + sorted(
        glob.glob("evals/rounds/*round10")
    )
    counts = {"plans": 0, "over_pace": 0, "unsaid_pace_high": 0, "wrong_system": 0}
    counts["gig_template"] = 0
    for r in rounds:
        with open(f"{r}/goals.jsonl") as f:
            lines = f.readlines()
        for line in lines:
            g = json.loads(line)
            stored = {_field(p) for p in glob.glob(f"{r}/plans/{g['id']}-*.json")}
            for with_answers in (False, True):
                answers = g.get("answers", {}) if with_answers else {}
                try:
                    res = plan_goal(OfflineEngine(s), g["goal"], answers, s, today)
                except InputError:  # an answer the reader refuses: no plan to measure
                    continue
                plan = json.loads(res.plan.model_dump_json())
                field = plan["metadata"]["field"]
                if field not in MONEY and not stored & MONEY:
                    continue
                said_text = " ".join([g["goal"], *map(str, answers.values())])
                said = monthly_amount(str(answers.get("capacity", "")), asked=True) or next(
                    (
                        x
                        for t in (str(answers.get("baseline", "")), g["goal"])
                        if (x := monthly_amount(t))
                    ),
                    None,
                )
                text = plan_text(plan)
                pace = max(paces(plan_text(plan, notes=False)), default=None)
                who = country(said_text)
                bad = wrong_system(who, text)
                gig = (
                    field == "side_income"
                    and not _DRIVING.search(said_text.lower())
                    and bool(_DRIVING.search(text.lower()))
                )
                over = bool(said and pace and pace > said * 1.15)
                # no amount said: a pace over twice a modest share ($300 a month) was invented
                high = bool(not said and pace and pace > 2 * _MODEST.get(who, 300.0))
                counts["plans"] += 1
                counts["over_pace"] += over
                counts["unsaid_pace_high"] += high
                counts["wrong_system"] += bool(bad)
                counts["gig_template"] += gig
                if "--list" in sys.argv:
                    tag = "b" if with_answers else "a"
                    print(
                        f"{r[-7:]} {g['id']}-{tag} {field:12} {who} said={said} pace={pace} "
                        f"due={plan['goal']['deadline']} {'OVER ' if over else ''}{'HIGH ' if high else ''}{bad or ''}{' GIG' if gig else ''}\n"
                        f"    {plan['goal']['statement'][:150]}"
                    )
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
