"""The offline engine: rule-based questions, plans, repairs and revisions; no network, no model."""

from __future__ import annotations

import datetime as dt

from assistant.config import Settings
from assistant.engines.base import Progress, Question, no_progress
from assistant.engines.offline.budget_said import within_budget
from assistant.engines.offline.build import build_plan, plan_id
from assistant.engines.offline.calendar_sense import keep_calendar, long_day
from assistant.engines.offline.country_words import in_their_country, localize
from assistant.engines.offline.named_parts import plan_named_parts
from assistant.engines.offline.questions import ask
from assistant.engines.offline.repair import repair_plan, restate_in_their_words
from assistant.engines.offline.revise import revise_plan
from assistant.engines.offline.said_sizes import settle_sizes
from assistant.engines.offline.second_part import in_one_sentence, plan_second_part
from assistant.engines.offline.their_units import in_their_units
from assistant.engines.offline.title_words import in_whole_words
from assistant.models import Finding, Plan, Request
from assistant.understanding.capacity import free_days
from assistant.understanding.goal import understand
from assistant.understanding.shared import understood


class OfflineEngine:
    """Deterministic planning from domain playbooks: same goal and answers, same plan."""

    name = "offline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def questions(self, goal: str, answers: dict[str, str], today: dt.date) -> list[Question]:
        """Only what the goal and answers leave open, worded for the goal's domain."""
        u = understood(goal, answers, today)  # only read here: shared with the chat's later steps
        asked = ask(u, today, {k for k, v in answers.items() if v and v.strip()})
        return [q.model_copy(update={"question": localize(q.question, u.country)}) for q in asked]

    def draft(
        self, goal: str, answers: dict[str, str], today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        """A validated-clean plan; every unanswered question becomes an ``assumed`` assumption."""
        from assistant.validators import errors, validate_plan

        progress("drafting", "offline planner, no LLM")
        u = understand(goal, answers, today)
        plan = build_plan(u, self.settings, today, plan_id(goal, answers, today))
        plan = plan_second_part(plan, u, self.settings, today, build_plan)  # "and run a 5k"
        plan.request = Request(goal_text=goal, answers=dict(answers))
        restate_in_their_words(plan)  # a neighbouring field's finish line gives way to theirs
        plan.request = None  # the caller records the person's words (plan_goal does)
        plan = plan_named_parts(plan, goal, u, self.settings, today, build_plan)  # "find a flat"
        plan = in_one_sentence(plan)  # "... and find a flat by 1 May", never "; also:"
        plan = in_their_country(plan, u.country)  # T4s in Calgary, no W-2s
        plan = within_budget(plan, answers)  # "budget maybe £150": the spending step keeps to it
        said = " | ".join([goal, *answers.values()])
        plan = in_their_units(plan, said)  # "15st 4": stones, not 214 lb
        for _ in range(2):
            found = errors(validate_plan(plan, self.settings, today))
            if not found:
                break
            progress("repairing", f"{len(found)} finding(s)")
            plan = repair_plan(plan, found, today, self.settings)
            plan = in_their_country(plan, u.country)  # a repair's new tasks too
            plan = in_their_units(plan, said)
        plan = settle_sizes(plan, today)  # after every fit and repair: titles say what is booked
        day = long_day(free_days(answers.get("capacity", "")))  # "2 hrs on sundays"
        plan = keep_calendar(plan, u.country, day)  # watering in summer, no interviews at Christmas
        plan = in_whole_words(plan)  # "HR or by ...", "myself ... yourself", "i": mended
        progress("done", plan.id)
        return plan

    def repair(
        self, plan: Plan, findings: list[Finding], today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        """Fix what rules can: split big tasks, re-date, re-own, cover the constraint, fit hours."""
        progress("repairing", f"{len(findings)} finding(s)")
        return settle_sizes(repair_plan(plan, findings, today, self.settings), today)

    def revise(
        self, plan: Plan, instruction: str, today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        """A new version following a plain-words request; InputError for what it cannot read."""
        progress("revising", instruction[:80])
        return settle_sizes(revise_plan(plan, instruction, today, self.settings), today)
