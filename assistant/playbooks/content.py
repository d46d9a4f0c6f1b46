"""Shows made in episodes: podcasts, video channels; measured in episodes published."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

PODCAST = Playbook(
    key="podcast",
    label="podcast or video show",
    pattern=r"\b(podcasts?|episodes?|youtube|channel|vlogs?|videos|show)\b",
    statement="Publish {target} of {subject}",
    metric_name="episodes published",
    unit="episodes",
    default_target=10,
    units=r"^(episodes|videos)$",
    subjects=r"\b((?:a|an|my|our|the)\s(?:[a-z]+\s)?"
    r"(?:podcast|youtube channel|channel|vlog|show))\b",
    default_subject="the show",
    default_weeks=16,
    weight=1.5,
    rungs=(
        Rung(
            "{v} of {subject} published",
            0.25,
            (
                S(
                    "Write the show's 1-line promise for 1 target listener",
                    30,
                    "Promise saved in the show doc",
                ),
                S(
                    "Submit the feed to Apple Podcasts or YouTube",
                    45,
                    "Show listed; link saved",
                ),
            ),
        ),
        Rung(
            "{v} of {subject} published: halfway",
            0.5,
            (S("Ask 5 listeners what to cover next", 20, "5 replies saved"),),
        ),
        Rung(
            "{v} of {subject} published",
            0.75,
            (S("Invite 3 guests for the last episodes", 30, "3 invitations sent"),),
        ),
        Rung(
            "{v} of {subject} published: the full season",
            1.0,
            (
                S(
                    "Share the best episode in 2 communities of listeners",
                    30,
                    "2 share links saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Outline the next episode in 5 talking points", 30, "Outline saved", times=1),
        S("Record 1 episode in one take", 60, "Raw audio saved", times=1),
        S("Edit the recorded episode with a 1-hour cap", 60, "Edited file exported", times=1),
        S("Publish the episode with show notes", 30, "Episode live; link saved", times=1),
    ),
    kickoff=(
        S("Record a 5-minute test clip with the microphone you have", 20, "Clip saved"),
        S("List 12 episode ideas or guests", 30, "12 ideas saved in the show doc"),
    ),
    constraint="Episodes stall in editing because each one has to sound perfect",
    strategy="A fixed weekly recording slot, a 1-hour edit cap, publish on a fixed day",
    attack=S(
        "Book next week's recording slot in the calendar",
        15,
        "Recording slot visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("episodes published per week", 1, "episodes"),
        ("downloads per episode", 50, "downloads"),
    ),
    questions={
        "metric": (
            "How many episodes make the first season?",
            "Episodes published is the number that moves; the ladder counts them.",
        ),
    },
)
