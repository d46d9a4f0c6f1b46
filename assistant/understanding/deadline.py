"""The goal's deadline: the one the person gave, else the field's usual span; pushed when unsafe."""

from __future__ import annotations

import datetime as dt
import math
import re

from dateutil.relativedelta import relativedelta

from assistant.language import find_horizon, normalize, resolve_deadline
from assistant.language.exam_days import exam_day
from assistant.playbooks import Playbook, Preset, fmt_number
from assistant.understanding.deadline_anchor import counted_end
from assistant.understanding.deadline_data import (
    allowance_end,
    named_period,
    one_off,
    steps_note,
    table,
)
from assistant.understanding.deadline_ready import goal_day_kept, ready_before, sharper
from assistant.understanding.deadline_region import regional_day, where_they_live
from assistant.understanding.deadline_spans import running_window
from assistant.understanding.deadline_told import goal_step, plain_span
from assistant.understanding.deadline_told import span_from as told_span
from assistant.understanding.deadline_used import left_of_limit, what_is_left
from assistant.understanding.deadline_window import nearer_window
from assistant.understanding.deadline_words import SOON_WEEKS
from assistant.understanding.deadlines import RESERVE_AFTER, parse_deadline, window_closing
from assistant.understanding.facts import Understanding
from assistant.understanding.rhythm import streak
from assistant.understanding.roles import mask_incidental

RUN_SO_FAR_RE = re.compile(
    r"\b(?:i'?m|i am|im|been|at|i have|i've got)\s(?:at\s|now\s)?(\d+)\s?days?\s"
    r"(?:sober|clean|smoke[- ]free|vape[- ]free|alcohol[- ]free|nicotine[- ]free|without|free|in)\b"
)

_LIVED_RE = re.compile(
    r"\b(?:lasted|lasting|managed|made it|held out|went|stayed|kept (?:it )?up|only got)"
    r"\s(?:for\s)?(?:about\s|around\s|maybe\s|like\s|only\s|just\s)?$"
)


# a date said as when something happened: "we moved to munich in january", "started the job
# in march", "my mum passed in may": a past-tense verb a few words before a phrase of when
_HAPPENED_RE = re.compile(
    r"(?<!\bto )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwill )(?<!\bget )(?<!\bbeen )"
    r"\b(?!(?:need|feed|speed|seed|bed|red|shed|bleed|breed|weed|proceed|exceed|succeed|"
    r"indeed|hundred|planned|scheduled|booked|supposed|expected|hoped|wanted|needed|aimed|"
    r"pencil+ed|organi[sz]ed|arranged|invited|engaged|married|interested|allowed|required|"
    r"asked|advised|told|qualified|prepared|ready|based|used|tired|scared|worried|excited)\b)"
    r"(?:[a-z]{2,}ed|was|were|had|got|began|came|went|left|lost|quit|took|became|gave|made|"
    r"bought|sold|met|found|did|fell|broke|passed away|split|ran|won|sat|"
    r"(?:i'?ve|ive|i have|we'?ve|we have)\s(?:only\s|maybe\s|just\s|barely\s)?"
    r"(?:done|been|had|managed|gone|made))"
    r"(?:\s[\w'&-]+){0,4}\s$"
)
_WHEN_WORDS_RE = re.compile(r"^(?:in|on|during|since|at|back in|over|around|last)\b")


def lived_before(core: str, phrase: str) -> bool:
    """Whether a span in the goal is a past attempt's length ("lasted about 3 days"), or a
    date of something that happened ("we moved to munich in january")."""
    if phrase not in core:
        return False
    before = core[: core.find(phrase)]
    if _LIVED_RE.search(before):
        return True
    clause = re.split(r"[,;.!?]|\b(?:and|but|so|because|now)\b", before)[-1]
    return bool(_WHEN_WORDS_RE.match(phrase) and _HAPPENED_RE.search(clause))


def read_deadline(
    core: str,
    typed: dict[str, object],
    today: dt.date,
    playbook: Playbook,
    preset: Preset | None,
    target: float,
    unit: str,
    stated: set[str],
    notes: dict[str, str],
) -> dt.date:
    answered = typed.get("deadline")
    if typed.get("deadline_soon") and isinstance(answered, dt.date):
        # "asap", "yesterday lol": the soonest this goal can realistically be reached
        usual = _usual_weeks(playbook, preset, target, unit)
        weeks = max(SOON_WEEKS, round(usual / 2))
        if playbook.typical_pace:  # as fast as is safe: "lose the weight asap"
            fast = converted(playbook.pace or playbook.typical_pace, playbook, unit)
            weeks = max(SOON_WEEKS, math.ceil(target / fast))
        notes["deadline"] = (
            f"You said '{typed['deadline_soon']}': planned to the soonest realistic date"
        )
        return today + dt.timedelta(weeks=weeks)
    if typed.get("starts"):
        notes["deadline"] = f"'{typed['starts']}' is when you start, not a deadline"
    if typed.get("appointment"):  # "idk. doctor appt is jan 8"
        notes["deadline"] = f"'{typed['appointment']}' is a check-in on the way, not the deadline"
    horizon = find_horizon(core)
    run = RUN_SO_FAR_RE.search(core)
    if horizon and run and horizon.phrase in run.group(0):
        horizon = None  # "I'm 90 days sober": the run so far, not a deadline
    if horizon and re.search(
        rf"\b(?:every|each|per)\s(?:other\s|(?:\d+|one|two|three|four|five|six)\s?(?:-|–|to|or)\s?)?"
        rf"{re.escape(horizon.phrase)}",
        core,
    ):
        horizon = None  # "a can every 2 days", "a pack every 2-3 days": a rhythm, not a deadline
    if horizon and lived_before(core, horizon.phrase):
        horizon = None  # "lasted about 3 days each time": a past attempt, not a deadline
    if horizon and _incidental(core, horizon.phrase):
        horizon = None  # "after 7 years home with the kids": a span lived, not a deadline
    step = goal_step(core, horizon.phrase, today) if horizon else None
    if step is not None:  # "finish my module, TMA02 is due in 3 weeks": a step on the way
        told = list(typed.get("deadline_steps") or [])  # type: ignore[call-overload]
        if not any(abs((day - step[1]).days) <= SAME_STEP_DAYS for _, day in told):
            typed["deadline_steps"] = [*told, step]  # the answer's sharper date kept alone
        horizon = None
    if horizon and _RESERVE_AFTER_RE.match(core[core.find(horizon.phrase) + len(horizon.phrase) :]):
        horizon = None  # "3 months of expenses": the size of a fund, not a deadline
    lived = horizon and re.fullmatch(
        r"for (?:the (?:last|past) )?([3-9]|\d\d) years?", horizon.phrase
    )
    from_text = (  # "type 2 for 11 years": a span lived, not a deadline
        resolve_deadline(core, today)
        if horizon and horizon.kind not in {"recurring", "vague"} and not lived
        else None
    )
    if from_text is None:  # "before typhoon season": a named period of the table
        from_text = next(
            (
                day
                for set_by in _SET_BY_RE.finditer(core)
                if (day := named_period(set_by.group(0), today)) is not None
            ),
            None,
        )
    country = where_they_live(core, str(typed.get("deadline_answer") or ""))
    local = regional_day(core, from_text, today, country, resolve_deadline)
    if local:  # "by the end of winter" in Cape Town: August, not February
        from_text = local[0]
        if not isinstance(answered, dt.date):
            notes["deadline_push"] = local[1]
    if isinstance(answered, dt.date):  # "thanksgiving" answered in Canada
        local = regional_day(
            str(typed.get("deadline_answer") or ""), answered, today, country, parse_deadline
        )
        if local:
            answered = typed["deadline"] = local[0]
            notes["deadline_push"] = local[1]
    started = parse_deadline(str(typed["starts"]), today) if typed.get("starts") else None
    span_from = told_span(core, today)
    if span_from is not None and started is None:
        # "read the bible in a year starting in january": the span counted from its start
        started, from_text, words = span_from
        notes["deadline"] = (
            f"'{words}': from {started:%d %B %Y} to {from_text:%d %B %Y}, the span you gave "
            "from the day you start; the weeks before it are for getting ready"
        )
    relative = horizon is not None and horizon.kind == "relative" and typed.get("starts")
    if horizon is not None and from_text and relative and started and started > today:
        # "a 100 day challenge", "starts jan 1": day 1 is 1 January, day 100 is 10 April
        from_text = started + (from_text - today) - dt.timedelta(days=1)
        span = re.sub(r"^(?:for|in|within|over)\s(?:the\s)?", "", horizon.phrase)
        span = re.sub(r"\b(\d*[02-9]|\d+1\d) (day|week|month|year)\b", r"\1 \2s", span)
        notes["deadline"] = (
            f"'{typed['starts']}' is when you start: {span} from {started:%d %B %Y}, "
            f"to {from_text:%d %B %Y}"
        )
    season = horizon.phrase if horizon and horizon.kind == "season" else ""
    if from_text and season and (from_text - today).days < 30 and "this" not in season:
        from_text = from_text.replace(year=from_text.year + 1)  # "in the fall", late November
    month = horizon.phrase if horizon and horizon.kind == "month" else ""
    if (
        from_text
        and month
        and (from_text - today).days < 7
        and not re.search(r"\b(?:this|\d{1,2}(?:st|nd|rd|th)?)\b|\b20\d\d\b", month)
        and re.search(table().events, core)
    ):  # "pass it in the November sitting", said on 27 November: next November's sitting
        from_text = from_text + relativedelta(years=1)
    if str(typed.get("deadline_said", "")).startswith("past:"):
        from_text = None  # "japan trip is spring 2026": their date has passed, whatever the text
    running = running_window(normalize(core), today, parse_deadline)
    counted = counted_end(normalize(core), today) if running is None else None
    if counted is not None and counted[1] >= today + dt.timedelta(days=7):
        running = counted[1]  # "60 days from the letter; it was dated the 3rd": from the 3rd
    if running is not None:  # "180 days from the letter dated Oct 3": counted from that day
        from_text = running
    answer = normalize(str(typed.get("deadline_answer") or ""))
    left = left_of_limit(normalize(core), today) or left_of_limit(answer, today)
    if left is not None:  # "I have 180 days and it's been about 60": what is left of it
        from_text, answered = what_is_left(left, answered, typed, today, notes)
    answered = plain_span(answered, typed, today, notes)  # "in 4 months, around Diwali"
    if year_kept(answered, from_text, core):  # "for christmas 2027", answered "christmas!!"
        answered = from_text
    if sharper(answered, from_text, typed, core):  # "march, whenever they give me the date" for
        answered = typed["deadline"] = from_text  # an op "pencilled in for early march"
    before = ready_before(core, typed, today, from_text)  # passports: weeks before the flight
    answered = before or answered
    if not isinstance(answered, dt.date) and typed.get("deadline_age"):
        answered = _age_deadline(core, int(str(typed["deadline_age"])), today)
    if goal_day_kept(horizon, from_text, answered, typed, today):
        notes["deadline_push"] = (  # "for christmas", answered "end of october": christmas
            f"the date in your goal; your answer said '{typed.get('deadline_answer', '')}' "
            f"({answered:%d %B %Y}): say if you meant that instead"
        )
        answered = typed["deadline"] = from_text
    day = answered if isinstance(answered, dt.date) else from_text
    the = _THE_PERIOD_RE.search(answer)
    if (
        the
        and isinstance(day, dt.date)
        and day == answered
        and from_text
        and from_text > day
        and re.search(rf"\bnext\s(?:\w+\s)?{the.group(1)}\b", core)
    ):  # "over the next quarter", answered "end of the quarter": the one the goal names
        notes["deadline_push"] = f"'{answer}': the {the.group(1)} your goal names, the next one"
        answered = typed["deadline"] = day = from_text
    near = (
        nearer_window(core, from_text, answered, today) if isinstance(answered, dt.date) else None
    )
    if near:  # "this quarter, 7 weeks left" and "sept 30": the nearer, and say so
        notes["deadline"] = (
            f"The goal says '{near[1]}' and the answer says {answered:%d %B %Y}: "
            f"planned to the nearer date, {near[0]:%d %B %Y}, until you confirm"
        )
        day = near[0]
    rolled = str(typed.get("deadline_rolled") or "")
    if rolled and day is not None and day == answered:  # "by november", said on 27 November
        day = _rolled_back(
            day,
            rolled,
            core,
            from_text,
            _usual_weeks(playbook, preset, target, unit),
            today,
            stated,
            notes,
        )
    closing = typed.get("deadline_closing")
    told = window_closing(f"{core}; {normalize(str(typed.get('deadline_answer') or ''))}", today)
    if not isinstance(closing, dt.date) and told is not None:
        # "180 days from the letter dated March 3", said in November: closed in August
        closing, day = told, today + dt.timedelta(days=7)
        answered = day  # act within the week, and say so
    if isinstance(closing, dt.date) and day == answered and day is not None:
        notes["deadline"] = (  # "a 180 day limit, the denial was in May": counted from May
            f"Counted from when it began, your time limit ends about {closing:%d %B %Y}, "
            f"{'already past' if closing < today else 'days away'}: planned to act within "
            "the week; ask for the exact date and whether a late request is still accepted"
        )
        stated.add(MOVED)
        return day
    allowance = allowance_end(core, today)
    if allowance and day is not None and day != answered and day == dt.date(today.year, 12, 31):
        day = allowance  # "max out my Roth IRA this year": this year's closes on 15 April
        notes["deadline_push"] = f"when this year's allowance closes ({allowance:%d %B %Y})"
    relaxed = str(typed.get("deadline_relaxed") or "")
    if relaxed and day is not None and day == answered and day > today and not one_off(core):
        day = _no_rush(day, relaxed, _usual_weeks(playbook, preset, target, unit), today, notes)
        if day != answered:
            stated.add(MOVED)
    sitting = exam_day(core, day) if day is not None else None
    if sitting and sitting[0] > today:  # "the JLPT in December": the day it sits
        day = sitting[0]
        notes["deadline_push"] = sitting[1]
    if day is not None and day > today and MOVED not in stated:
        said = day  # "dec 31" or "this year" for a year's goal, said in late November
        day = _year_long(day, core, today, notes)
        stated.add("deadline" if day == said else MOVED)
        if day < today + dt.timedelta(days=7):  # "this weekend": a plan needs a week
            notes["deadline"] = (
                f"{day:%A %d %B} is only {(day - today).days} days away: planned to the "
                "soonest date real steps allow, as close to yours as it can be"
            )
            stated.discard("deadline")
            stated.add(MOVED)
            return today + dt.timedelta(days=7)
        review = str(typed.get("deadline_review") or "")
        if review and day == answered:  # "keep going for years, check in after a year"
            begun = " from when you start" if typed.get("deadline_started") else ""
            notes["deadline_push"] = (
                f"your review point ('{review}'), not an end: the habit keeps going{begun}, "
                "and this is when to look back at how it holds"
            )
        steps = typed.get("deadline_steps")
        if isinstance(steps, list) and steps and day == answered:
            notes["deadline_push"] = steps_note(steps)  # "registration closes in september"
        limit = typed.get("deadline_limit")
        ready = str(typed.get("deadline_ready") or "")
        if isinstance(limit, dt.date) and day == answered and ready:
            notes["deadline_push"] = (
                f"{_weeks((limit - day).days // 7)} before {limit:%d %B %Y}, "
                f"{typed.get('deadline_limit_is') or 'the date you gave'}: {ready}"
            )
            return day
        if isinstance(limit, dt.date) and day == answered:
            notes["deadline_push"] = (
                f"well before your limit of {limit:%d %B %Y}, as you asked; that date stays "
                "the last one that counts"
                if (limit - day).days > 14
                else f"the first date you gave; {limit:%d %B %Y} stays the last one that counts"
            )
            return day
        counted_from = typed.get("deadline_counted")  # "60 days from the letter dated the 3rd"
        if counted_from and day == answered:
            notes["deadline_push"] = str(counted_from)
        begins = typed.get("deadline_from")  # "3 months starting the 1st"
        if isinstance(begins, dt.date) and day == answered:
            notes["deadline_push"] = (
                f"from {begins.day} {begins:%B} to {day.day} {day:%B %Y}, the span you gave"
            )
        other = typed.get("deadline_other")  # "12 months, by next June"
        if other and day == answered:
            notes["deadline_push"] = (
                f"the date you named; you also said {other}: say if you meant that instead"
            )
        usual = _usual_weeks(playbook, preset, target, unit)
        if "deadline" in stated and (day - today).days * 2 < usual * 7:
            weeks = max(1, round((day - today).days / 7))
            push = (
                f"{weeks} week{'s' * (weeks > 1)} is a short push for this goal "
                f"(usually about {usual} weeks): planned to your date, the steps packed closer; "
                f"at the usual pace it takes until about "
                f"{today + dt.timedelta(weeks=usual):%B %Y}"
            )
            notes["deadline_push"] = "; ".join(filter(None, (notes.get("deadline_push"), push)))
        return day
    if day is not None and MOVED in stated:
        return day
    if day is not None:
        notes["deadline"] = f"The deadline you gave ({day:%d %B %Y}) is too close or past"
    weeks = _usual_weeks(playbook, preset, target, unit)
    if not from_text:
        said_note(typed, notes)
    return today + dt.timedelta(weeks=weeks)


def year_kept(answered: object, from_text: dt.date | None, core: str) -> bool:
    """Whether the goal names the answer's day with a later year of its own ('a sweater for
    christmas 2027', answered 'christmas!'): the answer names the day, the goal its year."""
    return (
        isinstance(answered, dt.date)
        and from_text is not None
        and from_text.year > answered.year
        and (from_text.month, from_text.day) == (answered.month, answered.day)
        and re.search(rf"\b{from_text.year}\b", core) is not None
    )


def _usual_weeks(playbook: Playbook, preset: Preset | None, target: float, unit: str) -> int:
    """The field's usual span for this goal, in weeks."""
    weeks = preset.weeks if preset and preset.weeks else playbook.default_weeks
    if preset and preset.weeks_each and target > 0:  # 2 rooms to paint: a month, not 16 weeks
        weeks = min(weeks, max(2, math.ceil(1 + target * preset.weeks_each)))
    if playbook.typical_pace:  # weight: about 0.6 kg a week
        weeks = max(8, math.ceil(target / converted(playbook.typical_pace, playbook, unit)))
    return weeks


def said_note(typed: dict[str, object], notes: dict[str, str]) -> None:
    """The plan's note on a deadline answer with no date: an ongoing habit, an event with no
    date, a date already past, words not read; the person's words kept."""
    ongoing, said = typed.get("deadline_ongoing"), str(typed.get("deadline_said") or "")
    kind, _, words = said.partition(":")
    if ongoing:
        notes["deadline"] = (
            f"You said '{ongoing}': an ongoing habit with no end date; the date below is when "
            "it should hold on its own, and it keeps going after"
        )
    elif kind == "past":
        notes["deadline"] = f"'{words}' has already passed: planned to the usual span"
    elif kind == "event":
        notes["deadline"] = f"You said '{words}', which has no date I can read"
    elif kind == "unread":
        notes["deadline"] = f"I could not read '{words}' as a date"


_NOW_YEARS_RE = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll be|age|aged)\s(\d{1,2})\b(?!\s?(?:%|lb|lbs|kg|k\b|pounds|days?|weeks?))"
    r"|\b(\d{1,2})\s?(?:years?|yrs?|yo)\s?old\b"
)
_NOW_MONTHS_RE = re.compile(r"\b(\d{1,2})\s?(?:months?|mos?)\s?old\b")
_A_YEAR_RE = re.compile(
    r"\b(?:in|within|over|for|this|a|one|per|each|every|the next)\s(?:whole\s|full\s)?year\b"
    r"|\b(?:yearly|annual|annually|12 months)\b"
)


def _age_deadline(core: str, age: int, today: dt.date) -> dt.date | None:
    """'before I turn 35' said by someone who is 29: six years; 'by his first birthday' for a
    son 8 months old: four months. None when the goal does not say how old they are."""
    months_old = _NOW_MONTHS_RE.search(core)
    if months_old and age * 12 > int(months_old.group(1)):
        return today + relativedelta(months=age * 12 - int(months_old.group(1)))
    now = _NOW_YEARS_RE.search(core)
    years_now = int(now.group(1) or now.group(2)) if now else 0
    if now and age > years_now:
        return today + relativedelta(years=age - years_now) - dt.timedelta(days=1)
    return None


# an answer naming a period by "the" ("end of the quarter"): the one the goal names
_THE_PERIOD_RE = re.compile(r"\bthe\s(quarter|month|year|term|semester|season|sprint|cycle)\b")
SAME_STEP_DAYS = 10  # a step the goal dates this near one the answer dates: the same step
_SEASON_OF_RE = re.compile(r"\b(?:season|term|semester|school year|league)\b")
BUILD_WEEKS = 2  # the least time to build a new rhythm before the weeks that show it holds
MOVED = "deadline_moved"  # their date, moved (and said why): no later step stretches it


def theirs(stated: set[str]) -> bool:
    """Whether the plan's date is the person's own, as said or moved only as far as needed."""
    return "deadline" in stated or MOVED in stated


def _rolled_back(
    day: dt.date,
    said: str,
    core: str,
    from_text: dt.date | None,
    usual_weeks: int,
    today: dt.date,
    stated: set[str],
    notes: dict[str, str],
) -> dt.date:
    """A month named bare that is this month or just past ("by November", "check up is in
    mid-November", said on 27 November) reads as next year's; when the goal text has a nearer
    date, or the goal's usual span is far shorter, a year away is surely wrong: the nearer
    date is planned and the note says so, with next year's date to confirm."""
    nearer = from_text if from_text and today + dt.timedelta(days=7) <= from_text < day else None
    why = "the goal's own date"
    precise = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", said)  # "14 november": that day, booked
    precise = precise or re.search(table().events, normalize(said))  # "the november sitting"
    # a month the goal ties to its event or season ("exams are in november", "win 3 games
    # this season", answered "season ends mid november"): that event's next one, a year on
    month = re.search(rf"\b{day:%B}\b".lower(), core)
    precise = precise or (month and re.search(table().events, core)) or _SEASON_OF_RE.search(said)
    if nearer is None and not precise and usual_weeks * 7 * 2 < (day - today).days:
        nearer, why = today + dt.timedelta(weeks=usual_weeks), "the usual span for this goal"
    if nearer is None:
        notes["deadline"] = (
            f"'{said}': this month's is past or days away, so planned to {day:%d %B %Y}; "
            "say if you meant sooner"
        )
        return day
    notes["deadline"] = (
        f"'{said}': this year's is past or days away, and {day:%B %Y} is a year off: planned "
        f"to {nearer:%d %B %Y}, {why}; say if you meant {day:%B %Y}"
    )
    stated.add(MOVED)
    return nearer


def _no_rush(
    day: dt.date, said: str, usual_weeks: int, today: dt.date, notes: dict[str, str]
) -> dt.date:
    """'no rush, by the end of the year' said in late November, for a goal that usually takes
    months: a long horizon, never weeks squeezed; the year's end they may mean is next year's,
    any other date too close becomes the goal's usual span. The note says so, to confirm."""
    if (day - today).days >= usual_weeks * 7:
        return day
    later = today + dt.timedelta(weeks=usual_weeks)
    if (day.month, day.day) == (12, 31):  # "by the end of the year": a year from now
        later = max(later, day.replace(year=day.year + 1))
    weeks = max(1, round((day - today).days / 7))
    notes["deadline"] = (
        f"You said '{said}': {day:%d %B %Y} is only {weeks} week{'s' * (weeks > 1)} away, "
        f"too short for this goal (usually about {usual_weeks} weeks), so planned to "
        f"{later:%d %B %Y}; say if you meant {day:%d %B}"
    )
    return later


def _year_long(day: dt.date, core: str, today: dt.date, notes: dict[str, str]) -> dt.date:
    """'dec 31' or 'this year' said in late November for a year's goal ('read the bible in a
    year', '30 books this year'): the coming year, not the weeks left. Any other goal keeps
    the close date ("idk end of the year?" to save more): a month is a real push."""
    year_end = (day.month, day.day) in {(12, 31), (1, 1)}
    if not year_end or (day - today).days >= 42 or not _A_YEAR_RE.search(core):
        return day
    if one_off(core) or allowance_end(core, today):  # "start investing this year", "my TFSA
        return day  # this year": done once, or a year's allowance that closes then
    later = dt.date(day.year + 1, 12, 31) if day.month == 12 else dt.date(day.year, 12, 31)
    notes["deadline"] = (
        f"{day:%d %B} is {max(1, (day - today).days // 7)} weeks away, too short for a year's "
        f"goal: planned to {later:%d %B %Y}"
    )
    return later


_RESERVE_AFTER_RE = re.compile(RESERVE_AFTER)
_SET_BY_RE = re.compile(r"\b(?:by|before|until|till|ahead of|over|during)\s[^,.;!?]{3,40}")


def _incidental(core: str, phrase: str) -> bool:
    """Whether the phrase sits where the goal's incidental numbers are (an age, a span lived)."""
    at = core.find(phrase)
    return at >= 0 and mask_incidental(core)[at : at + len(phrase)] != phrase


_PER_UNIT = {"kg": 1.0, "kgs": 1.0, "lb": 2.2046, "lbs": 2.2046, "pounds": 2.2046}


def converted(amount: float, playbook: Playbook, unit: str) -> float:
    """A field's pace (in its own unit) in the unit the person used: 1 kg is 2.2 lb."""
    own, theirs = _PER_UNIT.get(playbook.unit.lower()), _PER_UNIT.get(unit.lower())
    return amount * theirs / own if own and theirs else amount


def fixed_by_event(said: str) -> bool:
    """Whether a deadline answer ties its date to an outside event or a due date ('january
    fees deadline', 'wedding's 14th june'): a date no rhythm's build-up moves."""
    s = normalize(said)
    return bool(re.search(table().events, s) or re.search(r"\b(?:deadline|due|fees?)\b", s))


def make_feasible(
    u: Understanding,
    limit: dt.date | None = None,
    firm: bool = False,
    fixed: bool = False,
    hard: bool = False,
) -> None:
    """Push a deadline the change cannot safely or humanly make, and say why; with a later
    limit said ("Christmas, or new year at a push"), the limit is tried before any later date,
    and a date past it names it and what it allows. A ``firm`` date said plainly ("in 3
    weeks") keeps a rhythm goal's date: its streak is cut to fit instead."""
    aim = u.deadline
    _make_feasible(u, firm, fixed)
    if hard and limit is not None and u.deadline > aim:  # the op, the birth: no use after it
        why = u.notes.pop("deadline", "")
        push = u.notes.get("deadline_push", "")
        u.notes["deadline_push"] = "; ".join(
            filter(
                None,
                (
                    push,
                    f"{why}; {limit:%d %B %Y} will not wait, so the plan keeps to "
                    "your date and aims for what is safe by then",
                ),
            )
        )
        u.deadline = aim
        u.stated.add("deadline")
        _safe_top(u)
        return
    if limit is None or not aim < limit <= u.deadline:
        return
    why, pushed = u.notes.get("deadline", ""), u.deadline
    u.notes.pop("deadline_push", None)  # no longer "well before your limit"
    u.deadline = limit
    u.stated.add("deadline")
    _make_feasible(u, firm, fixed)
    if u.deadline == limit:  # the aim was too soon, the limit holds
        u.notes["deadline"] = f"{why}: planned to your limit, {limit:%d %B %Y}"
        u.stated.discard("deadline")
        return
    u.notes["deadline"] = (
        f"{u.notes.get('deadline', why)}; the whole goal cannot fit by your limit, so planned "
        f"to {max(u.deadline, pushed):%d %B %Y}, the soonest date that holds; say if you'd "
        "rather stop at what the limit allows"
    )
    u.deadline = max(u.deadline, pushed)


def _safe_top(u: Understanding) -> None:
    """A date that will not wait, kept though the field's safe pace cannot reach the whole
    change by then: the ladder tops out at what that pace reaches (``u.reachable``), never
    at the whole change packed into too few weeks (8 kg in 2 weeks for a wedding)."""
    pb = u.playbook
    if not pb.pace or pb.lower_is_better or u.rate_period:
        return
    start = u.baseline or 0.0
    most = converted(pb.pace, pb, u.unit) * max(u.weeks, 1)
    whole = pb.integer or u.target >= 10
    reach = start + (math.floor(most) if whole else math.floor(most * 10) / 10)
    if start < reach < u.target:
        u.reachable = reach


def _make_feasible(u: Understanding, firm: bool = False, fixed: bool = False) -> None:
    """Push a deadline the change cannot safely or humanly make, and say why: 30 lb in five
    weeks is 6 lb a week; 60,000 words in five weeks at 3 hours a week is not a draft; a
    rhythm to hold 4 weeks in a row cannot be built and held in 3."""
    pb = u.playbook
    if (
        u.rate_period in {"month", "paycheck"}
        and "deadline" in u.stated
        and u.weeks < 13
        and not fixed
    ):
        u.notes["deadline"] = (
            f"A monthly rhythm needs about 3 months to show it holds; "
            f"{u.deadline:%d %B %Y} leaves {max(1, round(u.weeks))} weeks"
        )
        u.stated.discard("deadline")
        u.deadline = u.today + dt.timedelta(weeks=13)
        return
    held = streak(u.rate_period, final=True)[0] if u.rate_period else 0
    # the run's length is the field's guess, never theirs: a loose date with room to build a
    # rhythm ("within a month ideally") is kept and the run cut to fit (the milestones' spacing
    # says so); only a date with no room to build one moves
    roomless = u.weeks < BUILD_WEEKS + 1
    if held and "deadline" in u.stated and roomless and u.weeks < held + BUILD_WEEKS and not firm:
        u.notes["deadline"] = (  # "asap, next month" for "asleep by 11, 5 nights a week"
            f"{u.deadline:%d %B %Y} leaves {max(1, round(u.weeks))} weeks, and the rhythm needs "
            f"about {BUILD_WEEKS} weeks to build and {held} weeks in a row to show it holds"
        )
        u.stated.discard("deadline")
        u.deadline = u.today + dt.timedelta(weeks=held + BUILD_WEEKS)
        return
    if u.rate_period or "deadline" not in u.stated:
        return
    change = u.target - (u.baseline or 0) if not pb.lower_is_better else 0.0
    weeks_needed = 0.0
    why = ""
    if pb.pace and change > 0:
        pace = converted(pb.pace, pb, u.unit)
        if change / u.weeks > pace:
            weeks_needed = change / pace
            why = (
                f"{u.deadline:%d %B %Y} would need {u.value(round(change / u.weeks, 1))} a week, "
                f"faster than the safe {u.value(round(pace, 1))} a week; "
                f"about {u.value(round(pace * u.weeks))} by then is realistic"
            )
    elif pb.per_hour and change > 0:
        hours = change / pb.per_hour
        usable = u.capacity * 0.8
        if hours > usable * u.weeks:
            weeks_needed = hours / usable
            why = (
                f"{u.value(change)} at about {u.value(pb.per_hour)} an hour is "
                f"{round(hours)} hours of work, more than {fmt_number(u.capacity)} hours a week "
                f"holds by {u.deadline:%d %B %Y}"
            )
    still = u.target - (u.baseline or 0)  # "I'm 90 days sober": only the rest is ahead
    days = still if u.baseline else still * 4 / 3 + 7  # a run going needs no preparing
    if u.counts_a_run and days > u.weeks * 7:
        weeks_needed = days / 7  # time to prepare, then the run itself
        why = f"{u.value(u.target)} in a row cannot fit before {u.deadline:%d %B %Y}" + (
            f": {u.value(still)} are still ahead"
            if u.baseline
            else ", with a week to prepare first"
        )
    if weeks_needed:
        u.notes["deadline"] = why
        u.stated.discard("deadline")
        u.deadline = u.today + dt.timedelta(weeks=math.ceil(weeks_needed))


def _weeks(n: int) -> str:
    """'1 week', '4 weeks'."""
    return f"{n} week{'s' * (n != 1)}"
