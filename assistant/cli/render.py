"""Findings as text grouped by milestone, or as JSON."""

from __future__ import annotations

from collections import Counter

from assistant.models import Finding, Plan

_MARK = {"error": "ERROR", "warning": "warn ", "info": "info "}


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {"errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"]}


def summary_line(findings: list[Finding]) -> str:
    s = summary(findings)
    verdict = "fails" if s["errors"] else "passes"
    return f"{verdict}: {s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} note(s)"


def findings_text(plan: Plan, findings: list[Finding]) -> str:
    """Findings grouped under 'Plan' and each milestone, severity shown as a word, not a colour."""
    lines = [f"{plan.goal.statement}  [{plan.id} v{plan.version}]"]
    groups: dict[int | None, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.milestone_index, []).append(f)
    order = [None, *range(len(plan.milestones))]
    for key in order:
        group = groups.get(key)
        if not group:
            continue
        title = (
            "Plan and goal" if key is None else f"Milestone {key + 1}: {plan.milestones[key].title}"
        )
        lines.append("")
        lines.append(title)
        for f in group:
            lines.append(f"  {_MARK[f.severity]} {f.code:<30} {f.path}")
            lines.append(f"        {f.message}")
            if f.suggestion:
                lines.append(f"        fix: {f.suggestion}")
    lines.append("")
    lines.append(summary_line(findings))
    return "\n".join(lines)


def findings_json(plan: Plan, findings: list[Finding]) -> dict[str, object]:
    return {
        "plan_id": plan.id,
        "version": plan.version,
        "findings": [f.model_dump() for f in findings],
        "summary": summary(findings),
    }
