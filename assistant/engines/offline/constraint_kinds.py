"""Kinds of bottleneck people name, each with the moves a coach would make against it.

First match wins, so narrower kinds come first. ``attack`` is the weekly system change
(None: the playbook's own attack already fits, e.g. calendar blocks against lack of time);
``unblock`` are one-off moves for the first weeks. Templates may quote the person:
``{own}`` (their words), ``{trigger}`` (the moment a habit fires on), ``{who}`` (whom they wait on).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.playbooks import Step


@dataclass(frozen=True)
class Bottleneck:
    kind: str
    pattern: str
    strategy: str
    attack: Step | None
    unblock: tuple[Step, ...] = ()
    about: str = ""  # how people describe this obstacle, for matching by meaning


def _weekly(title: str, minutes: int, done_when: str) -> Step:
    return Step(title, minutes, done_when, times=1, attacks=True)


def _once(title: str, minutes: int, done_when: str) -> Step:
    return Step(title, minutes, done_when, attacks=True)


BOTTLENECKS: tuple[Bottleneck, ...] = (
    Bottleneck(
        "health",
        r"injur|\bpain|sick\b|illness|\bknees?\b|ankle|\bshins?\b|asthma|"
        r"\b(?:my|bad|lower) back\b|back (?:pain|hurts|problems?)|\b(?:it|knee|back|foot|feet) hurts?\b",
        "Protect the body first: recovery work every week, load only what it tolerates",
        _weekly("Do the 20-minute physio or mobility routine", 25, "Routine ticked in the log"),
        (
            _once(
                "Book a check with a doctor or physio",
                20,
                "Appointment booked; '{own}' on the list of questions",
            ),
        ),
    ),
    Bottleneck(
        "trigger",
        r"crav|urges?\b|trigger|\bwith (?:my |a )?(?:coffee|beer|wine|drinks?|friends|meals?)|"
        r"\bafter (?:dinner|meals?|lunch)\b|when i'?m (?:stressed|bored|drinking|tired)",
        "Break the link at the trigger: plan in advance what happens instead of {trigger}",
        _weekly(
            "Change 1 thing about {trigger} for next week: place, drink or timing",
            20,
            "Change tried; cravings at that moment logged",
        ),
        (
            _once(
                "Write a plan B for {trigger}: what you do instead", 20, "Plan B saved on the phone"
            ),
        ),
    ),
    Bottleneck(
        "screens",
        r"phone|screens?\b|social media|netflix|youtube|games|gaming|scroll|tiktok|instagram|"
        r"distract",
        "Take the phone out of the picture: it charges in another room and downtime is set",
        _weekly(
            "Set the phone's downtime hours for next week",
            15,
            "Downtime schedule saved on the phone",
        ),
        (
            _once(
                "Set up a phone charging spot outside the bedroom",
                20,
                "Charger plugged in outside the bedroom; photo saved",
            ),
        ),
    ),
    Bottleneck(
        "perfectionism",
        r"rewrit|re-writ|redo|polish|\bedit|perfect|tweak|start over",
        "Draft forward: no fixing during drafting time, fixes parked on a list for later",
        _weekly(
            "Park this week's fixes on a fix-later list instead of rewriting",
            15,
            "Fix-later list updated; draft moved forward",
        ),
    ),
    Bottleneck(
        "visibility",
        r"manager|boss|doesn'?t see|don'?t see|not noticed|noticed|invisible|visib|recogni|"
        r"credit for|overlooked",
        "Make the work visible: a written weekly update of wins and a regular 1:1 about results",
        _weekly(
            "Send your manager a 5-line update of the week's wins with numbers",
            20,
            "Update sent; copy saved in the evidence file",
        ),
        (
            _once(
                "Book a 1:1 with your manager about what a strong year looks like",
                30,
                "1:1 in the calendar; agreed bar written down afterwards",
            ),
        ),
    ),
    Bottleneck(
        "activation",
        r"activat|onboard|trial|set ?up flow|don'?t stick|drop[- ]?off|first use",
        "Fix activation before buying more traffic: find where trial users stall and change the "
        "setup flow",
        _weekly(
            "Fix 1 setup-flow step where trial users stall",
            60,
            "Fix live; activation rate before and after logged",
        ),
        (
            _once(
                "Email 10 trial users who did not activate to ask what stopped them",
                30,
                "10 emails sent; replies logged",
            ),
            _once(
                "Write down the activation event that predicts paying",
                30,
                "Activation definition saved with today's rate",
            ),
        ),
    ),
    Bottleneck(
        "churn",
        # churn is about customers leaving: "our drummer keeps cancelling" is not churn
        r"churn|(?:customers?|clients?|subscribers?|users?|members?|people)\b[^.]{0,30}"
        r"\b(?:cancel|leave|don'?t renew)|cancellations|retention",
        "Learn why customers leave from the customers who left, then fix the top reason",
        _weekly("Call 1 customer who cancelled this month", 30, "Call notes saved with the reason"),
        (_once("Add a 1-question exit survey to the cancel flow", 45, "Survey live on cancel"),),
    ),
    Bottleneck(
        "demand",
        r"demand|validat|nobody wants|no one (?:wants|buys)|audience|no (?:customers|buyers)|"
        r"market fit",
        "Test demand before building: waitlist sign-ups and pre-sales from real people every week",
        _weekly(
            "Ask 5 people in the audience to join the waitlist or pre-order",
            30,
            "5 asks sent; sign-ups logged",
        ),
        (
            _once(
                "Publish a waitlist page with the offer and a pre-order link",
                90,
                "Page live; link saved",
            ),
            _once("Survey 10 people in the audience about the problem", 30, "10 answers saved"),
        ),
    ),
    Bottleneck(
        "agreement",
        r"agree|disagree|argue|arguing|can'?t decide|different ideas",
        "Agree the numbers first: each person's priorities and one budget ceiling, in writing",
        _weekly(
            "Compare 2 quotes against the agreed budget ceiling",
            30,
            "Comparison saved in the shared budget sheet",
        ),
        (
            _once(
                "Write each person's top 3 priorities with a budget ceiling in 1 shared sheet",
                45,
                "Shared sheet saved; ceiling agreed",
            ),
        ),
    ),
    Bottleneck(
        "waiting",
        r"supervisor|advisor|adviser|reviewer|feedback|slowly|slow to (?:reply|respond|answer)|"
        r"waiting (?:for|on)|approval|sign[- ]off|"
        r"(?:landlord|contractor|insurer|insurance|bank|lawyer|agent|council|school|office)\b"
        r"[^.]{0,20}\b(?:slow|not answering|never answers|doesn'?t (?:answer|reply|respond)|ignor)",
        "Stop waiting on {who}: fixed meeting dates, small chunks sent early, work moves on "
        "meanwhile",
        _weekly(
            "Send {who} a 1-page progress note with 2 yes-or-no questions",
            20,
            "Note sent; reply date noted",
        ),
        (_once("Book a standing fortnightly meeting with {who}", 20, "Meeting series booked"),),
    ),
    Bottleneck(
        "experience",
        r"no (?:\w+ )?experience|experience gap|lack(?:ing)? (?:of )?experience|never done|"
        r"no background|no portfolio|underqualified|no degree",
        "Close the experience gap with proof: one small real project or case study a month",
        _weekly(
            "Work 60 minutes on a case study that shows the missing experience",
            60,
            "Case study draft updated in the portfolio",
        ),
        (
            _once(
                "List the 3 skills job ads ask for that the CV lacks",
                30,
                "3 gaps listed with 1 project idea each",
            ),
        ),
    ),
    Bottleneck(
        "spending",
        r"impulse|shopping|spend|amazon|takeaways?|eating out|buying|online orders",
        "Put friction between you and the purchase: no saved cards, a 48-hour wish list, fewer "
        "shop emails",
        _weekly(
            "Check the week's online shopping against the 48-hour wish list",
            15,
            "Wish list reviewed; purchases logged",
        ),
        (
            _once("Delete saved cards from 3 shopping sites", 20, "No card saved on 3 sites"),
            _once("Unsubscribe from 10 shop newsletters", 15, "10 unsubscribes confirmed"),
        ),
    ),
    Bottleneck(
        "ideas",
        r"what to (?:build|make|write|do|draw|post|record|say)|no ideas?|out of ideas|"
        r"which project",
        "Pick from real problems: collect candidates from your own week, choose one small enough "
        "to finish",
        _weekly(
            "Note 3 real problems from this week as project ideas",
            15,
            "3 ideas added to the project list",
        ),
        (_once("Write a 3-line spec for the first project on the list", 30, "Spec saved"),),
    ),
    Bottleneck(
        "knowledge",
        r"don'?t know|no idea|how to|skill|confus|stuck|technique|unclear|where to start|overwhelm",
        "Get unstuck by asking: one specific question to someone who knows, every week",
        _weekly(
            "Ask 1 expert a specific question about the blocker",
            30,
            "Question sent; answer saved in notes",
        ),
    ),
    Bottleneck(
        "motivation",
        r"motivat|lazy|procrastinat|discipline|consisten|give up|bored|forget|willpower|"
        r"habit|stick|start strong|quit after|fall off|fell off|fizzle|lose interest|"
        r"after (?:a|two|2|three|3) weeks",
        "Make it social and small: a partner who sees the plan, a 10-minute bad-day version",
        _weekly(
            "Send next week's plan to an accountability partner",
            15,
            "Message sent with next week's plan",
        ),
    ),
    Bottleneck(
        "money",
        r"money|budget|afford|expensive|cost|cash|broke|funds|bills?\b|breaks? down|"
        r"hours (?:got )?cut|pay cut|laid off|lost (?:my|the) job|"
        r"christmas|unexpected|emergenc|repairs?\b|paycheck",
        "Find the cheapest way to the next result before spending",
        _weekly(
            "Find 1 free or cheaper option for next week's work",
            30,
            "Option written in the plan",
        ),
    ),
    Bottleneck(
        "confidence",
        r"fear|afraid|scared|confiden|shy|anxious|anxiety|judg|embarrass|imposter",
        "Build evidence in small public steps instead of waiting to feel ready",
        _weekly("Share 1 small piece of progress with 1 person", 20, "Shared; reply saved"),
    ),
    Bottleneck(
        "energy",
        r"burn(?:t|ed)? ?out|burnout|exhaust|no energy|drained|worn out|wiped out|fatigue|"
        r"depress|low mood|overwhelmed by life",
        "Work with the energy you have: the hard part at your best hour, a 10-minute minimum on "
        "flat days, and one commitment dropped to make room",
        _weekly(
            "Book next week's sessions at your best-energy hour and drop 1 other commitment",
            20,
            "Sessions booked; the dropped commitment written down",
        ),
        (
            _once(
                "Write the 10-minute minimum version for flat days",
                15,
                "Minimum version written at the top of the plan",
            ),
        ),
        about="burnt out, exhausted, no energy left after work, drained, worn down, low mood",
    ),
    Bottleneck(
        "people",
        r"\b(?:husband|wife|partner|roommate|room-mate|flatmate|kids|family|boyfriend|girlfriend|"
        r"mum|mom|dad|in-?laws?|friends|coworkers?|colleagues?)\b[^.]{0,40}\b(?:won'?t|doesn'?t|"
        r"don'?t|refuses?|keeps?|always|never|vapes?|smokes?|drinks?|buys?|brings?)\b",
        "Bring the other person in: agree one shared rule together, and change the setting you "
        "share so it no longer pulls you back",
        _weekly(
            "Agree 1 shared rule for next week with the person involved",
            20,
            "Rule agreed and written where you both see it",
        ),
        (
            _once(
                "Talk to the person involved about the goal and what would help",
                30,
                "Talk held; 1 thing they will do noted",
            ),
        ),
        about="my partner or family or roommate does the opposite and pulls me back, won't help",
    ),
    Bottleneck(
        "time",
        r"time|busy|work|job|kids|child|family|schedule|late|hours|commute|shift|travel|tired",
        "Protect the time: sessions booked before the week starts, a 10-minute fallback for "
        "bad days",
        None,
        (
            _once(
                "Write the 10-minute fallback session for days when plans slip",
                15,
                "Fallback written at the top of the plan",
            ),
        ),
    ),
)
