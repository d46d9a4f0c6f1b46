"""Which question a part of a reply answers, by what it says: a date, time a week, where
the person is now, what gets in the way, or who does the work."""

from __future__ import annotations

import datetime as dt
import re

from assistant.language import normalize
from assistant.language.horizons import find_horizon
from assistant.understanding.answers import (
    MONTHS,
    fix_month_typos,
    fix_period_typos,
    parse_deadline,
    parse_owners,
)
from assistant.understanding.capacity_words import IN_WORK_RE, read_loose_capacity
from assistant.understanding.deadline_words import read_loose_deadline
from assistant.understanding.money_rate import monthly_amount

# each question a reply can answer, with the word the chat says it back with
LABELS = {
    "metric": "target",
    "deadline": "deadline",
    "capacity": "capacity",
    "baseline": "starting point",
    "constraint": "what gets in the way",
    "owners": "owners",
    "why": "why",
    "stages": "stages",
}

_DURATION = (
    r"(?:\d+(?:[.,]\d+)?|an?|half an?|a couple(?: of)?|couple(?: of)?|a few|few)\s*"
    r"(?:-\s*\d+\s*)?(?:h|hrs?|hours?|min|mins|minutes?)\b"
)
# time is not what limits it: "its more about money than time", "time isn't the problem"
NOT_TIME_RE = re.compile(
    r"\b(?:money|motivation|discipline|willpower|habit)\s(?:than|not)\s(?:the\s)?time\b|"
    r"\btime\s(?:is\s?n'?t|is not|isn'?t really|is not really|'?s not)\s(?:the|really|my)\b|"
    r"\bnot (?:about|a matter of) time\b|\bnot hours\b|\bsaves? (?:me )?time\b|"
    r"\b(?:about|of) (?:not )?\w+ing\b.{0,30}\bthan (?:about )?time\b|\bnot (?:really )?a time thing\b|"
    r"^\W*(?:it'?s|its|it is) (?:every ?day|every night|daily|nightly|all the time|constant)\b|"
    r"\b(?:just|more|really|mostly) (?:a |an )?(?:habit|willpower|discipline|mindset|money|"
    r"headspace) thing\b|\bmore about (?:not |just )?\w+ing\b"
)
# a length with no rhythm: "like 20 min here and there", "an hour when I can"
_SPARE_RE = re.compile(
    r"\b(?:here and there|at a time|when i can|whenever i can|if i'?m lucky|tops|max|at most|"
    r"or so|on and off)\b"
)
_PERIOD = (
    r"(?:a|per|each|every|/|on|in the|most|all)\s*"
    r"(?:week|day|weekday|weekend|evening|night|morning|afternoon|month|fortnight)s?"
)
TIME_RE = re.compile(
    rf"{_DURATION}.*?(?:{_PERIOD}|\b(?:weekly|daily|each|apiece|tops|max|total)\b)"
)
# slots of the day counted in a period, anywhere in a reply: "the pool 3 mornings a week, it
# opens at 6" (not "rehearse the set twice a week", which says the work, not the time)
COUNTED_TIME_RE = re.compile(
    rf"\b(?:\d+|one|two|three|four|five|six|seven|a couple of|a few)\s*"
    rf"(?:evenings|mornings|afternoons|nights|sessions|lunchtimes)\s*{_PERIOD}"
)
# time said without a duration ("3 evenings a week", "weekends"): only a short answer is one
_LOOSE_TIME_RE = re.compile(
    rf"\b(?:\d+|one|two|three|four|five|six|seven|a couple of|a few)\s*"
    rf"(?:x|times|evenings|mornings|afternoons|nights|sessions|days)\s*{_PERIOD}"
    rf"|\b(?:once|twice|thrice)\s*{_PERIOD}"
    r"|\b(?:full[- ]?time|part[- ]?time|weekends?|evenings?|mornings?|afternoons?|lunch ?breaks?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b"
)
_BARE_DURATION_RE = re.compile(rf"^\W*(?:about|around|maybe|like|roughly|~)?\s*{_DURATION}\W*$")
_EACH_RE = re.compile(r"\b(?:we each|each of us|per person|a head|per head|apiece|each)\b")
_BASELINE_RE = re.compile(
    r"\b(?:now|currently|at the moment|right now|so far|today|at present|can already|"
    r"i can|i do|i run|i have)\b.*\d|^\W*can (?!not\b)(?:\w+ )+?(?:maybe |about |only )?\d|\d.*\b(?:now|currently|at the moment|right now|so far|"
    r"at present)\b|\b(?:from scratch|from zero|(?:complete |total )?beginner|never (?:done|"
    r"run|tried|played|written|studied|been|had|made|built|ridden|swum|drawn|\w+ed)|"
    r"starting out|not started|haven'?t started|(?:nothing|none of it|not much) (?:built|done|"
    r"written|made|started|set up|in place)(?: yet)?|(?:is|are|'s|'re) (?:half|mostly|partly|"
    r"almost|nearly|about half) (?:done|finished|built|written|ready|there))\b"
    # a usual level: "probably 1 portion a day on a good day", "i average about 4,000"
    r"|\d[^.;]*\b(?:on a good day|on average|most days|usually|normally|typically)\b"
    r"|\b(?:i average|on average|usually|normally|typically)\b[^.;]*\d"
    # a shape said in words: "pretty out of shape, get winded on stairs"
    r"|\b(?:out of shape|unfit|(?:get|gets|getting) winded|out of breath|couch potato|sedentary|"
    r"haven'?t (?:worked out|exercised|trained))\b"
    # how long since it last happened: "no date nights in over a year", "last time was june"
    r"|\b(?:no|not|zero|none|haven'?t|hasn'?t|never|nothing)\b[^.;]*\b(?:in|for) (?:over |more than |about "
    r"|almost |nearly )?(?:a|an|\d+|two|three|six) (?:year|month|week)s?\b|\blast time\b"
    # done so far: "we raised 1,200 at the bake sale", "I've read 3 of them"
    r"|\b(?:i|we)(?:'ve| have)?\s(?:already\s)?(?:raised|saved|paid off|paid|sold|lost|read|"
    r"written|wrote|finished|collected|signed up|booked|pieced|knitted|built|cleared)\b.*\d"
    # money and body facts said plainly: "about 8k across the cards", "i make 3200 a month"
    r"|\b(?:i owe|we owe|owe about|i make|we make|i earn|we earn|i weigh|i'?m at|i'?m on|"
    r"balance|in debt)\b.*\d|\d.*\b(?:across (?:the|my|all|both)|in debt|owed|"
    r"on (?:the|my) cards?|after tax|take[- ]home)\b"
)
_CONSTRAINT_RE = re.compile(
    r"\b(?:because|always|unknowns?|squeez\w*|blocked|waiting on|depend(?:s|ing)? on|"
    r"embarrass\w*|self[- ]conscious|shy|judg\w*|awkward|confidence|panic\w*|"
    r"worr\w*|stress\w*|when|whenever(?=\s(?!i can|we can|possible)(?:i|we|my|the|there|it|he|she|they)\b)|can'?t|cannot|don'?t|doesn'?t|never|keep|skip|stuck|no time|"
    r"too (?:busy|tired)|struggle|problem|blocker|bottleneck|late|forget|lack|procrastinat\w*|"
    r"motivation|lose|distract\w*|energy|overwhelm\w*|lazy|bored|tired|busy|ruins?|wakes? up|"
    r"get(?:s)? in the way|afraid|scared|fear|anxious|nervous|hate|hurts?|pain|injur\w*|sick|"
    r"all the time|pulled (?:onto|into|off|away)|interrupt\w*|firefight\w*|"
    r"avoid\w*|ignor\w*|tapped out|burn(?:ed|t) out|fatigue\w*|nobody|no one|reluctant|"
    r"resist\w*|put(?:ting)? (?:it |things )?off|impuls\w*|tempt\w*|cravings?|"
    r"afford|expensive|(?:the|my|our|two|three) kids|baby|toddler|shifts?|overtime|travel\w*|weather|rain|snow|cold|"
    r"hard|difficult|tough|tight|skint|broke|broken|bad (?:back|knees?|hips?|shoulders?|neck)|"
    r"won'?t|refus\w*|argu\w*|nag\w*|wants? to keep|shuts|only open|closes at|"
    r"no (?:car|money|budget|help|space|room|childcare))\b"
)
# an ability said without a number: "i can do a width", "I can only jog for a minute"
_CAN_DO_RE = re.compile(
    r"^\W*(?:i|we) (?:can|could) (?:only |just |barely |already |sort of |kind of |maybe )?"
    r"(?:do|swim|run|walk|jog|cycle|ride|lift|hold|play|read|speak|say|write|cook|draw|"
    r"manage|hit|type|bench|squat|sing|knit|sew|code|drive)\b"
    r"|\b(?:i|we)(?:'ve| have)? already\b"
    # how things are now: "everything is a mess", "the bills are piling up"
    r"|\b(?:is|are|'s|'re)\s(?:(?:a|an)\s(?:total\s|complete\s)?(?:mess|disaster|tip|wreck|"
    r"pigsty)|all over the place|chaos|chaotic|behind|overdue|piling up|out of control)\b"
)
# time one can give, said as such: "i can do 3 hours a week", "we have 2 evenings a week"
_GIVES_TIME_RE = re.compile(
    r"\b(?:can|could|have(?! (?:been|done|run|walked|had|\w+ed)\b)|got|give|spare|free|"
    r"manage|afford)\b(?!.*\b(?:now|currently|"
    r"at the moment|right now|so far|already)\b)"
)
# a habit's start and no end: "start now, keep it going", "from monday and keep it up"
_GO_ON_RE = re.compile(
    r"^\W*(?:start(?:ing)?|from)\s(?:now|today|tomorrow|monday|this week|next week|asap)\b"
    r"[,\s]+(?:and\s)?(?:keep (?:it|going|at it)|carry on|ongoing|for good)\b"
)
_NO_DATE_RE = re.compile(
    r"^\W*(?:(?:no|not really an?y?|there'?s no|i have no|i don'?t have an?y?) (?:real |hard |set )?"
    r"(?:rush|hurry|deadline|date|timeline|time ?frame)|whenever|asap|"
    r"as soon as (?:possible|i can)|ongoing|open[- ]ended)\b"
)
_SOON_RE = re.compile(
    r"^\W*(?:soon|soonish|asap|as soon as (?:possible|i can)|starting|start(?:ing)? (?:on|from))\b|"
    r"\b(?:this|next|coming)\s(?:few\s|couple (?:of )?)?(?:weekends?|weeks?|months?)\b|"
    r"\b(?:weeks?|months?|years?|days?) from now\b"
)
_DATE_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b|\b(?:christmas|xmas|new year|"
    r"easter|summer|winter|spring|autumn|fall)\b"
)

# a target said as a wish: "i'd like to do a mile", "my goal is 12 strict pull ups"
WISH = (
    r"(?:i'?d (?:like|love) to|i want to|i wanna|i'?m aiming (?:for|to)|aiming for|"
    r"hoping to|my (?:goal|target|aim) is(?: to)?|the (?:goal|target) is(?: to)?)"
)
WANT_RE = re.compile(rf"\b{WISH}\b")
_WANTED_AMOUNT_RE = re.compile(
    r"\d|\b(?:a|one|half an?|a half|a full)\s(?:mile|marathon|half marathon|5k|10k|km|"
    r"kilometre|kilometer|lap|length|pound|kilo|stone|book|song|piece)s?\b|\bmarathon\b"
)


_SESSIONS_A_WEEK_RE = re.compile(
    r"^\W*(?:(?:about|maybe|probably|like|around|roughly|usually)\s)?"
    r"(?:\d+|one|two|three|four|five|six)(?:\s?(?:-|or|to)\s?\d+)?\s"
    r"(?:runs?|sessions?|workouts?|walks?|swims?|rides?|classes|lessons?|practices?|times|"
    r"evenings?|mornings?|nights?|days?|lunchtimes?)\s(?:a|per|each|every)\s(?:week|wk)\b"
)


def kind_of(part: str, open_keys: list[str] | None = None) -> str | None:
    """The question a part of a reply answers by its content, or None when it does not say."""
    keys = set(open_keys or LABELS)
    s = fix_period_typos(normalize(part))
    if "capacity" in keys and (NOT_TIME_RE.search(s) or IN_WORK_RE.search(s)):
        return "capacity"  # the answer to the time question, though it names no hours
    wish = WANT_RE.search(s)
    span = find_horizon(part)
    dated = span is not None and span.kind not in {"recurring", "vague"}
    wanted = wish and wish.start() < 3 and _WANTED_AMOUNT_RE.search(s[wish.end() :])
    if "metric" in keys and wanted and not dated:
        return "metric"  # "i'd like to do a mile": the finish line, not a date or a level
    if "deadline" in keys and (_NO_DATE_RE.search(s) or _SOON_RE.search(s) or _GO_ON_RE.match(s)):
        return "deadline"  # "no rush", "this weekend, in-laws coming", "9 weeks from now"
    if "capacity" in keys and "metric" not in keys and monthly_amount(s):
        return "capacity"  # "i can put 400 a month towards it": what they give the goal
    timed = TIME_RE.search(s) or _BARE_DURATION_RE.match(s)
    if "capacity" in keys and (timed or _LOOSE_TIME_RE.search(s)) and _GIVES_TIME_RE.search(s):
        return "capacity"  # "i can do 3 hours a week" is time to give, not a level
    if "baseline" in keys and _BASELINE_RE.search(s) and not _EACH_RE.search(s):
        return "baseline"
    if "capacity" in keys and (timed or (re.search(_DURATION, s) and _SPARE_RE.search(s))):
        return "capacity"
    if "capacity" in keys and _SESSIONS_A_WEEK_RE.match(s):
        return "capacity"  # "3 runs a week, maybe 4 if one is short": the week they can give
    short = len(s.split()) <= 6 and ";" not in s
    if "capacity" in keys and _LOOSE_TIME_RE.search(s) and (short or re.search(_DURATION, s)):
        return "capacity"  # "weekends"; "3 mornings a week before work, 30 min"
    horizon = find_horizon(part)
    if "deadline" in keys and horizon is not None and horizon.kind not in {"recurring", "vague"}:
        return "deadline"
    month_said = _DATE_WORDS_RE.search(fix_month_typos(s))
    short_date = month_said and (len(s.split()) <= 6 or month_said.start() == 0)  # "october, 14th"
    if "deadline" in keys and short_date and parse_deadline(part, dt.date.today()):
        return "deadline"
    if "baseline" in keys and (_BASELINE_RE.search(s) or _CAN_DO_RE.search(s)):
        return "baseline"
    if "constraint" in keys and _CONSTRAINT_RE.search(s):
        return "constraint"
    if "owners" in keys and not re.search(r"\d", s) and names_only(part):
        return "owners"
    return _loose_kind(part, s, keys)


_SAYS_ONGOING_RE = re.compile(
    r"\b(?:ongoing|on-going|not a race|no rush|no hurry|forever|for good|from now on|"
    r"indefinite\w*|lifestyle|permanent\w*)\b"
)


_SAYS_WHEN_RE = re.compile(
    r"^\W*(?:in|within|by|before|next|the next|over the next|about|around|maybe|like|"
    r"(?:a )?few|(?:a )?couple|several)\b|\bso (?:about |around |like )?\d|\bend of\b"
)


def _loose_kind(part: str, s: str, keys: set[str]) -> str | None:
    """'yesterday lol', 'few months', 'just ongoing': a deadline; 'n/a it's sleep', 'just the
    appointments', '20% of each sprint': a capacity (short replies only, so a sentence about
    where they are now is never taken for either)."""
    if len(s.split()) > 10:
        return None
    if "deadline" in keys:
        loose = read_loose_deadline(part, dt.date.today())
        if loose and loose.kind == "span" and not _SAYS_WHEN_RE.search(s):
            loose = None  # "retail manager 8 years": a span lived, not a deadline
        if loose and (loose.kind != "ongoing" or _SAYS_ONGOING_RE.search(s)):
            return "deadline"  # "every night" alone could be a rhythm: not taken as a date
    if "capacity" in keys:
        read = read_loose_capacity(part)
        if isinstance(read, float) or (read is not None and read.kind != "unknown"):
            return "capacity"
    return None


def names_only(part: str) -> bool:
    names = parse_owners(part)
    return len(names) >= 2 and all(n == "me" or n[:1].isupper() for n in names)
