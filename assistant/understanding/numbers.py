"""The numbers in a goal: which quantity is the target, which the starting point, in what unit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.quantities import SIGN, Quantity
from assistant.playbooks import Playbook, Preset
from assistant.understanding.currency import currency_in, in_their_money, is_income
from assistant.understanding.number_roles import PACE_AFTER_RE as _PACE_AFTER_RE
from assistant.understanding.number_roles import (
    past_result,
    price_of_one,
    said_as_target,
    said_before,
    total_beside_pace,
)
from assistant.understanding.roles import is_current, read_roles

_BASELINE_CUE_RE = re.compile(
    r"\b(now|currently|today|right now|at the moment|so far|already|at present|i'?m at|"
    r"we'?re at|(?<!so )i can|i have|we have|starting from|from|i weigh|i run|i do|i've got|"
    r"i got|i'?m|i am|max(?:ed)? out at|my max is|i manage|dying after|up to|"
    r"(?:reading|readings|result|it|bp|pressure|level) (?:was|is|were|came back at)|"
    r"(?:written|drafted)(?: (?:about|around|roughly))?|"  # "i've written about 3,000": done
    r"spent(?: (?:about|around|like|roughly|over|almost|nearly))?|"  # "spent like 400 zl": now
    r"(?<!so )i can (?:do|run|walk|swim|lift|squat|bench|hold|read|play)|i (?:usually |only |currently |barely )?(?:walk|run|read|save|sleep|drink|"
    r"smoke|make|earn|spend|eat|owe|do|weigh|average|get|have)(?: (?:about|around|like|roughly|"
    r"maybe|only|just|barely))?)\b"
)
_LAST_RESULT_RE = re.compile(
    r"\b(?:last|latest|recent) (?:reading|result|check ?up|test|measurement)\b[^,.;]{0,24}?"
    r"\s(?:was|is|came back at)\s(?:about |around )?$"
)
# a result of a sitting they failed ("after failing Financial Reporting with 42%", "failed it
# once with a 71"): where they stand, never the score aimed at
_FAILED_WITH_RE = re.compile(
    r"\b(?:failed|failing|flunked|fail)\b[^,.;]{0,40}?\s(?:with|at|on)\s(?:a\s|an\s|only\s)?$"
)
# a reading someone or something gave of where they are ("experian says 561", "the app puts me
# at 610"): the start, when it is the goal's only number of its measure
_READS_RE = re.compile(
    r"\b(?:says|said|shows|showed|reads|puts me at|has me at|gives me|came (?:back|in) at)\s"
    r"(?:i'?m\s|we'?re\s)?(?:at\s|only\s)?(?:about |around |roughly |like )?$"
)
# what they can do now, said with the "I" left out at a sentence's start ("... in Feb. Can do
# about 400m before I'm gassed", "Currently can run 3k"): where they start, never the target
_CAN_NOW_RE = re.compile(
    r"(?:^|[.!?;]\s|\bbut\s|\bcurrently\s|\bright now\s)(?:only\s|currently\s)?can\s(?:only\s)?"
    r"(?:do|run|walk|swim|lift|squat|bench|hold|read|play|manage|cycle|ride|row)\s"
    r"(?:about |around |roughly |like |maybe |barely |only |just )?$"
)
# a reading of their own measure said as it stands ("my HbA1c was 6.3", "my ldl is 172", "they
# were 250"): where they are, never the level aimed at (a goal, a target or a limit is)
_MY_READING_RE = re.compile(
    r"(?:\b(?:my|our|his|her|their)\s(?!goal|target|aim|plan|dream|hope|wish|budget|limit|cap|"
    r"max|deadline|race|pb|best|record)[a-z0-9'-]+(?:\s[a-z0-9'-]+){0,2}|\b(?:they|it)|\bmy)\s"
    r"(?:was|is|were|are|came back at|sits at|stands at|reads)\s(?:about |around |only |just |at )?$"
)
_WORK_UP_RE = re.compile(r"\b(?:work|working|build|building|get|getting|move|moving) up to\b")
_UNTIL_RE = re.compile(
    r"\b(?:until|till|til|once|up until)\s(?:i|we|it|the \w+)\s?(?:'?ve|have|has|'s)?\s?"
    r"(?:got|saved|reached|reaches|hits?|is at|have)?\s?(?:about |around |at least )?$"
)
# "so that by the end of next year we have 40k": where they want to be, not where they are
_SO_THAT_RE = re.compile(
    r"\bso(?: that)?\s(?:by\s[^,;]{1,30}\s)?(?:i|we)(?:'ll| will| would)?\s(?:have|reach|hit|"
    r"get to)\s(?:about |around |at least |roughly )?$"
)
_HOURS_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:hours?|hrs?|h)\b")
_READING_RE = re.compile(r"(?<!\d)(\d{2,3})\s?/\s?(\d{2,3})(?!\d)")


def outcome_quantities(core: str, playbook: Playbook) -> list[Quantity]:
    """Amounts the quantity parser leaves alone: '7 hours a night', 'under 4 hours', '130/85'."""
    out: list[Quantity] = []
    if playbook.units and re.search(playbook.units, "hours"):
        out += [
            Quantity(float(m.group(1)), "hours", "amount", m.span())
            for m in _HOURS_RE.finditer(core)
        ]
    if playbook.units and re.search(playbook.units, "mmhg"):
        out += [
            Quantity(float(m.group(1)), "mmhg", "amount", m.span())
            for m in _READING_RE.finditer(core)
        ]
    return out


def split_quantities(
    core: str, quantities: Sequence[Quantity], playbook: Playbook
) -> tuple[Quantity | None, Quantity | None]:
    """(baseline, target) among the quantities that measure this playbook's outcome."""
    fitting = sorted(
        (q for q in quantities if fits(q, playbook) and not price_of_one(core, q)),
        key=lambda q: q.span,
    )  # "KSh 900 each time": what one order costs, not the month's cap
    if any(not is_income(core, q) for q in fitting):  # "my salary is 65k": not the sum to save
        fitting = [q for q in fitting if not is_income(core, q)]
    roles = read_roles(core)
    baseline = target = None
    for q in fitting:
        before = core[max(0, q.span[0] - 22) : q.span[0]]
        after = core[q.span[1] : q.span[1] + 14]
        near = re.split(r"[,;.]\s", before)[-1]  # "i'm 61, save $10,000": another clause
        found = _BASELINE_CUE_RE.search(near[-14:] if "from" not in near[-8:] else near)
        if found and found.group(1) == "up to" and _WORK_UP_RE.search(before):
            found = None  # "work up to walking 5 miles": where they want to get to
        cue = bool(found) or (is_current(roles, q.span) and not re.search(r"\bto\s?$", before[-5:]))
        cue = cue or (len(fitting) == 1 and bool(_READS_RE.search(near)))
        cue = cue or bool(_CAN_NOW_RE.search(core[max(0, q.span[0] - 40) : q.span[0]]))
        clause = re.split(r"[,;.]\s", core[max(0, q.span[0] - 50) : q.span[0]])[-1]
        cue = cue or bool(_LAST_RESULT_RE.search(clause))  # "last reading at the clinic was"
        cue = cue or bool(_FAILED_WITH_RE.search(clause))  # "after failing FR with 42%": a start
        cue = cue or bool(_MY_READING_RE.search(clause))  # "my HbA1c was 6.3": where they are
        if _UNTIL_RE.search(before) or _SO_THAT_RE.search(clause):
            # "$500 a month until I have $6,000", "... so that by 2028 we have 30k": the goal
            target = q
            continue
        if (
            (
                cue
                or re.match(r"\s?(now|currently|today|so far|already|last (?:month|week))\b", after)
            )
            and baseline is None
            and (
                target is not None or len(fitting) > 1 or not re.search(r"\bfrom\b", before) or cue
            )
        ):
            if re.search(r"\bto\s?$", before[-5:]):
                target = target or q
                continue
            baseline = q
        elif target is None:
            target = q
    said = (
        sorted(  # a bare "40k" beside "1500 CHF a month" is money too
            (
                q if fits(q, playbook) else Quantity(q.value, target.unit, "money", q.span)
                for q in quantities
                if fits(q, playbook) or (q.kind == "amount" and q.value >= 1000 and _no_measure(q))
            ),
            key=lambda q: q.span,
        )
        if target
        else []
    )
    total = total_beside_pace(core, said, target, baseline) if target else None
    if total is not None:  # "1500 CHF a month so that we have 40k": the 40k is the goal
        target = total
    later = said_as_target(core, fitting, target) if baseline is None and target else None
    if later is not None and target is not None:  # "walk about 4000 ... reach 8000": 4000 is
        baseline, target = (None if past_result(core, target) else target), later  # the start
    if (
        target is None
        and baseline is not None
        and len(fitting) == 1
        and not _BASELINE_CUE_RE.search(core)
        and not _READS_RE.search(core[max(0, baseline.span[0] - 22) : baseline.span[0]])
        and not _FAILED_WITH_RE.search(core[max(0, baseline.span[0] - 60) : baseline.span[0]])
        and not _MY_READING_RE.search(
            re.split(r"[,;.]\s", core[max(0, baseline.span[0] - 50) : baseline.span[0]])[-1]
        )
        and not is_current(roles, baseline.span)
    ):
        target, baseline = baseline, None
    return baseline, target


_START_BEFORE_RE = re.compile(
    r"\b(?:i'?m at|we'?re at|i am at|we are at|currently at|sitting at|up to|so far|i have|we have|"
    r"i'?ve got|we'?ve got|i'?ve saved|we'?ve saved)\s"
    r"(?:about\s|around\s|roughly\s|like\s)?$"
)
_START_AFTER_RE = re.compile(
    SIGN + r"\d[\d,.]*\s?(?:k\b)?\s?(?:now|so far|already|saved|in savings|put away|set aside)\b"
)


def with_units(core: str, quantities: list[Quantity], playbook: Playbook) -> list[Quantity]:
    """Bare numbers take the unit the person used nearby ("3000 steps ... want 10000") or the
    field's unit for bare numbers ("I weigh 225": pounds), unless the text names another;
    a number after the thing it counts takes its name ("on module 3 of 12": modules)."""
    quantities = in_their_money(core, [_named_before(core, q, playbook) for q in quantities])
    if playbook.money:  # "hit 1.2M in new sales": 1,200,000 in their money
        quantities = [
            Quantity(q.value * 1e6, currency_in(core) or "USD", "money", q.span)
            if q.kind == "amount" and _MILLION_RE.match((q.unit.split() or [""])[0])
            else q
            for q in quantities
        ]
    priced = next((q.unit for q in quantities if q.kind == "money"), None)
    if playbook.money:
        # "invest 10k", "I have 12000 saved": in a money field a bare amount is money, in the
        # currency they count in ("20k ... ISA?": pounds; "50,000 in an FD": rupees); beside a
        # sum in money, only one said as where they are ("$500k ..., I'm at 120k")
        currency = priced or currency_in(core) or "USD"
        quantities = [
            Quantity(q.value, currency, "money", q.span)
            if q.kind == "amount"
            and (not q.unit or _NOT_A_UNIT_RE.fullmatch(q.unit))
            and q.value >= 100
            and (
                not priced
                or _START_BEFORE_RE.search(core[max(0, q.span[0] - 20) : q.span[0]])
                or _START_AFTER_RE.match(core[q.span[0] :])
            )
            else q
            for q in quantities
        ]
    # in the field's own word: "an 80k word fantasy ... 12k so far" is 12,000 words
    named = next(
        (_own_unit(q.unit, playbook) for q in quantities if q.unit and fits(q, playbook)), None
    )
    bare = (
        playbook.bare_unit
        if playbook.bare_unit and not re.search(r"\b(kg|kgs|kilos?)\b", core)
        else None
    )
    unit = named or bare
    if not unit:
        return quantities
    return [
        Quantity(q.value, unit, q.kind, q.span)
        if q.kind == "amount" and (not q.unit or _NOT_A_UNIT_RE.fullmatch(q.unit))
        else q
        for q in quantities
    ]


_OF_WHOLE_RE = re.compile(r"^\s(?:of|out of)\s\d")
# "on module 3", "finished chapter 4", "up to week 6": how far they are, a count of the done
_AT_PLACE_RE = re.compile(
    r"\b(?:on|at|finished|done|completed|through|past|up to|reached|into|in)\s(?:the\s)?$"
)


def _named_before(core: str, q: Quantity, playbook: Playbook) -> Quantity:
    """'on module 3', 'chapter 4 of 20', 'up to week 3': the noun before a bare number, when the
    field counts it, is its unit; so is the same noun for the whole after 'of'. Said alone
    ('rewriting chapter 1') it names which one, and counts nothing."""
    if q.unit or q.kind != "amount" or not playbook.units:
        return q
    m = re.search(r"\b([a-z]+)\s(?:\d+\s(?:of|out of)\s)?$", core[: q.span[0]])
    if not m:
        return q
    whole = m.group(0).endswith(("of ", "out of ")) or _OF_WHOLE_RE.match(core[q.span[1] :])
    if not whole and not _AT_PLACE_RE.search(core[: m.start()]):
        return q  # "keep rewriting chapter 1", "learn chapter 5": which one, never a count
    for noun in (m.group(1) + "s", m.group(1)):
        if re.search(playbook.units, noun):
            return Quantity(q.value, noun, q.kind, q.span)
    return q


_TIME_UNIT_RE = re.compile(r"(?:days?|weeks?|months?|years?|hours?|minutes?)\b")


def _no_measure(q: Quantity) -> bool:
    """A bare amount ("40k", "40k towards the deposit"): no unit of its own, or a word after it
    that is no measure."""
    head = (q.unit.split() or [""])[0]
    return not q.unit or bool(_NOT_A_UNIT_RE.fullmatch(q.unit)) or head in _LINK_WORDS


_LINK_WORDS = frozenset({"towards", "toward", "for", "by", "in", "to", "into", "on", "of", "as"})


_NOT_A_UNIT_RE = re.compile(
    r"(?:right )?now|currently|today|at the moment|at most|at least|or so|ish|max|tops|"
    r"left|owed|owing|remaining|to go|saved|in savings|total|balance|down|up|"
    r"written|drafted|done|finished|completed|scanned|sorted|cleared|logged|"  # "15,000 written"
    r"budget|fund|goal|target|needed|overall|"  # "a 25k budget" is the money itself
    # "my 6000 credit card debt", "the 8k student loan": what the money is owed on
    r"(?:(?:credit|store|visa|amex|mastercard) )?cards?(?: debt| balance| bills?)?|"
    r"(?:student |car |personal |payday |bank |family )?(?:loans?|debt)|overdraft|mortgage|"
    r"(?:medical |hospital |tax |unpaid )?bills?|arrears|"
    r"(?:i|we|he|she|they|you) [a-z']+"  # "the 3k i borrowed": a clause, never a unit
)


def fits(q: Quantity, playbook: Playbook) -> bool:
    if playbook.money:
        return q.kind == "money"
    if q.kind == "money":
        return playbook.key == "generic" or playbook.counts_any
    if playbook.units:  # "first dates", "watercolor paintings": the head noun counts too
        return bool(
            re.search(playbook.units, q.unit)
            or any(re.search(playbook.units, h) for h in _heads(q.unit))
        )
    return (playbook.key == "generic" or playbook.counts_any) and bool(
        q.unit or q.kind == "percent"
    )


def _heads(unit: str) -> tuple[str, ...]:
    """The head nouns a unit may be counted in: "rooms plus" (the hallway), "strict pull ups",
    and a count said before its thing ("an 80k word fantasy", "a 300 page thesis"): words."""
    words = unit.split()
    if not words:
        return ()
    said_before = (f"{words[0]}s",) if len(words) > 1 and not words[0].endswith("s") else ()
    return (words[0], words[-1], " ".join(words[-2:]), *said_before)


# from one count's number to the next's: its thing, then "and", "plus" or a comma
_JOINED_RE = re.compile(
    r"[\d,.]+\s?[a-z'-]+(?:\s[a-z'-]+)?(?:,\s|,?\s(?:and|plus|&|\+)\s)"
    r"(?:about\s|around\s|roughly\s|another\s)?"
)


def joined_counts(
    core: str, quantities: Sequence[Quantity], playbook: Playbook, target: Quantity
) -> tuple[float, str] | None:
    """The whole when the target is one of several counts said together, each in the field's
    units ("all 40 albums and 6 shoeboxes", "12 novels and 4 plays"): their sum, in both
    names; never the first part alone."""
    if playbook.money or not playbook.units:
        return None
    parts, last, roles = [target], target, read_roles(core)
    for q in sorted(quantities, key=lambda q: q.span):
        if is_current(roles, q.span):
            break  # "20 books, 5 books read so far": where they are, no part of the whole
        if q.span[0] <= last.span[0] or q.kind != "amount" or not fits(q, playbook):
            continue
        if not _JOINED_RE.fullmatch(core[last.span[0] : q.span[0]]):
            break
        parts.append(q)
        last = q
    if len(parts) < 2:
        return None
    names = list(dict.fromkeys(_own_unit(q.unit, playbook) for q in parts))
    name = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return float(sum(q.value for q in parts)), name


def _own_unit(unit: str, playbook: Playbook) -> str:
    """The unit word the field measures in: "rooms plus" (the hallway) reads as "rooms"."""
    if not unit or not playbook.units or re.search(playbook.units, unit):
        return unit
    return next((w for w in _heads(unit) if re.search(playbook.units, w)), unit)


def read_target(
    playbook: Playbook,
    preset: Preset | None,
    target_q: Quantity | None,
    metric: object,
    stated: set[str],
) -> tuple[float, str]:
    if isinstance(metric, Quantity) and metric.value > 0:
        stated.add("metric")
        if preset is not None and not fits(metric, playbook):
            return preset.target, preset.unit  # "a 5k without walking": the race, not 5,000 km
        unit = (
            metric.unit
            if (metric.unit and (fits(metric, playbook) or playbook.key == "generic"))
            else playbook.unit
        )
        return metric.value, unit
    if target_q is not None and target_q.value > 0:
        stated.add("metric")
        unit = _own_unit(target_q.unit, playbook) or playbook.unit
        if not target_q.unit and preset is not None:  # "never done 1 in my life": 1 pull-up
            return target_q.value, preset.unit
        return target_q.value, playbook.unit if unit.lower() == playbook.unit.lower() else unit
    if preset is not None:
        stated.add("metric")
        return preset.target, preset.unit
    return playbook.default_target, playbook.unit


def delta_goals(
    playbook: Playbook,
    core: str,
    quantities: Sequence[Quantity],
    target: float,
    baseline: float | None,
    stated: set[str],
) -> tuple[float, float | None]:
    """Weight goals are measured as kilos lost: 'from 84 kg to 78 kg' means 6 kg to lose;
    a gain the same way: 'I'm 148 and want to get to 170' is 22 lb to gain."""
    if not playbook.measured_as_change:
        return target, baseline
    if playbook.measured_as_change == "gain":
        if baseline is not None and baseline > 3 * target:
            return target, None  # "put on 10 lb", "I'm 139 lbs": a level, not a change
        if baseline is not None and target > baseline and target > 3 * (target - baseline):
            stated.add("metric")
            return target - baseline, None
        return target, baseline
    weights = [q.value for q in quantities if q.unit in {"kg", "lb", "lbs", "pounds"}]
    # "lost 20 but gained it back" is history; "get down to 190", "weigh 190" name a level
    losing = re.search(r"\b(lose|losing|drop|shed)\b", core) and not is_level(core, target)
    if losing and baseline is not None and baseline / 2 < target < baseline:
        losing = None  # "I weigh 225 ... lose weight, 190": nobody loses most of themselves
    if baseline is not None and not losing and "metric" in stated and target < baseline:
        return baseline - target, None  # "I was 180 in the Army and I'm 245 now"
    if len(weights) >= 2 and not losing and weights[0] != weights[1]:
        stated.add("metric")
        return abs(weights[0] - weights[1]), None
    if baseline is not None and not losing and target < baseline:
        return baseline - target, None
    if not losing and "metric" in stated and target > 30 and baseline is None:
        stated.discard("metric")  # a goal weight with no starting weight: the loss is unknown
        return playbook.default_target, None
    return target, None if baseline is not None and baseline > target else baseline


_LEVEL_CUE_RE = re.compile(
    r"\b(?:down to|get to|get back to|back to|back down to|reach|hit|weigh|be at|be|at|under|"
    r"below|goal weight(?: of| is)?|target weight(?: of| is)?)\s(?:about |around |like |"
    r"roughly |maybe |a healthy )?(\d[\d,]*(?:\.\d+)?)"
)


def is_level(core: str, value: float) -> bool:
    """Whether the text names ``value`` as a level to reach ("get down to 190"), not a change."""
    return any(float(m.group(1).replace(",", "")) == value for m in _LEVEL_CUE_RE.finditer(core))


def other_target(
    quantities: Sequence[Quantity], playbook: Playbook, start: float, target: tuple[float, str]
) -> tuple[float, str]:
    """Another amount of the goal's measure than the starting point, when the goal has one."""
    other = next((q for q in quantities if fits(q, playbook) and q.value != start), None)
    return (other.value, other.unit or target[1]) if other else target


def below_target(value: float, target: float, playbook: Playbook) -> bool:
    """Whether a guessed starting level sits on the near side of the target."""
    if playbook.measured_as_change:
        return value > 3 * target  # a body weight, next to a change of a few pounds
    return value > target if playbook.lower_is_better else value < target


def stated_levels(
    core: str,
    quantities: Sequence[Quantity],
    playbook: Playbook,
    before: tuple[float, float | None],
    delta: float,
) -> tuple[float, float] | None:
    """The person's own start and end levels when the goal became a change ("225 to 195")."""
    stated_target, stated_base = before
    if (
        not playbook.bare_unit
        or not playbook.measured_as_change  # a backlog's 420 to 100 is its level, no loss
        or (delta == stated_target and stated_base is None)
    ):
        return None  # levels are for fields measured as a change of a bare number (weight)
    if stated_base is not None and abs(abs(stated_base - stated_target) - delta) < 1e-6:
        return stated_base, stated_target  # "I was 180 in the Army and I'm 245 now"
    levels = [q.value for q in quantities if fits(q, playbook)]
    if len(levels) >= 2 and abs(abs(levels[0] - levels[1]) - delta) < 1e-6:
        return levels[0], levels[1]
    losing = re.search(r"\b(lose|losing|drop|shed|get down|down to)\b", core)
    gaining = playbook.measured_as_change == "gain"
    if stated_base is not None and delta == stated_target and stated_base >= 3 * delta:
        if losing:
            return stated_base, stated_base - delta  # "lose 30 lb, I'm 210 now"
        if gaining:
            return stated_base, stated_base + delta  # "put on 10 lb", "139 lbs"
    return None


_TIMES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12}
_MULTIPLE_RE = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|nine|twelve)\s(months?|weeks?)(?:'s?|')?"
    r"(?:\s(?:worth\s)?of|\sworth)?\s(?:(?:our|my|the|living|monthly|household|basic|essential)\s){0,2}(?:living )?"
    r"(expenses|costs|spending|bills|rent|salary|pay|income|take[- ]home)\b"
)
# the sum said again right after the months ("3 months expenses, about $9k"): the total
_RESTATED_RE = re.compile(
    r"[\s,(:=~-]*(?:(?:so|which is|that'?s|i\.e\.?|or)\s)?(?:about|around|roughly|approx\w*|"
    r"like|~)?\s?"
)


_RAN_RE = re.compile(r"\b(?:ran|did|done|finished|completed|can run|run)\s(?:a\s|an\s|the\s)?$")


def restate_quantities(
    core: str,
    quantities: Sequence[Quantity],
    playbook: Playbook,
    preset: Preset | None,
    found: tuple[Quantity | None, Quantity | None],
) -> tuple[Quantity | None, Quantity | None]:
    """(baseline, target) as the person meant them: "3 months of expenses, 3200/mo" is
    $9,600; "I owe $11,400 ... $500 a month toward it" clears $11,400 at a pace; a half
    marathon stays 21.1 km whatever shorter run the text mentions."""
    baseline, target = found
    if playbook.money:
        multiple = _MULTIPLE_RE.search(core)
        each = next(
            (q for q in quantities if q.kind == "money" and (not multiple or q.span[0] > 0)), None
        )
        between = core[multiple.end() : each.span[0]] if multiple and each else ""
        if (
            multiple
            and each
            and each.span[0] >= multiple.end()
            and _RESTATED_RE.fullmatch(between)
            and not _PACE_AFTER_RE.match(core[each.span[1] :])
        ):
            return (baseline if baseline is not each else None), each  # "3 months, about $9k"
        said_first = said_before(core, quantities, multiple) if multiple else None
        if said_first is not None:  # "₹2 lakh (6 months of expenses)": the sum, said again
            return (baseline if baseline is not said_first else None), said_first
        if multiple and each is not None:
            n = _TIMES.get(multiple.group(1)) or int(multiple.group(1))
            months = n if multiple.group(2).startswith("month") else n * 12 / 52
            if _PACE_AFTER_RE.match(core[each.span[1] :]) and "week" in core[each.span[1] :][:8]:
                months = months * 52 / 12 if multiple.group(2).startswith("month") else n
            total = Quantity(round(each.value * months, 2), each.unit, "money", multiple.span())
            return (baseline if baseline is not each else None), total
    pace = baseline is not None and _PACE_AFTER_RE.match(core[baseline.span[1] :])
    if playbook.owed_is_target and target is not None and baseline and baseline.kind == "money":
        baseline = None if pace else baseline  # "$4,200 card, I can put $250 a month": a pace
    if (
        playbook.owed_is_target
        and baseline is not None
        and target is not None
        and baseline.kind == target.kind == "money"
        and baseline.value > target.value
        and _PACE_AFTER_RE.match(core[target.span[1] :])
    ):
        return None, baseline  # the debt is what is cleared; "$500 a month" is the pace
    if preset is not None and target is not None and preset.unit in {"km", "miles"}:
        km = {"km": 1.0, "kms": 1.0, "mile": 1.609, "miles": 1.609, "mi": 1.609}
        size = km.get(target.unit or preset.unit)
        if size and target.value * size < preset.target * km[preset.unit] - 0.05:
            ran = _RAN_RE.search(core[max(0, target.span[0] - 16) : target.span[0]])
            if baseline is None and ran:  # "I ran a 10k in 58 minutes": where they are
                return target, None
            return baseline, None  # the race they named is the goal, not a run they did
    return baseline, target


def stated_reading(text: str, first: float | None) -> str:
    """The person's own two-part reading ("148/95") whose first number is ``first``, so a
    goal on that number never drops the second; empty when they gave none."""
    for m in _READING_RE.finditer(text):
        if first is not None and int(m.group(1)) == first and int(m.group(1)) > int(m.group(2)):
            return f"{m.group(1)}/{m.group(2)}"
    return ""


def _reading(text: str, first: float | None) -> tuple[int, int] | None:
    """The two numbers of the person's reading ("130/80") whose first number is ``first``."""
    said = stated_reading(text, first)
    return (int(said.split("/")[0]), int(said.split("/")[1])) if said else None


def reading_at(text: str, value: float, target: float | None, baseline: float | None) -> str:
    """A rung's reading in both numbers ("139/88") on the way from the person's start reading
    to their target reading ("148/95" to "130/80"); empty when they did not give the pair."""
    aim = _reading(text, target)
    if aim is None:
        return ""
    if abs(value - aim[0]) < 0.5:
        return f"{aim[0]}/{aim[1]}"
    start = _reading(text, baseline)
    if start is None or start[0] == aim[0]:
        return ""
    share = (value - start[0]) / (aim[0] - start[0])  # the second number moves in step
    return f"{value:g}/{round(start[1] + share * (aim[1] - start[1]))}"


_ONES_RE = re.compile(
    r"\b(\d+)\s((?:strict|more|good|full|clean|proper|real|unbroken|perfect)\s)?ones\b", re.I
)
_COUNTED_RE = re.compile(r"\b\d+\s((?:[a-z]+[- ])?[a-z]+s)\b", re.I)


def name_the_ones(text: str) -> str:
    """ "3 pull ups now, I want 12 strict ones": the ones are pull ups, so the 12 is read as
    the count it is (never a field's first pull-up)."""

    def named(m: re.Match[str]) -> str:
        before = [c.group(1) for c in _COUNTED_RE.finditer(text[: m.start()])]
        if not before:
            return m.group(0)
        return f"{m.group(1)} {m.group(2) or ''}{before[-1]}"

    return _ONES_RE.sub(named, text)


_MILLION_RE = re.compile(r"^(?:m|mm|mil|mill|million|mn)$")
