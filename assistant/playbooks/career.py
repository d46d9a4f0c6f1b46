"""Career: job search, switching careers, raises and promotions."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

JOB = Playbook(
    key="job",
    label="job search and career change",
    pattern=r"(?<!my )(?<!our )(?<!at )\b(job|jobs)\b|\b(career|hired|employer|role|position|"
    r"interview|interviews|offer|cv|resume|linkedin|recruiter)\b",
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

CAREER_SWITCH = Playbook(
    key="career_switch",
    label="switching careers",
    pattern=r"\b(switch careers?|change careers?|career change|career switch|switch (?:from|into)|"
    r"transition (?:from|into)|move into|pivot (?:to|into)|retrain(?:ing)? as)\b",
    statement="Land a first role in {subject}",
    metric_name="job offers in the new field",
    unit="offer",
    default_target=1,
    units=r"^(offers?|job offers?)$",
    subjects=r"\b(?:to|into|as an?)\s([a-z]+(?:\s(?!in|by|within|before|this|next)[a-z]+)?)",
    default_subject="the new field",
    default_weeks=40,
    weight=2.0,
    rungs=(
        Rung(
            "Foundations of {subject}: 1 course finished with its projects",
            0.25,
            (S("Pick 1 {subject} course with projects", 30, "Course chosen; start date set"),),
            metric="courses finished",
            unit="courses",
            value=1,
        ),
        Rung(
            "2 portfolio case studies in {subject} published",
            0.5,
            (
                S(
                    "Write case study 1: problem, process, result",
                    90,
                    "Case study 1 saved in the portfolio",
                ),
            ),
            metric="case studies published",
            unit="case studies",
            value=2,
        ),
        Rung(
            "10 informational interviews with people in {subject}",
            0.75,
            (S("Ask 3 people in {subject} for a 20-minute chat", 20, "3 requests sent"),),
            metric="informational interviews",
            unit="interviews",
            value=10,
        ),
        Rung(
            "Job offer in {subject} accepted",
            1.0,
            (
                S(
                    "Send 5 tailored applications with the portfolio link",
                    60,
                    "5 applications logged in the tracker",
                ),
                S("Reply to the best offer in writing", 30, "Acceptance email sent", at_end=True),
            ),
        ),
    ),
    practice=(
        S(
            "Work 60 minutes on the current portfolio case study",
            60,
            "Case study draft updated",
            times=2,
        ),
        S("Do 1 lesson of the {subject} course", 45, "Lesson ticked in the course", times=1),
        S("Message 2 people working in {subject}", 20, "2 messages logged", times=1),
    ),
    kickoff=(
        S(
            "List 3 strengths that transfer from the current job to {subject}",
            30,
            "3 transferable strengths saved",
        ),
        S("Save 3 {subject} job ads as the target", 30, "3 ads saved with the skills asked for"),
    ),
    constraint="No proof of the new skills yet, so applications go unanswered",
    strategy="Build proof before applying: case studies that show the work, shown to people in "
    "the field",
    attack=S(
        "Share 1 piece of portfolio work with someone in {subject} for feedback",
        20,
        "Shared; feedback saved",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("portfolio hours per week", 2, "hours"),
        ("conversations with people in the field", 2, "calls"),
    ),
)

RAISE = Playbook(
    key="raise",
    label="raise or promotion",
    pattern=r"\b(raise|pay rise|salary increase|promotion|promoted|pay review|salary review)\b",
    statement="Get a {target} raise agreed at {subject}",
    metric_name="salary increase",
    unit="%",
    default_target=10,
    units=r"^(%)$",
    subjects=r"\b(?:at|in)\s((?:my\s|the\s)?(?:next\s|annual\s|mid-year\s|yearly\s)?"
    r"(?:review|appraisal|performance review|pay review))\b",
    default_subject="the next pay review",
    default_weeks=16,
    weight=2.0,
    rungs=(
        Rung(
            "Evidence file for the raise: 5 wins with numbers",
            0.25,
            (
                S(
                    "Collect 5 results with numbers into an evidence file",
                    60,
                    "Evidence file with 5 wins saved",
                ),
            ),
            metric="documented wins",
            unit="wins",
            value=5,
        ),
        Rung(
            "Manager agrees what a {target} raise requires",
            0.5,
            (
                S(
                    "Ask your manager in a 1:1 what a {target} raise would take",
                    30,
                    "Answer written down after the 1:1",
                ),
                S("Find 3 market salary data points for the role", 45, "3 data points saved"),
            ),
            metric="raise criteria agreed",
            unit="agreement",
            value=1,
        ),
        Rung(
            "3 visible wins shared with the manager before {subject}",
            0.75,
            (S("Present 1 result at a team meeting", 30, "Presented; slides saved"),),
            metric="wins shared",
            unit="wins",
            value=3,
        ),
        Rung(
            "{target} raise agreed at {subject}",
            1.0,
            (
                S(
                    "Write the 1-page raise case: wins, market data, ask",
                    60,
                    "Case saved; sent before the review",
                ),
                S(
                    "Rehearse the raise conversation with a friend",
                    30,
                    "Rehearsal done; 3 answers noted",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Add this week's results to the evidence file",
            20,
            "Entry with a number added to the file",
            times=1,
        ),
        S(
            "Work 60 minutes on the highest-impact project",
            60,
            "Progress noted in the evidence file",
            times=2,
        ),
    ),
    kickoff=(
        S("Read the company's pay-review criteria", 30, "Criteria saved in the evidence file"),
        S("Book a 1:1 with your manager about growth", 15, "1:1 in the calendar"),
    ),
    constraint="Results stay invisible to the people who decide pay",
    strategy="Make results visible every week in writing, so the review confirms what the "
    "manager already knows",
    attack=S(
        "Send your manager a 5-line update of the week's wins with numbers",
        20,
        "Update sent; copy saved in the evidence file",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("wins documented per month", 2, "wins"),
        ("updates sent to manager", 4, "updates"),
    ),
)
