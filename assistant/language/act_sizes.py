"""How long acts really take (data/act_sizes.toml): a named exam's full sitting, one small act."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import InputError

LONGEST_SITTING = 480  # no exam practised in one go runs past a working day


class Exam(BaseModel):
    """A named exam and the minutes one full-length sitting takes."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    signs: str
    minutes: int


class SmallAct(BaseModel):
    """One small act ("a drawer" sorted) and the minutes it takes."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    noun: str
    minutes: int


class Act(BaseModel):
    """An act by its verb and object ("write" a "case study") and the least minutes it takes."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    verbs: str
    objects: str
    not_if: str = ""
    least: int

    def pattern(self) -> re.Pattern[str]:
        """The verb opening a title, its object within four words (a determiner or a name)."""
        return re.compile(
            rf"^(?:{self.verbs})\b(?:\s[\w'’-]+){{0,4}}?\s(?P<object>{self.objects})\b", re.I
        )


class FiniteAct(BaseModel):
    """A repeated act that uses up what it acts on, and how many sessions that allows."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    title: str
    counted_by: str
    each: int = 1
    default: int

    def sessions(self, said: str) -> int:
        """Sessions in all for the things the person counted ("2 collections": 2 x ``each``)."""
        m = re.search(rf"\b(\d{{1,2}}) (?:\w+ )?(?:{self.counted_by})\b", said.lower())
        return int(m.group(1)) * self.each if m and int(m.group(1)) else self.default


class PerUnit(BaseModel):
    """An act sized by the quantity it works through ("5 asks", "1 shoebox"): minutes a unit,
    and the smaller unit a session names when one whole unit is past it ("prints from")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    verbs: str
    nouns: str
    each: int
    part: str = ""
    part_each: int = 0
    faster: str = ""  # the lever when the person's hours cannot make the amount in time
    faster_step: str = ""  # the one-off step that pulls that lever, booked early in the plan

    def pattern(self) -> re.Pattern[str]:
        """The verb opening a title, then a count, then the unit within two words."""
        return re.compile(
            rf"^(?:{self.verbs})\s(?:(?:the next|the first|another)\s(?=\d))?(?P<n>\d{{1,3}}|one|a|an|the next|the|this|one more)\s(?:[^\W\d][\w'’-]*\s){{0,2}}?(?P<noun>{self.nouns})\b",
            re.I,
        )


class ActSizes(BaseModel):
    """The shipped table."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    exam: tuple[Exam, ...] = ()
    small: tuple[SmallAct, ...] = ()
    act: tuple[Act, ...] = ()
    finite: tuple[FiniteAct, ...] = ()
    per_unit: tuple[PerUnit, ...] = ()


def load_act_sizes(text: str, source: str = "act_sizes.toml") -> ActSizes:
    """The table of a TOML text, validated; InputError naming the first problem."""
    try:
        sizes = ActSizes.model_validate(tomllib.loads(text))
        for exam in sizes.exam:
            re.compile(exam.signs)
        for act in sizes.act:
            act.pattern(), re.compile(act.not_if)
        for unit in sizes.per_unit:
            unit.pattern()
        for finite in sizes.finite:
            re.compile(finite.title), re.compile(finite.counted_by)
    except (tomllib.TOMLDecodeError, ValidationError, re.error) as exc:
        raise InputError(f"act sizes file {source} is invalid: {exc}") from exc
    return sizes


@functools.cache
def act_sizes() -> ActSizes:
    """The shipped table."""
    source = resources.files("assistant") / "data" / "act_sizes.toml"
    return load_act_sizes(source.read_text(encoding="utf-8"))


def exam_minutes(goal_text: str) -> int | None:
    """Minutes one full-length sitting of the exam the goal names takes; None if none is known."""
    low = goal_text.lower()
    exam = next((e for e in act_sizes().exam if re.search(e.signs, low)), None)
    return min(exam.minutes, LONGEST_SITTING) if exam else None


def act_least(title: str) -> int | None:
    """The least minutes the act a title names takes ("Write the promotion case": 60); None
    when the title names no act of the table, or a smaller act of its kind ("a short case
    study": the words before the object say so)."""
    low = title.lower()
    for act in act_sizes().act:
        m = act.pattern().match(low)
        if m and not (act.not_if and re.search(act.not_if, low[: m.start("object")])):
            return act.least
    return None


def finite_act(title: str) -> FiniteAct | None:
    """The repeated act of the table a title names ("Send 1 written request"), if any."""
    low = title.lower()
    return next((f for f in act_sizes().finite if re.search(f.title, low)), None)


def per_unit(title: str) -> tuple[PerUnit, re.Match[str]] | None:
    """The quantity act of the table a title names ("Make 5 personal asks"), with its match
    (``n`` the count, ``noun`` the unit, the first one after the count); None if none."""
    found = [(u, m) for u in act_sizes().per_unit if (m := u.pattern().match(title))]
    return min(found, key=lambda um: um[1].start("noun"), default=None)


def small_act(noun: str) -> int | None:
    """Minutes one small act on ``noun`` takes ("drawer": 15); None if it is not a small act."""
    noun = noun.lower()
    return next((a.minutes for a in act_sizes().small if noun in {a.noun, plural(a.noun)}), None)


def plural(noun: str) -> str:
    """The plural of a small act's noun (drawer, shelf, box)."""
    if noun.endswith(("x", "s")):
        return noun + "es"
    return noun[:-1] + "ves" if noun.endswith("f") else noun + "s"


# a whole exam sat in one go: "a full past final exam", "the last full model exam, all 4
# papers", "1 past test paper under timed conditions", "a mock oral exam"
_NOT_WHOLE = r"(?![- ](?:drive|drives|run|runs|writing|task|tasks|questions?|sections?|items?|strips?|kits?))"
_SITTING_RE = re.compile(
    rf"\bfull(?:-length| length)?\s(?:[a-z]+\s){{0,2}}(?:exam|test|paper)s?\b{_NOT_WHOLE}"
    rf"|\bmock (?:[a-z]+ )?(?:exam|test)s?\b{_NOT_WHOLE}"
    rf"|\btimed (?:practice |past |model )?(?:exam|test|paper)s?\b{_NOT_WHOLE}"
    r"|\bunder (?:exam|test|real|timed|time) (?:timing|conditions)\b|\bunder time\b"
    r"|\ball \d (?:papers|sections|parts)\b",
    re.I,
)


def full_sitting(title: str) -> bool:
    """Whether a task is one whole exam sat under its timing: it takes the exam's length, which
    may be past one ordinary session."""
    return bool(_SITTING_RE.search(title))
