"""Numbers that should go down: churn, support response time (process audit, bottleneck removal)."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

CHURN = Playbook(
    key="churn",
    label="reducing churn",
    pattern=r"\b(churn\w*|retention|cancellations?|cancel rate|renewals?)\b",
    statement="Bring monthly churn down to {target}",
    metric_name="monthly churn",
    unit="%",
    default_target=5,
    default_baseline=8,
    units=r"^(%)$",
    default_weeks=20,
    method="process_audit_bottleneck",
    weight=2.0,
    lower_is_better=True,
    rungs=(
        Rung(
            "Monthly churn down to {v}",
            0.25,
            (
                S("Tag last quarter's cancellations by reason", 60, "Reasons tallied in a sheet"),
                S("Interview 2 customers who cancelled", 90, "2 call notes saved"),
            ),
        ),
        Rung(
            "Monthly churn down to {v}",
            0.5,
            (
                S(
                    "Fix the onboarding step linked to the top cancel reason",
                    90,
                    "Fix live; before number logged",
                ),
            ),
        ),
        Rung(
            "Monthly churn down to {v}",
            0.75,
            (
                S(
                    "Send a check-in email to customers inactive for 14 days",
                    30,
                    "Emails sent; replies logged",
                ),
            ),
        ),
        Rung(
            "Monthly churn down to {v}: target met",
            1.0,
            (
                S(
                    "Write the retention playbook on 1 page",
                    45,
                    "Page shared with the team",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Call 1 customer at risk of cancelling", 30, "Call notes saved in the CRM", times=2),
        S(
            "Review this week's cancellations for the reason",
            30,
            "Reasons tallied in the sheet",
            times=1,
        ),
    ),
    kickoff=(
        S("Pull monthly churn for the last 6 months into 1 sheet", 40, "Churn per month charted"),
        S("Add a 1-question exit survey to the cancel flow", 45, "Survey live on cancel"),
    ),
    constraint="Customers leave before they reach the product's value",
    strategy="Fix the top reason customers leave, learned from the customers who left",
    attack=S(
        "Ship 1 change aimed at the top cancel reason",
        60,
        "Change live; churn cohort noted",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("at-risk customers contacted per week", 2, "customers"),
        ("exit-survey answers per week", 5, "answers"),
    ),
    questions={
        "baseline": (
            "What is monthly churn today?",
            "The ladder runs from today's churn down to the target.",
        ),
    },
)

SUPPORT = Playbook(
    key="support",
    label="support response time",
    pattern=r"\b(first response|response times?|first reply|reply times?|resolution times?|"
    r"time to (?:first )?(?:response|reply|resolve)|sla)\b",
    statement="Cut median first response time to under {target}",
    metric_name="median first response time",
    unit="hours",
    default_target=4,
    default_baseline=24,
    units=r"^(hours)$",
    default_weeks=12,
    method="process_audit_bottleneck",
    weight=2.5,
    lower_is_better=True,
    stops=(1, 2, 3, 4, 6, 8, 12, 16, 24, 36, 48, 72),
    rungs=(
        Rung(
            "Median first response under {v}",
            0.25,
            (
                S(
                    "Audit 50 recent tickets: wait time, type, owner",
                    90,
                    "Wait times tallied by type in a sheet",
                ),
                S(
                    "Set up a triage rota: 1 person first-replies each shift",
                    45,
                    "Rota shared with the team",
                ),
            ),
        ),
        Rung(
            "Median first response under {v}",
            0.5,
            (
                S(
                    "Write 10 reply macros for the most common questions",
                    90,
                    "10 macros live in the helpdesk",
                ),
            ),
        ),
        Rung(
            "Median first response under {v}",
            0.75,
            (S("Publish an FAQ page for the top 5 questions", 90, "FAQ live; link saved"),),
        ),
        Rung(
            "Median first response under {v}: target met",
            1.0,
            (
                S(
                    "Write the support playbook on 1 page",
                    45,
                    "Playbook shared with the team",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Triage the queue at the start of the shift",
            30,
            "Queue sorted by urgency; first replies sent",
            times=3,
        ),
        S(
            "Review 10 slow tickets for the cause of the wait",
            45,
            "Causes tallied in the sheet",
            times=1,
        ),
    ),
    kickoff=(
        S("Pull last month's median first response time", 40, "Baseline number saved"),
        S("Set an auto-reply with the expected response time", 20, "Auto-reply live"),
    ),
    constraint="Tickets wait in a shared queue that nobody owns at a given hour",
    strategy="Own the queue: a triage rota, macros for repeat questions, one process change a week",
    attack=S(
        "Change the slowest step in the ticket flow found this week",
        60,
        "Change live; before and after logged",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("tickets first-replied within target", 80, "%"),
        ("macros used per week", 20, "uses"),
    ),
)
