"""The deadline reading keeps the accuracy it reached against the hand labels of
evals/deadline_labels.jsonl (330 goals of every round, labelled from their words alone): a
guard, so a change that reads more goals as meant raises these floors and none lowers them.
Session 14 start: 0.869 overall (0.25 for windows already closed, 11 dates marked 'stated'
that nobody said). Session 15 added 20 rows of its own wording (marked "paraphrase") for
dates tied to events: 0.889 on all 350 before its event work, 0.921 after."""

import pytest

from evals.deadline_accuracy import accuracy, labels

FLOORS = {
    "all": 0.92,
    "answered": 0.91,
    "goal_only": 0.92,
    "kind:day": 0.95,
    "kind:month": 0.91,
    "kind:none": 0.98,
    "kind:past": 0.95,
    "kind:window": 0.85,
}


# Session 16 labelled rounds 23-25 (119 goals, 209 readings) from their words alone: the
# reading before its work was 0.846 on them (0.811 answered, 10 dates marked 'stated' that
# nobody said), after 0.916. Guarded apart, so the floors above keep meaning rounds 1-22.
NEW_ROUNDS = {"2026-11-29-round23", "2026-11-29-round24", "2026-11-29-round25"}
NEW_FLOORS = {"all": 0.91, "answered": 0.89, "goal_only": 0.92}


# Session 17 labelled round 26 (45 goals, 90 readings) before changing any code: 0.756 read
# as meant (0.711 answered, 0.80 goal alone), after its work 0.90 (0.867, 0.933); guarded apart.
ROUND_26 = {"2026-11-29-round26"}
ROUND_26_FLOORS = {"all": 0.89, "answered": 0.86, "goal_only": 0.92}


@pytest.fixture(scope="module")
def shares() -> dict[str, float]:
    return accuracy([row for row in labels() if row["round"] not in NEW_ROUNDS | ROUND_26])[0]


@pytest.fixture(scope="module")
def round_26_shares() -> dict[str, float]:
    return accuracy([row for row in labels() if row["round"] in ROUND_26])[0]


@pytest.mark.parametrize("group", ROUND_26_FLOORS)
def test_the_reading_of_round_26_keeps_its_accuracy(round_26_shares, group):
    assert round_26_shares[group] >= ROUND_26_FLOORS[group], round_26_shares


@pytest.fixture(scope="module")
def new_shares() -> dict[str, float]:
    return accuracy([row for row in labels() if row["round"] in NEW_ROUNDS])[0]


@pytest.mark.parametrize("group", NEW_FLOORS)
def test_the_reading_of_rounds_23_to_25_keeps_its_accuracy(new_shares, group):
    assert new_shares[group] >= NEW_FLOORS[group], new_shares


def test_rounds_23_to_25_mark_few_dates_nobody_said(new_shares):
    assert new_shares.get("miss:invented_stated", 0) <= 4, new_shares


@pytest.mark.parametrize("group", FLOORS)
def test_the_reading_keeps_its_accuracy(shares, group):
    assert shares[group] >= FLOORS[group], shares


def test_no_more_dates_marked_as_theirs_that_nobody_said(shares):
    assert shares.get("miss:invented_stated", 0) <= 3, shares


def test_the_labels_cover_every_round():
    rounds = {row["round"] for row in labels() if not row.get("paraphrase")}
    assert len(rounds) == 26 and len(labels()) >= 450


def test_the_paraphrases_of_dates_tied_to_events_are_read_as_meant():
    """Session 15's own wordings (festivals, southern seasons, limits partly gone, goals
    needed before the event they serve), 20 goals read with and without their answer."""
    rows = [row for row in labels() if row.get("paraphrase")]
    assert len(rows) >= 20
    assert accuracy(rows)[0]["all"] >= 0.95
