"""Screenshots of each tab for the README: `.venv/bin/python docs/screenshots.py`.

Runs the app in-process over a throw-away GOALSMITH_HOME with the offline engine, chats a
goal into a plan, ticks a few tasks, records two weekly reviews, asks why, and saves
docs/chat.png, docs/plan.png, docs/phone.png (390x844), docs/review.png and docs/why.png.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.models import Review  # noqa: E402
from ui.server import launch  # noqa: E402
from ui.workspace import Workspace  # noqa: E402

TODAY = dt.date(2026, 11, 22)
CLIP = {"x": 0, "y": 0, "width": 1280, "height": 1500}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def main() -> None:
    from playwright.sync_api import sync_playwright

    settings = Settings(
        _env_file=None, home=Path(tempfile.mkdtemp(prefix="goalsmith-shots-")), offline=True
    )
    clock = [TODAY]  # chat on TODAY; later tabs three weeks on, so the burn-up has a history
    ws = Workspace(settings, today=lambda: clock[0])
    demo, url = launch(settings, "127.0.0.1", 0, block=False, quiet=True, workspace=ws)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(30_000)
            page.goto(url, wait_until="load")
            box = page.locator("#message textarea")
            box.wait_for()
            chat = page.locator("#chatbot")
            for text, wait_for in [
                ("I want to run a half marathon", "just plan it"),
                (
                    "By 28 February 2027\n5 hours a week\n3 km\nwork runs late and I skip runs",
                    "Written by",
                ),
            ]:
                box.fill(text)
                box.press("Enter")
                chat.get_by_text(wait_for).last.wait_for()
            page.wait_for_timeout(500)
            page.screenshot(path=str(ROOT / "docs/chat.png"))

            clock[0] = TODAY + dt.timedelta(weeks=3)
            plan = ws.store.list_plans("local")[0]
            full = ws.store.get_plan(plan.id, "local")
            tasks = full.tasks()
            for task in tasks[:6]:
                ws.store.set_task_status(plan.id, task.id, "done", "local")
            start = full.start_date
            for week, slipped_reason in [
                (0, "work ran late every evening, no time to run"),
                (1, "meetings until 8pm again; skipped the long run"),
                (2, "work ran late; too tired for the long run"),
            ]:
                ws.store.add_review(
                    Review(
                        plan_id=plan.id,
                        week_of=start + dt.timedelta(weeks=week),
                        done=[t.id for t in tasks[week * 2 : week * 2 + 2]],
                        confidence=6 - week,
                        slipped=[{"task_id": tasks[8].id, "reason": slipped_reason}],
                    ),
                    "local",
                )
            page.reload(wait_until="load")  # someone with a plan lands on the Plan tab
            page.locator("#today").get_by_text("Today,").wait_for()
            page.locator("#plan-summary").get_by_text("Version").wait_for()
            page.wait_for_timeout(1500)
            page.screenshot(path=str(ROOT / "docs/plan.png"), full_page=True, clip=CLIP)

            phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
            phone.set_default_timeout(30_000)
            phone.goto(url, wait_until="load")
            phone.locator("#today").get_by_text("Today,").wait_for()
            phone.wait_for_timeout(1000)
            phone.screenshot(path=str(ROOT / "docs/phone.png"))
            phone.close()

            page.get_by_role("tab", name="Review").click()
            page.locator("#review-done input[type=checkbox]").first.click()
            page.get_by_role("combobox", name="Slipped task 1").click()
            page.locator("#review-slipped-1").get_by_role("option").first.click()
            page.get_by_label("Why task 1 slipped").fill(
                "could not face it after work, the evenings are gone"
            )
            page.get_by_label("What changed").fill("New project at work; evenings are gone")
            page.get_by_label("Metric readings (one 'name = number' per line)").fill(
                "longest run km = 8"
            )
            page.wait_for_timeout(300)
            page.screenshot(path=str(ROOT / "docs/review.png"), full_page=True, clip=CLIP)

            page.get_by_role("tab", name="Why stalled?").click()
            question = page.locator("#why-question textarea")
            question.fill("Why do my runs keep slipping?")
            question.press("Enter")
            page.locator("#why-answer").get_by_text("Cause 1").wait_for()
            page.locator("#why-changes").get_by_text("exactly these changes").wait_for()
            page.wait_for_timeout(300)
            page.screenshot(path=str(ROOT / "docs/why.png"), full_page=True, clip=CLIP)
            browser.close()
    finally:
        demo.close()
    print("wrote docs/chat.png, docs/plan.png, docs/phone.png, docs/review.png, docs/why.png")


if __name__ == "__main__":
    main()
