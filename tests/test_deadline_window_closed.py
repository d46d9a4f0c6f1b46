"""A time limit counted from a letter the goal dates, already closed when said, is acted on
within the week (and the note says it has passed), never moved to next year's window; one
still open keeps its end. Paraphrases of our own (rounds 5-22: '180 days from the letter
dated march 3', answered '180 days from march 3')."""

import datetime as dt

import pytest

from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("goal", "answer"),
    [
        ("dispute my parking fine, the notice was dated April 12 and I get 90 days", ""),
        (
            "appeal the denied claim for my physio, I have 120 days from the letter dated June 1",
            "120 days from june 1",
        ),
        (
            "challenge my council tax band, the decision letter was dated feb 20, 6 months to appeal",
            "",
        ),
        ("appeal the hospital bill rejection", "the letter was dated May 5 and I have 180 days"),
    ],
)
def test_a_closed_window_is_acted_on_now(goal, answer):
    u = understand(goal, {"deadline": answer} if answer else {}, TODAY)
    assert u.deadline <= TODAY + dt.timedelta(days=14)
    assert "already past" in u.notes["deadline"]


def test_an_open_window_keeps_its_end():
    u = understand(
        "appeal my insurance denial, I have 180 days from the letter dated Oct 20", {}, TODAY
    )
    assert u.deadline == dt.date(2027, 4, 18)
