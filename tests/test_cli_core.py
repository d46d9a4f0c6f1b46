"""`goalsmith schema`, `check` and `assess` as a person or a script meets them: real processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.validators import CATALOG
from tests.plans import good_plan_data, planted_bad_plan_data
from tests.test_validators import EXCLUSIVE, RULE_CODES


def goalsmith(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def plan_file(tmp_path):
    def write(data, name="plan.json"):
        path = tmp_path / name
        path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
        return path

    return write


def test_help_lists_the_commands():
    result = goalsmith("--help")
    assert result.returncode == 0
    for command in ("schema", "check", "assess"):
        assert command in result.stdout


def test_schema_is_the_plan_json_schema():
    result = goalsmith("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Plan"
    assert {"goal", "milestones", "capacity_hours_per_week"} <= set(schema["properties"])


def test_check_clean_plan_exits_zero(plan_file):
    result = goalsmith("check", str(plan_file(good_plan_data())), "--today", "2026-11-22")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passes: 0 error(s), 0 warning(s), 0 note(s)" in result.stdout


def test_check_groups_findings_by_milestone_and_exits_one(plan_file):
    result = goalsmith("check", str(plan_file(planted_bad_plan_data())), "--today", "2026-11-22")
    assert result.returncode == 1
    out = result.stdout
    assert (
        out.index("Plan and goal")
        < out.index("Milestone 1: Run 3 km")
        < out.index("Milestone 2: Work on")
    )
    # a task finding sits under its milestone, with its severity as a word
    block = out[out.index("Milestone 2:") : out.index("Milestone 3:")]
    assert "ERROR task.too_big" in block and "warn  task.compound" in block
    errors = sum(1 for code in RULE_CODES - EXCLUSIVE if CATALOG[code][0] == "error")
    assert out.strip().splitlines()[-1].startswith(f"fails: {errors} error(s)")


def test_check_json(plan_file):
    result = goalsmith(
        "check", str(plan_file(planted_bad_plan_data())), "--json", "--today", "2026-11-22"
    )
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["plan_id"] == "p-planted"
    assert payload["summary"]["errors"] == len(
        [f for f in payload["findings"] if f["severity"] == "error"]
    )
    assert {"code", "severity", "path", "message", "suggestion"} == set(payload["findings"][0])


def test_check_accepts_the_plan_command_envelope(plan_file):
    path = plan_file({"plan": good_plan_data(), "findings": []})
    assert goalsmith("check", str(path), "--today", "2026-11-22").returncode == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON (line 1"),
        ("", "not valid JSON"),
        ("[1, 2]", "not a valid plan"),
        ("\udcff", None),
    ],
    ids=["malformed", "empty", "wrong-shape", "binary"],
)
def test_check_unusable_file_is_one_line_exit_two(tmp_path, content, message):
    path = tmp_path / "bad.json"
    if content == "\udcff":
        path.write_bytes(b"\xff\xfe\x00garbage")
    else:
        path.write_text(content)
    result = goalsmith("check", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("goalsmith: ")
    assert "Traceback" not in result.stderr
    if message:
        assert message in lines[0]


def test_check_invalid_plan_names_the_field(plan_file):
    data = good_plan_data()
    data["milestones"][0]["tasks"][0]["estimate_minutes"] = 0
    result = goalsmith("check", str(plan_file(data)))
    assert result.returncode == 2
    assert "milestones.0.tasks.0.estimate_minutes" in result.stderr


def test_check_rejects_duplicate_ids_and_unknown_dependencies(plan_file):
    data = good_plan_data()
    data["milestones"][1]["tasks"][0]["id"] = "t1"
    assert "duplicate task id: t1" in goalsmith("check", str(plan_file(data))).stderr
    data = good_plan_data()
    data["milestones"][1]["tasks"][0]["depends_on"] = ["nope"]
    assert "depends on unknown task nope" in goalsmith("check", str(plan_file(data))).stderr


def test_check_missing_file_and_directory(tmp_path):
    assert (
        goalsmith("check", str(tmp_path / "none.json")).stderr.strip()
        == f"goalsmith: {tmp_path / 'none.json'}: no such file"
    )
    assert "is a directory" in goalsmith("check", str(tmp_path)).stderr


def test_assess_goals_jsonl_in_and_out():
    result = goalsmith(
        "assess",
        "--kind",
        "goal",
        "--today",
        "2026-11-22",
        stdin="Improve marketing\n\nGenerate 300 qualified demo requests per month by Q4\n",
    )
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == [
        "Improve marketing",
        "Generate 300 qualified demo requests per month by Q4",
    ]
    assert [r["smart"]["passed"] for r in rows] == [False, True]
    assert set(rows[0]) == {
        "text",
        "specific",
        "measurable",
        "time_bound",
        "achievable",
        "relevant",
        "smart",
    }


def test_assess_tasks_plain_and_objects():
    stdin = 'Send 20 interview invites\n{"title": "Interview 20 users", "owner": "we", "estimate_minutes": 600}\n'
    result = goalsmith("assess", "--kind", "task", stdin=stdin)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0] == {
        "text": "Send 20 interview invites",
        "too_big": False,
        "size_score": 1.0,
        "size_words": [],
        "findings": [],
    }
    assert rows[1]["too_big"] is True and rows[1]["findings"] == [
        "task.too_big",
        "task.owner_group",
    ]


def test_assess_bad_lines_do_not_stop_the_rest():
    stdin = '{"title": 5}\n{broken\n"Write 300 words of the intro"\n' + "x" * 20_000 + "\n"
    result = goalsmith("assess", "--kind", "task", "--jsonl", stdin=stdin)
    assert result.returncode == 2
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    assert "error" in rows[0] and "error" in rows[1] and "error" in rows[3]
    assert rows[2]["text"] == "Write 300 words of the intro" and rows[2]["too_big"] is False
    assert "Traceback" not in result.stderr


def test_assess_rejects_unknown_kind():
    result = goalsmith("assess", "--kind", "wish", stdin="x\n")
    assert result.returncode == 2 and "expected 'goal' or 'task'" in result.stderr
