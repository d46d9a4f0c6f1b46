"""Life goals: habits, home projects and events."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung
from assistant.playbooks.base import Step as S

# Words that end an object noun phrase: "build raised garden beds | before spring".
_STOP_WORDS = (
    r"before|by|in|for|this|next|until|on|at|with|so|to|and|from|nice|better|look|"
    r"over|during|within|after|\d"
)

HABIT = Playbook(
    key="habit",
    label="building or quitting a habit",
    pattern=r"\b(habit|daily|every day|every morning|every night|each day|"
    r"journal\w*|quit|stop|wake up|bed by|sleep|floss|screen time|phone|"
    r"social media|"
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
    durations_are_outcome=True,
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
            "How often counts as success: every day, 5 days a week, or a streak of a "
            "certain length?",
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
    pattern=r"\b(renovat\w*|remodel|paint|painting|kitchen|bathroom|bedroom|garage(?! band)|attic|basement|garden|deck|"
    r"shed|fence|diy|house|flat|apartment|room|floor|tiles?|shelves|furniture|"
    r"wardrobe|closet|loft)\b",
    statement="Finish the {subject} project: all {target} done",
    metric_name="project stages complete",
    unit="stages",
    default_target=4,
    subjects=r"\b(?:renovate|remodel|redo|paint|build|fix|make|organi[sz]e|tile|refurbish|"
    r"landscape|finish|replace|install|repair|redecorate)\s(?:(?:the|my|our|a|an|new|some)\s)?"
    r"(?:(?:whole|entire)\s)?([a-z]+(?:\s(?!" + _STOP_WORDS + r")[a-z]+){0,2})",
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
    r"hackathon|host|hosting|guests|attendees|tickets)\b",
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

DECLUTTER = Playbook(
    key="declutter",
    label="decluttering",
    pattern=r"\b(declutter\w*|tidy up|tidying|konmari|clear out|clean out|minimali\w*|"
    r"get rid of|too much stuff)\b",
    statement="Clear {target} out of {subject}: donated, sold or binned",
    metric_name="bags cleared out",
    unit="bags",
    default_target=20,
    units=r"^(bags|boxes|items|rooms)$",
    subjects=r"\b(?:declutter|tidy up|tidy|clear out|clean out|sort out|sort)\s"
    r"(?:(?:the|my|our)\s)?(?:(?:whole|entire)\s)?([a-z]+(?:\s(?!" + _STOP_WORDS + r")[a-z]+)?)",
    default_subject="home",
    default_weeks=8,
    weight=1.6,
    rungs=(
        Rung(
            "{v} out of the {subject}: the first room cleared",
            0.25,
            (
                S(
                    "Sort 1 closet into 3 piles: keep, donate, bin",
                    60,
                    "Closet sorted; bags by the door",
                ),
            ),
        ),
        Rung(
            "{v} out of the {subject}: halfway",
            0.5,
            (S("Drop off the donate bags at a charity shop", 45, "Donation receipt saved"),),
        ),
        Rung(
            "{v} out of the {subject}: every closet sorted",
            0.75,
            (S("List 5 items worth selling online", 45, "5 listings live"),),
        ),
        Rung(
            "{v} out of the {subject}: every room clear",
            1.0,
            (
                S(
                    "Walk through every room with a last-bag check",
                    30,
                    "Photo of each room saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Sort 1 drawer or shelf into keep, donate, bin",
            45,
            "1 bag filled; photo saved",
            times=2,
        ),
    ),
    kickoff=(
        S("Fill 1 bag with things to bin today", 20, "Bag out of the door"),
        S("List the rooms of the {subject} in order, easiest first", 15, "Room order written"),
    ),
    constraint="Sorting stalls on sentimental items, so every item becomes a decision",
    strategy="Decide by rules: a dated maybe-box, one room at a time, bags out the same day",
    attack=S(
        "Take this week's donate bags out of the house",
        20,
        "Bags dropped off; photo saved",
        times=1,
        attacks=True,
    ),
    indicators=(("bags out per week", 3, "bags"), ("sorting sessions per week", 2, "sessions")),
)
