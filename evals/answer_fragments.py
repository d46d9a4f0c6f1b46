"""The person's words pasted into a plan's slots, and the template's stand-in nouns left in.

Coaches (rounds 19-21) marked down "a slot marking and planning eat can never take", "10 minutes
of 'do a 25-minute yoga...'", "the other person's things", "the part you don't know how to do",
"'1 weeks in a row'". For every plan of the rounds named (re-planned with today's code, without
and with the persona's answers, or read from a ``--plans FILE`` of saved plans), each title,
done-when, strategy and constraint line is read; a line that carries 3+ consecutive words of the
person's goal or answers is *pasted*, and a pasted line is flagged when the fragment is not a
clean phrase for its slot:

- ``cut``: the fragment ends inside its clause (on a word that needs more after it, or on a verb
  whose object the person said next: "marking and planning eat")
- ``clause``: a sentence or a question of theirs set where a noun goes, outside quotes
- ``quotes``: quotes inside quotes ("'10 minutes of 'do a ...''")
- ``person``: "I", "my", "me" of theirs in a line that speaks to "you" (outside quotes)

Any line, pasted or not, is flagged for ``stand_in`` (a template's generic noun:
``data/named_slots.toml``'s placeholders and the generic ones below), ``verb_for_noun`` (a quoted
instruction after "of": "10 minutes of 'do ...'") and ``number`` ("1 weeks", "you both" for a
family).
Run: ``python -m evals.answer_fragments [--plans FILE | --stored] [--show] [ROUND_FOLDER ...]``
(``--stored``: the plans the round's coaches read).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from assistant.language.slots import for_group
from evals.heldout import dev_plans, dev_rounds

_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_RUN = 3
# words that never end a phrase: what they open comes after them
_OPENS = frozenset(
    re.findall(
        r"\S+",
        "a an the my your our his her their this that these those to of for with from in on at by "
        "about into and or but so than as if when because while is are was were be been am do does "
        "did have has had can can't could will would should must i i'm we you they he she it's "
        "dont don't won't not no every each some any very too just really",
    )
)
# a verb said right before its object ("eat all my evenings", "take my time"): cut there
_TRANSITIVE_END = re.compile(
    r"\b(?:eats?|takes?|kills?|ruins?|steals?|uses? up|makes?|gets?|wants?|needs?|keeps?|"
    r"likes?|hates?|loves?|drags?|wipes?|leaves?|gives?|puts?|has|have|had)$"
)
_CLAUSE_RE = re.compile(
    r"(?:^|\b)(?:i|i'm|im|i've|i'd|i'll|we|we're|they|they're|he|she|it's|there's)\s+"
    r"(?:[a-z']+\s+){0,2}?"
    r"(?:am|is|are|was|were|do|does|did|don't|dont|can|can't|cant|will|won't|would|have|has|"
    r"had|get|got|keep|always|never|just|really|think|feel|want|need|know|love|hate)\b"
)
_QUESTION_RE = re.compile(r"^(?:is|are|do|does|can|should|could|would|will)\b")
_QUOTED_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<![\w'])'(?:[^']|'(?=\w))*'(?!\w)")
_FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|my|me|myself|mine)\b(?![-\d])")
# a quote opened inside an open quote: "of 'do a 'quick' one'", "\"... 'x' ...\""
_NESTED_RE = re.compile(
    r"(?<![\w])'[^']*(?<![\w])'\w[^']*'(?![\w])[^']*'(?![\w])|\"[^\"]*'\w[^']*'[^\"]*\""
)
_VERB_FOR_NOUN_RE = re.compile(
    r"\b(?:of|about|round|around|for) ['\"“](?:do|go|get|make|take|walk|run|write|read|"
    r"practise|practice|play|hold|work|spend|try|put|set|book|call|ask|cook|eat|drink|swim|"
    r"ride|lift|stretch|study|learn|save|pay|list|check|plan|note|log|pick)\b",
    re.I,
)
# a count of one with a plural noun: "1 weeks", "1 sessions"
_ONE_PLURAL_RE = re.compile(r"(?<![\d.,])\b1 ([a-z]+s)\b(?! (?:of|in a row|apart)\b)")
_NOT_PLURAL = frozenset(("times", "bus", "plus", "class", "glass", "pass", "less", "kiss"))
# generic stand-ins of the templates a person never said ("the thing" for their thing)
GENERIC = (
    r"the other person",
    r"the owner\b(?!'s manual|s\b)",
    r"the part you\b",
    r"the thing you\b",
    r"^the thing\b",
    r"the pills, kit or book",
    r"the person you share",
    r"borrowed, second-hand",
    r"your fixed commitments",
    r"the person who pulls the other way",
)


def lines(plan: dict) -> Iterator[tuple[str, str]]:
    """(place, text) of every line of a plan a person reads beside its goal."""
    yield "constraint", plan.get("constraint") or ""
    yield "strategy", plan.get("constraint_strategy") or ""
    for milestone in plan.get("milestones", []):
        yield "milestone", milestone.get("title", "")
        for task in milestone.get("tasks", []):
            yield "title", task.get("title", "")
            yield "done_when", task.get("done_when", "")


def _tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower().replace("’", "'"))


def pasted_runs(line: str, sources: list[str]) -> list[tuple[str, str]]:
    """(run, source) for each longest run of 3+ words of ``line`` that a source says."""
    words = _tokens(line)
    out, i = [], 0
    grams = []
    for src in sources:
        toks = _tokens(src)
        grams.append((src, toks, {tuple(toks[j : j + _RUN]) for j in range(len(toks) - _RUN + 1)}))
    while i <= len(words) - _RUN:
        hit = next((g for g in grams if tuple(words[i : i + _RUN]) in g[2]), None)
        if not hit:
            i += 1
            continue
        src, toks, _ = hit
        j = i + _RUN
        while j < len(words) and " ".join(words[i : j + 1]) in " ".join(toks):
            j += 1
        out.append((" ".join(words[i:j]), src))
        i = j
    return out


def _after(run: str, source: str) -> str:
    """The source's next word after ``run`` ('' at its end or a clause mark)."""
    low = source.lower().replace("’", "'")
    m = re.search(r"\b" + r"\W+".join(map(re.escape, run.split())) + r"\b", low)
    if not m:
        return ""
    rest = low[m.end() :]
    nxt = re.match(r"\s+([a-z0-9']+)", rest)
    return nxt.group(1) if nxt else ""


def faults(line: str, sources: list[str]) -> list[str]:
    """The fault classes of one line made from ``sources`` (the person's goal and answers)."""
    found = []
    low = line.lower().replace("’", "'")
    bare = _QUOTED_RE.sub(" ", low)
    runs = pasted_runs(line, sources)
    if runs:
        found.append("pasted")
    whole = any(_tokens(line) == _tokens(s) for s in sources)  # their answer shown as said
    for run, source in [] if whole else runs:
        inside_quotes = run not in " ".join(_tokens(bare))
        words = run.split()
        while len(words) > _RUN and words[-1] in _OPENS:  # glue the template shares with them
            words.pop()
        kept = " ".join(words)
        if not inside_quotes and _after(kept, source) and _TRANSITIVE_END.search(kept):
            found.append("cut")
        if not inside_quotes and (_CLAUSE_RE.search(run) or _QUESTION_RE.match(run)):
            found.append("clause")
    if runs and not whole and _FIRST_PERSON_RE.search(bare):
        found.append("person")
    if _NESTED_RE.search(line.replace("’", "'")):
        found.append("quotes")
    if _VERB_FOR_NOUN_RE.search(line):
        found.append("verb_for_noun")
    if any(m.group(1) not in _NOT_PLURAL for m in _ONE_PLURAL_RE.finditer(low)) or (
        for_group(line) != line  # "with your family: meals that suit you both"
    ):
        found.append("number")
    if any(re.search(g, low) for g in _generic()):
        found.append("stand_in")
    return list(dict.fromkeys(found))


def _generic() -> tuple[str, ...]:
    from assistant.engines.offline.named_slots import slots

    return GENERIC + tuple(re.escape(s.placeholder.lower()) for s in slots())


def plans(argv: list[str]) -> Iterator[tuple[str, str, list[str], dict]]:
    """(round, goal id with side, the person's words, plan as a dict) of each plan."""
    if "--plans" in argv:
        path = argv[argv.index("--plans") + 1]
        for row in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()):
            said = [row["goal"], *map(str, row["answers"].values())]
            yield row["round"], f"{row['id']}-{row['side']}", said, row["plan"]
        return
    rounds = [a for a in argv if not a.startswith("-")]
    if "--stored" in argv:  # the plans each round's coaches read, from that round's code
        for folder in dev_rounds(rounds):
            text = (folder / "goals.jsonl").read_text(encoding="utf-8")
            rows = [json.loads(x) for x in text.splitlines() if x.strip()]
            by_id = {r["id"]: r for r in rows}
            for path in sorted((folder / "plans").glob("*.json")):
                gid, _, side = path.stem.rpartition("-")
                if gid in by_id:
                    answers = by_id[gid].get("answers", {}) if side == "b" else {}
                    plan = json.loads(path.read_text(encoding="utf-8"))
                    said = [by_id[gid]["goal"], *map(str, answers.values())]
                    yield folder.name, f"{gid}-{side}", said, plan.get("plan", plan)
        return
    for folder, goal, answers, plan in dev_plans(rounds):
        said = [goal["goal"], *map(str, answers.values())]
        side = "b" if answers else "a"
        yield folder.name, f"{goal['id']}-{side}", said, plan.model_dump(mode="json")


def main(argv: list[str]) -> int:
    counts: dict[str, Counter[str]] = {"a": Counter(), "b": Counter()}
    plans_with: dict[str, Counter[str]] = {"a": Counter(), "b": Counter()}
    n = Counter[str]()
    for round_name, gid, said, plan in plans(argv):
        side = gid[-1]
        n[side] += 1
        seen: set[str] = set()
        for place, text in lines(plan):
            got = faults(text, said)
            counts[side].update(got)
            seen.update(got)
            bad = [f for f in got if f != "pasted"]
            if bad and "--show" in argv:
                print(f"{round_name[-7:]}/{gid:<6} {place:<9} {','.join(bad):<14} {text[:150]}")
        plans_with[side].update(seen)
    for side, name in (("a", "without answers"), ("b", "with answers")):
        print(f"{name}: {n[side]} plans")
        for fault in ("pasted", "cut", "clause", "quotes", "person", "verb_for_noun", "number"):
            print(
                f"  {fault:<14} {counts[side][fault]:>4} lines in {plans_with[side][fault]:>3} plans"
            )
        print(
            f"  {'stand_in':<14} {counts[side]['stand_in']:>4} lines in {plans_with[side]['stand_in']:>3} plans"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
