"""`goalsmith questions` and `goalsmith plan`: a goal in, questions or a validated plan out."""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.app import app
from assistant.cli.terminal import say

if TYPE_CHECKING:
    from assistant.models import Finding, Plan

AnswerOption = Annotated[
    list[str] | None,
    typer.Option(
        "--answer",
        "-a",
        metavar="KEY=VALUE",
        help="An answer to a question, e.g. capacity='4 hours a week' (repeatable).",
    ),
]
TodayOption = Annotated[
    str | None, typer.Option("--today", help="Plan as of this day (YYYY-MM-DD); default: today.")
]


def parse_answer_options(values: list[str] | None) -> dict[str, str]:
    """KEY=VALUE pairs into a dict; a malformed pair is one InputError line."""
    from assistant.errors import InputError

    answers: dict[str, str] = {}
    for item in values or []:
        key, sep, value = item.partition("=")
        key = key.strip().lower()
        if not sep or not key or not value.strip():
            raise InputError(
                f"--answer {item!r}: expected KEY=VALUE, e.g. --answer capacity='4 hours a week'"
            )
        answers[key] = value.strip()
    from assistant.planner import check_goal_text

    check_goal_text("", answers)
    return answers


@app.command()
def questions(
    goal: Annotated[str, typer.Argument(help="The goal, in your own words.")],
    answer: AnswerOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the questions as JSON.")] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Use the offline planner even if a model is set.")
    ] = False,
    today: TodayOption = None,
) -> None:
    """The 2-5 questions worth answering before planning this goal (only what is missing)."""
    from assistant.answer_reader import checked_options
    from assistant.cli.io import load_settings, parse_day

    settings = load_settings()
    day = parse_day(today)
    answers = checked_options(parse_answer_options(answer), _goal(goal), day)
    asked = _engine(settings, offline).questions(_goal(goal), answers, day)
    if as_json:
        print(json.dumps([q.model_dump() for q in asked], indent=2, ensure_ascii=False))
        return
    if not asked:
        print("Nothing to ask: the goal says what, how much, by when and with how much time.")
    for q in asked:
        say(f"[{q.key}] {q.question}\n    why: {q.why}")


@app.command()
def plan(
    goal: Annotated[str, typer.Argument(help="The goal, in your own words.")],
    answer: AnswerOption = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Use the offline planner even if a model is set.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {"plan": ..., "findings": [...]}.')
    ] = False,
    save: Annotated[
        bool, typer.Option("--save", help="Store the plan (see `goalsmith list`).")
    ] = False,
    today: TodayOption = None,
) -> None:
    """Break a goal into milestones and small owned tasks, validated against every rule."""
    from assistant.answer_reader import checked_options
    from assistant.cli.io import load_settings, parse_day
    from assistant.engines.base import no_progress
    from assistant.engines.select import written_by
    from assistant.service import Goalsmith

    settings = load_settings()
    day = parse_day(today)
    service = Goalsmith(settings, today=lambda: day)
    answers = checked_options(parse_answer_options(answer), _goal(goal), day)
    engine = _engine(settings, offline)
    # a model takes seconds per call: report progress on stderr (stdout stays the plan or JSON)
    progress = no_progress if engine.name == "offline" else _progress_to_stderr
    if sys.stdin.isatty() and not as_json:
        asked = engine.questions(_goal(goal), answers, day)
        answers.update(_ask_interactively(asked, _goal(goal), day))
    result = service.plan(engine, _goal(goal), answers, progress)
    made = result.plan
    if save:
        made = service.save(made, "local")
    if as_json:
        payload = {
            "plan": made.model_dump(mode="json"),
            "findings": [f.model_dump() for f in result.findings],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        # "offline planner, no LLM", "<model> via <host>", or the offline stand-in and why
        print(f"Planned by: {written_by(made, engine, settings)}")
        say(plan_text(made, result.findings))
    raise typer.Exit(1 if result.errors else 0)


def _engine(settings, offline: bool):
    """The configured engine, or the offline planner when asked for (or forced by the env)."""
    from assistant.engines.offline.engine import OfflineEngine
    from assistant.engines.select import make_engine

    return OfflineEngine(settings) if offline or settings.offline else make_engine(settings)


def _progress_to_stderr(stage: str, detail: str) -> None:
    print(
        f"goalsmith: {stage}: {detail}" if detail else f"goalsmith: {stage}",
        file=sys.stderr,
        flush=True,
    )


def _goal(text: str) -> str:
    from assistant.errors import InputError

    if not text.strip():
        raise InputError(
            "the goal is empty; say what you want to achieve, e.g. 'Run a 10k by June'"
        )
    if len(text) > 2000:
        raise InputError(f"the goal is {len(text):,} characters; keep it under 2,000")
    from assistant.planner import check_goal_text

    check_goal_text(text)
    return text.strip()


def _ask_interactively(asked: list, goal: str, day) -> dict[str, str]:
    """Each answer checked as it is typed: one clarifying question, then it is left to assume."""
    from assistant.answer_reader import check_answer, read_count

    out: dict[str, str] = {}
    for q in asked:
        reply = typer.prompt(f"{q.question} (Enter to skip)", default="", show_default=False)
        got = check_answer(q.key, reply, day, goal, out) if reply.strip() else None
        if got is not None and got.ask:
            again = typer.prompt(f"{got.ask} (Enter to skip)", default="", show_default=False)
            heads = read_count(again) if got.per_person else None
            if got.per_person and heads and not re.search(r"h|min", again):
                out[q.key] = f"{got.per_person * heads:g} hours a week"
                continue
            got = check_answer(q.key, again, day, goal, out) if again.strip() else None
            if got is not None and got.ask:
                say(f"  (that did not read either; the plan will assume the {q.key})")
        if got is not None and got.text is not None:
            out[q.key] = got.text
    return out


def plan_text(made: Plan, findings: list[Finding]) -> str:
    """The plan as a person reads it: goal, constraint, milestones with tasks, then the findings."""
    from assistant.cli.render import findings_text
    from assistant.models import METHOD_LABELS
    from assistant.playbooks import fmt_value

    g = made.goal
    lines = [
        f"{g.statement}",
        f"  plan {made.id} v{made.version} · {METHOD_LABELS[made.method]} · "
        f"{made.capacity_hours_per_week:g} h/week · review on {made.review_day}s · {made.metadata.engine}",
        f"  constraint: {made.constraint}",
        f"  attack: {made.constraint_strategy}",
    ]
    for a in made.assumptions:
        lines.append(f"  {'assumed' if a.source == 'assumed' else 'stated '}: {a.text}")
    for i, m in enumerate(made.milestones, 1):
        lines += ["", f"{i}. {m.title}  (by {m.deadline})"]
        for t in m.tasks:
            rhythm = f", {t.recurrence.describe()}" if t.recurrence else ""
            star = " *" if t.attacks_constraint else ""
            lines.append(
                f"   - {t.title}{star}  [{t.owner}, {t.estimate_minutes} min{rhythm}, due {t.due}]"
            )
            lines.append(f"       done when: {t.done_when}")
    lines += [
        "",
        "Leading indicators: "
        + "; ".join(f"{m.name} ({fmt_value(m.target, m.unit)})" for m in made.leading_indicators),
        "(* attacks the constraint)",
        "",
        findings_text(made, findings),
    ]
    return "\n".join(lines)
