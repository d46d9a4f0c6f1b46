"""The chat in a real browser: answers understood and said back, corrections, a typo,
"just plan it" mid-way, the chat of the plan in view, reload, New goal, and per-user chats."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_ui_browser as shared
from tests.test_ui_browser import TODAY_HEADING, WAIT_MS, open_app, open_tab, seed, send, serve

# the real-Chromium fixtures of the app's browser tests, shared rather than copied
browser, dialogs, page = shared.browser, shared.dialogs, shared.page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    server = serve(tmp_path_factory.mktemp("chat-home"))
    yield server
    server.demo.close()


def last_reply(page) -> str:
    return page.locator("#chatbot .message.bot").last.inner_text()


def wait_reply(page, text: str) -> None:
    page.locator("#chatbot .message.bot").last.get_by_text(text).first.wait_for()


def test_partial_answers_a_typo_a_correction_then_just_plan_it(page, app):
    open_app(page, app)
    send(page, "I want to run a half marathon")
    wait_reply(page, "just plan it")
    send(page, "maybe 3 hrs a wek")  # a typo, and only one of four answers
    wait_reply(page, "Got it")
    reply = last_reply(page)
    assert "capacity 3 h/week (you said)" in reply and "(in your goal)" in reply
    assert "Still open" in reply and "starting" not in reply.split("Still open")[0]
    send(page, "actually no, make the deadline april")
    wait_reply(page, "deadline 30 Apr 2027 (you said)")
    assert "capacity 3 h/week (you said)" in last_reply(page)
    page.get_by_role("button", name="Just plan it").click()
    wait_reply(page, "Written by")
    (saved,) = [p for p in app.ws.store.list_plans("local") if "half marathon" in p.statement]
    plan = app.ws.store.get_plan(saved.id, "local")
    assert plan.goal.deadline == dt.date(2027, 4, 30) and plan.capacity_hours_per_week == 3
    assert "actually" not in page.locator("#chatbot .message.bot").last.inner_text().lower()
    about = page.locator("#chat-about").inner_text()
    assert "Chat about:" in about and "half marathon" in about


def test_a_wrong_looking_answer_is_asked_about_once(page, app):
    open_app(page, app)
    send(page, "Learn Spanish")
    wait_reply(page, "just plan it")
    send(page, "deadline: sometime lol")
    wait_reply(page, "One thing to check")
    assert "could not read 'sometime lol' as a date" in last_reply(page)
    send(page, "by jnue")  # the answer to that question, with a typo
    wait_reply(page, "deadline 30 Jun 2027 (you said)")


def test_picking_another_plan_loads_its_chat_and_a_message_revises_it(page, app):
    other = seed(app.ws, plan_id="p-picked", statement="Picked plan: run a half marathon")
    open_app(page, app)
    send(page, "Read 12 books this year")
    wait_reply(page, "just plan it")
    page.get_by_role("button", name="Just plan it").click()
    wait_reply(page, "Written by")
    page.get_by_role("combobox", name="Plan").click()
    page.get_by_role("option").filter(has_text="Picked plan").first.click()
    page.locator("#chat-about").get_by_text("Picked plan").wait_for()
    chat = page.locator("#chatbot")
    chat.get_by_text("This is the chat for").wait_for()
    assert "12 books" not in chat.inner_text()
    send(page, "I only have 3 hours a week")
    wait_reply(page, "Revised")
    assert app.ws.store.versions(other.id, "local") == [1, 2]
    stored = app.ws.store.chat(other.id, "local")
    assert [m["role"] for m in stored[-2:]] == ["user", "assistant"]
    assert stored[-2]["content"] == "I only have 3 hours a week"


def test_a_reload_keeps_the_chat_and_new_goal_starts_fresh(page, app):
    open_app(page, app)
    send(page, "Save $5,000 for a trip")
    wait_reply(page, "just plan it")
    send(page, "by june\n5 hours a week")
    wait_reply(page, "Got it")
    page.get_by_role("button", name="Just plan it").click()
    wait_reply(page, "Written by")
    page.reload(wait_until="load")
    page.locator("#today").get_by_text(TODAY_HEADING).wait_for()  # someone with plans lands on Plan
    open_tab(page, "Chat")
    chat = page.locator("#chatbot")
    chat.get_by_text("Save $5,000 for a trip").wait_for()
    assert "Written by" in chat.inner_text() and "Got it" in chat.inner_text()
    assert "Chat about:" in page.locator("#chat-about").inner_text()
    page.get_by_role("button", name="New goal").click()
    page.locator("#chat-about").get_by_text("New goal:").wait_for()
    assert "Save $5,000" not in chat.inner_text()
    send(page, "Write a short story")  # a new goal, not a revision of the savings plan
    wait_reply(page, "just plan it")
    page.reload(wait_until="load")
    page.locator("#today").get_by_text(TODAY_HEADING).wait_for()  # someone with plans lands on Plan
    open_tab(page, "Chat")
    page.wait_for_timeout(1000)
    assert "Save $5,000" not in chat.inner_text()  # New goal is remembered across the reload


def test_the_chats_clear_button_starts_fresh_too(page, app):
    open_app(page, app)
    send(page, "Learn to juggle five balls")
    wait_reply(page, "just plan it")
    page.get_by_role("button", name="Just plan it").click()
    wait_reply(page, "Written by")
    page.locator("#chatbot").get_by_role("button", name="Clear").click()
    page.locator("#chat-about").get_by_text("New goal:").wait_for()
    send(page, "Learn to knit a scarf")  # a new goal: questions, not a revision of juggling
    wait_reply(page, "just plan it")
    assert all(
        "juggle" not in p.statement.lower() or p.version == 1
        for p in app.ws.store.list_plans("local")
    )


def test_one_users_chat_is_never_shown_to_another(browser, tmp_path):
    server = serve(tmp_path, auth="alice:pw,bob:pw2")
    try:
        seen = {}
        for user, password in [("alice", "pw"), ("bob", "pw2")]:
            context = browser.new_context()
            page = context.new_page()
            page.set_default_timeout(WAIT_MS)
            page.goto(server.url, wait_until="load")
            page.locator("input[type=text]").fill(user)
            page.locator("input[type=password]").fill(password)
            page.get_by_role("button", name="Login").click()
            page.locator("#message textarea").wait_for(state="visible")
            if user == "alice":
                send(page, "Alice's secret: run a marathon")
                wait_reply(page, "just plan it")
                page.get_by_role("button", name="Just plan it").click()
                wait_reply(page, "Written by")
            page.wait_for_timeout(500)
            seen[user] = page.locator("#chatbot").inner_text()
            context.close()
        assert "Alice's secret" in seen["alice"] and "Alice" not in seen["bob"]
        (alices,) = server.ws.store.list_plans("alice")
        assert server.ws.store.chat(alices.id, "alice") and not server.ws.store.chat(
            alices.id, "bob"
        )
    finally:
        server.demo.close()


def test_deleting_the_plan_the_chat_is_about_starts_a_fresh_chat(page, app):
    from assistant.errors import NotFound

    open_app(page, app)
    send(page, "Learn to bake sourdough bread")
    wait_reply(page, "just plan it")
    page.get_by_role("button", name="Just plan it").click()
    wait_reply(page, "Written by")
    (made,) = [p for p in app.ws.store.list_plans("local") if "sourdough" in p.statement.lower()]
    open_tab(page, "Plan")
    page.get_by_text("Delete this plan", exact=True).click()
    page.get_by_role("button", name="Delete this plan…").click()
    page.get_by_role("button", name="Yes, delete it").click()
    page.locator("#delete-question").get_by_text("Deleted").wait_for()
    open_tab(page, "Chat")
    page.locator("#chat-about").get_by_text("New goal:").wait_for()
    send(page, "I only have 3 hours a week")  # a new goal now, never a revision of the deleted
    page.locator("#chatbot .message.bot").last.wait_for()
    page.wait_for_timeout(1500)
    with pytest.raises(NotFound):
        app.ws.store.get_plan(made.id, "local")


def test_a_week_told_in_the_chat_is_saved_as_its_review_and_ticks_the_plan(page, tmp_path):
    server = serve(tmp_path, today=shared.MIDPLAN)
    try:
        open_app(page, server)
        send(page, "walk 10k steps a day")
        wait_reply(page, "just plan it")
        page.get_by_role("button", name="Just plan it").click()
        wait_reply(page, "Written by")
        send(page, "i did the first task, and walked briskly twice")
        wait_reply(page, "from 1 to 10")
        assert "Walk briskly for 30 minutes (2×)" in last_reply(page)
        send(page, "6")
        wait_reply(page, "confidence 6/10")
        (listed,) = server.ws.store.list_plans("local")
        (review,) = server.ws.store.reviews(listed.id, "local")
        assert review.confidence == 6 and review.week_of == dt.date(2026, 11, 30)
        picker = page.get_by_role("combobox", name="Plan")
        assert "3/" in picker.input_value()  # the task and two walks, ticked in the plan
    finally:
        server.demo.close()


def test_a_message_sent_while_the_plan_drafts_is_run_after_it_not_lost(page, app):
    open_app(page, app)
    send(page, "save 2000 for a trip to japan")
    wait_reply(page, "just plan it")
    send(page, "just plan it")
    page.locator("#chatbot .message.user").last.get_by_text("just plan it").wait_for()
    send(page, "add a task to tell my wife the plan")  # typed while it drafts
    bots = page.locator("#chatbot .message.bot")
    # two turns back to back (a plan drafted, then revised): a busy machine takes a while
    try:
        bots.last.get_by_text("Tell my wife the plan").first.wait_for(timeout=4 * WAIT_MS)
    except Exception as exc:  # say what the chat showed instead
        raise AssertionError(page.locator("#chatbot").inner_text()[-1500:]) from exc
    assert "Written by" in bots.nth(bots.count() - 2).inner_text()  # the plan came first
    plans = [app.ws.store.get_plan(p.id, "local") for p in app.ws.store.list_plans("local")]
    (plan,) = [p for p in plans if any(t.title == "Tell my wife the plan" for t in p.tasks())]
    assert plan.version == 2 and "2,000" in plan.goal.statement


def test_a_message_sent_while_just_plan_it_drafts_is_run_after_the_plan(page, app):
    open_app(page, app)
    send(page, "get back into swimming, I used to do 40 lengths")
    wait_reply(page, "just plan it")
    page.get_by_role("button", name="Just plan it").click()
    page.locator("#chatbot .message.user").last.get_by_text("just plan it").wait_for()
    send(page, "add a task to buy new goggles")  # typed while the button's plan drafts
    bots = page.locator("#chatbot .message.bot")
    try:
        bots.last.get_by_text("Buy new goggles").first.wait_for(timeout=4 * WAIT_MS)
    except Exception as exc:  # say what the chat showed instead
        raise AssertionError(page.locator("#chatbot").inner_text()[-1500:]) from exc
    assert "Written by" in bots.nth(bots.count() - 2).inner_text()  # the plan came first
    users = page.locator("#chatbot .message.user").all_inner_texts()
    assert users[-2:] == ["just plan it", "add a task to buy new goggles"]  # two turns, not one
    plans = [app.ws.store.get_plan(p.id, "local") for p in app.ws.store.list_plans("local")]
    (plan,) = [p for p in plans if any(t.title == "Buy new goggles" for t in p.tasks())]
    assert plan.version == 2
