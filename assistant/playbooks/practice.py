"""Daily practices with their own shape: quitting, meditation, reading, volunteering hours."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung
from assistant.playbooks.base import Step as S

QUIT = Playbook(
    key="quit",
    label="quitting smoking, vaping or drinking",
    pattern=r"\b(quit|quitting|smoking|smoke|smoker|cigarettes?|vaping|vape|nicotine|sober|"
    r"stop drinking|alcohol-free|give up drinking)\b",
    statement="Quit {subject} for {target} in a row",
    metric_name="days free in a row",
    unit="days",
    default_target=30,
    units=r"^(days|weeks)$",
    presets=(Preset(r"\b(?:quit|stop|give up)\b", 30, "days", "", 10),),
    subjects=r"\b(?:quit|stop|give up|cut out)\s(?:my\s)?([a-z]+)",
    default_subject="smoking",
    default_weeks=10,
    weight=1.3,
    rungs=(
        Rung(
            "Quit day reached: first full day without {subject}",
            0.25,
            (
                S("Pick a quit date within the next 2 weeks", 15, "Quit date in the calendar"),
                S(
                    "Clear everything for {subject} out of the home",
                    30,
                    "Home cleared; photo saved",
                ),
            ),
            value=1,
        ),
        Rung(
            "7 days in a row without {subject}",
            0.5,
            (S("Tell 3 people the quit date with 1 way to help", 20, "3 messages sent"),),
            value=7,
        ),
        Rung(
            "14 days in a row without {subject}",
            0.75,
            (
                S(
                    "Spend the money saved so far on a planned treat",
                    30,
                    "Treat bought; amount saved noted",
                ),
            ),
            value=14,
        ),
        Rung(
            "{target} in a row without {subject}",
            1.0,
            (
                S(
                    "Write a plan B for next month's riskiest situation",
                    30,
                    "If-then plan saved on the phone",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Log today's cravings with their triggers in the tracker", 5, "Cravings logged", times=7),
        S("Take a 10-minute walk when a craving hits", 10, "Walk ticked in the tracker", times=3),
    ),
    kickoff=(
        S(
            "Log each time you reach for it today in a tracker",
            15,
            "Tracker shows today's count",
        ),
        S("Book a GP or quit-support appointment", 20, "Appointment booked in the calendar"),
    ),
    constraint="Cravings hit at the same moments every day",
    strategy="Plan the trigger moments in advance: a replacement action for each one",
    attack=S(
        "Plan a replacement for next week's 2 hardest craving moments",
        20,
        "2 if-then plans saved",
        times=1,
        attacks=True,
    ),
    indicators=(("days free per week", 7, "days"), ("cravings logged per week", 7, "cravings")),
    questions={
        "constraint": (
            "When is the urge strongest: with coffee, after meals, with friends, or under stress?",
            "The plan changes that exact moment every week.",
        ),
    },
)

MEDITATION = Playbook(
    key="meditation",
    label="meditation practice",
    pattern=r"\b(meditat\w*|mindful\w*|breathwork|headspace|zazen)\b",
    statement="Meditate on {target} with the practice logged",
    metric_name="days meditated",
    unit="days",
    default_target=60,
    units=r"^(days|sessions|mornings)$",
    default_subject="meditation",
    default_weeks=10,
    weight=1.6,
    durations_are_outcome=True,
    rungs=(
        Rung(
            "{v} meditated: a fixed time and place",
            0.25,
            (
                S(
                    "Try 3 guided 10-minute meditations to pick 1",
                    30,
                    "Favourite recording saved",
                ),
            ),
        ),
        Rung(
            "{v} meditated: halfway",
            0.5,
            (S("Lengthen the daily session to 15 minutes", 15, "Timer set to 15 minutes"),),
        ),
        Rung(
            "{v} meditated",
            0.75,
            (S("Sit 1 unguided session with a plain timer", 20, "Session logged as unguided"),),
        ),
        Rung(
            "{v} meditated: the practice holds",
            1.0,
            (
                S(
                    "Write what keeps the practice going after the plan",
                    20,
                    "1-page note saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Meditate 10 minutes right after the morning cue",
            10,
            "Session ticked in the meditation app",
            times=7,
        ),
    ),
    kickoff=(
        S("Meditate 5 minutes today with a guided recording", 15, "First session logged"),
        S("Choose the daily cue with a spot to sit", 15, "Cue and spot on a sticky note"),
    ),
    constraint="The session gets skipped when the morning is rushed",
    strategy="Tie it to a fixed cue and keep a 2-minute minimum for bad days",
    attack=S(
        "Set next week's 7 meditation reminders at the cue time",
        10,
        "7 reminders visible on the phone",
        times=1,
        attacks=True,
    ),
    indicators=(("sessions per week", 7, "sessions"), ("minutes meditated per week", 70, "min")),
)

READING = Playbook(
    key="reading",
    label="reading more books",
    pattern=r"\b(read|reading|reader|books|pages|audiobooks?|goodreads|kindle)\b",
    statement="Read {target} cover to cover",
    metric_name="books finished",
    unit="books",
    default_target=12,
    units=r"^(books|novels|audiobooks|pages)$",
    default_subject="the reading list",
    default_weeks=26,
    weight=1.2,
    durations_are_outcome=True,
    rungs=(
        Rung(
            "{v} read cover to cover",
            0.25,
            (S("List the next 10 books to read in order", 30, "List of 10 saved in the app"),),
        ),
        Rung(
            "{v} read cover to cover: halfway",
            0.5,
            (S("Join a book club for 1 book", 30, "Club meeting in the calendar"),),
        ),
        Rung(
            "{v} read cover to cover",
            0.75,
            (
                S(
                    "Drop 1 book you are not enjoying after 50 pages",
                    15,
                    "Book marked 'stopped'; next one started",
                ),
            ),
        ),
        Rung(
            "{v} read cover to cover: the full list",
            1.0,
            (
                S(
                    "Write a 1-line review of every book read",
                    45,
                    "Reviews saved in the reading app",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Read for 30 minutes before bed", 30, "Pages read logged in the reading app", times=5),
    ),
    kickoff=(
        S("Read 20 pages of the first book today", 30, "Page number logged"),
        S(
            "Set up a reading tracker with the year's target",
            15,
            "Tracker shows the target and book 1",
        ),
    ),
    constraint="Reading time loses to the phone in the evening",
    strategy="Make the book the easy default: book within reach, phone out of reach at reading "
    "time",
    attack=S(
        "Plan next week's 5 reading slots in the calendar",
        15,
        "5 reading slots visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("pages read per week", 150, "pages"),
        ("reading sessions per week", 5, "sessions"),
    ),
)

VOLUNTEER = Playbook(
    key="volunteer",
    label="volunteering hours",
    pattern=r"\b(volunteer\w*|food bank|soup kitchen|charity shop|community service|shelter)\b",
    statement="Volunteer {target} at {subject}",
    metric_name="volunteer hours logged",
    unit="hours",
    default_target=50,
    units=r"^(hours)$",
    subjects=r"\b(?:at|with|for)\s((?:the\s|a\s|an\s|my\s|our\s|a local\s|the local\s)?"
    r"[a-z]+(?:\s(?!this|next|by|in|before|every|each)[a-z]+)?)",
    default_subject="the organisation",
    default_weeks=40,
    weight=1.6,
    rungs=(
        Rung(
            "First {v} volunteered at {subject}",
            0.25,
            (
                S(
                    "Complete the volunteer induction session",
                    90,
                    "Induction done; confirmation received",
                ),
            ),
        ),
        Rung(
            "{v} volunteered at {subject}: halfway",
            0.5,
            (
                S(
                    "Ask the coordinator which shifts are hardest to fill",
                    20,
                    "Answer noted; 1 such shift booked",
                ),
            ),
        ),
        Rung(
            "{v} volunteered at {subject}",
            0.75,
            (S("Invite 1 friend to join a shift", 15, "Invitation sent"),),
        ),
        Rung(
            "{v} volunteered at {subject}: the full target",
            1.0,
            (
                S(
                    "Download the hours log for a reference letter",
                    20,
                    "Hours log saved as PDF",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Work a 2-hour volunteer shift at {subject}",
            120,
            "Shift hours logged in the tracker",
            times=1,
        ),
    ),
    kickoff=(
        S("Sign up for the first shift at {subject}", 20, "Shift confirmation received"),
        S("Set up an hours log with the {target} target", 15, "Log saved with the target"),
    ),
    constraint="Shifts get dropped when the week fills up",
    strategy="Book shifts ahead on the same day each week, so they become fixed",
    attack=S(
        "Book next week's shift in the volunteer rota",
        15,
        "Shift confirmed in the rota",
        times=1,
        attacks=True,
    ),
    indicators=(("hours volunteered per week", 2, "hours"), ("shifts booked ahead", 2, "shifts")),
)
