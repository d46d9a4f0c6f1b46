"""One chat: intake -> clarify -> plan -> revise; answers in any reasonable form, errors as text."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from assistant.config import Settings
from assistant.conversation import MAX_MESSAGE_CHARS, Conversation, map_answers
from assistant.engines.base import Question
from assistant.errors import ModelError
from assistant.models import Plan
from tests.plans import TODAY, good_plan_data

KEYS = ["metric", "deadline", "capacity"]
QUESTIONS = [
    Question(key=k, question=f"What is your {k}?", why=f"the {k} shapes the plan") for k in KEYS
]


class FakeEngine:
    """Asks fixed questions, drafts the hand-written plan, records what it was given."""

    name = "offline"

    def __init__(self, questions=QUESTIONS, fail_revise: bool = False):
        self._questions = list(questions)
        self.fail_revise = fail_revise
        self.drafted_with: dict[str, str] | None = None

    def questions(self, goal, answers, today):
        return [q for q in self._questions if q.key not in answers]

    def draft(self, goal, answers, today, progress):
        self.drafted_with = dict(answers)
        return Plan.model_validate(good_plan_data())

    def repair(self, plan, findings, today, progress):
        return plan

    def revise(self, plan, instruction, today, progress):
        if self.fail_revise:
            raise ModelError("the model server failed (HTTP 500)")
        new = plan.next_version(instruction)
        new.capacity_hours_per_week = max(1, plan.capacity_hours_per_week - 1)
        return new


def chat(**kw) -> tuple[Conversation, FakeEngine]:
    engine = FakeEngine(**kw)
    return Conversation(engine, Settings(_env_file=None), today=TODAY), engine


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "10 km, by June, 4 hours a week",
            {"metric": "10 km", "deadline": "by June", "capacity": "4 hours a week"},
        ),
        (
            "10 km\nby June\n4 hours a week",
            {"metric": "10 km", "deadline": "by June", "capacity": "4 hours a week"},
        ),
        (
            "10 km. By June. 4 hours a week.",
            {"metric": "10 km", "deadline": "By June", "capacity": "4 hours a week"},
        ),
        (
            "4 hours a week, by June, 10 km",
            {"metric": "10 km", "deadline": "by June", "capacity": "4 hours a week"},
        ),
        (
            "capacity: 3 h per week\ndeadline: 2027-03-01",
            {"capacity": "3 h per week", "deadline": "2027-03-01"},
        ),
        (
            "- Deadline = end of May\n- metric: 50 customers",
            {"deadline": "end of May", "metric": "50 customers"},
        ),
        ("about 4 hours a week", {"capacity": "about 4 hours a week"}),
        ("Finish a 10 km race", {"metric": "Finish a 10 km race"}),
        ("by the end of March", {"deadline": "by the end of March"}),
    ],
)
def test_answers_map_to_question_keys(text, expected):
    assert map_answers(text, QUESTIONS) == expected


def test_more_lines_than_questions_are_kept_not_dropped():
    answers = map_answers("10 km\nby June\n4 hours a week\nmornings only", QUESTIONS)
    assert answers["capacity"] == "4 hours a week; mornings only"


def test_first_message_is_the_goal_and_gets_questions():
    c, _ = chat()
    turn = c.send("I want to get fit")
    assert (turn.state, c.state, c.goal) == ("clarify", "clarify", "I want to get fit")
    assert [q.key for q in turn.questions] == KEYS
    assert "just plan it" in turn.message and "What is your deadline?" in turn.message
    assert turn.plan is None and turn.engine_label == "offline planner, no LLM"


def test_all_answers_in_one_message_make_the_plan():
    c, engine = chat()
    c.send("Run a half marathon")
    turn = c.send("10 km, by February, 4 hours a week")  # the scripted plan ends 28 Feb
    assert turn.state == "plan" and turn.plan is not None and c.plan is turn.plan
    assert engine.drafted_with == {
        "metric": "10 km",
        "deadline": "by February",
        "capacity": "4 hours a week",
    }
    assert "Run 5 km without stopping" in turn.message and "passes every rule" in turn.message


def test_answers_one_at_a_time_ask_for_what_is_still_open():
    c, engine = chat()
    c.send("Run a half marathon")
    turn = c.send("21 km")
    assert turn.state == "clarify" and [q.key for q in turn.questions] == ["deadline", "capacity"]
    turn = c.send("5 hours a week")
    assert [q.key for q in turn.questions] == ["deadline"]
    turn = c.send("end of February")
    assert turn.state == "plan"
    assert engine.drafted_with == {
        "metric": "21 km",
        "capacity": "5 hours a week",
        "deadline": "end of February",
    }


@pytest.mark.parametrize(
    "skip", ["just plan it", "Skip", "go ahead", "Just plan it!", "ok, plan it", "no idea"]
)
def test_skipping_plans_with_what_is_known(skip):
    c, engine = chat()
    c.send("Run a half marathon")
    c.send("21 km")
    turn = c.send(skip)
    assert turn.state == "plan" and engine.drafted_with == {"metric": "21 km"}
    assert "assum" in turn.message


def test_no_questions_means_a_plan_straight_away():
    c, _ = chat(questions=[])
    turn = c.send("Run the Riverside half marathon by 28 February 2027, 5 hours a week")
    assert turn.state == "plan" and turn.plan is not None


def test_after_a_plan_messages_are_revisions():
    c, _ = chat(questions=[])
    c.send("Run a half marathon")
    turn = c.send("I only have 4 hours a week")
    assert turn.state == "revise" and turn.plan.version == 2
    assert turn.plan.metadata.revision_note == "I only have 4 hours a week"
    assert c.send("make tasks smaller").plan.version == 3


@pytest.mark.parametrize("text", ["", "   ", "x" * (MAX_MESSAGE_CHARS + 1)])
@pytest.mark.parametrize("state", ["intake", "clarify", "plan"])
def test_empty_or_huge_messages_get_a_friendly_reply_and_change_nothing(text, state):
    c, _ = chat()
    if state != "intake":
        c.send("Run a half marathon")
    if state == "plan":
        c.send("just plan it")
    before = (c.state, c.goal, dict(c.answers), c.plan)
    turn = c.send(text)
    assert (c.state, c.goal, c.answers, c.plan) == before
    assert turn.state == before[0] and turn.message
    assert "empty" in turn.message or "characters" in turn.message


def test_a_model_failure_is_a_message_and_the_plan_is_kept():
    c, _ = chat(questions=[], fail_revise=True)
    plan = c.send("Run a half marathon").plan
    turn = c.send("Push the deadline to June")
    assert turn.state == "plan" and c.plan is plan and turn.plan is plan
    assert "did not work" in turn.message and "HTTP 500" in turn.message


def test_findings_are_shown_with_severity_words():
    c, _ = chat(questions=[])
    c.settings = Settings(_env_file=None, min_milestones=5)
    turn = c.send("Run a half marathon")
    assert any(f.code == "plan.milestone_count" for f in turn.findings)
    finding = next(f for f in turn.findings if f.code == "plan.milestone_count")
    assert f"- **Error:** {finding.message}" in turn.message
    assert "plan.milestone_count" not in turn.message  # rule codes are for scripts, not people


def test_with_the_offline_engine():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    turn = c.send("I want to get fit")
    if turn.state == "clarify":
        turn = c.send("just plan it")
    assert turn.state == "plan" and turn.plan is not None
    assert turn.engine_label == "offline planner, no LLM"
    assert not [f for f in turn.findings if f.severity == "error"]


RUN_QUESTIONS = [
    Question(key=k, question=f"{k}?", why="because")
    for k in ("deadline", "capacity", "baseline", "constraint")
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one line answering several questions: typed parts are split out, the rest stays whole
        (
            "By 28 February 2027, 5 hours a week; runs get skipped when work runs late",
            {
                "deadline": "By 28 February 2027",
                "capacity": "5 hours a week",
                "constraint": "runs get skipped when work runs late",
            },
        ),
        (
            "by March 3, 2027, 4 hours a week, I run 5 km now",
            {
                "deadline": "by March 3 2027",
                "capacity": "4 hours a week",
                "baseline": "I run 5 km now",
            },
        ),
        # an unrecognised answer never lands on a typed question like the deadline
        ("10 km", {"baseline": "10 km"}),
    ],
)
def test_one_line_answers_go_to_the_question_they_answer(text, expected):
    assert map_answers(text, RUN_QUESTIONS) == expected


def test_asking_what_to_do_this_week_lists_the_week_and_changes_nothing():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    c.send("I want to get fit by April")
    plan = c.send("just plan it").plan
    turn = c.send("what should I do this week?")
    assert c.plan is plan and turn.plan is plan  # a question, not a revision
    assert turn.message.startswith("**This week (")
    week = [t for t in plan.tasks() if t.due <= TODAY + dt.timedelta(days=6) and not t.recurrence]
    assert week and all(t.title in turn.message for t in week)
    later = [t for t in plan.tasks() if t.due > TODAY + dt.timedelta(days=6) and not t.recurrence]
    assert later and not any(f"- {t.title} (" in turn.message for t in later)


def test_a_change_made_in_every_milestone_is_one_line_of_the_diff():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    c.send("I want to get fit by April")
    c.send("just plan it")
    turn = c.send("I can't do mornings, evenings only")
    renames = [line for line in turn.message.splitlines() if line.startswith("- Rename")]
    assert renames and len(renames) == len(set(renames))
    assert any(line.endswith("places)") for line in renames)
    assert "in the evening" in turn.message and "in the morning" not in turn.message


@pytest.mark.parametrize("text", ["thanks!", "Thank you so much", "looks good", "ok"])
def test_thanks_after_a_plan_is_no_revision(text):
    c, engine = chat(questions=[])
    plan = c.send("Run a half marathon").plan
    turn = c.send(text)
    assert c.plan is plan and turn.state == "plan"
    assert "Glad it helps" in turn.message and "did not work" not in turn.message


def test_why_a_task_is_there_is_answered_from_the_plan():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    c.send("I want to get fit by April")
    plan = c.send("just plan it").plan
    check = next(t for t in plan.tasks() if "fitness check" in t.title.lower())
    turn = c.send("why is there a fitness check?")
    assert c.plan is plan
    milestone = next(m for m in plan.milestones if check in m.tasks)
    assert f"**{check.title}** ({check.id})" in turn.message and milestone.title in turn.message
    assert f"already did {check.id}" in turn.message
    assert "Why stalled?" in c.send("why?").message
    assert check.title in c.send("remind me why the fitness check is there").message
    missing = c.send("why is the weigh-in there?")
    assert "No task in this plan is about 'weigh-in'" in missing.message and c.plan is plan


def test_ok_while_questions_are_open_answers_none_of_them():
    c, engine = chat()
    c.send("Run a half marathon")
    turn = c.send("ok thanks")
    assert turn.state == "clarify" and c.answers == {} and engine.drafted_with is None
    assert "Still open:" in turn.message and "just plan it" in turn.message


def test_a_date_nobody_asked_for_sharpens_the_deadline_the_goal_gave():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    first = c.send("I'd love to play a few songs on the piano at my dad's 60th in march")
    assert "deadline" not in {q.key for q in first.questions or []}  # the goal said when
    turn = c.send("march 21st")
    assert c.answers == {"deadline": "march 21st"}  # not filed as the weekly time
    assert turn.state == "clarify" and "could not read" not in turn.message
    assert "21 Mar 2027 (you said)" in turn.message
    assert "capacity" in {q.key for q in turn.questions or []}  # still asked


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("about 9k across my cards, I take home 2800 a month", "baseline"),
        ("I owe around 4,000 on the car", "baseline"),
        ("I just avoid opening the statements", "constraint"),
        ("impulse buys late at night", "constraint"),
    ],
)
def test_money_facts_and_avoidance_go_to_their_questions(line, key):
    questions = [
        Question(key=k, question=f"{k}?", why="because")
        for k in ("metric", "deadline", "capacity", "baseline", "constraint")
    ]
    assert map_answers(f"by summer\n{line}", questions) == {"deadline": "by summer", key: line}


def test_a_change_asked_for_before_the_plan_is_made_to_it():
    offline = importlib.import_module("assistant.engines.offline.engine")
    settings = Settings(_env_file=None)
    c = Conversation(offline.OfflineEngine(settings), settings, today=TODAY)
    c.send("I want to read more books")
    held = c.send("can you drop the reading log, I hate logging")
    assert held.state == "clarify" and c.answers == {}  # no question answered by it
    assert "as soon as the plan is written" in held.message
    turn = c.send("just plan it")
    assert turn.state == "plan" and turn.plan is not None and turn.plan.version == 1
    assert "As you asked before the plan:" in turn.message
    titles = [t.title.lower() for m in turn.plan.milestones for t in m.tasks]
    assert titles and not [t for t in titles if "log" in t]


@pytest.mark.parametrize("text", ["hi", "Hello there!", "what can you do?", "how does this work"])
def test_a_greeting_gets_what_the_chat_does_and_the_next_message_is_the_goal(text):
    c, engine = chat()
    turn = c.send(text)
    assert turn.state == "intake" and c.goal is None and not turn.questions
    assert "Tell me one goal" in turn.message
    assert c.send("Run a half marathon").state == "clarify" and c.goal == "Run a half marathon"


def test_a_goal_that_starts_with_hello_is_a_goal():
    c, _ = chat()
    assert c.send("hi, I want to run a half marathon").state == "clarify"


@pytest.mark.parametrize("text", ["why do you need to know that?", "what do you mean?"])
def test_a_question_back_gets_why_each_question_matters_and_answers_nothing(text):
    c, engine = chat()
    c.send("Run a half marathon")
    turn = c.send(text)
    assert turn.state == "clarify" and c.answers == {} and engine.drafted_with is None
    assert "Each answer changes the plan:" in turn.message
    assert all(q.why in turn.message for q in c.open_questions)


def test_a_reply_that_plainly_gives_the_time_is_not_taken_for_the_date_asked_again():
    c, _ = chat()
    c.send("Run a half marathon")
    c.send("whenever the weather is nicer")  # no date: asked again
    assert "deadline" in c.asked_again
    turn = c.send("i dont know, maybe 3 hours a week?")
    assert c.answers.get("capacity") == "maybe 3 hours a week?"
    assert "deadline" not in c.answers and "Left open" not in turn.message


def test_a_team_reply_files_names_as_owners_and_the_sum_raised_as_the_start():
    questions = [
        Question(key=k, question=f"{k}?", why="because")
        for k in ("capacity", "baseline", "constraint")
    ]
    reply = (
        "Sara, Jon, Mei and me\nwe each have about 3 hours a week\n"
        "we collected 900 at the spring fair\nfamilies feel tapped out after the last drive"
    )
    assert map_answers(reply, questions) == {
        "owners": "Sara, Jon, Mei and me",
        "capacity": "we each have about 3 hours a week",
        "baseline": "we collected 900 at the spring fair",
        "constraint": "families feel tapped out after the last drive",
    }


@pytest.mark.parametrize("said", ["30 min each day", "an hour each morning"])
def test_time_each_day_is_not_asked_about_as_time_per_person(said):
    from assistant.answer_reader import check_answer

    checked = check_answer("capacity", said, TODAY, "learn spanish", {})
    assert checked.ask is None and checked.per_person is None and checked.text == said
