"""Where a plan ignores where the person starts: each round goal planned without and with answers.

``python -m evals.start_ignored [ROUND_DIR ...]`` lists the plans that ask for what the person
already has or has done (an account opened, a course bought or finished, an authorisation in
hand, a piece under way, a test booked, a mock taken) or that start below the level they state
(money saved, a mock score, blocks done), and counts them by cause:

- ``owned not recognised``: the thing they have is not read from their words;
- ``recognised, step kept``: it is read (the understanding lists it) but the step stays;
- ``ladder from zero``: a stated start read nowhere, the plan starts at zero;
- ``start lost on the way``: the start is read but the plan's measure drops it;
- ``ladder below the start``: the first milestone sits at or under the stated level;
- ``ladder the wrong way``: the milestones step away from the target, past it, or the other
  way from the start the person states ("walk more, up to 8,000" planned "at most 7,000");
- ``start said, plan says zero``: the goal or the answer states where they are ("currently
  8-10 a day", "I can run 2 minutes", "12 of 42 blocks") and the plan's starting point is zero;
- ``start read as target``: the plan aims at the number the goal says as now ("experian says
  561" planned up to 561; "like R$1,200 a month, get it under R$400" capped at R$1,200);
- ``said none, plan starts above``: the answer says none of it ("zero veg most days") and the
  ladder starts above zero ("from about 1 serving");
- ``stated amount unused``: a sum held, a budget, a size or a count of things said in the
  answers ("14,000 euros on my Girokonto", "£250 on materials", "6m x 8m", "22 doors") is
  named nowhere in the plan.

The patterns are written from the coaches' complaints (round 14), not from the planner's code.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from assistant.language import normalize
from assistant.models import Plan
from assistant.playbooks import MONEY_UNITS
from evals.heldout import TODAY, dev_plans

_ACCOUNTS = r"(?:fhsa|lisa|isa|roth(?: ira)?|ira|tfsa|rrsp|hysa|brokerage|401\(?k\)?|403b|pension|savings account|account)"
# (what they say they hold, the step that would get it again, the kind of thing)
HELD = (
    (
        re.compile(
            rf"\b(?:opened|have|has|got|existing|already (?:have|use|got)|using)\s(?:an?\s|my\s|our\s|the\s)?"
            rf"(?:[a-z]+\s)?{_ACCOUNTS}\b|\baccount (?:is )?open\b|\b(?:at|with) (?:fidelity|vanguard|schwab|"
            rf"trading 212|wealthsimple|questrade|hl|hargreaves)\b|\b{_ACCOUNTS} (?:is )?(?:open|opened|set up)\b"
        ),
        re.compile(
            rf"^(?:open|set up|choose|pick)\s(?:an?\s|the\s|your\s)?(?:[a-z-]+\s){{0,3}}?{_ACCOUNTS}\b"
        ),
        "account",
    ),
    (
        re.compile(
            r"\b(?:finished|completed|done|have|bought|using|use|with|enrolled in|doing|paid for)\s"
            r"(?:an?\s|my\s|the\s|one\s|\d+\s)?(?:[a-z]+\s){0,2}?(?:course|cert|certificate|certification|becker|"
            r"uworld|kaplan|wiley|gleim|roger|surgent|bootcamp|program(?:me)?)\b"
            r"|\b(?:course|cert|certificate|becker|kaplan|uworld)\s(?:is\s)?(?:done|finished|bought)\b"
        ),
        re.compile(
            r"^(?:choose|pick|buy|find|sign up for|enrol\w* in|register for|select|compare)\b"
            r".*\b(?:course|cert\w*|prep (?:course|provider|program)|review course|question bank|bootcamp|program(?:me)?)\b"
        ),
        "course",
    ),
    (
        re.compile(
            r"\b(?:nts|att|ato|authori[sz]ation to (?:test|sit)|notice to schedule|approved to sit"
            r"|application (?:is )?(?:in|sent|submitted|approved|accepted))\b"
        ),
        re.compile(
            r"^(?:apply|send (?:the|your|in) (?:exam )?application|submit (?:the|your) (?:exam )?application"
            r"|check (?:the|your) eligibility|request (?:the|your) (?:nts|authori[sz]ation))\b"
        ),
        "authorisation",
    ),
    (
        re.compile(
            r"\b(?:half|halfway|partly|\d+ of \d+|started|pieced|cast on)\b[^.;]{0,30}"
            r"\b(?:quilt|top|blocks?|sweater|blanket|scarf|piece|pieced|knit|rows|cabinet|table)\b"
            r"|\b(?:quilt|top|blocks?|sweater|blanket)\b[^.;]{0,20}\b(?:half|\d+ of \d+|started|pieced)\b"
        ),
        re.compile(
            r"^(?:choose|pick|select|decide on|find)\b.*\b(?:pattern|design|project|block layout)\b"
        ),
        "piece under way",
    ),
    (
        re.compile(
            r"(?<!not )(?<!n't )\b(?:booked|registered|scheduled|signed up)\b(?!\s(?:a|an)\s)"
            r"|\b(?:test|exam|race) (?:is )?(?:on|booked)\b"
        ),
        re.compile(
            r"^(?:book|register for|sign up for|schedule)\b.*\b(?:exam|test|race|sitting)\b"
        ),
        "booking",
    ),
    (
        re.compile(
            r"\b(?:gave me|given|prescribed|showed me|got)\s(?:\w+\s){0,2}?(?:stretches|exercises|home program\w*)\b"
            r"|\b(?:stretches|exercises)\s(?:\w+\s){0,2}?from (?:my |the )?(?:physio|pt|doctor|chiro)"
        ),
        re.compile(
            r"^(?:learn|get|ask for)\b.*\b(?:home exercises|exercise sheet|home program\w*)\b"
        ),
        "home exercises",
    ),
    (
        re.compile(r"\b(?:mock|practice test|diagnostic|scored|got (?:a )?\d+(?:\.\d)?\b)"),
        re.compile(
            r"\b(?:diagnostic|baseline (?:test|mock|score|practice)|find (?:your|my) (?:level|starting))\b"
            r"|^(?:take|sit|do)\s(?:a|one|your first)\s(?:full\s|timed\s)*(?:mock|practice test)\s(?:to|and)\s"
            r"(?:find|get|set|see|learn)"
        ),
        "diagnostic",
    ),
)

_WISH_RE = re.compile(
    r"\b(?:want|wants|need|needs|to|plan|planning|will|gonna|should|help me)\s(?:\w+\s)?$"
)
_START_RE = re.compile(
    r"(?:i'?m at|we'?re at|at about|at around|currently|right now|now at|so far|got|scored|written|"
    r"mock|saved|already|have|in (?:a|an|my|our|the) (?:tfsa|isa|fhsa|savings|account|fd|hysa))"
    r"\s(?:about\s|around\s|a\s|an\s)?[$£€₹]?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?"
)
_HALF_RE = re.compile(
    r"\b(?:about |nearly |over |more than )?half(?:way| way)? (?:done|pieced|finished|built|written|knitted|through|complete)\b|\b\d+ of \d+\b"
)
_NOT_A_START_RE = re.compile(
    r"^\s?(?:years?|yrs?|kids?|children|weeks?|months?|days?|times?|hours?|hrs?|am|pm)\b"
)


def owned_steps(texts: list[str], b: Plan) -> list[tuple[str, str, str]]:
    """(kind, what they said, the task that gets or does it again) for each held thing."""
    said = " . ".join(normalize(t) for t in texts)
    out = []
    for held, step, kind in HELD:
        m = held.search(said)
        if (
            not m
            or _WISH_RE.search(said[max(0, m.start() - 20) : m.start()])
            or re.search(
                r"\b(?:not|n't|no|never|haven'?t)\s(?:\w+\s)?$",
                said[max(0, m.start() - 14) : m.start()],
            )
        ):
            continue
        for task in b.tasks():
            title = normalize(task.title)
            if step.search(title):
                out.append((kind, m.group(0), task.title))
                break
    return out


def stated_start(texts: list[str]) -> float | None:
    """The first number said as where they are now ("we're at about 8k", "got 6.0 on my mock")."""
    for text in texts:
        for m in _START_RE.finditer(normalize(text)):
            low = normalize(text)
            if _NOT_A_START_RE.match(low[m.end() :]) or re.search(
                r"\bto\s$", low[: m.start()][-4:]
            ):
                continue  # "I'm 38 years", "want to have $1000": no level held
            value = float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)
            if value > 0:
                return value
    return None


def start_problems(
    goal: str, answers: dict[str, str], b: Plan, read_start: float | None
) -> list[tuple[str, str]]:
    """(cause, detail) when the plan starts below, or without, the start the person states."""
    texts = [goal, str(answers.get("baseline", ""))]
    metric = b.goal.metric
    start = stated_start(texts)
    kept = " ".join(normalize(a.text) for a in b.assumptions if a.source == "stated")
    half = any(_HALF_RE.search(normalize(t)) for t in texts) and not _HALF_RE.search(kept)
    rate = re.search(
        r"\b(?:a|per|each|every) (?:day|week|month)\b|in a row", normalize(b.goal.statement)
    )
    if rate or "lost" in metric.name or metric.baseline is None and metric.target <= 1:
        return []
    if start and start >= metric.target * 0.99:
        start = None  # "10k sitting in checking" to invest: the amount to move, not a level
    if (start or half) and not metric.baseline:
        said = f"{start:g}" if start else "half done"
        cause = "start lost on the way" if read_start else "ladder from zero"
        return [(cause, f"states {said}, plan measures {metric.name} from zero")]
    if start and b.milestones and metric.baseline is not None and metric.baseline < metric.target:
        first = b.milestones[0].metric
        money = metric.unit.upper() in MONEY_UNITS
        near = 0.5 * metric.target <= start < metric.target or money and start < metric.target
        if near and first.unit == metric.unit and first.target <= start * 1.001:
            return [
                (
                    "ladder below the start",
                    f"first milestone {first.target:g} at or under {start:g}",
                )
            ]
    return []


_SAYS_UP_RE = re.compile(
    r"\b(?:reach|increase|raise|build up|work up|get up to|up to|more|boost|grow|double)\b"
)
_SAYS_DOWN_RE = re.compile(
    r"\b(?:cut|reduce|less|fewer|lower|down to|at most|no more than|stop wasting|spend less|"
    r"(?:get|keep|bring) (?:it|that|this) (?:under|below)|spending so much)\b"
)


_COUNTS_UP_RE = re.compile(r"in a row|free\b|without|stages|weeks at|done|streak")


def wrong_way(goal: str, answers: dict[str, str], b: Plan) -> list[tuple[str, str]]:
    """(cause, detail) when the milestones of the goal's own measure do not step from the
    start toward the target (a rung past the target, a step back, a ladder rising for a cut),
    or the goal heads the other way from the start the person states."""
    metric = b.goal.metric
    values = [
        m.metric.target
        for m in b.milestones
        if m.metric and m.metric.name == metric.name and m.metric.unit == metric.unit
    ]
    if metric.target is None or len(values) < 2:
        return []
    start = metric.baseline
    if start is None:
        said = stated_start([goal, str(answers.get("baseline", ""))])
        start = said if said and said != metric.target else None
    # a run of days free of it, or stages done, rises whichever way the habit goes
    said_way = 0 if _COUNTS_UP_RE.search(metric.name) else _way_said(goal)
    way = (metric.target > start) - (metric.target < start) if start is not None else 0
    way = way or (values[-1] > values[0]) - (values[-1] < values[0])
    if said_way and way and said_way != way and start is not None:
        return [
            (
                "ladder the wrong way",
                f"asked {'up' if said_way > 0 else 'down'}, plan goes "
                f"from {start:g} to {metric.target:g}",
            )
        ]
    if said_way and way and said_way != way:
        return [
            (
                "ladder the wrong way",
                f"asked {'up' if said_way > 0 else 'down'}, milestones {values}",
            )
        ]
    lo, hi = sorted((start if start is not None else values[0], metric.target))
    steps = list(zip(values, values[1:], strict=False))
    if any(v < lo - 1e-9 or v > hi + 1e-9 for v in values) and metric.baseline is not None:
        return [("ladder the wrong way", f"milestones {values} outside {lo:g}..{hi:g}")]
    if way and any(way * (b2 - a) < 0 for a, b2 in steps):
        return [("ladder the wrong way", f"milestones {values} step back")]
    return []


_NOW_NUMBER_RE = re.compile(
    r"\b(?:now|currently|at the moment|right now|so far|already|i can|i'?ve|we'?ve|we have|"
    r"i have)\b[^.,;]{0,30}?\d"
    # round 22: "... in Feb. Can do about 400m", "(92 to 80)", "going from most nights (2-3 beers)"
    r"|(?:^|[.!?]\s)can (?:do|swim|run|ride|walk|lift)\s[^.,;]{0,12}?\d"
    r"|\(\d+(?:\.\d+)?\s?[a-z]*\s?(?:to|->)\s?\d+(?:\.\d+)?\s?[a-z]*\)"
    r"|\bfrom (?:most|every|\d)[^.,;]{0,30}?\sto\s"
)
# a number said as where they are: a reading given of them ("experian says 561"), or the spend
# before a smaller cap ("like R$1,200 a month, get it under R$400")
_READ_NOW_RE = re.compile(
    r"\b(?:says|shows|reads|puts me at|has me at|came back at)\s(?:about\s|around\s)?"
    r"[$£€₹]?(\d[\d,]*(?:\.\d+)?)"
)
_SPEND_THEN_CAP_RE = re.compile(
    r"(?:[$£€₹]|r\$)\s?(\d[\d,.]*)[^.;]{0,40}?\b(?:under|below|less than|down to|no more than)\s"
    r"(?:[$£€₹]|r\$)\s?(\d[\d,.]*)"
)


def _amount(digits: str) -> float:
    """'1.200' (a thousands dot) and '1,200' are 1200; '2.5' stays 2.5."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    return float(digits.replace(",", ""))


_NONE_SAID_RE = re.compile(r"^\W*(?:basically\s)?(?:zero|none|nothing|0)\b(?!\s(?:much|major))")


def none_said_above_zero(answers: dict[str, str], b: Plan) -> list[tuple[str, str]]:
    """(cause, detail) when the answer says they do none of it ("zero veg most days") and the
    plan's ladder starts above zero ("from about 1 serving")."""
    said = normalize(str(answers.get("baseline", "")))
    start = b.goal.metric.baseline
    if _NONE_SAID_RE.match(said) and start:
        return [("said none, plan starts above", f"said {said[:30]!r}; plan from {start:g}")]
    return []


def start_as_target(goal: str, b: Plan) -> list[tuple[str, str]]:
    """(cause, detail) when the plan aims at the number the goal says as where they are now."""
    text = normalize(goal)
    said = [_amount(m.group(1)) for m in _READ_NOW_RE.finditer(text)]
    said += [
        _amount(m.group(1))
        for m in _SPEND_THEN_CAP_RE.finditer(text.lower())
        if _amount(m.group(2)) < _amount(m.group(1))
    ]
    target = b.goal.metric.target
    if any(abs(v - target) < 1e-6 for v in said):
        return [("start read as target", f"said {target:g} as now; plan aims at {target:g}")]
    return []


def zero_start(goal: str, answers: dict[str, str], b: Plan) -> list[tuple[str, str]]:
    """(cause, detail) when the person states a start and the plan's starting point is zero."""
    zero = [a.text for a in b.assumptions if a.text.startswith("Starting point: zero")]
    texts = [goal, str(answers.get("baseline", ""))]
    said = next((m.group(0) for t in texts if (m := _NOW_NUMBER_RE.search(normalize(t)))), "")
    said = said or (f"{stated_start(texts):g}" if stated_start(texts) else "")
    if zero and said:
        return [("start said, plan says zero", f"said {said!r}; plan: {zero[0][:50]!r}")]
    return []


def _way_said(goal: str) -> int:
    """+1 when the goal's words ask for more, -1 for less, 0 when they say neither or both."""
    text = normalize(goal)
    up, down = bool(_SAYS_UP_RE.search(text)), bool(_SAYS_DOWN_RE.search(text))
    return 0 if up == down else (1 if up else -1)


# a sum held or a budget, a size or a count of the things to work on, said in the answers
_SAID_AMOUNT_RE = re.compile(
    r"[$£€₹]\s?(\d[\d,]*(?:\.\d+)?)(k\b)?|\b(\d[\d,]*(?:\.\d+)?)(k\b)?\s?(?:euros?|eur|dollars?|pounds?|quid|rupees?)\b"
    r"|\b(\d+(?:\.\d+)?)\s?m?\s?x\s?(\d+(?:\.\d+)?)\s?(?:m|ft|feet|metres?|meters?)\b"
    r"|\b(\d+)\s(doors|drawers|rooms|windows|walls|beds|boxes|cabinets|chairs)\b"
)
_SIZE_RE = r"\s?(?:m\b|x\b|×|ft\b|feet|metres?|meters?|square)"
_PER_RE = re.compile(
    r"^\s?(?:a|an|per|each|every)\s(?:month|week|day|year)\b|^\s?/\s?(?:mo|month|wk|week)"
)


def amounts_unused(answers: dict[str, str], b: Plan) -> list[tuple[str, str]]:
    """(cause, detail) for a sum held, a budget, a size or a count said in the answers that the
    plan never names: the steps are shaped without it."""
    plan_text = normalize(b.model_dump_json()).replace(",", "")
    out = []
    for key in ("baseline", "capacity", "constraint"):
        said = normalize(str(answers.get(key, "")))
        for m in _SAID_AMOUNT_RE.finditer(said):
            if _PER_RE.match(said[m.end() :]):
                continue  # "200 euros a month": a rate, the target's business
            numbers = [g for g in m.groups()[:7] if g and g != "k"]
            thousand = 1000 if m.group(2) or m.group(4) else 1
            shown = [f"{float(n.replace(',', '')) * thousand:g}" for n in numbers]
            # a size or a count is named with its unit ("6 m", "22 doors"), a sum on its own
            tail = _SIZE_RE if m.group(5) else rf"\s{m.group(8)}" if m.group(8) else r"(?![\d])"
            if not any(re.search(rf"(?<![\d.]){re.escape(v)}{tail}", plan_text) for v in shown):
                out.append(("stated amount unused", f"{key}: {m.group(0)!r} nowhere in the plan"))
    return out


def ignored(goal: str, answers: dict[str, str], b: Plan) -> list[tuple[str, str]]:
    """(cause, detail) for each place the plan ``b`` ignores where the person starts."""
    from assistant.understanding.goal import understand

    u = understand(goal, answers, TODAY)
    texts = [goal, *(str(v) for v in answers.values())]
    out = []
    for kind, said, title in owned_steps(texts, b):
        words = set(re.findall(r"[a-z0-9]+", normalize(title)))
        known = any(
            p.strip("~").split() and set(p.strip("~").split()[-1:]) <= words for p in u.done
        )
        cause = "recognised, step kept" if known else "owned not recognised"
        out.append((cause, f"{kind}: {said!r} -> {title[:70]!r}"))
    out += start_problems(goal, answers, b, u.baseline)
    out += wrong_way(goal, answers, b)
    out += zero_start(goal, answers, b)
    out += start_as_target(goal, b)
    out += none_said_above_zero(answers, b)
    out += amounts_unused(answers, b)
    return out


def main(args: list[str]) -> int:
    """Print each plan's ignored starts and the counts by cause, without and with answers."""
    counts = {"a": Counter(), "b": Counter()}
    plans = {"a": 0, "b": 0}
    bad = {"a": 0, "b": 0}
    for folder, row, answers, b in dev_plans(args):
        mode = "b" if answers else "a"
        plans[mode] += 1
        found = ignored(row["goal"], answers, b)
        if found:
            bad[mode] += 1
            counts[mode].update(cause for cause, _ in found)
            print(
                f"{folder.name[-7:]} {row['id']}-{mode}: "
                + "; ".join(f"[{c}] {d}" for c, d in found)
            )
    for mode, label in (("a", "without answers"), ("b", "with answers")):
        print(f"{label}: {bad[mode]} of {plans[mode]} plans ignore the start; {dict(counts[mode])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
