"""How the chat handles changes people ask for after a plan, in their own words.

``evals/revisions/requests.jsonl`` holds 120 requests for 12 goals, written by a reviewer who
never read the code, each with the kinds of change it asks for. Each request is sent to a fresh
chat holding the goal's plan (offline, no answers, today 27 Nov 2026); the reply is read back
into a kind (the revision note's words, the agenda, the week told, a refusal) and counted as
handled when it is one of the kinds asked. The first six goals (in file order) are where fixes
were tuned; the last six are held out.

    python -m evals.revision_talk [--show failed|all] [--half dev|held]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline import OfflineEngine

REQUESTS = Path(__file__).parent / "revisions" / "requests.jsonl"
TODAY = dt.date(2026, 11, 27)

# the words of a revision note (or a reply) that say which kind of change was made
_KINDS = (
    ("deadline", r"^deadline |: deadline "),
    ("capacity", r"^capacity |time a week|hours a week"),
    ("lighter", r"^lighter"),
    ("harder", r"one more session"),
    ("sessions_count", r"sessions set to|one more session|fewer sessions"),
    ("time_of_day", r"sessions moved to"),
    ("days", r"no sessions on|sessions on .* only"),
    ("session_length", r"sessions at most|min a session|minutes a session|takes \d+|longer"),
    ("drop_step", r"removed \d+ task|took '.*' out of|dropped milestone"),
    ("add_step", r"^added|, added"),
    ("already_done", r"marked done"),
    ("starting_point", r"starting point"),
    ("joins", r" joins '"),
    ("owner", r"^gave "),
    ("target", r"^target "),
    ("pause", r"break from|paused|a break"),
    ("stuck", r"made it the constraint"),
    ("undo", r"restored|back to version"),
)


# the outcomes that leave the plan as it was
_NO_CHANGE = frozenset(("not_understood", "refused", "this_week", "week_told"))


def outcome(c: Conversation, request: str) -> tuple[str, str]:
    """(kind, text): what the chat did with ``request``."""
    before = c.plan.version if c.plan else 0
    turn = c.send(request)
    text = turn.message
    if c.plan is not None and c.plan.version > before:
        note = c.plan.metadata.revision_note or ""
        if text.startswith("Restored") or "back to version" in text[:200]:
            return "undo", text[:120]
        kinds = [k for k, pattern in _KINDS if re.search(pattern, note)]
        return ",".join(kinds) or "revised", note
    if text.startswith("**This week"):
        return "this_week", text[:120]
    if "how your week went" in text:
        return "week_told", text[:80]
    if "I can't tell what to change" in text:
        return "not_understood", text[:100]
    return "refused", text[:240]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", choices=["failed", "all", "none"], default="failed")
    ap.add_argument("--half", choices=["dev", "held", "all"], default="all")
    ap.add_argument(
        "--file",
        type=Path,
        default=REQUESTS,
        help="the requests (JSONL: goal, request, kinds); requests2.jsonl is the second set",
    )
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.file.read_text().splitlines() if line.strip()]
    goals = list(dict.fromkeys(r["goal"] for r in rows))
    half = {"dev": goals[:6], "held": goals[6:], "all": goals}[args.half]
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    handled: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    results: Counter[bool] = Counter()
    wrong = 0
    for row in rows:
        if row["goal"] not in half:
            continue
        c = Conversation(engine, settings, today=TODAY)
        c.send(row["goal"])
        c.send("just plan it")
        if "undo" in row["kinds"]:  # an undo needs a change before it
            c.send("push the deadline back 1 week")
        kind, text = outcome(c, row["request"])
        got = set(kind.split(","))
        ok = bool(got & set(row["kinds"])) or ("this_week" in row["kinds"] and kind == "this_week")
        results[ok] += 1
        # a new version none of whose changes was asked: worse than a request not understood
        wrong += not ok and kind not in _NO_CHANGE
        for k in row["kinds"]:
            asked[k] += 1
            handled[k] += k in got
        if args.show == "all" or (args.show == "failed" and not ok):
            print(f"{'ok ' if ok else 'XX '}{row['id']} {row['kinds']} -> {kind}")
            print(f"    {row['request']}")
            print(f"    {text[:200]!r}")
    total = results[True] + results[False]
    print(f"\nhandled as asked: {results[True]} of {total} ({results[True] / max(1, total):.0%})")
    print(f"changed what was not asked: {wrong} of {total}")
    for k in sorted(asked, key=lambda k: -asked[k]):
        print(f"  {k:15s} {handled[k]:3d} / {asked[k]:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
