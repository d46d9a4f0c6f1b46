"""Kinds of obstacle people name in any field, and a coach's moves against each, as data.

``assistant/data/obstacles.toml`` holds one :class:`ObstacleKind` per kind (travel, shifts,
pain, cravings, a slow landlord, fear of phoning, no car, ...), validated here: unknown keys,
bad regexes and variants for fields that do not exist fail at load, and in the test that loads
the table. ``unless`` is a negative cue (the same words meaning something else), ``narrow``
puts a kind before the field's own obstacles, ``whole_only`` keeps a catch-all kind off the
parts of a longer answer. ``family`` and ``setting`` say where a kind's own moves apply (a
payday pot is money, a head torch is outdoors); a field with a variant gets moves fit by design.
A cue counts only as a word of its own, never in what the person declines ("I don't want to
crash diet"); ``expected`` names, per field, words that are the work there (sore fingertips on a
guitar), and a variant's ``needs`` the words its moves assume (a grip aid needs a hand).
``requires`` (a kind's or a variant's) names the parts of the plan its moves need
(``plan_parts.toml``: a session to book, material to study, a choice to make).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Literal

from pydantic import ConfigDict, TypeAdapter, ValidationError, field_validator
from pydantic.dataclasses import dataclass

from assistant.errors import InputError
from assistant.language.patterns import Regex, compiled
from assistant.language.phrase_shape import fits_a_slot
from assistant.language.slots import as_thing
from assistant.playbooks.base import Step

_STRICT = ConfigDict(extra="forbid")


def _known_parts(value: tuple[str, ...]) -> tuple[str, ...]:
    """Parts a move requires, each one of ``plan_parts.toml``, checked when the file loads."""
    from assistant.playbooks.plan_parts import plan_parts

    unknown = sorted(set(value) - set(plan_parts()))
    if unknown:
        raise ValueError(f"unknown plan parts: {', '.join(unknown)} (see plan_parts.toml)")
    return value


@dataclass(frozen=True, config=_STRICT)
class Variant:
    """The moves that replace a kind's own in the listed fields (a drinking goal's social life)."""

    in_fields: tuple[str, ...]
    strategy: str
    attack: Step
    unblock: tuple[Step, ...] = ()
    unless: Regex = ""  # words that make these moves wrong: a household's money talk with coworkers
    needs: Regex = ""  # words without which these moves are wrong: a grip aid needs a hand said
    requires: tuple[str, ...] = ()  # parts of the plan these moves need (plan_parts.toml)
    lacking: tuple[str, ...] = ()  # or the moves for any plan without these parts

    _parts = field_validator("requires", "lacking")(
        classmethod(lambda cls, value: _known_parts(value))
    )

    def fits(self, field: str, said: str, lacking: frozenset[str] = frozenset()) -> bool:
        """Are these the moves for ``field`` (or for a plan ``lacking`` its parts) and for what
        was said?"""
        return (
            (field in self.in_fields or bool(self.lacking and set(self.lacking) <= lacking))
            and not (self.unless and re.search(self.unless, said))
            and not (self.needs and not re.search(self.needs, said))
        )


@dataclass(frozen=True, config=_STRICT)
class Expected:
    """Words that in some fields name a normal part of the work, not this kind of obstacle:
    sore fingertips for a guitar learner are calluses forming, not an injury."""

    in_fields: tuple[str, ...]
    words: Regex


# A cue the person says they will not do ("I don't want to crash diet", "rather not go gluten free")
# is a wish about the plan, not what gets in the way: its words name no obstacle.
_DECLINED = re.compile(
    r"\b(?:(?:do ?n[o']?t|not|never) (?:want|plan|intend|need) to|(?:do ?n[o']?t|not|never) wanna|"
    r"rather not|refuse to) (?P<rest>(?:\w+ ){0,2})$"
)
# "I don't want to get evicted", "... to lose the flat" are the fear: still the obstacle
_CONSEQUENCE = re.compile(
    r"(?:get|be|lose|hurt|upset|bother|wake|disturb|offend|annoy|miss|let|disappoint|fall|end up)\b"
)


def _declined(said: str, start: int) -> bool:
    """Is the cue at ``start`` something the person says they will not do?"""
    lead = _DECLINED.search(said[:start])
    return lead is not None and not _CONSEQUENCE.match(said, lead.start("rest"))


@dataclass(frozen=True, config=_STRICT)
class ObstacleKind:
    """One kind of obstacle: how people say it, its cues, and the moves that attack it."""

    key: str
    about: tuple[str, ...]  # how people describe it, for routing by meaning
    pattern: Regex  # keywords that name it (support for the meaning)
    strategy: str
    attack: Step  # the weekly task that changes the system
    unblock: tuple[Step, ...] = ()  # one-off moves for the first weeks
    it: str = ""  # the default object the titles name when no cue is found
    cues: tuple[tuple[str, str], ...] = ()  # (regex, phrase): the person's own object
    source: str = ""  # the seed article the moves draw on
    variants: tuple[Variant, ...] = ()
    unless: Regex = ""  # a negative cue: words that give the pattern another meaning
    narrow: bool = False  # tried before the field's own obstacles when its words hit
    whole_only: bool = False  # a catch-all ("she", "work"): never met by one part of an answer
    family: Literal[
        "", "money", "spending", "admin", "team", "build", "people", "food", "practice", "body"
    ] = ""  # the fields its moves belong to ("spending": a pot for trips, only where money is the goal)
    setting: Literal["", "outdoor"] = ""  # where its moves take place: gear by the door, a route
    words_only: bool = False  # met only by its own words: "works lates" is no time difference
    expected: tuple[Expected, ...] = ()  # in these fields, these words are the work, not the kind
    requires: tuple[str, ...] = ()  # parts of the plan its own moves need: a session to book

    _parts = field_validator("requires")(classmethod(lambda cls, value: _known_parts(value)))

    def named_in(self, said: str, field: str = "") -> bool:
        """Do the (normalised) words name this kind, and not another meaning of its keywords?

        A cue counts only as a word of its own ("vision" is no cue in "revision"), not in
        what the person declines ("don't want to crash diet"), and not where the goal's
        ``field`` expects those words (sore fingertips while learning guitar)."""
        said = in_sense(said)
        if self.unless and compiled(self.unless).search(said):
            return False
        if any(field in e.in_fields and compiled(e.words).search(said) for e in self.expected):
            return False
        return any(
            _a_word_at(said, m.start()) and not _declined(said, m.start())
            for m in compiled(self.pattern).finditer(said)
        )

    def moves(
        self, field: str, said: str = "", lacking: frozenset[str] = frozenset()
    ) -> tuple[str, Step, tuple[Step, ...]]:
        """(strategy, weekly attack, one-off moves) for a plan in ``field``, ``lacking`` some
        parts (``plan_parts.toml``: a plan with no session gets a shape's sessionless moves)."""
        for variant in self.variants:
            if variant.fits(field, said, lacking):
                return variant.strategy, variant.attack, variant.unblock
        return self.strategy, self.attack, self.unblock

    def requires_for(
        self, field: str, said: str = "", lacking: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """The parts of the plan the moves for ``field`` need (a variant's, else the kind's)."""
        for variant in self.variants:
            if variant.fits(field, said, lacking):
                return variant.requires
        return self.requires

    def object_in(self, said: str) -> str:
        """The person's own object in the titles' shape ("at truck stops"), else the default.

        ``{0}`` in a cue's phrase is the matched words, ``{1}`` its first group."""
        said = in_sense(said)
        for cue, phrase in self.cues:
            m = compiled(rf"\b(?:{cue})(?![a-z])").search(said)
            if not m:
                continue
            cut = [
                (i, (group or "").strip())
                for i, group in enumerate((m.group(0), *m.groups()))
                if f"{{{i}}}" in phrase
            ]
            if any(not fits_a_slot(as_thing(words)) for _, words in cut):
                continue  # a piece of a clause ("the letters, anxiety"): the kind's own words
            for i, words in cut:
                phrase = phrase.replace(f"{{{i}}}", words)
            return phrase
        return self.it


# Words that make a compound with a cue they stand before ("doomscrolling", "overeating"):
# a cue after one of them is still the cue, where "vision" in "revision" is another word.
_COMPOUND_HEAD = re.compile(r"(?:^|[^a-z])(?:doom|binge|over|stress|comfort|late|mid)$")


def _a_word_at(said: str, start: int) -> bool:
    """Does a match at ``start`` open a word (not "vision" inside "revision")?"""
    return start == 0 or not said[start - 1].isalnum() or bool(_COMPOUND_HEAD.search(said[:start]))


_ADAPTER = TypeAdapter(list[ObstacleKind])


@dataclass(frozen=True, config=_STRICT)
class CueSense:
    """A phrase in which an obstacle's cue word means something else (``cue_senses.toml``):
    "marking eats my evenings" takes time, "I'm a new dad" has a baby at home."""

    about: str
    pattern: Regex
    means: str  # what it means, as a ``re.sub`` template in words the kinds read


@functools.cache
def cue_senses() -> tuple[CueSense, ...]:
    """The shipped table of phrases read in the sense meant, in file order."""
    source = resources.files("assistant") / "data" / "cue_senses.toml"
    try:
        rows = tomllib.loads(source.read_text(encoding="utf-8")).get("senses", [])
        return tuple(TypeAdapter(list[CueSense]).validate_python(rows))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise InputError(f"cue sense file cue_senses.toml is invalid: {exc}") from exc


@functools.lru_cache(maxsize=1024)  # every kind reads the same answer: one reading a text
def in_sense(said: str) -> str:
    """The (normalised) answer with each phrase of ``cue_senses.toml`` put in the sense the
    person meant, for matching kinds and obstacles only: "eats my evenings" -> "takes up my
    evenings", "I'm a new dad" -> "there is a new baby at home"."""
    for sense in cue_senses():
        said = compiled(sense.pattern, re.I).sub(sense.means, said)
    return said


def load_kinds(text: str, source: str = "obstacles.toml") -> tuple[ObstacleKind, ...]:
    """The kinds of a TOML text, validated; InputError naming the first problem."""
    try:
        kinds = _ADAPTER.validate_python(tomllib.loads(text).get("kinds", []))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise InputError(f"obstacle file {source} is invalid: {exc}") from exc
    keys = [k.key for k in kinds]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise InputError(f"obstacle kinds defined twice in {source}: {', '.join(twice)}")
    return tuple(kinds)


@functools.cache
def obstacle_kinds() -> tuple[ObstacleKind, ...]:
    """The shipped table, in file order (narrower kinds first)."""
    source = resources.files("assistant") / "data" / "obstacles.toml"
    return load_kinds(source.read_text(encoding="utf-8"))


@functools.cache
def obstacle_structures() -> tuple[ObstacleKind, ...]:
    """The shapes of obstacle (a time clash, a low-energy window, a person who pulls the other
    way, an event, a cost, a fear, a missing skill, a place), each with the coach's standard
    move: tried only when no kind and no field obstacle fits (``obstacle_structures.toml``)."""
    source = resources.files("assistant") / "data" / "obstacle_structures.toml"
    found = load_kinds(source.read_text(encoding="utf-8"), "obstacle_structures.toml")
    twice = sorted({k.key for k in found} & {k.key for k in obstacle_kinds()})
    if twice:
        raise InputError(f"obstacle structures reuse kind keys: {', '.join(twice)}")
    return found
