"""Which kind of obstacle met each answered plan's constraint, set off by which words, in which
field: one line a plan, to read the wrong ones ("health 'vision' exam" for "revision for my A
levels"). The field is the one the stored '-b' plan was routed to; the moves are today's code.
Run: ``python -m evals.obstacle_cues [ROUND_FOLDER ...]`` (default: the development rounds).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from evals.heldout import ROUNDS, goals
from evals.obstacle_attacks import round_names


def cue_rows(rounds: tuple[str, ...]):
    """(round and goal id, field, source of the moves, the words that set it off, what they
    said) per answered plan."""
    from assistant.engines.offline.constraints import constraint_moves
    from assistant.language import normalize
    from assistant.playbooks import BY_KEY
    from assistant.playbooks.obstacle_kinds import obstacle_kinds, obstacle_structures

    patterns = {f"kind:{k.key}": k.pattern for k in obstacle_kinds()}
    patterns |= {f"structure:{k.key}": k.pattern for k in obstacle_structures()}
    for goal in goals():
        stated = goal.get("answers", {}).get("constraint")
        path = ROUNDS / goal["round"] / "plans" / f"{goal['id']}-b.json"
        if (rounds and goal["round"] not in rounds) or not stated or not path.exists():
            continue
        field = json.loads(path.read_text(encoding="utf-8"))["metadata"].get("field") or ""
        playbook = BY_KEY.get(field, BY_KEY["generic"])
        moves = constraint_moves(playbook, stated, goal["goal"])
        said = normalize(stated)
        for source in moves.source.split("+"):
            m = re.search(patterns[source], said) if source in patterns else None
            cue = m.group(0) if m else "(meaning)" if source in patterns else "-"
            yield f"{goal['round'][-7:]}/{goal['id']}", field, source, cue, stated


def main(argv: list[str]) -> int:
    rounds = round_names(argv)
    sources: Counter[str] = Counter()
    for gid, field, source, cue, stated in cue_rows(rounds):
        sources[source.partition(":")[0]] += 1
        print(f"{gid:>11} {field:<16} {source:<28} {cue[:28]!r:<30} {stated[:60]}")
    print(", ".join(f"{k or 'fallback'}: {n}" for k, n in sorted(sources.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
