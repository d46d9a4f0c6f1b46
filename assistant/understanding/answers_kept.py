"""Answers add to the goal, never shrink it: a guessed target at or under the level the person
says they already hold moves past that level, and the plan starts where they are."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from assistant.language import normalize
from assistant.language.quantities import Quantity
from assistant.playbooks import Playbook, Preset, fmt_value
from assistant.understanding.baseline import in_unit, read_starting_point
from assistant.understanding.facts import Understanding


def higher_start(
    answered: float | None, in_goal: float | None, target: float, playbook: Playbook
) -> float | None:
    """The answer's start, unless the goal said a higher level in the same measure that they
    already reach ("never run further than 12km" above "10k in 58:20"): that one."""
    if answered is None or in_goal is None or playbook.money:
        return answered
    return in_goal if answered < in_goal < target else answered


def past_their_start(u: Understanding) -> None:
    """ "Can run 5k in 31 minutes" against the field's typical 5 km: the target becomes the
    next step past 5 km and the ladder starts at 5 km, never at "1 km without stopping"."""
    pb = u.playbook
    if (
        "metric" in u.stated  # a target they said is theirs to keep
        or u.baseline is not None
        or not u.baseline_said
        or u.levels
        or u.rate_period
        or u.reducing
        or u.stages
        or pb.lower_is_better
        or pb.money
        or u.counts_a_run
    ):
        return
    start = read_starting_point(u.baseline_said, pb, u.unit, None, u.core)
    if start.value is None or not start.sure or start.value <= 0:
        return
    held = in_unit(start.value, start.unit, u.unit) if start.unit else start.value
    if held is None or held < u.target:
        return
    typical = u.target
    u.target = next_step(held)
    u.baseline = held
    u.stated.add("baseline")
    u.notes["metric"] = (
        f"You already reach {fmt_value(held, u.unit)}, so a typical "
        f"{fmt_value(typical, u.unit)} is behind you: the plan aims at {fmt_value(u.target, u.unit)}; "
        "tell me your own target to change it"
    )


def next_step(held: float) -> float:
    """A target a clear step past a level held: double it, in whole counts, fives past 20."""
    step = held * 2
    return float(math.ceil(step / 5) * 5) if step > 20 else float(math.ceil(step))


def answer_may_pick(preset: Preset, playbook: Playbook, quantities: Sequence[Quantity]) -> bool:
    """Whether a variant named only in an answer may shape the plan: one that counts something
    other than the field's measure ("a workplace pension" for "start investing 20k": pensions)
    would replace the outcome the goal already states in that measure, so it may not."""
    if not preset.unit or preset.unit == playbook.unit:
        return True  # "I do graphic design": freelance work, still earned in dollars
    measured = [
        q
        for q in quantities
        if (playbook.money and q.kind == "money")
        or (q.unit and q.unit.split()[0] in {playbook.unit, playbook.unit.rstrip("s")})
        or (playbook.money and q.kind == "amount" and q.value >= 100)
    ]
    return not measured


def counted_start(pattern: str, answers: dict[str, str]) -> bool:
    """Whether a variant is named only by a number of the start answer ("I earn £31k" for a
    visa): where they are, never a count the goal's measure becomes when the goal names no
    amount of its own (the target answer's number is one)."""
    told = normalize(str(answers.get("metric", "")))
    if told.strip() and re.search(pattern, told):
        return False
    said = re.search(pattern, normalize(str(answers.get("baseline", ""))))
    return bool(said and re.search(r"[\d$£€₹¥₦]", said.group(0)))


# money already paid ("paid off 18k of my 25k already"): what is left is the goal
_PAID_RE = re.compile(
    r"\b(?:paid(?: off| back| down)?|cleared|knocked out|already paid)\s(?:about\s|around\s)?"
    r"[£$€₹]?\d[\d,.]*\s?k?\b(?:\s(?:of|out of)\b|[^,.;]{0,20}\balready\b)"
)
_LEFT_BEFORE_RE = re.compile(r"\b(?:the\s)?(?:last|remaining|rest of(?: the| my)?|final)\s$")
_LEFT_AFTER_RE = re.compile(r"^\s?(?:left|remaining|to go|still owed|outstanding)\b")


def what_is_left(core: str, quantities: Sequence[Quantity]) -> Quantity | None:
    """The amount still owed when the goal says some is already paid ("paid off 18k of my 25k
    already ... the last 7k"): that amount, not the 18k, is what the plan clears."""
    if not _PAID_RE.search(core):
        return None
    for q in quantities:
        if q.kind != "money":
            continue
        if _LEFT_BEFORE_RE.search(core[: q.span[0]][-20:]) or _LEFT_AFTER_RE.match(
            core[q.span[1] :]
        ):
            return q
    return None


def left_to_pay(said: str, value: float | None, target: float) -> bool:
    """Whether a debt answer's amount ("7,020 left") is what remains of the goal's amount:
    then the plan clears what is left, the rest being paid already."""
    return bool(value and value < target * 1.2 and _LEFT_WORDS_RE.search(said.lower()))


_LEFT_WORDS_RE = re.compile(r"\b(?:left|remaining|to go|still owe|outstanding)\b")


_NOTHING_DONE_RE = re.compile(
    r"\b(?:nothing|none)\s(?:\w+\s)?(?:done|scanned|started|sorted|made|written|read|yet)\b"
    r"|\bnot (?:started|begun|one|yet)\b|\bhaven'?t (?:started|begun|done any)\b|\b0 done\b"
)


def restates_the_whole(said: str) -> bool:
    """Whether an answer giving the goal's own number says none of it is done yet ("12 boxes,
    nothing scanned yet"): the number is the job's size, not a level already held."""
    return bool(_NOTHING_DONE_RE.search(said.lower()))
