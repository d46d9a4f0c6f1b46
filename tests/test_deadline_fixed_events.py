"""A date tied to an outside event holds: a saving rhythm for fees due in January is not pushed
past them, and an event month that is this month, nearly over ('the November sitting', said on
27 November), is next year's, never squeezed into a week or moved to a usual span. Paraphrases
of our own (round 22: 'january fees deadline, then keep going'; 'november sitting')."""

import datetime as dt

import pytest

from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("put aside R2,000 every month for the school fees", "fees are due end of january"),
        ("save £150 a month for my daughter's uni deposit", "deposit deadline is 31 january"),
        ("save $300 every paycheck toward the car registration", "registration due jan 31"),
    ],
)
def test_a_rhythm_keeps_a_fixed_date(goal, said):
    assert understand(goal, {"deadline": said}, TODAY).deadline <= dt.date(2027, 1, 31)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("pass my accounting paper in the November sitting", ""),
        ("clear the ICAN exam", "the november sitting"),
        ("run the turkey trot 5k in november without walking", ""),
    ],
)
def test_an_event_month_nearly_over_is_next_years(goal, said):
    u = understand(goal, {"deadline": said} if said else {}, TODAY)
    assert dt.date(2027, 11, 1) <= u.deadline <= dt.date(2027, 11, 30)
