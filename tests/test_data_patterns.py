"""Every pattern a data file's row holds is checked when the file loads: a bad one is a
ValidationError naming the fault (so the loaders' one-line InputError says which file), never
an re.error escaping from the first goal that reaches it."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from assistant.engines.offline.step_order_table import Prepares
from assistant.language.exam_days import ExamDay
from assistant.language.patterns import Regex
from assistant.playbooks.obstacle_kinds import CueSense
from assistant.playbooks.plan_parts import PlanPart

BAD = ["(unclosed", "[a-", "*starts with a star", "a{2,1}"]


@pytest.mark.parametrize("pattern", BAD)
def test_a_pattern_that_does_not_compile_is_refused_saying_why(pattern):
    with pytest.raises(ValidationError, match="not a valid regex"):
        TypeAdapter(Regex).validate_python(pattern)


@pytest.mark.parametrize("pattern", [r"\bpassport\b", "", r"(?:night|late) shifts?"])
def test_a_pattern_that_compiles_is_kept_as_written(pattern):
    assert TypeAdapter(Regex).validate_python(pattern) == pattern


@pytest.mark.parametrize(
    "build",
    [
        lambda p: ExamDay(name="x", pattern=p, months=(6,), day="5", note="n"),
        lambda p: Prepares(title=p),
        lambda p: PlanPart(key="k", about="a", said=p),
        lambda p: CueSense(about="a", pattern=p, means="m"),
    ],
    ids=["exam day", "step order", "plan part", "cue sense"],
)
def test_each_data_row_with_a_pattern_refuses_a_bad_one(build):
    assert build(r"\bfine\b") is not None  # the row is otherwise valid
    with pytest.raises(ValidationError, match="not a valid regex"):
        build("(unclosed")
