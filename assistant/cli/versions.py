"""`goalsmith diff`: what changed between two versions of a stored plan."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.app import app
from assistant.cli.memory import USER, PlanId, open_store
from assistant.cli.terminal import say


@app.command()
def diff(
    plan_id: PlanId,
    old: Annotated[
        int | None,
        typer.Argument(metavar="V1", help="The earlier version (default: the one before V2)."),
    ] = None,
    new: Annotated[
        int | None,
        typer.Argument(metavar="V2", help="The later version (default: the latest)."),
    ] = None,
) -> None:
    """Show what changed between two versions of a plan: tasks added, removed and changed,
    dates moved, hours a week before and after.

    Examples: `goalsmith diff p-1234abcd` (the latest change), `goalsmith diff p-1234abcd 1 3`.
    """
    from assistant.errors import InputError
    from assistant.plan_edits import diff_plans

    _, store = open_store()
    versions = store.versions(plan_id, USER)
    if new is None:
        new = versions[-1] if old is None or old != versions[-1] else old
    if old is None:
        earlier = [v for v in versions if v < new]
        if not earlier:
            raise InputError(f"plan {plan_id} has only version {new}: nothing to compare yet")
        old = earlier[-1]
    for v in (old, new):
        if v not in versions:
            raise InputError(
                f"plan {plan_id} has no version {v}; its versions are "
                f"{', '.join(map(str, versions))}"
            )
    say(diff_plans(store.get_plan(plan_id, USER, old), store.get_plan(plan_id, USER, new)).text())
