"""A goal statement that is the person's raw words, not a goal written for them.

'Get to b2 in german so i can apply for nursing jobs in german': first person, and names the
person wrote with a capital ('B2', 'German') lower-cased.
"""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.models import Finding, Plan

# the person speaking: a plan speaks to them ('your mum'), never as them ('my mum')
_FIRST_PERSON = re.compile(r"\b(?:[Ii]|[Ii]'m|[Ii]'ve|[Ii]'d|[Ii]'ll|[Mm]y|me|myself)\b")
# a team's plan may speak as the team ('our release'); one person's plan may not
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _capitalised(text: str) -> list[str]:
    """Words the person wrote with a capital away from a sentence start ('B2', 'German'), in
    the order written (so the message names the same word on every run, whatever the hash)."""
    out: dict[str, None] = {}
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        words = _WORD.findall(sentence)
        if sum(w[0].isupper() for w in words) * 2 > len(words):
            continue  # Title Case Or Shouting: the capitals say nothing of names
        for word in words[1:]:
            if word[0].isupper() and word.lower() not in {"i", "i'm"} and len(word) > 1:
                out[word] = None
    return list(out)


def raw_goal_words(plan: Plan) -> list[Finding]:
    """goal.raw_words: the goal statement is the person's text pasted in: it speaks in the
    first person, starts lower-case, or lower-cases a name the person capitalised."""
    # their words quoted whole ("“I coach ...”, through 4 stages"): a quote, not pasted text
    statement = re.sub(r"\u201c[^\u201d]*\u201d", "\u201c\u201d", plan.goal.statement)
    why = ""
    person = _FIRST_PERSON.search(statement) or (not plan.team and _WE.search(statement))
    if person:
        why = f"it speaks as the person ('{person.group(0)}')"
    elif statement[:1].islower():
        why = "it starts lower-case"
    elif plan.request is not None:
        said = _WORD.findall(statement)
        plain = set(_WORD.findall(plan.request.goal_text))  # 'app' and 'App Store' both
        lowered = [
            w
            for w in _capitalised(plan.request.goal_text)
            if w.lower() in said and w.lower() not in plain
        ]
        if lowered:
            why = f"it lower-cases '{lowered[0]}'"
    if not why:
        return []
    return [
        finding(
            "goal.raw_words",
            "goal.statement",
            f"The goal statement reads as the person's raw words: {why}.",
            "Write the goal for the person: 'your', the names as they wrote them, a clear outcome.",
        )
    ]
