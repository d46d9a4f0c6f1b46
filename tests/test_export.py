"""Exports as the apps that read them see them: Markdown rendered to HTML and read back,
iCalendar parsed by ``icalendar``, Todoist CSV parsed by ``csv``, JSON round trips."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from assistant.config import Settings
from assistant.errors import InputError
from assistant.export import from_markdown, to_ics, to_json, to_markdown, to_todoist_csv
from assistant.export.markdown import metric_text
from assistant.export.todoist import COLUMNS
from assistant.models import Metric, Plan
from assistant.schedule import schedule, session_dates
from assistant.validators import validate_plan
from tests.plans import TODAY, good_plan, good_plan_data, planted_bad_plan

HOSTILE = [
    "](javascript:alert(1))",
    "[click](javascript:alert(1))",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "Line one\nline two\r\n# not a heading",
    "Pipes | in | a | table",
    "Emoji 🏃‍♀️ run 5 km 🎉",
    "ركض خمسة كيلومترات كل صباح",  # right-to-left
    "\u202eevil override\u202c and back",
    "**bold** _em_ `code` ~~gone~~ $x$ %%hidden%% ==mark== #tag @mention [[wiki]]",
    "&lt;script&gt; &amp; entities",
    "<!-- task:t1 --> fake marker -->",
    "back\\slash at the end\\",
    "1. looks like a list",
    "- [x] looks like a ticked box",
]
# what markdown-it may emit for an export: no links, images, scripts or raw user HTML
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "strong", "em", "code", "blockquote", "table",
                "thead", "tbody", "tr", "th", "td", "s", "del"}  # fmt: skip


def hostile_plan() -> Plan:
    """The good plan with a hostile string in every free-text field a person can see."""
    data = good_plan_data()
    data["goal"]["statement"] = HOSTILE[2] + " run 21.1 km"
    data["goal"]["why"] = HOSTILE[0]
    data["constraint"] = HOSTILE[3]
    data["constraint_strategy"] = HOSTILE[9]
    data["assumptions"].append({"text": HOSTILE[4], "source": "assumed"})
    data["owners"] = ["Sam", "<b>Al</b>"]
    tasks = [t for m in data["milestones"] for t in m["tasks"]]
    for text, t in zip(HOSTILE, tasks, strict=False):
        t["title"] = text
        t["done_when"] = "done when " + text
    for text, m in zip(reversed(HOSTILE), data["milestones"], strict=False):
        m["title"] = text
    data["milestones"][0]["tasks"][0]["owner"] = "<b>Al</b>"
    data["leading_indicators"][0]["name"] = HOSTILE[10]
    return Plan.model_validate(data)


def full_markdown(plan: Plan) -> str:
    sched = schedule(plan, Settings(), TODAY)
    return to_markdown(plan, validate_plan(plan, Settings(), TODAY) + sched.findings, sched)


def rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


# --- Markdown: round trip --------------------------------------------------------------------


@pytest.mark.parametrize("make", [good_plan, planted_bad_plan, hostile_plan])
def test_markdown_export_then_import_is_the_same_plan(make):
    plan = make()
    assert from_markdown(full_markdown(plan)) == plan
    assert from_markdown(to_markdown(plan)) == plan


def test_ticking_a_box_makes_that_task_done():
    plan = good_plan()
    text = full_markdown(plan).replace(
        "- [ ] Register for the Riverside half marathon",
        "- [x] Register for the Riverside half marathon",
    )
    back = from_markdown(text)
    assert back.task("t9").status == "done"
    assert [t.id for t in back.tasks() if t.status == "done"] == ["t9"]
    assert back.model_copy(update={"milestones": plan.milestones}) == plan  # nothing else moved


def test_unticking_reopens_and_striking_through_drops():
    data = good_plan_data()
    data["milestones"][0]["tasks"][0]["status"] = "done"
    plan = Plan.model_validate(data)
    text = to_markdown(plan)
    assert "- [x] Buy running shoes" in text
    text = text.replace(
        "- [x] Buy running shoes fitted at a running store",
        "- [ ] Buy running shoes fitted at a running store",
    )
    text = text.replace(
        "- [ ] Run the Riverside half marathon <!--",
        "- [ ] ~~Run the Riverside half marathon~~ <!--",
    )
    back = from_markdown(text)
    assert back.task("t1").status == "todo" and back.task("t10").status == "dropped"
    assert from_markdown(to_markdown(back)) == back


def test_edited_titles_come_back_unescaped():
    text = to_markdown(good_plan())
    text = text.replace(
        "Buy running shoes fitted at a running store <!--", r"Buy shoes \(size 44\) & socks <!--"
    )
    text = text.replace("### 2. Run 10 km without stopping", "### 2. Run 10 km non-stop *easily*")
    back = from_markdown(text)
    assert back.task("t1").title == "Buy shoes (size 44) & socks"
    assert back.milestones[1].title == "Run 10 km non-stop *easily*"


def test_hostile_titles_survive_with_their_meaning():
    plan = hostile_plan()
    back = from_markdown(full_markdown(plan))
    assert [t.title for t in back.tasks()] == [t.title for t in plan.tasks()]
    assert back.task("t5").title == HOSTILE[4]  # newlines kept in the data, collapsed on the page
    page = html.unescape(re.sub(r"<[^>]+>", "", rendered(full_markdown(plan))))
    shown = [t.title for t in plan.tasks()] + [m.title for m in plan.milestones]
    shown += [plan.leading_indicators[0].name, plan.goal.why, plan.constraint]
    assert set(HOSTILE) <= set(shown)
    for text in shown:
        assert " ".join(text.split()) in page, text  # a reader sees the literal text


def test_hostile_titles_never_inject_markup():
    page = rendered(full_markdown(hostile_plan()))
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "javascript:" not in re.sub(r"[^<]*", "", page)  # nowhere inside a tag
    assert "href" not in page and "src=" not in page.replace("src=x", "")
    tags = {m.group(1) for m in re.finditer(r"<(\w+)", page)}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert page.count("<h1>") == 1 and page.count("<h3>") == 4  # no heading injected


def test_markdown_has_every_section_a_person_needs():
    plan = good_plan()
    data = good_plan_data()
    data["assumptions"].append({"text": "Sam has 5 hours a week", "source": "assumed"})
    text = full_markdown(Plan.model_validate(data))
    for part in ("# Run the Riverside half marathon", "**Metric:**", "**Deadline:** 2027-02-28",
                 "## Constraint and strategy", "## Assumptions", "(assumed: check this)",
                 "### 1. Run 5 km without stopping", "- [ ] Buy running shoes", "60 min",
                 "due 2026-11-26", "Done when: Shoes bought", "## Weekly schedule",
                 "| 2026-11-23 | 2.6 h |", "## Findings"):  # fmt: skip
        assert part in text, part
    assert "Sam can run 3 km today (stated)" in to_markdown(plan)


def test_findings_and_overflow_show_in_the_markdown():
    data = good_plan_data()
    data["capacity_hours_per_week"] = 2.5
    text = full_markdown(Plan.model_validate(data))
    assert "over by 0.6 h" in text and "`schedule.over_capacity`" in text


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.split("<!-- goalsmith:plan")[0], "block is missing"),
        (lambda t: t.replace('"version": 1,', '"version": 1'), "block is damaged"),
        (lambda t: t.rstrip().removesuffix("-->"), "never closed"),
        (lambda t: t.replace("<!-- task:t3 -->", "<!-- task:t99 -->"), "`t99` is not in the plan"),
        (lambda t: t.replace("<!-- task:t3 -->", "<!-- task:t2 -->"), "task `t2` appears twice"),
        (lambda t: t.replace("Run 30 minutes at an easy pace <!--", "  <!--"), "title is empty"),
        (lambda t: t.replace('_per_week": 5.0', '_per_week": -1'), "not valid"),
        (lambda t: "just some notes\n", "block is missing"),
    ],
    ids=["no-block", "bad-json", "unclosed", "unknown-id", "duplicate", "empty-title", "invalid",
         "notes"],
)  # fmt: skip
def test_malformed_markdown_is_one_clear_error(damage, message):
    with pytest.raises(InputError) as info:
        from_markdown(damage(to_markdown(good_plan())))
    assert message in str(info.value) and "\n" not in str(info.value)


def test_damaged_json_error_names_the_line():
    text = to_markdown(good_plan()).replace('"version": 1,', '"version": 1')
    line = next(k for k, row in enumerate(text.split("\n"), 1) if row.startswith(' "created_at"'))
    with pytest.raises(InputError, match=rf"^line {line}: "):
        from_markdown(text)


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(titles=st.lists(_text.filter(str.strip), min_size=3, max_size=3), why=_text)
def test_any_text_round_trips_and_renders_inert(titles, why):
    data = good_plan_data()
    for t, title in zip(data["milestones"][0]["tasks"], titles, strict=True):
        t["title"] = title
    data["goal"]["why"] = why
    plan = Plan.model_validate(data)
    text = to_markdown(plan)
    assert from_markdown(text) == plan
    tags = {m.group(1) for m in re.finditer(r"<(\w+)", rendered(text))}
    assert tags <= ALLOWED_TAGS


# --- JSON ------------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [good_plan, planted_bad_plan, hostile_plan])
def test_json_round_trips_exactly(make):
    plan = make()
    assert Plan.model_validate_json(to_json(plan)) == plan


# --- iCalendar -------------------------------------------------------------------------------


def parsed_ics(plan: Plan, with_schedule: bool = False) -> icalendar.Calendar:
    sched = schedule(plan, Settings(), TODAY) if with_schedule else None
    return icalendar.Calendar.from_ical(to_ics(plan, sched))


def test_ics_has_every_milestone_as_an_all_day_event():
    plan = good_plan()
    events = {str(e["uid"]): e for e in parsed_ics(plan).walk("VEVENT")}
    for m in plan.milestones:
        event = events[f"p-halfmarathon.milestone.{m.id}@goalsmith"]
        assert event.decoded("dtstart") == m.deadline and not isinstance(
            event.decoded("dtstart"), dt.datetime
        )
        assert event.decoded("dtend") == m.deadline + dt.timedelta(days=1)
        assert m.title in str(event["summary"])
    assert events["p-halfmarathon.goal.deadline@goalsmith"].decoded("dtstart") == plan.goal.deadline


def test_ics_has_every_one_off_task_as_a_todo_with_its_dates():
    plan = good_plan()
    todos = {str(t["uid"]): t for t in parsed_ics(plan, with_schedule=True).walk("VTODO")}
    one_offs = [t for t in plan.tasks() if t.recurrence is None]
    assert len(todos) == len(one_offs) == 3
    for task in one_offs:
        todo = todos[f"p-halfmarathon.task.{task.id}@goalsmith"]
        assert str(todo["summary"]) == task.title
        assert todo.decoded("due") == task.due
        estimate = icalendar.vDuration.from_ical(str(todo["estimated-duration"]))
        assert estimate == dt.timedelta(minutes=task.estimate_minutes)
        assert todo.decoded("dtstart") <= task.due
        assert "duration" not in todo  # RFC 5545: DUE and DURATION never together
    assert todos["p-halfmarathon.task.t10@goalsmith"].decoded("dtstart") == dt.date(2027, 2, 22)
    related = todos["p-halfmarathon.task.t10@goalsmith"]["related-to"]
    assert (
        str(related) == "p-halfmarathon.task.t9@goalsmith"
        and related.params["RELTYPE"] == "DEPENDS-ON"
    )


def test_ics_has_an_evening_event_for_every_session_of_a_recurring_task():
    plan = good_plan()
    events = [e for e in parsed_ics(plan).walk("VEVENT") if ".session." in str(e["uid"])]
    for task in (t for t in plan.tasks() if t.recurrence):
        mine = [e for e in events if str(e["uid"]).startswith(f"p-halfmarathon.session.{task.id}.")]
        starts = sorted(e.decoded("dtstart") for e in mine)
        assert [s.date() for s in starts] == session_dates(task, plan)
        assert all(s.tzinfo is None and s.time() >= dt.time(18, 0) for s in starts)  # floating
        assert {e.decoded("duration") for e in mine} == {
            dt.timedelta(minutes=task.estimate_minutes)
        }


def test_ics_uids_are_stable_and_sequence_follows_the_version():
    plan = good_plan()
    v2 = plan.next_version("moved the race")
    v2.milestones[3].tasks[2].title = "Run the half marathon in under 2 hours"
    one, two = parsed_ics(plan), parsed_ics(v2)
    uids = lambda cal: sorted(str(c["uid"]) for c in cal.walk() if "uid" in c)  # noqa: E731
    assert uids(one) == uids(two) and len(set(uids(one))) == len(uids(one))
    assert {int(c["sequence"]) for c in two.walk() if "uid" in c} == {1}
    assert {int(c["sequence"]) for c in one.walk() if "uid" in c} == {0}


def test_ics_status_follows_the_task():
    data = good_plan_data()
    data["milestones"][0]["tasks"][0]["status"] = "done"
    data["milestones"][3]["tasks"][2]["status"] = "dropped"
    data["milestones"][0]["tasks"][2]["sessions_done"] = ["2026-11-23"]
    cal = parsed_ics(Plan.model_validate(data))
    todos = {str(t["uid"]).split(".")[-1]: t for t in cal.walk("VTODO")}
    assert str(todos["t1@goalsmith"]["status"]) == "COMPLETED"
    assert str(todos["t10@goalsmith"]["status"]) == "CANCELLED"
    assert (
        str(todos["t9@goalsmith"]["status"]) == "NEEDS-ACTION"
        and int(todos["t9@goalsmith"]["priority"]) == 5
    )
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    done = events["p-halfmarathon.session.t3.20261123@goalsmith"]
    assert str(done["summary"]).startswith("✓ ") and "Done." in str(done["description"])
    assert not str(events["p-halfmarathon.session.t3.20261127@goalsmith"]["summary"]).startswith(
        "✓"
    )
    # a done one-off shows ticked; a dropped one is cancelled, so calendars take it away
    assert str(events["p-halfmarathon.session.t1@goalsmith"]["summary"]).startswith("✓ ")
    dropped = events["p-halfmarathon.session.t10@goalsmith"]
    assert str(dropped["status"]) == "CANCELLED" and str(dropped["summary"]).startswith("Cancelled")


def test_ics_keeps_hostile_text_as_text():
    plan = hostile_plan()
    cal = parsed_ics(plan)
    titles = {
        str(t["summary"]).removeprefix("✓ ") for t in cal.walk() if t.name in ("VTODO", "VEVENT")
    }
    assert {t.title.replace("\r\n", "\n") for t in plan.tasks()} <= titles


# --- Todoist CSV -----------------------------------------------------------------------------


def csv_rows(plan: Plan, with_schedule: bool = False) -> tuple[list[str], list[dict]]:
    sched = schedule(plan, Settings(), TODAY) if with_schedule else None
    reader = csv.DictReader(io.StringIO(to_todoist_csv(plan, sched), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_csv_has_todoists_columns_and_a_meta_row():
    header, rows = csv_rows(good_plan())
    assert header == COLUMNS == [
        "TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE",
        "DATE_LANG", "TIMEZONE", "DURATION", "DURATION_UNIT", "DEADLINE", "DEADLINE_LANG",
    ]  # fmt: skip
    assert rows[0]["TYPE"] == "meta" and rows[0]["CONTENT"] == "view_style=list"
    assert {r["TYPE"] for r in rows[1:]} == {"task"}
    assert all(
        r["PRIORITY"] in {"1", "2", "3", "4"} and r["INDENT"] in {"1", "2"} for r in rows[1:]
    )


def test_csv_nests_open_tasks_under_their_milestones():
    data = good_plan_data()
    data["milestones"][0]["tasks"][0]["status"] = "done"
    plan = Plan.model_validate(data)
    _, rows = csv_rows(plan, with_schedule=True)
    parents = [r for r in rows if r["INDENT"] == "1"]
    assert [r["CONTENT"] for r in parents] == [f"Milestone: {m.title}" for m in plan.milestones]
    assert [r["DEADLINE"] for r in parents] == [str(m.deadline) for m in plan.milestones]
    current, under = None, {}
    for r in rows[1:]:
        if r["INDENT"] == "1":
            current = r["CONTENT"]
        else:
            under.setdefault(current, []).append(r["CONTENT"])
    for m in plan.milestones:
        assert under.get(f"Milestone: {m.title}", []) == [
            t.title for t in m.tasks if t.status == "todo"
        ]
    by_id = {
        r["DESCRIPTION"].rsplit("/", 1)[-1]: r for r in rows if "Goalsmith:" in r["DESCRIPTION"]
    }
    assert "t1" not in by_id  # done tasks are not imported into Todoist
    race = by_id["t10"]
    assert race["DATE"] == "2027-02-22" and race["DEADLINE"] == "2027-02-28"
    assert (
        race["DURATION"] == "120" and race["DURATION_UNIT"] == "minute" and race["PRIORITY"] == "4"
    )
    calendar = by_id["t2"]
    assert calendar["DATE"] == "every mon starting 2026-11-23 until 2026-12-13"
    assert calendar["PRIORITY"] == "1" and calendar["DEADLINE"] == ""
    assert by_id["t3"]["DATE"] == "every mon, fri starting 2026-11-23 until 2026-12-13"


def test_csv_keeps_hostile_text_on_one_line():
    plan = hostile_plan()
    _, rows = csv_rows(plan)
    contents = [r["CONTENT"] for r in rows if r["INDENT"] == "2"]
    assert contents == [" ".join(t.title.split()) for t in plan.tasks()]
    assert all("\n" not in v and "\r" not in v for r in rows for v in r.values())


def test_markdown_names_what_a_task_waits_on_by_title_never_by_id():
    from assistant.export.markdown import PLAN_BLOCK_START, to_markdown

    text = to_markdown(good_plan()).split(PLAN_BLOCK_START)[0]  # what a person reads
    assert "after “Buy running shoes fitted at a running store”" in text
    assert "after `t1`" not in text and "after `t5`" not in text


@pytest.mark.parametrize(
    ("baseline", "target", "unit", "line"),
    [(22000.0, 150000.0, "KES", "money saved: from 22,000 KES to 150,000 KES (lagging)"),
     (3200.0, 10000.0, "steps", "money saved: from 3,200 to 10,000 steps (lagging)"),
     (50.0, 80.0, "%", "money saved: from 50 to 80\\% (lagging)")],
)  # fmt: skip
def test_a_metric_from_a_starting_point_reads_with_a_space_before_its_target(
    baseline, target, unit, line
):
    metric = Metric(name="money saved", target=target, unit=unit, baseline=baseline, kind="lagging")
    assert metric_text(metric) == line


@pytest.mark.parametrize(
    ("name", "unit", "line"),
    [("appeal steps done", "steps done", "appeal steps done: 2 (progress)"),
     ("boxes sorted and labelled", "sorted and labelled", "boxes sorted and labelled: 2 (progress)"),
     ("rooms painted", "rooms", "rooms painted: 2 rooms (progress)")],
)  # fmt: skip
def test_a_metric_whose_name_says_its_unit_does_not_say_it_twice(name, unit, line):
    assert metric_text(Metric(name=name, target=2, unit=unit, kind="progress")) == line
