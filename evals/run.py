"""`make eval`: run every case against the configured engine and write a Markdown + JSON report.

Offline by default; any OpenAI-compatible model when OPENAI_API_KEY / OPENAI_BASE_URL are set
(then an LLM judge grades each plan too). Exit 1 when any case misses a must-have.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from evals import evaluators as ev

CASES = Path(__file__).with_name("cases.jsonl")
REPORTS = Path(__file__).with_name("reports")


def load_cases(path: Path = CASES) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def run_case(case: dict, engine, settings, today: dt.date, judge=None) -> dict:
    from assistant.errors import GoalsmithError
    from assistant.planner import plan_goal

    started = time.perf_counter()
    try:
        result = plan_goal(engine, case["goal"], case["answers"], settings, today)
    except GoalsmithError as exc:
        return {
            "id": case["id"],
            "domain": case["domain"],
            "goal": case["goal"],
            "passed": False,
            "error": str(exc),
            "verdicts": [],
            "latency_ms": (time.perf_counter() - started) * 1000,
        }
    elapsed = (time.perf_counter() - started) * 1000
    plan = result.plan
    verdicts = [
        ev.rules(result.findings),
        ev.schedule_fit(plan, settings, today),
        ev.constraint_attacked(plan, case["answers"]),
        ev.assumptions_marked(plan, case["goal"], case["answers"]),
        *[ev.must_have(plan, must) for must in case["must"]],
    ]
    if judge is not None:
        verdicts.append(ev.llm_judge(plan, case, judge))
    calls = result.calls or plan.metadata.calls
    return {
        "id": case["id"],
        "domain": case["domain"],
        "goal": case["goal"],
        "passed": all(v.passed for v in verdicts),
        "verdicts": [v.as_dict() for v in verdicts],
        "milestones": [m.title for m in plan.milestones],
        "latency_ms": round(elapsed, 1),
        "model_calls": len(calls),
        "tokens_in": sum(c.tokens_in for c in calls),
        "tokens_out": sum(c.tokens_out for c in calls),
        "repair_rounds": result.rounds,
    }


def totals(rows: list[dict]) -> dict:
    n = len(rows)
    lat = sorted(r["latency_ms"] for r in rows)
    return {
        "cases": n,
        "passed": sum(r["passed"] for r in rows),
        "checks": sum(len(r["verdicts"]) for r in rows),
        "checks_passed": sum(v["passed"] for r in rows for v in r["verdicts"]),
        "latency_ms_p50": lat[n // 2] if n else 0,
        "latency_ms_p95": lat[min(n - 1, int(n * 0.95))] if n else 0,
        "model_calls": sum(r.get("model_calls", 0) for r in rows),
        "tokens_in": sum(r.get("tokens_in", 0) for r in rows),
        "tokens_out": sum(r.get("tokens_out", 0) for r in rows),
        "repair_rounds": sum(r.get("repair_rounds", 0) for r in rows),
    }


def markdown(rows: list[dict], summary: dict, engine_label: str, today: dt.date) -> str:
    lines = [
        f"# Goalsmith eval report ({today})",
        "",
        f"Engine: {engine_label}",
        "",
        f"**{summary['passed']}/{summary['cases']} cases pass**; "
        f"{summary['checks_passed']}/{summary['checks']} checks; latency p50 {summary['latency_ms_p50']:.0f} ms, "
        f"p95 {summary['latency_ms_p95']:.0f} ms; model calls {summary['model_calls']}, tokens in/out "
        f"{summary['tokens_in']}/{summary['tokens_out']}, repair rounds {summary['repair_rounds']}.",
        "",
        "| case | domain | result | checks | ms | calls | failing checks |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        failing = "; ".join(
            f"{v['name']}: {v['reason']}" for v in r["verdicts"] if not v["passed"]
        ) or r.get("error", "")
        ok = sum(v["passed"] for v in r["verdicts"])
        lines.append(
            f"| {r['id']} | {r['domain']} | {'pass' if r['passed'] else 'FAIL'} | {ok}/{len(r['verdicts'])} "
            f"| {r['latency_ms']:.0f} | {r.get('model_calls', 0)} | {failing.replace('|', '/')} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make eval", description=__doc__)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--only", nargs="*", help="case ids to run")
    parser.add_argument("--out", type=Path, default=REPORTS)
    args = parser.parse_args(argv)

    from assistant.config import Settings
    from assistant.engines.select import engine_label, make_engine

    settings = Settings()
    engine = make_engine(settings)
    judge = None
    if settings.llm_configured:
        from assistant.engines.llm.engine import build_chat_model

        judge = build_chat_model(settings)
    cases = [c for c in load_cases() if not args.only or c["id"] in args.only]
    rows = []
    for i, case in enumerate(cases, 1):
        row = run_case(case, engine, settings, args.today, judge)
        rows.append(row)
        print(
            f"[{i:>2}/{len(cases)}] {'pass' if row['passed'] else 'FAIL'} {case['id']}",
            file=sys.stderr,
        )
    summary = totals(rows)
    args.out.mkdir(parents=True, exist_ok=True)
    label = engine_label(engine, settings)
    (args.out / "eval.json").write_text(
        json.dumps(
            {"engine": label, "today": str(args.today), "totals": summary, "cases": rows},
            indent=2,
            ensure_ascii=False,
        )
    )
    (args.out / "eval.md").write_text(markdown(rows, summary, label, args.today), encoding="utf-8")
    print(f"{summary['passed']}/{summary['cases']} cases pass; report: {args.out / 'eval.md'}")
    return 0 if summary["passed"] == summary["cases"] else 1


if __name__ == "__main__":
    sys.exit(main())
