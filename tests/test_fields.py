"""Every field file is valid data a coach could have written, and routes its own examples."""

from __future__ import annotations

import re
import string

import pytest

from assistant.playbooks import PLAYBOOKS, Step
from assistant.playbooks.catalog import field_files, load_field
from assistant.playbooks.routing import digest, examples_of, index_path, route

SLOTS = {"v", "target", "subject", "unit", "per_month"}
RATE_SLOTS = SLOTS | {"rate", "weeks", "streak"}
ROUTED = [f for f in PLAYBOOKS if f.examples]


def _slots(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _steps(field) -> list[Step]:
    steps = [*field.kickoff, *field.practice, field.attack]
    steps += [s for rung in field.rungs for s in rung.steps]
    steps += [s for o in field.obstacles for s in (o.attack, *o.unblock)]
    return steps


@pytest.mark.parametrize("name", field_files())
def test_field_file_is_valid_and_named_by_its_key(name):
    field = load_field(name)
    assert name == f"{field.key}.toml"
    assert len(field.rungs) == 4 and [r.fraction for r in field.rungs][-1] == 1.0
    for pattern in [field.pattern, *(o.pattern for o in field.obstacles)]:
        re.compile(pattern)


@pytest.mark.parametrize("field", PLAYBOOKS, ids=lambda f: f.key)
def test_templates_use_only_known_slots_and_honest_steps(field):
    texts = [field.statement, *(r.title for r in field.rungs)]
    for step in _steps(field):
        texts += [step.title, step.done_when]
        assert 5 <= step.minutes <= 120, step.title
        assert step.done_when.strip(), step.title
    for text in texts:
        assert _slots(text) <= SLOTS, text
    if field.rate:
        for text in (field.rate.statement, field.rate.rung):
            assert _slots(text) <= RATE_SLOTS, text
    for attack in [field.attack, *(o.attack for o in field.obstacles)]:
        assert attack.attacks and attack.times >= 1, attack.title


def test_enough_fields_with_enough_examples():
    assert len(ROUTED) >= 40
    thin = [f.key for f in ROUTED if len(f.examples) < 3]
    assert thin == []


def test_the_shipped_index_matches_the_examples():
    import numpy as np

    with np.load(index_path()) as shipped:
        assert str(shipped["digest"]) == digest(examples_of(PLAYBOOKS)), "run `make fields-index`"


def test_examples_route_to_their_own_field_when_left_out():
    """Leave-one-out: each example, its own vector removed, still routes to its field
    (routing as ``route`` does it: top-3 mean similarity plus the keyword weight)."""
    import numpy as np

    from assistant.language import normalize
    from assistant.playbooks.routing import _KEYWORD_BONUS, _example_vectors

    keys, vectors = _example_vectors(tuple(ROUTED))
    keys = np.array(keys)
    texts = [t for f in ROUTED for t in f.examples]
    sims = vectors @ vectors.T
    right = 0
    for i, text in enumerate(texts):
        row = sims[i].copy()
        row[i] = -1.0
        said = normalize(text)

        def score(field, row=row, text=said):
            top = np.sort(row[keys == field.key])[::-1][:3]
            hits = field.matches(text)
            return float(top.mean()) + (_KEYWORD_BONUS * min(hits, 6) ** 0.5 if hits else 0.0)

        right += max(ROUTED, key=score).key == keys[i]
    assert right / len(texts) >= 0.8, right / len(texts)


@pytest.mark.parametrize(
    "goal", ["get my garage band to play a gig", "build a ship in a bottle", "learn to brew beer"]
)
def test_goals_no_field_knows_are_not_forced_into_one(goal):
    assert route(goal, tuple(ROUTED)).field is None
