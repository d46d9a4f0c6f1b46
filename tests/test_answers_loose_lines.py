"""Answers people type with more around them than the fact asked for: a currency after its
amount, time that comes out of the working week, a dash for nothing, 'no deadline' followed by
a whole sentence, an amount of time inside a sentence about a bad back. Each is read as what it
says, never asked again and never filed under another question."""

from __future__ import annotations

import pytest

from assistant.answer_reader import check_answer, reads_as_time
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.answers import parse_answers
from assistant.understanding.money_rate import monthly_amount
from tests.plans import TODAY


@pytest.mark.parametrize(
    ("said", "month"),
    [("600 € a month, sometimes 800", 600.0),
     ("I can keep Ksh 4,000 aside every week from my boda boda", 17333.33),
     ("about 350 zł a month", 350.0),
     ("2500 kr per month if nothing breaks", 2500.0),
     ("put 50 away each week", 216.67)],
)  # fmt: skip
def test_money_a_month_with_its_currency_after_the_amount_is_what_they_can_give(said, month):
    assert monthly_amount(said, asked=True) == month


@pytest.mark.parametrize(
    "said",
    ["I earn 2400 a month", "my salary is 3100 a month", "rent is 900 € a month"],
)
def test_what_they_earn_or_pay_is_not_money_free_for_the_goal(said):
    assert monthly_amount(said, asked=True) is None


@pytest.mark.parametrize(
    "said",
    ["we can't hire so whatever we can carve out of current hours",
     "it has to come out of our existing shifts",
     "from the team's normal hours, no overtime allowed",
     "it's part of my job so... idk"],
)  # fmt: skip
def test_time_out_of_the_working_week_is_read_never_asked_again(said):
    got = check_answer("capacity", said, TODAY, "get our response time under 4 hours", {})
    assert got.ask is None and not got.unknown


@pytest.mark.parametrize(
    "said",
    ["whatever it takes, I work from home", "as much as needed, I work from home now",
     "whatever it takes honestly, I'm home all day"],
)  # fmt: skip
def test_whatever_it_takes_with_a_reason_is_plenty_of_time(said):
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == 10.0


@pytest.mark.parametrize(
    "said",
    ["no deadline really, just want it to be normal for me",
     "no deadline, it is more of a habit thing that I want to keep for life",
     "no deadline honestly, I just want to stop feeling rubbish about it",
     "—", "-", "..."],
)  # fmt: skip
def test_no_date_in_a_whole_sentence_or_a_dash_is_left_open_not_asked_again(said):
    got = check_answer("deadline", said, TODAY, "walk 10k steps a day", {})
    assert got.unknown and got.ask is None


@pytest.mark.parametrize(
    "said",
    ["no deadline but ideally by june", "no rush, next summer would be nice",
     "no deadline really, though before my sister's wedding in may"],
)  # fmt: skip
def test_a_date_after_no_deadline_is_still_a_date(said):
    got = check_answer("deadline", said, TODAY, "walk 10k steps a day", {})
    assert not got.unknown and got.ask is None
    assert parse_answers({"deadline": said}, TODAY).get("deadline") is not None


@pytest.mark.parametrize(
    ("said", "time"),
    [("we're both retired so most days, but my back limits me to a few hours", True),
     ("weekends mostly - my knees only manage 2 hours on my feet", True),
     ("evenings, though the kids mean it's a couple of hours at best", True),
     ("the tip is a few hours away by car", False)],
)  # fmt: skip
def test_an_amount_of_time_inside_a_sentence_reads_as_time(said, time):
    assert reads_as_time(said) is time


def test_a_time_answer_about_a_bad_back_answers_the_time_question_asked_first():
    settings = Settings(_env_file=None, offline=True)
    chat = Conversation(OfflineEngine(settings), settings, TODAY)
    asked = [q.key for q in chat.send("clear out the loft before we sell the house").questions]
    for _key in asked[: asked.index("capacity")]:
        chat.send("not sure")
    said = "I'm home most days, but my back limits me to a couple of hours"
    chat.send(said)
    assert chat.answers.get("capacity") == said
