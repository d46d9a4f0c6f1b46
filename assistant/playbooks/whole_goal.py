"""The part of a two-part goal that the chosen field's plan does not cover, kept in view.

"Drink more water and less soda", "max out my 401k and figure out if I can retire at 65":
a field plans one part; the other is named in the goal statement, in the person's words,
instead of being silently dropped.
"""

from __future__ import annotations

import re

from assistant.language.title_faults import amounts
from assistant.playbooks.base import Playbook

_ALSO_RE = re.compile(
    r"(?:^|[.!?;]\s+)(?:and )?(?:also|plus)[, ]+(?:i )?(?:(?:really )?(?:want|need|would like|'d like|"
    r"hope|plan)(?: to)? )?(?P<part>[^.!?;]{6,120})",
    re.IGNORECASE,
)
_VERBS = (
    "apply|be|build|buy|call|clean|cut|do|drink|drop|eat|figure|find|finish|fix|get|go|grow|hit|join|keep|"
    "learn|lose|lower|make|max|open|paint|plan|practi[cs]e|present|raise|reach|talk|train|visit|"
    "watch|use|scroll|check|"
    "move|pay|quit|read|run|save|see|sell|sleep|speak|spend|start|stop|take|walk|work|write|"
    "repair|replace|restore|renovate|repaint|redecorate|decorate|tidy|clear|knit|sew|bake|design|"
    "program|record|publish|launch|play|cook|swim|ride|climb|sing|dance|"
    "organi[sz]e|plant|complete|pass|hold|win|host|teach|ship|earn|land|reduce"
)
_VERB_PART_RE = re.compile(rf"^(?:{_VERBS})\b", re.IGNORECASE)
VERBS = _VERBS  # the actions a part of a goal is led by
_MORE_LESS_RE = re.compile(r"^(?:more|less|fewer)\s\w+", re.IGNORECASE)
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "my",
        "our",
        "your",
        "me",
        "i",
        "im",
        "i'm",
        "it",
        "its",
        "this",
        "that",
        "if",
        "can",
        "need",
        "want",
        "go",
        "more",
        "less",
        "up",
        "out",
        "off",
        "some",
        "any",
        "all",
        "be",
        "by",
        "from",
        "so",
        "as",
        "is",
        "are",
        "was",
    ]
)
_YOU = {
    "i": "you",
    "my": "your",
    "me": "you",
    "i'm": "you're",
    "im": "you're",
    "myself": "yourself",
}
_MAX_PART = 90
NOT_HERE = "not in this plan's milestones: plan it as a second goal"
# a circumstance, a rhythm or a remark beside the goal, never a part to plan or name in it:
# "work from home", "an hour every evening", "my doctor says ...", "had a side job so maybe not"
NOT_A_PART_RE = re.compile(
    r"^(?:work (?:from home|remotely|at|in|for|nights|shifts|part[- ]time|full[- ]time)|"
    r"(?:work|find|sort|figure) out$|(?:an?|one|\d+)\s(?:hour|hr|min\w*)\b)|"
    r"\b(?:we|i)\s(?:did|made|got|went|raised|tried)\b|"  # "we did a car wash last year": a story
    # "passed N4 two years ago and kinda stalled", "failed it last spring": what happened before
    r"^(?:passed|failed|finished|completed|stalled|started|stopped|tried|lost|gained|"
    r"dropped|sat|took)\b(?!\s(?:to|up)\b)|\bago\b|"
    r"\blast (?:year|month|week|time|summer|winter|spring|autumn|fall)\b(?!'s)|"
    # "my car failed its MOT on the tyres and a wiper": what the test found, not a second goal
    r"\b(?:failed|passed|flunked)\s(?:its|it|the|my|our|his|her|their)\b|"
    r"\b(?:says|said|told me|i'?m|i am|you'?re|was|were|had|so maybe|maybe not|"
    r"see (?:how|what) (?:it goes|it works|happens|i get on|i go))\b",
    re.I,
)


# a number joined to its unit ("15lbs", "10kg") is the plan's "15 lb", "10 kg"
UNIT_JOINED_RE = re.compile(r"(?<=\d)(?=(?:kgs?|lbs?|km|kms|mi|st|cm|mm|ml|hrs?|mins?)\b)")


def _words(text: str) -> set[str]:
    plain = re.sub(r"(?<=\d),(?=\d)|[()$]", "", text.lower())  # "401(k)" is "401k"
    plain = UNIT_JOINED_RE.sub(" ", plain)
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9']+", plain) if w not in _SMALL}


_WANT_RE = re.compile(
    r"^(?:(?:i|we)\s)?(?:really\s)?(?:want|need|would like|'d like|hope|plan|try|am trying|'m trying)\s(?:to\s)?",
    re.IGNORECASE,
)


_NOTHING_RE = re.compile(r"^(?:nothing|none|no|everything|stuff|so on|more)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(
    r"\s(?:before|by|until|without|because|so|since|but|when|while|after|which)\s", re.IGNORECASE
)


_WANTS_RE = re.compile(r"\b(?:want|need|would like|'d like|hope|plan|trying|going) to\s", re.I)


def _two_actions(clause: str) -> tuple[str, str] | None:
    """The first 'X and <verb> Y' of a clause whose both sides are actions, each cut before
    its deadline or reason: ('get under 220', 'get my a1c back to normal')."""
    for m in re.finditer(r"\sand\s", clause):
        head, tail = clause[: m.start()].strip(), clause[m.end() :].strip()
        head = _WANTS_RE.split(head)[-1]  # "i have pcos and want to get my periods regular"
        if _VERB_PART_RE.match(head) and _VERB_PART_RE.match(tail) and len(tail.split()) >= 2:
            return head, _CLAUSE_END_RE.split(tail, maxsplit=1)[0].strip(" ,")
    return None


_DETERMINER_RE = re.compile(r"(?:a|an|the|my|our|your|his|her|their|its|some)\b")
# a comma, or a dash before a remark ("the NCT retest - it failed on the discs and a light")
_CLAUSE_RE = re.compile(
    r",\s|\s[-\u2013\u2014]\s(?=(?:it|they|she|he|which|that|i|we|this|its|it's)\b)"
)


def _parts(core: str) -> list[tuple[str, str]]:
    """The second action of a goal that asks for two, with the first: 'X and <verb> Y',
    'more X and less Y', 'also ...' (no first)."""
    parts: list[tuple[str, str]] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", core.strip()):
        clauses = [_WANT_RE.sub("", c.strip()) for c in _CLAUSE_RE.split(sentence.strip(" .!?;"))]
        # the first clause, or a later one that is the goal itself ("6 of us, we need to
        # build a robot and raise $3,000"): a verb-led clause after the scene is set
        clause = next((c for c in clauses if " and " in c and _VERB_PART_RE.match(c)), clauses[0])
        if " and " not in clause:
            continue
        head, tail = (x.strip() for x in clause.rsplit(" and ", 1))
        two = _two_actions(clause)  # "get under 220 and get my a1c back to normal before ..."
        if two:
            head, tail = two
        head_words = head.split()
        if _VERB_PART_RE.match(tail) and len(tail.split()) >= 2 and _VERB_PART_RE.match(head):
            parts.append((head, tail))
        elif _MORE_LESS_RE.match(tail) and head_words:
            parts.append((head, f"{head_words[0]} {tail}"))  # "drink more water and less soda"
        elif (
            1 <= len(tail.split()) <= 2
            and len(head_words) >= 3
            and not tail[:1].isdigit()
            and not _NOTHING_RE.match(tail)  # "140k in my 401k and nothing else"
        ):
            kept = head_words[:-1]
            if kept and _DETERMINER_RE.fullmatch(kept[-1]) and _DETERMINER_RE.match(tail):
                kept = kept[:-1]  # "on the tyres and a wiper": "on a wiper", not "on the a"
            parts.append((head, " ".join([*kept, tail])))  # "less on amazon and doordash"
    return parts + [("", m.group("part").strip()) for m in _ALSO_RE.finditer(core)]


def second_parts(core: str) -> list[str]:
    """The second action of each sentence of a goal that asks for two ('cut down to 1 coffee'
    after 'drink 2 litres of water a day'), and any part said after 'also'."""
    return [tail for _, tail in _parts(core)]


def second_parts_with_heads(core: str) -> list[tuple[str, str]]:
    """(first action, second action) of each two-part sentence; the first is '' after 'also'."""
    return _parts(core)


def _both(head: str, part: str) -> str:
    """Both parts as the person said them: a part that shares the first one's words ("spend
    less on amazon" after "spend less on takeout") names only its own ("... and amazon")."""
    first, second = head.split(), part.split()
    shared = 0
    while shared < min(len(first), len(second)) - 1 and first[shared] == second[shared]:
        shared += 1
    own = second[shared:] if shared >= 2 else second
    return f"{head} and {' '.join(own)}"


def _second_person(text: str) -> str:
    return " ".join(_YOU.get(w.lower(), w) for w in text.split())


second_person = _second_person  # "fix my fence" said to the person: "fix your fence"


def _milestones(field: Playbook) -> str:
    texts = [r.title for r in field.rungs]
    for preset in field.presets:
        texts += [r.title for r in preset.rungs]
    return " ".join(texts)


# where a part's words may stop: a comma, or "and"/"but" before what comes next
_JOINT_RE = re.compile(r",\s*|\s(?:and|but|plus)\s")
# a clause about someone, not an action: "i eat a lot of rice", "she's 84", "it's the van"
_SOMEONE_RE = re.compile(
    r"^(?:i|i'm|im|i've|ive|we|we're|you|you're|she|she's|he|he's|they|they're|it|it's|its|"
    r"there|this|that|my|your|our)\b",
    re.IGNORECASE,
)
_REMARK_RE = re.compile(r"\b(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|weren'?t)\b|'s\b", re.I)
_REMARK_WORDS = 4  # a verb this early after "and" makes what follows a remark of its own


def as_action(part: str) -> str | None:
    """A part as an action a statement can name, from its first verb-led clause to where a
    remark starts ("cut down on soft drinks and 1 a week is realistic" -> "cut down on soft
    drinks"; "i keep letting it slide, visit mum twice a month" -> "visit mum twice a month");
    None when no clause of it is an action ("i eat a lot of rice and sweets", "3 months")."""
    text = part.strip(" ,.;")
    cuts = [0] + [m.end() for m in _JOINT_RE.finditer(text)]
    for at in cuts:
        clause = text[at:]
        if not _VERB_PART_RE.match(clause) and not _MORE_LESS_RE.match(clause):
            continue
        for joint in _JOINT_RE.finditer(clause):
            after = clause[joint.end() :]
            words = " ".join(after.split()[:_REMARK_WORDS])
            if _SOMEONE_RE.match(after) or _REMARK_RE.search(words):
                return clause[: joint.start()].strip(" ,") or None
        return clause.strip(" ,")
    return None


def restated(part: str, statement: str) -> bool:
    """Whether every amount ``part`` names is in ``statement`` ("get it under r$400" beside
    "... to R$400 a month or less"): naming it would say the goal's amount twice."""
    said = set(amounts(part))
    return bool(said) and said <= set(amounts(statement))


def left_out(core: str, statement: str, field: Playbook) -> str | None:
    """The first part of the goal that neither the statement nor the field's milestones name
    (with the part before it when that is left out too; the part before alone when only it is)."""
    covered = _words(statement) | _words(_milestones(field))

    def missing(part: str, head: str = "") -> bool:
        words = _words(part) - _words(head)  # "drink less soda" after "drink more water": soda
        things = _words(" ".join(part.split()[1:])) - _words(head)  # the words after its verb
        if things & covered and _two_actions(f"{head} and {part}"):
            return False  # "get my a1c back to normal" when the plan brings A1C down
        return bool(words) and len(words - covered) * 2 > len(words)

    for head, said in _parts(core):
        part = as_action(said)  # "cut down on soft drinks", never "and 1 a week is realistic"
        if part and missing(part, head):
            # the action before it too, unless it only says the statement's amount again
            both = head and missing(head) and as_action(head) and not restated(head, statement)
            whole = _both(head, part) if both else part
            if len(whole) <= _MAX_PART:
                return _second_person(whole.rstrip(" ,"))
        if not part:
            continue  # a remark, a time or a thing: "i eat a lot of rice", "3 months"
        planned = _words(" ".join(part.split()[1:])) & _words(statement)  # the statement's part
        if head and planned and _VERB_PART_RE.match(head) and missing(head, part):
            # "build a robot and raise $3,000": the field plans the money, the robot stays named
            return _second_person(head.rstrip(" ,")) if len(head) <= _MAX_PART else None
    return None


_ALL_PARTS_RE = re.compile(
    r"\ball (?:of )?(?:the |my )?(two|three|four|five|six|seven|eight|[2-9]) (?:\w+ )?(sections|parts|"
    r"papers|modules|exams|units|tests|subjects|levels|courses|classes)\b",
    re.IGNORECASE,
)


def with_all_parts(core: str, statement: str) -> str:
    """'Pass the CPA exam, all four sections': the statement plans all four, never one."""
    m = _ALL_PARTS_RE.search(core)
    if not m or f"{m.group(1)} " in statement.lower() and m.group(2) in statement.lower():
        return statement
    count, noun = m.group(1), m.group(2).lower()
    one = re.search(rf"\bthe ((?:[\w-]+ ){{0,3}}){noun[:-1]}\b", statement)
    if one:  # "the CPA exam section" -> "all four CPA exam sections"
        return f"{statement[: one.start()]}all {count} {one.group(1)}{noun}{statement[one.end() :]}"
    by = re.search(r"\sby\s\d{1,2}\s[A-Z][a-z]+\s\d{4}", statement)
    at = by.start() if by else len(statement)
    return f"{statement[:at]} (all {count} {noun}){statement[at:]}"


_AT_RE = re.compile(r":\s| by \d{1,2} [A-Z][a-z]+ \d{4}")


_SAME_ACTION_WORDS = 8  # "repaint the living room": a verb and its thing, not a story
_CLAUSE_BREAK_RE = re.compile(r"\s[-\u2013\u2014]\s|[:;()]")


def with_same_action(core: str, statement: str) -> str:
    """'Repaint the living room and hall': the second thing of the same action is named in
    the statement with the first ('Repaint 2 rooms myself, the living room and hall: ...'),
    never tacked on as a second goal."""
    for head, built in _parts(core):
        words, said = head.split(), built.split()
        if (
            len(words) < 3
            # "through the retest - it failed on the discs and a headlight": a remark after
            # a break, never one action with two things
            or len(words) > _SAME_ACTION_WORDS
            or _CLAUSE_BREAK_RE.search(head)
            or said[: len(words) - 1] != words[:-1]
            or not _VERB_PART_RE.match(head)  # "autozone scanned it and said ...": a remark
            or _VERB_PART_RE.match(" ".join(said[len(words) - 1 :]))  # "try and rebuild"
        ):
            continue  # two actions, a remark, or a part after "also"
        # the things, never the verb's other words ("spending so much on takeaways": takeaways)
        first = " ".join(words[1:])
        if not _PREPOSITION_RE.match(said[len(words) - 1]):  # "at work and with neighbours"
            first = _PREPOSITION_SPLIT_RE.split(first)[-1]
        things = f"{first} and {' '.join(said[len(words) - 1 :])}"
        if _SELF_RE.search(statement):  # "myself" said once, by the statement
            things = _SELF_RE.sub("", things).strip()
        if _words(things) - _words(statement):
            things = _second_person(things)
            count = re.search(
                rf"\b(?:{len(_things(things))}|{_COUNT[len(_things(things))]}) [a-z]+s\b", statement
            )
            if count:  # "Repaint 2 rooms": the two rooms they named, in place of their count
                return f"{statement[: count.start()]}{things}{statement[count.end() :]}"
            for thing in _things(things):  # "spending on Amazon": "on takeout and amazon"
                one = re.search(rf"(?<=\s){re.escape(thing)}\b", statement, re.IGNORECASE)
                if one and len(thing) > 3:
                    return f"{statement[: one.start()]}{things}{statement[one.end() :]}"
            pair = _PAIR_RE.search(statement) if len(_things(things)) == 2 else None
            if pair:  # "spending on takeout and delivery": the two they named, in their words
                return f"{statement[: pair.start(1)]}{things}{statement[pair.end(1) :]}"
            at = _AT_RE.search(statement)
            cut = at.start() if at else len(statement)
            return f"{statement[:cut]}, {things}{statement[cut:]}"
    return statement


_PREPOSITION_RE = re.compile(r"^(?:on|in|at|for|with|about|from|of|to)$", re.IGNORECASE)
_PREPOSITION_SPLIT_RE = re.compile(r"\s(?:on|in|at|for|with|about|from|of)\s")
# two things the field's sentence names in its own words ("spending on takeout and delivery")
_PAIR_RE = re.compile(
    r"\b(?:on|for|of|in) ((?!the\b|your\b)[a-z]+(?: [a-z]+)? and [a-z]+(?: [a-z]+)?)"
    r"(?= to\b| by\b|,|:|$)"
)
_SELF_RE = re.compile(r"\s?\b(?:myself|yourself|ourselves)\b", re.IGNORECASE)
_COUNT = ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _things(named: str) -> list[str]:
    """The things a list names: "the living room and hall" -> 2, "the bath, hall and loft" -> 3."""
    return [t for t in re.split(r",\s*|\s(?:and|&)\s", named) if t.strip()][:9]


def keep_whole(core: str, statement: str, field: Playbook) -> str:
    """The statement, with the part of a two-part goal the field does not plan named after it
    and every part of a goal of several parts ("all four sections") kept."""
    statement = with_all_parts(core, statement)
    statement = with_same_action(core, statement)
    part = left_out(core, statement, field)
    if not part or NOT_A_PART_RE.search(part):
        return statement
    # the milestones plan the field's part; the other is said to be a goal of its own
    return f"{statement}; also: {part} ({NOT_HERE})"
