"""`goalsmith export` and `goalsmith import` as a person or a script meets them: real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.cli import output
from assistant.config import Settings
from assistant.export import export, from_markdown
from assistant.models import Plan
from assistant.schedule import schedule
from assistant.store import Store
from assistant.validators import validate_plan
from tests.plans import TODAY, good_plan, good_plan_data

DAY = "--today=2026-11-22"


def goalsmith(*args: str, home=None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOALSMITH_HOME": str(home)} if home else None
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, timeout=60, env=env)  # fmt: skip


def one_line_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("goalsmith: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(good_plan_data()), encoding="utf-8")
    return path


def test_help_lists_export_and_import():
    out = goalsmith("--help").stdout
    assert "export" in out and "import" in out


@pytest.mark.parametrize("fmt", ["md", "json", "ics", "csv"])
def test_export_writes_each_format_to_a_file(plan_file, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = goalsmith("export", str(plan_file), "--format", fmt, "-o", str(target), DAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and f"wrote {target}" in result.stderr
    plan, settings = good_plan(), Settings()
    sched = schedule(plan, settings, TODAY)
    findings = validate_plan(plan, settings, TODAY) + sched.findings if fmt == "md" else None
    assert target.read_bytes() == export(plan, fmt, findings, sched).encode("utf-8")


def test_export_prints_a_clean_checklist_by_default_and_roundtrip_on_request(plan_file):
    result = goalsmith("export", str(plan_file), DAY)
    assert result.returncode == 0
    assert result.stdout.startswith("# Run the Riverside half marathon")
    assert "<!--" not in result.stdout and "goalsmith:plan" not in result.stdout
    assert "- [ ] Buy running shoes fitted at a running store 📅 2026-11-26\n" in result.stdout
    assert (
        "- [ ] Run 30 minutes at an easy pace 🔁 every week on Monday, Friday 🛫 2026-11-23 "
        "📅 2026-11-23\n" in result.stdout
    )
    assert "after Register for the Riverside half marathon" in result.stdout  # no ids
    full = goalsmith("export", str(plan_file), "--roundtrip", DAY)
    assert full.returncode == 0 and from_markdown(full.stdout) == good_plan()


def test_import_reads_a_clean_checklist_against_its_saved_plan(tmp_path):
    Store(Settings(home=tmp_path).db_path).save_plan(good_plan())
    md = tmp_path / "plan.md"
    result = goalsmith("export", "p-halfmarathon", "-o", str(md), DAY, home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = md.read_text(encoding="utf-8")
    text = text.replace("- [ ] Buy running shoes", "- [x] Buy running shoes")
    text = text.replace("- [ ] Run the Riverside", "- [ ] ~~Run the Riverside").replace(
        "half marathon 📅 2027-02-28", "half marathon~~ 📅 2027-02-28"
    )
    # what the Tasks plugin does when the first run is ticked: a new line for the next one
    run_line = next(line for line in text.splitlines() if line.startswith("- [ ] Run 30 minutes"))
    text = text.replace(
        run_line,
        run_line.replace("📅 2026-11-23", "📅 2026-11-27")
        + "\n"
        + run_line.replace("- [ ]", "- [x]")
        + " ✅ 2026-11-23",
    )
    md.write_text(text, encoding="utf-8")
    result = goalsmith("import", str(md), home=tmp_path)
    assert result.returncode == 0, result.stderr
    plan = Plan.model_validate_json(result.stdout)
    assert plan.task("t1").status == "done" and plan.task("t10").status == "dropped"
    assert plan.task("t3").status == "todo" and [str(d) for d in plan.task("t3").sessions_done] == [
        "2026-11-23"
    ]
    assert [t.id for t in plan.tasks() if t.status != "todo"] == ["t1", "t10"]
    # a title the plan does not have, or no saved plan to read against: one line each
    md.write_text(text.replace("Buy running shoes", "Buy a bike"), encoding="utf-8")
    assert "no task titled 'Buy a bike" in one_line_error(
        goalsmith("import", str(md), home=tmp_path)
    )
    other = tmp_path / "elsewhere"
    md.write_text(text, encoding="utf-8")
    assert "clean checklist" in one_line_error(goalsmith("import", str(md), home=other))


def test_import_reads_an_edited_markdown_plan_back(plan_file, tmp_path):
    md = tmp_path / "plan.md"
    assert goalsmith("export", str(plan_file), "--roundtrip", "-o", str(md), DAY).returncode == 0
    md.write_text(md.read_text().replace("- [ ] Buy running shoes", "- [x] Buy running shoes"))
    result = goalsmith("import", str(md))
    assert result.returncode == 0, result.stderr
    plan = Plan.model_validate_json(result.stdout)
    assert plan.task("t1").status == "done"
    assert plan.model_copy(update={"milestones": good_plan().milestones}) == good_plan()
    out = tmp_path / "back.json"
    result = goalsmith("import", str(md), "-o", str(out))
    assert result.returncode == 0 and "1 task done" in result.stderr
    assert Plan.model_validate_json(out.read_text()) == plan


def test_export_accepts_an_edited_markdown_plan_as_input(plan_file, tmp_path):
    md = tmp_path / "plan.md"
    goalsmith("export", str(plan_file), "--roundtrip", "-o", str(md), DAY)
    result = goalsmith("export", str(md), "--format", "json")
    assert Plan.model_validate_json(result.stdout) == good_plan()


def test_export_by_id_reads_the_store(tmp_path):
    Store(Settings(home=tmp_path).db_path).save_plan(good_plan())
    result = goalsmith("export", "p-halfmarathon", "--format", "json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert Plan.model_validate_json(result.stdout).goal == good_plan().goal
    missing = goalsmith("export", "p-nothere", home=tmp_path)
    assert "no plan 'p-nothere'" in one_line_error(missing)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "missing.json"], "missing.json: no such file"),
        (["export", "{plan}", "--format", "pdf"], "'pdf': expected one of md, json, ics, csv"),
        (["export", "{plan}", "-o", "{tmp}/no/such/dir/out.md"], "does not exist"),
        (["export", "{plan}", "-o", "{tmp}"], "is a directory"),
        (["export", "{plan}", "--today", "someday"], "expected a date"),
        (["export", "p-nothing-saved"], "no plans are saved"),
        (["export", "{tmp}/notes.md"], "goalsmith:plan` block is missing"),
        (["import", "{tmp}/notes.md"], "goalsmith:plan` block is missing"),
        (["import", "{tmp}/nothing.md"], "no such file"),
        (["import", "{tmp}"], "is a directory"),
    ],
    ids=["missing-file", "bad-format", "no-dir", "o-is-dir", "bad-today", "no-store", "md-not-plan",
         "import-not-plan", "import-missing", "import-dir"],
)  # fmt: skip
def test_bad_input_is_one_line_and_exit_2(plan_file, tmp_path, args, message):
    (tmp_path / "notes.md").write_text("# My notes\n\n- [ ] buy milk\n")
    args = [a.format(plan=plan_file, tmp=tmp_path) for a in args]
    assert message in one_line_error(goalsmith(*args, home=tmp_path / "home"))


def test_unwritable_output_directory_is_one_line(plan_file, tmp_path):
    # /sys refuses new files even to root, so this runs the same as any user
    target = "/sys/goalsmith-out.md"
    line = one_line_error(goalsmith("export", str(plan_file), "-o", target))
    assert "/sys/goalsmith-out.md" in line and (
        "not writable" in line or "ermission denied" in line
    )


def test_a_failed_export_leaves_the_old_file_untouched(plan_file, tmp_path):
    target = tmp_path / "plan.md"
    target.write_text("my precious notes")
    one_line_error(goalsmith("export", str(tmp_path / "gone.json"), "-o", str(target)))
    assert target.read_text() == "my precious notes"


def test_write_is_atomic_when_the_rename_fails(tmp_path, monkeypatch):
    target = tmp_path / "plan.ics"
    target.write_text("old calendar")

    def crash(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", crash)
    with pytest.raises(OSError):
        output.write_atomic(target, "new calendar" * 1000)
    assert target.read_text() == "old calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]  # no temp file left behind
