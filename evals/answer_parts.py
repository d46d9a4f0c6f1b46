"""Is what the person answered used? Each part of the baseline and constraint answers, looked
for in the plan made with the answers, and the constraint's moves checked for their kind.

``python -m evals.answer_parts [-v] [ROUND_DIR ...]`` (default: rounds 22-26) plans every goal
with its persona answers and counts:

- ``unused``: answer parts (the baseline and constraint answers cut at commas, full stops and
  'and'/'but') naming a thing, a person or an amount that no plan text outside the lines that
  quote the answer back (the starting point, the constraint, an assumption) names: "£1,100 on a
  credit card", "wife has $180k in hers", "ServSafe manager cert";
- ``wrong_kind``: constraint answers of a kind whose move has a kind of its own, met without
  it: money short (no money move: a bill, a payment, a pot), a person named (no move names
  that person), distrust of advisers (met by chasing whoever must approve, no check of one's
  own).

Round 26's coaches: "Ignores the £1,100 credit card", "wife's $180k and salary unused",
"£640-before-payday answered with 'a 10-minute version of the session'", "Sister-in-Leeds
answered with 'Ask your sister for 1 specific thing'", "Distrust of advisers answered with
'Chase whoever must approve in writing'".
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from evals.heldout import ROUNDS, TODAY

DEFAULT_ROUNDS = tuple(f"2026-11-29-round{n}" for n in range(22, 27))
_CUT = re.compile(r"[,;.!?()]|\s(?:and|but|plus|also|so)\s|\s[-\u2013\u2014]\s")
_WORD = re.compile(r"[a-z][a-z'-]+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?\s?k?\b")
# words that name nothing of the plan's own: fillers, feelings, times, quantities
_FILLER = frozenset(
    [
        "about",
        "after",
        "again",
        "ago",
        "all",
        "almost",
        "also",
        "always",
        "and",
        "any",
        "anything",
        "around",
        "at",
        "back",
        "bad",
        "badly",
        "bit",
        "but",
        "can't",
        "cant",
        "could",
        "day",
        "days",
        "did",
        "didn't",
        "does",
        "don't",
        "dont",
        "done",
        "each",
        "even",
        "ever",
        "every",
        "feel",
        "feels",
        "few",
        "for",
        "from",
        "get",
        "gets",
        "getting",
        "go",
        "going",
        "got",
        "had",
        "has",
        "have",
        "haven't",
        "having",
        "how",
        "i'm",
        "i've",
        "idk",
        "im",
        "just",
        "keep",
        "keeps",
        "kind",
        "know",
        "like",
        "little",
        "lot",
        "lots",
        "make",
        "maybe",
        "more",
        "most",
        "much",
        "my",
        "need",
        "never",
        "no",
        "not",
        "nothing",
        "now",
        "often",
        "once",
        "one",
        "only",
        "other",
        "out",
        "over",
        "pretty",
        "probably",
        "quite",
        "rather",
        "real",
        "really",
        "right",
        "since",
        "so",
        "some",
        "something",
        "sometimes",
        "sort",
        "still",
        "stuff",
        "tbh",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thing",
        "things",
        "this",
        "those",
        "time",
        "times",
        "too",
        "try",
        "trying",
        "two",
        "usually",
        "very",
        "want",
        "was",
        "way",
        "week",
        "weeks",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "won't",
        "would",
        "yeah",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "lol",
        "haha",
        "around",
        "roughly",
        "approx",
        "about",
        "currently",
        "right",
        "now",
        "start",
        "started",
        "starting",
        "zero",
        "none",
        "nope",
        "mostly",
        "half",
        "whole",
    ]
)
# a person the constraint names: a move with that person is its kind's own
_PERSON = re.compile(
    r"\b(sister|brother|mum|mom|mother|dad|father|parents|wife|husband|partner|boyfriend|"
    r"girlfriend|roommate|flatmate|housemate|boss|manager|ex|son|daughter|aunt|uncle|"
    r"in-?laws?|neighbou?rs?|landlord|coach|friends?)\b"
)
_MONEY_SHORT = re.compile(
    r"\b(?:skint|broke|can'?t afford|no money|no cash|money'?s? (?:is )?tight|short of money|"
    r"till payday|until payday|before payday)\b"
)
_MONEY_MOVE = re.compile(
    r"\b(?:pay|paid|payment|instal\w*|bill|money|cash|budget|pot|overdraft|price\w*|cost\w*|"
    r"fund\w*|afford\w*|split)\b|[£$€]"
)
_DISTRUST = re.compile(r"\b(?:don'?t|do not|never|cannot|can'?t) (?:really )?trust\b|\bwary of\b")
_SELF_CHECK = re.compile(r"\b(?:yourself|your own|calculator|statements?)\b")
_CHASE = re.compile(r"\b(?:chase|whoever must approve|the other side)\b")


def _stem(word: str) -> str:
    return word.strip("'-")[:5]


def parts(answer: str) -> list[str]:
    """The answer cut into the pieces a coach would tick off one by one."""
    return [p.strip() for p in _CUT.split(answer or "") if p and p.strip()]


def named(part: str) -> tuple[set[str], set[str]]:
    """(content word stems, numbers) a part names; both empty for a part of filler only."""
    low = part.lower()
    words = {_stem(w) for w in _WORD.findall(low) if len(w) > 3 and w not in _FILLER}
    numbers = {n.replace(",", "").replace(" ", "") for n in _NUMBER.findall(low)}
    return words, {n for n in numbers if n.rstrip("k") not in {"1", "2", "3"}}


def plan_text(plan: dict) -> str:
    """Every line of the plan that is its own work, not the answers quoted back: the goal, the
    strategy, the indicators, milestone and task titles and done-whens, the metric names."""
    out = [plan["goal"]["statement"], plan.get("constraint_strategy") or ""]
    out += [i.get("name", "") for i in plan.get("leading_indicators", [])]
    for m in plan.get("milestones", []):
        out += [m["title"], (m.get("metric") or {}).get("name", "")]
        for t in m.get("tasks", []):
            out += [t["title"], t.get("done_when", "")]
    return " ".join(out).lower()


def unused_parts(answers: dict, plan: dict) -> list[str]:
    """The baseline and constraint answer parts no plan text names."""
    text = plan_text(plan)
    stems = {_stem(w) for w in _WORD.findall(text)}
    digits = text.replace(",", "")
    out = []
    for key in ("baseline", "constraint"):
        for part in parts(answers.get(key, "")):
            words, numbers = named(part)
            if not words and not numbers:
                continue
            if words & stems or any(n.rstrip("k") in digits for n in numbers):
                continue
            out.append(f"{key}: {part}")
    return out


def wrong_kind(constraint: str, plan: dict) -> str:
    """Why the constraint's moves are of another kind than it ('' when they fit or it has no
    kind with a move of its own)."""
    said = (constraint or "").lower()
    moves = " ".join(
        [plan.get("constraint_strategy") or ""]
        + [
            t["title"]
            for m in plan.get("milestones", [])
            for t in m.get("tasks", [])
            if t.get("attacks_constraint")
        ]
    ).lower()
    if _DISTRUST.search(said) and (_CHASE.search(moves) or not _SELF_CHECK.search(moves)):
        return "distrust met without checks of their own"
    if _MONEY_SHORT.search(said) and not _MONEY_MOVE.search(moves):
        return "money short met without a money move"
    person = _PERSON.search(said)
    if person and not re.search(rf"\b{person.group(1)}", moves):
        return f"{person.group(1)} named, no move with them"
    return ""


def main(argv: list[str]) -> int:
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine
    from assistant.errors import GoalsmithError
    from assistant.planner import plan_goal

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if not a.startswith("-")] or [
        ROUNDS / r for r in DEFAULT_ROUNDS
    ]
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for folder in folders:
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            goal = json.loads(line) if line.strip() else {}
            answers = goal.get("answers") or {}
            if not (answers.get("baseline") or answers.get("constraint")):
                continue
            try:
                result = plan_goal(engine, goal["goal"], answers, settings, TODAY)
            except GoalsmithError:
                continue
            plan = json.loads(result.plan.model_dump_json())
            unused = unused_parts(answers, plan)
            wrong = wrong_kind(answers.get("constraint", ""), plan)
            counts["goals"] += 1
            counts["parts"] += sum(
                any(named(p)) for k in ("baseline", "constraint") for p in parts(answers.get(k))
            )
            counts["unused"] += len(unused)
            counts["plans with unused"] += bool(unused)
            counts["wrong_kind"] += bool(wrong)
            if wrong:
                kinds[wrong.split(" named")[0] if " named" in wrong else wrong] += 1
            if verbose and (unused or wrong):
                print(
                    f"{folder.name[-7:]} {goal['id']}: {'; '.join(unused)}"
                    + (f" [{wrong}]" if wrong else "")
                )
                sys.stdout.flush()
    print(
        f"goals {counts['goals']}: answer parts {counts['parts']}, unused {counts['unused']} "
        f"in {counts['plans with unused']} plans; constraint met by another kind's move "
        f"{counts['wrong_kind']}"
    )
    print("  wrong kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
