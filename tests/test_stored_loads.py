"""Load what you store: any Plan or Review the models accept is stored, loads back equal, and
can still be validated, scheduled and exported. A value the models let through but the store
cannot hold (NaN became null, a date past 9999) would lock a plan; these properties forbid it."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from assistant.config import Settings
from assistant.export import export
from assistant.models import Plan, Review
from assistant.schedule import schedule
from assistant.store import Store
from assistant.validators import validate_plan
from tests.plans import TODAY, good_plan, good_plan_data

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
_ids = itertools.count()

floats = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [0.0, -0.0, 5e-324, 1e308, -1e308, 0.1, 168.0]
)
ints = st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from([0, 1, 10**12, 10**13])
texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\x1b\x00\u202e"),
    max_size=40,
) | st.sampled_from(["x" * 500, "x" * 501, " padded ", "\ud800"])
days = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)) | st.dates(
    dt.date(2026, 11, 23), dt.date(2027, 12, 31)
)


def _leaves(data: object, path: tuple = ()) -> list[tuple[tuple, object]]:
    if isinstance(data, dict):
        return [leaf for k, v in data.items() for leaf in _leaves(v, (*path, k))]
    if isinstance(data, list):
        return [leaf for i, v in enumerate(data) for leaf in _leaves(v, (*path, i))]
    return [(path, data)]


def _like(value: object) -> st.SearchStrategy:
    """A random value of the same kind as ``value``: the model decides what it accepts."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int | float):
        return floats | ints
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value)
            return days.map(dt.date.isoformat)
        except ValueError:
            return texts
    return st.none() | texts


@st.composite
def plan_data(draw) -> dict:
    data = good_plan_data()
    leaves = [leaf for leaf in _leaves(data) if leaf[0][-1] != "id"]
    for path, value in draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=3)):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = draw(_like(value))
    data["id"] = f"p-prop{next(_ids)}"
    return data


@st.composite
def review_data(draw) -> dict:
    task_ids = st.sampled_from([f"t{n}" for n in range(1, 11)])
    return {
        "plan_id": "p-halfmarathon",
        "week_of": draw(days).isoformat(),
        "done": draw(st.lists(task_ids, max_size=4)),
        "slipped": draw(
            st.lists(st.fixed_dictionaries({"task_id": task_ids, "reason": texts}), max_size=2)
        ),
        "changed": draw(texts),
        "metric_readings": draw(
            st.lists(st.fixed_dictionaries({"name": texts, "value": floats | ints}), max_size=2)
        ),
        "confidence": draw(ints | st.integers(1, 10)),
        "notes": draw(texts),
    }


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("props") / "goalsmith.db")
    store.save_plan(good_plan())
    return store


@PROPERTY
@given(data=plan_data())
def test_any_plan_the_model_accepts_is_stored_loads_back_equal_and_still_works(store, data):
    try:
        plan = Plan.model_validate(data)
    except ValidationError:
        assume(False)
    assert Plan.model_validate_json(plan.model_dump_json()) == plan
    loaded = store.get_plan(store.save_plan(plan).id)
    assert loaded == plan
    assert math.isfinite(loaded.capacity_hours_per_week)
    config = Settings(_env_file=None)
    validate_plan(loaded, config, TODAY)
    laid_out = schedule(loaded, config, TODAY)
    for fmt in ("md", "json", "csv"):
        assert export(loaded, fmt, [], laid_out)


@PROPERTY
@given(data=review_data())
def test_any_review_the_model_accepts_is_stored_and_loads_back_equal(store, data):
    try:
        review = Review.model_validate(data)
    except ValidationError:
        assume(False)
    stored = store.add_review(review)
    assert stored.id in {r.id for r in store.reviews("p-halfmarathon")}
    assert next(r for r in store.reviews("p-halfmarathon") if r.id == stored.id) == stored
    assert all(math.isfinite(m.value) for m in stored.metric_readings)
    assert len(set(stored.done)) == len(stored.done)
