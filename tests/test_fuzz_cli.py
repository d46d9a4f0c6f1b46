"""Random JSON, Markdown, review files, assess lines and answers thrown at the CLI in-process:
whatever comes in, the answer is a result or one clear line, never exit 70 or a traceback.

2,100 examples in all (check 800, import 600, review 250, assess 300, plan 150), in under a
minute: every call runs in this process (none in a subprocess).
"""

from __future__ import annotations

import functools
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.export import to_markdown
from assistant.models import Plan
from assistant.store import Store
from tests.cli_inprocess import Outcome, run_cli, store_reads_back
from tests.plans import good_plan, good_plan_data

PLAN_ID = "p-halfmarathon"
BIG_INT = "<a 5000-digit integer>"
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

numbers = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e308, 1e-320, BIG_INT]),
)
words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\x1b\ud800"),
    max_size=30,
)
dates = st.sampled_from(
    ["2026-11-23", "9999-12-31", "0001-01-01", "2027-02-30", "2026-13-01", "soon", ""]
)
scalars = st.one_of(st.none(), st.booleans(), numbers, words, dates)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
    max_leaves=12,
)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:
    """Every path into nested dicts and lists, so one value can be swapped for a random one."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def mutated_plans(draw) -> object:
    """A good plan with one value replaced (or the whole thing random)."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    data = good_plan_data()
    path = draw(st.sampled_from(_paths(data)[1:]))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = draw(json_values)
    return data


def _dumps(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    return text.replace(f'"{BIG_INT}"', "9" * 5000)  # json.dumps cannot write such an int


@st.composite
def plan_texts(draw) -> str:
    text = _dumps(draw(mutated_plans()))
    how = draw(st.sampled_from(["as is", "bom", "truncate", "nest", "garbage"]))
    if how == "bom":
        return "\ufeff" + text
    if how == "truncate":
        return text[: draw(st.integers(0, len(text)))]
    if how == "nest":
        depth = draw(st.sampled_from([10, 70, 5000]))
        return "[" * depth + text + "]" * depth
    if how == "garbage":
        return draw(words) + text
    return text


@functools.cache
def _markdown() -> str:
    return to_markdown(good_plan())


@st.composite
def markdown_texts(draw) -> str:
    lines = _markdown().split("\n")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["replace", "insert", "spaces", "block"]))
        if edit == "replace":
            lines[at] = draw(words)
        elif edit == "insert":
            lines.insert(at, draw(st.sampled_from(["- [x] ", "# 1. ", ""])) + draw(words))
        elif edit == "spaces":
            lines[at] = lines[at].replace(" ", " " * draw(st.integers(1, 3000)), 1)
        elif "<!-- goalsmith:plan" in lines:
            start = lines.index("<!-- goalsmith:plan")
            lines[start + 1 : start + 2] = [_dumps(draw(mutated_plans()))]
    return "\n".join(lines)


review_fields = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(words, st.just("r-alpha:slip:0")),
        "week_of": dates,
        "done": st.lists(st.sampled_from(["t1", "t2", "t99", ""]) | words, max_size=4),
        "slipped": st.lists(
            st.sampled_from(["t3", "t1"]) | st.fixed_dictionaries({"task_id": words}), max_size=2
        ),
        "changed": words,
        "metric_readings": st.lists(
            st.fixed_dictionaries({"name": words, "value": numbers}), max_size=2
        ),
        "confidence": numbers,
        "notes": words,
        "plan_id": st.sampled_from([PLAN_ID, "p-other"]),
    },
)
assess_lines = st.lists(
    words | json_values.map(_dumps) | review_fields.map(_dumps), min_size=1, max_size=3
)
answer_keys = st.sampled_from(["deadline", "capacity", "metric", "owners", "baseline", "why"])
answer_values = st.one_of(
    words,
    st.sampled_from(
        ["2027-02-30", "by 31 December 9999", "-5", "500", "NaN", "in 99999999999 weeks",
         "4 hours a week", "Ana, me", "1e400", "by June", "0"]
    ),
)  # fmt: skip


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A store holding one plan (for review), the environment set for the whole module."""
    root = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("GOALSMITH_HOME", str(root / "home"))
        env.setenv("GOALSMITH_OFFLINE", "1")
        env.setenv("GOALSMITH_CHROMA_URL", "none://no-index")
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "GOALSMITH_AUTH"):
            env.delenv(name, raising=False)
        Store(root / "home" / "goalsmith.db").save_plan(good_plan())
        yield root
    assert store_reads_back(root / "home" / "goalsmith.db") == 1


def _never_crashes(outcome: Outcome) -> None:
    assert outcome.code != 70, outcome.err
    assert "Traceback" not in outcome.err and "internal error" not in outcome.err, outcome.err
    if outcome.code == 2:
        first = outcome.err.strip().splitlines()[0]
        assert first.startswith("goalsmith: "), outcome.err


@settings(FUZZ, max_examples=800)
@given(text=plan_texts(), as_json=st.booleans())
def test_check_never_crashes(home, text, as_json):
    (home / "plan.json").write_text(text, encoding="utf-8", errors="surrogatepass")
    args = ["check", str(home / "plan.json"), "--today", "2026-11-22"]
    outcome = run_cli(*args, *(["--json"] if as_json else []))
    _never_crashes(outcome)
    assert outcome.code in (0, 1, 2)


@settings(FUZZ, max_examples=600)
@given(text=markdown_texts())
def test_import_never_crashes(home, text):
    (home / "plan.md").write_text(text, encoding="utf-8", errors="surrogatepass")
    outcome = run_cli("import", str(home / "plan.md"))
    _never_crashes(outcome)
    if outcome.code == 0:
        Plan.model_validate_json(outcome.out)  # what import prints, check and export read


@settings(FUZZ, max_examples=250)
@given(fields=review_fields)
def test_review_never_crashes_and_what_it_stores_loads(home, fields):
    (home / "review.json").write_text(_dumps(fields), encoding="utf-8", errors="surrogatepass")
    outcome = run_cli("review", PLAN_ID, "--file", str(home / "review.json"))
    _never_crashes(outcome)
    if outcome.code == 0:
        stored = Store(home / "home" / "goalsmith.db").reviews(PLAN_ID)
        assert all(math.isfinite(m.value) for r in stored for m in r.metric_readings)


@settings(FUZZ, max_examples=300)
@given(lines=assess_lines, kind=st.sampled_from(["goal", "task"]), jsonl=st.booleans())
def test_assess_never_crashes_and_answers_every_line(home, lines, kind, jsonl):
    stdin = "\n".join(" ".join(line.splitlines()) for line in lines) + "\n"
    args = ["assess", "--kind", kind, *(["--jsonl"] if jsonl else [])]
    outcome = run_cli(*args, stdin=stdin)
    _never_crashes(outcome)
    answered = [json.loads(line) for line in outcome.out.splitlines()]
    assert len(answered) == sum(1 for line in stdin.split("\n") if line.strip())


@settings(FUZZ, max_examples=150)
@given(goal=words, answers=st.dictionaries(answer_keys, answer_values, max_size=3))
def test_plan_never_crashes(home, goal, answers):
    pairs = [arg for key, value in answers.items() for arg in ("-a", f"{key}={value}")]
    args = ["plan", *pairs, "--json", "--today", "2026-11-22", "--", goal or "Run a 10k"]
    outcome = run_cli(*args)
    _never_crashes(outcome)
