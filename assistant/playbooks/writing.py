"""Writing: books and theses measured in words, blogs and newsletters measured in posts."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Preset, Rung
from assistant.playbooks.base import Step as S

_READ_BACK = S(
    "Read back the last 5,000 words in one sitting",
    60,
    "Margin notes saved on the printout or doc",
    at_end=True,
)

BOOK = Playbook(
    key="book",
    label="writing a book or thesis",
    pattern=r"\b(book|novel|memoir|thesis|dissertation|manuscript|chapters?|words|screenplay|novella|"
    # "write a will" or "write my CV" is a short document, not a manuscript
    r"(?:write|writing|draft)(?! (?:(?:a|an|my|our|the) )?(?:will|letter|cv|resume|speech|eulogy|"
    r"toast|policy|email|cover letter)\b))\b",
    statement="Write {target} of {subject}",
    metric_name="words drafted",
    unit="words",
    default_target=50000,
    units=r"^(words|pages|chapters)$",
    presets=(
        Preset(r"\b(thesis|dissertation)\b", 20000, "words", "the thesis", 26),
        Preset(r"\bmemoir\b", 50000, "words", "the memoir", 30),
        Preset(r"\bscreenplay\b", 110, "pages", "the screenplay", 16),
        Preset(r"\bnovella\b", 25000, "words", "the novella", 20),
        Preset(r"\bnovel\b", 60000, "words", "the novel", 30),
        Preset(r"\bbook\b", 50000, "words", "the book", 30),
    ),
    default_subject="the manuscript",
    default_weeks=26,
    rungs=(
        Rung(
            "{v} of {subject} drafted",
            0.25,
            (
                S(
                    "Outline the next 3 chapters as 5 bullet points each",
                    60,
                    "Outline of 3 chapters saved in the doc",
                ),
                _READ_BACK,
            ),
        ),
        Rung(
            "{v} of {subject} drafted: halfway",
            0.5,
            (
                S(
                    "Send 1 chapter to a trusted reader for feedback",
                    30,
                    "Chapter sent; reply date agreed",
                ),
                _READ_BACK,
            ),
        ),
        Rung(
            "{v} of {subject} drafted",
            0.75,
            (
                S(
                    "List every open plot or argument thread on one page",
                    45,
                    "Page of open threads saved",
                ),
                _READ_BACK,
            ),
        ),
        Rung(
            "Full first draft of {subject} finished ({target})",
            1.0,
            (
                S(
                    "Write the final scene or conclusion",
                    90,
                    "Final section saved in the manuscript",
                ),
                S(
                    "Back up the manuscript to 2 places",
                    20,
                    "Draft saved in 2 locations",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Write 500 new words before checking messages",
            50,
            "Word count logged in the tracker",
            times=4,
        ),
    ),
    kickoff=(
        S("Write 250 words of the next section today", 25, "250 words saved in the manuscript doc"),
        S(
            "Set up a word-count tracker with the target and deadline",
            30,
            "Tracker saved with today's count",
        ),
    ),
    constraint="Writing sessions lose to everything that feels more urgent",
    strategy="Write first, before messages, in a fixed slot, and keep editing out of drafting time",
    attack=S(
        "Block next week's 4 writing slots in the calendar",
        15,
        "4 writing slots visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("words written per week", 2000, "words"),
        ("writing sessions per week", 4, "sessions"),
    ),
    questions={
        "metric": (
            "How long will it be when it's done: a word count, or a number of chapters?",
            "The word count sets the milestones: a quarter, half, three-quarters, done.",
        ),
        "baseline": (
            "How many words (or chapters) do you already have?",
            "Existing words count; the ladder starts from them.",
        ),
        "constraint": (
            "What stops you writing: no time, a blank page, or rewriting the same chapter?",
            "Each week includes one task aimed at exactly that.",
        ),
    },
)

BLOG = Playbook(
    key="blog",
    label="blog, newsletter or articles",
    pattern=r"\b(blog|posts?|articles?|newsletter|essays?|substack|medium|issues|publish\w*)\b|"
    r"\bweekly(?= (?:newsletter|posts?|issues?|essays?)\b)",
    statement="Publish {target} on {subject}",
    metric_name="posts published",
    unit="posts",
    default_target=12,
    units=r"^(posts|blog posts|articles|essays|issues|newsletters)$",
    presets=(Preset(r"\bnewsletter\b", 12, "issues", "the newsletter", 12),),
    default_subject="the blog",
    default_weeks=12,
    rungs=(
        Rung(
            "{v} live on {subject}",
            0.25,
            (
                S(
                    "List 12 post ideas ranked by reader interest",
                    40,
                    "Ranked list of 12 ideas saved",
                ),
            ),
        ),
        Rung(
            "{v} live on {subject}",
            0.5,
            (
                S(
                    "Share the best post in 2 communities where readers hang out",
                    30,
                    "2 share links saved",
                ),
            ),
        ),
        Rung(
            "{v} live on {subject}",
            0.75,
            (S("Ask 3 readers which post helped most", 30, "3 replies saved in notes"),),
        ),
        Rung(
            "{v} live: the full series",
            1.0,
            (
                S(
                    "Write a round-up post linking every post so far",
                    60,
                    "Round-up post published",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Draft 1 post from the ideas list", 90, "Draft saved in the editor", times=1),
        S("Publish the week's edited draft", 45, "Post live with a link saved", times=1),
    ),
    kickoff=(
        S("Publish a short 300-word post this week", 45, "Post live; link saved"),
        S(
            "Pick a fixed publishing day for the series",
            15,
            "Publishing day written in the calendar",
        ),
    ),
    constraint="Drafts pile up unpublished while they feel not good enough",
    strategy="Ship on a fixed day with a 'good enough' checklist instead of waiting for perfect",
    attack=S(
        "Check the week's draft against the 5-point publish checklist",
        20,
        "Checklist ticked for the draft",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("drafts finished per week", 1, "drafts"),
        ("subscribers gained", 10, "subscribers"),
    ),
)
