"""Where a plan WITH answers contradicts them: each round goal planned with its answers.

``python -m evals.answers_contradicted [ROUND_DIR ...]`` lists the tasks that ask for what an
answer says is absent ("no 401k match") or done ("booked for Oct 12"), beginner steps for
someone who states a level ("know G C D Em"), a first milestone the stated start already
meets, a stated weekly time the plan does not use, and what they hold or where they start
ignored (``evals.start_ignored``); then prints the counts by kind.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from assistant.language import find_quantities, normalize
from assistant.models import Plan
from assistant.playbooks import MONEY_UNITS
from assistant.understanding.finish_time import read_finish_time
from evals.answers_loss import plan
from evals.answers_replaced import replaced
from evals.heldout import dev_rounds
from evals.money_answers import money_ignored
from evals.start_ignored import ignored

_ABSENT_RE = re.compile(
    r"\b(?:no|don'?t have an?|do not have an?|without an?)\s([a-z0-9()]+(?:\s[a-z0-9()]+){0,2})"
)
_NOT_OBJECTS = frozenset(
    ["idea", "time", "one", "clue", "more", "matter", "way", "real", "plan", "order", "longer"]
)
_ASKS_RE = re.compile(
    r"^(?:look up|check|find out about|ask (?:about|for|your)|claim|use|request)\b"
)
_BOOKED_RE = re.compile(
    r"(?<!not )(?<!n't )\b(?:booked|registered|signed up|scheduled|entered)\b(?!\s(?:a|an)\s)"
)
_BOOKS_RE = re.compile(
    r"^(?:book|register|sign up|schedule|enter|check the eligibility|send the application)\b"
    r"(?:(?!question bank|course|class|lesson|tutor|session).)*\b(?:exam|test|race|slot|seat|eligibility|application)\b"
)
_LEVEL_RE = re.compile(
    r"\b(?:know|can (?:play|read|jog|run|hold|do)|[abc][12]\b|did \d+:\d\d|\d+ months? post)"
)
_BEGINNER_RE = re.compile(
    r"\b(?:basic|beginner|[1-3] (?:km|miles?) without stopping|most common|greetings|first (?:physio )?session)\b"
)
_HOURS_RE = re.compile(r"^\D*?(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\b(?!.*\d)")


def _content(text: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z0-9]{3,}", text.replace("(", "").replace(")", ""))
        if w not in {"the", "and", "your", "for"}
    }


def contradictions(answers: dict[str, str], b: Plan, goal: str = "") -> list[str]:
    """What the with-answers plan ``b`` asks for against what the answers (and the goal) say."""
    said = {k: normalize(str(v)) for k, v in answers.items()}
    everything = " . ".join(said.values())
    out: list[str] = []
    absent = [
        m.group(1)
        for m in _ABSENT_RE.finditer(everything)
        if m.group(1).split()[0] not in _NOT_OBJECTS
    ]
    titles = [normalize(t.title) for t in b.tasks()]
    for title in titles:
        words = _content(title)
        if _ASKS_RE.match(title) and any(_content(a) and _content(a) <= words for a in absent):
            out.append(f"asks for what is absent: {title[:70]!r}")
        if _BOOKED_RE.search(everything) and _BOOKS_RE.match(title):
            out.append(f"books what is booked: {title[:70]!r}")
    if _LEVEL_RE.search(said.get("baseline", "")):
        steps = titles + [normalize(m.title) for m in b.milestones]
        out += [
            f"beginner step after a stated level: {t[:70]!r}"
            for t in steps
            if _BEGINNER_RE.search(t)
        ]
    met = first_met(said.get("baseline", ""), b)
    if met:
        out.append(met)
    out += said_losses(goal, said, b)
    out += money_ignored(goal, said, b)  # round 16: bookings, debt order, transfers
    out += [r for r in replaced(goal, said, b) if r not in out]
    # what they have or have done planned again, a stated start dropped (evals.start_ignored)
    out += [f"start ignored ({cause}): {detail}" for cause, detail in ignored(goal, answers, b)]
    hours = _HOURS_RE.search(said.get("capacity", ""))
    if hours and "each" not in said.get("capacity", ""):
        stated = float(hours.group(1))
        if abs(b.capacity_hours_per_week - stated) > max(0.5, stated * 0.25):
            out.append(f"capacity {stated:g} h stated, planned {b.capacity_hours_per_week:g} h")
    return out


_WANTED_RE = re.compile(
    r"\b(?:under|below|less than|down to|get to|up to|reach|hit|want|wants it|to)\s(?:about\s|around\s)?"
    r"[$£€₹]?(\d[\d,]*(?:\.\d+)?)(?!\s?(?:am|pm|days?|weeks?|months?|years?|hours?|hrs?|h|mins?|minutes?|times?|nights?)\b)(?![:\d/])"
)
_SAVED_RE = re.compile(
    r"(?:[$£€₹]?\d[\d,.]*\s?(?:k|lakhs?)?\s(?:saved|in savings|in (?:an? |my )?(?:fd|savings|account|isa|hysa)|already|set aside|put away)"
    r"|(?:have|got|saved)\s[$£€₹]?\d[\d,.]*\s?(?:k|lakhs?)?\s(?:in|saved|already|set))"
)
_NOT_TARGET_AFTER_RE = re.compile(
    r"\s?(?:k\s)?(?:people|of us|guests|a month|per month|/mo|a week|per week|each|every)\b"
)
_PAID_RE = re.compile(r"\b(?:paid off|paid|cleared)\s[$£€₹]?\d[\d,.]*\s?k?\s(?:of|already)\b")
_LEFT_RE = re.compile(r"[$£€₹]?(\d[\d,]*(?:\.\d+)?)\s?(k)?\s(?:left|remaining|to go)\b")
_DONE_SAID_RE = re.compile(
    r"(?:^|[,;]\s*)([a-z]+(?:\s[a-z]+)?)\s(?:done|finished|bought|pieced|completed)\b"
)


def said_losses(goal: str, said: dict[str, str], b: Plan) -> list[str]:
    """A time goal planned as distance, a stated target replaced, money already saved or paid
    ignored, a step said done planned again: what the coaches caught in rounds 11-12."""
    out: list[str] = []
    text = normalize(goal)
    base = said.get("baseline", "")
    titles = [normalize(m.title) for m in b.milestones]
    time = read_finish_time(text, base)
    covers = not b.goal.metric.baseline or b.goal.metric.baseline >= b.goal.metric.target
    if time and time.before and covers and any("without stopping" in t for t in titles):
        out.append(f"time goal planned as distance: {titles[0][:60]!r}")
    planned = normalize(b.goal.statement).replace(",", "")
    for m in _WANTED_RE.finditer(text):
        if re.search(r"\b(?:no \w+|kids|children|get that|get it) $", text[: m.start()]) or (
            _NOT_TARGET_AFTER_RE.match(text[m.end() :])
        ):
            continue  # "no band below 6.5", "kids under 5", "to 400 people", "up to £500 a month"
        value = float(m.group(1).replace(",", ""))
        scale = re.match(r"\s?(k|m)\b", text[m.end() :])
        whole = value * {"k": 1e3, "m": 1e6}[scale.group(1)] if scale else value
        kept = abs(b.goal.metric.target - whole) <= 0.01 * whole or f"{whole:g}" in planned
        if value >= 1 and not kept and m.group(1).replace(",", "") not in planned:
            out.append(f"stated target lost: {m.group(0)!r} -> {b.goal.metric.target:g}")
            break
    metric = b.goal.metric
    money = metric.unit.upper() in MONEY_UNITS
    rate = re.search(r"\b(?:a|per|each|every) (?:month|week|paycheck)\b|in a row", planned)
    kind = f"{metric.name} {b.metadata.field}"
    if (
        money
        and _SAVED_RE.search(base)
        and not metric.baseline
        and not rate
        and not re.search(r"debt|invest|bookings|sales", kind)
    ):
        out.append(f"money already saved ignored: {base[:50]!r}")
    left = _LEFT_RE.search(base)
    paid = _PAID_RE.search(text) or left
    if money and paid and "debt" in metric.name:
        remains = (
            float(left.group(1).replace(",", "")) * (1000 if left.group(2) else 1) if left else 0
        )
        if remains and metric.target > remains * 1.2:
            out.append(f"money already paid ignored: {metric.target:g} planned, {remains:g} left")
    for m in _DONE_SAID_RE.finditer(base):
        words = [w for w in m.group(1).split() if len(w) >= 3 and w not in {"nothing", "not"}]
        if not words or re.search(r"\b(?:not|nothing|half|no)\b", m.group(1)):
            continue
        stems = [w[:5] for w in words]
        heads = [t.split(":")[0] for t in titles[:-1]]
        steps = heads + [normalize(t.title) for t in b.tasks()]
        again = [
            t
            for t in steps
            if re.match(r"^(?:buy|finish|complete|piece|take|every|get)\b", t) or t in heads
            if all(re.search(rf"\b{s}", t) for s in stems)
        ]
        if again:
            out.append(f"done step planned again: {m.group(0).strip(', ')!r} -> {again[0][:60]!r}")
    return out


def first_met(said: str, b: Plan) -> str:
    """A first milestone a lower-is-better goal's stated current level already meets."""
    metric = b.goal.metric
    if (
        not b.milestones
        or not metric.unit
        or metric.baseline is None
        or metric.baseline <= metric.target
    ):
        return ""
    first = b.milestones[0].metric
    for q in find_quantities(said):
        theirs = (q.unit.split() or [""])[0].lower()
        if (
            theirs in {metric.unit.lower(), metric.unit.lower().rstrip("s")}
            and metric.target < q.value <= first.target
        ):
            return f"first milestone {first.target:g} {metric.unit} already met by the stated {q.value:g}"
    return ""


def _kind(found: str) -> str:
    """The kind of a contradiction for the counts."""
    if found.startswith("capacity"):
        return "stated capacity not used"
    if found.startswith("first milestone"):
        return "first milestone already met"
    if found.startswith(("money already", "start ignored")):
        return found.split(":")[0]
    return found.split(":")[0]


def main(args: list[str]) -> int:
    """Print each goal's contradictions and the counts by kind."""
    dirs = dev_rounds(args)
    kinds: Counter[str] = Counter()
    total = bad = 0
    for d in dirs:
        for line in (d / "goals.jsonl").read_text().splitlines():
            row = json.loads(line)
            if not row.get("answers"):
                continue
            total += 1
            try:
                b = plan(row["goal"], row["answers"])
            except Exception as exc:  # a goal the planner refuses is reported, not fatal
                print(f"{d.name} {row['id']}: error {exc}")
                continue
            found = contradictions(row["answers"], b, row["goal"])
            if found:
                bad += 1
                kinds.update(_kind(f) for f in found)
                print(f"{d.name[-7:]} {row['id']}: " + "; ".join(found))
    print(f"\n{bad} of {total} answered goals contradict an answer; by kind: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
