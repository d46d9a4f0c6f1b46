"""Why did a goal stall? Stall signals from plan + reviews, cited evidence, proposed changes.

``stall_signals`` and ``diagnose_plan`` are pure; ``diagnose`` and ``apply_changes`` are the
edges over the store, the review memory and the engine. Every quote in a Diagnosis is a
verbatim substring of the cited week's review; ``check_citations`` enforces that on answers
written by a language model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.engines.base import StallWriter
from assistant.engines.select import stall_writer
from assistant.errors import GoalsmithError
from assistant.memory.citations import check_citations, clip, fragments
from assistant.models import Cause, Diagnosis, Evidence, Plan, ProposedChange, Review
from assistant.stall_causes import MAX_EVIDENCE, QUOTE_CHARS, join_read, read
from assistant.stall_signals import Signal, stall_signals

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.memory.reviews import Hit, ReviewMemory
    from assistant.store import Store

__all__ = [
    "CAUSES",
    "Signal",
    "apply_changes",
    "check_citations",
    "diagnose",
    "diagnose_plan",
    "model_context",
    "stall_signals",
]

# The cause vocabulary: stable codes, a heading, and words in reviews that support each one.
CAUSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "task_too_big": (
        "A task is too big to finish in one session",
        (
            "too big",
            "too long",
            "hours",
            "never finish",
            "didn't finish",
            "half",
            "where to start",
            "overwhelm",
            "huge",
            "whole",
        ),
    ),
    "blocked_dependency": (
        "A task waits on another that is not done",
        ("waiting", "wait", "blocked", "until", "depends", "need", "first", "before"),
    ),
    "over_capacity": (
        "The weeks hold more work than the hours you have",
        ("no time", "time", "busy", "late", "overtime", "too much", "tired", "packed", "hours"),
    ),
    "constraint_not_attacked": (
        "Nothing is attacking the constraint",
        ("forgot", "skipped", "didn't", "no time", "again", "later"),
    ),
    "outputs_not_outcomes": (
        "Tasks get done but the metric does not move",
        ("still", "same", "flat", "stuck", "didn't move", "no change", "but", "done"),
    ),
    "repeated_slip": (
        "The same task keeps slipping",
        ("again", "still", "skipped", "postponed", "moved"),
    ),
    "completion_falling": (
        "Less of each week's plan gets done",
        ("less", "behind", "tired", "busy"),
    ),
    "too_many_open": (
        "Too many milestones are open at once",
        ("too many", "juggling", "scattered", "switch"),
    ),
    "wrong_time_of_day": (
        "The time of day does not work",
        ("morning", "evening", "night", "tired", "early", "late", "lunch", "alarm"),
    ),
    "missing_resource": (
        "Something the work needs is missing",
        ("waiting", "no access", "broken", "need", "don't have", "arrive"),
    ),
    "lost_why": (
        "The reason for the goal has faded",
        ("why", "point", "motivation", "care", "important", "heart"),
    ),
    "confidence_falling": (
        "Your confidence is falling and the reviews do not yet say why",
        ("worried", "unsure", "doubt", "behind", "slipping"),
    ),
}
ADDS_WORK = ("plan for the constraint", "get what", "write down why")


# --- evidence, ranking and the answer --------------------------------------------------------


def _best_quote(review: Review, signal: Signal) -> tuple[int, str] | None:
    """(score, verbatim quote) of the fragment of ``review`` that best supports ``signal``."""
    cues = CAUSES[signal.code][1]
    best: tuple[int, str] | None = None
    for text, task_id in fragments(review):
        lowered = text.lower()
        score = 3 * (task_id in signal.task_ids) + sum(cue in lowered for cue in cues)
        if best is None or score > best[0]:
            best = (score, clip(text, QUOTE_CHARS))
    return best


def _evidence(
    signal: Signal, reviews: Sequence[Review], relevance: dict[str, float]
) -> list[Evidence]:
    weeks = set(signal.weeks)
    scored = []
    for r in reviews:
        if r.week_of in weeks and (found := _best_quote(r, signal)):
            scored.append((found[0], relevance.get(r.id or "", 0.0), r.week_of, r, found[1]))
    scored.sort(key=lambda s: (s[0], s[1], s[2]), reverse=True)
    chosen = [s for s in scored if s[0] > 0][:MAX_EVIDENCE] or scored[:1]
    return [Evidence(week_of=week, quote=quote, review_id=r.id) for _, _, week, r, quote in chosen]


def diagnose_plan(
    plan: Plan,
    reviews: Sequence[Review],
    question: str,
    settings: Settings,
    hits: Sequence[Hit] = (),
    embed: Any = None,
) -> Diagnosis:
    """Ranked causes with cited evidence and proposed changes, written without a language model:
    what the plan's structure shows, joined with what the reviews' own words say."""
    reviews = sorted(reviews, key=lambda r: r.week_of)
    relevance: dict[str, float] = {}
    for hit in hits:
        relevance[hit.review_id] = max(relevance.get(hit.review_id, 0.0), 1.0 - hit.distance)
    said = read(reviews, embed, plan.constraint)
    said_about = {t for rc in said for t in rc.task_ids}
    found: list[tuple[Cause, list[ProposedChange]]] = []
    for signal in stall_signals(plan, reviews, settings):
        if signal.code == "repeated_slip" and set(signal.task_ids) & said_about:
            continue  # the reasons' words say why it slips: that cause carries it
        evidence = _evidence(signal, reviews, relevance)
        boost = 0.05 * max((relevance.get(e.review_id or "", 0.0) for e in evidence), default=0.0)
        cause = Cause(
            code=signal.code,
            explanation=signal.explanation,
            evidence=evidence,
            confidence=round(min(1.0, signal.strength + boost), 3),
        )
        found.append((cause, signal.changes))
    found = join_read(plan, reviews, said, found, settings)
    # the rules never claim certainty: a cause read from reviews is at most 97% sure
    found = [(c.model_copy(update={"confidence": min(c.confidence, 0.97)}), ch) for c, ch in found]
    found.sort(key=lambda cc: -cc[0].confidence)
    causes = [c for c, _ in found]
    changes: list[ProposedChange] = []
    over_full = any(c.code == "over_capacity" for c, _ in found[:3])
    for _, proposed in found[:3]:
        for change in proposed[:1]:
            if over_full and change.instruction.startswith(ADDS_WORK):
                continue  # a week already over-full gets no new task
            if all(c.instruction != change.instruction for c in changes):
                changes.append(change)
    diagnosis = Diagnosis(causes=causes, proposed_changes=changes)
    return diagnosis.model_copy(
        update={"answer": answer_text(plan, reviews, diagnosis, question, hits)}
    )


def answer_text(
    plan: Plan,
    reviews: Sequence[Review],
    diagnosis: Diagnosis,
    question: str,
    hits: Sequence[Hit] = (),
) -> str:
    """The answer for a person: causes with their cited weeks, changes, and related reviews."""
    if not reviews:
        return (
            f"There are no weekly reviews of {plan.id} yet, so there is nothing to answer from. "
            f"Record one each week with `goalsmith review {plan.id}`."
        )
    span = (
        f"{len(reviews)} weekly review(s), weeks of {reviews[0].week_of} to {reviews[-1].week_of}"
    )
    if not diagnosis.causes:
        return f"From {span}: {no_cause_text(reviews)}"
    lines = [f"From {span}, the likeliest reasons, strongest first:"]
    for i, cause in enumerate(diagnosis.causes[:4], 1):
        lines.append(
            f"{i}. {CAUSES[cause.code][0]} (confidence {cause.confidence:.0%}). {cause.explanation}"
        )
        lines += [f'   - week of {e.week_of}: "{e.quote}"' for e in cause.evidence]
    if diagnosis.proposed_changes:
        lines.append("Suggested changes (apply with --apply):")
        lines += [f"- {c.description}" for c in diagnosis.proposed_changes]
    related: dict[str, Hit] = {}
    for hit in hits:  # nearest first, one passage per review
        related.setdefault(hit.review_id, hit)
    if related and question.strip():
        lines.append(f'Past reviews closest to "{question.strip()}":')
        lines += [
            f'- week of {h.week_of}: "{clip(h.text.replace(chr(10), " "), QUOTE_CHARS)}"'
            for h in list(related.values())[:3]
        ]
    return "\n".join(lines)


def no_cause_text(reviews: Sequence[Review]) -> str:
    """What to say when no cause shows: "on track" only when the reviews say so."""
    from assistant.stall_reasons import on_track

    if on_track(reviews):
        return (
            "the plan looks on track. Tasks get done, confidence holds, nothing slips "
            "repeatedly, weeks fit the capacity and the metric moves. If it still feels "
            "stalled, say what in next week's review."
        )
    latest = max(reviews, key=lambda r: r.week_of)
    return (
        f"no single cause stands out, but the reviews do not say it is on track either (latest "
        f"confidence {latest.confidence}/10, {len(latest.slipped)} task(s) slipped, "
        f"{len(latest.done)} done). Write why each task slipped in the next review and ask again."
    )


def model_context(
    plan: Plan,
    reviews: Sequence[Review],
    question: str,
    settings: Settings,
    hits: Sequence[Hit] = (),
) -> dict[str, Any]:
    """What a language model gets to write a diagnosis: the same signals and retrieved excerpts.

    Run its answer through ``check_citations(diagnosis, reviews)`` before showing it.
    """
    rank: dict[str, int] = {}
    for i, hit in enumerate(hits):
        rank.setdefault(hit.review_id, i)
    ordered = sorted(reviews, key=lambda r: (rank.get(r.id or "", len(hits)), r.week_of))
    return {
        "question": question,
        "plan": plan,
        "signals": [s.explanation for s in stall_signals(plan, reviews, settings)],
        "reviews": [{"week_of": r.week_of, "text": r.text() or ", ".join(r.done)} for r in ordered],
    }


# --- edges ------------------------------------------------------------------------------------


def diagnose(
    store: Store,
    memory: ReviewMemory | None,
    plan_id: str,
    question: str,
    user: str,
    settings: Settings,
    today: dt.date | None = None,
    writer: StallWriter | None = None,
) -> Diagnosis:
    """Answer "why did this goal stall?" from the user's stored plan and reviews.

    The offline rules always compute the answer; when a language model is configured (or a
    ``writer`` with a ``diagnose`` method is passed) it writes the answer from the same
    signals and excerpts, and every citation it makes is checked against the real reviews.
    """
    plan = store.get_plan(plan_id, user)
    reviews = store.reviews(plan_id, user)
    hits: list[Hit] = []
    if memory is not None and reviews:
        from assistant.memory.reviews import index_pending

        try:
            index_pending(store, memory, user, plan_id)
            hits = memory.search(question, user, plan_id, k=8)
        except Exception:  # retrieval only ranks and illustrates; the signals still answer
            hits = []
    known = {r.id for r in reviews}
    hits = [h for h in hits if h.review_id in known]
    offline = diagnose_plan(plan, reviews, question, settings, hits)
    writer = writer if writer is not None else stall_writer(settings)
    if writer is None or not reviews:
        return offline
    return _written_by_model(writer, plan, reviews, question, settings, hits, today, offline)


def _written_by_model(
    writer: StallWriter,
    plan: Plan,
    reviews: Sequence[Review],
    question: str,
    settings: Settings,
    hits: Sequence[Hit],
    today: dt.date | None,
    offline: Diagnosis,
) -> Diagnosis:
    """The model's diagnosis with invented citations dropped; the offline one if nothing stands."""
    context = model_context(plan, reviews, question, settings, hits)
    try:
        written = writer.diagnose(
            plan, question, context["signals"], context["reviews"], today or dt.date.today()
        )
    except GoalsmithError as exc:
        note = f"(The model could not be asked: {exc}; this answer comes from the offline rules.)"
        return offline.model_copy(update={"answer": f"{offline.answer}\n\n{note}".strip()})
    checked = check_citations(written, reviews)
    if not checked.causes:
        return offline
    return checked.model_copy(
        update={
            "proposed_changes": checked.proposed_changes or offline.proposed_changes,
            "answer": checked.answer or offline.answer,
        }
    )


def apply_changes(
    store: Store,
    plan_id: str,
    diagnosis: Diagnosis,
    user: str,
    settings: Settings,
    today: dt.date | None = None,
    engine: Any | None = None,
) -> Plan:
    """Apply the proposed changes as one new saved plan version (see ``assistant.stall_fixes``)."""
    from assistant.stall_fixes import apply_changes as apply

    return apply(store, plan_id, diagnosis, user, settings, today, engine)
