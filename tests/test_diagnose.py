"""Stall diagnosis: each planted cause ranked first with a real citation; citations checked."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from assistant.diagnose import CAUSES, apply_changes, check_citations, diagnose, model_context
from assistant.memory.citations import quoted_in
from assistant.memory.reviews import record_review
from assistant.models import Cause, Diagnosis, Evidence, ProposedChange
from tests.memory_fixtures import *  # noqa: F403
from tests.plans import TODAY
from tests.review_histories import PLANTED, W1, W2, too_big


def _load(store, memory, make, user="local"):
    plan, reviews = make()
    store.save_plan(plan, user)
    for r in reviews:
        record_review(store, memory, r, user)
    return plan, store.reviews(plan.id, user)


@pytest.mark.parametrize("code", list(PLANTED))
def test_the_planted_cause_ranks_first_with_a_real_citation(store, memory, settings, code):
    plan, reviews = _load(store, memory, PLANTED[code])
    diagnosis = diagnose(store, memory, plan.id, "Why did my goal stall?", "local", settings, TODAY)
    top = diagnosis.causes[0]
    assert top.code == code, [(c.code, c.confidence) for c in diagnosis.causes]
    assert top.evidence
    by_week = {r.week_of: r for r in reviews}
    for ev in top.evidence:
        cited = by_week[ev.week_of]
        assert ev.review_id == cited.id
        raw = " ".join(
            [cited.changed, cited.remove, cited.notes, *(s.reason for s in cited.slipped)]
        )
        assert ev.quote in raw  # verbatim words of that week's review
        assert f'"{ev.quote}"' in diagnosis.answer
    assert diagnosis.proposed_changes
    assert check_citations(diagnosis, reviews) == diagnosis  # our own citations all stand


def test_every_cause_code_is_in_the_vocabulary(store, memory, settings):
    for make in PLANTED.values():
        plan, _ = _load(store, memory, make)
        for cause in diagnose(store, memory, plan.id, "why?", "local", settings).causes:
            assert cause.code in CAUSES


def test_the_answer_cites_retrieved_reviews_closest_to_the_question(store, memory, settings):
    plan, _ = _load(store, memory, too_big)
    answer = diagnose(
        store, memory, plan.id, "why can't I finish the nutrition plan?", "local", settings
    ).answer
    assert 'Past reviews closest to "why can\'t I finish the nutrition plan?"' in answer


def test_no_reviews_means_no_causes_and_a_pointer_to_goalsmith_review(store, memory, settings):
    plan, _ = too_big()
    store.save_plan(plan)
    diagnosis = diagnose(store, memory, plan.id, "why?", "local", settings)
    assert diagnosis.causes == [] and f"goalsmith review {plan.id}" in diagnosis.answer


def test_another_users_reviews_never_feed_the_diagnosis(store, memory, settings):
    plan, _ = _load(store, memory, too_big, user="alice")
    store.save_plan(plan, "bob")
    diagnosis = diagnose(store, memory, plan.id, "why?", "bob", settings)
    assert diagnosis.causes == [] and "nutrition" not in diagnosis.answer.lower()


def _model_answer() -> Diagnosis:
    return Diagnosis(
        causes=[
            Cause(
                code="task_too_big",
                explanation="real",
                evidence=[
                    Evidence(
                        week_of=W1, quote="too big to start on a weeknight"
                    ),  # real, other case
                    Evidence(week_of=W2, quote="Too big to start on a weeknight"),  # wrong week
                    Evidence(week_of=W2, quote="I never had the time to cook"),  # invented
                ],
            ),
            Cause(
                code="over_capacity",
                explanation="invented",
                evidence=[Evidence(week_of=W1, quote="my boss made me work weekends")],
            ),
            Cause(code="too_many_open", explanation="structural, cites nothing"),
            Cause(
                code="task_too_big",
                explanation="elided",
                evidence=[Evidence(week_of=W2, quote="Got through half ... never finished")],
            ),
        ],
        answer="model text",
    )


def test_check_citations_drops_what_no_review_says():
    _, reviews = too_big()
    for i, r in enumerate(reviews):
        r.id = f"r-{i}"
    checked = check_citations(_model_answer(), reviews)
    assert [c.explanation for c in checked.causes] == [
        "real",
        "structural, cites nothing",
        "elided",
    ]
    assert [(e.week_of, e.review_id) for e in checked.causes[0].evidence] == [(W1, "r-0")]
    assert checked.answer == "model text"


def test_check_citations_respects_a_given_review_id():
    _, reviews = too_big()
    for i, r in enumerate(reviews):
        r.id = f"r-{i}"
    wrong_id = Diagnosis(
        causes=[
            Cause(
                code="task_too_big",
                explanation="x",
                evidence=[
                    Evidence(week_of=W1, quote="Too big to start on a weeknight", review_id="r-3")
                ],
            )
        ]
    )
    assert check_citations(wrong_id, reviews).causes == []
    assert not quoted_in(reviews[0], "too")  # a word or two is not a quote


def test_model_context_carries_signals_and_relevant_reviews_first(settings):
    plan, reviews = too_big()
    for i, r in enumerate(reviews):
        r.id = f"r-{i}"
    from assistant.memory.reviews import Hit

    hit = Hit("r-2", plan.id, reviews[2].week_of, "slip", "x", "tb", 0.1)
    context = model_context(plan, reviews, "why?", settings, [hit])
    assert context["reviews"][0]["week_of"] == reviews[2].week_of and len(context["reviews"]) == 4
    assert any("240 minutes" in s for s in context["signals"])


class RecordingEngine:
    name = "fake"

    def __init__(self):
        self.instructions: list[str] = []

    def revise(self, plan, instruction, today, progress=None):
        self.instructions.append(instruction)
        revised = plan.next_version(instruction)
        revised.capacity_hours_per_week = 4
        return revised


def test_apply_makes_rule_changes_exactly_and_sends_the_rest_to_the_engine(store, settings):
    plan, _ = too_big()
    store.save_plan(plan)
    changes = [
        ProposedChange(description="a", instruction="make tasks smaller", task_id="tb"),
        ProposedChange(description="b", instruction="I only have 4 hours a week"),
    ]
    engine = RecordingEngine()
    saved = apply_changes(
        store, plan.id, Diagnosis(proposed_changes=changes), "local", settings, TODAY, engine
    )
    assert engine.instructions == ["I only have 4 hours a week"]  # splitting needs no planner
    assert {"tb-1", "tb-2"} <= {t.id for t in saved.tasks()}
    assert store.versions(plan.id) == [1, 2] and saved.capacity_hours_per_week == 4
    assert "make tasks smaller" in saved.metadata.revision_note


def test_without_an_engine_the_rule_changes_apply_and_the_rest_are_named(
    store, settings, monkeypatch
):
    import assistant.stall_fixes as fixes

    monkeypatch.setattr(fixes, "revision_engine", lambda settings: None)
    plan, _ = too_big()
    store.save_plan(plan)
    changes = [
        ProposedChange(description="a", instruction="make tasks smaller", task_id="tb"),
        ProposedChange(description="b", instruction="push the deadline to 2027-04-30"),
        ProposedChange(description="c", instruction="I'm stuck on the nutrition plan"),
    ]
    saved = apply_changes(
        store, plan.id, Diagnosis(proposed_changes=changes), "local", settings, TODAY
    )
    before = {t.id for t in plan.tasks()}
    steps = [t for t in saved.tasks() if t.id not in before] + [saved.task("tb")]
    assert len(steps) >= 2 and all(t.estimate_minutes <= 120 for t in steps)
    assert sum(t.estimate_minutes for t in steps) == 240 and all(t.done_when for t in steps)
    assert saved.goal.deadline == dt.date(2027, 4, 30)
    note = saved.metadata.revision_note
    assert "applied 2 of 3" in note
    assert "Not applied: I'm stuck on the nutrition plan (needs a planning engine)" in note
    assert store.get_plan(plan.id, version=1).task("tb").estimate_minutes == 240


def test_apply_through_the_offline_engine_fixes_the_over_capacity_it_diagnosed(store, settings):
    importlib.import_module("assistant.engines.offline.engine")
    from assistant.validators import validate_plan
    from tests.review_histories import over_capacity

    plan, reviews = over_capacity()
    store.save_plan(plan)
    for r in reviews:
        record_review(store, None, r, "local")
    diagnosis = diagnose(store, None, plan.id, "why?", "local", settings, TODAY)
    assert diagnosis.causes[0].code == "over_capacity"
    assert any(f.code == "plan.over_capacity" for f in validate_plan(plan, settings, TODAY))
    saved = apply_changes(store, plan.id, diagnosis, "local", settings, TODAY)
    assert store.versions(plan.id) == [1, 2] and saved.metadata.parent_version == 1
    assert not any(f.code == "plan.over_capacity" for f in validate_plan(saved, settings, TODAY))


# --- the language-model path: same signals, citations checked ----------------------------------


def test_a_model_written_diagnosis_keeps_only_real_citations(store, memory, settings):
    import json

    from assistant.engines.llm.engine import LLMEngine
    from tests.llm_support import ai, fake_chat

    plan, reviews = _load(store, memory, too_big)
    real = reviews[0]
    quote = real.slipped[0].reason.split(",")[0] if real.slipped else real.notes[:30]
    reply = {
        "causes": [
            {
                "code": "task_too_big",
                "explanation": "The nutrition plan is a day of work.",
                "evidence": [
                    {"week_of": str(real.week_of), "quote": quote},
                    {"week_of": str(real.week_of), "quote": "I was abducted by aliens"},
                ],
                "confidence": 0.9,
            },
            {
                "code": "invented_cause",
                "explanation": "Made up.",
                "evidence": [{"week_of": "2026-01-05", "quote": "never said"}],
                "confidence": 0.4,
            },
        ],
        "proposed_changes": [{"description": "Split it", "instruction": "make tasks smaller"}],
        "answer": "The big task keeps slipping.",
    }
    chat = fake_chat(ai(json.dumps(reply)))
    writer = LLMEngine(settings.model_copy(update={"openai_api_key": "sk-test"}), chat_model=chat)
    diagnosis = diagnose(store, memory, plan.id, "why?", "local", settings, TODAY, writer=writer)
    assert [c.code for c in diagnosis.causes] == ["task_too_big"]
    assert [e.quote for e in diagnosis.causes[0].evidence] == [quote]
    assert diagnosis.causes[0].evidence[0].review_id == real.id
    assert diagnosis.answer == "The big task keeps slipping."
    sent = " ".join(str(m.content) for m in chat.sent[0])
    assert quote in sent  # the model saw the same review text it had to cite


def test_a_model_that_invents_everything_falls_back_to_the_rules(store, memory, settings):
    import json

    from assistant.engines.llm.engine import LLMEngine
    from tests.llm_support import ai, fake_chat

    plan, _ = _load(store, memory, too_big)
    reply = {
        "causes": [
            {
                "code": "laziness",
                "explanation": "x",
                "evidence": [{"week_of": "2026-11-23", "quote": "I am lazy"}],
            }
        ],
        "proposed_changes": [],
        "answer": "You are lazy.",
    }
    writer = LLMEngine(
        settings.model_copy(update={"openai_api_key": "sk-test"}),
        chat_model=fake_chat(ai(json.dumps(reply))),
    )
    diagnosis = diagnose(store, memory, plan.id, "why?", "local", settings, TODAY, writer=writer)
    assert diagnosis.causes[0].code == "task_too_big" and "lazy" not in diagnosis.answer
