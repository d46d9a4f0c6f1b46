"""Running, general fitness, and weight or health goals."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung
from assistant.playbooks.base import Step as S

_TEST_RUN = S(
    "Run {v} as a test run at an easy pace",
    90,
    "Distance and time of the {v} run logged in the app",
    at_end=True,
)

RUNNING = Playbook(
    key="running",
    label="running",
    pattern=r"\b(run|running|runner|jog|jogging|marathon|half[- ]marathon|5k|10k|parkrun|"
    r"km run|race)\b",
    statement="Finish {subject} ({target}) without stopping",
    metric_name="longest continuous run",
    unit="km",
    default_target=5,
    units=r"^(km|miles)$",
    presets=(
        Preset(r"\bhalf[- ]marathon\b", 21.1, "km", "a half marathon", 16),
        Preset(r"\bultra\b", 50, "km", "an ultramarathon", 28),
        Preset(r"\bmarathon\b", 42.2, "km", "a marathon", 20),
        Preset(r"\b10 ?k\b|\b10 km\b", 10, "km", "a 10k", 10),
        Preset(r"\b5 ?k\b|\b5 km\b|\bparkrun\b", 5, "km", "a 5k", 8),
    ),
    default_subject="a continuous run",
    default_weeks=10,
    integer=False,
    stops=(1, 2, 3, 5, 8, 10, 12, 15, 16, 21.1, 25, 30, 35, 42.2, 50),  # race distances, km
    rungs=(
        Rung("Run {v} without stopping", 0.25, (_TEST_RUN,)),
        Rung(
            "Run {v} without stopping",
            0.5,
            (
                S(
                    "Book a gait check at a running store",
                    45,
                    "Gait check booked; date in the calendar",
                ),
                _TEST_RUN,
            ),
        ),
        Rung(
            "Run {v} without stopping",
            0.75,
            (
                S(
                    "Pick a race-day breakfast from 2 test mornings",
                    30,
                    "Breakfast choice noted in the training log",
                ),
                _TEST_RUN,
            ),
        ),
        Rung(
            "Cross the finish line of {subject} ({target})",
            1.0,
            (
                S("Register for the race", 20, "Registration confirmation email received"),
                S(
                    "Lay out race kit, bib and gels the night before",
                    30,
                    "Kit photo saved the night before the race",
                    at_end=True,
                ),
                S(
                    "Run the race at the planned pace",
                    120,
                    "Finish time recorded in the app",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Run 30 minutes at an easy, conversational pace", 40, "Run logged in the app", times=2),
        S(
            "Run a long run 1 km further than last week",
            90,
            "Long-run distance logged in the app",
            times=1,
        ),
        S(
            "Stretch for 15 minutes after a run",
            15,
            "Stretch session ticked in the training log",
            times=1,
        ),
    ),
    kickoff=(
        S("Run-walk 20 minutes around the block", 30, "First run logged in a running app"),
        S("Buy running shoes fitted at a running store", 60, "Shoes bought; receipt saved"),
    ),
    constraint="Runs get skipped when the day fills up",
    strategy="Book next week's run slots every week before it starts, mornings first",
    attack=S(
        "Block next week's run slots in the calendar",
        15,
        "Run slots visible in next week's calendar",
        times=1,
        attacks=True,
    ),
    indicators=(("runs completed per week", 3, "runs"), ("weekly distance", 15, "km")),
    questions={
        "baseline": (
            "What's your current longest run, in km or minutes?",
            "The first milestone starts from where you are, not from zero.",
        ),
        "constraint": (
            "What usually makes you skip a run: time, weather, motivation, or a niggle or injury?",
            "Every week of the plan attacks that one thing, not just adds more running.",
        ),
    },
)

FITNESS = Playbook(
    key="fitness",
    label="fitness and strength",
    pattern=r"\b(fit|fitness|gym|workouts?|exercise|strength|strong|push-?ups?|pull-?ups?|squats?|"
    r"bench|deadlift|yoga|pilates|swim|swimming|cycling|bike|muscle|abs|cardio|stamina|in shape)\b",
    statement="Complete {target} of strength and cardio training",
    metric_name="workouts completed",
    unit="workouts",
    default_target=36,
    units=r"^(workouts|sessions|push-?ups|pull-?ups|squats|classes|laps|km)$",
    default_weeks=12,
    rungs=(
        Rung(
            "{v} completed on the workout log",
            0.25,
            (
                S(
                    "Test a max set of push-ups with good form",
                    20,
                    "Push-up count written in the log",
                    at_end=True,
                ),
            ),
        ),
        Rung(
            "{v} completed on the workout log",
            0.5,
            (
                S(
                    "Add 1 set to each main exercise in the routine",
                    30,
                    "New routine saved with the extra sets",
                ),
            ),
        ),
        Rung(
            "{v} completed on the workout log",
            0.75,
            (S("Book a form check with a trainer", 45, "Session booked; notes saved afterwards"),),
        ),
        Rung(
            "{v} completed: the full goal",
            1.0,
            (
                S(
                    "Retest the max set of push-ups",
                    20,
                    "New push-up count logged next to the first one",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Do the 40-minute full-body workout", 45, "Workout logged with sets and reps", times=3),
        S("Walk briskly for 30 minutes", 30, "Walk logged in the app", times=1),
    ),
    kickoff=(
        S("Do a 15-minute bodyweight workout today", 20, "First workout logged in the app"),
        S(
            "Write a 40-minute full-body routine of 5 exercises",
            45,
            "Routine with 5 exercises saved in notes",
        ),
    ),
    constraint="Workouts get dropped on busy or low-energy days",
    strategy="Make the workout slot fixed and the bad-day version tiny (10 minutes still counts)",
    attack=S(
        "Book next week's 3 workout slots in the calendar",
        15,
        "3 workout slots visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("workouts per week", 3, "workouts"),
        ("minutes of activity per week", 150, "minutes"),
    ),
    questions={
        "metric": (
            "What would prove you're fitter: a number of workouts, push-ups, a distance, "
            "a weight lifted?",
            "'Fit' has no finish line; a number gives the plan one.",
        ),
        "baseline": (
            "How often do you exercise now, and what's one number you can do today (push-ups, km)?",
            "The ladder starts from your real starting point.",
        ),
    },
)

WEIGHT = Playbook(
    key="weight",
    label="weight and health",
    pattern=r"\d\s?(?:kg|kgs|kilos?|lbs?)\b|\b(lose|losing|weight|kilos?|kg|lbs?|fat|waist|"
    r"slim|diet|belly|bmi|healthier|eat healthy|"
    r"sugar|blood pressure|cholesterol|nutrition|calories)\b",
    statement="Lose {target} of body weight on the weekly average",
    metric_name="weight lost (weekly average)",
    unit="kg",
    default_target=5,
    units=r"^(kg|lb)$",
    default_weeks=12,
    integer=False,
    weight=1.2,
    rungs=(
        Rung(
            "{v} down on the weekly average",
            0.25,
            (S("Plan 5 dinners for next week on one page", 45, "Page with 5 dinners saved"),),
        ),
        Rung(
            "{v} down on the weekly average",
            0.5,
            (
                S(
                    "Swap the afternoon snack for fruit or yoghurt",
                    20,
                    "Swap noted in the food log for 5 days",
                ),
            ),
        ),
        Rung(
            "{v} down on the weekly average",
            0.75,
            (
                S(
                    "Measure the waist at the navel",
                    15,
                    "Waist measurement logged next to the first one",
                ),
            ),
        ),
        Rung(
            "{v} down: goal weight reached",
            1.0,
            (
                S(
                    "Write a 1-page maintenance routine for the next 3 months",
                    45,
                    "Maintenance page saved",
                ),
            ),
        ),
    ),
    practice=(
        S("Walk briskly for 30 minutes", 35, "Walk logged in the app", times=3),
        S(
            "Log the day's weight and meals in the tracking app",
            10,
            "Weight and meals logged for the day",
            times=5,
        ),
    ),
    kickoff=(
        S("Clear sugary snacks out of the kitchen cupboards", 30, "Snack shelf empty; photo saved"),
        S("Weigh in to record the starting weight", 15, "Starting weight logged in the app"),
    ),
    constraint="Evening snacking undoes the day's good choices",
    strategy="Change the environment: no snacks in the house, dinners planned before the "
    "week starts",
    attack=S(
        "Write next week's meal plan with a shopping list",
        30,
        "Meal plan with 5 dinners saved",
        times=1,
        attacks=True,
    ),
    indicators=(("days with meals logged per week", 5, "days"), ("walks per week", 3, "walks")),
    questions={
        "metric": (
            "How many kilos (or pounds) do you want to lose, or what weight are you aiming for?",
            "0.5-1 kg a week is a sustainable pace; the number sets the deadline and the ladder.",
        ),
        "baseline": (
            "What do you weigh today?",
            "Progress is measured from today's weekly average.",
        ),
        "constraint": (
            "When does eating go off plan: evenings, eating out, stress, or not knowing "
            "what to cook?",
            "The plan attacks that moment every week.",
        ),
    },
)
