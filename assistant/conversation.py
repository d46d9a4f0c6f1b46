"""One chat about one goal: intake -> clarify -> plan -> revise, the same for every engine.

The UI and any other front end drive it through ``Conversation.send``; each call returns a
``Turn`` with Markdown to show, the open questions, the plan and its findings. Errors become a
friendly message in the turn and leave the state as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant import chat_week
from assistant.agenda import (
    INTRO,
    WHY_HELP,
    asks_about_plan,
    asks_back,
    asks_for_agenda,
    asks_for_change,
    asks_why,
    explain_task,
    mentions_change,
    says_hello,
    says_thanks,
    task_about,
    tells_week,
    the_others,
    which_first,
    why_asked,
)
from assistant.answer_desk import AnswerDesk
from assistant.answer_kinds import LABELS
from assistant.answer_reader import (
    TYPED,
    Checked,
    kind_of,
    map_answers,
)
from assistant.chat_text import findings_markdown, plan_markdown
from assistant.chat_week import Keeper
from assistant.config import Settings
from assistant.engines.base import Engine, Progress, Question, no_progress
from assistant.engines.select import engine_label, written_by
from assistant.errors import GoalsmithError, InputError, ModelError
from assistant.language.foreign import other_language
from assistant.models import Finding, Plan
from assistant.plan_talk import answer_about_plan, not_a_change
from assistant.planner import PlanResult, plan_goal
from assistant.revisions import revise, revise_before_use
from assistant.understanding.several import pick_goal, separate_goals
from assistant.understood import understood_line
from assistant.week_told import WeekTold, read_week

__all__ = ["Conversation", "Turn", "map_answers", "plan_markdown"]

MAX_MESSAGE_CHARS = 4000

_SKIP_RE = re.compile(
    r"^\W*(?:please\s|ok\W*|okay\W*)?(?:just\s)?"
    r"(?:plan(?: it| it now| now)?|skip(?: it| them| the questions)?|go ahead|go|"
    r"make (?:some |the )?assumptions|assume(?: the rest)?|don'?t know|no idea|i don'?t know|"
    r"whatever|you decide|surprise me)(?:\s?please)?\W*$",
    re.IGNORECASE,
)


@dataclass
class Turn:
    """What one message changed: the state after it, Markdown to show, questions, plan, findings."""

    state: str  # "clarify" | "plan" | "revise" (or "intake" if the first message was refused)
    message: str
    questions: list[Question] = field(default_factory=list)
    plan: Plan | None = None
    findings: list[Finding] = field(default_factory=list)
    engine_label: str = ""


class Conversation(AnswerDesk):
    """The state machine of one chat; holds the goal, the answers so far, and the latest plan.

    Answers live only here until a plan is made from them: a bad one is asked about once and
    never kept, so no stored answer can make every later message fail."""

    def __init__(self, engine: Engine, settings: Settings, today: dt.date | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self._today = today
        self.state = "intake"
        self.goal: str | None = None
        self.answers: dict[str, str] = {}
        self.unknown: set[str] = set()  # "idk": left open, assumed in the plan
        self.asked_again: dict[str, Checked] = {}  # the one clarifying question per answer
        self.questions: list[Question] = []
        self.plan: Plan | None = None
        self.findings: list[Finding] = []
        self.engine_label = engine_label(engine, settings)
        self.history: dict[int, Plan] = {}  # earlier versions of the plan in view, for undo
        self.later: list[str] = []  # changes asked for before there was a plan to change
        self.choices: list[str] = []  # several goals named in one message, one to pick
        self.whole = ""  # that message
        self.others: list[str] = []  # the goals not picked, named once the plan is made
        self.load_version: Callable[[int], Plan] | None = None  # stored versions (set by the UI)
        # "why am I not making progress?" answered from the saved plan's reviews (set by the UI)
        self.stall_doctor: Callable[[str], str] | None = None
        self.review_keeper: Keeper | None = None  # saves a week told in the chat (set by the UI)
        self.pending_week: WeekTold | None = None  # a week told, waiting for its confidence

    @classmethod
    def about(
        cls, plan: Plan, engine: Engine, settings: Settings, today: dt.date | None = None
    ) -> Conversation:
        """A chat that continues with a stored plan: every message revises it."""
        chat = cls(engine, settings, today)
        chat.goal = plan.request.goal_text if plan.request else plan.goal.statement
        chat.answers = dict(plan.request.answers) if plan.request else {}
        chat.plan, chat.state = plan, "revise"
        return chat

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def send(self, text: str, progress: Progress = no_progress) -> Turn:
        """Take one message from the person and answer it."""
        text = (text or "").strip()
        if not text:
            hint = "Tell me your goal in a sentence" if self.state == "intake" else "Type a message"
            return self._refuse(f"{hint}; an empty message gives me nothing to work with.")
        if len(text) > MAX_MESSAGE_CHARS:
            return self._refuse(
                f"That message is {len(text):,} characters; please keep it under "
                f"{MAX_MESSAGE_CHARS:,} (the goal and the key facts are enough)."
            )
        try:
            if self.state == "intake":
                return self._start(text, progress)
            if self.state == "clarify":
                return self._clarify(text, progress)
            told, self.pending_week = self.pending_week, None
            if told is not None and self.review_keeper is not None:
                saved = chat_week.finish(told, text, self.review_keeper)
                if saved is not None:
                    return self._turn(saved)
            if _SKIP_RE.match(text):
                return self._refuse(
                    "The plan is already made. Ask for a change in plain words (\u201cI only "
                    "have 3 hours a week\u201d), or press **New goal** to plan something else."
                )
            if self.plan is not None and self.review_keeper and tells_week(text):
                return self._week_told(text)  # "I only ran once, night shifts": no change
            reply = (
                answer_about_plan(
                    self.plan,
                    text,
                    self.today,
                    self.findings,
                    self.engine_label,
                    self.stall_doctor,
                )
                if self.plan is not None
                else None
            )
            if reply is not None:
                return self._turn(reply)
            about = asks_why(text) if self.plan is not None else None
            if about == "":
                return self._turn(WHY_HELP)
            task = task_about(self.plan, about) if self.plan is not None and about else None
            if self.plan is not None and task is not None:
                return self._turn(explain_task(self.plan, task))
            try:
                return self._revise(text, progress)
            except InputError as exc:
                other = not_a_change(self.plan, text) if self.plan is not None else None
                if not about and other:
                    return self._turn(other)
                unread = str(exc).startswith("I can't tell what to change")
                if (
                    unread
                    and not about
                    and not mentions_change(text)  # a request we could not read
                    and kind_of(text, ["constraint"]) == "constraint"
                ):
                    # "car repairs keep going back on the card": what is in the way now
                    return self._revise(f"the problem is {text}", progress)
                if not about:
                    raise
                return self._turn(f"No task in this plan is about {about!r}. {WHY_HELP}")
        except GoalsmithError as exc:
            said = str(exc)
            return self._refuse(
                said if said.startswith("I ") else f"Sorry, that did not work: {said}"
            )

    # --- states -------------------------------------------------------------------------

    def _start(self, text: str, progress: Progress) -> Turn:
        """The first message: a greeting, several goals (which first?), or the goal."""
        if says_hello(text) or (_SKIP_RE.match(text) and not self.choices):
            return self._turn(INTRO)  # "just plan it" before any goal: nothing to plan yet
        language = other_language(text) if not self.choices else None
        if language:  # the planner reads English: a plan of guesses helps nobody
            return self._refuse(
                f"I read that as {language}, and I can only plan goals written in English for "
                "now. Could you write it in English? (e.g. \u201close 5 kg before summer\u201d)"
            )
        goals, self.choices = self.choices, []
        reply = "1" if goals and _SKIP_RE.match(text) else text  # "just plan it": the first
        picked = pick_goal(reply, goals, self.whole) if goals else None
        if picked is not None:
            self.others = [] if picked == self.whole else [g for g in goals if g not in picked]
            return self._intake(picked, progress)
        several = separate_goals(text)
        if several:
            self.choices, self.whole = several, text
            return self._turn(which_first(several))
        return self._intake(text, progress)

    def _intake(self, goal: str, progress: Progress) -> Turn:
        progress("asking", "looking for what the goal leaves open")
        questions, fallback = self._ask(goal)
        self.goal = goal
        self.questions = list(questions)
        if not self.questions:
            return self._make_plan(
                progress, note="Your goal says everything I need, so here is a plan."
            )
        self.state = "clarify"
        lines = [f"_{fallback}_", ""] if fallback else []
        lines += [
            "A few questions before I plan (answer all in one message, one per line, or one at a "
            "time; or say **just plan it** and I will assume and mark every guess):",
            "",
        ]
        lines += [f"{i}. {q.question}  \n   _{q.why}_" for i, q in enumerate(self.questions, 1)]
        return self._turn("\n".join(lines), questions=self.questions)

    def _ask(self, goal: str) -> tuple[list[Question], str]:
        """The engine's questions, or the offline planner's when the model fails, and a note."""
        try:
            asked = self.engine.questions(goal, {}, self.today)
            failed = getattr(self.engine, "questions_fallback", None)
        except ModelError as exc:
            from assistant.engines.offline.engine import OfflineEngine

            asked, failed = OfflineEngine(self.settings).questions(goal, {}, self.today), str(exc)
        if not failed:
            return list(asked), ""
        return list(asked), (
            f"The model could not write the questions ({failed.rstrip('.')}), so these are the "
            "offline planner's questions; the plan is still written by the model."
        )

    def _clarify(self, text: str, progress: Progress) -> Turn:
        if _SKIP_RE.match(text):
            self.asked_again.clear()
            return self._make_plan(
                progress,
                note="Planned with assumptions for what you did not say; "
                "each is marked *assumed* below.",
            )
        open_keys = [q.key for q in self.open_questions]
        if asks_for_change(text) and kind_of(text, open_keys) not in TYPED:
            self.later.append(text)
            lines = ["I will make that change as soon as the plan is written.", ""]
            lines += ["Still open:", "", *(f"- {q.question}" for q in self.open_questions)]
            lines += ["", "Answer, or say **just plan it**."]
            return self._turn("\n".join(lines), questions=self.open_questions)
        if asks_back(text):
            return self._turn(why_asked(self.open_questions), questions=self.open_questions)
        if (
            asks_about_plan(text)
            and kind_of(text, open_keys) is None
            or (asks_about_plan(text) and asks_for_agenda(text))
        ):
            lines = ["The plan is not written yet, so I cannot answer that yet.", ""]
            lines += ["Still open:", "", *(f"- {q.question}" for q in self.open_questions)]
            lines += ["", "Answer, or say **just plan it**; then ask me again."]
            return self._turn("\n".join(lines), questions=self.open_questions)
        before = (dict(self.answers), set(self.unknown))
        unused: list[str] = []
        said = {} if says_thanks(text) else self._answers_in(text, unused)  # "ok" answers nothing
        notes, asks = self._take(said)
        if unused:
            left = "; ".join(repr(u[:60]) for u in unused)
            notes.append(f"I did not use {left}: no open question fits it.")
        line = understood_line(self.goal or "", self.answers, self.today)
        head = "\n\n".join([line, *notes])
        if asks:
            ask = "\n".join(f"- {a}" for a in asks)
            return self._turn(f"{head}\n\nOne thing to check:\n{ask}", self.open_questions)
        if self.open_questions:
            lines = [head, "", "Still open:", ""]
            lines += [  # a question asked about once is repeated as asked: "how many of you?"
                f"- {self.asked_again[q.key].ask if q.key in self.asked_again else q.question}"
                for q in self.open_questions
            ]
            lines += ["", "Answer, or say **just plan it**."]
            return self._turn("\n".join(lines), questions=self.open_questions)
        try:
            return self._make_plan(progress, note=f"{head}\n\nThanks, that is everything I asked.")
        except GoalsmithError:
            self.answers, self.unknown = before  # the answers that failed are not kept
            raise

    def _make_plan(self, progress: Progress, note: str) -> Turn:
        assert self.goal is not None
        if self.others:
            note, self.others = f"{note}\n\n{the_others(self.others)}", []
        try:
            result = plan_goal(
                self.engine, self.goal, self.answers, self.settings, self.today, progress
            )
        except InputError as exc:
            # an answer the planner cannot use is set aside, so the next message is not stuck
            key = str(exc).split(" ", 1)[0]
            if key in self.answers:
                self.answers.pop(key)
                self.unknown.add(key)
                raise InputError(
                    f"{exc}. I set that answer aside: give the {LABELS.get(key, key)} again "
                    "or say just plan it"
                ) from None
            raise
        turn = self._accept(result, "plan", note)
        return self._make_asked_changes(progress, note) if self.later else turn

    def _make_asked_changes(self, progress: Progress, note: str) -> Turn:
        """The changes asked for while questions were open, made to the new plan."""
        assert self.plan is not None
        self.plan, findings, lines = revise_before_use(
            self.engine, self.plan, self.later, self.settings, self.today, progress
        )
        self.findings = findings or self.findings
        self.later.clear()
        asked = "\n".join(["As you asked before the plan:", *lines])
        label = written_by(self.plan, self.engine, self.settings)
        return self._turn(f"{note}\n\n{asked}\n\n" + plan_markdown(self.plan, self.findings, label))

    def _revise(self, instruction: str, progress: Progress) -> Turn:
        assert self.plan is not None
        revision = revise(
            self.engine, self.plan, instruction, self.settings, self.today, self._earlier, progress
        )
        self.history[self.plan.version] = self.plan
        self.plan, self.findings, self.state = revision.plan, revision.findings, "revise"
        return self._turn(
            revision.markdown()
            + "\n\n"
            + findings_markdown(revision.findings)
            + "\n\n_The Plan tab shows the whole plan; say **undo** to go back._"
        )

    def _week_told(self, text: str) -> Turn:
        """A week's news: saved as its review, once the person says how sure they are."""
        assert self.plan is not None and self.review_keeper is not None
        told = read_week(self.plan, text, self.today)
        if told.confidence is not None:
            return self._turn(self.review_keeper(told))
        self.pending_week = told
        return self._turn(chat_week.said_back(self.plan, told))

    def _earlier(self, version: int) -> Plan:
        """A version of the plan in view: from this chat, else from where plans are stored."""
        if version in self.history:
            return self.history[version]
        if self.load_version is None:
            raise KeyError(version)
        return self.load_version(version)

    def _accept(self, result: PlanResult, state: str, note: str) -> Turn:
        self.plan, self.findings, self.state = result.plan, result.findings, state
        return self._turn(
            note
            + "\n\n"
            + plan_markdown(
                result.plan, result.findings, written_by(result.plan, self.engine, self.settings)
            )
        )

    def _turn(self, message: str, questions: list[Question] | None = None) -> Turn:
        return Turn(
            self.state,
            message,
            list(questions or []),
            self.plan,
            list(self.findings),
            self.engine_label,
        )

    def _refuse(self, message: str) -> Turn:
        questions = self.open_questions if self.state == "clarify" else []
        return self._turn(message, questions)
