"""One chat about one goal: intake -> clarify -> plan -> revise, the same for every engine.

The UI and any other front end drive it through ``Conversation.send``; each call returns a
``Turn`` with Markdown to show, the open questions, the plan and its findings. Errors become a
friendly message in the turn and leave the state as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.config import Settings
from assistant.engines.base import Engine, Progress, Question, no_progress
from assistant.engines.select import engine_label, written_by
from assistant.errors import GoalsmithError
from assistant.language.horizons import find_horizon
from assistant.models import Finding, Plan
from assistant.planner import PlanResult, plan_goal
from assistant.revisions import revise
from assistant.understanding.answers import parse_answers

MAX_MESSAGE_CHARS = 4000

_SKIP_RE = re.compile(
    r"^\W*(?:please\s|ok\W*|okay\W*)?(?:just\s)?"
    r"(?:plan(?: it| it now| now)?|skip(?: it| them| the questions)?|go ahead|go|"
    r"make (?:some |the )?assumptions|assume(?: the rest)?|don'?t know|no idea|i don'?t know|"
    r"whatever|you decide|surprise me)(?:\s?please)?\W*$",
    re.IGNORECASE,
)
_KEY_VALUE_RE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,29})\s*[:=]\s*(\S.*)$")
_CAPACITY_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:h|hrs?|hours?|min|mins|minutes?)\b.*?"
    r"\b(?:a|per|each|every|/)\s*(?:week|wk|day|weekday|weekend)\b"
    r"|\b(?:hours?|minutes?) (?:a|per) (?:week|day)\b",
    re.IGNORECASE,
)
_SEVERITY_WORDS = {"error": "Error", "warning": "Warning", "info": "Note"}


@dataclass
class Turn:
    """What one message changed: the state after it, Markdown to show, questions, plan, findings."""

    state: str  # "clarify" | "plan" | "revise" (or "intake" if the first message was refused)
    message: str
    questions: list[Question] = field(default_factory=list)
    plan: Plan | None = None
    findings: list[Finding] = field(default_factory=list)
    engine_label: str = ""


class Conversation:
    """The state machine of one chat; holds the goal, the answers so far, and the latest plan."""

    def __init__(self, engine: Engine, settings: Settings, today: dt.date | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self._today = today
        self.state = "intake"
        self.goal: str | None = None
        self.answers: dict[str, str] = {}
        self.questions: list[Question] = []
        self.plan: Plan | None = None
        self.findings: list[Finding] = []
        self.engine_label = engine_label(engine, settings)
        self.history: dict[int, Plan] = {}  # earlier versions of the plan in view, for undo
        self.load_version: Callable[[int], Plan] | None = None  # stored versions (set by the UI)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def open_questions(self) -> list[Question]:
        return [q for q in self.questions if q.key not in self.answers]

    def send(self, text: str, progress: Progress = no_progress) -> Turn:
        """Take one message from the person and answer it."""
        text = (text or "").strip()
        if not text:
            hint = "Tell me your goal in a sentence" if self.state == "intake" else "Type a message"
            return self._refuse(f"{hint}; an empty message gives me nothing to work with.")
        if len(text) > MAX_MESSAGE_CHARS:
            return self._refuse(
                f"That message is {len(text):,} characters; please keep it under "
                f"{MAX_MESSAGE_CHARS:,} (the goal and the key facts are enough)."
            )
        try:
            if self.state == "intake":
                return self._intake(text, progress)
            if self.state == "clarify":
                return self._clarify(text, progress)
            return self._revise(text, progress)
        except GoalsmithError as exc:
            return self._refuse(f"Sorry, that did not work: {exc}")

    # --- states -------------------------------------------------------------------------

    def _intake(self, goal: str, progress: Progress) -> Turn:
        progress("asking", "looking for what the goal leaves open")
        questions = self.engine.questions(goal, {}, self.today)
        self.goal = goal
        self.questions = list(questions)
        if not self.questions:
            return self._make_plan(
                progress, note="Your goal says everything I need, so here is a plan."
            )
        self.state = "clarify"
        lines = [
            "A few questions before I plan (answer all in one message, one per line, or one at a "
            "time; or say **just plan it** and I will assume and mark every guess):",
            "",
        ]
        lines += [f"{i}. {q.question}  \n   _{q.why}_" for i, q in enumerate(self.questions, 1)]
        return self._turn("\n".join(lines), questions=self.questions)

    def _clarify(self, text: str, progress: Progress) -> Turn:
        if _SKIP_RE.match(text):
            return self._make_plan(
                progress,
                note="Planned with assumptions for what you did not say; "
                "each is marked *assumed* below.",
            )
        new = map_answers(text, self.open_questions)
        parse_answers(new, self.today)  # a bad answer is refused and asked again, never reread
        self.answers.update(new)
        still_open = self.open_questions
        if still_open:
            lines = ["Got it. Still open:", ""]
            lines += [f"- {q.question}" for q in still_open]
            lines += ["", "Answer, or say **just plan it**."]
            return self._turn("\n".join(lines), questions=still_open)
        return self._make_plan(progress, note="Thanks, that is everything I asked.")

    def _make_plan(self, progress: Progress, note: str) -> Turn:
        assert self.goal is not None
        result = plan_goal(
            self.engine, self.goal, self.answers, self.settings, self.today, progress
        )
        return self._accept(result, "plan", note)

    def _revise(self, instruction: str, progress: Progress) -> Turn:
        assert self.plan is not None
        revision = revise(
            self.engine, self.plan, instruction, self.settings, self.today, self._earlier, progress
        )
        self.history[self.plan.version] = self.plan
        self.plan, self.findings, self.state = revision.plan, revision.findings, "revise"
        return self._turn(
            revision.markdown()
            + "\n\n"
            + _findings_markdown(revision.findings)
            + "\n\n_The Plan tab shows the whole plan; say **undo** to go back._"
        )

    def _earlier(self, version: int) -> Plan:
        """A version of the plan in view: from this chat, else from where plans are stored."""
        if version in self.history:
            return self.history[version]
        if self.load_version is None:
            raise KeyError(version)
        return self.load_version(version)

    def _accept(self, result: PlanResult, state: str, note: str) -> Turn:
        self.plan, self.findings, self.state = result.plan, result.findings, state
        return self._turn(
            note
            + "\n\n"
            + plan_markdown(
                result.plan, result.findings, written_by(result.plan, self.engine, self.settings)
            )
        )

    def _turn(self, message: str, questions: list[Question] | None = None) -> Turn:
        return Turn(
            self.state,
            message,
            list(questions or []),
            self.plan,
            list(self.findings),
            self.engine_label,
        )

    def _refuse(self, message: str) -> Turn:
        questions = self.open_questions if self.state == "clarify" else []
        return self._turn(message, questions)


# --- answers --------------------------------------------------------------------------------


def map_answers(text: str, questions: list[Question]) -> dict[str, str]:
    """Answers to open questions from one message.

    "key: value" lines go to that key; otherwise parts (lines, then sentences or comma-separated
    phrases when there are several questions) go to the question they obviously answer (a
    deadline, a weekly capacity), and the rest to the open questions in order.
    """
    keys = [q.key for q in questions]
    if not keys:
        return {}
    out: dict[str, str] = {}
    loose: list[str] = []
    for line in (raw.strip(" \t-*•") for raw in text.splitlines()):
        if not line:
            continue
        match = _KEY_VALUE_RE.match(line)
        key = _as_key(match.group(1)) if match else None
        if match and key in keys and key not in out:
            out[key] = match.group(2).strip()
        else:
            loose.append(line)
    remaining = [k for k in keys if k not in out]
    unplaced: list[str] = []
    for part in _clauses(loose, len(remaining)):
        kind = _kind_of(part)
        if kind in remaining and kind not in out:
            out[kind] = part
        else:
            unplaced.append(part)
    # a part no detector recognised never lands on a typed question (a deadline, a capacity)
    untyped = [k for k in remaining if k not in _TYPED]
    for part in unplaced:
        free = [k for k in untyped if k not in out] or [k for k in remaining if k not in out]
        if free:
            out[free[0]] = part
        elif remaining:
            last = remaining[-1]
            out[last] = f"{out[last]}; {part}"
    return out


_TYPED = {"deadline", "capacity"}
_DATE_COMMA_RE = re.compile(r"\b([A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?), (\d{4})\b")


def _as_key(label: str) -> str:
    return re.sub(r"[^a-z]+", "_", label.strip().lower()).strip("_")


def _clauses(lines: list[str], wanted: int) -> list[str]:
    """Answer parts: lines, then (for one line answering several questions) sentences or
    ';'-parts, then comma-parts where a comma separates a deadline or capacity from the rest."""
    if len(lines) != 1 or wanted <= 1:
        return lines
    line = _DATE_COMMA_RE.sub(r"\1 \2", lines[0])  # "March 3, 2027" is one date
    out: list[str] = []
    for piece in re.split(r"\s*;\s*|(?<=[.!?])\s+", line):
        piece = piece.strip(" .")
        if not piece:
            continue
        subs = [p.strip(" .") for p in re.split(r"\s*,\s*(?:and\s+)?", piece) if p.strip(" .")]
        typed = [p for p in subs if _kind_of(p)]
        if len(subs) > 1 and typed:
            rest = ", ".join(p for p in subs if not _kind_of(p))
            out.extend(typed + ([rest] if rest else []))
        else:
            out.append(piece)
    return out


def _kind_of(part: str) -> str | None:
    if _CAPACITY_RE.search(part):
        return "capacity"
    horizon = find_horizon(part)
    if horizon is not None and horizon.kind not in {"recurring", "vague"}:
        return "deadline"
    if _BASELINE_RE.search(part):
        return "baseline"
    if _CONSTRAINT_RE.search(part):
        return "constraint"
    return None


_BASELINE_RE = re.compile(
    r"\b(?:now|currently|at the moment|right now|so far|today|at present)\b.*\d|"
    r"\d.*\b(?:now|currently|at the moment|right now|so far|at present)\b",
    re.IGNORECASE,
)
_CONSTRAINT_RE = re.compile(
    r"\b(?:because|when|whenever|can'?t|cannot|don'?t|doesn'?t|never|keep|skip|stuck|no time|too (?:busy|tired)|"
    r"struggle|problem|blocker|bottleneck|late|forget|lack|procrastinat)\b",
    re.IGNORECASE,
)


# --- a plan as simple Markdown ----------------------------------------------------------------


def plan_markdown(plan: Plan, findings: list[Finding], engine_label: str = "") -> str:
    """Goal, milestones, tasks and findings; severity as a word, not only a colour.

    Uses the full Markdown exporter when it is installed, without its hidden JSON block.
    """
    try:
        from assistant.export.markdown import PLAN_BLOCK_START, to_markdown
    except ImportError:
        body = _simple_markdown(plan)
    else:
        full = to_markdown(plan).split(PLAN_BLOCK_START)[0].rstrip()
        # the file's "edit and import me" hint does not apply to a chat message
        body = "\n".join(line for line in full.splitlines() if "goalsmith import" not in line)
    signature = f"\n\n_Written by: {engine_label}_" if engine_label else ""
    return body + "\n\n" + _findings_markdown(findings) + signature


def _simple_markdown(plan: Plan) -> str:
    g = plan.goal
    lines = [
        f"### {g.statement}",
        "",
        f"**Deadline** {g.deadline} · **Metric** {g.metric.name}: "
        f"{f'{g.metric.target:g} {g.metric.unit}'.strip()} · "
        f"**Capacity** {plan.capacity_hours_per_week:g} h/week",
    ]
    if plan.constraint:
        lines.append(
            f"**The one constraint:** {plan.constraint}"
            + (f" (attack: {plan.constraint_strategy})" if plan.constraint_strategy else "")
        )
    for i, m in enumerate(plan.milestones, 1):
        lines += ["", f"#### {i}. {m.title} (by {m.deadline})"]
        for t in m.tasks:
            repeat = f", {t.recurrence.describe()}" if t.recurrence else ""
            attack = " **[attacks the constraint]**" if t.attacks_constraint else ""
            done = "x" if t.status == "done" else " "
            lines.append(
                f"- [{done}] {t.title} ({t.owner}, {t.estimate_minutes} min{repeat}, due {t.due})"
                f"{attack}" + (f"  \n  done when: {t.done_when}" if t.done_when else "")
            )
    if plan.leading_indicators:
        lines += [
            "",
            "**Leading indicators:** "
            + "; ".join(
                f"{m.name} ({m.target:g} {m.unit})".replace(" )", ")")
                for m in plan.leading_indicators
            ),
        ]
    if plan.assumptions:
        lines += ["", "**Assumptions:**"]
        lines += [f"- ({a.source}) {a.text}" for a in plan.assumptions]
    return "\n".join(lines)


def _findings_markdown(findings: list[Finding]) -> str:
    if not findings:
        return "**Checks:** passes every rule."
    lines = ["**Checks:**"]
    for f in findings:
        fix = f" Fix: {f.suggestion}" if f.suggestion else ""
        lines.append(
            f"- **{_SEVERITY_WORDS[f.severity]}** `{f.code}` at {f.path}: {f.message}{fix}"
        )
    return "\n".join(lines)
