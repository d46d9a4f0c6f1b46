"""How many deadline and time answers are read against their own words, in the classes the
'when' helper fixed: a bare start ('from next week ideally') read as the deadline, a year the
goal names lost when the answer names only the day, a window counted from a past day ('180
days from oct 3') planned from next year's, and a time answer that says why it gives no hours
('this is about less time') read as 'you did not say'. Reading only (no plans): fast.

    python -m evals.deadline_meant [round folders]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter

from evals.heldout import TODAY, dev_rounds

_FROM_RE = re.compile(r"^\W*(?:starting |beginning )?(?:from|as of)\s", re.I)
_YEAR_RE = re.compile(r"\b(20[2-9]\d)\b")
_WINDOW_RE = re.compile(r"\b(\d+)\s(day|week|month)s?\sfrom\b", re.I)
_REASON_RE = re.compile(r"\b(?:less|fewer|add|extra|spare|already)\b", re.I)


def misreads(goal: str, answers: dict[str, str], today: dt.date) -> list[str]:
    """The classes this goal's reading falls into."""
    from assistant.understanding.goal import understand

    u = understand(goal, answers, today)
    said = answers.get("deadline", "")
    out = []
    if (
        _FROM_RE.match(said)
        and "deadline" in u.stated
        and not re.search(r"\d\s?(?:day|week|month)", said)
    ):
        out.append("start_as_end")
    years = [int(y) for y in _YEAR_RE.findall(goal) if int(y) > today.year]
    if years and said and not _YEAR_RE.search(said) and u.deadline.year < min(years):
        out.append("year_lost")
    for text in (goal, said):
        if _WINDOW_RE.search(text) and (u.deadline - today).days > 300:
            out.append("window_from_next_year")
            break
    cap = answers.get("capacity", "")
    loose = u.notes.get("capacity", "")
    if cap and _REASON_RE.search(cap) and "did not say" in loose:
        out.append("time_reason_unread")
    return out


def main(args: list[str]) -> None:
    counts: Counter[str] = Counter()
    total = 0
    for folder in dev_rounds(args):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            for answers in ({}, goal.get("answers", {})):
                total += 1
                try:
                    found = misreads(goal["goal"], dict(answers), TODAY)
                except Exception:  # noqa: BLE001 - a refused goal is no misreading
                    continue
                for kind in found:
                    counts[kind] += 1
                    print(f"{folder.name} {goal['id']}{'-b' if answers else '-a'}: {kind}")
    print(json.dumps({"readings": total, **counts}))


if __name__ == "__main__":
    main(sys.argv[1:])
