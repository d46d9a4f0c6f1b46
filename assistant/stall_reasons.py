"""Stall causes read from people's own words: reasons grouped by meaning across weeks and tasks.

Every slipped reason, note, change and "remove" line of the reviews is embedded (the shipped
MiniLM) and set beside a few sentences in people's wording for each cause; a fragment joins
the cause it reads closest to when it is close enough. A cause grows with the weeks and
tasks that repeat it, with "remove" lines (the person's own call) and with falling
confidence. Pure apart from the embedding, which is passed in for tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from assistant.memory.citations import fragments

# How people put each cause, in their own words (the meaning a reason is compared with).
PHRASINGS: dict[str, tuple[str, ...]] = {
    "task_too_big": (
        "the task is too big to finish in one sitting",
        "it is huge and I don't know where to start",
        "I felt overwhelmed by how much of it there is",
        "could not finish it in one session, only got halfway",
        "it needs a whole afternoon, way more than I have in one go",
        "kept putting it off because it is such a big job",
    ),
    "wrong_time_of_day": (
        "too tired in the evening after work to do it",
        "I can't get up early, mornings don't work for me",
        "I kept sleeping through the early alarm",
        "by the time I get home it's late and dark",
        "the time slot is wrong, it would work better at lunch",
        "at night I'm exhausted and just want to sleep",
    ),
    "missing_resource": (
        "I don't have the equipment I need for it",
        "waiting for the tools to arrive before I can start",
        "no access to the gym this week",
        "my laptop is broken so I couldn't do it",
        "could not get the materials I need",
        "the book I need still hasn't arrived",
        "still waiting on a document or permit I need, so it is on hold",
        "missing a part, nothing I can do until I have it",
        "the pool was closed so I couldn't swim",
        "the place was full and I couldn't get a spot or a lane",
        "the place I go to was shut for repairs or the holidays",
        "every class or session was fully booked",
        "away on a trip and there was no gym or pool where I stayed",
    ),
    "lost_why": (
        "I'm not sure why I'm doing this anymore",
        "it doesn't feel important to me now",
        "lost my motivation, I can't remember the point of it",
        "I don't really care about this goal as much as before",
        "what's the point, it feels pointless",
        "my heart isn't in it anymore",
        "I've forgotten what I wanted from this",
        "can't be bothered, I don't see a reason to do it",
        "it doesn't feel like it matters anymore",
        "maybe drop the whole goal, I don't care about the result",
    ),
    "over_capacity": (
        "too much on my plate this week",
        "no time, the week was completely packed",
        "too busy with work and family to fit it in",
        "everything else took all my hours",
        "overtime every evening, nothing left over",
        "the week had more in it than I can do",
        "no time at all this week, work took everything",
        "work ran late again and there was no time left for it",
        "meetings ran long all week, nothing else fit",
    ),
}
# Things going well: a fragment closest to these reads as no cause at all.
GOING_WELL = (
    "good week, everything went well",
    "all done, felt great",
    "on track, no problems",
    "runs went well and I enjoyed them",
    "nothing new, all fine",
)
# Below this cosine a fragment reads like none of the causes (MiniLM: unrelated text ~0.1-0.3).
CLOSE_ENOUGH = 0.42
CONSTRAINT_CLOSE = 0.55  # a reason this close to the plan's constraint is that constraint
KIND_WEIGHT = {"slip": 1.0, "remove": 1.3, "note": 0.8}


@dataclasses.dataclass
class Said:
    """One thing a review said, with the cause it reads as and how closely."""

    week_of: dt.date
    review_id: str | None
    text: str
    kind: str  # slip | remove | note
    task_id: str | None
    code: str | None = None
    closeness: float = 0.0


@dataclasses.dataclass
class ReadCause:
    """A cause as the reviews put it: what was said, over which weeks and tasks, how strongly."""

    code: str
    strength: float
    said: list[Said]

    @property
    def weeks(self) -> list[dt.date]:
        return sorted({s.week_of for s in self.said})

    @property
    def task_ids(self) -> list[str]:
        return sorted({s.task_id for s in self.said if s.task_id})


Embed = Callable[[Sequence[str]], Any]


def _default_embed(texts: Sequence[str]) -> Any:
    from assistant.memory.embedding import embed

    return embed(texts)


@lru_cache(maxsize=2)
def _phrasing_vectors(embed: Embed) -> tuple[list[str], Any]:
    codes = [code for code, phrases in PHRASINGS.items() for _ in phrases]
    codes += ["" for _ in GOING_WELL]
    texts = [p for phrases in PHRASINGS.values() for p in phrases] + list(GOING_WELL)
    return codes, embed(texts)


def said_in(reviews: Sequence[Any]) -> list[Said]:
    """Every quotable thing the reviews said, oldest week first."""
    out = []
    for r in sorted(reviews, key=lambda r: r.week_of):
        for text, task_id in fragments(r):
            kind = "slip" if task_id else ("remove" if text in r.remove else "note")
            out.append(Said(r.week_of, r.id, text, kind, task_id))
    return out


def confidence_drop(reviews: Sequence[Any]) -> int:
    """How far confidence fell from its highest to the latest review (0 when it did not)."""
    ordered = sorted(reviews, key=lambda r: r.week_of)
    if len(ordered) < 2:
        return 0
    return max(0, max(r.confidence for r in ordered) - ordered[-1].confidence)


def read_causes(
    reviews: Sequence[Any], embed: Embed | None = None, constraint: str = ""
) -> list[ReadCause]:
    """Causes the reviews' own words point to, strongest first. A reason that says what the
    plan's own constraint says is that constraint hitting, whatever else it resembles."""
    said = said_in(reviews)
    if not said:
        return []
    embed = embed or _default_embed
    codes, anchors = _phrasing_vectors(embed)
    vectors = embed([s.text for s in said] + ([constraint] if constraint.strip() else []))
    near_constraint = vectors[len(said) :] @ vectors[: len(said)].T if constraint.strip() else None
    sims = vectors[: len(said)] @ anchors.T
    for i, (s, row) in enumerate(zip(said, sims, strict=True)):
        best: dict[str, float] = {}
        for code, sim in zip(codes, row, strict=True):
            best[code] = max(best.get(code, -1.0), float(sim))
        code, closeness = max(best.items(), key=lambda kv: kv[1])
        if near_constraint is not None and float(near_constraint[0][i]) >= CONSTRAINT_CLOSE:
            s.code, s.closeness = "constraint_not_attacked", float(near_constraint[0][i])
        elif code and closeness >= CLOSE_ENOUGH:
            s.code, s.closeness = code, closeness
    drop = confidence_drop(reviews)
    out = []
    for code in [*PHRASINGS, "constraint_not_attacked"]:
        mine = [s for s in said if s.code == code]
        if not mine:
            continue
        weight = sum(KIND_WEIGHT[s.kind] * (s.closeness - CLOSE_ENOUGH + 0.1) * 4 for s in mine)
        weeks = len({s.week_of for s in mine})
        weight *= 1 + 0.25 * (weeks - 1) + 0.08 * min(drop, 5)
        out.append(ReadCause(code, round(min(0.97, 0.35 + 0.12 * weight), 3), mine))
    return sorted(out, key=lambda c: -c.strength)


def on_track(reviews: Sequence[Any]) -> bool:
    """The reviews themselves say the plan is on track: confidence holding at 6 or more and
    the latest week got more done than slipped."""
    if not reviews:
        return False
    latest = max(reviews, key=lambda r: r.week_of)
    return (
        latest.confidence >= 6
        and confidence_drop(reviews) < 2
        and len(latest.slipped) <= len(latest.done)
    )
