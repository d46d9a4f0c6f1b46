"""Time-a-week answers that give no hours but still say something: time is not the problem
("n/a it's sleep", "-"), the goal is only appointments ("a couple appointments"), the time is
someone else's to give ("whatever he'll give me"), or a team's share ("20% of each sprint",
"2 devs, maybe half their time", "me plus 3 board members and some volunteers").

The planner then assumes its usual time and says so, keeping the person's words; a team's
share becomes hours once the team's size is known (from the answer or the goal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.language import normalize
from assistant.understanding.lift_reps import without_lift_reps

WORK_WEEK = 40.0  # hours in one person's working week, for "20% of each engineer"


@dataclass(frozen=True)
class LooseCapacity:
    """One reading of a capacity answer with no hours of its own."""

    kind: (
        str  # not_time | less_time | appointments | unknown | someone_else | share | team | in_work
        # | unclear (a week read that their own words contradict) | little ("not a lot")
    )
    said: str
    share: float | None = None  # of each person's working week
    heads: int | None = None  # people named in the answer
    owners: list[str] = field(default_factory=list)  # who, where the answer names them
    hours: float | None = None  # a small week read from vague words ("not a lot"): little

    def note(self) -> str:
        """How the plan says it read the answer, in the person's words."""
        said = self.said.strip()
        return {
            "not_time": f"You said '{said}': time is not what limits this goal",
            "appointments": f"You said '{said}': the time is the appointments themselves",
            "unknown": f"You did not say how much time a week ('{said}')",
            "someone_else": f"You said '{said}': the time depends on someone else",
            "share": f"You said '{said}'",
            "team": f"You said '{said}': no hours a week given for the team",
            "in_work": f"You said '{said}': the time comes out of your working week, no extra hours",
            "less_time": f"You said '{said}': the goal gives time back rather than taking it",
            "unclear": f"You said: '{said}'; I could not read one clear week from it",
            "little": f"You said '{said}': read as a small week, no more",
        }[self.kind]


_NOTHING_RE = re.compile(r"^[\s\-\u2013\u2014_.?!/]*$")  # "-", "?", "..."
_UNKNOWN_RE = re.compile(
    r"^\W*(?:idk|i don'?t know|don'?t know|dunno|no idea|not sure|no clue|unsure|whatever|"
    r"depends|it depends|varies|it varies|n/?a|none|nothing)\b"
    r"(?!\s(?:yet|so far|done|saved|raised|started|in place|at all yet)\b)"  # "nothing yet": a start
)
_NOT_TIME_RE = re.compile(
    r"\bn/?a\b|\bnot (?:really )?(?:the|a|about|an?) (?:time|problem|issue)|\btime (?:is|isn'?t|"
    r"is not|'s not)(?: really)? (?:not )?(?:the|a|an) (?:problem|issue|thing)\b|"
    r"\b(?:it'?s|its|it is) (?:money|sleep|food|a habit|about)\b|\bnot (?:really )?time\b|"
    r"\b(?:no|none|not much) time needed\b|\bnone needed\b|"
    r"\bdoesn'?t (?:take|need) (?:any |much )?time\b"
)
# the time is the job's own: "no more hours, so within my normal work", "on work time"
IN_WORK_RE = re.compile(
    r"\b(?:within|during|in|on|inside|part of)\s(?:my\s|our\s|the\s)?(?:normal\s|regular\s|usual\s)?"
    r"(?:work(?:ing)?(?:\s(?:hours|day|week|time))?|job|office hours|work ?day)\b|\bon the clock\b|"
    r"\b(?:can'?t|cannot|won'?t|unable to) (?:really )?(?:do|give|add|put in|spare|fit in|work) "
    r"(?:any )?(?:more |extra |additional |new )?(?:hours|time)\b|"
    r"\bno (?:more|extra|additional|spare) (?:hours|time)\b|"
    # "already doing 50/wk", "already working 60 hours": the week is full, no hours to add
    r"\balready (?:doing|working|putting in|at|on) (?:\d{2,3}|like \d{2,3}|about \d{2,3})\s?"
    r"(?:h|hrs?|hours?)?\s?(?:/|a |per )\s?(?:wk|week)\b|"
    # "whatever we can carve out of current hours", "from our existing shifts"
    r"\b(?:out of|from|within|inside) (?:our |my |the |their )?(?:team'?s )?(?:current|existing|normal|usual)"
    r" (?:hours|time|week|rota|shifts?|capacity)\b"
)
# a goal about spending less time somewhere: "this is about less time", "the point is to work
# less", "it should save me time", "it's about getting hours back"
_LESS_TIME_RE = re.compile(
    r"\b(?:about|is to|point is to|goal is to|trying to|want to|means?) (?:spending |having |working |"
    r"being )?(?:less|fewer) (?:time|hours|work|at work|in the office)\b|"
    r"\b(?:about|is to|trying to|want to) (?:work|spend|stay) less\b|"
    r"\b(?:save|free up|gives?|giving|get|getting|win) (?:me |us )?(?:back )?(?:time|hours)"
    r"(?: back)?\b|\b(?:less|fewer) hours,? not more\b|"
    # "it's more about not doing things": the goal is to stop, not to spend time
    r"\babout not (?:doing|buying|spending|using|checking|scrolling)\b"
)
_APPOINTMENTS_RE = re.compile(
    r"\b(?:appointments?|appts?|visits?|sessions? with|shots?|check-?ups?|consults?|"
    r"consultations?|calls? with)\b"
)
_SOMEONE_ELSE_RE = re.compile(
    r"\bwhatever (?:he|she|they|my \w+|the \w+)(?:\s?(?:will|'ll|ll))?\s(?:give|allow|let)\w*|"
    r"\b(?:depends on|up to) (?:him|her|them|my \w+|the \w+)\b"
)
_A_DAY_RE = re.compile(r"^\W*(?:a|one|1) (?:full )?day\W*$")  # "a day" (a week): one free day
_SHARE_RE = re.compile(
    # a share of time, not a rate: "20% of each sprint", "maybe 20%", never "my loan rate (21%)"
    r"(?<!rate )(?<!rate of )(?<!apr )\b(\d{1,3})\s?%(?=\s(?:of|time|capacity)\b|\W*$)(?!\))|\b(half|a third|a quarter|quarter)\b(?:\sof)?\s(?:their|our|his|her|my|"
    r"the|each|every|a)\b|\bhalf[- ]time\b"
)
_SHARE_WORDS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "quarter": 0.25}
_PEOPLE_RE = re.compile(
    r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s(devs?|developers?|engineers?|"
    r"people|board members?|members?|volunteers?|designers?|writers?|staff|teachers?|parents?|"
    r"coaches|coach|nurses?|reps?|students?|friends?)\b"
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBER_WORDS |= {"nine": 9, "ten": 10}
_ME_RE = re.compile(r"\b(?:me|myself|i)\b")
_GROUP_RE = re.compile(r"\b(?:some|a few|a couple of|the)\s(volunteers|parents|friends|helpers)\b")

_TOTAL_HOURS_RE = re.compile(r"\b(\d{1,3}) [a-z]{2,12} (?:hours|hrs) (?:a|per|each) week\b")
_PLENTY_RE = re.compile(
    r"^\W*(?:a lot|lots|plenty|tons|loads|all the time in the world)\b(?! of (?:money|cash))"
    r"(?!\W*$)"  # a bare "lots" could answer another question: it is asked about
)
# the time the thing itself needs, said anywhere in the reply
_TAKES_RE = re.compile(
    r"\b(?:whatever|however long|as long as|what ?ever time) (?:it|that|this) (?:takes|needs)\b"
)
PLENTY = 10.0  # "lots": the same as "whatever it takes"
ONE_FREE_DAY = 6.0  # hours in "a day" (a week) given to a goal: a working day, less set-up


def read_loose_capacity(said: str) -> LooseCapacity | float | None:
    """Hours a week when the words fix them ("a day": 6), else what the answer says about
    time (a reading the planner turns into an assumption), or None when it says nothing."""
    s = normalize(said)
    if _A_DAY_RE.match(s):
        return ONE_FREE_DAY
    hours = _TOTAL_HOURS_RE.search(s)
    if hours:  # "about 50 eng hours a week total"
        return float(hours.group(1))
    if _PLENTY_RE.search(s):  # "a lot actually, I'm on disability": as "whatever it takes"
        return PLENTY
    if _TAKES_RE.search(s):  # "it's 5 prayers a day so whatever that takes": no amount given
        return LooseCapacity("unknown", said)
    share = _share(s)
    people = _people(s)
    if share is not None:
        heads = sum(n for n, _ in people) or None
        return LooseCapacity("share", said, share=share, heads=heads)
    if people:
        me = ["me"] if _ME_RE.search(s) else []
        owners = me + [who for _, who in people] + [g.group(1) for g in _GROUP_RE.finditer(s)]
        heads = len(me) + sum(n for n, _ in people)
        return LooseCapacity("team", said, heads=heads, owners=owners)
    if _SOMEONE_ELSE_RE.search(s):
        return LooseCapacity("someone_else", said)
    if _APPOINTMENTS_RE.search(s):
        return LooseCapacity("appointments", said)
    if IN_WORK_RE.search(s):
        return LooseCapacity("in_work", said)
    if _LESS_TIME_RE.search(s):
        return LooseCapacity("less_time", said)
    if _NOT_TIME_RE.search(s):
        return LooseCapacity("not_time", said)
    if _NOTHING_RE.match(s) or _UNKNOWN_RE.match(s):
        return LooseCapacity("unknown", said)
    return None


def _share(s: str) -> float | None:
    """'20% of each sprint' is 0.2, 'half their time' 0.5, of each person's week."""
    m = _SHARE_RE.search(s)
    if m is None:
        return None
    if m.group(1):
        value = int(m.group(1)) / 100
        return value if 0 < value <= 1 else None
    return _SHARE_WORDS.get(m.group(2) or "half", 0.5)


def _people(s: str) -> list[tuple[int, str]]:
    """'2 devs', 'me plus 3 board members': how many of whom the answer names."""
    out = []
    for m in _PEOPLE_RE.finditer(without_lift_reps(s)):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        who = m.group(2) if m.group(2).endswith("s") or n == 1 else f"{m.group(2)}s"
        out.append((n, who))
    return out


def team_hours(share: float, heads: int) -> float:
    """A share of each person's working week, for the team: 20% of 5 engineers is 40 h."""
    return round(min(share * WORK_WEEK * max(1, heads), 168.0), 2)
