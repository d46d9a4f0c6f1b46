"""Writes evals/cases.jsonl: the eval cases as data (kept in Python only for readability of edits).

Each case: id, domain, goal, persona answers to the usual questions, and must-haves. A
must-have is a check any good plan satisfies, judged without an LLM:
  {"what": "milestone"|"task"|"plan", "any": [words...], "why": "..."}
matches when some milestone title/metric (or task title/done-when, or any plan text) contains one
of the words (case-insensitive, word-prefix match).
"""

from __future__ import annotations

import json
from pathlib import Path


def m(*words: str, why: str) -> dict:
    return {"what": "milestone", "any": list(words), "why": why}


def t(*words: str, why: str) -> dict:
    return {"what": "task", "any": list(words), "why": why}


CASES = [
    # --- running / fitness
    (
        "run-half",
        "fitness",
        "Run a half marathon",
        {
            "deadline": "by 4 October 2027",
            "capacity": "4 hours a week",
            "baseline": "I can run 5 km",
            "constraint": "I skip runs when work runs late",
        },
        [
            m("10 km", "10k", "16 km", why="a 10 km-ish milestone before the half"),
            t("run", why="running sessions"),
            t(
                "calendar",
                "block",
                "slot",
                "morning",
                "schedule",
                why="attacks the skipped-runs constraint",
            ),
        ],
    ),
    (
        "run-5k",
        "fitness",
        "couch to 5k by spring",
        {"capacity": "3 hours a week"},
        [m("5 km", "5k", why="the 5 km result"), t("run", "walk", why="run/walk sessions")],
    ),
    (
        "fit-pushups",
        "fitness",
        "I want to be able to do 50 push-ups in a row by summer",
        {"baseline": "I can do 12", "capacity": "20 minutes a day"},
        [m("push", why="push-up milestones on a ladder"), t("push", why="practice sessions")],
    ),
    (
        "fit-vague",
        "fitness",
        "get fit",
        {},
        [
            m(
                "km",
                "minutes",
                "workouts",
                "sessions",
                "push",
                "run",
                why="a measurable fitness result",
            ),
            t("workout", "run", "walk", "train", "session", why="regular training"),
        ],
    ),
    # --- weight / health
    (
        "weight-10kg",
        "health",
        "lose 10 kg before my wedding in June",
        {"capacity": "5 hours a week", "baseline": "92 kg", "constraint": "late-night snacking"},
        [
            m("kg", why="weight milestones"),
            t("weigh", "log", "track", why="weekly weigh-in or food log"),
            t("snack", "evening", "night", "kitchen", why="attacks snacking"),
        ],
    ),
    (
        "sleep",
        "health",
        "sleep 7 hours a night by March",
        {"constraint": "phone in bed"},
        [
            m("7 h", "7 hours", "night", "sleep", why="sleep-duration milestones"),
            t("phone", "screen", "charge", why="attacks the phone constraint"),
        ],
    ),
    (
        "health-bp",
        "health",
        "get my blood pressure under 130/85 in 4 months",
        {"capacity": "4 hours a week"},
        [
            m("blood pressure", "mmhg", "bp", "130", why="blood-pressure milestones"),
            t("measure", "log", "track", "walk", why="measurement or exercise"),
        ],
    ),
    # --- writing
    (
        "novel",
        "writing",
        "Write a book",
        {
            "metric": "a 60,000 word first draft of my novel",
            "deadline": "in 9 months",
            "capacity": "6 hours a week",
            "constraint": "I keep rewriting the first chapter",
        },
        [
            m("words", why="word-count milestones"),
            t("write", "draft", why="writing sessions"),
            t("rewrit", "edit", "forward", "chapter", why="attacks the rewriting loop"),
        ],
    ),
    (
        "blog",
        "writing",
        "start a blog and publish weekly",
        {"deadline": "by end of March", "capacity": "3 hours a week"},
        [
            m("post", why="published-posts milestones"),
            t("publish", "post", "draft", why="writing and publishing"),
        ],
    ),
    (
        "thesis",
        "writing",
        "finish my master's thesis by 15 June 2027",
        {"capacity": "15 hours a week", "constraint": "my supervisor answers slowly"},
        [
            m("chapter", "draft", "words", "submit", why="chapter or draft milestones"),
            t("supervisor", "meeting", "feedback", "email", why="attacks supervisor latency"),
        ],
    ),
    # --- language learning
    (
        "spanish",
        "language",
        "learn spanish",
        {
            "metric": "hold a 15 minute conversation",
            "deadline": "in 6 months",
            "capacity": "30 minutes a day",
        },
        [
            m("conversation", "minute", "words", "a2", "b1", why="a conversational milestone"),
            t(
                "speak",
                "conversation",
                "tutor",
                "practice",
                "words",
                "lesson",
                why="speaking or vocabulary practice",
            ),
        ],
    ),
    (
        "japanese-jlpt",
        "language",
        "Pass JLPT N4 in December 2027",
        {"capacity": "5 hours a week"},
        [
            m(
                "kanji",
                "vocab",
                "words",
                "mock",
                "practice test",
                "n5",
                "n4",
                why="vocabulary or mock-test milestones",
            ),
            t("kanji", "flashcard", "anki", "vocab", "grammar", "mock", why="study sessions"),
        ],
    ),
    (
        "english-words",
        "language",
        "Learn 10 new English words every week for 3 months",
        {},
        [
            m("words", why="word-count ladder"),
            t("words", "flashcard", "review", why="vocabulary sessions"),
        ],
    ),
    # --- skills
    (
        "guitar",
        "skill",
        "learn to play guitar",
        {
            "metric": "play 5 songs all the way through",
            "deadline": "by September",
            "capacity": "20 minutes a day",
        },
        [
            m("song", why="songs-played milestones"),
            t("practi", "chord", "song", why="practice sessions"),
        ],
    ),
    (
        "coding",
        "skill",
        "learn python to automate my job",
        {
            "deadline": "in 4 months",
            "capacity": "4 hours a week",
            "constraint": "I don't know what to build",
        },
        [
            m("script", "project", "automat", "program", why="a built automation or project"),
            t("script", "exercise", "code", "build", "write", why="coding sessions"),
        ],
    ),
    (
        "drawing",
        "skill",
        "get better at drawing portraits",
        {"capacity": "3 hours a week", "deadline": "in 3 months"},
        [
            m("portrait", "drawing", "sketch", why="portrait/drawing-count milestones"),
            t("draw", "sketch", why="drawing sessions"),
        ],
    ),
    # --- study / exam
    (
        "aws-exam",
        "study",
        "Pass the AWS Solutions Architect Associate exam by March",
        {"capacity": "6 hours a week", "baseline": "I use EC2 at work"},
        [
            m("practice", "exam", "score", "%", "mock", why="practice-exam score milestones"),
            t("practice", "mock", "quiz", "lesson", "study", "module", why="study sessions"),
        ],
    ),
    (
        "gmat",
        "study",
        "score 700 on the GMAT",
        {"deadline": "in 5 months", "capacity": "8 hours a week"},
        [
            m("700", "score", "practice", "mock", why="score milestones"),
            t("practice", "mock", "quant", "verbal", "question", why="practice sessions"),
        ],
    ),
    (
        "driving",
        "study",
        "Get my driving licence before my wedding in June",
        {"capacity": "3 hours a week"},
        [
            m("theory", "lesson", "test", "licen", why="theory/practical milestones"),
            t("lesson", "theory", "book", "drive", why="lessons or theory practice"),
        ],
    ),
    # --- job search / career
    (
        "job-pm",
        "career",
        "land a product manager job",
        {
            "deadline": "by 1 May",
            "capacity": "10 hours a week",
            "constraint": "no PM experience on my CV",
        },
        [
            m("interview", "application", "offer", why="pipeline milestones"),
            t(
                "apply",
                "application",
                "reach out",
                "message",
                "contact",
                "network",
                why="pipeline activity",
            ),
            t(
                "case",
                "portfolio",
                "project",
                "cv",
                "resume",
                "experience",
                why="attacks the experience gap",
            ),
        ],
    ),
    (
        "career-switch",
        "career",
        "switch careers from teaching to UX design in a year",
        {"capacity": "8 hours a week"},
        [
            m(
                "portfolio",
                "case stud",
                "interview",
                "offer",
                "project",
                why="portfolio or job milestones",
            ),
            t("case stud", "portfolio", "course", "design", why="portfolio building"),
        ],
    ),
    (
        "raise",
        "career",
        "get a 10% raise at my next review in March",
        {"constraint": "my manager doesn't see my work"},
        [
            m("%", "raise", "review", "evidence", "win", why="raise or evidence milestones"),
            t("manager", "1:1", "update", "share", "document", why="attacks visibility"),
        ],
    ),
    # --- startup revenue / customers
    (
        "mrr-20k",
        "startup",
        "Reach $20,000 MRR in 6 months",
        {
            "baseline": "$4,000 MRR",
            "capacity": "40 hours a week",
            "constraint": "low activation of trial users",
            "owners": "Maya, Tom",
        },
        [
            m("mrr", "$", "customers", why="revenue ladder"),
            t("onboard", "activation", "setup", "trial", why="attacks activation"),
            t("demo", "outreach", "call", "email", why="pipeline work"),
        ],
    ),
    (
        "demo-requests",
        "startup",
        "Generate 300 qualified demo requests per month by Q4",
        {"capacity": "20 hours a week", "owners": "Lena, Omar, Priya"},
        [
            m("demo", "request", why="demo-request ladder"),
            t(
                "landing",
                "ad",
                "content",
                "outbound",
                "campaign",
                "post",
                "email",
                why="demand-generation tasks",
            ),
        ],
    ),
    (
        "first-customers",
        "startup",
        "get our first 10 paying customers for the bakery app",
        {"deadline": "in 3 months", "capacity": "15 hours a week", "owners": "Zoë, Łukasz"},
        [
            m("customer", "paying", why="customer-count ladder"),
            t("bakeries", "bakery", "demo", "call", "visit", "pitch", why="talking to bakeries"),
        ],
    ),
    (
        "saas-churn",
        "startup",
        "reduce churn below 5% by end of Q2",
        {"baseline": "churn is 9%", "capacity": "10 hours a week"},
        [
            m("churn", "%", why="churn ladder"),
            t(
                "interview",
                "cancel",
                "exit",
                "survey",
                "onboard",
                "call",
                why="understanding why users leave",
            ),
        ],
    ),
    # --- launch
    (
        "course-launch",
        "launch",
        "launch an online course on watercolor by September",
        {
            "metric": "50 paying students",
            "capacity": "6 hours a week",
            "constraint": "no validated audience demand",
        },
        [
            m("student", "waitlist", "pre-sale", "signup", why="demand milestones"),
            t(
                "waitlist",
                "survey",
                "interview",
                "pre-sell",
                "landing",
                "post",
                why="attacks unvalidated demand",
            ),
        ],
    ),
    (
        "app-launch",
        "launch",
        "ship our mobile app to the App Store",
        {"deadline": "by 1 March", "owners": "Nguyễn, Sara", "capacity": "30 hours a week"},
        [
            m("beta", "test", "store", "release", "submit", why="beta or release milestones"),
            t("test", "fix", "submit", "build", "review", why="shipping work"),
        ],
    ),
    (
        "podcast",
        "launch",
        "launch a podcast with 10 episodes this year",
        {"capacity": "4 hours a week"},
        [
            m("episode", why="episode ladder"),
            t("record", "edit", "publish", "guest", why="production tasks"),
        ],
    ),
    # --- money
    (
        "save-5k",
        "money",
        "save 5000 euros for a house deposit",
        {
            "deadline": "by December 2027",
            "capacity": "1 hour a week",
            "constraint": "impulse online shopping",
        },
        [
            m("€", "eur", "saved", why="savings ladder"),
            t("transfer", "budget", "automat", "standing order", why="saving mechanics"),
            t(
                "shopping",
                "unsubscribe",
                "cart",
                "impulse",
                "delete",
                "card",
                why="attacks impulse buying",
            ),
        ],
    ),
    (
        "debt",
        "money",
        "pay off my £3,200 credit card in six months",
        {"capacity": "1 hour a week"},
        [
            m("£", "gbp", "paid", "balance", why="balance ladder"),
            t("payment", "budget", "pay", why="payments"),
        ],
    ),
    (
        "emergency-fund",
        "money",
        "build an emergency fund",
        {"metric": "3 months of expenses, about $9,000", "deadline": "in 12 months"},
        [
            m("$", "usd", "saved", why="savings ladder"),
            t("transfer", "budget", "automat", why="saving mechanics"),
        ],
    ),
    # --- habits
    (
        "quit-smoking",
        "habit",
        "quit smoking",
        {"deadline": "by my birthday on 3 May", "constraint": "smoking with coffee in the morning"},
        [
            m("cigarette", "smoke", "day", why="cigarettes-per-day ladder or smoke-free days"),
            t("coffee", "morning", "trigger", why="attacks the coffee trigger"),
        ],
    ),
    (
        "meditate",
        "habit",
        "meditate every day",
        {"capacity": "15 minutes a day", "deadline": "for 3 months"},
        [
            m("day", "streak", "session", why="streak milestones"),
            t("meditat", why="meditation sessions"),
        ],
    ),
    (
        "read-books",
        "habit",
        "Read 24 books in 2027",
        {"capacity": "30 minutes a day"},
        [m("book", why="books-read ladder"), t("read", why="reading sessions")],
    ),
    # --- home / DIY
    (
        "kitchen",
        "home",
        "renovate the kitchen",
        {
            "deadline": "by end of August",
            "capacity": "8 hours a week",
            "owners": "Aisha, Ben",
            "constraint": "we can't agree on a budget",
        },
        [
            m(
                "budget",
                "quote",
                "cabinet",
                "install",
                "design",
                why="budget/quote/install milestones",
            ),
            t("budget", "quote", "price", why="attacks budget disagreement"),
        ],
    ),
    (
        "garden",
        "home",
        "build raised garden beds before spring",
        {"capacity": "4 hours a week"},
        [
            m("bed", why="beds built"),
            t("buy", "measure", "build", "wood", "soil", why="building tasks"),
        ],
    ),
    (
        "declutter",
        "home",
        "declutter the whole apartment",
        {"deadline": "in 8 weeks", "capacity": "3 hours a week"},
        [
            m("room", "bag", "item", "closet", why="room-by-room or items ladder"),
            t("sort", "donate", "bag", "clear", "box", why="decluttering sessions"),
        ],
    ),
    # --- events
    (
        "wedding",
        "event",
        "organise our wedding for 80 guests",
        {"deadline": "by 12 September 2027", "owners": "Ines, Karl", "capacity": "5 hours a week"},
        [
            m(
                "venue",
                "guest",
                "vendor",
                "invitation",
                "book",
                why="venue/guests/vendors milestones",
            ),
            t("venue", "caterer", "invit", "book", "quote", why="booking tasks"),
        ],
    ),
    (
        "meetup",
        "event",
        "run a local tech meetup with 40 attendees",
        {"deadline": "in 10 weeks", "capacity": "3 hours a week"},
        [
            m("attendee", "rsvp", "speaker", "venue", why="attendance/speaker milestones"),
            t("speaker", "venue", "post", "invite", why="organising tasks"),
        ],
    ),
    # --- team / OKR / ops and generic
    (
        "support-backlog",
        "ops",
        "our support team should cut first response time to under 4 hours by Q2",
        {"owners": "Dana, Eli, Fatima", "capacity": "10 hours a week", "baseline": "18 hours"},
        [
            m("hour", "response", why="response-time ladder"),
            t(
                "macro",
                "triage",
                "template",
                "rota",
                "queue",
                "faq",
                "audit",
                why="process changes",
            ),
        ],
    ),
    (
        "generic-vague",
        "generic",
        "be more organised",
        {},
        [
            m(
                "%",
                "days",
                "week",
                "inbox",
                "done",
                "review",
                why="a measurable organisation result",
            ),
            t("list", "review", "calendar", "inbox", "plan", why="organising tasks"),
        ],
    ),
    (
        "generic-typo",
        "generic",
        "finsh my potery portfolio for the art fair",
        {"deadline": "in 2 months", "capacity": "5 hours a week"},
        [
            m("piece", "pieces", "portfolio", "pot", why="portfolio-piece milestones"),
            t("photo", "throw", "glaze", "make", "piece", "fire", why="making work"),
        ],
    ),
    (
        "volunteer",
        "generic",
        "volunteer 100 hours this year at the food bank",
        {"capacity": "3 hours a week"},
        [m("hour", why="hours ladder"), t("shift", "sign", "volunteer", why="volunteer shifts")],
    ),
    (
        "civic-crosswalk",
        "generic",
        "get the council to put a crosswalk outside the primary school, 5 of us parents are on it",
        {"deadline": "before september", "baseline": "30 signatures so far"},
        [
            m("signature", why="support that can be counted"),
            t("council", "hearing", "clerk", why="the decision-maker met and the hearing attended"),
        ],
    ),
    (
        "team-tool-move",
        "generic",
        "me, Ana and Luis need to move the weekly sales reports from Excel into Power BI by June",
        {"capacity": "3 hours a week each"},
        [
            m("moved", why="items moved and checked"),
            t("side by side", "read-only", why="old and new compared, then the old switched off"),
        ],
    ),
    (
        "charity-run",
        "generic",
        "host a charity fun run in the park next autumn to raise $2,500 for the animal rescue",
        {"capacity": "4 hours a week"},
        [
            m("raised", why="the money the event raises"),
            t("permit", "volunteer", "registration", why="the event's logistics"),
        ],
    ),
]


def main() -> None:
    out = Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for case_id, domain, goal, answers, must in CASES:
            fh.write(
                json.dumps(
                    {
                        "id": case_id,
                        "domain": domain,
                        "goal": goal,
                        "answers": answers,
                        "must": must,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
