"""Career: job search and career change."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

JOB = Playbook(
    key="job",
    label="job search and career change",
    pattern=r"\b(job|jobs|career|hired|employer|role|position|interview|interviews|offer|promotion|promoted|"
    r"cv|resume|linkedin|switch into|change careers|career change|recruiter)\b",
    statement="Accept {target} for a {subject} role",
    metric_name="job offers",
    unit="offer",
    default_target=1,
    units=r"^(offers?|job offers?|interviews)$",
    subjects=r"\b(?:as an?|into|become an?)\s([a-z]+(?: [a-z]+)?)",
    default_subject="new",
    default_weeks=12,
    weight=1.3,
    rungs=(
        Rung(
            "CV and LinkedIn profile ready for a {subject} role",
            0.25,
            (
                S("Rewrite the CV around 3 results with numbers", 90, "CV saved as PDF"),
                S(
                    "Update the LinkedIn headline and summary",
                    45,
                    "Profile updated; screenshot saved",
                ),
            ),
            metric="application documents ready",
            unit="documents",
            value=2,
        ),
        Rung(
            "20 applications sent, each tailored to a {subject} role",
            0.5,
            (S("Message 5 people who work at target companies", 45, "5 messages sent"),),
            metric="applications sent",
            unit="applications",
            value=20,
        ),
        Rung(
            "5 interviews completed for a {subject} role",
            0.75,
            (
                S(
                    "Rehearse answers to the 10 most common interview questions",
                    60,
                    "Answers recorded on the phone",
                ),
            ),
            metric="interviews completed",
            unit="interviews",
            value=5,
        ),
        Rung(
            "Job offer for a {subject} role accepted",
            1.0,
            (
                S(
                    "Write the salary range and must-haves before negotiating",
                    30,
                    "1-page offer checklist saved",
                ),
                S("Reply to the best offer in writing", 30, "Acceptance email sent", at_end=True),
            ),
        ),
    ),
    practice=(
        S("Send 2 tailored applications", 60, "2 applications logged in the tracker", times=2),
        S(
            "Reach out to 3 people in the target field",
            30,
            "3 messages logged in the tracker",
            times=1,
        ),
    ),
    kickoff=(
        S("List 20 target companies in a spreadsheet", 45, "Spreadsheet with 20 companies saved"),
        S("Pick 1 job title to aim for", 20, "Target title written at the top of the tracker"),
    ),
    constraint="Applications go out cold, so few turn into interviews",
    strategy="Pair every batch of applications with warm introductions from people inside",
    attack=S(
        "Ask 1 contact for an introduction at a target company",
        20,
        "Request sent; logged in the tracker",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("applications sent per week", 4, "applications"),
        ("conversations with insiders", 2, "calls"),
    ),
    questions={
        "metric": (
            "What role are you aiming for, and is one offer the finish line?",
            "The role decides the CV, the companies and the people to talk to.",
        ),
        "baseline": (
            "Where are you now: CV ready, applying already, or starting from scratch?",
            "It decides whether the plan starts with the CV or with applications.",
        ),
    },
)
