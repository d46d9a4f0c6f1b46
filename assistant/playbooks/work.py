"""Business: startup revenue or customers, launches, operations."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

REVENUE = Playbook(
    key="revenue",
    label="startup revenue",
    pattern=r"\b(mrr|arr|revenue|sales|income|profit|startup|saas|business|clients?|customers?|freelanc\w*|"
    r"side hustle|shop|store|etsy|consulting|agency)\b",
    statement="Reach {target} in monthly recurring revenue",
    metric_name="monthly recurring revenue",
    unit="USD",
    default_target=5000,
    money=True,
    default_weeks=26,
    method="milestones_weekly_sprints",
    weight=1.2,
    rungs=(
        Rung(
            "{v} MRR from paying customers",
            0.25,
            (
                S("Write the ideal customer profile on 1 page", 45, "ICP page saved"),
                S(
                    "Rewrite the landing page headline around 1 use case",
                    60,
                    "New headline live on the page",
                ),
            ),
        ),
        Rung(
            "{v} MRR: halfway",
            0.5,
            (S("Interview 2 churned or lost prospects about why", 60, "2 call notes saved"),),
        ),
        Rung(
            "{v} MRR",
            0.75,
            (
                S(
                    "Raise the price for new customers by 1 tier",
                    30,
                    "New price live on the pricing page",
                ),
            ),
        ),
        Rung(
            "{v} MRR reached",
            1.0,
            (S("Ask 3 happy customers for a referral", 30, "3 referral requests sent"),),
        ),
    ),
    practice=(
        S("Send 15 personalised outreach messages", 60, "15 messages logged in the CRM", times=2),
        S("Run 1 sales demo with a qualified lead", 45, "Demo notes saved in the CRM", times=1),
    ),
    kickoff=(
        S("List 30 target accounts in the CRM", 45, "30 accounts in the CRM"),
        S("Set up CRM stages from lead to paid", 30, "5 stages visible in the CRM"),
    ),
    constraint="Too few qualified demos reach the pipeline",
    strategy="Fix the top of the funnel first: one sharp offer to one customer profile",
    attack=S(
        "Change 1 step of the funnel with the lowest conversion",
        60,
        "Change live; before-number logged",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("demos booked per week", 3, "demos"),
        ("outreach messages per week", 30, "messages"),
    ),
    questions={
        "baseline": (
            "What's your revenue (or number of paying customers) today?",
            "The ladder runs from today's number to the target.",
        ),
        "constraint": (
            "Where do deals stall: not enough leads, demos that don't convert, or churn?",
            "The plan changes that step of the funnel every week.",
        ),
    },
)

CUSTOMERS = Playbook(
    key="customers",
    label="startup customers",
    pattern=r"\b(customers|users|clients|subscribers|members|signups|sign-ups|downloads|followers|students)\b",
    statement="Sign {target}",
    metric_name="paying customers",
    unit="customers",
    default_target=50,
    units=r"^(paying customers|customers|users|clients|subscribers|members|signups|"
    r"sign-ups|downloads|"
    r"followers|students|active users|paying users)$",
    default_weeks=16,
    method="milestones_weekly_sprints",
    weight=1.35,
    rungs=(
        Rung(
            "{v} signed",
            0.25,
            (S("Write the ideal customer profile on 1 page", 45, "ICP page saved"),),
        ),
        Rung(
            "{v} signed: halfway",
            0.5,
            (S("Interview 3 new users about why they signed up", 60, "3 call notes saved"),),
        ),
        Rung(
            "{v} signed",
            0.75,
            (
                S(
                    "Fix the biggest drop-off step in onboarding",
                    90,
                    "Fix live; drop-off number logged",
                ),
            ),
        ),
        Rung(
            "{v} signed: target reached",
            1.0,
            (S("Ask 5 happy users for a referral", 30, "5 referral requests sent"),),
        ),
    ),
    practice=(
        S("Send 15 personalised invitations to target users", 60, "15 invitations logged", times=2),
        S("Post 1 useful piece in a community of target users", 40, "Post link saved", times=1),
    ),
    kickoff=(
        S("Message 10 people who fit the target profile today", 30, "10 messages sent"),
        S("Set up a sign-up counter on a dashboard", 30, "Dashboard shows today's count"),
    ),
    constraint="People sign up but do not activate, so growth leaks",
    strategy="Fix onboarding before buying more traffic",
    attack=S(
        "Watch 2 new users onboard to find the next drop-off",
        45,
        "2 session notes saved",
        times=1,
        attacks=True,
    ),
    indicators=(("new sign-ups per week", 10, "sign-ups"), ("activation rate", 40, "%")),
)

LAUNCH = Playbook(
    key="launch",
    label="product or course launch",
    pattern=r"\b(launch|launching|course|product|app|mvp|beta|waitlist|ebook|e-book|template|plugin|"
    r"saas|side project|etsy|shopify|online shop)\b",
    statement="Launch {subject} with {target}",
    metric_name="paying customers at launch",
    unit="paying customers",
    default_target=20,
    units=r"^(paying customers|paying students|customers|sales|students|buyers|copies|"
    r"pre-orders|preorders|users)$",
    subjects=r"\b(?:launch|release|ship|open|start)\s((?:my|our|the|an?)\s[a-z-]+(?:\s[a-z-]+){0,2})",
    default_subject="the product",
    default_weeks=12,
    method="experiment_roadmap",
    weight=1.3,
    rungs=(
        Rung(
            "Demand for {subject} validated: 10 target buyers interviewed",
            0.25,
            (
                S("Write a 7-question interview script", 40, "Script saved"),
                S("Run 3 customer interviews", 90, "3 interview notes saved"),
            ),
            metric="buyer interviews",
            unit="interviews",
            value=10,
        ),
        Rung(
            "Waitlist of 50 people for {subject}",
            0.5,
            (S("Publish a 1-page waitlist page with the offer", 90, "Page live; link saved"),),
            metric="waitlist sign-ups",
            unit="sign-ups",
            value=50,
        ),
        Rung(
            "Beta of {subject} used by 5 testers",
            0.75,
            (
                S("Ship the smallest usable version to 5 testers", 120, "5 testers have access"),
                S("Collect feedback from 5 beta testers", 60, "5 feedback notes saved"),
            ),
            metric="beta testers",
            unit="testers",
            value=5,
        ),
        Rung(
            "{subject} launched: {target}",
            1.0,
            (
                S("Email the waitlist with the launch offer", 45, "Launch email sent"),
                S(
                    "Open the checkout to the public",
                    30,
                    "Checkout live; first order logged",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Build the next piece of the product for 90 minutes",
            90,
            "Piece committed or saved",
            times=1,
        ),
        S("Post 1 behind-the-scenes update to the audience", 30, "Post link saved", times=1),
    ),
    kickoff=(
        S("Message 10 potential buyers to ask about the problem", 30, "10 messages sent"),
        S(
            "Write the offer in 3 sentences: who, problem, promise",
            30,
            "Offer saved in the launch doc",
        ),
    ),
    constraint="No validated audience demand yet",
    strategy="Test demand with real people every week before building more",
    attack=S(
        "Run 1 demand test: a pre-sale, a waitlist ask or an interview",
        45,
        "Result logged with numbers",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("waitlist sign-ups per week", 10, "sign-ups"),
        ("buyer conversations per week", 3, "calls"),
    ),
    questions={
        "metric": (
            "What does a successful launch look like in numbers: sales, sign-ups, students?",
            "A launch without a number is a date, not an outcome.",
        ),
        "constraint": (
            "Do you already have people who want this, or is demand still a guess?",
            "If demand is a guess, the plan tests it before building more.",
        ),
    },
)

OPERATIONS = Playbook(
    key="operations",
    label="operations improvement",
    pattern=r"\b(reduce|cut|lower|decrease|shorten|halve|churn|tickets|backlog|response "
    r"time|cycle time|"
    r"lead time|onboarding time|defects|bugs|errors|downtime|process|processes|bottleneck|"
    r"costs?)\b",
    statement="Cut {subject} by {target}",
    metric_name="reduction",
    unit="%",
    default_target=30,
    units=r"^(%)$",
    subjects=r"\b(?:reduce|cut|lower|decrease|shorten|halve)\s(?:our|the|my)?\s?([a-z]+(?: "
    r"[a-z]+)?)",
    default_subject="the bottleneck",
    default_weeks=12,
    method="process_audit_bottleneck",
    weight=0.9,
    rungs=(
        Rung(
            "{subject} mapped: every step timed",
            0.25,
            (
                S("Map the current process as 1 flowchart", 60, "Flowchart saved"),
                S("Time each step on 5 real cases", 60, "Step times logged in a sheet"),
            ),
            metric="process steps timed",
            unit="steps",
            value=5,
        ),
        Rung(
            "{subject} down {v}",
            0.5,
            (S("Remove 1 step that adds no value", 60, "Step removed; change logged"),),
        ),
        Rung(
            "{subject} down {v}",
            0.75,
            (S("Automate 1 manual hand-off", 90, "Automation live; test case passed"),),
        ),
        Rung(
            "{subject} down {v}: target met",
            1.0,
            (S("Write the new process on 1 page", 45, "Process page shared with the team"),),
        ),
    ),
    practice=(
        S(
            "Review 10 cases for the biggest delay",
            45,
            "Delay causes tallied in the sheet",
            times=1,
        ),
    ),
    kickoff=(
        S("Pull last month's numbers into 1 sheet", 40, "Baseline number saved in the sheet"),
    ),
    constraint="Work waits in queues between hand-offs",
    strategy="Find the slowest step each week and change it, not the people",
    attack=S(
        "Change the slowest step found this week",
        60,
        "Change live; before and after logged",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("cases measured per week", 10, "cases"),
        ("changes shipped per week", 1, "changes"),
    ),
)
