"""Which field of life a goal belongs to, by meaning and by keywords, with a confidence.

Meaning: the goal's MiniLM embedding against every field's ``examples`` (vectors computed once
and shipped in ``assistant/data/fields_index.npz``; recomputed in memory when a field's examples
changed since). Keywords: each field's ``pattern``. Below ``ROUTE_THRESHOLD`` there is no
guess: the planner asks the person for their own stages.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.language.patterns import compiled
from assistant.playbooks.base import Playbook

log = logging.getLogger(__name__)

ROUTE_THRESHOLD = 0.5  # below this, the goal is not planned from any field's knowledge
MIN_SIMILARITY = 0.3  # a keyword alone ("garage" in "garage band") never routes a goal
# a field none of whose words the goal says is used only when the goal reads like it: with no
# keyword hit, a lead verb alone ("get", "sell") carried "get my hardware shop onto Google
# Maps" (0.31) to a driving licence, "get my NMC revalidation done" (0.32) there too and "sell
# 40 eggs a day" (0.30) to a garage sale; "I was 180 in the Army ... get back to 180" is
# weight at 0.35, and every other such route of rounds 3-24 reads 0.51 or more
UNNAMED_SIMILARITY = 0.335
_LEAD_BONUS = 0.35  # the goal starts with the field's own action: "save up for a trip" is saving
_KEYWORD_BONUS = 0.25  # a keyword hit adds this much (more hits, a little more)
# a keyword cannot carry a goal whose meaning is far from its field to beat a close one:
# "organise the pantry and the fridge" reads like decluttering (0.63) far more than like
# buying a fridge (0.35), whatever "fridge" hits
_CLEAR_MEANING = 0.55  # the closest field by meaning is at least this close
_WEAK_MEANING = 0.45  # and the keyword winner's own meaning is below this
_MEANING_GAP = 0.2  # and further away by at least this
_INDEX = "fields_index.npz"
# What is to change is said first ("get my sleep sorted, ... stop needing 4 coffees"); the rest
# is context. A keyword in the context counts this much of one in the lead clause, and the
# meaning of the lead clause is blended with the meaning of the whole goal.
_CONTEXT_HITS = 0.5
_LEAD_MEANING = 0.5
_MIN_LEAD_WORDS = 2
_LEAD_CLEAR = 0.45  # a lead clause no field reads like ("I was 180 in the Army") is context
_ASIDE_RE = re.compile(r"\([^)]*\)")
# The occasion a change is wanted for is context, not the change: "get under 85 before my
# sister's wedding" is weight, "a cookbook of nan's recipes for her 90th" a book. Masked before
# routing when what is left still says something (a goal that is the occasion keeps its words).
_OCCASION_RE = re.compile(
    r"\b(?:before|for|by|until|till|at|ahead of|in time for)\s(?:"
    r"(?:my|our|his|her|their|the)\s(?:[a-z']+\s){0,3}?(?:wedding|birthday|anniversary|reunion|"
    r"graduation|party|funeral|holiday|vacation|trip|honeymoon|christening|baptism|bar mitzvah|"
    r"bat mitzvah|retirement)"
    r"|(?:my|our|his|her|their)\s(?:[a-z']+\s)?\d+(?:st|nd|rd|th)(?: birthday)?"
    r")\b(?:\s(?:in|on|this|next)\s(?:the\s)?[a-z0-9]+)?"
    # the sale is the occasion of work done on the house: "repaint the bedrooms before we put
    # the house on the market" is painting, not selling
    r"|\b(?:before|so)\s(?:we|i)\s(?:can\s)?(?:put|list|sell|market|rent|let)\s(?:the|our|my)\s"
    r"(?:house|home|flat|place|property|apartment|condo)(?:\s(?:up\s)?(?:on|for)\s(?:the\s)?"
    r"(?:market|sale))?(?:\sout)?(?:\s(?:in|this|next)\s(?:the\s)?[a-z]+)?"
    # a budget is how the thing is done, not the thing: "a road trip round Iceland on a budget"
    r"|\b(?:on|with)\sa\s(?:tight\s|small\s|low\s|shoestring\s)?(?:budget|shoestring)\b"
    # what must not happen first is the deadline, not the change: "repair the back fence before
    # the dog gets out again" is the fence, "sort the gutters before the rain comes" the gutters
    r"|\bbefore\s(?:the|my|our|his|her|their|a)\s(?:[a-z'-]+\s){0,2}?(?:gets?|goes|comes?|starts?|"
    r"arrives?|visits?|moves?|is born|turns?|leaves?|returns?|falls?|breaks?|dies|runs? out)\b[^,.;!?]*"
)
# What the change is for is context too: "get a better paid job so we can afford the wedding"
# is a job, "set up a budget with my husband so we stop arguing about money" a budget. The
# purpose clause runs to the clause's end, and so does a consequence ("stop stressing so much
# I can't sleep" is stress); the main clause's outcome is the goal.
_PURPOSE_RE = re.compile(
    r"\b(?:so(?: much| badly)?(?: that)?|in order|so as) (?:i|we|they|he|she|i'?ll|we'?ll|my|our|to|"
    r"the|it|this|that|everything|everyone)\b[^,.;!?]*"
)
_MIN_MASKED_WORDS = 3
_PURPOSE_MARGIN = 0.0  # the whole goal's field keeps it when the main clause reads this close
# The person acts on others: they run a club, teach a class, coach a team, and the goal is about
# that group. A field that plans the person as the learner (their weakest skill, their own
# grade) never plans that goal; a teacher who wants to learn Spanish is still a learner.
_GROUP = (
    r"(?:club|clubs|club's|juniors|team|teams|squad|section|group|class|classes|society|choir|"
    r"troop|pack|league|academy|school|students|pupils|players|kids|children|members|parents)"
)
ROLE_RE = re.compile(
    r"\bi(?:'m| am) (?:a |an |the )?(?:\w+ )?(?:teacher|coach|club secretary|club chair|"
    r"head of (?:year|department|\w+)|youth leader|scout leader)\b"
    r"|\bi (?:teach|coach)\b(?! myself\b)"
    r"|\bi (?:run|manage|lead|organi[sz]e|chair|coordinate) (?:our|the|a|my|this)\s"
    rf"(?:[\w'-]+\s){{0,4}}?{_GROUP}\b"
    r"|\bas (?:a|the) (?:[\w-]+ )?(?:teacher|coach|club (?:secretary|chair|captain)|head of department)\b"
    # a target for a share of a group is set by whoever runs it: "80% of my year 11 class"
    r"|\b(?:\d+ ?%|percent|half|most|all) (?:of )?(?:my|our) (?:[\w-]+ ){0,3}?"
    r"(?:class|classes|students|pupils|players|squad)\b"
)
_OTHERS_RE = re.compile(
    rf"\b(?:my|our|the|his|her|their|a|an|\d+) (?:[\w'-]+ ){{0,3}}?{_GROUP}\b"
    r"|\b(?:\d+ ?%|percent|half|most|all) (?:of )?(?:my|our|the) (?:[\w-]+ ){0,3}?class\b"
)


def acts_on_others(text: str) -> bool:
    """The person runs, teaches or coaches a group and the goal is about the group."""
    low = text.lower()
    return bool(ROLE_RE.search(low) and _OTHERS_RE.search(low))


def names_group(text: str) -> bool:
    """The goal names a group the person teaches or runs ("my year 9 class", "I teach"), the
    only goals a field that plans such a group may take."""
    low = text.lower()
    return bool(ROLE_RE.search(low) or _TAUGHT_RE.search(low))


# a group someone teaches, said as theirs: "my year 11 English class", "our pupils" (never "a 3
# at school", which is the person's own schooling)
_TAUGHT_RE = re.compile(
    r"\b(?:my|our) (?:[\w'-]+ ){0,3}?(?:class|classes|class's|students|pupils|form|form group|"
    r"tutor group|set|sets|cohort)\b"
)


# a goal about a group someone runs is planned from a field only when that field is clearly
# the one (a club's growth, a class's results); a neighbour's template plans the wrong person
_ORGANISER_CONFIDENCE = 0.8
_CLAUSE_END_RE = re.compile(r"[.!?;]\s|,\s|\s(?:because|but|since|cause|cuz)\s")


@dataclass(frozen=True)
class Route:
    """The chosen field (None: no field fits), how sure, and the runner-up for the record."""

    field: Playbook | None
    confidence: float
    similarity: float
    keyword_hits: float
    runner_up: str | None = None


def examples_of(fields: tuple[Playbook, ...]) -> list[tuple[str, str]]:
    return [(f.key, text) for f in fields if f.examples for text in f.examples]


def digest(pairs: list[tuple[str, str]]) -> str:
    return hashlib.sha256("\n".join(f"{k}\t{t}" for k, t in pairs).encode()).hexdigest()


def index_path() -> Path:
    return Path(str(resources.files("assistant") / "data" / _INDEX))


def write_index(fields: tuple[Playbook, ...], path: Path | None = None) -> Path:
    """Embed every example once and store the vectors with a digest of the examples."""
    from assistant.memory.embedding import load_minilm

    pairs = examples_of(fields)
    vectors = load_minilm().encode([t for _, t in pairs]).astype(np.float16)
    target = path or index_path()
    np.savez_compressed(
        target, keys=np.array([k for k, _ in pairs]), vectors=vectors, digest=digest(pairs)
    )
    return target


_last_vectors: list[tuple[tuple[Playbook, ...], tuple[list[str], np.ndarray]]] = []


def _example_vectors(fields: tuple[Playbook, ...]) -> tuple[list[str], np.ndarray]:
    """The examples' keys and vectors; kept for the last tuple of fields asked about (frozen
    playbooks: the same tuple has the same examples), since listing and hashing its 1,344
    examples cost 0.3 ms, twice a goal."""
    last = _last_vectors[-1] if _last_vectors else None  # one read: another thread may replace it
    if last is not None and last[0] is fields:
        return last[1]
    pairs = examples_of(fields)
    found = _vectors_for(tuple(pairs), digest(pairs))
    _last_vectors[:] = [(fields, found)]
    return found


@functools.lru_cache(maxsize=4)
def _vectors_for(pairs: tuple[tuple[str, str], ...], want: str) -> tuple[list[str], np.ndarray]:
    try:
        with np.load(index_path()) as shipped:
            if str(shipped["digest"]) == want:
                return [str(k) for k in shipped["keys"]], shipped["vectors"].astype(np.float32)
    except (OSError, KeyError, ValueError):
        pass
    log.warning(
        "fields index is stale: embedding %d examples (run `make fields-index`)", len(pairs)
    )
    from assistant.memory.embedding import load_minilm

    return [k for k, _ in pairs], load_minilm().encode([t for _, t in pairs])


def similarities(text: str, fields: tuple[Playbook, ...]) -> dict[str, float]:
    """Per field: the mean of its three closest examples' cosine similarity to the text."""
    from assistant.memory.embedding import load_minilm

    keys, vectors = _example_vectors(fields)
    if not keys:
        return {}
    query = load_minilm().encode([text])[0]
    sims = (vectors @ query).astype(np.float64)
    names, index, valid = _groups(tuple(keys))
    grid = np.where(valid, sims[index], -np.inf)
    top = -np.sort(-grid, axis=1)[:, :3]  # each field's three closest, closest first
    counts = np.minimum(valid.sum(axis=1), 3)
    means = np.where(np.isfinite(top), top, 0.0).sum(axis=1) / counts
    return dict(zip(names, means.tolist(), strict=True))


@functools.lru_cache(maxsize=4)
def _groups(keys: tuple[str, ...]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Each field's example rows as one padded grid (row indexes, and which are real)."""
    names = list(dict.fromkeys(keys))
    rows = {name: [] for name in names}  # type: dict[str, list[int]]
    for i, key in enumerate(keys):
        rows[key].append(i)
    width = max(len(r) for r in rows.values())
    index = np.array([r + [0] * (width - len(r)) for r in rows.values()])
    valid = np.array([[True] * len(r) + [False] * (width - len(r)) for r in rows.values()])
    return names, index, valid


def lead_clause(text: str) -> str:
    """The goal's first clause, where people say what is to change; the whole text if short."""
    plain = _ASIDE_RE.sub(" ", text)
    for m in _CLAUSE_END_RE.finditer(plain):
        head = plain[: m.start()].strip()
        if len(head.split()) >= _MIN_LEAD_WORDS:
            return head
    return plain.strip()


def without_occasion(text: str) -> str:
    """The goal without the occasion or purpose it is for, unless too little is left to route."""
    return _masked(_OCCASION_RE, text)


def without_purpose(text: str) -> str:
    """The goal without what it is for ("so we can afford the wedding"), unless too little is
    left to route."""
    return _masked(_PURPOSE_RE, text)


def _masked(pattern: re.Pattern[str], text: str) -> str:
    masked = re.sub(r"\s+(?=[,.;!?]|$)|(?<=\s)\s+", "", pattern.sub(" ", text)).strip()
    return masked if len(masked.split()) >= _MIN_MASKED_WORDS else text


def route(
    text: str, fields: tuple[Playbook, ...], money: bool = False, field_only: bool = False
) -> Route:
    """The field whose examples the goal reads most like, keyword hits adding weight.

    The lead clause weighs more than the context: "rebuild my relationship with my son. we
    only talk about chores" is about the son, not the chores. The occasion ("before my
    sister's wedding") is left out first, and a field named only in what the change is for
    ("so we can afford the wedding") gives way to the main clause's: the change wanted is the
    goal, not its reason. ``field_only``: the caller needs only the field, so a goal whose
    keywords already decide it, with no purpose clause, is not embedded (``keyword_sure``);
    its route's similarity is then NaN.
    """
    masked = without_occasion(text)
    if masked != text:
        found = _route(masked, fields, money, field_only)
        if found.field is not None:
            return found
    return _main_clause_route(text, fields, money, field_only)


def _main_clause_route(
    text: str, fields: tuple[Playbook, ...], money: bool, field_only: bool = False
) -> Route:
    """The whole goal's route, unless the main clause reads clearly less like its field than
    like another: the purpose clause carried it ("a better paid job so we can afford the
    wedding" is a job, "build strength in my legs so I can get up off the floor" strength)."""
    main = without_purpose(text)
    # the keyword skip only where no purpose clause asks for the meaning of two readings
    found = _route(text, fields, money, field_only and main == text)
    if main == text:
        return found
    in_main = _route(main, fields, money, False)
    if in_main.field is None or (found.field is not None and found.field == in_main.field):
        return found
    if found.field is not None:
        if found.field.matches(main) > in_main.field.matches(main):
            return found  # its own words are in the main clause more than the other's
        sims = similarities(main, fields)
        if sims.get(found.field.key, 0.0) >= sims.get(in_main.field.key, 0.0) - _PURPOSE_MARGIN:
            return found
    return in_main


# Keyword bonuses this far ahead of every other field's decide the field whatever the meaning
# says: on the 1,152 goals of evals/cases.jsonl and rounds 1-17 the full route agreed with
# every goal whose keyword lead was at least 0.4 (203 goals; 5 of 357 disagreed at 0.3).
KEYWORD_SURE_GAP = 0.5


def keyword_sure(text: str, fields: tuple[Playbook, ...], money: bool) -> Route | None:
    """The route keywords alone decide (the same winner by a wide margin whether the lead
    clause or the whole goal is read as the lead), else None: the meaning must be computed."""
    return _sure(text, fields, _keyword_scores(text, fields, money, lead_clause(text)))


# per routable field key: (bonus, hits) with the lead clause as the lead, and with the whole goal
_Keywords = dict[str, tuple[tuple[float, float], tuple[float, float]]]


def _sure(text: str, fields: tuple[Playbook, ...], keywords: _Keywords) -> Route | None:
    if acts_on_others(text) or len(keywords) < 2:
        return None
    order = {f.key: f for f in fields}
    winners = []
    for pick in (0, 1):
        ranked = sorted(keywords, key=lambda k: (-keywords[k][pick][0], order[k].order))
        first, second = keywords[ranked[0]][pick][0], keywords[ranked[1]][pick][0]
        if first - second < KEYWORD_SURE_GAP:
            return None
        winners.append(ranked)
    if winners[0][0] != winners[1][0]:
        return None
    (bonus, hits), _ = keywords[winners[0][0]]
    best = order[winners[0][0]]
    return Route(best, round(min(bonus, 1.0), 3), float("nan"), hits, winners[0][1])


def _keyword_scores(text: str, fields: tuple[Playbook, ...], money: bool, lead: str) -> _Keywords:
    """Each routable field's keyword and lead bonus, and hits, both ways the lead is read
    (each field's keywords are matched once in the lead clause and once in the whole goal)."""
    found: _Keywords = {}
    for f in fields:
        if not f.examples or (f.yields_to and compiled(f.yields_to).search(text)):
            continue
        whole = f.matches(text)
        in_lead = whole if lead == text else f.matches(lead)
        split = in_lead + _CONTEXT_HITS * max(whole - in_lead, 0.0)
        found[f.key] = (_bonus(f, text, split, money), _bonus(f, text, whole, money))
    return found


def _bonus(f: Playbook, text: str, hits: float, money: bool) -> tuple[float, float]:
    """A field's keyword and lead bonus for the goal, and its keyword hits."""
    if f.money and money and hits:
        hits += 0.5
    bonus = _KEYWORD_BONUS * min(hits, 6) ** 0.5 if hits else 0.0
    if f.leads and compiled(f.leads).match(text):
        bonus += _LEAD_BONUS
    return bonus, hits


def _lead_agrees(lead: str, lead_sims: dict[str, float], fields: tuple[Playbook, ...]) -> bool:
    """The field the lead clause reads most like also has its keyword there: the lead is the
    goal even when its words are rare ("do my Steuererklärung for the last 3 years")."""
    top = max(lead_sims, key=lead_sims.__getitem__)
    field = next((f for f in fields if f.key == top), None)
    return lead_sims[top] >= MIN_SIMILARITY and field is not None and field.matches(lead) > 0


def _amount_after(lead: str, text: str) -> bool:
    """The lead says no number and a later clause does ("want my sleep apnea better and drop
    some weight, maybe 15 kg"): the measured part is the goal, the lead its reason."""
    rest = text.strip()[len(lead) :] if text.strip().startswith(lead) else ""
    return not re.search(r"\d", lead) and bool(re.search(r"\d", rest))


def _route(text: str, fields: tuple[Playbook, ...], money: bool, field_only: bool) -> Route:
    lead = lead_clause(text)
    keywords = _keyword_scores(text, fields, money, lead)
    sure = _sure(text, fields, keywords) if field_only else None
    if sure is not None:
        return sure
    sims = similarities(text, fields)
    lead_sims = similarities(lead, fields) if lead != text.strip() else {}
    if (
        lead_sims
        and max(lead_sims.values()) < _LEAD_CLEAR
        and (not _lead_agrees(lead, lead_sims, fields) or _amount_after(lead, text))
    ):
        lead, lead_sims = text, {}
    pick = 0 if lead != text else 1  # lead clause or the whole goal, as keywords were scored
    if lead_sims:
        sims = {
            k: (1 - _LEAD_MEANING) * v + _LEAD_MEANING * lead_sims.get(k, v)
            for k, v in sims.items()
        }
    scored: list[tuple[float, float, float, Playbook]] = []
    organiser = acts_on_others(text)
    for f in fields:
        if f.key not in keywords or (f.learner and organiser):
            continue
        if f.for_group and not names_group(text):  # "retake GCSE maths" is no teacher's class
            continue
        bonus, hits = keywords[f.key][pick]
        sim = sims.get(f.key, 0.0)
        scored.append((sim + bonus, sim, hits, f))
    if not scored:
        return Route(None, 0.0, 0.0, 0.0)
    scored.sort(key=lambda s: (-s[0], s[3].order))
    closest = max(scored, key=lambda s: s[1])
    weak = scored[0][1]
    if closest[1] >= _CLEAR_MEANING and weak < _WEAK_MEANING and closest[1] - weak >= _MEANING_GAP:
        scored.remove(closest)
        scored.insert(0, closest)
    score, sim, hits, best = scored[0]
    runner = scored[1][3].key if len(scored) > 1 else None
    if (
        score < ROUTE_THRESHOLD
        or sim < MIN_SIMILARITY
        or (not hits and sim < UNNAMED_SIMILARITY)
        or (organiser and score < _ORGANISER_CONFIDENCE)
    ):
        return Route(None, round(score, 3), round(sim, 3), hits, best.key)
    return Route(best, round(min(score, 1.0), 3), round(sim, 3), hits, runner)


if __name__ == "__main__":
    from assistant.playbooks.catalog import all_fields

    print(f"wrote {write_index(all_fields())}")
