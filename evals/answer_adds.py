"""Does the obstacle answer only add? Each goal planned with no answers and with ONLY its
constraint answer (the ablation's 'obstacle only' arm), compared.

For every goal of the rounds named (default: rounds 22-24) that came with a constraint answer:

- ``spliced``: titles (milestones and tasks) holding a word of the answer that neither the goal
  nor the plan made without the answer says, outside quotes (the person's words set into a
  template: "Start opening the letters anxiety with a 10-minute block");
- ``broken``: of those, titles that read broken by this audit's wording checks
  (``wording_audit``'s patterns, ``validators.wording``'s cut-off and made-up word tests, and the
  slot shapes coaches quoted: "the isnt", a first person in a title, two nouns run together);
- ``other_field``: attack moves of another field or read in another sense
  (``obstacle_fit.fit_problems``, ``obstacle_leaks.no_need``);
- ``findings_grew``: plans with more rule findings (warnings and errors) than without the answer;
- ``quoted``: plans whose constraint line or strategy carries the answer's words (the answer
  kept where it is the person's).

Run: ``python -m evals.answer_adds [-v] [ROUND_FOLDER ...]``. Session 15 (rounds 22-24, 135
goals): spliced 127 -> 121 titles, broken 7 titles in 4 plans -> 1 in 1, other field 7 -> 7,
plans whose findings grew 89 -> 91 (``constraint.generic_attack`` 71 -> 74).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from evals.heldout import ROUNDS, TODAY

DEFAULT_ROUNDS = ("2026-11-29-round22", "2026-11-29-round23", "2026-11-29-round24")
_WORD = re.compile(r"[a-z][a-z']+")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)")
_COMMON = frozenset(
    [
        "the", "and", "but", "for", "with", "from", "that", "this", "then", "than", "they", "them",
        "their", "there", "what", "when", "where", "which", "who", "why", "how", "not", "nor",
        "can", "could", "would", "should", "will", "just", "really", "also", "very", "much", "many",
        "more", "most", "some", "any", "all", "get", "got", "gets", "getting", "have", "has", "had",
        "having", "been", "being", "are", "was", "were", "its", "it's", "i'm", "i've", "don't",
        "can't", "won't", "isn't", "doesn't", "didn't", "your", "you", "our", "out", "off", "over",
        "into", "onto", "about", "after", "before", "because", "since", "until", "while", "too",
        "so", "like", "one", "two", "three", "four", "five", "week", "weeks", "day", "days", "time",
        "times", "every", "each", "make", "made", "thing", "things", "stuff", "lot", "lots", "bit",
        "kind", "sort", "way", "always", "never", "usually", "sometimes", "often", "still", "even",
        "only", "own", "other", "others", "yes", "no", "maybe", "probably", "mostly"
    ]
)  # fmt: skip
# the slot shapes coaches quoted as broken, in this audit's own words
_SHAPES = (
    # a determiner or preposition straight before a verb, a negation or a pronoun: "round the isnt"
    re.compile(
        r"\b(?:the|a|an|your|of|round|without|with)\s+(?:isnt|is|are|was|im|i|me|my|it's|"
        r"dont|don't|cant|can't|wont|doesnt|didnt|never|always|just|really|so|too|very|get|"
        r"gets|keep|keeps|have|has|had)\b",
        re.I,
    ),
    # the first person outside quotes: a clause of the answer pasted in
    re.compile(r"(?:^|\s)(?:I|I'm|im|my|me|myself)(?=\s|$)"),
    # a contraction typed without its apostrophe, or a chat filler
    re.compile(r"\b(?:isnt|arent|dont|doesnt|didnt|cant|wont|im|ive|tbh|lol|idk)\b", re.I),
    # a clause's verb left hanging in a noun's place: "klarna is too", "duolingo feels like"
    re.compile(
        r"\b(?:is|are|was|feels?|seems?|gets|keeps) (?:too|so|very|really|like|kind of)"
        r"(?=\s*(?:[,;:]|$|\bwith\b|\bin the way\b|\bthis\b|\band\b))",
        re.I,
    ),
    # a plural subject with a verb for one: "before meetings fills the week"
    re.compile(
        r"\b(?:before|until|when|while|after) [a-z]+(?<!ss)(?<!us)s (?:fills|takes|eats|gets|"
        r"keeps|makes|runs)\b",
        re.I,
    ),
)
_STOP = re.compile(r"\s*[,;:.!?()]\s*")


def glued(title: str, answer: str) -> str:
    """Two words of the answer that a stop kept apart, set side by side in a title as one
    phrase ("the letters tbh, anxiety" -> "the letters anxiety"), or ''."""
    pieces = [p for p in _STOP.split(answer.lower()) if p]
    bare = _QUOTED.sub(" ", title).lower()
    for left, right in zip(pieces, pieces[1:], strict=False):
        a, b = _WORD.findall(left)[-1:], _WORD.findall(right)[:1]
        named = a and b and not {a[0], b[0]} & _COMMON and min(len(a[0]), len(b[0])) > 2
        pair = f"{a[0]} {b[0]}" if named else ""
        if pair and pair in bare and pair not in answer.lower():
            return pair
    return ""


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _COMMON}


def titles(plan: dict) -> list[str]:
    out = []
    for m in plan.get("milestones", []):
        out.append(m["title"])
        out += [t["title"] for t in m.get("tasks", [])]
    return out


def spliced(title: str, answer: str, known: set[str]) -> set[str]:
    """The answer's words set into ``title`` outside quotes that ``known`` (the goal's and the
    unanswered plan's words) does not hold."""
    bare = _QUOTED.sub(" ", title)
    return (_words(bare) & _words(answer)) - known


def broken(title: str, goal_text: str, answer: str = "") -> str:
    """Why a title reads broken ('' when it reads whole)."""
    from assistant.validators.wording import cut_inside, dangling_end, strange_words
    from evals.wording_audit import BROKEN

    for label, pattern in BROKEN.items():
        if pattern.search(title):
            return label
    bare = _QUOTED.sub(" ", title)
    allowed = {w.lower() for w in re.findall(r"[A-Za-z']+", goal_text)}
    odd = strange_words(bare, allowed)
    if odd:
        return f"not English: {odd[0]}"
    cut = dangling_end(title) or cut_inside(title)
    if cut:
        return f"cut: {cut}"
    if answer and (pair := glued(title, answer)):
        return f"glued across a stop: {pair}"
    for shape in _SHAPES:
        m = shape.search(bare)
        if m:
            return f"slot shape: {m.group(0).strip()}"
    return ""


def compare(goal: dict, bare: dict, answered: dict, bare_f: Counter, answered_f: Counter) -> dict:
    """Every count of this audit for one goal's two plans."""
    from evals.obstacle_fit import fit_problems
    from evals.obstacle_leaks import no_need

    answer = goal["answers"]["constraint"]
    known = _words(goal["goal"]) | {w for t in titles(bare) for w in _words(t)}
    hit = [(t, spliced(t, answer, known)) for t in dict.fromkeys(titles(answered))]
    hit = [(t, w) for t, w in hit if w]
    bad = [(t, why) for t, _ in hit if (why := broken(t, goal["goal"], answer))]
    lines = [answered.get("constraint_strategy") or ""]
    bad += [(t, f"strategy: {why}") for t in lines if (why := broken(t, goal["goal"], answer))]
    one = {**goal, "answers": {"constraint": answer}}
    fit = fit_problems(one, answered)
    need = no_need(one, answered)
    said = " ".join([answered.get("constraint") or "", answered.get("constraint_strategy") or ""])
    return {
        "spliced": [t for t, _ in hit],
        "broken": [f"{t} [{why}]" for t, why in bad],
        "other_field": [*fit.values(), *([need] if need else [])],
        "findings_grew": answered_f.total() > bare_f.total(),
        "grew": sorted((answered_f - bare_f).elements()),
        "quoted": bool(_words(answer) & _words(said)),
    }


def _plans(goal: dict, engine, settings):
    from assistant.errors import GoalsmithError
    from assistant.planner import plan_goal

    out = []
    for answers in ({}, {"constraint": goal["answers"]["constraint"]}):
        try:
            result = plan_goal(engine, goal["goal"], answers, settings, TODAY)
        except GoalsmithError:
            return None
        codes = Counter(f.code for f in result.findings if f.severity in ("warning", "error"))
        out += [json.loads(result.plan.model_dump_json()), codes]
    return out


def main(argv: list[str]) -> int:
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine

    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    folders = [Path(a) for a in argv if not a.startswith("-")] or [
        ROUNDS / r for r in DEFAULT_ROUNDS
    ]
    counts: Counter[str] = Counter()
    grew: Counter[str] = Counter()
    for folder in folders:
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            goal = json.loads(line) if line.strip() else {}
            if not goal.get("answers", {}).get("constraint"):
                continue
            plans = _plans(goal, engine, settings)
            if plans is None:
                continue
            found = compare(goal, *plans[::2], *plans[1::2])
            counts["goals"] += 1
            for key in ("spliced", "broken", "other_field"):
                counts[key] += len(found[key])
                counts[f"{key} plans"] += bool(found[key])
            counts["findings_grew"] += found["findings_grew"]
            grew.update(found["grew"])
            counts["quoted"] += found["quoted"]
            if "-v" in argv and (found["broken"] or found["other_field"]):
                tag = f"{folder.name[-7:]} {goal['id']}"
                print(f"{tag} [{goal['answers']['constraint'][:70]}]")
                for key in ("broken", "other_field"):
                    for item in found[key]:
                        print(f"    {key}: {item[:160]}")
            sys.stdout.flush()
    print(f"goals with a constraint answer: {counts['goals']}")
    for key in ("spliced", "broken", "other_field"):
        print(f"  {key:<12} titles/moves {counts[key]:>3}  plans {counts[f'{key} plans']}")
    print(f"  findings_grew plans {counts['findings_grew']}")
    print(
        "  findings added by the answer: " + ", ".join(f"{c} {n}" for c, n in grew.most_common(12))
    )
    print(f"  quoted (constraint line or strategy holds the answer's words) {counts['quoted']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
