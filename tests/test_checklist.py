"""The clean Markdown checklist: Obsidian Tasks dates and repeats, inert text, ticks read back
by title against the plan it came from."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from markdown_it import MarkdownIt

from assistant.errors import InputError
from assistant.export import from_markdown, to_checklist
from assistant.export.checklist import recurrence_words
from assistant.models import Plan
from tests.plans import TODAY, good_plan, good_plan_data
from tests.test_export import ALLOWED_TAGS, hostile_plan

# The Tasks plugin reads signifiers from the end of the line: 📅 due, 🛫 start, 🔁 repeat, ⏫
TASKS_LINE = re.compile(
    r"^- \[[ x]\] .+?(?: ⏫)?(?: 🔁 every (?:day|week on [A-Z][a-z]+day(?:, [A-Z][a-z]+day)*|"
    r"month on the \w+(?:, \w+)*))?(?: 🛫 \d{4}-\d{2}-\d{2})? 📅 \d{4}-\d{2}-\d{2}$"
)


def test_every_task_line_is_in_the_tasks_plugin_format_and_nothing_is_hidden():
    plan = good_plan()
    text = to_checklist(plan, today=TODAY)
    lines = [line for line in text.splitlines() if line.startswith("- [")]
    assert len(lines) == len(plan.tasks())
    assert all(TASKS_LINE.match(line) for line in lines), lines
    assert "<!--" not in text and "goalsmith:plan" not in text
    assert not re.search(r"\bt\d+\b", text)  # no internal task ids in what people read


@pytest.mark.parametrize(
    "rhythm, words",
    [
        ({"times": 1, "per": "week"}, "every week on Monday"),
        ({"times": 3, "per": "week"}, "every week on Monday, Wednesday, Saturday"),
        ({"times": 1, "per": "day"}, "every day"),
        ({"times": 2, "per": "month"}, "every month on the 9th, 23rd"),
    ],
)
def test_recurrence_words_are_ones_the_tasks_plugin_understands(rhythm, words):
    data = good_plan_data()
    data["milestones"][0]["tasks"][2]["recurrence"] = rhythm
    plan = Plan.model_validate(data)
    assert recurrence_words(plan.task("t3"), plan) == words


def test_a_recurring_tasks_due_date_is_its_next_open_session():
    data = good_plan_data()
    data["milestones"][0]["tasks"][2]["sessions_done"] = ["2026-11-23", "2026-11-27"]
    plan = Plan.model_validate(data)
    line = next(
        line for line in to_checklist(plan, today=TODAY).splitlines() if "Run 30 minutes" in line
    )
    assert line.endswith("📅 2026-11-30")
    assert "2 of 6 sessions done" in to_checklist(plan, today=TODAY)


def test_hostile_text_renders_inert_in_the_clean_checklist():
    page = (
        MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .render(to_checklist(hostile_plan()))
    )
    assert {m.group(1) for m in re.finditer(r"<(\w+)", page)} <= ALLOWED_TAGS
    assert page.count("<h1>") == 1


def test_ticks_come_back_by_title_even_when_titles_repeat_across_milestones():
    plan = good_plan()
    text = to_checklist(plan, today=TODAY)
    # "Block three run slots..." is in every milestone: tick the second milestone's one
    parts = text.split("### 2.")
    parts[1] = parts[1].replace(
        "- [ ] Block three run slots in the calendar for next week ⏫ 🔁 every week on Monday "
        "🛫 2026-12-14 📅 2026-12-14",
        "- [x] Block three run slots in the calendar for next week ⏫ 🔁 every week on Monday "
        "🛫 2026-12-14 📅 2026-12-14 ✅ 2026-12-14",
        1,
    )
    text = "### 2.".join(parts).replace("- [ ] Register for", "- [x] Register for")
    back = from_markdown(text, plan)
    assert back.task("t4").sessions_done == [dt.date(2026, 12, 14)]
    assert [t.id for t in back.tasks() if t.sessions_done] == ["t4"]
    assert back.task("t9").status == "done"
    unchanged = back.model_copy(update={"milestones": plan.milestones})
    assert unchanged == plan  # nothing else moved


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda t: t.replace("Buy running shoes", "Buy a bike"), "no task titled 'Buy a bike"),
        (
            lambda t: t.replace(
                "- [ ] Register for", "- [x] Register for the race\n- [ ] Register for"
            ),
            "no task titled",
        ),
        (
            lambda t: t.replace(
                "📅 2026-11-26",
                "📅 2026-11-26\n- [ ] Buy running shoes fitted at a running store 📅 2026-11-26",
            ),
            "appears twice",
        ),  # fmt: skip
        (
            lambda t: t.replace(
                "- [ ] Run 30 minutes at an easy pace 🔁 every week on Monday, Friday 🛫 "
                "2026-11-23 📅 2026-11-23",
                "- [x] Run 30 minutes at an easy pace 📅 2027-03-01",
            ),
            "a week without a session",
        ),
    ],
    ids=["unknown-title", "renamed", "duplicate-one-off", "session-out-of-series"],
)
def test_a_checklist_that_cannot_be_matched_is_one_clear_error(damage, message):
    plan = good_plan()
    with pytest.raises(InputError) as info:
        from_markdown(damage(to_checklist(plan, today=TODAY)), plan)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_without_the_plan_it_came_from_a_clean_checklist_says_how_to_import_it():
    with pytest.raises(InputError, match="--plan PLAN_ID.*--roundtrip"):
        from_markdown(to_checklist(good_plan()))
