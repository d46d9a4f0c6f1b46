"""The field's steps fitted to what the person said: steps they have done or need not do
left out, their session length and rhythm used, sessions started past what they do now."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.engines.offline.title_sizes import QUICK_MINUTES, quick_routine, set_length
from assistant.language.held import holds
from assistant.playbooks import Step
from assistant.playbooks.step_subjects import ruled_out, theirs
from assistant.understanding.facts import Understanding
from assistant.understanding.progress import already_done
from assistant.understanding.time_for import act_family, names_other_act

_DURATION_RE = re.compile(r"\b\d+(?=[- ]minutes?\b)")


def kept(step: Step, u: Understanding, stated: set[str] | None = None) -> bool:
    """Whether a step fits what the person said: not one they have done or need not do, and
    not one meant only for someone else (a run-walk session is for who cannot run yet)."""
    stated = u.stated if stated is None else stated
    if step.unless in stated or (step.when and step.when not in stated):
        return False
    if not theirs(step.needs, step.unless_said, u.said):  # an EOB for a burst pipe's claim
        return False
    if ruled_out(f"{step.title} | {step.done_when}", u.said):  # "morning light" on nights
        return False
    return not holds(step.gets, u.done) and not already_done(step.title, u.done)


def stated_rhythm(practice: tuple[Step, ...], u: Understanding) -> tuple[Step, ...]:
    """The person's own rhythm ("4 times a week for an hour") replaces the field's first one,
    done where their time comes ("on the train") when they named a place."""
    steps = _their_rhythm(practice, u)
    at = next((i for i, s in enumerate(steps) if s.minutes >= 15), None)
    if not u.time_place or at is None:
        return steps
    placed = replace(steps[at], title=at_their_place(steps[at].title, u.time_place))
    return (*steps[:at], placed, *steps[at + 1 :])


def time_elsewhere(practice: tuple[Step, ...], u: Understanding) -> str:
    """What the plan says when the time answer is for an act none of its sessions is ("batch
    cook sundays for 2 hrs" beside walks): the sessions keep their own size; '' otherwise."""
    acts = u.time_for
    if not practice or not names_other_act(practice[0].title, acts):
        return ""
    family = act_family(" ".join(acts))
    if any(act_family(s.title) == family for s in practice):
        return ""  # a session of that act takes the time
    return (
        f"The time you named is for '{' '.join(u.time_for)}'; this plan's own sessions keep "
        f"their usual length ({practice[0].minutes} min) rather than fill that slot"
    )


def _their_rhythm(practice: tuple[Step, ...], u: Understanding) -> tuple[Step, ...]:
    if not practice:
        return practice
    acts = u.time_for
    if acts and names_other_act(practice[0].title, acts):
        # "can batch cook sundays for 2 hrs": the time is for cooking; a walk keeps its own
        # size and rhythm, and a session of that act, when the field has one, takes the time
        family = act_family(" ".join(acts))
        at = next((i for i, s in enumerate(practice) if act_family(s.title) == family), None)
        if at is None:
            return practice
        theirs = _their_rhythm((practice[at],), replace(u, time_for=()))
        return (*practice[:at], *theirs, *practice[at + 1 :])
    at = 0
    # a short time said ("5 min a day", "10 min a day") is for the short practice itself
    short_said = bool(u.session_minutes and u.session_minutes <= 15)
    if u.answered_rhythm and practice[0].minutes < 15 and not short_said:  # a check-in first
        at = next((i for i, s in enumerate(practice) if s.minutes >= 15), 0)
    if at:
        rest = _their_rhythm(practice[at:], u)
        return (*(_in_their_sitting(s, u) for s in practice[:at]), *rest)
    first = practice[0]
    now = _minutes_now(first, u)  # "walk the dog 20 min a day": their sessions start past it
    if u.sessions_per_week is None and u.session_minutes is None and not now:
        return practice
    if u.answered_rhythm and first.minutes < 15 and not short_said:
        # time answered for sessions never turns a daily check-in into one
        return (_in_their_sitting(first, u), *practice[1:])
    times = first.times
    if u.sessions_per_week and 1 <= u.sessions_per_week <= 14:
        times = round(u.sessions_per_week)
    elif u.sessions_per_week and u.sessions_per_week > 14 and round(u.sessions_per_week) % 7 == 0:
        times = min(round(u.sessions_per_week), 7 * 6)  # "5 times a day": 35 a week, daily
    minutes = min(u.session_minutes, 180) if u.session_minutes and u.session_minutes >= 10 else None
    sized = bool(_DURATION_RE.search(first.title))
    if not minutes and sized and u.answered_rhythm and u.session_cap and first.minutes >= 15:
        # "30 min a day" for walks: the day's slot sizes the session (the field's 20 becomes 30,
        # up to an hour), within the week's usable time (80%) less 30 minutes for other steps
        fits = (u.capacity * 0.8 * 60 - 30) / max(1, times)
        size = min(u.session_cap, 60, int(fits // 5 * 5))
        minutes = size if size >= 10 and size != first.minutes else None
    if now and sized and (minutes or first.minutes) <= now:
        minutes = min(now + 10, max(u.session_cap or 60, now), 60)
    if minutes and quick_routine(first.title) and minutes > QUICK_MINUTES:
        minutes = None  # "2 hours a day" is for the practice, not 20 flashcards
    if minutes and set_length(first.title):
        minutes = None  # "a 2-hour shift" stays two hours: the rhythm is theirs, not the length
    title = first.title
    if times >= 7:  # a log kept every day covers the day, not "the last 2 days"
        title = re.sub(r"\b(?:from|of|over) the last (?:\d+|two|three) days\b", "from today", title)
    if minutes:
        title = _DURATION_RE.sub(str(minutes), title, count=1)  # the session, not its parts
    else:
        minutes = first.minutes
    return (replace(first, title=title, minutes=minutes, times=times), *practice[1:])


# a moment of the day the field's title picked, which the person's own place replaces
_TITLE_SLOT_RE = re.compile(
    r",?\s\b(?:before bed|at bedtime|in the (?:morning|evening)s?|after (?:dinner|work)|"
    r"at lunch|each (?:morning|evening|night)|every (?:morning|evening|night))\b"
)


def at_their_place(title: str, place: str) -> str:
    """The practice's title at the place or moment the person's time comes ("Read 30 pages
    before bed" with "40 min each way on the train" is "Read 30 pages on the train")."""
    if place.lower() in title.lower():
        return title
    bare = _TITLE_SLOT_RE.sub("", title).rstrip(" .")
    return f"{bare} {place}"


_DAYS_BACK_RE = re.compile(r"\b(?:from|of|over) the last (?:\d+|two|three) days\b")


def _in_their_sitting(check: Step, u: Understanding) -> Step:
    """A short check-in done in the one sitting a week the person offered ("an hour on
    Sunday"): once a week, for the week, never on three weekdays they did not give."""
    if not u.answered_rhythm or u.sessions_per_week != 1 or check.times <= 1:
        return check
    return replace(check, title=_DAYS_BACK_RE.sub("from the week", check.title), times=1)


def _minutes_now(first: Step, u: Understanding) -> int | None:
    """Minutes of the field's first session the person already does each time, from their
    starting point ("walk the dog 20 min a day" for walks); None when they say none."""
    verb = first.title.split()[0].lower()
    m = re.search(
        rf"\b{re.escape(verb[:4])}\w*\b[^,;.\d]{{0,20}}?(\d+)\s?(?:min|mins|minutes)\b",
        u.baseline_said.lower(),
    )
    return int(m.group(1)) if m and 5 <= int(m.group(1)) <= 120 else None
