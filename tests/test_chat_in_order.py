"""Answers typed one at a time, in the order the chat asked (round 14's chat traces): each
lands on its own question, and a head count asked for is answered only by a number."""

from __future__ import annotations

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline.engine import OfflineEngine
from assistant.understanding.answers import parse_answers
from tests.plans import TODAY


def _chat(goal: str) -> tuple[Conversation, list[str]]:
    settings = Settings(_env_file=None, offline=True)
    chat = Conversation(OfflineEngine(settings), settings, TODAY)
    return chat, [q.key for q in chat.send(goal).questions]


def test_a_time_answer_with_no_rhythm_word_still_answers_the_time_question_asked_first():
    chat, asked = _chat(
        "finish the quilt I started for my granddaughter before she leaves in August, "
        "the top is half pieced"
    )
    assert asked[0] == "capacity"
    chat.send("a few hours most afternoons")
    assert chat.answers == {"capacity": "a few hours most afternoons"}


def test_weekday_hours_without_a_preposition_are_time_not_a_starting_point():
    chat, asked = _chat("get 7.0 in IELTS for my visa, got 6.0 on my mock")
    chat.send("test booked for 12 weeks from now")
    chat.send("2 hrs weekdays, 4 on sat")
    assert chat.answers.get("capacity") == "2 hrs weekdays, 4 on sat"
    assert "baseline" not in chat.answers


def test_time_inside_the_working_week_answers_the_time_question():
    chat, asked = _chat("get promoted to senior engineer at my next review cycle in about 8 months")
    assert asked[0] == "capacity"
    said = "i can't really do more hours, already doing 45+. so within my normal work"
    chat.send(said)
    assert chat.answers.get("capacity") == said and "baseline" not in chat.answers


def test_a_team_answer_that_counts_its_people_is_multiplied_at_once():
    chat, _ = _chat("our running club wants to raise £5,000 for the hospice with a relay in June")
    chat.send("committee is 4 of us, few hours a week each")
    assert chat.answers["capacity"] == "12 hours a week"


def test_a_reply_without_a_number_does_not_answer_how_many_of_you():
    chat, _ = _chat("our running club wants to raise £5,000 for the hospice with a relay in June")
    chat.send("few hours a week each")
    assert "capacity" not in chat.answers and "capacity" not in chat.unknown  # asked how many
    turn = chat.send("nothing yet, have a just giving page idea and the park said maybe")
    assert chat.answers["baseline"].startswith("nothing yet")
    assert "how many of you are there?" in turn.message  # still open, as it was asked
    assert "capacity" not in chat.unknown
    chat.send("4")
    assert chat.answers["capacity"] == "12 hours a week"


def test_raising_money_from_others_asks_for_time_not_money_a_month():
    _, asked = _chat("our running club wants to raise £5,000 for the hospice with a relay in June")
    settings = Settings(_env_file=None, offline=True)
    chat = Conversation(OfflineEngine(settings), settings, TODAY)
    turn = chat.send("our running club wants to raise £5,000 for the hospice with a relay in June")
    capacity = next(q for q in turn.questions if q.key == "capacity")
    assert "time a week" in capacity.question and "each month" not in capacity.question
    saving = Conversation(OfflineEngine(settings), settings, TODAY).send(
        "save 5k for a house deposit"
    )
    own = next(q for q in saving.questions if q.key == "capacity")
    assert "each month" in own.question  # their own money still moves with money a month


def test_named_pool_days_of_which_two_fit_are_two_sessions_of_their_length():
    chat, asked = _chat("swim a mile without stopping, I can do 4 lengths of a 25m pool")
    chat.send("end of the summer")
    said = "the pool does lane swim tue thur sat, I can get to 2 of those, 45 min each"
    chat.send(said)
    assert chat.answers["capacity"] == said  # one answer to the time question, not split
    assert "capacity" not in chat.asked_again  # "45 min each" is per session, not per person
    assert parse_answers({"capacity": said}, TODAY)["capacity"] == 1.5  # 2 x 45 min


def test_a_habit_that_starts_now_answers_the_deadline_and_a_shape_in_words_is_the_start():
    chat, asked = _chat("get fit")
    chat.send("1 mile run without stopping")
    chat.send("start now, keep it going")
    assert chat.answers.get("deadline") == "start now, keep it going"
    chat.send("pretty out of shape tbh, get winded on stairs")
    assert chat.answers.get("baseline", "").startswith("pretty out of shape")


def test_an_attack_says_each_move_once_when_two_parts_are_met_the_same_way():
    from assistant.engines.offline.constraints import _all
    from assistant.engines.offline.constraints_moves import ConstraintMoves
    from assistant.playbooks import Step

    step = Step(title="Price the car and its date", minutes=30, done_when="Cost written down")
    pot = "Give it a pot of its own"
    meet = "Meet it at the moment it happens"
    first = ConstraintMoves("money runs out", pot, step)
    others = [ConstraintMoves("the car", meet, step), ConstraintMoves("birthdays", meet, step)]
    assert _all(first, others).strategy == f"{pot}; and meet it at the moment it happens"


def test_money_a_month_in_any_currency_answers_the_money_question():
    # (a goal that says its money a month is not asked it again: the money question is asked
    # here because the goal does not say it)
    chat, asked = _chat("Build an emergency fund of £3,000, got £400 in there at the moment")
    assert asked[:2] == ["deadline", "capacity"]
    chat.send("by next summer ideally")
    chat.send("£150 a month, maybe £200 some months")
    assert chat.answers.get("capacity") == "£150 a month, maybe £200 some months"
    chat.send("the car always needs something, and birthdays")
    assert chat.answers.get("constraint") == "the car always needs something, and birthdays"


def test_runs_a_week_answer_the_time_question_not_the_obstacle():
    chat, asked = _chat(
        "run a half marathon in october. Longest run so far is 8k and I'm slow, about 7 min/km"
    )
    assert asked[0] == "capacity"
    chat.send("3 runs a week, maybe 4 if one is short")
    assert chat.answers == {"capacity": "3 runs a week, maybe 4 if one is short"}


def test_after_a_time_question_asked_again_a_reading_and_the_next_answer_land_in_order():
    chat, asked = _chat(
        "get my HbA1c under 7 by March. Type 2, on metformin, diagnosed 2 years ago"
    )
    assert asked[:2] == ["capacity", "baseline"]
    chat.send("I can walk after dinner, and I'm willing to change food")
    assert "capacity" in chat.asked_again  # when, but not how much: asked once more
    chat.send("8.4, 96kg, I eat a lot of bread and rice")
    assert chat.answers.get("baseline") == "8.4, 96kg, I eat a lot of bread and rice"


def test_a_time_asked_again_and_then_the_next_question_answered_moves_on():
    chat, asked = _chat(
        "I want to grow enough veg this summer that we don't buy salad or tomatoes from June "
        "to September. Raised beds aren't built yet"
    )
    assert asked[:2] == ["capacity", "baseline"]
    chat.send("weekends, maybe £200 to spend on wood and soil")
    assert parse_answers({"capacity": chat.answers["capacity"]}, TODAY)["capacity"] == 4.0


def test_a_date_moved_by_their_money_is_said_back_with_what_their_date_needs():
    chat, asked = _chat(
        "Build an emergency fund of £3,000. I can put away roughly £150 a month, got £400 in "
        "there at the moment"
    )
    turn = chat.send("by next summer ideally")
    first = turn.message.splitlines()[0]
    assert "(at your £150 a month; 'by next summer ideally' needs about £" in first
    assert "(you said)" not in first.split("deadline")[1].split("·")[0]


def _answer_in_order(goal: str, replies: dict[str, str]) -> Conversation:
    """Send each reply when its question is the first one still open, as people answer."""
    chat, _ = _chat(goal)
    for _ in range(len(replies) + 2):
        if chat.state != "clarify" or not chat.open_questions:
            break
        key = next((q.key for q in chat.open_questions if q.key not in chat.asked_again), None)
        if key not in replies:
            break
        chat.send(replies.pop(key))
    return chat


def test_a_reply_that_repeats_the_question_asked_answers_it_whatever_else_it_mentions():
    # each reply names another question's subject ("time", a count "a week", "when") too
    chat = _answer_in_order(
        "cut down on the energy drinks, they're wrecking my sleep",
        {
            "metric": "one can a day at most",
            "deadline": "by easter",
            "capacity": "it's more about not buying them than time",
            "baseline": "probably 20-25 cans a week honestly",
            "constraint": "the vending machine on night shift, it's right by my locker",
        },
    )
    assert chat.answers["baseline"] == "probably 20-25 cans a week honestly"
    assert chat.answers["constraint"].startswith("the vending machine")
    assert "capacity" in chat.unknown and not chat.asked_again  # not about time: assumed


def test_sessions_counted_inside_a_long_time_answer_are_the_time_asked_for():
    chat, asked = _chat("learn to swim a full length of front crawl, I can only do breaststroke")
    assert "capacity" in asked
    for _key in asked[: asked.index("capacity")]:
        chat.send("not sure")
    said = "the leisure centre 2 evenings a week after work, it shuts at 9 though"
    chat.send(said)
    assert chat.answers.get("capacity") == said


def test_where_they_are_now_is_filed_whole_not_split_at_its_comma_into_an_obstacle():
    chat = _answer_in_order(
        "get better at speaking up in meetings",
        {
            "deadline": "no date, my appraisal is in march though",
            "capacity": "an hour a week to prepare",
            "baseline": "I only say something when someone asks me directly, maybe once a call",
            "constraint": "I get flustered when people talk over each other",
        },
    )
    assert chat.answers["baseline"].startswith("I only say something when someone asks")
    assert chat.answers["constraint"].startswith("I get flustered")


def test_a_date_with_its_reason_answers_the_date_question_asked_first():
    chat = _answer_in_order(
        "open a pension and start paying into it, I'm 29 with nothing saved",
        {
            "metric": "£200 a month going in",
            "deadline": "before the end of march so i can still use this year's allowance",
        },
    )
    assert chat.answers.get("deadline", "").startswith("before the end of march")
    assert "baseline" not in chat.answers


def test_the_last_question_left_takes_the_line_whatever_date_it_mentions():
    chat = _answer_in_order(
        "get my allotment producing veg this summer",
        {
            "metric": "enough salad and beans for the summer",
            "deadline": "planting by may",
            "capacity": "saturday mornings, 2 hours",
            "baseline": "half of it is brambles, never grown anything",
            "constraint": "we're away for 3 weeks in august, and the snails",
        },
    )
    assert chat.answers.get("deadline") != "we're away for 3 weeks in august, and the snails"
    assert chat.answers["constraint"].startswith("we're away")


def test_minutes_for_each_of_a_thing_are_not_minutes_per_person():
    chat = _answer_in_order(
        "read a psalm every morning and evening before the kids wake and after they sleep",
        {
            "deadline": "by lent",
            "capacity": "5 min each reading",
            "baseline": "2-3 readings a week",
        },
    )
    assert "how many of you" not in " ".join(q.question for q in chat.open_questions).lower()
    assert chat.answers.get("baseline") == "2-3 readings a week"


def test_none_of_it_in_years_is_where_they_are_not_a_deadline():
    chat = _answer_in_order(
        "get back to the cinema with my wife once a month",
        {
            "deadline": "ongoing",
            "capacity": "one evening a month",
            "baseline": "zero films out in 2 years, we just watch tv",
        },
    )
    assert chat.answers.get("baseline", "").startswith("zero films")


def test_when_they_are_free_answers_the_time_question_even_when_the_date_was_asked_first():
    goal = "start running again, I used to do 10k races"
    for said in [
        "couple of mornings before work",
        "lunchtimes and sunday mornings",
        "weekends mostly, whenever it's dry",
    ]:
        chat, asked = _chat(goal)
        assert asked[:2] == ["deadline", "capacity"]
        chat.send(said)  # filed as the time (asked again for hours when it names none)
        assert "capacity" in chat.answers or "capacity" in chat.asked_again, (said, chat.answers)
        assert not {"constraint", "deadline"} & set(chat.answers), (said, chat.answers)


def test_what_gets_in_the_way_with_no_target_in_it_is_not_filed_as_the_target():
    for goal, said in [
        ("we have to move out of this flat by end of feb", "my partner wants to keep everything"),
        ("we have to move out of this flat by end of feb", "no car, and the van place shuts at 5"),
        ("we have to move out of this flat by end of feb", "my bad back makes lifting boxes hard"),
    ]:
        chat, asked = _chat(goal)
        assert asked[0] == "metric" and "constraint" in asked
        chat.send(said)
        assert chat.answers.get("constraint") == said and "metric" not in chat.answers, chat.answers


def test_a_date_said_beside_another_answer_sharpens_the_goals_own_date():
    for goal, said, day in [
        (
            "I want to declutter the spare room so my mum can stay at christmas",
            "it has to be done by the 20th of december, I can do a couple of evenings a week",
            "20 Dec 2026",
        ),
        (
            "sort out the loft before we move in the spring",
            "needs doing by march 14th, I have about 3 hours a week",
            "14 Mar 2027",
        ),
        (
            "clear the garage before christmas so the car fits",
            "really by the 18th of december, saturdays mostly",
            "18 Dec 2026",
        ),
    ]:
        chat, asked = _chat(goal)
        assert "deadline" not in asked
        reply = chat.send(said).message
        assert "deadline" in chat.answers and "capacity" in chat.answers, (goal, chat.answers)
        assert f"deadline {day} (you said)" in reply, reply[:300]


def test_no_rush_answers_the_date_question_and_the_next_answers_land_in_order():
    for relaxed in ["no rush really", "no hurry tbh", "whenever, no rush"]:
        chat, asked = _chat("walk more")
        assert asked[:3] == ["metric", "deadline", "capacity"]
        chat.send("not sure")
        chat.send(relaxed)
        assert chat.answers.get("deadline") == relaxed and "deadline" not in chat.asked_again
        chat.send("20 mins most days i guess")
        assert chat.answers.get("capacity") == "20 mins most days i guess", chat.answers


def test_time_answers_that_give_no_amount_close_the_time_question():
    for said in [
        "whenever",
        "it varies",
        "its just a habit thing, all day",
        "it's more about not buying stuff lol",
        "honestly more a willpower thing",
    ]:
        chat, asked = _chat("budget")
        assert asked[:3] == ["metric", "deadline", "capacity"]
        chat.send("not sure")
        chat.send("soon")
        chat.send(said)
        assert "capacity" in chat.unknown or chat.answers.get("capacity") == said, (
            said,
            chat.answers,
        )
        assert chat.answers.get("deadline") == "soon" and "constraint" not in chat.answers


def test_no_deadline_said_with_a_few_more_words_is_no_deadline_not_a_date_to_ask_again():
    for said in [
        "no deadline, just finish it this time",
        "no rush at all, I just want it done properly",
        "no deadline really, as long as it sticks",
    ]:
        chat, asked = _chat("do the couch to 5k, ive started it 3 times and never got past week 4")
        assert asked[0] == "deadline"
        chat.send(said)
        assert "deadline" not in chat.asked_again, (said, chat.asked_again)


def test_a_starting_point_that_shares_a_word_with_the_money_question_is_the_starting_point():
    # each names a month (as the money question does) but says what they have, not what they give
    for goal, said in [
        ("save for a deposit on a flat", "I earn 2400 a month, have 3k saved"),
        ("build an emergency fund", "my salary is 3100 a month and I've got 800 put by"),
        ("save up for our wedding", "we each earn about 2k a month, 1200 saved so far"),
    ]:
        chat, asked = _chat(goal)
        for _key in asked[: asked.index("capacity")]:
            chat.send("not sure")
        chat.send(said)
        assert chat.answers.get("baseline") == said, (goal, chat.answers)
        assert "capacity" in {q.key for q in chat.open_questions}  # still asked, not misread


def _to_the_baseline_question(goal: str, *earlier: str) -> Conversation:
    chat, _ = _chat(goal)
    for said in earlier:
        chat.send(said)
    assert chat.open_questions[0].key == "baseline"
    assert any(q.key == "constraint" for q in chat.open_questions)
    return chat


def test_an_obstacle_said_when_the_starting_point_was_asked_answers_what_gets_in_the_way():
    cases = [
        (
            "save 5000 euros for a new car",
            ["by next december", "maybe 2 hours a week"],
            "I keep spending on takeaways",
        ),
        ("get fit, run a 10k", ["june", "3 evenings"], "my knees hurt after a while"),
        (
            "lose 10 kg",
            ["by june", "4 hours a week"],
            "I always end up snacking late at night",
        ),
    ]
    for goal, earlier, said in cases:
        chat = _to_the_baseline_question(goal, *earlier)
        chat.send(said)
        assert chat.answers.get("constraint") == said, goal
        assert "baseline" not in chat.answers  # still open: asked next
        assert chat.open_questions[0].key == "baseline"


def test_a_starting_point_with_a_number_or_a_level_stays_the_starting_point():
    chat = _to_the_baseline_question("get fit, run a 10k", "june", "3 evenings")
    chat.send("I can jog about 2k but my knees hurt")
    assert chat.answers.get("baseline") == "I can jog about 2k but my knees hurt"
    chat = _to_the_baseline_question("lose 10 kg", "by june", "4 hours a week")
    chat.send("96 kg and I keep snacking")
    assert "baseline" in chat.answers and "constraint" not in chat.answers
    chat = _to_the_baseline_question(
        "play 3 songs on guitar at my friend's wedding in june", "20 min a day"
    )
    chat.send("know G C D, can't switch chords in time, fingertips hurt")
    assert "baseline" in chat.answers and "constraint" not in chat.answers


def test_minutes_each_after_a_count_of_sessions_are_each_session_not_each_person():
    for goal, said in [
        ("run a sub 50 10k by the summer, my best is 55 min", "3 runs a week, 30-45 min each"),
        ("swim a mile without stopping by june", "2 swims a week, about an hour each"),
        ("get my driving licence by spring", "2 lessons a week, 90 mins each"),
    ]:
        chat, _ = _chat(goal)
        chat.send(said)
        assert chat.answers.get("capacity") == said, goal
        assert "capacity" not in chat.asked_again


def test_a_sentence_with_a_number_does_not_answer_how_many_of_you():
    chat, _ = _chat("our running club wants to raise £5,000 for the hospice with a relay in June")
    chat.send("few hours a week each")
    assert "capacity" in chat.asked_again  # how many of you?
    chat.send("the same 4 kids turn up every time and the others drift off")
    assert "capacity" not in chat.answers
    chat.send("we're 6 in the committee")
    assert chat.answers["capacity"] == "18 hours a week"


def _answer_in_order(goal: str, replies: dict[str, str]) -> Conversation:
    """The person answers each question the chat asked, in its order ('not sure' where the
    test gives no reply)."""
    chat, asked = _chat(goal)
    for key in asked:
        if chat.state != "clarify":
            break
        chat.send(replies.get(key, "not sure"))
    return chat


def test_a_day_and_month_to_the_date_question_is_the_date_not_a_starting_point():
    for goal, said in [
        ("save £2,500 for a holiday fund, I can put away about £200 a month", "31 dec"),
        ("pay off the $3,000 on my store card", "14 feb"),
        ("put €1,500 aside for the car insurance", "by the 3rd of june"),
    ]:
        chat = _answer_in_order(goal, {"deadline": said})
        assert chat.answers.get("deadline") == said, (goal, chat.answers)
        assert chat.answers.get("baseline") != said


def test_where_they_stand_said_with_a_span_of_years_stays_where_they_stand():
    for goal, said in [
        (
            "get promoted to senior analyst at the spring review",
            "analyst for 3 yrs, reviews always 'solid' never 'exceeds'",
        ),
        (
            "become a charge nurse on my ward by next summer",
            "band 5 for 4 years, did the preceptor course last year",
        ),
        (
            "get promoted to team lead in the next cycle",
            "been a developer here 2.5 yrs, my manager knows I want it",
        ),
    ]:
        chat = _answer_in_order(goal, {"baseline": said, "deadline": "in 6 months"})
        assert chat.answers.get("baseline") == said, (goal, chat.answers)
        assert chat.answers.get("deadline") in (None, "in 6 months")  # (a span lived, no date)


def test_when_and_how_long_to_the_time_question_is_time_not_a_starting_point():
    for goal, said in [
        ("finish the blanket I started knitting for my niece", "afternoons, 2 hrs most days"),
        ("learn to play the ukulele", "mornings, 30 mins most days"),
        ("sort out the photo albums into a book for mum", "evenings, an hour most nights"),
    ]:
        chat = _answer_in_order(goal, {"capacity": said})
        assert chat.answers.get("capacity") == said, (goal, chat.answers)
        assert chat.answers.get("baseline") != said


def test_no_end_date_and_whatever_it_takes_are_left_open_on_their_own_question():
    chat = _answer_in_order("floss every night", {"deadline": "just make it a habit"})
    assert "deadline" in chat.unknown and "baseline" not in chat.answers
    chat = _answer_in_order("ring my gran every sunday", {"deadline": "just keep it going"})
    assert "deadline" in chat.unknown and "baseline" not in chat.answers
    chat = _answer_in_order(
        "eat three proper meals a day instead of grazing",
        {"capacity": "its 3 meals a day so whatever that takes"},
    )
    assert "capacity" in chat.unknown and "baseline" not in chat.answers
    chat = _answer_in_order(
        "read the Quran cover to cover", {"capacity": "as long as it takes really"}
    )
    assert "capacity" in chat.unknown and "baseline" not in chat.answers


def test_a_date_with_a_rate_beside_it_keeps_the_rate_out_of_the_weekly_time():
    for goal, said in [
        ("get my credit score above 700 so I can remortgage", "by spring, the 19% apr is crushing me"),
        ("refinance my car loan with a better credit score", "by summer, my loan rate is killing me (21%)"),
        ("clear my overdraft and get my score up", "before june, the interest (24%) hurts"),
    ]:  # fmt: skip
        chat = _answer_in_order(goal, {"deadline": said})
        assert "%" not in chat.answers.get("capacity", ""), (goal, chat.answers)
        assert "deadline" in chat.answers, (goal, chat.answers)
