"""Naming the real constraint and the weekly task that attacks it.

A stated constraint ("no time after work", "I don't know how to start") is matched to a
kind of bottleneck; each kind has a small system-changing task (seed 000: "every weekly
plan must include at least one task that changes the system, not just feeds it").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language import normalize
from assistant.playbooks import Playbook, Step


@dataclass(frozen=True)
class Bottleneck:
    kind: str
    pattern: str
    strategy: str
    attack: Step | None  # None: the playbook's own attack fits this kind


BOTTLENECKS: tuple[Bottleneck, ...] = (
    Bottleneck(
        "health",
        r"injur|pain|sick|illness|knee|back|ankle|shin|asthma|health|doctor",
        "Protect the body first: recovery work every week, load only what it tolerates",
        Step(
            "Do the 20-minute physio or mobility routine",
            25,
            "Routine ticked in the log",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "distraction",
        r"phone|distract|social media|netflix|youtube|games|scroll|tiktok|instagram",
        "Remove the distraction from the room before each session",
        Step(
            "Set up an app blocker for next week's sessions",
            15,
            "Blocker schedule saved on the phone",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "motivation",
        r"motivat|lazy|procrastinat|discipline|consisten|give up|bored|forget|willpower|"
        r"habit|stick",
        "Make it social and small: a partner who sees the plan, a 10-minute bad-day version",
        Step(
            "Send next week's plan to an accountability partner",
            15,
            "Message sent with next week's plan",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "knowledge",
        r"don'?t know|no idea|how to|skill|experience|confus|stuck|technique|unclear|"
        r"where to start|overwhelm",
        "Get unstuck by asking: one specific question to someone who knows, every week",
        Step(
            "Ask 1 expert a specific question about the blocker",
            30,
            "Question sent; answer saved in notes",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "money",
        r"money|budget|afford|expensive|cost|cash|broke|funds",
        "Find the cheapest way to the next result before spending",
        Step(
            "Find 1 free or cheaper option for next week's work",
            30,
            "Option written in the plan",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "perfectionism",
        r"rewrit|re-writ|redo|polish|edit|perfect|tweak|start over",
        "Draft forward: no fixing during drafting time, fixes parked on a list for later",
        Step(
            "Park this week's fixes on a fix-later list instead of rewriting",
            15,
            "Fix-later list updated; draft moved forward",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "confidence",
        r"fear|afraid|scared|confiden|shy|anxious|anxiety|perfect|judg|embarrass|imposter",
        "Build evidence in small public steps instead of waiting to feel ready",
        Step(
            "Share 1 small piece of progress with 1 person",
            20,
            "Shared; reply saved",
            times=1,
            attacks=True,
        ),
    ),
    Bottleneck(
        "time",
        r"time|busy|work|job|kids|child|family|schedule|late|hours|commute|shift|travel",
        "",
        None,
    ),
)


def classify(constraint: str) -> Bottleneck | None:
    s = normalize(constraint)
    return next((b for b in BOTTLENECKS if re.search(b.pattern, s)), None)


def constraint_plan(playbook: Playbook, stated: str | None) -> tuple[str, str, Step]:
    """(constraint, strategy, weekly attack) for a stated constraint or the playbook default."""
    if not stated:
        return playbook.constraint, playbook.strategy, playbook.attack
    text = stated.strip().rstrip(".")
    text = text[0].upper() + text[1:] if text else playbook.constraint
    kind = classify(text)
    if kind is None or kind.attack is None:
        strategy = kind.strategy if kind and kind.strategy else playbook.strategy
        return text, strategy, playbook.attack
    return text, kind.strategy, kind.attack
