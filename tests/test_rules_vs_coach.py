"""evals/rules_vs_coach.py on a tiny judging round: shares of low- and high-scored plans flagged."""

from __future__ import annotations

import json

from evals.rules_vs_coach import main
from tests.plans import good_plan, planted_bad_plan


def _round(
    tmp_path,
    grades: list[dict],
    plans: dict | None = None,
    goals: list | None = None,
    name: str = "2026-11-27-tiny",
):
    folder = tmp_path / name
    (folder / "plans").mkdir(parents=True)
    (folder / "grades_A.jsonl").write_text("\n".join(json.dumps(g) for g in grades) + "\n")
    for name, plan in (plans or {}).items():
        (folder / "plans" / f"{name}.json").write_text(plan.model_dump_json())
    if goals is not None:
        (folder / "goals.jsonl").write_text("\n".join(json.dumps(g) for g in goals) + "\n")
    return folder


def test_stored_plans_give_the_shares_of_flagged_low_and_high_scores(tmp_path, capsys):
    folder = _round(
        tmp_path,
        [
            {"file": "good", "total": 10},
            {"file": "bad", "total": 3},
            {"file": "lost", "total": 2},  # graded, but its plan was not kept
        ],
        {"good": good_plan(), "bad": planted_bad_plan()},
    )
    (folder / "grades_B.jsonl").write_text('{"file": "good", "total": 8}\n')  # mean 9: high
    assert main([str(folder), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["low"], figures["low_flagged_share"]) == (1, 1.0)
    assert (figures["high"], figures["high_flagged_share"]) == (1, 0.0)
    assert figures["missing"] == ["lost"]

    assert main([str(folder)]) == 0
    text = capsys.readouterr().out
    assert "scored <= 5 with an error or warning: 1 of 1 = 100% (target >= 80%)" in text
    assert "scored >= 9 with an error or warning: 0 of 1 = 0% (target <= 10%)" in text


def test_plans_can_be_regenerated_from_the_goals_and_kept(tmp_path, capsys):
    goals = [
        {
            "id": "g1",
            "goal": "Run a half marathon",
            "answers": {
                "capacity": "4 hours a week",
                "deadline": "when the baby starts walking, I guess",
            },
        }
    ]
    folder = _round(
        tmp_path, [{"file": "g1-a", "total": 4}, {"file": "g1-b", "total": 9.5}], goals=goals
    )
    assert main([str(folder), "--regenerate", "--save", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["plans"] == 2 and figures["missing"] == []
    kept = json.loads((folder / "plans" / "g1-b.json").read_text())
    # the unreadable deadline answer is dropped, as the chat would ask again
    assert kept["request"]["answers"] == {"capacity": "4 hours a week"}
    assert main([str(folder), "--json"]) == 0  # the kept plans are read back
    assert json.loads(capsys.readouterr().out)["plans"] == 2


def test_a_folder_it_cannot_read_is_one_clear_line(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "grades_" in err and "\n" not in err
    folder = _round(tmp_path, [{"file": "x", "total": 4}])
    assert main([str(folder)]) == 2
    assert "--regenerate" in capsys.readouterr().err


def test_several_rounds_give_one_line_each_and_the_rules_that_flag(tmp_path, capsys):
    first = _round(
        tmp_path,
        [{"file": "good", "total": 10}, {"file": "bad", "total": 3}],
        {"good": good_plan(), "bad": planted_bad_plan()},
        name="2026-11-27-one",
    )
    second = _round(
        tmp_path, [{"file": "bad", "total": 9}], {"bad": planted_bad_plan()}, name="2026-11-28-two"
    )
    assert main([str(first), str(second), "--by-code"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines[1:4]] == ["2026-11-27-one", "2026-11-28-two", "all"]
    figures = [ln.split()[1:] for ln in lines[1:4]]
    # low flagged (n, of, N, =, share) then high flagged, per round and pooled
    assert figures[0] == ["1", "of", "1", "=", "100%", "0", "of", "1", "=", "0%"]
    assert figures[1] == ["0", "of", "0", "=", "n/a", "1", "of", "1", "=", "100%"]
    assert figures[2][-5:] == ["1", "of", "2", "=", "50%"]
    by_code = {ln.split()[0]: ln for ln in lines[4:]}
    # every rule that flags the planted plan flags it low in one round and high in the other
    assert "task.vague" in by_code and by_code["task.vague"].split()[-1] == "1"

    assert main([str(first), str(second), "--json", "--by-code"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["pooled"]["low"] == 1 and figures["pooled"]["high"] == 2
    assert figures["by_code"]["task.vague"] == {"low": 1, "high": 1, "low_rounds": 1}
