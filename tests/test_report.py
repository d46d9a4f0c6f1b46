"""One report of a plan version: the CLI's files and the app's downloads are the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.report import report
from assistant.store import Store
from tests.cli_inprocess import run_cli
from tests.plans import TODAY, good_plan
from ui import planview
from ui.workspace import Workspace


@pytest.fixture
def saved_plan_id() -> str:
    """A saved plan whose weeks overflow, so the schedule has findings of its own."""
    plan = good_plan().model_copy(update={"capacity_hours_per_week": 1.0})
    settings = Settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_path).save_plan(plan).id


@pytest.mark.parametrize("fmt", ["md", "json", "ics", "csv"])
def test_the_cli_and_the_app_export_the_same_bytes(saved_plan_id, fmt):
    cli = run_cli("export", saved_plan_id, "--format", fmt, f"--today={TODAY}")
    assert cli.code == 0, cli.err
    ws = Workspace(Settings(), today=lambda: TODAY)
    view = planview.plan_view(ws, saved_plan_id, "local")
    app = Path(planview.export_files(ws, view, "local")[fmt]).read_bytes()
    assert app == cli.out.encode("utf-8")


def test_the_markdown_carries_the_schedules_findings_as_well_as_the_rules(saved_plan_id):
    plan = Store(Settings().db_path).get_plan(saved_plan_id, "local")
    made = report(plan, Settings(), TODAY)
    codes = {f.code for f in made.findings}
    assert "plan.over_capacity" in codes and "schedule.over_capacity" in codes
    markdown = made.export("md")
    for finding in made.findings:
        assert f"**{finding.severity}** `{finding.code}` at `{finding.path}`" in markdown
