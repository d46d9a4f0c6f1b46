"""Revisions in a real browser: a deadline move with its visible diff, make smaller, undo,
break down in the chat, and the Plan tab's break-down control."""

from __future__ import annotations

import pytest

from tests.test_ui_browser import (  # noqa: F401  (fixtures)
    browser,
    dialogs,
    open_app,
    open_tab,
    page,
    pick_plan,
    seed,
    send,
    serve,
)
from ui.breakdown import break_down

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    server = serve(tmp_path_factory.mktemp("revisions"))
    yield server
    server.demo.close()


def test_deadline_move_make_smaller_undo_and_break_down_each_show_their_diff(page, app):  # noqa: F811
    open_app(page, app)
    chat = page.locator("#chatbot")
    send(page, "I want to get fit by April, 5 hours a week")
    chat.get_by_text("just plan it").first.wait_for()
    send(page, "just plan it")
    chat.get_by_text("Written by").first.wait_for()
    plan = app.ws.store.list_plans("local")[0]
    assert "April" in plan.statement

    send(page, "move the deadline to June")
    chat.get_by_text("Changes from version 1 to 2").first.wait_for()
    text = chat.inner_text()
    assert "Deadline: 30 Apr 2027 → 30 Jun 2027" in text and "30 June 2027" in text
    assert "Planned time" in text
    assert "June" in app.ws.store.get_plan(plan.id, "local").goal.statement
    open_tab(page, "Plan")  # the Plan tab shows the new version, not the one it last drew
    page.get_by_text("Version 2, deadline 30 Jun 2027").first.wait_for()
    open_tab(page, "Chat")

    send(page, "make the tasks smaler pls")
    chat.get_by_text("Changes from version 2 to 3").first.wait_for()
    assert "Add '" in chat.inner_text()
    smaller = app.ws.store.get_plan(plan.id, "local")
    assert len(smaller.tasks()) > len(app.ws.store.get_plan(plan.id, "local", 2).tasks())

    send(page, "undo that")
    chat.get_by_text("Changes from version 3 to 4").first.wait_for()
    assert "back to version 2" in chat.inner_text() and "Remove '" in chat.inner_text()
    restored = app.ws.store.get_plan(plan.id, "local")
    assert [t.id for t in restored.tasks()] == [
        t.id for t in app.ws.store.get_plan(plan.id, "local", 2).tasks()
    ]

    send(page, "break down t2")
    chat.get_by_text("Changes from version 4 to 5").first.wait_for()
    assert "broke t2 into" in chat.inner_text()
    assert app.ws.store.versions(plan.id, "local") == [1, 2, 3, 4, 5]

    break_down(app.ws, plan.id, "t3", "mild (2-3 steps)", "local")  # the Plan tab's version 6
    send(page, "undo")  # the chat starts from the latest stored version, not its own copy
    chat.get_by_text("Changes from version 6 to 7").first.wait_for()
    assert "back to version 5" in chat.inner_text()
    assert [t.id for t in app.ws.store.get_plan(plan.id, "local").tasks()] == [
        t.id for t in app.ws.store.get_plan(plan.id, "local", 5).tasks()
    ]
    send(page, "go back to version 7")
    chat.get_by_text("already at version 7").first.wait_for()
    assert app.ws.store.versions(plan.id, "local")[-1] == 7  # nothing saved for a no-op


def test_the_plan_tab_breaks_one_task_down_at_a_detail_level(page, app):  # noqa: F811
    seeded = seed(app.ws, plan_id="p-breakdown", statement="Break down this plan")
    task = next(t for t in seeded.tasks() if not t.recurrence and t.estimate_minutes >= 60)
    open_app(page, app)
    pick_plan(page, "Break down this plan")
    page.locator("#breakdown").get_by_text("Break a task down into steps").click()
    page.get_by_label("spicy (5-8 steps)").check()
    row = page.locator("#breakdown-tasks .row").filter(has_text=f"{task.id} · {task.title[:40]}")
    row.get_by_role("button", name="Break down").click()
    page.locator("#breakdown-result").get_by_text("Saved as version 2").wait_for()
    new = app.ws.store.get_plan("p-breakdown", "local")
    added = [t for t in new.tasks() if t.id not in {x.id for x in seeded.tasks()}]
    assert 4 <= len(added) <= 7 and all(t.done_when for t in added)
    assert "Add '" in page.locator("#breakdown-result").inner_text()
    page.locator("#milestones").get_by_text(added[0].title).first.wait_for()
    # the buttons follow the new version: the task is now short steps, too small to split again
    row.first.wait_for(state="detached")
    assert new.task(task.id).estimate_minutes < 20
