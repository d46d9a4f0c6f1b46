"""Findings and diagnoses as Markdown; every piece of text goes through ``safe``.

Severity is carried by a word and an icon, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ui.safe import text

if TYPE_CHECKING:
    from assistant.models import Diagnosis, Finding

SEVERITY_LABEL = {"error": "✖ Error", "warning": "⚠ Warning", "info": "ℹ Note"}
STATUS_LABEL = {"todo": "☐ to do", "done": "☑ done", "dropped": "✗ dropped"}


def findings_md(findings: Iterable[Finding], plain: bool = False) -> str:
    """Findings, errors first, each with its severity word, where, what and what to do;
    ``plain`` leaves out the rule code and path (the message names the task)."""
    from assistant.findings import grouped

    findings = list(findings)
    if not findings:
        return "**✔ No findings:** the plan passes every rule."
    counts = {s: sum(f.severity == s for f in findings) for s in SEVERITY_LABEL}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    lines = [f"**Findings:** {summary.replace('info', 'note')}", ""]
    for f, n in grouped(findings, by_place=not plain):  # in plain words, 5 places is 1 line
        fix = f" *Fix:* {text(f.suggestion)}" if f.suggestion else ""
        where = "" if plain else f" `{f.code}` at `{f.path}`"
        times = f" ({n} places)" if n > 1 else ""
        lines.append(f"- **{SEVERITY_LABEL[f.severity]}**{where}: {text(f.message)}{times}{fix}")
    return "\n".join(lines)


def diagnosis_md(diagnosis: Diagnosis, reviewed_weeks: int) -> str:
    """Causes, strongest first, each with the review weeks it cites; then the proposed changes."""
    from assistant.diagnose import CAUSES

    if not reviewed_weeks:
        return (
            "No weekly reviews of this plan yet: record one on the **Review** tab, then ask again."
        )
    if not diagnosis.causes:
        return text(diagnosis.answer) or "No cause shows in the reviews yet."
    out = [f"From {reviewed_weeks} weekly review(s), the likeliest reasons, strongest first:", ""]
    for i, cause in enumerate(diagnosis.causes, 1):
        heading = CAUSES[cause.code][0] if cause.code in CAUSES else cause.code
        out.append(
            f"**Cause {i}: {text(heading)}** (confidence {cause.confidence:.0%}). "
            f"{text(cause.explanation)}"
        )
        out += [
            f"- *Review of the week of {ev.week_of:%d %b %Y}:* “{text(ev.quote)}”"
            for ev in cause.evidence
        ]
        out.append("")
    if diagnosis.proposed_changes:
        out.append("**Proposed changes:**")
        out += [f"{i}. {text(c.description)}" for i, c in enumerate(diagnosis.proposed_changes, 1)]
    return "\n".join(out)
