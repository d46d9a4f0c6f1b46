"""The app's handlers without gradio or a browser: fast; each asserts what a user sees."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from assistant.config import Settings
from assistant.engines.base import Question
from assistant.errors import InputError, NotFound
from assistant.models import Finding
from tests.plans import TODAY, good_plan
from ui import chat, planview, render, reviewing, safe
from ui.auth import is_loopback, parse_auth, user_of
from ui.burnup import burnup_rows
from ui.server import exposure_warning
from ui.workspace import Workspace

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def ws(tmp_path) -> Workspace:
    return Workspace(Settings(_env_file=None, home=tmp_path, offline=True), today=lambda: TODAY)


# --- who is logged in --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "pairs"),
    [
        (None, []),
        ("  ", []),
        ("alice:pw,bob:pw2", [("alice", "pw"), ("bob", "pw2")]),
        ("alice:p:w:x", [("alice", "p:w:x")]),  # a colon inside the password is kept
        (" alice : pw ", [("alice", " pw")]),
    ],
)
def test_auth_spec_gives_user_password_pairs(spec, pairs):
    assert parse_auth(spec) == pairs


def test_auth_from_a_file_of_lines(tmp_path):
    users = tmp_path / "users"
    users.write_text("# team\nalice:pw\n\nbob:pw2\n")
    assert parse_auth(str(users)) == [("alice", "pw"), ("bob", "pw2")]


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("alice", "neither user:pw pairs nor a readable file"),
        ("alice:", "has no password"),
        ("alice:pw,alice:pw2", "appears twice"),
        ("local:pw", "reserved"),
    ],
)
def test_bad_auth_spec_is_one_clear_error(spec, words):
    with pytest.raises(InputError, match=words):
        parse_auth(spec)


def test_user_is_the_login_name_or_local():
    class Request:
        username = "alice"

    assert user_of(Request()) == "alice"
    assert user_of(None) == "local"
    assert user_of(type("Anonymous", (), {"username": None})()) == "local"


@pytest.mark.parametrize(
    ("host", "login", "warned"),
    [
        ("127.0.0.1", False, False),
        ("localhost", False, False),
        ("::1", False, False),
        ("0.0.0.0", False, True),
        ("192.168.1.5", False, True),
        ("0.0.0.0", True, False),
    ],
)
def test_exposed_address_without_login_is_warned(host, login, warned):
    assert is_loopback(host) is (host in {"127.0.0.1", "localhost", "::1"})
    assert (exposure_warning(host, login) is not None) is warned


# --- safe rendering ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (XSS, "&lt;img src=x onerror=alert(1)&gt;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Run *fast* # 1", r"Run \*fast\* \# 1"),
        ("two\nlines", "two lines"),
    ],
)
def test_text_cannot_form_html_or_markup(raw, shown):
    assert safe.text(raw) == shown


def test_markdown_keeps_markup_but_no_tag_can_form():
    md = f"### {XSS}\n\n- **bold** and `<b>code</b>`\n\n```\n<i>block</i>\n```"
    out = safe.markdown(md)
    assert "<img" not in out and "&lt;img src=x" in out
    assert "**bold**" in out and "`<b>code</b>`" in out and "<i>block</i>" in out


def test_markdown_already_escaped_by_the_exporter_still_reads_right():
    assert safe.markdown(r"### \<img src=x\> goal") == r"### &lt;img src=x\> goal"


def test_markdown_drops_hidden_comments_instead_of_showing_them():
    assert safe.markdown('# Plan\n<!-- goalsmith-plan {"id": 1} -->\nText') == "# Plan\n\nText"
    assert safe.markdown("a <!-- never closed") == "a "


def test_findings_carry_severity_as_words_not_colour():
    findings = [
        Finding(
            code="task.too_big", severity="error", path="milestones[0].tasks[1]", message="Too big"
        ),
        Finding(code="plan.no_quick_win", severity="warning", path="milestones[0]", message=XSS),
    ]
    md = render.findings_md(findings)
    assert "✖ Error" in md and "⚠ Warning" in md and "1 error, 1 warning" in md
    assert "<img" not in md
    assert "No findings" in render.findings_md([])


def test_one_finding_in_five_milestones_reads_as_one_line_in_plain_words():
    same = [
        Finding(
            code="metric.unit_mismatch",
            severity="warning",
            path=f"milestones[{i}].metric",
            message="The metric 'weeks' is counted in 'steps'.",
            suggestion="Count weeks.",
        )
        for i in range(5)
    ]
    other = Finding(code="goal.no_why", severity="info", path="goal.why", message="No why.")
    plain = render.findings_md([*same, other], plain=True)
    assert plain.count("counted in 'steps'") == 1 and "(5 places)" in plain
    assert "5 warnings, 1 note" in plain and "No why." in plain
    assert render.findings_md(same).count("counted in 'steps'") == 5  # with paths, each place


def test_the_milestone_marked_now_is_the_first_whose_date_is_ahead():
    from ui.plan_text import milestones_md

    plan = good_plan()
    second = plan.milestones[1]
    md = milestones_md(plan, plan.milestones[0].deadline + dt.timedelta(days=1))
    assert md.count("(now)") == 1
    assert f"**2. {second.title}** (now)" in md


def test_a_teams_milestones_say_who_does_each_task_and_a_solo_plan_does_not():
    from ui.plan_text import milestones_md

    plan = good_plan()
    solo = plan.model_copy(deep=True)
    for task in solo.tasks():
        task.owner = "me"
    assert " · me · " not in milestones_md(solo, plan.start_date)
    team = plan.model_copy(deep=True)
    team.milestones[0].tasks[0].owner = "Priya"
    md = milestones_md(team, plan.start_date)
    assert f"{team.milestones[0].tasks[0].title} · Priya · " in md


# --- chat --------------------------------------------------------------------------------


class ScriptedConversation:
    """Stands in for a Conversation: replies from a script and reports progress."""

    def __init__(self, turns):
        self.turns = list(turns)
        self.sent: list[str] = []

    def send(self, text, progress):
        self.sent.append(text)
        progress("drafting", "offline engine")
        progress("repairing", "1 finding (round 1)")
        turn = self.turns.pop(0)
        if isinstance(turn, Exception):
            raise turn
        return turn


def _turn(message, plan=None, questions=()):
    from assistant.conversation import Turn

    return Turn(
        "plan" if plan else "clarify", message, list(questions), plan, [], "offline planner, no LLM"
    )


def test_chat_shows_progress_then_the_plan_and_saves_it_once(ws):
    plan = good_plan()
    session = chat.ChatSession(
        conversation=ScriptedConversation([_turn("Here is a plan", plan)] * 2)
    )
    updates = list(chat.respond(ws, session, "just plan it", "alice"))
    progress = [u.history[-1]["content"] for u in updates if u.busy]
    assert any("Drafting the plan" in p for p in progress)
    assert any("Repairing" in p and "round 1" in p for p in progress)
    final = updates[-1]
    assert final.saved_plan_id == plan.id and not final.busy
    assert final.history[0] == {"role": "user", "content": "just plan it"}
    assert (
        "Here is a plan" in final.history[-1]["content"] and "Saved" in final.history[-1]["content"]
    )
    assert [s.id for s in ws.store.list_plans("alice")] == [plan.id]
    # the same plan version again (e.g. a refused revision) is not saved twice
    again = list(chat.respond(ws, session, "hmm", "alice"))[-1]
    assert again.saved_plan_id is None and ws.store.versions(plan.id, "alice") == [1]
    assert ws.store.list_plans("bob") == []


def test_chat_questions_and_user_text_are_escaped(ws):
    q = Question(key="deadline", question="By when?", why="A date makes it time-bound")
    session = chat.ChatSession(
        conversation=ScriptedConversation([_turn(f"About {XSS}: 1. By when?", questions=[q])])
    )
    final = list(chat.respond(ws, session, XSS, "local"))[-1]
    assert final.saved_plan_id is None
    assert all("<img" not in m["content"] for m in final.history)
    assert "&lt;img src=x onerror=alert(1)&gt;" in final.history[0]["content"]


def test_chat_failure_is_one_line_and_the_chat_goes_on(ws):
    session = chat.ChatSession(
        conversation=ScriptedConversation([InputError("deadline is in the past")])
    )
    final = list(chat.respond(ws, session, "plan it", "local"))[-1]
    assert final.history[-1]["content"] == "**✖ Error:** deadline is in the past"
    assert list(chat.respond(ws, session, "   ", "local"))[-1].history == final.history


def test_chat_with_the_real_conversation_asks_then_plans(ws):
    session = chat.ChatSession()
    asked = list(chat.respond(ws, session, "I want to run a half marathon", "local"))[-1]
    assert asked.saved_plan_id is None and "just plan it" in asked.history[-1]["content"].lower()
    planned = list(chat.respond(ws, session, "just plan it", "local"))[-1]
    assert planned.saved_plan_id and "offline planner" in planned.history[-1]["content"]


# --- plan tab ----------------------------------------------------------------------------


def test_ticking_saves_at_once_and_only_for_this_user(ws):
    plan = ws.store.save_plan(good_plan(), "alice")
    view = planview.tick(ws, plan.id, ["t1", "t9"], "alice")
    assert view.done == ["t1", "t9"] and "2 of 31 done" in view.summary
    assert planview.plan_view(ws, plan.id, "alice").done == ["t1", "t9"]
    view = planview.tick(ws, plan.id, ["t9"], "alice")  # unticking is saved too
    assert ws.store.get_plan(plan.id, "alice").task("t1").status == "todo"
    assert view.milestones.count("- ☑ ") == 1  # the milestones list shows the tick too
    with pytest.raises(NotFound):
        planview.plan_view(ws, plan.id, "bob")
    assert planview.plan_choices(ws, "bob") == []


def test_a_weekly_task_is_ticked_one_session_at_a_time(ws):
    plan = ws.store.save_plan(good_plan(), "alice")
    view = planview.plan_view(ws, plan.id, "alice")
    labels = dict((value, label) for label, value in view.task_choices)
    # today is Sun 22 Nov: each recurring task offers its next session, by date, not its id
    assert labels["t3@2026-11-23"] == "Run 30 minutes at an easy pace · Mon 23 Nov"
    assert "t3" not in labels and not any(v.startswith("t4") for v in labels)  # from 14 Dec
    view = planview.tick(ws, plan.id, ["t3@2026-11-23"], "alice")
    stored = ws.store.get_plan(plan.id, "alice")
    assert stored.task("t3").status == "todo" and stored.task("t3").sessions_done == [
        dt.date(2026, 11, 23)
    ]
    assert "1 of 31 done" in view.summary and "1 of 6 sessions done" in view.milestones
    # the next session is offered, and the schedule keeps the series' later weeks
    assert "t3@2026-11-27" in dict((v, lbl) for lbl, v in view.task_choices)
    assert "Week of 07 Dec 2026" in view.schedule and view.schedule.count("Run 30 minutes") == 3
    picker = planview.plan_choices(ws, "alice")
    assert picker[0][0].endswith("(v1, 1/31 done)")
    view = planview.tick(ws, plan.id, [], "alice")  # unticked again
    assert ws.store.get_plan(plan.id, "alice").task("t3").sessions_done == []


def test_plan_view_shows_schedule_today_and_every_export(ws):
    plan = ws.store.save_plan(good_plan(), "local")
    view = planview.plan_view(ws, plan.id, "local")
    assert "Week of 23 Nov 2026" in view.schedule and "Today" in view.today
    files = planview.export_files(ws, view, "local")
    assert set(files) == set(planview.EXPORT_LABELS)
    with open(files["md"], encoding="utf-8") as f:
        text = f.read()
    assert "- [ ] Buy running shoes fitted at a running store 📅 2026-11-26" in text
    assert "<!--" not in text  # a clean checklist


def test_burnup_counts_work_as_progress_does_and_done_up_to_this_week():
    from assistant.schedule.sessions import progress

    plan = good_plan()
    plan.task("t3").sessions_done = [dt.date(2026, 11, 23)]  # one run of the week ticked
    rows = burnup_rows(plan, {"t1": dt.date(2026, 11, 23)}, today=dt.date(2026, 11, 30))
    planned = [r["tasks"] for r in rows if r["series"] == "planned"]
    done = [(r["week"], r["tasks"]) for r in rows if r["series"] == "done"]
    assert planned == sorted(planned) and planned[-1] == progress(plan)[1] == 31
    assert done == [(dt.date(2026, 11, 23), 1), (dt.date(2026, 11, 30), 1)]
    plan.task("t1").status = "done"
    rows = burnup_rows(plan, {"t1": dt.date(2026, 11, 23)}, today=dt.date(2026, 11, 30))
    assert [r["tasks"] for r in rows if r["series"] == "done"] == [2, 2]


def test_the_burnup_chart_has_a_legend_readable_dates_and_a_today_line():
    from ui.burnup import burnup_figure

    plan = good_plan()
    today = dt.date(2026, 12, 9)
    fig = burnup_figure(burnup_rows(plan, {}, today), today)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["planned (due by then)", "done"]
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert 3 <= len(labels) <= 8 and any(m in " ".join(labels) for m in ("Dec", "Jan", "Feb"))
    assert not any(":" in label or "T" in label for label in labels)  # dates, not timestamps
    assert any(t.get_text() == "today" for t in ax.texts)
    assert burnup_figure([], today) is None


# --- review ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "readings"),
    [
        ("", []),
        ("longest run km = 8", [{"name": "longest run km", "value": 8.0}]),
        (
            "runs: 3\nweight = 81.5 kg",
            [{"name": "runs", "value": 3.0}, {"name": "weight", "value": 81.5}],
        ),
    ],
)
def test_metric_readings_are_name_equals_number_lines(raw, readings):
    assert reviewing.parse_readings(raw) == readings


@pytest.mark.parametrize("raw", ["just a note", "runs = many", "= 3"])
def test_unreadable_metric_reading_says_how_to_write_it(raw):
    with pytest.raises(InputError, match="name = number"):
        reviewing.parse_readings(raw)


def _review(ws, plan_id, user="local", **kw):
    fields = dict(
        week_of=None, done=[], slipped=[], changed="", remove="", readings="", confidence=6,
        notes="",
    )  # fmt: skip
    return reviewing.save_review(ws, plan_id, user, **{**fields, **kw})


@pytest.fixture
def midplan(tmp_path) -> Workspace:
    """Wednesday 2 Dec 2026: the plan's second week is under way, its first is last week."""
    settings = Settings(_env_file=None, home=tmp_path, offline=True)
    return Workspace(settings, today=lambda: dt.date(2026, 12, 2))


def test_review_is_stored_for_the_user_even_when_indexing_fails(midplan, monkeypatch):
    ws = midplan
    plan = ws.store.save_plan(good_plan(), "alice")
    monkeypatch.setattr(
        Workspace, "memory", property(lambda self: (_ for _ in ()).throw(OSError("no disk")))
    )
    line = _review(
        ws, plan.id, "alice", done=["t1"], slipped=[("t3", "work ran late")], readings="runs = 1"
    )
    assert "✔ Saved" in line and "23 Nov 2026" in line and "⚠ Warning" in line
    (review,) = ws.store.reviews(plan.id, "alice")
    assert review.done == ["t1"] and review.slipped[0].reason == "work ran late"
    assert review.week_of == dt.date(2026, 11, 23) and review.confidence == 6
    assert ws.store.unindexed_reviews("alice") == [review]
    with pytest.raises(NotFound):
        _review(ws, plan.id, "bob", notes="hello")


def test_the_review_is_of_the_week_just_ending():
    plan = good_plan()  # starts Monday 23 Nov 2026
    assert plan.start_date == dt.date(2026, 11, 23)
    first_monday = dt.date(2026, 11, 23)
    assert reviewing.default_week(plan, first_monday) == first_monday  # no week before the plan
    assert reviewing.default_week(plan, dt.date(2026, 12, 6)) == dt.date(2026, 11, 30)  # Sunday
    assert reviewing.default_week(plan, dt.date(2026, 12, 8)) == dt.date(2026, 11, 30)  # Tuesday


def test_the_form_shows_last_weeks_sessions_with_the_plan_tabs_ticks(midplan):
    ws = midplan
    plan = ws.store.save_plan(good_plan(), "local")
    ws.store.tick_session(plan.id, "t3", dt.date(2026, 11, 23))
    form = reviewing.review_form(ws, ws.store.get_plan(plan.id), "local")
    assert form.week == "2026-11-23" and form.weeks[0] == (
        "Week of 30 Nov 2026 (this week)",
        "2026-11-30",
    )
    assert ("Week of 23 Nov 2026 (last week)", "2026-11-23") in form.weeks
    assert [v for _, v in form.items] == ["t1", "t2@2026-11-23", "t3@2026-11-23", "t3@2026-11-27"]
    assert form.ticked == ["t3@2026-11-23"]
    assert dict((v, lbl) for lbl, v in form.items)["t3@2026-11-27"] == (
        "Run 30 minutes at an easy pace · Fri 27 Nov"
    )
    assert form.tasks[:3] == [  # the week's tasks first; due dates tell equal titles apart
        ("Buy running shoes fitted at a running store (due 26 Nov)", "t1"),
        ("Block three run slots in the calendar for next week (due 13 Dec)", "t2"),
        ("Run 30 minutes at an easy pace (due 13 Dec)", "t3"),
    ]


def test_several_slipped_tasks_each_with_a_reason_and_ticks_are_saved_both_ways(midplan):
    ws = midplan
    plan = ws.store.save_plan(good_plan(), "local")
    ws.store.tick_session(plan.id, "t3", dt.date(2026, 11, 23))
    _review(
        ws,
        plan.id,
        week_of="2026-11-23",
        done=["t1", "t2@2026-11-23"],  # the Monday run unticked: it did not happen after all
        slipped=[("t3", "too tired after work"), (None, ""), ("t9", "race site was down")],
        confidence=5,
    )
    (review,) = ws.store.reviews(plan.id)
    assert review.done == ["t1", "t2"]
    assert [(s.task_id, s.reason) for s in review.slipped] == [
        ("t3", "too tired after work"),
        ("t9", "race site was down"),
    ]
    stored = ws.store.get_plan(plan.id)
    assert stored.task("t1").status == "done" and stored.task("t2").sessions_done == [
        dt.date(2026, 11, 23)
    ]
    assert stored.task("t3").sessions_done == []  # the review's untick reached the Plan tab


@pytest.mark.parametrize(
    "fields, message",
    [
        ({}, "nothing to save yet"),
        ({"week_of": "2026-12-07", "notes": "planning ahead"}, "has not started yet"),
        ({"slipped": [(None, "no time")]}, "has a reason but no task"),
        ({"slipped": [("t3", "a"), ("t3", "b")]}, "listed as slipped twice"),
        ({"done": ["t1"], "slipped": [("t1", "no")]}, "ticked done and listed as slipped"),
        ({"week_of": "last week", "notes": "x"}, "YYYY-MM-DD"),
        ({"readings": "runs = many"}, "name = number"),
    ],
    ids=["empty", "future", "reason-only", "twice", "done-and-slipped", "bad-week", "reading"],
)
def test_bad_reviews_are_refused_with_one_clear_line_and_store_nothing(midplan, fields, message):
    ws = midplan
    plan = ws.store.save_plan(good_plan(), "local")
    with pytest.raises(InputError) as info:
        _review(ws, plan.id, **fields)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert ws.store.reviews(plan.id) == []
    with pytest.raises(InputError, match="pick a plan"):
        _review(ws, None, notes="x")


def test_past_reviews_are_listed_newest_first_with_confidence_over_time(midplan):
    ws = midplan
    plan = ws.store.save_plan(good_plan(), "local")
    _review(ws, plan.id, week_of="2026-11-16", notes="before the start", confidence=7)
    _review(ws, plan.id, week_of="2026-11-23", slipped=[("t3", "rain")], confidence=4)
    history = reviewing.review_form(ws, ws.store.get_plan(plan.id), "local").history
    assert "confidence over time: 7 → 4" in history
    assert history.index("Week of 23 Nov 2026") < history.index("Week of 16 Nov 2026")
    assert "Run 30 minutes at an easy pace (rain)" in history and "t3" not in history


# --- start-up cost -----------------------------------------------------------------------


def test_cli_does_not_import_gradio_or_chromadb():
    code = (
        "import sys, assistant.cli; "
        "print(sorted(m for m in ('gradio', 'chromadb', 'langchain_core') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
