"""How the chat files answers typed one at a time: for each judged goal, the persona's answers
to the questions the chat asks are sent as separate messages in the order asked, and each is
checked against where it landed: its own question, another one, or nowhere.

    python -m evals.chat_filing [round folders...] [--show]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.engines.offline import OfflineEngine
from evals.heldout import dev_rounds

TODAY = dt.date(2026, 11, 27)


def filed(goal: str, answers: dict[str, str]) -> Counter[str]:
    """'own', 'other:<key>' or 'lost' for each answer sent while the chat was still asking."""
    settings = Settings(_env_file=None, offline=True)
    chat = Conversation(OfflineEngine(settings), settings, TODAY)
    asked = [q.key for q in chat.send(goal).questions]
    out: Counter[str] = Counter()
    for key in asked:  # the person answers the questions the chat asked, in its order
        said = answers.get(key)
        if chat.state != "clarify":
            break
        if not said:  # a question the persona has no answer to: "not sure", as people say
            chat.send("not sure")
            continue
        chat.send(said)
        where = next((k for k, v in chat.answers.items() if said.strip() in v or v in said), None)
        out["own" if where == key else f"other:{where}" if where else "lost"] += 1
    return out


def main(args: list[str]) -> None:
    total: Counter[str] = Counter()
    show = "--show" in args
    for folder in dev_rounds([a for a in args if not a.startswith("--")]):
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            goal = json.loads(line)
            got = filed(goal["goal"], goal.get("answers", {}))
            total.update(got)
            if show and set(got) - {"own"}:
                print(folder.name, goal["id"], dict(got))
    sent = sum(total.values())
    print(
        f"answers sent {sent}; on their own question {total['own']}; "
        + ", ".join(f"{k} {v}" for k, v in sorted(total.items()) if k != "own")
    )


if __name__ == "__main__":
    main(sys.argv[1:])
