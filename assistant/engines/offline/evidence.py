"""The evidence stage of a goal won from someone who decides, in the goal's own terms: each
condition the goal or answers name becomes a step there ('Gather the papers that prove the
£29,000 income'), and each thing they hold already is filed, never fetched again."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.language import normalize
from assistant.playbooks.base import Rung, Step
from assistant.understanding.conditions_said import evidence_steps
from assistant.understanding.facts import Understanding

EVIDENCE = "documents gathered"  # the held kind of the rung that gathers the evidence
_MINUTES = 30
_MOST = 4  # a stage of more named steps than this reads as a list, not a plan


def with_evidence(rungs: tuple[Rung, ...], u: Understanding) -> tuple[Rung, ...]:
    """The rungs with the conditions they named as steps of the evidence rung (the first rung
    when none gathers evidence); unchanged when they named none."""
    if not (u.preset and u.preset.conditions):
        return rungs
    titles = evidence_steps(u.said or u.core, u.text)[:_MOST]
    if not titles:
        return rungs
    at = next((i for i, r in enumerate(rungs) if r.gets == EVIDENCE), 0)
    steps = tuple(
        Step(title=t, minutes=_MINUTES, done_when="Done, with the proof in the folder and dated")
        for t in titles
    )
    rung = rungs[at]
    return (*rungs[:at], replace(rung, steps=steps + rung.steps), *rungs[at + 1 :])


def names_the_thing_won(part: str, u: Understanding) -> bool:
    """Whether a second part of the goal belongs to the thing won: the thing itself ('finish
    TMA05 and send it off') or a condition planned in its evidence stage ('... and get two
    references'): one goal with the plan's done-state, never a second one."""
    if not (u.preset and u.preset.conditions and u.subject):
        return False
    said = part.lower()
    if u.subject.split()[-1].lower() in said:
        return True
    words = set(re.findall(r"[a-z0-9£$€,]{3,}", normalize(said)))
    steps = " ".join(evidence_steps(u.said or u.core, u.text)).lower()
    return bool(words) and all(w in steps or w in _VERBS for w in words)


_VERBS = frozenset(["get", "getting", "show", "pass", "keep", "provide", "send", "the", "and"])
