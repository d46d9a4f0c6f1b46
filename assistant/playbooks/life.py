"""Life goals: savings and debt, habits, home projects, events, and the generic fallback."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung
from assistant.playbooks.base import Step as S

SAVINGS = Playbook(
    key="savings",
    label="saving money",
    pattern=r"\b(save|saving|savings|emergency fund|deposit|nest egg|put aside|set aside|invest|"
    r"down payment|fund)\b",
    statement="Save {target} in a dedicated account",
    metric_name="money saved",
    unit="USD",
    default_target=5000,
    money=True,
    default_weeks=26,
    weight=1.3,
    rungs=(
        Rung(
            "{v} saved in the goal account",
            0.25,
            (S("Cancel 2 subscriptions you no longer use", 30, "2 cancellation emails received"),),
        ),
        Rung(
            "{v} saved in the goal account: halfway",
            0.5,
            (S("Sell 3 unused items online", 60, "3 listings live"),),
        ),
        Rung(
            "{v} saved in the goal account",
            0.75,
            (
                S(
                    "Renegotiate 1 bill: phone, internet or insurance",
                    45,
                    "New price confirmed in writing",
                ),
            ),
        ),
        Rung(
            "{v} saved: the full target",
            1.0,
            (
                S(
                    "Move the final top-up into the goal account",
                    15,
                    "Balance screenshot saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(),
    kickoff=(
        S("Open a separate savings account for the goal", 30, "Account open; name shows the goal"),
        S(
            "Set up an automatic transfer of {per_month} on payday",
            20,
            "Standing order confirmed in the bank app",
        ),
        S(
            "List every expense from last month in a spreadsheet",
            60,
            "Spreadsheet with last month's spending saved",
        ),
    ),
    constraint="Money leaks out in small unplanned purchases",
    strategy="Pay the goal first on payday and check spending against a weekly budget",
    attack=S(
        "Check the week's spending against the budget",
        20,
        "Weekly total logged in the spreadsheet",
        times=1,
        attacks=True,
    ),
    indicators=(("spending vs weekly budget", 100, "%"), ("no-spend days per week", 3, "days")),
    questions={
        "metric": (
            "How much do you want to save, and in which currency?",
            "The amount sets the monthly transfer.",
        ),
        "baseline": (
            "How much have you already put aside for this?",
            "It counts toward the first milestone.",
        ),
    },
)

DEBT = Playbook(
    key="debt",
    label="paying off debt",
    pattern=r"\b(debt|debts|credit card|loan|loans|overdraft|pay off|paying off|payoff|owe|mortgage|debt-free)\b",
    statement="Pay off {target} of debt",
    metric_name="debt paid off",
    unit="USD",
    default_target=5000,
    money=True,
    default_weeks=52,
    weight=1.6,
    rungs=(
        Rung(
            "{v} of the debt paid off",
            0.25,
            (
                S(
                    "Call the card provider to ask for a lower rate",
                    30,
                    "New rate or refusal noted in the sheet",
                ),
            ),
        ),
        Rung(
            "{v} of the debt paid off: halfway",
            0.5,
            (S("Sell 3 unused items toward the next payment", 60, "3 listings live"),),
        ),
        Rung(
            "{v} of the debt paid off",
            0.75,
            (S("Close 1 paid-off card or account", 30, "Closure confirmation received"),),
        ),
        Rung(
            "{v} paid off: debt-free",
            1.0,
            (S("Make the final payment", 15, "Zero balance screenshot saved", at_end=True),),
        ),
    ),
    practice=(),
    kickoff=(
        S(
            "List every debt with balance, rate and minimum payment",
            45,
            "Debt list saved in a spreadsheet",
        ),
        S(
            "Set up an automatic extra payment of {per_month} a month",
            20,
            "Extra payment confirmed in the bank app",
        ),
        S("Freeze the credit card in the banking app", 15, "Card shows as frozen"),
    ),
    constraint="Minimum payments hide how slowly the balance falls",
    strategy="Pay the highest-rate debt first (avalanche) and track the balance weekly",
    attack=S(
        "Check the week's spending against the payoff budget",
        20,
        "Weekly total logged in the spreadsheet",
        times=1,
        attacks=True,
    ),
    indicators=(("extra paid per week", 100, "USD"), ("no-spend days per week", 3, "days")),
    questions={
        "metric": (
            "How much debt is there in total, and on which cards or loans?",
            "The total sets the ladder; the rates set the order.",
        ),
    },
)

HABIT = Playbook(
    key="habit",
    label="building or quitting a habit",
    pattern=r"\b(habit|daily|every day|every morning|every night|each day|meditat\w*|journal\w*|quit|stop|"
    r"smoking|vaping|drinking|alcohol|sober|wake up|bed by|sleep|floss|screen time|phone|social media|"
    r"procrastinat\w*|routine|streak|read \d+ pages)\b",
    statement="Log {target} of '{subject}' in the habit tracker",
    metric_name="days done",
    unit="days",
    default_target=50,
    units=r"^(days|mornings|evenings|nights)$",
    presets=(
        Preset(
            r"\b(quit|stop|give up|cut out)\b",
            30,
            "days",
            "",
            8,
            "Quit {subject} for {target} in a row",
        ),
    ),
    subjects=r"\b(?:quit|stop|give up|cut out)\s(?:my\s)?([a-z]+(?: [a-z]+)?)",
    default_weeks=10,
    weight=1.1,
    rungs=(
        Rung(
            "{v} done: the first streak",
            0.25,
            (
                S(
                    "Write a backup plan for the hardest moment of the day",
                    20,
                    "If-then plan saved in notes",
                ),
            ),
        ),
        Rung(
            "{v} done: halfway",
            0.5,
            (
                S(
                    "Review the tracker for the days that slipped",
                    20,
                    "Slip pattern written in 1 sentence",
                ),
            ),
        ),
        Rung("{v} done", 0.75, (S("Tell 1 friend the streak so far", 15, "Message sent"),)),
        Rung(
            "{v} done: habit on autopilot",
            1.0,
            (
                S(
                    "Write what keeps the habit going after the plan",
                    20,
                    "1-page note saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Do the 10-minute version of the habit right after the daily cue",
            10,
            "Day ticked in the habit tracker",
            times=7,
        ),
    ),
    kickoff=(
        S(
            "Pick the cue: the moment the habit follows each day",
            15,
            "Cue written on a sticky note",
        ),
        S("Set up a habit tracker with today's tick", 15, "Tracker shows day 1"),
    ),
    constraint="The habit depends on willpower at the worst time of day",
    strategy="Tie the habit to a fixed cue and remove friction from the setting",
    attack=S(
        "Remove 1 source of friction for next week",
        20,
        "Change made; noted in the tracker",
        times=1,
        attacks=True,
    ),
    indicators=(("days done per week", 6, "days"), ("misses in a row", 1, "days")),
    questions={
        "metric": (
            "How often counts as success: every day, 5 days a week, or a streak of a certain length?",
            "The habit needs a count to know it is working.",
        ),
        "constraint": (
            "When does the habit break: mornings, evenings, weekends, travel, or stress?",
            "The plan removes friction at exactly that moment.",
        ),
    },
)

HOME = Playbook(
    key="home",
    label="home or DIY project",
    pattern=r"\b(renovat\w*|remodel|paint|painting|kitchen|bathroom|bedroom|garage|attic|basement|garden|deck|"
    r"shed|fence|diy|declutter|decluttering|house|flat|apartment|room|floor|tiles?|shelves|furniture|"
    r"wardrobe|closet|loft)\b",
    statement="Finish the {subject} project: all {target} done",
    metric_name="project stages complete",
    unit="stages",
    default_target=4,
    subjects=r"\b(?:renovate|remodel|redo|paint|build|fix|declutter|make|tidy|organi[sz]e|clean out|clear out|tile|"
    r"refurbish|landscape|finish)\s(?:the|my|our|a|an)?\s?([a-z]+(?: room| shed| deck)?)",
    default_subject="home",
    default_weeks=10,
    weight=1.0,
    rungs=(
        Rung(
            "Scope, budget and materials list for the {subject} agreed",
            0.25,
            (
                S(
                    "Measure the space with photos of every wall",
                    45,
                    "Measurements and photos saved",
                ),
                S("Get 2 quotes or price the materials", 60, "2 prices saved in the budget sheet"),
            ),
            value=1,
        ),
        Rung(
            "Prep stage of the {subject} done",
            0.5,
            (
                S("Clear the {subject} down to the bare space", 90, "Space empty; photo saved"),
                S("Order the materials from the list", 45, "Order confirmation received"),
            ),
            value=2,
        ),
        Rung(
            "Main build stage of the {subject} done",
            0.75,
            (
                S(
                    "Finish the first section of the main work",
                    120,
                    "Section photo saved",
                    at_end=True,
                ),
            ),
            value=3,
        ),
        Rung(
            "{subject} finished and signed off",
            1.0,
            (
                S("Walk through the {subject} with a snag list", 30, "Snag list saved"),
                S("Fix every item on the snag list", 120, "Snag list all ticked", at_end=True),
            ),
            value=4,
        ),
    ),
    practice=(
        S(
            "Work a 90-minute block on the next step of the {subject}",
            90,
            "Step photo saved",
            times=1,
        ),
    ),
    kickoff=(
        S("Photograph the {subject} as it is today", 15, "Before photos saved"),
        S("Write the finished {subject} in 5 bullet points", 30, "5-point brief saved"),
    ),
    constraint="Weekends get eaten by errands, so the project stalls mid-way",
    strategy="Book one protected project block a week with materials bought in advance",
    attack=S(
        "Buy or order the materials for next week's block",
        30,
        "Materials on hand; receipt saved",
        times=1,
        attacks=True,
    ),
    indicators=(("project blocks done per week", 1, "blocks"), ("budget spent", 100, "%")),
)

EVENT = Playbook(
    key="event",
    label="organising an event",
    pattern=r"\b(event|conference|meetup|party|wedding|fundraiser|festival|workshop|retreat|gala|reunion|"
    r"hackathon|organi[sz]e|host|hosting|guests|attendees|tickets)\b",
    statement="Host {subject} with {target}",
    metric_name="confirmed attendees",
    unit="attendees",
    default_target=50,
    units=r"^(attendees|people|guests|participants|tickets|registrations|signups)$",
    subjects=r"\b(?:organi[sz]e|host|run|plan|throw|hold)\s((?:a|an|the|our|my)\s[a-z0-9'-]+(?:\s[a-z0-9'-]+){0,2})",
    default_subject="the event",
    default_weeks=10,
    weight=1.1,
    rungs=(
        Rung(
            "Venue and date for {subject} booked",
            0.25,
            (
                S("Shortlist 3 venues with price and capacity", 60, "Shortlist of 3 venues saved"),
                S("Book the venue with a deposit", 45, "Booking confirmation received"),
            ),
            metric="venue booked",
            unit="venue",
            value=1,
        ),
        Rung(
            "{v} registered",
            0.5,
            (S("Publish the registration page", 60, "Page live; link saved"),),
        ),
        Rung(
            "{v} registered; suppliers confirmed",
            0.75,
            (S("Confirm catering, AV and speakers in writing", 60, "3 confirmations saved"),),
        ),
        Rung(
            "{subject} held with {v}",
            1.0,
            (
                S("Write the run-of-show minute by minute", 60, "Run-of-show saved"),
                S("Send the reminder email 2 days before", 20, "Reminder sent"),
            ),
        ),
    ),
    practice=(S("Invite 10 people personally", 30, "10 invitations logged", times=1),),
    kickoff=(
        S("Write the event in 3 lines: who, why, when", 20, "3-line brief saved"),
        S("Set the budget in a spreadsheet", 30, "Budget sheet saved"),
    ),
    constraint="Registrations arrive late, so numbers are unknown until the last week",
    strategy="Personal invitations every week and an early-bird deadline",
    attack=S(
        "Follow up with 5 people who have not replied",
        20,
        "5 follow-ups logged",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("registrations per week", 8, "registrations"),
        ("personal invites sent", 10, "invites"),
    ),
)

GENERIC = Playbook(
    key="generic",
    label="general goal",
    pattern=r"(?!x)x",
    statement="Complete '{subject}': all {target} done",
    metric_name="steps to done completed",
    unit="steps",
    default_target=4,
    default_subject="the goal",
    default_weeks=12,
    weight=0.0,
    rungs=(
        Rung(
            "Quarter-way: {v} done",
            0.25,
            (S("List every step between today and done on 1 page", 45, "Step list saved"),),
        ),
        Rung(
            "Halfway: {v} done",
            0.5,
            (
                S(
                    "Ask 1 person who has done this for advice",
                    30,
                    "3 pieces of advice written down",
                ),
            ),
        ),
        Rung(
            "Three-quarters: {v} done",
            0.75,
            (S("Cut 1 step that no longer moves the goal", 20, "Step crossed off; reason noted"),),
        ),
        Rung(
            "Finish line: {v} done",
            1.0,
            (
                S(
                    "Check the result against the finish line written in week 1",
                    30,
                    "Finish-line check saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Spend a 60-minute focus block on the next step",
            60,
            "Next step ticked off in the plan",
            times=2,
        ),
    ),
    kickoff=(
        S("Write 1 sentence that says what done looks like", 20, "Finish-line sentence saved"),
        S(
            "Pick the first step you can finish in 1 hour",
            15,
            "First step written at the top of the list",
        ),
    ),
    constraint="Other priorities crowd out the goal week after week",
    strategy="Protect focus blocks in the calendar before the week fills up",
    attack=S(
        "Block next week's 2 focus blocks in the calendar",
        15,
        "2 focus blocks visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("focus blocks done per week", 2, "blocks"),
        ("steps finished per week", 1, "steps"),
    ),
)
