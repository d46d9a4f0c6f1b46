"""Evaluators: checks of one generated plan against one case, none needing an LLM (but the judge).

Each returns ``Verdict(name, passed, score, reason)``. The rule validators are the free
evaluators; the rest check what the case says a good plan must contain.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass

from assistant.config import Settings
from assistant.models import Finding, Plan


@dataclass
class Verdict:
    name: str
    passed: bool
    score: float
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)


def rules(findings: list[Finding]) -> Verdict:
    errs = [f for f in findings if f.severity == "error"]
    warns = [f for f in findings if f.severity == "warning"]
    reason = (
        "no error findings"
        if not errs
        else f"{len(errs)} errors: " + ", ".join(f"{f.code} at {f.path}" for f in errs[:5])
    )
    return Verdict(
        "rules",
        not errs,
        round(1 / (1 + len(errs) + 0.25 * len(warns)), 3),
        reason + (f"; {len(warns)} warnings" if warns else ""),
    )


def schedule_fit(plan: Plan, settings: Settings, today: dt.date) -> Verdict:
    try:
        from assistant.schedule import schedule
    except ImportError:
        return Verdict("schedule_fit", True, 1.0, "scheduler not available; skipped")
    result = schedule(plan, settings, today)
    problems = [f for f in result.findings if f.severity == "error"]
    if problems:
        return Verdict("schedule_fit", False, 0.0, problems[0].message)
    return Verdict("schedule_fit", True, 1.0, "every task fits the weekly capacity with slack")


def constraint_attacked(plan: Plan, answers: dict[str, str]) -> Verdict:
    attackers = [t for t in plan.tasks() if t.attacks_constraint and t.status != "dropped"]
    if not plan.constraint.strip():
        return Verdict("constraint_attacked", False, 0.0, "the plan names no constraint")
    if not attackers:
        return Verdict("constraint_attacked", False, 0.0, f"no task attacks '{plan.constraint}'")
    stated = answers.get("constraint")
    if (
        stated
        and _words(stated)
        and not (_words(stated) & _words(plan.constraint + " " + plan.constraint_strategy))
    ):
        return Verdict(
            "constraint_attacked",
            False,
            0.5,
            f"the stated constraint '{stated}' is not the plan's ('{plan.constraint}')",
        )
    return Verdict(
        "constraint_attacked", True, 1.0, f"{len(attackers)} tasks attack '{plan.constraint}'"
    )


_CAPACITY_IN_GOAL = re.compile(
    r"\b\d+\s?(hours?|hrs?|h|minutes?|mins?)\s?(a|per|each)\s?(day|week)\b", re.I
)


def assumptions_marked(plan: Plan, goal: str, answers: dict[str, str]) -> Verdict:
    wrongly_assumed = [a for a in plan.assumptions if a.source == "assumed" and a.key in answers]
    if wrongly_assumed:
        return Verdict(
            "assumptions_marked",
            False,
            0.0,
            f"answered '{wrongly_assumed[0].key}' is still marked assumed",
        )
    capacity_unknown = "capacity" not in answers and not _CAPACITY_IN_GOAL.search(goal)
    if capacity_unknown and not any(
        a.source == "assumed" and a.key == "capacity" for a in plan.assumptions
    ):
        return Verdict(
            "assumptions_marked", False, 0.0, "capacity was never given but no assumption says so"
        )
    assumed = sum(a.source == "assumed" for a in plan.assumptions)
    return Verdict(
        "assumptions_marked", True, 1.0, f"{assumed} guesses marked assumed, answers kept as stated"
    )


def must_have(plan: Plan, must: dict) -> Verdict:
    texts = _texts(plan, must["what"])
    words = [w.lower() for w in must["any"]]
    for text in texts:
        low = text.lower()
        for w in words:
            if _contains(low, w):
                return Verdict(f"must: {must['why']}", True, 1.0, f"'{w}' in '{text[:80]}'")
    return Verdict(
        f"must: {must['why']}", False, 0.0, f"no {must['what']} mentions any of {', '.join(words)}"
    )


def _contains(text: str, word: str) -> bool:
    if not word[0].isalnum():
        return word in text
    return re.search(r"(?<![a-z0-9])" + re.escape(word), text) is not None


def _texts(plan: Plan, what: str) -> list[str]:
    milestones = [
        f"{m.title} ({m.metric.name} {m.metric.target:g} {m.metric.unit})" for m in plan.milestones
    ]
    tasks = [f"{t.title} / {t.done_when}" for t in plan.tasks()]
    if what == "milestone":
        return milestones
    if what == "task":
        return tasks
    return [plan.goal.statement, plan.constraint, plan.constraint_strategy, *milestones, *tasks]


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


JUDGE_RUBRIC = """You grade a goal plan written by a planning assistant. Score 0-10 against this rubric:
- milestones are results on the way to the goal (not activities), 3-5 of them, in a sensible order;
- tasks are small (30-120 min), verb-first, owned, with a checkable done-when;
- the plan attacks the stated constraint every week;
- it is specific to this goal and person, not a template with the goal pasted in;
- dates and weekly load are realistic for the stated capacity.
Answer with JSON only: {"reason": "<two sentences>", "pass": true|false, "score": <0-10>}"""


def llm_judge(plan: Plan, case: dict, chat_model) -> Verdict:
    """Optional: ask the configured model to grade the plan against the rubric."""
    from langchain_core.messages import HumanMessage, SystemMessage

    body = json.dumps(
        {
            "goal": case["goal"],
            "answers": case["answers"],
            "plan": plan.model_dump(mode="json", exclude={"metadata"}),
        }
    )
    reply = chat_model.invoke([SystemMessage(JUDGE_RUBRIC), HumanMessage(body)])
    text = str(reply.content)
    match = re.search(r"\{.*\}", text, re.S)
    try:
        data = json.loads(match.group(0)) if match else {}
        score = float(data.get("score", 0)) / 10
        return Verdict(
            "llm_judge",
            bool(data.get("pass")),
            round(min(max(score, 0), 1), 3),
            str(data.get("reason", "")),
        )
    except (ValueError, TypeError):
        return Verdict("llm_judge", False, 0.0, f"unparseable judge reply: {text[:120]}")
