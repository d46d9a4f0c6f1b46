"""Health outcomes measured in the body's own numbers: hours slept, home blood pressure."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

SLEEP = Playbook(
    key="sleep",
    label="sleeping better",
    pattern=r"\b(sleep|sleeping|slept|insomnia|bedtime|bed by|rested|hours a night|"
    r"hours of sleep)\b",
    statement="Sleep {target} a night on the weekly average",
    metric_name="sleep per night (weekly average)",
    unit="hours",
    default_target=7,
    default_baseline=6,
    units=r"^(hours)$",
    default_weeks=10,
    integer=False,
    weight=1.5,
    durations_are_outcome=True,
    stops=(5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9),
    rungs=(
        Rung(
            "Sleep diary running: 14 nights logged with bed and wake times",
            0.25,
            (
                S("Pick 1 wake-up time for all 7 days", 15, "Wake-up alarm set for every day"),
                S(
                    "Work out lights-out: wake-up time minus {target} and 20 minutes",
                    15,
                    "Lights-out time written in the diary",
                ),
            ),
            metric="nights logged",
            unit="nights",
            value=14,
        ),
        Rung(
            "Lights out on time on 5 nights a week",
            0.5,
            (S("Move lights-out 15 minutes earlier", 15, "New bedtime alarm set on the phone"),),
            metric="nights a week in bed on time",
            unit="nights",
            value=5,
        ),
        Rung(
            "Sleep {v} a night on the weekly average",
            0.75,
            (
                S(
                    "Switch to caffeine-free drinks after 2 pm",
                    15,
                    "7 caffeine-free afternoons ticked in the diary",
                ),
            ),
        ),
        Rung(
            "Sleep {target} a night on the weekly average",
            1.0,
            (
                S(
                    "Average the last 14 nights in the sleep diary",
                    20,
                    "Average hours per night saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Start the 30-minute wind-down when the bedtime alarm rings",
            30,
            "Wind-down ticked in the sleep diary",
            times=5,
        ),
        S(
            "Log last night's bedtime and wake time in the sleep diary",
            5,
            "Night logged in the diary",
            times=7,
        ),
    ),
    kickoff=(
        S("Set a bedtime alarm for tonight", 15, "Alarm set on the phone"),
        S(
            "Set up a sleep diary with columns for bedtime, wake time, hours",
            15,
            "Diary ready with tonight's row",
        ),
    ),
    constraint="Evenings stretch on, so bedtime slides later every night",
    strategy="Fix the wake-up time, set a bedtime alarm and protect a 30-minute wind-down",
    attack=S(
        "Check the sleep diary to set next week's lights-out time",
        15,
        "Next week's lights-out time written in the diary",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("nights in bed on time per week", 5, "nights"),
        ("average hours slept", 7, "hours"),
    ),
    questions={
        "baseline": (
            "About how many hours do you sleep on a normal night now?",
            "The ladder moves bedtime from where it is, 15 minutes at a time.",
        ),
        "constraint": (
            "What keeps you up: the phone, work, a busy mind, or a late routine?",
            "The plan changes that part of the evening every week.",
        ),
    },
)

BLOOD_PRESSURE = Playbook(
    key="blood_pressure",
    label="blood pressure",
    pattern=r"\b(blood pressure|hypertension|mmhg|systolic|diastolic)\b|\bbp\b|\d{3}/\d{2,3}",
    statement="Bring home blood pressure below {target} on the weekly average",
    metric_name="home blood pressure, systolic (weekly average)",
    unit="mmHg",
    default_target=130,
    default_baseline=140,
    units=r"^(mmhg)$",
    default_weeks=16,
    weight=2.5,
    lower_is_better=True,
    rungs=(
        Rung(
            "Baseline known: 14 days of home blood pressure readings",
            0.25,
            (
                S(
                    "Average the first 14 days of blood pressure readings",
                    20,
                    "Baseline average saved in the log",
                    at_end=True,
                ),
            ),
            metric="days of readings",
            unit="days",
            value=14,
        ),
        Rung(
            "Home blood pressure below {v} on the weekly average",
            0.5,
            (
                S(
                    "Swap 3 high-salt foods in the weekly shop for low-salt ones",
                    30,
                    "3 swaps on the shopping list",
                ),
            ),
        ),
        Rung(
            "Home blood pressure below {v} on the weekly average",
            0.75,
            (S("Share the blood pressure log with the doctor", 30, "Log sent; advice noted"),),
        ),
        Rung(
            "Home blood pressure below {v} on the weekly average: target reached",
            1.0,
            (
                S(
                    "Book a check with the doctor to confirm the readings",
                    20,
                    "Appointment booked in the calendar",
                ),
            ),
        ),
    ),
    practice=(
        S("Walk briskly for 30 minutes", 35, "Walk logged in the app", times=3),
        S(
            "Measure blood pressure at home: 2 seated readings",
            10,
            "Readings logged in the blood pressure app",
            times=4,
        ),
    ),
    kickoff=(
        S(
            "Buy a validated upper-arm blood pressure monitor",
            30,
            "Monitor bought; first reading logged",
        ),
        S(
            "Book a GP appointment to agree the target and medication",
            20,
            "Appointment booked in the calendar",
        ),
    ),
    constraint="Salty convenience food and long sitting days keep the numbers up",
    strategy="Change the food at home and walk most days; measure to see what works",
    attack=S(
        "Plan next week's low-salt dinners with a shopping list",
        30,
        "5 dinners planned; list saved",
        times=1,
        attacks=True,
    ),
    indicators=(("days with readings per week", 4, "days"), ("walks per week", 3, "walks")),
    questions={
        "baseline": (
            "What does your blood pressure read at home or at the doctor's now (e.g. 142/90)?",
            "The ladder runs from today's reading down to the target.",
        ),
    },
)
