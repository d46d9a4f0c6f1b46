"""Goal statements that lose what the goal text said: an "and"-part, a time or score target,
or the person's currency and amount (`python -m evals.goal_text_losses [rounds...]`)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

TODAY = dt.date(2026, 11, 27)

_VERBS = (
    r"pass|raise|build|hold|get|save|lose|run|write|finish|learn|launch|start|pay|buy|sell|"
    r"publish|complete|earn|make|find|open|move|qualify|reach|hit|land|sit|take|read|program|"
    r"record|release|ship|have|do"
)
# "build a robot and raise $3,000": two outcomes, each led by its own verb
_AND_PART_RE = re.compile(
    rf"\b({_VERBS})\s((?:[\w$£€₹,.'-]+\s){{0,5}}?[\w$£€₹,.'-]+)\s(?:and|&)\s(?:also\s|then\s)?"
    rf"({_VERBS})\s((?:[\w$£€₹,.'-]+\s?){{1,6}})",
    re.I,
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "and",
        "or",
        "it",
        "its",
        "be",
        "is",
        "are",
        "this",
        "that",
        "me",
        "i",
        "we",
        "you",
        "some",
        "more",
        "most",
        "all",
        "one",
        "two",
        "can",
        "so",
        "as",
        "from",
        "up",
        "out",
        "into",
        "get",
        "have",
    ]
)
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_ALL_N_RE = re.compile(r"\ball (two|three|four|five|six|\d) ([a-z]+)", re.I)
_TIME_TARGET_RE = re.compile(
    r"\b(?:under|sub|below|less than|faster than|beat|break)[- ](\d{1,2}(?::\d{2}){1,2}|\d+(?:\.\d+)?"
    r"\s?(?:hours?|hrs?|h|minutes?|mins?))\b",
    re.I,
)
_RACE_RE = re.compile(
    r"\b(?:marathon|half|5k|10k|\d+\s?k\b|km|mile|race|swim|ride|triathlon)", re.I
)
_SCORE_RE = re.compile(
    r"\b(?:score|band|grade|gpa|at least|over|above)\s(?:of\s|a\s)?(\d{2,4}(?:\.\d)?|[A-F][+-]?)\b"
    r"|\b(\d{2,4})\+?\s(?:on|in)\s(?:the\s)?(?:sat|act|gre|gmat|lsat|mcat|ielts|toefl)\b",
    re.I,
)
_CURRENCY = {"£": "£", "€": "€", "₹": "₹", "rs": "₹", "lakh": "₹", "crore": "₹", "$": "$"}
_MONEY_RE = re.compile(r"[£€₹$]|\brs\.?\s?\d|\b\d[\d.,]*\s?(?:lakh|crore)\b", re.I)


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _currency(text: str) -> set[str]:
    found = set()
    for m in _MONEY_RE.finditer(text):
        key = m.group(0).lower().strip(". 0123456789,")
        key = "rs" if key.startswith("rs") else key
        key = "lakh" if "lakh" in key else "crore" if "crore" in key else key
        found.add(_CURRENCY.get(key, key))
    return found


_AMOUNT_RE = re.compile(
    r"(?:[£€₹$]|\brs\.?\s?)\s?(\d[\d,]*(?:\.\d+)?)\s?(k|lakh|crore|m|million)?\b"
    r"|\b(\d[\d,]*(?:\.\d+)?)\s?(k|lakh|crore)\b",
    re.I,
)
_SCALE = {"k": 1e3, "lakh": 1e5, "crore": 1e7, "m": 1e6, "million": 1e6}


def _amounts(text: str) -> set[float]:
    """The money amounts of a text, in units (2.5 lakh = 250000)."""
    found = set()
    text = re.sub(r"\b40[13]\s?\(?[kb]\)?", "", text, flags=re.I)  # an account's name
    for m in _AMOUNT_RE.finditer(text):
        number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1)
        found.add(round(value, 2))
    return found


_INCOME_RE = re.compile(
    r"\b(?:salary|income|make|makes|earn|earns|paid|take home|bring in)\b(?: is| of)?\s?(?:about |around )?"
    r"([£€₹$]?\s?\d[\d,.]*\s?(?:k|lakh|crore)?)",
    re.I,
)


_GAIN_RE = re.compile(
    r"\b(?:gain|put on|bulk(?: up)?|increase|raise|grow|more|build up)\b.{0,40}?"
    r"\b(?:weight|kg|kilos?|lbs?|pounds|muscle|sleep|hours|savings?)\b",
    re.I,
)
_LOSE_RE = re.compile(r"^(?:lose|cut|reduce|lower|drop|shed)\b", re.I)
_FROM_TO_RE = re.compile(
    r"\b(?:from|at|i'?m|currently)\s(\d[\d,.]*)\s?(kg|lbs?|pounds|kilos?)\b.{0,60}?"
    r"\b(?:to|get to|reach)\s(\d[\d,.]*)\s?(?:kg|lbs?|pounds|kilos?)?\b",
    re.I,
)
_UNIT_NUMBER_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s(hours?|hrs?|beers?|drinks?|glasses|cigarettes|rooms?|songs?|books?)\b",
    re.I,
)
_RACE_NAMED_RE = re.compile(r"\b(?:marathon|half|5k|10k|\d+\s?k race|triathlon|ultra)\b", re.I)
_PERIOD_RE = re.compile(
    r"\b(?:(this|next) (quarter|month)|(\d+|two|three|four|five|six|seven|eight) weeks? left"
    r"|mid[- ](20\d\d)|end of (?:the |this )year)\b",
    re.I,
)
_WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _unit_numbers(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in _UNIT_NUMBER_RE.finditer(text):
        found.setdefault(m.group(2).lower()[:3], set()).add(m.group(1))
    return found


def _period_end(goal: str, today: dt.date) -> dt.date | None:
    """The last day a named period in the goal text allows ("this quarter", "7 weeks left")."""
    m = _PERIOD_RE.search(goal)
    if not m:
        return None
    if m.group(3):
        weeks = _WORD_N.get(m.group(3).lower()) or int(m.group(3))
        return today + dt.timedelta(weeks=weeks)
    if m.group(4):
        return dt.date(int(m.group(4)), 7, 31)
    if m.group(2):
        months = 3 if m.group(2).lower() == "quarter" else 1
        shift = 0 if m.group(1).lower() == "this" else months
        start = (today.month - 1) // 3 * 3 + 1 + shift if months == 3 else today.month + shift
        year, month = today.year + (start - 1) // 12, (start - 1) % 12 + 1
        last = month + months - 1
        year, last = year + (last - 1) // 12, (last - 1) % 12 + 1
        nxt = dt.date(year + last // 12, last % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(today.year, 12, 31)


def shape_losses(
    goal: str, statement: str, deadline: dt.date | None = None, today: dt.date = TODAY
) -> list[str]:
    """Direction, scale, race-to-volume, mangled headline and named-period misreadings."""
    out = []
    head = statement.strip()
    if _LOSE_RE.match(head):
        gain = _GAIN_RE.search(goal)
        rise = next(
            (
                m
                for m in _FROM_TO_RE.finditer(goal)
                if float(m.group(3).replace(",", "")) > float(m.group(1).replace(",", ""))
            ),
            None,
        )
        if (gain and not re.search(r"\b(?:lose|cut|less|fewer|reduce)\b", goal, re.I)) or rise:
            out.append(f"direction flipped: {(gain or rise).group(0)!r}")
    theirs = _unit_numbers(goal)
    for unit, numbers in _unit_numbers(statement).items():
        if unit in theirs and not numbers & theirs[unit]:
            out.append(f"number changed: {sorted(numbers)} {unit} vs {sorted(theirs[unit])}")
    for m in re.finditer(r"[£€₹$]\s?(\d[\d,]*)\b(?!\s?(?:k|lakh|crore|m)\b)", statement, re.I):
        value = float(m.group(1).replace(",", ""))
        if any(v >= 100 * value for v in _amounts(goal)) and value not in _amounts(goal):
            out.append(f"scale wrong: {m.group(0)!r}")
    weekly = re.search(r"\ba week\b|\bper week\b|\bweekly\b", statement, re.I)
    if weekly and _RACE_NAMED_RE.search(goal) and _TIME_TARGET_RE.search(goal):
        out.append("race turned into weekly volume")
    body = re.sub(r"\s+by \d{1,2} \w+ \d{4}$", "", head)
    if body != head and re.search(
        r"\bby (?:the )?(?:end of |mid[- ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
        r"spring|summer|autumn|fall|winter|christmas|next|this|\d{4})\w*\W*$",
        body,
        re.I,
    ):
        out.append("by-date twice")
    if re.search(r"[.!?]\s+\w", body):
        out.append("cut clause: a second sentence in the headline")
    end = _period_end(goal, today)
    if end and deadline and abs((deadline - end).days) > 21:
        out.append(f"period misread: {_PERIOD_RE.search(goal).group(0)!r} -> {deadline}")
    return out


def losses(goal: str, statement: str, metric: str, answers: str = "") -> list[str]:
    """What the statement (with its metric) lost of the goal text."""
    said = f"{statement} {metric}".lower()
    out = []
    for m in _AND_PART_RE.finditer(goal):
        for part in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
            words = _stems(" ".join(part)) - {"need", "want"}
            if words and not words & _stems(said):
                out.append(f"and-part lost: {' '.join(part).strip()!r}")
    for m in _ALL_N_RE.finditer(goal):
        number = _NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
        if m.group(2)[:4].lower() not in said or not re.search(
            rf"\b(?:{m.group(1)}|{number})\b", said
        ):
            out.append(f"and-part lost: all {m.group(1)} {m.group(2)}")
    if _RACE_RE.search(goal):
        for m in _TIME_TARGET_RE.finditer(goal):
            number = re.match(r"\d+", m.group(1)).group(0)
            if not re.search(rf"\b{number}(?::\d\d|\s?h|\s?hours?|\s?min)", said):
                out.append(f"time target lost: {m.group(0)!r}")
    for m in _SCORE_RE.finditer(goal):
        value = m.group(1) or m.group(2)
        if value.lower() not in said:
            out.append(f"score target lost: {m.group(0)!r}")
    stated = _amounts(goal) | _amounts(answers)
    income = {v for m in _INCOME_RE.finditer(goal) for v in _amounts(m.group(1))}
    for value in _amounts(statement):
        if _amounts(goal) and value not in stated:
            out.append(f"amount changed: {value:g} not in {sorted(stated)}")
        elif value in income:
            out.append(f"amount changed: the income {value:g} as the target")
    own = _currency(goal)
    theirs = _currency(statement)
    if own and theirs and not theirs <= own:
        out.append(f"currency changed: {sorted(own)} -> {sorted(theirs)}")
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.planner import plan_goal
    from evals.heldout import ROUNDS, dev_rounds

    names = argv or [p.name for p in dev_rounds()]
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    counts = {"and-part": 0, "time": 0, "score": 0, "amount": 0, "currency": 0}
    counts |= {"direction": 0, "number": 0, "race": 0, "scale": 0, "by": 0, "cut": 0, "period": 0}
    plans = 0
    for name in names:
        for line in (ROUNDS / name / "goals.jsonl").read_text().splitlines():
            row = json.loads(line)
            for tag, answers in (("a", {}), ("b", row.get("answers") or {})):
                try:
                    plan = plan_goal(engine, row["goal"], answers, settings, TODAY).plan
                except Exception as exc:  # a goal the planner refuses is reported, not counted
                    print(f"{name} {row['id']}-{tag} ERROR {exc}")
                    continue
                plans += 1
                metric = (
                    f"{plan.goal.metric.name} {plan.goal.metric.target} {plan.goal.metric.unit}"
                )
                found = losses(row["goal"], plan.goal.statement, metric, " ".join(answers.values()))
                found += shape_losses(row["goal"], plan.goal.statement, plan.goal.deadline)
                for item in found:
                    counts[
                        item.split()[0].split("-")[0] if "and-part" not in item else "and-part"
                    ] += 1
                    print(f"{name} {row['id']}-{tag} {item} | {plan.goal.statement}")
    print(f"plans {plans}; " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
