"""A deadline answer that names a start and a habit kept up is a start, not a deadline; one
that names stages ends on the last ('the rest by june'). Paraphrases of our own (rounds 14-22:
'no real date, start this week', "let's say start of next month and keep it up",
'deposit due end of april, rest by june', 'dry jan obviously, the rest by spring')."""

import datetime as dt

import pytest

from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)


def _read(said: str) -> dict[str, object]:
    return parse_answers({"deadline": said}, TODAY, strict=False)


@pytest.mark.parametrize(
    "said",
    [
        "no set date, starting monday",
        "no real deadline, start next week",
        "dunno, say start of january and keep going",
        "let's say the start of next month, then keep it up",
        "not sure. starting on the 1st and carrying on from then on",
    ],
)
def test_a_start_kept_up_is_no_deadline(said):
    typed = _read(said)
    assert "starts" in typed and "deadline" not in typed, typed


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("first instalment in february, the balance by july", dt.date(2027, 7, 31)),
        ("booking fee end of march, rest by the end of may", dt.date(2027, 5, 31)),
        ("sober october style for january, everything else by summer", dt.date(2027, 5, 31)),
        ("half the boxes by christmas, the rest by easter", dt.date(2027, 3, 28)),
    ],
)
def test_stages_end_on_the_last(said, day):
    assert _read(said).get("deadline") == day


def test_a_date_to_have_it_sorted_is_a_deadline():
    assert "starts" not in _read("starting now, want it sorted within a month")
