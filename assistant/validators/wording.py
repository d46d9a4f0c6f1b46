"""Does the plan's text read right? Durations that match estimates, English words, whole phrases,
metric names that agree with their units."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.findings import finding
from assistant.models import Finding, Plan
from assistant.validators.counting import unit_key

_DURATION = re.compile(
    r"\b(?:(\d+(?:\.\d+)?)[- ]?(minutes?|mins?|min|hours?|hrs?|hr|h)\b|"
    r"(half an|an|one) hour\b)"
)
# titles that arrange a session rather than hold it ("Book a 60-minute lesson" takes 10 minutes)
ARRANGING = re.compile(
    r"^(?:book|schedule|block|plan|set|put|choose|find|pick|sign|register|list|write down|add|"
    r"buy|order|reserve|ask|email|call|text|message|tell|decide|note|mark|create|make|agree|"
    r"arrange|organi[sz]e|confirm|propose|suggest|invite|line up|set up)\b"
)
# the duration belongs to a limit or a reserved time, not to the task: "a 1-hour cap",
# "a 30-minute weekly check-in slot"
_LIMIT = re.compile(r"^\s?(?:cap|limit|max|maximum|rule|window|timer)\b")
_RESERVED = re.compile(r"^[\w -]{0,30}?\b(?:slot|time ?slot)s?\b")
# a rest between repeats inside a session ("2 minutes' easy jog between"): a part, not its length
_BETWEEN = re.compile(
    r"^'?\s(?:easy\s|slow\s)?(?:jog|walk|rest|recovery|float)\w*\s(?:between|in between)\b"
)
# a shift in time, not a length: "lights-out 10 minutes earlier", "stopped an hour before"
_OFFSET = re.compile(r"^\s?(?:before|after|earlier|later|sooner|ahead|beforehand)\b")
_SLACK_OVER = 30  # a "30-minute run" may take an hour with changing and a shower

# field words wordfreq does not rank but a coach writes: kept short and reviewed
KNOWN_WORDS = frozenset(
    {
        "deload",
        "halaqa",
        "annualcreditreport",
        "kanban",
        "onboarding",
        "italki",
        "readmes",
        "exercism",
        "leetcode",
        "okrs",
        "preply",
    }
)
MIN_ZIPF = 1.0  # about once in 100 million words: rarer than that is not a word people use
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a phrase cut off mid-way ends on a word that must be followed by something
# (prepositions that close phrasal verbs, "search for", "coming in", are whole English)
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "of",
        "from",
        "to",
        "than",
        "and",
        "or",
        "but",
        "into",
        "onto",
        "is",
        "are",
        "was",
        "were",
        "whose",
        "because",
    ]
)


def _minutes(m: re.Match[str]) -> float:
    if m.group(3):
        return 30.0 if m.group(3) == "half an" else 60.0
    value, unit = float(m.group(1)), m.group(2)
    return value if unit.startswith("m") else value * 60


def title_durations(plan: Plan) -> list[Finding]:
    """task.title_contradicts_estimate: '40-minute workout' planned at 20 minutes."""
    out: list[Finding] = []
    for mi, m in enumerate(plan.milestones):
        for ti, t in enumerate(m.tasks):
            title = t.title.lower()
            if ARRANGING.match(title):
                continue
            for match in _DURATION.finditer(title):
                said = _minutes(match)
                before = title[max(0, match.start() - 6) : match.start()]
                if (
                    said > 240
                    or _LIMIT.search(title[match.end() : match.end() + 8])
                    or _RESERVED.match(title[match.end() :])
                    or _BETWEEN.match(title[match.end() :])
                    or _OFFSET.match(title[match.end() :])
                    or (
                        re.search(r"\d\s?x\s?$", before)  # intervals: "8 x 1 minute"
                    )
                    or re.search(r"\b(?:every|each|per|within|after)\s$", title[: match.start()])
                ):  # "reminders every 2 hours", "within 1 hour": how often or when, not how long
                    continue  # "a 48-hour list", "a 1-hour cap": not the session's length
                short = t.estimate_minutes < said - 5
                long = t.estimate_minutes > said + _SLACK_OVER and said <= 120
                if short or long:
                    out.append(
                        finding(
                            "task.title_contradicts_estimate",
                            f"milestones[{mi}].tasks[{ti}]",
                            f"'{t.title}' says {match.group(0)} but is planned at "
                            f"{t.estimate_minutes} minutes.",
                            "Make the title and the estimate agree: change the duration in "
                            "the title or the estimate.",
                        )
                    )
                    break
    return out


@lru_cache(maxsize=8192)
def _is_english(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= MIN_ZIPF


def strange_words(text: str, allowed: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Words of ``text`` that are neither English (wordfreq) nor in ``allowed`` (lower-case)."""
    out = []
    for raw in WORD_RE.findall(text):
        for word in re.split(r"[-’']", raw):
            w = word.lower()
            if len(w) < 3 or w in allowed or w in KNOWN_WORDS:
                continue
            if not _is_english(w):
                out.append(word)
    return out


# verbs whose 'to' closes the phrase: "what you will not agree to", "who to talk to"
_VERB_TO = frozenset(
    [
        "agree",
        "listen",
        "talk",
        "stick",
        "commit",
        "reply",
        "respond",
        "object",
        "return",
        "belong",
        "point",
        "relate",
        "admit",
        "consent",
        "amount",
        "lead",
        "look",
        "used",
        "get",
        "go",
        "come",
        "say",
    ]
)


def dangling_end(text: str) -> str | None:
    """The phrase a cut-off text ends on ('up from my'), or None when it ends whole."""
    pieces = [text, *re.findall(r"['\"‘“]([^'\"’”]{3,})['\"’”]", text)]
    for piece in pieces:
        tail = re.findall(r"[A-Za-z0-9'%$£€]+", piece.rstrip(" .…,;:-"))
        if not tail or tail[-1].lower() not in _DANGLING or piece.rstrip().endswith("..."):
            continue
        if tail[-1].lower() == "to" and len(tail) > 1 and tail[-2].lower() in _VERB_TO:
            continue
        return " ".join(tail[-3:])
    return None


# a word that needs its object, followed straight by the deadline: "save for by 31 December"
_CUT_BEFORE_BY = re.compile(
    r"\b(for|to|of|with|from|about|toward|towards|the|a|an|my|your|our|his|her|their)\s+by\b"
    r"(?!-)",
    re.IGNORECASE,
)


_DOUBLED = re.compile(r"\b([a-z]+)\s+\1\b(?<!\bthat that)(?<!\bhad had)", re.IGNORECASE)


# the person's message pasted in whole: a new sentence in lower case ('Quit dipping. been
# using ...', 'Move to denver . need to find ...'); abbreviations end on their own dot
_PASTED = re.compile(r"\b([A-Za-z]+)\s?\.\s+[a-z]+\b")
_ABBREVIATIONS = frozenset(["e", "i", "g", "vs", "etc", "approx", "incl", "min", "hr", "hrs", "no"])


def cut_inside(text: str) -> str | None:
    """The place a text was cut and glued ('save for by', an unclosed '(', 'boxes of of
    dad's slides'), or None."""
    if m := _CUT_BEFORE_BY.search(text):
        return m.group(0)
    if m := _DOUBLED.search(text):
        return m.group(0)
    for m in _PASTED.finditer(text):
        if m.group(1).lower() not in _ABBREVIATIONS:
            return m.group(0)
    if text.count("(") != text.count(")"):
        return "(" + text.split("(", 1)[1][:20] if "(" in text else text.split(")", 1)[0][-20:]
    return None


def _generated_texts(plan: Plan):
    yield "goal.statement", plan.goal.statement
    for mi, m in enumerate(plan.milestones):
        yield f"milestones[{mi}].title", m.title
        for ti, t in enumerate(m.tasks):
            yield f"milestones[{mi}].tasks[{ti}].title", t.title


def not_english(plan: Plan) -> list[Finding]:
    """text.not_english: a made-up word ('walkinged') or a cut-off fragment in a title."""
    said = ""
    if plan.request is not None:
        said = " ".join([plan.request.goal_text, *plan.request.answers.values()])
    else:  # a plan file with no request: its goal is the person's own words
        said = plan.goal.statement
    said += f" {plan.constraint} " + " ".join(plan.owners)
    allowed = {w.lower() for raw in WORD_RE.findall(said) for w in re.split(r"[-’']", raw)}
    out: list[Finding] = []
    for path, text in _generated_texts(plan):
        odd = strange_words(text, allowed)
        cut = dangling_end(text)
        glued = cut_inside(text)
        if odd or cut or glued:
            what = (
                f"'{odd[0]}' is not an English word"
                if odd
                else f"it stops at '{cut}'"
                if cut
                else f"it is cut off and glued at '{glued}'"
            )
            out.append(
                finding(
                    "text.not_english",
                    path,
                    f"'{text}' does not read as English: {what}.",
                    "Rewrite it as a whole sentence in plain words.",
                )
            )
    return out


# a template's stand-in for the thing the goal is about: "Ask someone who knows the new skill"
_PLACEHOLDER_NOUN = re.compile(
    r"\bthe (?:new skill|item|main work|(?:[\w-]+ )?exam section|project|(?:first|main|last) "
    r"section|next stage)\b",
    re.IGNORECASE,
)


def placeholder_nouns(plan: Plan) -> list[Finding]:
    """text.placeholder_noun: a title names its object by a stand-in ('the item', 'the new
    skill') the person never used, instead of the thing itself."""
    if plan.request is None:
        return []
    said = said_words(" ".join([plan.request.goal_text, *plan.request.answers.values()]))
    for path, text in _generated_texts(plan):
        m = _PLACEHOLDER_NOUN.search(text)
        if m and m.group(0).split()[-1].lower() not in said:
            return [
                finding(
                    "text.placeholder_noun",
                    path,
                    f"'{text}' says '{m.group(0)}' where the person's own thing belongs.",
                    "Name the thing itself in the person's words (the skill, the item, the "
                    "section), or ask them for it.",
                )
            ]
    return []


def said_words(text: str) -> set[str]:
    """The words of a text in lower case, with the singular of each plural ('sections')."""
    words = WORD_RE.findall(text.lower())
    return {*words, *(w[:-1] for w in words if w.endswith("s"))}


def unit_names(plan: Plan) -> list[Finding]:
    """metric.unit_mismatch (names): 'workouts completed' counted in 'pushups'."""
    metrics = [("goal.metric", plan.goal.metric)]
    metrics += [(f"milestones[{i}].metric", m.metric) for i, m in enumerate(plan.milestones)]
    metrics += [(f"leading_indicators[{i}]", m) for i, m in enumerate(plan.leading_indicators)]
    out: list[Finding] = []
    for path, metric in metrics:
        if _LENGTH.search(metric.name):
            continue  # "longest nonstop swim" counted in laps: how far, not how many swims
        unit_kind = _KIND_OF.get(unit_key(metric.unit))
        named = [
            (w, _KIND_OF[unit_key(w)])
            for w in re.findall(r"[a-z][a-z-]*", _PERIOD.sub(" ", metric.name.lower()))
            if unit_key(w) in _KIND_OF
        ]
        if unit_kind is None or not named or any(k == unit_kind for _, k in named):
            continue
        word = named[0][0]
        out.append(
            finding(
                "metric.unit_mismatch",
                path,
                f"The metric '{metric.name}' is counted in '{metric.unit}'.",
                f"Count it in {word.rstrip('s')}s, or rename the metric after what "
                f"'{metric.unit}' counts.",
            )
        )
    return out


# kinds of things a metric counts; a name of one kind with a unit of another disagree
# ("workouts completed" in "pushups", "weeks in a row" in "nights")
_KINDS = {
    "sessions": "workouts sessions runs walks rides swims classes lessons practices meetings calls",
    "repetitions": "pushups push-ups pullups pull-ups squats reps sets steps laps",
    "spans": "days weeks nights months",
}
_LENGTH = re.compile(
    r"\b(?:longest|farthest|furthest|nonstop|non-stop|continuous|distance)\b", re.I
)
_PERIOD = re.compile(r"\b(?:per|a|each|every|this|in a)\s(?:day|night|week|month|row)\b")
_KIND_OF = {unit_key(w): kind for kind, ws in _KINDS.items() for w in ws.split()}


def validate_wording(plan: Plan) -> list[Finding]:
    return [
        *title_durations(plan),
        *not_english(plan),
        *unit_names(plan),
        *placeholder_nouns(plan),
    ]
