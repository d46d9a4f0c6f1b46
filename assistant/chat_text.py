"""A plan and its findings as chat Markdown: what the chat shows after planning or revising."""

from __future__ import annotations

from assistant.export.markdown import PLAN_BLOCK_START, to_markdown
from assistant.findings import grouped
from assistant.models import Finding, Plan

_SEVERITY_WORDS = {"error": "Error", "warning": "Warning", "info": "Note"}


def plan_markdown(plan: Plan, findings: list[Finding], engine_label: str = "") -> str:
    """Goal, milestones, tasks and findings (severity as a word, not only a colour): the
    Markdown export without its hidden JSON block and its 'edit and import me' hint."""
    full = to_markdown(plan).split(PLAN_BLOCK_START)[0].rstrip()
    body = "\n".join(line for line in full.splitlines() if "goalsmith import" not in line)
    signature = f"\n\n_Written by: {engine_label}_" if engine_label else ""
    return body + "\n\n" + findings_markdown(findings) + signature


def findings_markdown(findings: list[Finding]) -> str:
    """'**Checks:**' and one line per finding; one finding in 4 milestones is one line."""
    if not findings:
        return "**Checks:** passes every rule."
    lines = ["**Checks:**"]
    for f, n in grouped(findings):
        fix = f" Fix: {f.suggestion}" if f.suggestion else ""
        times = f" ({n} places)" if n > 1 else ""
        lines.append(f"- **{_SEVERITY_WORDS[f.severity]}:** {f.message}{times}{fix}")
    return "\n".join(lines)
