"""evals/same_plans: a saved run compares equal to itself, and a changed output is named."""

from __future__ import annotations

import json

from evals.same_plans import main


def test_a_saved_run_compares_equal_and_a_changed_plan_is_named(tmp_path, capsys):
    folder = tmp_path / "2026-11-30-round99"
    folder.mkdir()
    goal = {"id": "z01", "goal": "Read 12 novels by the end of next year", "answers": {}}
    (folder / "goals.jsonl").write_text(json.dumps(goal) + "\n", encoding="utf-8")
    saved = tmp_path / "saved"

    assert main(["--save", str(saved), str(folder)]) == 0
    assert main(["--compare", str(saved), str(folder)]) == 0
    assert "0 differ" in capsys.readouterr().out

    path = saved / f"{folder.name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows[0]["plan"]["goal"]["statement"] += " (edited)"
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]  # as saved
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--compare", str(saved), str(folder)]) == 1
    out = capsys.readouterr().out
    assert "DIFFERS 2026-11-30-round99 z01 bare" in out
    assert "1 differ" in out
