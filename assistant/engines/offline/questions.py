"""The 2-5 constraint questions worth asking: only what is missing, in the playbook's words."""

from __future__ import annotations

import datetime as dt

from assistant.assess import judge_goal
from assistant.engines.base import Question
from assistant.understanding.goal import Understanding
from assistant.understanding.money_rate import monthly_amount

# key -> (question, why it is asked); playbooks override the wording for their domain.
DEFAULTS: dict[str, tuple[str, str]] = {
    "metric": (
        "What number would tell you it worked (an amount, a count, or a clear "
        "done/not-done result)?",
        "A goal without a number has no finish line, so milestones cannot be checked.",
    ),
    "deadline": ("By when do you want this done?", "Milestones are spaced back from the deadline."),
    "capacity": (
        "How much time a week can you really give this (e.g. '4 hours a week', '30 min a day')?",
        "Tasks are sized and scheduled to fit your real week, with 20% slack for life.",
    ),
    "baseline": (
        "Where are you starting from today?",
        "The first milestone starts from where you are.",
    ),
    "constraint": (
        "What usually gets in the way of this, the one thing that, if solved, makes the "
        "rest easier?",
        "Every week of the plan includes a task that attacks that bottleneck.",
    ),
    "owners": (
        "Who is on the team? Name the people who will own tasks.",
        "Every task needs exactly one owner; 'the team' owns nothing.",
    ),
    "stages": (
        "What 3-5 things must be true before this goal is done? (one per line, or separated "
        "by ';')",
        "Your own stages become the milestones, so the plan follows how you see the goal.",
    ),
    "why": (
        "Why does this matter to you now?",
        "On a bad week, the reason is what keeps the plan alive.",
    ),
}
_BASELINE_DOMAINS = {
    "running",
    "fitness",
    "weight",
    "book",
    "language",
    "exam",
    "job",
    "revenue",
    "customers",
    "savings",
    "instrument",
    "coding",
}


def ask(u: Understanding, today: dt.date, answered: set[str]) -> list[Question]:
    """Questions for what the goal and answers leave open: 2-5, at most 3 for a SMART goal."""
    pb = u.playbook
    missing: list[str] = []
    if "metric" not in u.stated:
        missing.append("metric")
    if "deadline" not in u.stated:
        missing.append("deadline")
    # a sum to save whose goal says the money a month ("maybe £150 a month") has its pace: the
    # money question would ask it again, and crowd out what gets in the way
    if "capacity" not in u.stated and not (_money_asked(u) and monthly_amount(u.text, asked=True)):
        missing.append("capacity")
    if "baseline" not in u.stated and (pb.key in _BASELINE_DOMAINS or "baseline" in pb.questions):
        missing.append("baseline")
    if "constraint" not in u.stated:
        missing.append("constraint")
    if u.team and "owners" not in u.stated:
        missing.insert(0, "owners")
    if u.route is not None and u.route.field is None and not u.stages:
        missing = ["stages", *(k for k in missing if k != "metric")]  # no guessing: ask first
    missing = [k for k in missing if k not in answered]
    if judge_goal(u.text, today).smart.passed:
        # the goal already says what counts; still ask what it cannot say (time, obstacle)
        missing = [k for k in missing if k != "metric"][:3]
    if len(missing) < 2 and "why" not in u.stated and "why" not in answered:
        missing.append("why")
    return [_question(key, u) for key in missing[:5]]


# a sum to save or pay off moves with money a month, not hours
MONEY_CAPACITY = (
    "How much can you put toward this each month (and how much time a week for the money "
    "admin, e.g. '$300 a month, 1 hour a week')?",
    "Your monthly amount sets the date; the tasks fit the time you give them.",
)


def _money_asked(u: Understanding) -> bool:
    """Whether the time question asks for money a month: a sum to save or pay off."""
    return bool(u.playbook.money and not (u.reducing or u.rate_period))


def _question(key: str, u: Understanding) -> Question:
    money = key == "capacity" and _money_asked(u)
    text, why = u.playbook.questions.get(key) or (MONEY_CAPACITY if money else DEFAULTS[key])
    return Question(key=key, question=text, why=why)
