"""Commands over stored plans: list, show, done, review, why, delete."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.app import app
from assistant.cli.terminal import say

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.models import TaskStatus
    from assistant.service import Goalsmith
    from assistant.store import Store

USER = "local"  # the CLI is single-user; GOALSMITH_AUTH users live in the UI
PlanId = Annotated[
    str, typer.Argument(metavar="PLAN_ID", help="A stored plan's id (see `goalsmith list`).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def open_store() -> tuple[Settings, Store]:
    from assistant.cli.io import load_settings
    from assistant.store import Store

    settings = load_settings()
    return settings, Store(settings.db_path)


def open_service(today: str | None = None) -> Goalsmith:
    """The application service over the configured data home, as of ``today`` (YYYY-MM-DD)."""
    from assistant.cli.io import load_settings, parse_day
    from assistant.service import Goalsmith

    day = parse_day(today)
    return Goalsmith(load_settings(), today=lambda: day)


@app.command("list")
def list_plans(as_json: JsonOption = False) -> None:
    """List your stored plans: latest version, deadline and sessions done."""
    _, store = open_store()
    plans = store.list_plans(USER)
    if as_json:
        print(json.dumps([p.model_dump(mode="json") for p in plans], indent=2))
    elif not plans:
        print('No plans stored yet. Make one with `goalsmith plan "GOAL" --save`.')
    for p in [] if as_json else plans:
        say(
            f"{p.id:<18} v{p.version:<3} {p.sessions_done:>3}/{p.sessions_total:<3} done  due "
            f"{p.deadline}  "
            f"{p.statement}"
        )


@app.command()
def show(
    plan_id: PlanId,
    version: Annotated[
        int | None, typer.Option("--version", help="Show this version (default: latest).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show a stored plan: milestones and tasks with their status."""
    from assistant.cli.memory_render import plan_text

    _, store = open_store()
    plan = store.get_plan(plan_id, USER, version)
    if as_json:
        print(plan.model_dump_json(indent=2))
    else:
        say(plan_text(plan, store.versions(plan_id, USER)))


@app.command()
def done(
    plan_id: PlanId,
    task_ref: Annotated[
        str,
        typer.Argument(
            metavar="TASK_ID[@YYYY-MM-DD]",
            help="The task's id (see `goalsmith show`); for a recurring task, @DATE picks "
            "the session (default: the next open one).",
        ),
    ],
    undo: Annotated[bool, typer.Option("--undo", help="Mark the task as not done again.")] = False,
    drop: Annotated[
        bool, typer.Option("--drop", help="Drop the task instead of ticking it.")
    ] = False,
    today: Annotated[
        str | None, typer.Option("--today", help="Which session is next as of this day.")
    ] = None,
) -> None:
    """Tick a task done (or --undo, or --drop); a recurring task one session at a time.

    No new plan version is made.
    """
    from assistant.cli.io import parse_day
    from assistant.errors import InputError
    from assistant.schedule.sessions import parse_ref, progress

    if undo and drop:
        raise InputError("--undo and --drop exclude each other")
    task_id, day = parse_ref(task_ref)
    _, store = open_store()
    task = store.get_plan(plan_id, USER).task(task_id)
    if task.recurrence is None or drop or (task.status != "todo" and day is None):
        if day is not None:
            raise InputError(
                f"{task_ref}: @DATE picks a session of a recurring task; "
                f"to {'drop the whole task' if drop else 'tick this task'} give {task_id} alone"
            )
        status: TaskStatus = "todo" if undo else "dropped" if drop else "done"
        plan = store.set_task_status(plan_id, task_id, status, USER)
        what = f"{task_id} is {status}"
    else:
        plan, day = _tick_session(store, plan_id, task_id, day, not undo, parse_day(today))
        what = f"{task_id}@{day} ({day:%a %d %b}) is {'not done' if undo else 'done'}"
    task = plan.task(task_id)
    finished, total = progress(plan)
    say(f"{what}: {task.title} ({finished} of {total} done in {plan.id} v{plan.version})")


def _tick_session(store, plan_id: str, task_id: str, day, done: bool, today):
    """Tick (or untick) one session; without a day, the next open one (or the last done)."""
    from assistant.errors import InputError
    from assistant.schedule.sessions import next_open, sessions

    plan = store.get_plan(plan_id, USER)
    task = plan.task(task_id)
    mine = sessions(task, plan)
    if day is None:
        if done:
            found = next_open(task, plan, today)
            if found is None:
                raise InputError(f"every session of {task_id} is already done")
        else:
            ticked = [s for s in mine if s.done]
            if not ticked:
                raise InputError(f"no session of {task_id} is done yet, so none to undo")
            found = ticked[-1]
        day = found.day
    elif done and any(s.day == day for s in mine) and all(s.done for s in mine if s.day == day):
        raise InputError(f"the session of {task_id} on {day} is already done")
    return store.tick_session(plan_id, task_id, day, done, USER), day


@app.command()
def review(
    plan_id: PlanId,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            "-f",
            metavar="REVIEW.json",
            help="Read the review from a JSON file ('-' for stdin).",
        ),
    ] = None,
    today: Annotated[
        str | None, typer.Option("--today", help="Default week (YYYY-MM-DD); default: today.")
    ] = None,
) -> None:
    """Record the weekly review: done, slipped and why, changes, metric readings, confidence.

    Asks question by question when run in a terminal; otherwise reads JSON from --file or stdin.
    """
    from assistant.cli.io import parse_day
    from assistant.cli.reviewing import ask_review, read_review

    service = open_service(today)
    plan = service.store.get_plan(plan_id, USER)
    day = parse_day(today)
    if file is None and sys.stdin.isatty():
        new = ask_review(plan, day, typer.prompt, typer.echo)
    else:
        raw = sys.stdin.read() if file is None or str(file) == "-" else _read(file)
        new = read_review(raw, plan.id, day, str(file or "stdin"))
    stored, indexed, problem = service.review(new, USER)
    print(
        f"Saved review {stored.id} of the week of {stored.week_of} for {plan.id}: "
        f"{len(stored.done)} done, "
        f"{len(stored.slipped)} slipped, confidence {stored.confidence}/10."
    )
    if not indexed:
        print(
            "goalsmith: note: the review is stored but not yet searchable "
            f"({problem or 'indexing failed'}); "
            "it is indexed on the next `goalsmith why`",
            file=sys.stderr,
        )


def _read(file: Path) -> str:
    from assistant.cli.io import read_text_file

    return read_text_file(file, "a review JSON file", 1_000_000)


@app.command()
def why(
    plan_id: PlanId,
    question: Annotated[str, typer.Argument(metavar="QUESTION", help="What you want to know.")] = (
        "Why did my goal stall?"
    ),
    as_json: JsonOption = False,
    apply: Annotated[
        bool, typer.Option("--apply", help="Apply the proposed changes as a new plan version.")
    ] = False,
) -> None:
    """Ask why a goal stalled: causes cited from your weekly reviews, and changes to make."""
    service = open_service()
    service.store.get_plan(plan_id, USER)  # NotFound before loading the model
    diagnosis = service.why(plan_id, question, USER)
    applied = None
    if apply and diagnosis.proposed_changes:
        applied = service.apply(plan_id, diagnosis, USER)
    if as_json:
        out = diagnosis.model_dump(mode="json")
        out["applied_version"] = applied.version if applied else None
        print(json.dumps(out, indent=2))
        return
    say(diagnosis.answer)
    if applied:
        from assistant.plan_edits import diff_plans

        before = service.store.get_plan(plan_id, USER, applied.metadata.parent_version)
        print(f"\nApplied: saved {plan_id} v{applied.version}, which changes:")
        say("\n".join(f"- {line}" for line in diff_plans(before, applied).lines()) or "- nothing")
    elif apply:
        print("\nNothing to apply: no change was proposed.")


@app.command()
def delete(
    plan_id: PlanId,
    yes: Annotated[bool, typer.Option("--yes", help="Delete without asking.")] = False,
) -> None:
    """Delete a stored plan with every version, tick and review of it (asks first)."""
    from assistant.errors import InputError

    service = open_service()
    store = service.store
    plan = store.get_plan(plan_id, USER)  # NotFound before asking
    if not yes:
        if not sys.stdin.isatty():
            raise InputError(f"deleting {plan_id} cannot be undone: add --yes to confirm")
        reviews = len(store.reviews(plan_id, USER))
        typer.confirm(
            f"Delete '{plan.goal.statement}' with its {len(store.versions(plan_id, USER))} "
            f"version(s) and {reviews} review(s)? This cannot be undone",
            abort=True,
        )
    service.delete(plan_id, USER)
    print(f"Deleted {plan_id} ('{plan.goal.statement}').")


@app.command()
def doctor() -> None:
    """Find stored plan versions and reviews that no longer load and set them aside (quarantine)."""
    from assistant.doctor import quarantine_broken

    service = open_service()
    settings = service.settings
    moved = quarantine_broken(service.store)
    if not moved:
        print(f"The store {settings.db_path} is healthy: every plan and review loads.")
        return
    for item in moved:
        print(f"set aside {item.kind} {item.key} of user {item.user}: {item.problem}")
    reviews = [m for m in moved if m.kind == "review"]
    memory, _ = service.memory_or_problem() if reviews else (None, None)
    if memory is not None:
        for review in reviews:
            memory.forget_review(review.key, review.user, review.plan_id)
    print(
        f"{len(moved)} record(s) moved to the quarantine table of {settings.db_path}; "
        "everything else loads again."
    )
