"""Work that goes on after the milestone that finished it: 'Everything packed', then packing."""

from __future__ import annotations

import re

from assistant.findings import finding
from assistant.models import Finding, Plan

_ALL = re.compile(
    r"\b(everything|all|every|whole)\b(?:\s(?:the|your|my)\b)?(?:\s\d+)?(?:\s([a-z]+))?"
)
# a habit kept for a span ('every purchase logged for 3 weeks') is done by going on with it
_KEPT = re.compile(r"\bfor \d+|\bin a row\b|\bstreak|\b(?:days?|weeks?|months?)\b|\bdaily\b")
_IRREGULAR = {"paid": "pay", "sold": "sell", "written": "write", "done": "do", "sent": "send"}


def _done_verbs(title: str) -> set[str]:
    """The verbs a title says are finished: 'packed' -> pack, 'cleared' -> clear."""
    out: set[str] = set()
    for word in re.findall(r"[a-z]+", title):
        if word in _IRREGULAR:
            out.add(_IRREGULAR[word])
        elif word.endswith("ed") and len(word) > 4:
            stem = word[:-2]
            out |= {stem, word[:-1], stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
    return out


def repeats_after_done(plan: Plan) -> list[Finding]:
    """task.repeats_after_done: a milestone says all of a job is done ('Everything packed')
    and a later milestone still schedules that job every week ('Pack 8 boxes')."""
    for i, m in enumerate(plan.milestones):
        title = m.title.lower()
        whole = _ALL.search(title)
        if whole is None or _KEPT.search(title):
            continue
        thing = None if whole.group(1) == "everything" else whole.group(2)
        verbs = _done_verbs(title)
        for j, later in enumerate(plan.milestones[i + 1 :], i + 1):
            for ti, t in enumerate(later.tasks):
                words = re.findall(r"[a-z]+", t.title.lower())
                # the thing finished is what the task works on: 'Pack 8 boxes', not 'Write
                # next week's action for the current stage' after 'all 4 stages written'
                same_thing = thing is None or any(w.startswith(thing[:4]) for w in words[1:4])
                if t.recurrence and words and words[0] in verbs and same_thing:
                    return [
                        finding(
                            "task.repeats_after_done",
                            f"milestones[{j}].tasks[{ti}]",
                            f"'{t.title}' repeats every week after '{m.title}' said it was done.",
                            "End the recurring task at the milestone that finishes it, or "
                            "plan what that milestone leaves undone instead.",
                        )
                    ]
    return []
