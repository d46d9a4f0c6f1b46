"""The answer reader: which question each part of a reply answers, and what it is read as.

Each row is a reply as people type it (typos, hedges, several facts in one line, units,
"idk") to a fixed list of open questions, and the facts the planner is then given: hours a
week, a date, a typed amount, text; "ask" means one clarifying question instead of a guess,
"unknown" means left open for the plan to assume.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer_reader import check_answer, map_answers
from assistant.engines.base import Question
from assistant.understanding.answers import parse_answers
from assistant.understood import read_correction
from tests.plans import TODAY

RUN = ["deadline", "capacity", "baseline", "constraint"]
FIVE = ["metric", "deadline", "capacity", "baseline", "constraint"]
TEAM = ["owners", "deadline", "capacity"]


def questions(keys: list[str]) -> list[Question]:
    return [Question(key=k, question=f"{k}?", why="because") for k in keys]


def understood(text: str, keys: list[str], goal: str = "Run a half marathon") -> dict:
    """Fact per key as the planner would read it, or "ask" / "unknown"."""
    facts: dict[str, object] = {}
    mapped = map_answers(text, questions(keys))
    for key, said in mapped.items():
        got = check_answer(key, said, TODAY, goal, mapped)
        if got.ask:
            facts[key] = "ask"
        elif got.unknown:
            facts[key] = "unknown"
        else:
            value = parse_answers({key: got.text}, TODAY).get(key)
            facts[key] = getattr(value, "value", value)
    return facts


D = dt.date
CASES: list[tuple[str, list[str], dict]] = [
    # capacity, in every way people say it
    ("maybe 3 hrs a wek", RUN, {"capacity": 3.0}),
    ("like 4 hrs/wk", RUN, {"capacity": 4.0}),
    ("3 evenings a week, 2 hours each", RUN, {"capacity": 6.0}),
    ("30 min a dya", RUN, {"capacity": 3.5}),
    ("an hour a day", RUN, {"capacity": 7.0}),
    ("half an hour a day", RUN, {"capacity": 3.5}),
    ("about 5 hrs weekly", RUN, {"capacity": 5.0}),
    ("90 minutes a week", RUN, {"capacity": 1.5}),
    ("10h/week", RUN, {"capacity": 10.0}),
    ("four hours a week", RUN, {"capacity": 4.0}),
    ("an hour every weekday", RUN, {"capacity": 5.0}),
    ("45 mins 3 times a week", RUN, {"capacity": 2.25}),
    ("5 hours per week tops", RUN, {"capacity": 5.0}),
    ("weekends", RUN, {"capacity": 4.0}),
    ("idk, weekends mostly", ["capacity"], {"capacity": 4.0}),
    ("5 hours", ["capacity"], {"capacity": 5.0}),
    # a team's time: per person times heads, or one question when the heads are unknown
    (
        "Ana, Ben, Carl and me\nwe each have about 10 hours a week",
        TEAM,
        {"owners": ["Ana", "Ben", "Carl", "me"], "capacity": 40.0},
    ),
    ("we each have about 10 hours a week for this", ["capacity"], {"capacity": "ask"}),
    # deadlines, with typos and hedges
    ("april", RUN, {"deadline": D(2027, 4, 30)}),
    ("by jnue", RUN, {"deadline": D(2027, 6, 30)}),
    ("by aprl", RUN, {"deadline": D(2027, 4, 30)}),
    ("end of febuary", RUN, {"deadline": D(2027, 2, 28)}),
    ("probably by march 2027", RUN, {"deadline": D(2027, 3, 31)}),
    ("in 3 months", RUN, {"deadline": D(2027, 2, 22)}),
    ("2027-04-30", RUN, {"deadline": D(2027, 4, 30)}),
    ("30 Apr 2027", RUN, {"deadline": D(2027, 4, 30)}),
    ("asap", ["deadline"], {"deadline": TODAY + dt.timedelta(weeks=6)}),
    ("idk", ["deadline"], {"deadline": "unknown"}),
    ("no deadline", ["deadline"], {"deadline": "unknown"}),
    ("2026-02-30", ["deadline"], {"deadline": "ask"}),
    # "yesterday lol" is urgency: the soonest date (the planner makes it realistic for the field)
    ("yesterday-ish, lol", ["deadline"], {"deadline": TODAY + dt.timedelta(weeks=6)}),
    # never a silent mis-filing: money, a job's hours, a feeling are not time for this goal
    ("$600/month", ["capacity"], {"capacity": "ask"}),
    ("I already work 50 hrs a week", ["capacity"], {"capacity": "ask"}),
    ("I lose motivation", ["capacity"], {"capacity": "ask"}),
    ("-3 hours a week", ["capacity"], {"capacity": "ask"}),
    ("capacity: write 8 songs; rehearse the set twice a week", RUN, {"capacity": "ask"}),
    # a rhythm inside a list of stages is not the time a week
    (
        "write 8 songs; rehearse twice a week; book a studio\nby june\n4 hours a week\nthe drummer",
        ["stages", "deadline", "capacity", "constraint"],
        {
            "stages": "write 8 songs; rehearse twice a week; book a studio",
            "deadline": D(2027, 6, 30),
            "capacity": 4.0,
            "constraint": "the drummer",
        },
    ),
    # several facts in one line, in any order
    (
        "by June, 4 hours a week, I run 5 km now",
        RUN,
        {"deadline": D(2027, 6, 30), "capacity": 4.0, "baseline": 5.0},
    ),
    (
        "4 hrs a week; skip runs when work runs late",
        RUN,
        {"capacity": 4.0, "constraint": "skip runs when work runs late"},
    ),
    (
        "I can run 5k, maybe 3 hrs a wek, by april",
        RUN,
        {"baseline": 5.0, "capacity": 3.0, "deadline": D(2027, 4, 30)},
    ),
    # one answer at a time, out of order: its parts stay together and go where they belong
    ("3 mornings a week before work, 30 min", FIVE, {"capacity": 1.5}),
    ("spring maybe? there's a 5k in april", FIVE, {"deadline": D(2027, 4, 30)}),
    ("can jog maybe 1 min at a time", ["metric", "baseline", "constraint"], {"baseline": 1.0}),
    (
        "the baby wakes up early and ruins my mornings",
        ["metric", "constraint"],
        {"constraint": "the baby wakes up early and ruins my mornings"},
    ),
    # five answers one per line: by content first, then by position
    (
        "21 km\nby april\n5 hours\nI can run 5k\nI lose motivation",
        FIVE,
        {
            "metric": 21.0,
            "deadline": D(2027, 4, 30),
            "capacity": 5.0,
            "baseline": 5.0,
            "constraint": "I lose motivation",
        },
    ),
    (
        "21 km\n5 hours\nby april\nI lose motivation\nI can run 5k",
        FIVE,
        {
            "metric": 21.0,
            "deadline": D(2027, 4, 30),
            "capacity": 5.0,
            "baseline": 5.0,
            "constraint": "I lose motivation",
        },
    ),
    # a time answer in the starting point's slot is a capacity, not a starting point
    ("maybe 3 hrs a wek", ["baseline", "capacity"], {"capacity": 3.0}),
    ("capacity: 5 hours a week\nbaseline: 2 km", RUN, {"capacity": 5.0, "baseline": 2.0}),
    # hedges and fillers are not answers of their own
    ("not sure, maybe 2-3 hours a week", RUN, {"capacity": 2.0}),
    ("oh, 3 hours a week", ["deadline", "capacity", "constraint"], {"capacity": 3.0}),
    # an amount is no obstacle: said where no question fits it, it is left out, not filed
    ("$600/month", ["deadline", "capacity", "constraint"], {}),
    # one word nothing recognises answers the first open question, and is checked there
    ("lots", ["capacity", "baseline", "constraint"], {"capacity": "ask"}),
    # "soon" is a date, however hedged: not the picture of done
    ("idk, soon", ["metric", "deadline", "capacity"], {"deadline": D(2027, 1, 3)}),
    # a starting point said in words, next to other facts
    ("complete beginner, 2 hours a week", RUN, {"baseline": "complete beginner", "capacity": 2.0}),
    ("by may; never run before", RUN, {"deadline": D(2027, 5, 31), "baseline": "never run before"}),
]


@pytest.mark.parametrize(("text", "keys", "facts"), CASES, ids=[c[0][:40] for c in CASES])
def test_each_phrasing_is_read_as_the_fact_it_states(text, keys, facts):
    assert understood(text, keys) == facts


def test_there_are_at_least_35_phrasings():
    assert len(CASES) >= 35


@pytest.mark.parametrize(
    ("text", "correction"),
    [
        ("actually no, make the deadline april", ("deadline", "april")),
        ("no, make it 4 hours a week", ("capacity", "4 hours a week")),
        ("I meant 3 hours a week", ("capacity", "3 hours a week")),
        ("Actually, the deadline is June", ("deadline", "June")),
        ("sorry, I meant by june", ("deadline", "by june")),
        ("no, my starting point is 5 km now", ("baseline", "5 km now")),
        ("actually I can run 3 km now", ("baseline", "I can run 3 km now")),
        ("4 hours a week", None),  # not a correction: an answer
        ("no idea", None),
    ],
)
def test_corrections_name_the_fact_they_change(text, correction):
    assert read_correction(text) == correction


def test_a_part_no_question_fits_is_reported_not_filed():
    unused: list[str] = []
    mapped = map_answers("21 km\nby april", questions(["deadline"]), unused)
    assert mapped == {"deadline": "by april"} and unused == ["21 km"]


@pytest.mark.parametrize(
    ("reply", "open_keys", "key"),
    [
        # a reply to one question, said in bits, stays whole under the question it answers
        ("october, bloodwork is the 14th I think", FIVE, "deadline"),
        ("3 or 4 hours, evenings after the kids are down", RUN, "capacity"),
        ("saturdays, like 6 hours", RUN, "capacity"),
        ("weekends, and I'm off wednesdays", RUN, "capacity"),
        ("G C D Em, no barre chords, never played in front of anyone", ["baseline"], "baseline"),
        (
            "never fixed anything plumbing, I have a basic toolkit",
            ["baseline", "constraint"],
            "baseline",
        ),
        ("9 weeks from now I guess, theres a turkey trot on thanksgiving", RUN, "deadline"),
        ("this weekend, in-laws coming", RUN, "deadline"),
        ("next weekend", RUN, "deadline"),
    ],
)
def test_a_reply_to_one_question_is_not_split_across_others(reply, open_keys, key):
    mapped = map_answers(reply, questions(open_keys))
    assert mapped == {key: reply}


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("biggest problem is late night snacking", "late night snacking"),
        ("honestly my main issue: the commute", "the commute"),
        ("problems at work", "problems at work"),  # a real obstacle, not a lead-in
    ],
)
def test_an_obstacle_is_kept_without_its_lead_in(said, kept):
    assert check_answer("constraint", said, TODAY).text == kept


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ("i can do 3 hours a week", "capacity"),
        ("we have two evenings a week", "capacity"),
        ("twice a week, the pool near work opens at 7am", "capacity"),
        ("i can do a width but then i panic", "baseline"),
        ("I can only jog for a minute", "baseline"),
        ("embarrassment, everyone there is fitter", "constraint"),
    ],
)
def test_a_reply_is_filed_by_what_it_says(reply, kind):
    questions = [
        Question(key=k, question=f"{k}?", why="")
        for k in ("deadline", "capacity", "baseline", "constraint")
    ]
    assert list(map_answers(reply, questions)) == [kind]


def test_a_sentence_about_how_things_are_is_the_start_not_the_deadline():
    questions = [
        Question(key=k, question=f"{k}?", why="") for k in ("deadline", "baseline", "constraint")
    ]
    said = map_answers("everything is a mess, my flat, money, sleep", questions)
    assert said == {"baseline": "everything is a mess, my flat, money, sleep"}
