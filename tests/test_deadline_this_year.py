"""'This year' for a job done once is this year's weeks left, and for a yearly allowance the
day that year's contributions close; a year's goal ('30 books this year') still gets a year.
Paraphrases of our own (round 22: 'max out my TFSA this year', answered 'before dec 31',
planned to December 2027)."""

import datetime as dt

import pytest

from assistant.understanding.goal import understand

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("goal", "answers", "day"),
    [
        ("put the full $7000 into my TFSA this year and buy an ETF", {}, dt.date(2026, 12, 31)),
        ("fill my stocks and shares ISA this year", {}, dt.date(2027, 4, 5)),
        ("max out the Roth IRA for this year, $7,000", {}, dt.date(2027, 4, 15)),
        ("max out my RRSP room this year", {}, dt.date(2027, 3, 1)),
        ("top up my TFSA to the limit", {"deadline": "by dec 31 hopefully"}, dt.date(2026, 12, 31)),
    ],
)
def test_a_yearly_allowance_ends_when_its_year_closes(goal, answers, day):
    assert understand(goal, answers, TODAY).deadline == day


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("open a brokerage account and start investing my savings", {"deadline": "this year"}),
        ("start investing, I have 6k doing nothing", {"deadline": "no rush, but this year"}),
        ("set up a pension for myself this year", {}),
    ],
)
def test_a_job_done_once_keeps_this_year(goal, answers):
    assert understand(goal, answers, TODAY).deadline <= dt.date(2026, 12, 31)


def test_a_years_goal_still_gets_a_year():
    assert understand("read 25 books this year", {}, TODAY).deadline == dt.date(2027, 12, 31)
