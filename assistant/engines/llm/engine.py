"""The language-model engine: LangChain's ChatOpenAI against any OpenAI-compatible endpoint.

OpenAI itself, or Ollama, vLLM, llama.cpp server and LM Studio through ``OPENAI_BASE_URL``.
The model writes a small draft (see ``drafts.py``); the rules and the repair loop of
``assistant.planner`` judge it. The chat model is injectable so tests pass a fake.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from typing import TYPE_CHECKING, Any

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.assess import GoalVerdict, judge_goal
from assistant.config import Settings
from assistant.engines.base import PlanRejected, Progress, Question, no_progress
from assistant.engines.llm.drafts import (
    PlanDraft,
    QuestionList,
    draft_from_plan,
    plan_from_draft,
    questions_from_list,
)
from assistant.engines.llm.field_brief import field_brief
from assistant.engines.llm.structured import BudgetSpent, StructuredCaller, UnusableReply
from assistant.errors import ModelError
from assistant.models import Diagnosis, Finding, ModelCall, Plan, PlanMetadata
from assistant.prompting import placeholders, render, rules

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

# Local servers ignore the key but the SDK insists on one.
PLACEHOLDER_API_KEY = "not-needed"
ALWAYS_ASKED = ("capacity", "constraint", "owners", "baseline")
MAX_QUESTIONS = 5
QUESTION_TOKENS = 1024  # five short questions, with room for a <think> block


def build_chat_model(settings: Settings) -> BaseChatModel:
    """ChatOpenAI from Settings; transport retries (429, 5xx, timeouts) are the SDK's job.

    One per endpoint and options for the whole process: the app builds an engine per request,
    and each engine reuses the client (its HTTP connections) and the schemas bound to it.
    """
    if settings.openai_api_key is None and settings.openai_base_url is None:
        raise ModelError(
            "no language model configured: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local "
            "server"
        )
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return _chat_model(
        settings.model,
        key or PLACEHOLDER_API_KEY,
        settings.openai_base_url,
        settings.request_timeout_s,
        settings.max_retries,
        settings.temperature,
    )


@functools.lru_cache(maxsize=8)
def _chat_model(
    model: str,
    key: str,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    temperature: float | None,
) -> BaseChatModel:
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    http_client = None
    if base_url and base_url.lower().startswith("http://"):
        import httpx2
        from openai import DefaultHttpxClient

        from assistant.engines.llm.transport import LocalServerTransport

        # a local server's tokens come one HTTP chunk each: half the CPU a chunk with urllib3
        # (an SDK on the older httpx keeps its own transport)
        if issubclass(DefaultHttpxClient, httpx2.Client):
            http_client = DefaultHttpxClient(transport=LocalServerTransport())
    return ChatOpenAI(
        model=model,
        api_key=SecretStr(key),
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        temperature=temperature,
        stream_usage=True,  # replies are streamed (to stop loops early); usage comes last
        http_client=http_client,
    )


class LLMEngine:
    """Questions, drafts, repairs and revisions written by a chat model, validated by our rules."""

    name = "llm"

    def __init__(
        self, settings: Settings, chat_model: BaseChatModel | None = None, method: str | None = None
    ) -> None:
        self.settings = settings
        self.chat_model = chat_model if chat_model is not None else build_chat_model(settings)
        self.label = settings.endpoint_label()
        self.caller = StructuredCaller(
            self.chat_model,
            settings.model,
            method,
            endpoint=self.label,
            placeholders=placeholders(),
            legacy_max_tokens=settings.openai_base_url is not None,
        )
        self._clarify_calls: dict[
            str, list[ModelCall]
        ] = {}  # claimed by the draft of the same goal
        self._deadlines: dict[str, float] = {}  # plan id -> end of its time budget (repairs)
        self.questions_fallback: str | None = None  # why the last questions were the offline ones

    # --- the Engine protocol --------------------------------------------------------------------

    def questions(self, goal: str, answers: dict[str, str], today: dt.date) -> list[Question]:
        messages = self._messages(
            "clarify.jinja",
            today,
            goal=goal,
            answers=answers,
            gaps=goal_gaps(goal, today),
            candidates=self._offline_questions(goal, answers, today),
            max_questions=MAX_QUESTIONS,
        )
        found: QuestionList
        try:
            found, calls = self.caller.ask(
                messages,
                QuestionList,
                purpose="clarify",
                max_tokens=min(QUESTION_TOKENS, self.settings.max_output_tokens),
                deadline=self._budget_end(),
            )
            questions = questions_from_list(found, MAX_QUESTIONS)
            self.questions_fallback = None
        except (UnusableReply, BudgetSpent) as exc:
            # the offline planner's gap analysis asks instead of a model that cannot
            calls, questions = exc.calls, self._offline_questions(goal, answers, today)
            self.questions_fallback = str(exc)
        self._clarify_calls[goal] = calls
        while len(self._clarify_calls) > 64:
            self._clarify_calls.pop(next(iter(self._clarify_calls)))
        return [q for q in questions if q.key not in answers]

    def draft(
        self, goal: str, answers: dict[str, str], today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        verdict = judge_goal(goal, today)  # once: both the gaps and the missing facts read it
        messages = self._messages(
            "draft_plan.jinja",
            today,
            goal=goal,
            answers=answers,
            missing=missing_keys(goal, answers, today, verdict),
            gaps=goal_gaps(goal, today, verdict),
            **field_brief(goal, answers, today),
        )
        earlier = self._clarify_calls.pop(goal, [])
        deadline = self._budget_end()

        def accept(draft: PlanDraft) -> Plan:
            return plan_from_draft(draft, today=today, metadata=self._metadata())

        try:
            plan, calls = self.caller.ask(
                messages,
                PlanDraft,
                purpose="draft",
                accept=accept,
                progress=progress,
                max_tokens=self.settings.max_output_tokens,
                deadline=deadline,
            )
        except (UnusableReply, BudgetSpent) as exc:
            plan = self._offline_plan(goal, answers, today, str(exc), progress)
            return _with_calls(plan, [*earlier, *exc.calls])
        self._deadlines[plan.id] = deadline
        while len(self._deadlines) > 64:
            self._deadlines.pop(next(iter(self._deadlines)))
        return _with_calls(plan, [*earlier, *calls])

    def repair(
        self, plan: Plan, findings: list[Finding], today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        if plan.metadata.fallback:  # the offline planner's plan is repaired by its own rules
            from assistant.engines.offline.engine import OfflineEngine

            return OfflineEngine(self.settings).repair(plan, findings, today, progress)
        round_number = max((c.repair_round for c in plan.metadata.calls), default=0) + 1
        messages = self._messages(
            "repair_plan.jinja",
            today,
            plan=draft_from_plan(plan),
            findings=[f.model_dump() for f in findings],
        )

        def accept(draft: PlanDraft) -> Plan:
            metadata = plan.metadata.model_copy(update={"calls": [], "repair_rounds": round_number})
            return plan_from_draft(draft, today=today, metadata=metadata, previous=plan)

        try:
            repaired, calls = self.caller.ask(
                messages,
                PlanDraft,
                purpose="repair",
                repair_round=round_number,
                accept=accept,
                progress=progress,
                max_tokens=self.settings.max_output_tokens,
                deadline=self._deadlines.get(plan.id),
            )
        except BudgetSpent as exc:
            raise ModelError(f"no time left to repair the plan: {exc}") from exc
        except UnusableReply as exc:
            raise PlanRejected(
                f"the repair came back unusable: {exc}", plan=plan, findings=findings, raw=exc.raw
            ) from exc
        return _with_calls(repaired, [*plan.metadata.calls, *calls])

    def revise(
        self, plan: Plan, instruction: str, today: dt.date, progress: Progress = no_progress
    ) -> Plan:
        messages = self._messages(
            "revise_plan.jinja", today, plan=draft_from_plan(plan), instruction=instruction
        )
        metadata = self._metadata(parent_version=plan.version, revision_note=instruction[:500])

        def accept(draft: PlanDraft) -> Plan:
            return plan_from_draft(
                draft, today=today, metadata=metadata, previous=plan, version=plan.version + 1
            )

        deadline = self._budget_end()
        try:
            revised, calls = self.caller.ask(
                messages,
                PlanDraft,
                purpose="revise",
                accept=accept,
                progress=progress,
                max_tokens=self.settings.max_output_tokens,
                deadline=deadline,
            )
        except (UnusableReply, BudgetSpent) as exc:
            raise PlanRejected(
                f"the revision came back unusable, the plan is unchanged: {exc}",
                plan=plan,
                raw=getattr(exc, "raw", ""),
            ) from exc
        self._deadlines[revised.id] = deadline
        return _with_calls(revised, calls)

    def diagnose(
        self,
        plan: Plan,
        question: str,
        signals: list[str],
        reviews: list[dict[str, Any]],
        today: dt.date,
    ) -> Diagnosis:
        """Why a goal stalled, each cause citing review weeks; reviews are {week_of, text} dicts."""
        messages = self._messages(
            "diagnose.jinja", today, plan=plan, question=question, signals=signals, reviews=reviews
        )
        diagnosis: Diagnosis
        diagnosis, _ = self.caller.ask(
            messages,
            Diagnosis,
            purpose="diagnose",
            max_tokens=self.settings.max_output_tokens,
            deadline=self._budget_end(),
        )
        return diagnosis

    # --- helpers --------------------------------------------------------------------------------

    def _messages(self, template: str, today: dt.date, **variables: Any) -> list[BaseMessage]:
        return [
            SystemMessage(content=render("system.jinja", today=today)),
            HumanMessage(
                content=render(template, today=today, rules=rules(self.settings), **variables)
            ),
        ]

    def _budget_end(self) -> float:
        return time.monotonic() + self.settings.plan_budget_s

    def _offline_plan(
        self, goal: str, answers: dict[str, str], today: dt.date, reason: str, progress: Progress
    ) -> Plan:
        """The offline planner's plan, labelled as such, when the model cannot deliver one."""
        from assistant.engines.offline.engine import OfflineEngine

        note = (
            f"{self.label} gave no usable plan within {self.settings.plan_budget_s:g} s "
            f"({reason.rstrip('.')}), so the offline planner wrote this one"
        )
        progress("drafting", note)
        plan = OfflineEngine(self.settings).draft(goal, answers, today)
        return plan.model_copy(
            update={"metadata": plan.metadata.model_copy(update={"fallback": note})}
        )

    def _metadata(self, **extra: Any) -> PlanMetadata:
        return PlanMetadata(engine="llm", model=self.settings.model, **extra)

    def _offline_questions(
        self, goal: str, answers: dict[str, str], today: dt.date
    ) -> list[Question]:
        """What the offline engine would ask (its gap analysis of the goal), when it exists."""
        try:
            from assistant.engines.offline.engine import OfflineEngine

            return list(OfflineEngine(self.settings).questions(goal, answers, today))
        except Exception:  # the offline engine is optional here; the goal assessment still runs
            return []


def goal_gaps(goal: str, today: dt.date, verdict: GoalVerdict | None = None) -> list[str]:
    """What the SMART assessment of the goal's wording says is missing, one line each."""
    verdict = verdict or judge_goal(goal, today)
    return [
        f"{key.replace('_', '-')}: {criterion.reason}"
        for key, criterion in verdict.criteria().items()
        if criterion.passed is False
    ]


def missing_keys(
    goal: str, answers: dict[str, str], today: dt.date, verdict: GoalVerdict | None = None
) -> list[str]:
    """Facts the plan needs that neither the goal nor the answers give: they become assumptions."""
    verdict = verdict or judge_goal(goal, today)
    keys = []
    if not verdict.measurable.passed:
        keys.append("metric")
    if not verdict.time_bound.passed:
        keys.append("deadline")
    keys += ALWAYS_ASKED
    return [k for k in keys if k not in answers]


def _with_calls(plan: Plan, calls: list[ModelCall]) -> Plan:
    return plan.model_copy(
        update={"metadata": plan.metadata.model_copy(update={"calls": list(calls)})}
    )
