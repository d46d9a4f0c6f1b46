"""The chat's answer handling with the real offline planner: answers land where they belong,
a wrong-looking one is asked about once, corrections move the named fact, nothing traps the
chat, and a model that fails the questions step hands over to the offline questions."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.llm.engine import LLMEngine
from assistant.engines.offline.engine import OfflineEngine
from tests.llm_support import (  # noqa: F401 (block_real_models is a fixture)
    LLM_TODAY,
    LocalModelServer,
    Reply,
    Script,
    as_json,
    block_real_models,
    good_draft,
)
from tests.plans import TODAY

RUN_GOAL = "I want to run a half marathon"


def offline_chat() -> Conversation:
    settings = Settings(_env_file=None)
    return Conversation(OfflineEngine(settings), settings, today=TODAY)


def test_five_answers_one_per_line_go_to_their_questions_and_make_the_plan():
    c = offline_chat()
    turn = c.send(RUN_GOAL)
    assert [q.key for q in turn.questions] == ["deadline", "capacity", "baseline", "constraint"]
    turn = c.send("by april\n5 hours\nI can run 5k\nI lose motivation")
    assert c.answers == {
        "deadline": "by april",
        "capacity": "5 hours",
        "baseline": "I can run 5k",
        "constraint": "I lose motivation",
    }
    assert turn.state == "plan"
    assert turn.plan.capacity_hours_per_week == 5 and str(turn.plan.goal.deadline) == "2027-04-30"
    first = turn.message.splitlines()[0]
    assert first.startswith("Got it:") and "capacity 5 h/week (you said)" in first
    assert "target 21.1 km (in your goal)" in first


def test_a_typo_in_the_time_is_capacity_and_repeated_back():
    c = offline_chat()
    c.send(RUN_GOAL)
    turn = c.send("maybe 3 hrs a wek")
    assert c.answers == {"capacity": "maybe 3 hrs a wek"} and turn.state == "clarify"
    assert "capacity 3 h/week (you said)" in turn.message
    assert "deadline" in turn.message and "(assumed)" in turn.message
    assert "Still open" in turn.message


def test_a_wrong_looking_answer_gets_one_question_then_is_assumed_never_filed():
    c = offline_chat()
    c.send(RUN_GOAL)
    turn = c.send("capacity: I lose motivation")
    assert "capacity" not in c.answers and "One thing to check" in turn.message
    assert "hours a week" in turn.message
    turn = c.send("no clue, it depends")
    assert "capacity" not in c.answers and "capacity" in c.unknown
    assert "assume" in turn.message
    turn = c.send("just plan it")
    assert turn.state == "plan" and turn.plan is not None


def test_a_clarifying_question_is_answered_by_the_next_message():
    c = offline_chat()
    c.send("Our team wants to launch the app")
    turn = c.send("we each have about 10 hours a week for this")
    assert "how many of you" in turn.message and "capacity" not in c.answers
    turn = c.send("4")
    assert c.answers["capacity"] == "40 hours a week"
    assert "capacity 40 h/week (you said)" in turn.message


def test_a_correction_before_the_plan_moves_the_named_fact():
    c = offline_chat()
    c.send(RUN_GOAL)
    c.send("by june\n4 hours a week")
    turn = c.send("actually no, make the deadline april")
    assert c.answers["deadline"] == "april" and c.answers["capacity"] == "4 hours a week"
    assert "deadline 30 Apr 2027 (you said)" in turn.message
    turn = c.send("just plan it")
    assert str(turn.plan.goal.deadline) == "2027-04-30"
    assert "actually" not in turn.message.lower()  # the correction is not quoted into the plan


def test_a_correction_of_a_fact_in_the_goal_overrides_it():
    c = offline_chat()
    c.send("Run a half marathon by June, 4 hours a week")
    turn = c.send("I meant 3 hours a week")
    assert "capacity 3 h/week (you said)" in turn.message
    assert "deadline 30 Jun 2027 (in your goal)" in turn.message


def test_after_the_plan_a_correction_goes_to_the_revision_path():
    c = offline_chat()
    c.send(RUN_GOAL)
    first = c.send("just plan it").plan
    turn = c.send("actually I only have 3 hours a week")
    assert turn.state == "revise" and turn.plan.version == first.version + 1


@pytest.mark.parametrize("skip", ["just plan it", "Just plan it!", "go ahead"])
def test_just_plan_it_mid_way_goes_straight_to_the_draft(skip):
    c = offline_chat()
    c.send(RUN_GOAL)
    c.send("capacity: lots")  # a clarifying question is pending
    turn = c.send(skip)
    assert turn.state == "plan" and turn.plan is not None and not c.asked_again


def test_an_answer_the_planner_refuses_is_set_aside_and_the_chat_goes_on(monkeypatch):
    from assistant import conversation
    from assistant.errors import InputError

    c = offline_chat()
    c.send(RUN_GOAL)
    real = conversation.plan_goal
    calls = []

    def refuse_once(engine, goal, answers, *rest):
        calls.append(dict(answers))
        if len(calls) == 1:
            raise InputError(f"capacity {answers['capacity']!r}: not usable")
        return real(engine, goal, answers, *rest)

    monkeypatch.setattr(conversation, "plan_goal", refuse_once)
    c.send("by april\n5 hours\nI can run 5k\nI lose motivation")
    turn = c.send("just plan it")
    assert turn.state == "plan" and "capacity" not in calls[-1]


@pytest.mark.usefixtures("block_real_models")
def test_a_model_that_fails_the_questions_step_hands_over_to_offline_questions():
    """A real ChatOpenAI against a local server that answers the questions step with junk."""
    junk = Reply(as_json({"questions": [{"key": "Bad Key!", "question": ""}]}))
    script = Script([junk, junk, junk, Reply(as_json(good_draft()))])
    with LocalModelServer(script) as server:
        settings = Settings(
            _env_file=None,
            openai_base_url=server.base_url,
            model="qwen3:8b",
            max_retries=0,
            request_timeout_s=10,
        )
        c = Conversation(LLMEngine(settings), settings, today=LLM_TODAY)
        turn = c.send("Run the Riverside half marathon")
        assert turn.state == "clarify" and turn.questions
        note = turn.message.splitlines()[0]
        assert "could not write the questions" in note and "offline planner's questions" in note
        assert "problems:)" not in note and "Field required" in note  # names what was wrong
        turn = c.send("just plan it")
    assert turn.state == "plan" and turn.plan is not None


@pytest.mark.usefixtures("block_real_models")
def test_a_model_that_cannot_be_reached_for_questions_still_lets_the_chat_go_on():
    with LocalModelServer(Script([], default=Reply(status=500, error="boom"))) as server:
        settings = Settings(
            _env_file=None,
            openai_base_url=server.base_url,
            model="qwen3:8b",
            max_retries=0,
            request_timeout_s=5,
        )
        c = Conversation(LLMEngine(settings), settings, today=LLM_TODAY)
        turn = c.send("Run the Riverside half marathon")
    assert turn.state == "clarify" and "offline planner's questions" in turn.message


def test_time_each_is_multiplied_by_the_people_named_in_the_same_message():
    c = offline_chat()
    c.send("Our team wants to launch the app")
    turn = c.send("Ana, Ben and me\nwe each have about 10 hours a week\nby march")
    assert c.answers["capacity"] == "30 hours a week" and "10 h each x 3 people" in turn.message
    assert "capacity 30 h/week (you said)" in turn.message


def test_a_done_state_goal_is_said_back_as_done_not_as_a_number_nobody_said():
    c = offline_chat()
    c.send("Our team wants to launch the app")
    line = c.send("by march").message.splitlines()[0]
    assert "done when you launch the app (in your goal)" in line and "customers" not in line


def test_a_reply_to_a_time_question_that_states_the_start_is_filed_as_the_start():
    c = offline_chat()
    c.send("i want to learn to swim properly, i can only doggy paddle")
    c.send("by june")
    turn = c.send("capacity: the pool is a bus ride away")  # no time said: asked once
    assert "One thing to check" in turn.message and "capacity" not in c.answers
    turn = c.send("i can do a width but i go under when i cant touch the bottom")
    assert c.answers["baseline"].startswith("i can do a width")
    assert "capacity" not in c.answers
    turn = c.send("honestly embarrassment, everyone there is a good swimmer")
    assert c.answers["constraint"].startswith("embarrassment")


def test_sessions_said_without_minutes_are_the_time_and_keep_the_main_sessions():
    c = offline_chat()
    c.send("i want to learn to swim properly, i can only doggy paddle")
    turn = c.send("twice a week, the pool near work opens at 7am")
    assert "One thing to check" not in turn.message
    assert c.answers["capacity"].startswith("twice a week")
    turn = c.send("just plan it")
    sessions = [t for m in turn.plan.milestones for t in m.tasks if t.recurrence is not None]
    assert any(t.recurrence.sessions_per_week() == 2 and t.estimate_minutes >= 30 for t in sessions)


def test_the_best_effort_indicator_starts_at_the_first_rung_in_the_goals_unit():
    c = offline_chat()
    c.send("learn to swim, I can only doggy paddle")
    plan = c.send("just plan it").plan
    best = next(m for m in plan.leading_indicators if m.name.startswith("longest"))
    assert best.unit == plan.milestones[0].metric.unit == "lengths"
    assert best.target == plan.milestones[0].metric.target


def test_what_was_understood_says_which_numbers_are_the_planners_reading():
    c = offline_chat()
    c.send("i want to learn to swim properly, i can only doggy paddle")
    turn = c.send("twice a week")
    assert "target 4 lengths (my reading of your goal)" in turn.message
    assert "(from your 'twice a week')" in turn.message


def test_a_question_before_the_plan_is_never_filed_as_an_answer():
    c = offline_chat()
    c.send("our team needs to ship the new checkout flow by march, there are 5 of us")
    turn = c.send("what is Tom doing this week?")
    assert "not written yet" in turn.message and c.answers == {}
    turn = c.send("give the testing tasks to Priya")  # a change, kept for after the plan
    assert "as soon as the plan is written" in turn.message and c.answers == {}
    c.send("payment provider integration is the unknown, and QA always gets squeezed")
    assert c.answers["constraint"].startswith("payment provider integration")


@pytest.mark.parametrize(
    ("goal", "language"),
    [
        ("quiero bajar 5 kilos antes de verano", "Spanish"),
        ("je veux courir un marathon cette année", "French"),
    ],
)
def test_a_goal_in_another_language_is_asked_for_in_english_not_planned_from_guesses(
    goal, language
):
    c = offline_chat()
    turn = c.send(goal)
    assert turn.state == "intake" and f"I read that as {language}" in turn.message
    assert c.send("lose 5 kg before summer").state == "clarify"  # then the goal in English


@pytest.mark.parametrize(
    "goal", ["learn spanish so i can talk to my abuela", "Read the Quran during Ramadan inshallah"]
)
def test_an_english_goal_with_other_words_is_planned(goal):
    assert offline_chat().send(goal).state in {"clarify", "plan"}


def test_a_goal_that_is_the_session_itself_keeps_it_when_time_is_tight():
    c = offline_chat()
    c.send("ring my dad every saturday morning")
    plan = c.send("20 minutes a week").plan or c.send("just plan it").plan
    calls = [t for t in plan.tasks() if t.recurrence and t.title.lower().startswith("call")]
    assert calls and all(t.recurrence.sessions_per_week() >= 1 for t in calls)


SWIM_GOAL = "i want to get back into swimming, used to swim in college"


def test_a_wish_inside_a_date_answer_is_the_target_and_no_question_is_closed_by_it():
    c = offline_chat()
    c.send(SWIM_GOAL)
    turn = c.send("not really a deadline, maybe by summer i'd like to do a mile")
    assert c.answers == {
        "deadline": "not really a deadline, maybe by summer",
        "metric": "i'd like to do a mile",
    }
    assert "target 1,650 yards (you said)" in turn.message
    assert "Left open" not in turn.message  # the starting point is still asked, not assumed
    assert "baseline" in [q.key for q in c.open_questions]


def test_a_target_answered_as_a_sentence_sets_the_plans_finish_line():
    c = offline_chat()
    c.send(SWIM_GOAL)
    c.send("metric: i want to swim a mile without stopping")
    turn = c.send("just plan it")
    assert turn.plan is not None
    assert turn.plan.goal.statement.startswith("Swim a mile (1,650 yards) without stopping")
    assert "20 laps" not in turn.message


def test_sessions_said_are_said_back_as_sessions_not_the_planners_budget():
    c = offline_chat()
    c.send(SWIM_GOAL)
    turn = c.send("mornings before work, like 3 times a week maybe 45 min")
    assert "time 3 × 45 min a week (you said)" in turn.message
    assert "4 h/week (you said)" not in turn.message


DEBT_GOAL = "pay off my credit cards, about 6k across two cards"


def test_money_a_month_answers_the_money_question_and_sets_the_date():
    c = offline_chat()
    turn = c.send(DEBT_GOAL)
    asked = {q.key: q.question for q in turn.questions}
    assert "metric" not in asked  # the goal gave the total
    assert asked["capacity"].startswith("How much can you put toward this each month")
    turn = c.send("i can put 400 a month towards it, more in tax season")
    assert c.answers == {"capacity": "i can put 400 a month towards it, more in tax season"}
    assert "target $6,000 (in your goal)" in turn.message
    assert "$400 a month (you said)" in turn.message
    assert "deadline 22 Feb 2028 (at your $400 a month)" in turn.message  # 6,000 / 400 = 15


def test_a_new_amount_a_month_moves_the_date_not_the_target():
    c = offline_chat()
    c.send(DEBT_GOAL)
    c.send("i can put 400 a month towards it")
    first = c.send("just plan it").plan
    assert first is not None and first.goal.metric.target == 6000
    turn = c.send("can we make it faster? i could do 600 a month")
    plan = turn.plan
    assert plan is not None and plan.version == 2
    assert plan.goal.metric.target == 6000
    assert plan.goal.deadline < first.goal.deadline
    assert plan.goal.deadline.isoformat() == "2027-09-22"  # 10 months at $600
    titles = [t.title for t in plan.tasks()]
    assert any("$600 a month" in t for t in titles)
    assert not any("$400 a month" in t for t in titles)
    assert any(a.text == "$600 a month goes to this goal" for a in plan.assumptions)


DATE_GOAL = "have a date night with my wife twice a month, we havent been out alone in ages"


def test_one_answer_at_a_time_each_lands_on_its_own_question():
    c = offline_chat()
    c.send(DATE_GOAL)
    turn = c.send("starting this month, ongoing")  # no date, and none needed: not asked again
    assert "could not read" not in turn.message
    assert "ongoing, as you said" in turn.message
    c.send("2 evenings a month, thats the whole point")  # time, not a deadline of 2 months
    c.send("twins are 14 months, no date nights in over a year")  # the start, not a date
    assert c.answers == {
        "deadline": "starting this month, ongoing",
        "capacity": "2 evenings a month, thats the whole point",
        "baseline": "twins are 14 months, no date nights in over a year",
    }


def test_a_start_nobody_asked_for_is_kept_and_an_obstacle_after_the_plan_becomes_it():
    c = offline_chat()
    c.send("Pay off $14,200 across two credit cards, I can throw about $600 a month at it")
    c.send("$9,800 on the 24% card and $4,400 on the 19% one, paying minimums right now")
    assert c.answers["baseline"].startswith("$9,800 on the 24% card")
    plan = c.send("just plan it").plan
    assert plan is not None
    turn = c.send("car repairs and stuff keep coming up and go right back on the card")
    assert turn.plan is not None and turn.plan.version == 2
    assert (
        turn.plan.constraint == "Car repairs and stuff keep coming up and go right back on the card"
    )
    assert any(t.attacks_constraint for t in turn.plan.tasks() if t.status == "todo")


@pytest.mark.parametrize(
    ("goal", "replies", "expected"),
    [
        (
            "quit vaping",
            ["by june 3", "not sure what that means for quitting, whatever it takes",
             "about a pod a day, 20mg nicotine"],
            {"deadline": "by june 3", "capacity": "not sure what that means for quitting, "
             "whatever it takes", "baseline": "about a pod a day, 20mg nicotine"},
        ),
        (
            "be more patient with my teenage son and stop yelling so much",
            ["not sure", "soon", "it's every day isn't it", "I yell 3-4 times a week"],
            {"deadline": "soon", "capacity": "it's every day isn't it",
             "baseline": "I yell 3-4 times a week"},
        ),
        (
            "actually stick to a budget for once, we overspend every month",
            ["not sure", "starting next payday"],
            {"deadline": "starting next payday"},
        ),
    ],
)  # fmt: skip
def test_answers_typed_one_at_a_time_land_on_the_question_asked(goal, replies, expected):
    c = offline_chat()
    c.send(goal)
    for reply in replies:
        c.send(reply)
    assert {k: v for k, v in c.answers.items() if k in expected} == expected


def test_no_at_the_start_of_an_answer_is_not_a_correction():
    c = offline_chat()
    c.send("build a real budget with my husband and stick to it for 3 months")
    c.send("no budget at all, two separate accounts plus a joint one for bills")
    assert "deadline" not in c.answers


def test_a_start_in_words_and_minutes_a_session_are_said_back_as_read():
    c = offline_chat()
    c.send("learn to play guitar well enough to play a song at a party in March")
    c.send("about 20 mins most evenings")
    turn = c.send("total beginner, I own a cheap acoustic")
    first = turn.message.splitlines()[0]
    assert "capacity 1.7 h/week (from your 'about 20 mins most evenings')" in first
    assert "starting point: total beginner, I own a cheap acoustic (you said)" in first
