"""Using the plan week to week in the chat: 'why am I not making progress?' answered from the
person's own reviews (real SQLite and Chroma), and a week's news told in the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agenda import STALL_HELP, WEEK_TOLD, asks_why_stalled
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline import OfflineEngine
from ui import chat, reviewing
from ui.workspace import Workspace

GOAL = "I want to run 10k without stopping, I can do 3k now"


def _planned_chat(today: dt.date) -> Conversation:
    settings = Settings(_env_file=None, offline=True)
    c = Conversation(OfflineEngine(settings), settings, today)
    c.send(GOAL)
    assert c.send("just plan it").plan is not None
    return c


@pytest.mark.parametrize(
    "question",
    [
        "why am I not making progress?",
        "what am I doing wrong",
        "why isn't this working",
        "I'm stuck",
        "why do I keep skipping runs?",
    ],
)
def test_a_stall_question_is_not_read_as_a_task_question_or_the_agenda(question):
    assert asks_why_stalled(question)
    turn = _planned_chat(dt.date(2026, 11, 28)).send(question)
    assert turn.message == STALL_HELP  # no reviews reachable: how to get an answer


@pytest.mark.parametrize(
    "question", ["why is there a gait check?", "why the long run?", "what should I do this week?"]
)
def test_questions_about_a_task_or_the_week_are_not_stall_questions(question):
    assert not asks_why_stalled(question)


def test_without_a_store_a_week_told_points_to_the_review_and_changes_nothing():
    c = _planned_chat(dt.date(2026, 11, 28))
    before = c.plan
    turn = c.send("I did two runs but skipped the long one, my knee was sore")
    assert turn.message == WEEK_TOLD and c.plan is before


def test_a_week_told_is_read_back_and_saved_once_the_person_says_how_sure_they_are():
    c = _planned_chat(dt.date(2026, 12, 3))
    kept: list = []
    c.review_keeper = lambda told: kept.append(told) or "saved"
    plan = c.plan
    assert plan is not None
    turn = c.send("this week was bad, I only ran once because my knee was sore")
    run = next(t for t in plan.tasks() if t.recurrence and t.title.startswith("Run"))
    assert f"{run.title} (my knee was sore)" in turn.message
    assert "from 1 to 10" in turn.message and not kept
    assert c.send("4").message == "saved"
    (told,) = kept
    assert told.confidence == 4 and told.week_of == dt.date(2026, 11, 30)
    assert told.slipped == {run.id: "my knee was sore"}
    assert c.plan is plan  # a review is not a change of plan


def test_a_week_told_with_its_confidence_is_saved_at_once_and_skip_saves_nothing():
    c = _planned_chat(dt.date(2026, 12, 3))
    kept: list = []
    c.review_keeper = lambda told: kept.append(told) or "saved"
    assert c.send("I did the first task, 7/10").message == "saved"
    assert kept[0].done == [c.plan.tasks()[0].id]
    c.send("I skipped everything, work travel")
    assert c.send("skip").message.startswith("Not saved")
    assert len(kept) == 1


def test_a_week_told_in_the_chat_is_stored_ticked_and_cited_by_why(tmp_path):
    settings = Settings(_env_file=None, home=tmp_path, offline=True)
    day = [dt.date(2026, 11, 28)]
    ws = Workspace(settings, today=lambda: day[0])
    session = chat.ChatSession(user="local")
    list(chat.respond(ws, session, GOAL, "local"))
    planned = list(chat.respond(ws, session, "just plan it", "local"))[-1]
    plan_id = planned.saved_plan_id
    day[0] = dt.date(2026, 12, 3)  # the Thursday after, back in the plan's chat
    session = chat.about_plan(ws, plan_id, "local")
    said = "I did the first task but I only ran once because night shifts left me too tired"
    asked = list(chat.respond(ws, session, said, "local"))[-1].history[-1]["content"]
    assert "from 1 to 10" in asked
    saved = list(chat.respond(ws, session, "3", "local"))[-1].history[-1]["content"]
    assert "Saved" in saved and "confidence 3/10" in saved
    (review,) = ws.store.reviews(plan_id, "local")
    assert review.confidence == 3 and review.week_of == dt.date(2026, 11, 30)
    assert "night shifts left me too tired" in review.slipped[0].reason
    first = ws.store.get_plan(plan_id, "local").tasks()[0]
    assert first.status == "done" and review.done == [first.id]


def test_the_chat_answers_why_it_stalled_from_the_persons_reviews(tmp_path):
    settings = Settings(_env_file=None, home=tmp_path, offline=True)
    ws = Workspace(settings, today=lambda: dt.date(2026, 12, 16))
    session = chat.ChatSession(user="local")
    list(chat.respond(ws, session, GOAL, "local"))
    planned = list(chat.respond(ws, session, "just plan it", "local"))[-1]
    plan = ws.store.get_plan(planned.saved_plan_id, "local")
    run = next(t for t in plan.tasks() if t.recurrence and t.title.startswith("Run"))
    for week, reason in [
        ("2026-11-30", "night shifts left me too tired to run"),
        ("2026-12-07", "too tired after the night shifts again"),
    ]:
        reviewing.save_review(
            ws, plan.id, "local", week_of=week, done=[], slipped=[(run.id, reason)],
            changed="", remove="", readings="", confidence=4, notes="",
        )  # fmt: skip
    reply = list(chat.respond(ws, session, "why am I not making progress?", "local"))[-1]
    answer = reply.history[-1]["content"]
    assert "too tired" in answer  # the person's own words, cited
    assert "07 Dec" in answer or "7 Dec" in answer or "2026-12-07" in answer
    assert answer != STALL_HELP


def test_this_weeks_tasks_say_when_the_person_is_on_the_break_they_asked_for():
    c = _planned_chat(dt.date(2026, 11, 28))
    c.send("I twisted my ankle, can we pause running for 2 weeks")
    turn = c.send("what should I do this week?")
    assert turn.message.startswith("*Your break runs Sat 28 Nov to Fri 11 Dec")
    assert "Nothing is due this week" in turn.message


def test_show_me_the_plan_shows_it_and_a_calendar_request_says_where_the_files_are():
    c = _planned_chat(dt.date(2026, 11, 28))
    shown = c.send("show me the plan").message
    assert shown.startswith("# Finish a 10k") and "**Metric:**" in shown and "### 1." in shown
    files = c.send("can I get it as a calendar?").message
    assert "iCalendar (.ics" in files and f"goalsmith export {c.plan.id} --format ics" in files
    assert c.plan.version == 1  # neither is a change


def test_in_a_team_plan_the_week_can_be_asked_for_one_person():
    settings = Settings(_env_file=None, offline=True)
    c = Conversation(OfflineEngine(settings), settings, dt.date(2026, 11, 28))
    c.send("our team needs to ship the new checkout flow by march")
    c.send("Maria, Tom, Priya, Sam and me")
    c.send("just plan it")
    toms = c.send("what is Tom doing this week?").message
    assert toms.startswith("**This week for Tom")
    lines = [line for line in toms.splitlines() if line.startswith("- ")]
    assert lines and all("Tom" in line for line in lines)
    everyone = c.send("what should we do this week?").message
    assert everyone.startswith("**This week (") and "Maria" in everyone


@pytest.mark.parametrize(
    "said",
    [
        "this week I put 300 in but skipped the spending check, payday was late",
        "missed two runs this week because of the rain",
        "only walked twice, it rained all week",
        "did the long run and one easy one, legs felt heavy",
    ],
)
def test_a_week_told_in_other_words_is_a_week_not_a_change(said):
    c = _planned_chat(dt.date(2026, 11, 28))
    before = c.plan
    turn = c.send(said)
    assert turn.message == WEEK_TOLD and c.plan is before


@pytest.mark.parametrize(
    "said",
    [
        "missed a run this week, can you move it to saturday?",
        "this week was rough, can we push the deadline 2 weeks",
        "I already lost 3 kg",
        # a step said done is marked done in the plan, whatever else the message tells
        "the running shoes - done!! did it yesterday",
        "gym induction is done, went on monday",
        "budget sheet: done, did it last week",
    ],
)
def test_a_change_asked_beside_the_week_is_still_a_change(said):
    from assistant.agenda import tells_week

    assert not tells_week(said)
