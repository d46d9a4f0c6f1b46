"""Taking the answers to the chat's questions: which question each part of a message answers
(a correction names its fact, a reply to a clarifying question answers it, the rest by what it
says), and checking each answer as it arrives: kept, left open, or asked about once."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.answer_kinds import LABELS, kind_of
from assistant.answer_reader import (
    TYPED,
    Checked,
    check_answer,
    map_answers,
    one_kind_inside,
    read_count,
    reads_as_time,
)
from assistant.engines.base import Question
from assistant.language.horizons import MONTH_WORDS
from assistant.language.quantities import find_quantities
from assistant.language.text import STOPWORDS, stem, words
from assistant.understanding.capacity_words import read_loose_capacity
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.money_rate import monthly_amount
from assistant.understood import read_correction

_PER_RE = re.compile(r"\d\S*\s(?:a|an)\s(?:day|night|week|month|year)\b|\b(?:per|each|every)\s\w")
_RATE_RE = re.compile(r"\b(?:a|per|each|every)\s(?:day|night|week|month|year)\b")


# when the person is free, said with no number: "after dinner", "weekend mornings"
_WHEN_FREE_RE = re.compile(
    r"^(?=\D*$).*\b(?:(?:after|before)\s(?:dinner|supper|work|breakfast|lunch|school|the kids|"
    r"bedtime)|evenings?|mornings?|weekends?|lunch ?breaks?)\b",
    re.IGNORECASE,
)
_TIME_WORD_RE = re.compile(
    r"\b(?:h|hrs?|hours?|min\w*|weeks?|wk|days?|daily|months?|years?|am|pm|times|x|sessions?|"
    r"evenings?|mornings?|nights?|until|before|per)\b",
    re.IGNORECASE,
)
# what plainly gets in the way, said instead of where they start: "I keep spending on
# takeaways", "my knees hurt after a while", "I always end up scrolling till 1am"
_PLAIN_OBSTACLE_RE = re.compile(
    r"\bkeep (?:on )?\w+ing\b|\bend(?:s)? up\b|\b(?:hurts?|hurting|aches?|aching|pain|"
    r"injur\w*|sore)\b|\btoo (?:busy|tired|knackered|exhausted)\b|\bno (?:time|energy)\b|"
    r"\bget(?:s|ting)? in the way\b|\b(?:problem|issue|obstacle|blocker) is\b|"
    r"\bprocrastinat\w*|\bdistract\w*|\bforget\w*|\blose (?:interest|motivation|steam)\b|"
    r"\b(?:give|gave|giving) up\b|\b(?:fall|fell|falling) off\b|\btempt\w*|\bcravings?\b|"
    r"\bcan'?t (?:seem to|stop|resist|stick|say no)\b",
    re.IGNORECASE,
)
# where they are, said in words: what they know, can do, have done or never did
_STATE_RE = re.compile(
    r"\b(?:know|knows|knew|i can(?!'?t| ?not)|already|never|beginner|started|finished|done)\b",
    re.IGNORECASE,
)
# a reply that opens with a number or an amount: "8.4, 96kg", "about $9k in a TFSA"
_READING_RE = re.compile(r"^\W*(?:(?:about|around|roughly|like|maybe|just|only)\s)?~?[$£€₹₦]?\d")


# the words a date is made of: "31 dec", "by the end of june", "mid march next year"
_DATE_WORDS = (
    MONTH_WORDS
    | {d.lower() for d in (*calendar.day_name, *calendar.day_abbr)}
    | {
        "by",
        "before",
        "end",
        "of",
        "the",
        "in",
        "on",
        "next",
        "this",
        "around",
        "about",
        "mid",
        "early",
        "late",
        "start",
        "week",
        "month",
        "year",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "christmas",
        "easter",
        "ish",
        "st",
        "nd",
        "rd",
        "th",
        "latest",
        "at",
    }
)


def _only_a_date(text: str) -> bool:
    """Whether a reply says nothing but a date: every word a month, a day, a number or a
    date's joining word."""
    tokens = re.findall(r"[a-z]+", text.lower())
    return bool(tokens or re.search(r"\d", text)) and all(t in _DATE_WORDS for t in tokens)


# words a question shares with any question, which say nothing of which one a reply answers
_ASKING_WORDS = (
    STOPWORDS - {"time", "times", "week", "weeks", "day", "days", "month", "months"}
) | {
    "how",
    "what",
    "when",
    "where",
    "which",
    "much",
    "many",
    "really",
    "want",
    "like",
    "now",
    "normal",
    "one",
}


def _echo_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in _ASKING_WORDS and w.isalpha() and len(w) > 2}


def echoed(text: str, asked: Question, others: list[Question]) -> bool:
    """Whether a reply repeats a word only the question asked first uses: 'its more about not
    doing something than time' to 'how much time a week...', '15-18 drinks a week' to 'how
    many drinks do you have in a normal week?'."""
    own = _echo_stems(asked.question)
    for other in others:
        own -= _echo_stems(other.question)
    return bool(own & _echo_stems(text))


FREE_TEXT = frozenset({"baseline", "constraint", "why"})  # answered in any words


class AnswerDesk:
    """The chat's answer-taking; the conversation holds the state it works on."""

    questions: list[Question]
    answers: dict[str, str]
    unknown: set[str]
    asked_again: dict[str, Checked]
    goal: str | None

    @property
    def today(self) -> dt.date:
        raise NotImplementedError

    @property
    def open_questions(self) -> list[Question]:
        done = {*self.answers, *self.unknown}
        return [q for q in self.questions if q.key not in done]

    def _answers_in(self, text: str, unused: list[str]) -> dict[str, str]:
        """Which question each part of the message answers: a correction names its fact; a
        reply to a clarifying question answers it; anything else is mapped by content."""
        correction = read_correction(text)
        if correction:
            return {correction[0]: correction[1]}
        named = map_answers(text, [q for q in self.questions if q.key not in self.asked_again])
        if named and all(re.search(rf"^\s*{k}\s*[:=]", text, re.I | re.M) for k in named):
            return named  # "capacity: 5 hours a week" answers or corrects that question
        pending = [q for q in self.questions if q.key in self.asked_again]
        asked_first = self._asked_first(text, pending)
        if asked_first:
            return asked_first
        if (
            any(q.key == "baseline" for q in self.open_questions)
            and not any(q.key == "metric" for q in self.open_questions)  # "1 mile run": a target
            and ":" not in text
            and "\n" not in text.strip()
            and len(text.split()) >= 2
            and _READING_RE.match(text)
            and not _TIME_WORD_RE.search(text)
        ):
            return {"baseline": text}  # "8.4, 96kg, lots of bread": a reading, whatever was pending
        other = kind_of(text, [q.key for q in self.open_questions])
        one_line = ":" not in text and "\n" not in text.strip()
        waiting_reads = any(not self._check(q.key, text).ask for q in pending)
        in_turn = [q for q in self.open_questions if q not in pending]
        split = map_answers(text, in_turn)  # "10 km, by February, 4 hours a week": several
        several = len(split) > 1 and bool(set(split) & TYPED)  # (not a start and its why)
        dated = self._date_beside(split) if one_line else None
        if dated:
            return dated
        last = in_turn[0].key if len(in_turn) == 1 and not pending else None
        if last in FREE_TEXT and one_line and len(text.split()) > 4 and not waiting_reads:
            return {last: text}  # the one question left, answered: "I'm away 2 weeks in july"
        if one_line and not waiting_reads and not several and len(in_turn) > 1:
            first_q, *rest_q = in_turn
            said_by = [q for q in rest_q if q.key == other]
            if (
                other not in TYPED
                and echoed(text, first_q, rest_q)
                and not (said_by and echoed(text, said_by[0], [first_q]))
                # "I earn 2400 a month, have 3k saved" shares "month" with the money question
                # but cannot answer it, and plainly says where they start
                and not (
                    (said_by or (split and first_q.key not in split))
                    and self._check(first_q.key, text).ask
                )
            ):
                return {first_q.key: text}  # it repeats the question asked, in its words
            in_order = self._in_order(text, first_q.key, other)
            if in_order:
                return {in_order: text}
        waiting = self.asked_again.get(pending[0].key) if len(pending) == 1 else None
        counted = not (waiting and waiting.per_person) or read_count(text) is not None
        if (
            len(pending) == 1
            and one_line
            and counted
            and (other not in TYPED or other == pending[0].key)
        ):
            key = pending[0].key  # (a head count asked for is answered by a number only)
            fails = bool(self._check(key, text).ask)
            rest = [q.key for q in self.open_questions if q.key != key]
            if other is None and fails and rest and not waiting.per_person:  # type: ignore[union-attr]
                # asked again, they answered the next question instead ("garden is mostly lawn")
                return {rest[0]: text}
            if other in (None, key) or not fails:
                return {key: text}  # unless it plainly answers another: "2 hours a week"
            # "i can do a width" after a time question: the starting point, not a bad time
        first = self.open_questions[0].key if self.open_questions else None
        asks_money = first == "capacity" and "month" in self.open_questions[0].question
        if asks_money and one_line and monthly_amount(text, asked=True):
            return {"capacity": text}  # "£150 a month, maybe £200 some months": the money asked for
        if first == "capacity" and other is None and read_loose_capacity(text) is not None:
            return {"capacity": text}  # "not sure what that means, whatever it takes"
        if first is not None and one_line and other == first:
            return {first: text}  # the question asked first, answered whole, in order
        if first == "capacity" and one_line and other == "baseline" and _WHEN_FREE_RE.search(text):
            return {first: text}  # "I can walk after dinner": when they have time, no level
        if (
            first == "baseline"
            and one_line
            and other in (None, "constraint")
            and _READING_RE.match(text)
        ):
            return {first: text}  # "8.4, 96kg, I eat a lot of bread": the reading asked for
        inside = one_kind_inside(text, [q.key for q in self.open_questions])
        if first == "capacity" and other is None and inside is None and one_line:
            got = self._check(first, text)  # "2 hrs weekdays, 4 on sat": the question asked
            if not got.ask and not got.unknown and got.text:
                return {first: text}
        unasked = self._unasked_fact(text)
        if unasked:
            return {unasked: text}
        return map_answers(text, self.open_questions or pending, unused)

    def _asked_first(self, text: str, pending: list[Question]) -> dict[str, str] | None:
        """A one-line reply answers the question in front of the person, the first one still
        open, whenever it reads as an answer to it: '31 dec' to the date question is the date,
        'mid-level for 2.5 yrs' to where they stand is where they stand, 'afternoons, 2 hrs
        most days' to the time question is their time. It goes elsewhere only on plain
        evidence: a reply to a free-text question that is nothing but a date, or that says
        only what gets in the way; a reply to a typed question that cannot be read as one
        (then the content decides, or the question is asked again)."""
        open_now = self.open_questions
        if pending or not open_now or "\n" in text.strip():
            return None
        first = open_now[0].key
        keys = [q.key for q in open_now]
        if first in TYPED:
            split = map_answers(text, open_now)
            dated = self._date_beside(split)
            if dated:
                return dated
            if (
                len(split) > 1
                and first in split
                and all(
                    (k not in TYPED or self._reads_as(k, v, keys))
                    and (k == first or not self._reads_as(first, v, keys))
                    for k, v in split.items()
                )  # ("mornings, 30 mins most days": both parts are the time asked for)
            ):
                return split  # "by june, 3 hours a week": each part to its own question
            return {first: text} if self._reads_as(first, text, keys) else None
        if first not in FREE_TEXT or self._check(first, text).ask:
            return None
        if "deadline" in keys and _only_a_date(text) and parse_deadline(text, self.today):
            return None  # "31 dec" while asked where they start: the date, filed by content
        if (
            first == "baseline"
            and "constraint" in keys
            and _PLAIN_OBSTACLE_RE.search(text)
            and not re.search(r"\d", text)
            and not _STATE_RE.search(text)
        ):
            return None  # "I keep spending on takeaways": what gets in the way, no level
        return {first: text}

    def _reads_as(self, key: str, text: str, keys: list[str]) -> bool:
        """Whether a reply plainly answers a typed question: a date that parses (and is not a
        time a week), a time the time question can read, or 'no deadline' / 'not sure'."""
        got = self._check(key, text)
        if got.ask:
            return False
        if got.unknown:
            return True
        other = kind_of(text, keys)
        if key == "deadline":  # ("3100 a month", "every week": a rate, not a date)
            return (
                parse_deadline(text, self.today) is not None
                and other in (None, "deadline")
                and not _PER_RE.search(text.lower())
            )
        # "I earn 2400 a month, have 3k saved" reads as money a month, but says where they are
        return other in (None, key) or reads_as_time(text)

    def _in_order(self, text: str, first: str, other: str | None) -> str | None:
        """One line sent while questions are open answers the question asked first, unless it
        plainly answers another: a date or a time a week that reads cleanly where the first
        question cannot read it. A free-text question (where they are, what gets in the way)
        takes the whole line, never split across questions by its commas."""
        first_reads = not self._check(first, text).ask
        open_keys = {q.key for q in self.open_questions}
        if (
            not first_reads
            and first != "capacity"
            and "capacity" in open_keys
            and other in (None, "capacity")
            and _WHEN_FREE_RE.search(text)
        ):
            return "capacity"  # "a couple of mornings before work": when they are free
        if first in TYPED:
            plainly = (
                kind_of(text, [first]) == first
                or (first == "capacity" and reads_as_time(text))
                or (first == "deadline" and parse_deadline(text, self.today) is not None)
                # "whenever", "it varies": the time question asked, answered with no amount
                or (
                    first == "capacity"
                    and len(text.split()) <= 3
                    and self._check(first, text).unknown
                )
            )
            if first_reads and (other == first or (other not in TYPED and plainly)):
                return first  # "the pool 3 mornings a week, it opens at 6": the time asked
            return None
        if other in TYPED and not self._check(other, text).ask:
            return other if other in {q.key for q in self.open_questions} else None
        if other in {q.key for q in self.questions if q.key in self.asked_again}:
            return None  # the question asked again, answered: taken as such
        if other == "constraint" and first == "metric" and not find_quantities(text):
            return None  # "his mum wants to keep half of it": no target in it, what's in the way
        if (
            first == "baseline"
            and other == "constraint"
            and "constraint" in open_keys
            and _PLAIN_OBSTACLE_RE.search(text)
            and not re.search(r"\d", text)
            and not _STATE_RE.search(text)  # "know G C D, can't switch chords, fingertips hurt"
        ):
            return "constraint"  # "I keep spending on takeaways": what gets in the way, no level
        if other in (None, first, "constraint"):  # (anything with 'when' or 'can't' reads so)
            return first if first_reads else None
        return None

    def _date_beside(self, split: dict[str, str]) -> dict[str, str] | None:
        """'it has to be done by the 20th of december, I can do a couple of evenings a week'
        when the goal's own date ('for christmas') left the date unasked: the part that can
        only be a date sharpens the deadline; the rest answers what it answers."""
        asked = {q.key for q in self.questions}
        if len(split) < 2 or "deadline" in asked or "deadline" in self.answers:
            return None
        dated = [k for k, part in split.items() if kind_of(part, ["deadline"]) == "deadline"]
        if len(dated) != 1 or kind_of(split[dated[0]], list(asked)) not in (
            None,
            "deadline",
            "constraint",
        ):
            return None
        out = {k: v for k, v in split.items() if k != dated[0]}
        return {"deadline": split[dated[0]], **out}

    def _unasked_fact(self, text: str) -> str | None:
        """'june 14th' after a goal that said 'in june': a one-part reply that can only be a
        date (or a weekly time) nobody asked for sharpens that fact instead of being filed
        under an open question it does not answer."""
        open_keys = [q.key for q in self.open_questions]
        if "\n" in text.strip() or not open_keys or kind_of(text, open_keys) in open_keys:
            return None
        # "$9,800 on the 24% card": where they are, though no question asked it
        if "baseline" not in self.answers and kind_of(text, ["baseline"]) == "baseline":
            return "baseline"
        if len(text.split()) > 8 or _RATE_RE.search(text.lower()):
            return None  # "twins are 14 months, no date nights in a year", "a pod a day"
        kind = kind_of(text, ["deadline", "capacity"])
        return kind if kind and kind not in open_keys else None

    def _take(self, new: dict[str, str]) -> tuple[list[str], list[str]]:
        """Check each answer as it arrives: keep it, leave it open, or ask about it once."""
        notes: list[str] = []
        asks: list[str] = []
        # the team first: "we each have 10 hours" is read against the people just named
        for key, said in sorted(new.items(), key=lambda kv: kv[0] != "owners"):
            got = self._check(key, said)
            label = LABELS.get(key, key)
            if got.ask and key in self.asked_again:
                self.asked_again.pop(key)
                self.unknown.add(key)
                notes.append(
                    f"I still cannot read {said[:60]!r} as the {label}, so the plan will "
                    "assume it (marked *assumed*); you can change it later."
                )
            elif got.ask:
                self.asked_again[key] = got
                self.answers.pop(key, None)
                asks.append(got.ask)
            elif got.unknown:
                self.asked_again.pop(key, None)
                self.answers.pop(key, None)
                self.unknown.add(key)
                notes.append(f"Left open: {label}. The plan will assume it and mark it *assumed*.")
            else:
                self.asked_again.pop(key, None)
                self.unknown.discard(key)
                self.answers[key] = got.text or said
                if got.note:
                    notes.append(f"({label}: {got.note})")
        return notes, asks

    def _check(self, key: str, said: str) -> Checked:
        waiting = self.asked_again.get(key)
        heads = read_count(said) if waiting and waiting.per_person else None
        if waiting and waiting.per_person and heads and not re.search(r"\bh|hour|min", said):
            hours = waiting.per_person * heads
            return Checked(
                key,
                said,
                text=f"{hours:g} hours a week",
                note=f"{waiting.per_person:g} h each x {heads} people",
            )
        return check_answer(key, said, self.today, self.goal or "", self.answers)
