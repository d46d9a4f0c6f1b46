"""Placeholders filled with the thing the person named (data/named_slots.toml), in our own
paraphrases: the organisation to call, the feared situation, the avoided action, the named
purchase, the one lender, the person named, what the habit needs; the template's words kept
when nothing is named."""

from __future__ import annotations

import pytest

from assistant.engines.offline.named_slots import _said, fill_named, slots


def _fill(title: str, goal: str = "", constraint: str = "", baseline: str = "") -> str:
    return fill_named(title, _said(goal, {"constraint": constraint, "baseline": baseline}))


CALL = "Make 1 call to the office you need to reach with the script in front of you"


@pytest.mark.parametrize(
    ("constraint", "baseline", "said"),
    [
        ("honestly the debt collectors terrify me, I let it ring out", "", "the collection agency"),
        (
            "I can't bring myself to phone them",
            "there's a collections account for an old gym",
            "the collection agency",
        ),
        ("I get anxious ringing the council about the arrears", "", "the council"),
        ("phone anxiety, I keep not ringing my insurer back", "", "the insurer"),
    ],
)
def test_the_office_to_call_is_the_one_they_named(constraint, baseline, said):
    assert _fill(CALL, "fix my credit", constraint, baseline) == (
        f"Make 1 call to {said} with the script in front of you"
    )


def test_the_office_stays_generic_when_none_is_named():
    assert _fill(CALL, "sort my finances", "i just hate making calls") == CALL


LADDER = "Do the next rung of your fear ladder for the scary part"


@pytest.mark.parametrize(
    ("constraint", "baseline", "said"),
    [
        (
            "quiet by nature",
            "I rarely speak up in meetings, people talk over me",
            "speaking in meetings",
        ),
        ("I freeze when I talk in class", "", "speaking in class"),
        ("I'm so nervous about job interviews, my mind goes blank", "", "job interviews"),
        ("presentations terrify me", "", "presentations"),
    ],
)
def test_the_feared_situation_is_theirs(constraint, baseline, said):
    assert _fill(LADDER, "get a better job", constraint, baseline) == (
        f"Do the next rung of your fear ladder for {said}"
    )


def test_interviews_as_a_studys_data_are_no_fear():
    assert (
        _fill(
            LADDER,
            "finish my thesis",
            "I panic and put it off",
            "12 interviews recorded, none transcribed",
        )
        == "Do the next rung of your fear ladder"  # no stand-in when nothing feared is named
    )


START = "Start the part you avoid with a 10-minute block at a set time each week"


@pytest.mark.parametrize(
    ("constraint", "said"),
    [
        ("i keep avoiding opening my post, it piles up", "opening your post"),
        (
            "I dread checking my credit card statement because it's bad",
            "checking your credit card statement",
        ),
        ("keep putting off filing my tax return lol", "filing your tax return"),
    ],
)
def test_the_avoided_action_is_said_whole_and_to_them(constraint, said):
    assert _fill(START, "get on top of money", constraint) == (
        f"Start {said} with a 10-minute block at a set time each week"
    )


def test_an_avoided_it_names_nothing():
    assert _fill(START, "tidy the flat", "i avoid looking at it") == (
        "Start with a 10-minute block at a set time each week"  # no stand-in for 'it'
    )


COMPARE = "Compare 3 prices or options for the next big cost, cheapest first"


@pytest.mark.parametrize(
    ("constraint", "said"),
    [
        ("cash, the new tyres are about $600 and I don't have it", "the new tyres"),
        ("the boiler is like £2,000 to replace", "the boiler"),
        ("money: driving lessons cost £38 an hour round here", "the driving lessons"),
    ],
)
def test_the_named_cost_is_theirs(constraint, said):
    assert _fill(COMPARE, "save up", constraint) == (
        f"Compare 3 prices or options for {said}, cheapest first"
    )


def test_a_cost_without_a_thing_stays_generic():
    assert _fill(COMPARE, "save up", "money is always tight") == COMPARE


RATE = "Call the lender with the highest rate to ask for a lower one"


@pytest.mark.parametrize(
    ("goal", "baseline", "said"),
    [
        (
            "clear my credit card, £2,900 at 22%",
            "",
            "Call the card company to ask for a lower rate",
        ),
        (
            "pay the student loan (SLC) off early",
            "about 9k left",
            "Call SLC to ask for a lower rate",
        ),
        (
            "get rid of the car loan, 6,100 left",
            "",
            "Call the car finance company to ask for a lower rate",
        ),
    ],
)
def test_one_lender_is_named_never_the_highest_rate(goal, baseline, said):
    assert _fill(RATE, goal, "", baseline) == said


@pytest.mark.parametrize(
    ("goal", "baseline"),
    [
        ("pay off my credit cards", ""),
        ("clear my credit card and my £900 overdraft", ""),
        ("be debt free", "2 cards and a car loan"),
        ("pay off credit card debt", ""),
    ],
)
def test_several_debts_keep_the_highest_rate(goal, baseline):
    assert _fill(RATE, goal, "", baseline) == RATE


@pytest.mark.parametrize(
    ("constraint", "said"),
    [
        ("my wife and I split a bottle every evening", "Ask your wife to join the swap"),
        ("friday beers with my mates is our thing", "Ask your mates to join the swap"),
        ("my boyfriend always orders dessert for us both", "Ask your boyfriend to join the swap"),
    ],
)
def test_the_person_named_shares_the_ritual(constraint, said):
    assert (
        _fill("Ask the person you share the ritual with to join the swap", "cut down", constraint)
        == said
    )


HABIT = (
    "Put what the habit needs, the pills, kit or book, where you will see it right after the anchor"
)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("take my vitamins every morning", "your vitamins"),
        ("drink 8 glasses of water a day", "a full water bottle"),
        ("practise ukulele 10 min daily", "the ukulele"),
    ],
)
def test_what_the_habit_needs_is_named(goal, said):
    assert _fill(HABIT, goal, "I forget") == (
        f"Put {said} where you will see it right after the anchor"
    )


def test_retirement_age_and_feared_road():
    assert (
        _fill("A need number at the age you want", "retire at 58 with enough")
        == "A need number at 58"
    )
    assert (
        _fill(
            "Write a 6-step ladder: empty car park to the road you fear",
            "drive again",
            "roundabouts scare me",
        )
        == "Write a 6-step ladder: empty car park to roundabouts"
    )


def test_a_placeholder_at_the_start_keeps_its_capital():
    assert _fill("The part you avoid: 10 minutes first", "x", "I avoid opening my emails") == (
        "Opening your emails: 10 minutes first"
    )


def test_every_slot_loads_and_keeps_its_words_when_nothing_is_said():
    for slot in slots():
        assert _fill(f"Do {slot.placeholder} today", "a goal", "") == f"Do {slot.placeholder} today"


@pytest.mark.parametrize(
    ("constraint", "said"),
    [
        (
            "my husband has a beer every night too",
            "Ask your husband to keep his drinks out of sight",
        ),
        ("my girlfriend keeps buying wine", "Ask your girlfriend to keep her drinks out of sight"),
        ("my partner stocks the fridge", "Ask your partner to keep their drinks out of sight"),
        (
            "our flatmates leave cans everywhere",
            "Ask your flatmates to keep their drinks out of sight",
        ),
    ],
)
def test_one_person_at_home_agrees_with_its_possessive(constraint, said):
    title = "Ask the people you live with to keep their drinks out of sight"
    assert _fill(title, "drink less", constraint) == said


@pytest.mark.parametrize(
    ("constraint", "said"),
    [
        ("honestly the sanding part scares me", "the sanding part"),
        ("pricing really scares me, I undercharge", "pricing"),
        ("scared of the final fitting stage", "the final fitting stage"),
    ],
)
def test_what_they_say_scares_them(constraint, said):
    assert (
        _fill(LADDER, "make a dress", constraint)
        == f"Do the next rung of your fear ladder for {said}"
    )


@pytest.mark.parametrize(
    ("constraint", "said"),
    [
        ("timber prices went up a lot this year", "timber"),
        ("the garage quoted $950 for a new clutch, ouch", "the new clutch"),
        ("money. the vet quoted £700 for the dental and that's before the jabs", "the dental"),
    ],
)
def test_a_price_they_name_is_the_cost(constraint, said):
    assert _fill(COMPARE, "save up", constraint) == (
        f"Compare 3 prices or options for {said}, cheapest first"
    )


@pytest.mark.parametrize(
    ("goal", "constraint", "said"),
    [
        ("ring my dad every week", "I avoid calling, it gets awkward", "your dad"),
        ("phone my nan on sundays", "phone anxiety", "your nan"),
        ("call my sister more", "I hate the phone", "your sister"),
    ],
)
def test_a_relative_to_call(goal, constraint, said):
    assert _fill(CALL, goal, constraint) == f"Make 1 call to {said} with the script in front of you"


def test_a_quotes_shorthand_stays_generic():
    assert _fill(COMPARE, "fix the car", "they quoted $1,400 for a new cat") == COMPARE


def _titles(goal: str, answers: dict[str, str]) -> list[str]:
    import datetime as dt

    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    plan = plan_goal(OfflineEngine(settings), goal, answers, settings, dt.date(2026, 11, 27)).plan
    return [t.title for m in plan.milestones for t in m.tasks]


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("clear my store card, $2,350 at 27%", {}),
        ("pay off the credit card by next winter", {"baseline": "£5,100 owed on it, 23.9% APR"}),
        ("Get my single credit card to zero, owe 3,900 EUR", {"capacity": "300 a month"}),
    ],
)
def test_a_plan_for_one_card_never_asks_the_highest_rate(goal, answers):
    titles = " | ".join(_titles(goal, answers))
    assert "highest rate" not in titles


@pytest.mark.parametrize(
    ("goal", "answers", "said"),
    [
        (
            "improve my credit score to 680",
            {
                "baseline": "about 590, a collections account from an old gym contract",
                "constraint": "too scared to ring them",
            },
            "the collection agency",
        ),
        (
            "get a better job in marketing",
            {"baseline": "3 years in, I never talk in meetings", "constraint": "I'm really shy"},
            "speaking in meetings",
        ),
        (
            "sort my money out",
            {"constraint": "i keep avoiding opening my banking app, it stresses me"},
            "opening your banking app",
        ),
    ],
)
def test_a_plan_names_what_the_person_named(goal, answers, said):
    titles = " | ".join(_titles(goal, answers))
    assert said in titles
