"""Study and exams: practice-test scores on the way to the pass mark."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung
from assistant.playbooks.base import Step as S

EXAM = Playbook(
    key="exam",
    label="study and exams",
    pattern=r"\b(exam|exams|test|pass|certification|certificate|certified|gmat|gre|sat|ielts|toefl|aws|cpa|cfa|"
    r"pmp|bar|finals|grade|gpa|module|revise|revision|licen[cs]e|driving test|quiz|"
    r"semester|class)\b",
    statement="Pass {subject} with a practice-test score of {target}",
    metric_name="practice-test score",
    unit="%",
    default_target=75,
    units=r"^(%)$",
    presets=(
        Preset(r"\bdriving (?:test|licen[cs]e)\b", 90, "%", "the driving test", 10),
        Preset(r"\bielts\b", 80, "%", "the IELTS exam", 10),
        Preset(r"\bgmat\b", 80, "%", "the GMAT", 12),
        Preset(r"\baws\b", 80, "%", "the AWS certification exam", 8),
        Preset(r"\bcpa\b", 75, "%", "the CPA exam section", 12),
    ),
    subjects=r"\b((?:my |the )?[a-z]+ (?:exam|test|finals|certification))\b",
    default_subject="the exam",
    default_baseline=45,
    default_weeks=10,
    integer=True,
    weight=1.1,
    rungs=(
        Rung(
            "Score {v} on a timed practice test",
            0.25,
            (
                S(
                    "Take a timed baseline practice test",
                    120,
                    "Score and weak topics logged",
                    at_end=True,
                ),
            ),
        ),
        Rung(
            "Score {v} on a timed practice test",
            0.5,
            (S("Rank the syllabus topics by weakness", 45, "Ranked topic list saved"),),
        ),
        Rung(
            "Score {v} on a timed practice test",
            0.75,
            (
                S(
                    "Take a timed full practice test",
                    120,
                    "Score logged against the target",
                    at_end=True,
                ),
            ),
        ),
        Rung(
            "Pass {subject}: {v} on the final practice test",
            1.0,
            (
                S("Book the exam date and the test centre", 20, "Booking confirmation saved"),
                S("Take the final timed practice test", 120, "Score logged", at_end=True),
            ),
        ),
    ),
    practice=(
        S(
            "Study the weakest topic for 45 minutes with practice questions",
            50,
            "Questions done; score logged",
            times=3,
        ),
        S(
            "Review 20 flashcards of formulas and facts",
            20,
            "Anki shows today's reviews done",
            times=2,
        ),
    ),
    kickoff=(
        S("Download the syllabus or exam guide", 20, "Syllabus saved in the study folder"),
        S(
            "Answer 10 practice questions to find the weak spots",
            30,
            "Score of the 10 questions logged",
        ),
    ),
    constraint="Revision means rereading notes, which feels like study but does not raise scores",
    strategy="Swap rereading for practice questions under time pressure every week",
    attack=S(
        "Do 20 timed practice questions on last week's mistakes",
        40,
        "Score logged in the study log",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("practice questions per week", 60, "questions"),
        ("study sessions per week", 3, "sessions"),
    ),
    questions={
        "metric": (
            "What score do you need to pass, or what grade are you aiming for?",
            "Practice-test scores are the ladder between today and the pass mark.",
        ),
        "deadline": ("When is the exam?", "Milestones are counted back from the exam date."),
        "baseline": (
            "What did you score on your last practice test, if any?",
            "The first rung is a little above where you score today.",
        ),
    },
)
