"""How many plans attack the person's stated obstacle with boilerplate, feed it, or fall back.

Every goal of the judging rounds (3 on) that came with a stated constraint is planned offline
with the persona's answers; each plan's attack is checked by
``obstacle_checks.plan_attack_problems``, and what coaches caught besides: a part of a two-part
obstacle no attack names (``half``), an attack rarer than the obstacle ("each weeknight" beers
met once a week, ``slow``), moves from another field or tradition (dhuhr for a Catholic,
``foreign``), a kind's moves from a family of fields not the goal's (a payday pot for a tight
calf, an office call script for calling one's mum, warm layers for painting a bedroom on dark
evenings, ``family``), a kind set off by one keyword
of another meaning (a sore spot for a "GP surgery", ``keyword``), a pot beside the goal or for
a scam (``pot``); plans whose obstacle no known kind fits (``obstacle_checks.fell_to_fallback``) are
counted, and each obstacle named (each part of a longer answer) that no attacking task names
a word of (``unattacked``). Goals whose text names the obstacle ("cutting the beer would be half the battle") are
planned without answers too: the plan's constraint must be that one (``goal_named``). Run:
``python -m evals.obstacle_attacks [-v] [--round NAME] [ROUND_FOLDER ...]`` (``--stored`` checks the plans kept in
the rounds instead, i.e. the code as it was when they were graded).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from evals.heldout import ROUNDS, TODAY, dev_rounds, goals

RECOVERY_FIELDS = {"alcohol"}
_RECOVERY_WORDS = re.compile(r"\b(?:sober|sobriety|recovery|relapse|aa|drinking)\b", re.I)


def _recovery(plan: dict, goal: dict) -> bool:
    said = goal["goal"] + " " + " ".join(goal.get("answers", {}).values())
    return plan["metadata"].get("field") in RECOVERY_FIELDS or bool(_RECOVERY_WORDS.search(said))


def _dev(goal: dict, rounds: tuple[str, ...]) -> bool:
    """A goal of the rounds named, else of the development rounds (3 on)."""
    names = rounds or tuple(d.name for d in dev_rounds())
    return goal["round"] in names


def round_names(argv: list[str]) -> tuple[str, ...]:
    """The round folders named on a command line, by their folder name; options left out."""
    return tuple(a.rstrip("/").rsplit("/", 1)[-1] for a in argv if not a.startswith("-"))


def argv_plans(argv: list[str]):
    """(goal, plan) of the rounds named: the stored plans with ``--stored``, else fresh ones."""
    plans = stored_plans if "--stored" in argv else fresh_plans
    return plans(round_names(argv))


def fresh_plans(rounds: tuple[str, ...] = (), answered: bool = True):
    """(goal, plan JSON) for every goal with a stated constraint (of ``rounds``), planned now
    with its answers; without them (``answered`` off), every goal whose text names one."""
    from assistant.config import Settings
    from assistant.engines.offline.engine import OfflineEngine
    from assistant.errors import GoalsmithError, InputError
    from assistant.planner import plan_goal
    from assistant.understanding.answers import parse_answers

    settings = Settings(offline=True) if "offline" in Settings.model_fields else Settings()
    engine = OfflineEngine(settings)
    from assistant.engines.offline.obstacle_parts import obstacle_in_goal

    for goal in goals():
        answers = dict(goal.get("answers", {})) if answered else {}
        if not _dev(goal, rounds):
            continue
        if (answered and not answers.get("constraint")) or not (
            answered or obstacle_in_goal(goal["goal"])
        ):
            continue
        for _ in range(4):
            try:
                parse_answers(answers, TODAY)
                break
            except InputError as exc:
                answers.pop(str(exc).split(" ", 1)[0], None)
        try:
            result = plan_goal(engine, goal["goal"], answers, settings, TODAY)
        except GoalsmithError:
            continue
        yield goal, json.loads(result.plan.model_dump_json())


def stored_plans(rounds: tuple[str, ...] = (), answered: bool = True):
    """(goal, plan JSON) of the '-b' plans kept in the rounds, for goals with a constraint
    (the '-a' plans of goals whose text names one, ``answered`` off)."""
    from assistant.engines.offline.obstacle_parts import obstacle_in_goal

    for goal in goals():
        if not _dev(goal, rounds):
            continue
        path = ROUNDS / goal["round"] / "plans" / f"{goal['id']}-{'b' if answered else 'a'}.json"
        wanted = (
            goal.get("answers", {}).get("constraint")
            if answered
            else obstacle_in_goal(goal["goal"])
        )
        if wanted and path.exists():
            yield goal, json.loads(path.read_text(encoding="utf-8"))


def _per_week(task: dict) -> float:
    """How many times a week a (JSON) task comes round; 0 for a one-off."""
    rec = task.get("recurrence") or {}
    per = {"day": 7.0, "week": 1.0, "month": 12 / 52}.get(rec.get("per", ""), 0.0)
    return rec.get("times", 0) * per


# Words of a move that belong to one field or one kind of obstacle, and the words in what the
# person said (or in the goal's field) that make them fit: a "fear ladder for the scary part"
# for someone who never spoke of fear, "cut rent" for "can't rent without being there", "the
# weekend's meals" for a support team's weekend gaps, "call 1 provider to cut a bill" for money
# that sits idle.
_OFF_TOPIC = (
    (
        r"\bfear ladder\b|\bscary part\b|\brung\b",
        r"scar(?:e|ed|es|y)\b|afraid|\bfear|nervous|\bnerves|anxi|embarr?ass|terrif|phobi|intimidat|dread|panic|"
        r"\bshy\b|self.conscious|awkward|judg|\bfreeze|\bfroze|stage fright",
    ),
    (
        r"\bcut (?:rent|the mortgage)\b|\bsaved on rent\b",
        r"\brent\b(?: in [\w ]{1,20})? (?:is|went|goes|costs?|takes|eats|keeps|has gone)\b|mortgage|"
        r"(?:high|expensive) rent",
    ),
    (
        r"\bprovider to cut\b|\bbills?\b|\bfixed cost",
        r"\bbills?\b|subscriptions?|fixed cost|utilit|provider|\brent\b",
    ),
    (
        r"\bmeals?\b|\bsnacks?\b|\brecipes?\b|\bweekend treat",
        r"\beat|food|meal|snack|cook|diet|weight|sugar|treat|recipe|dinner|lunch|breakfast|calori|carb|"
        r"\bfat\b|hungry|takeout|takeaway|crav|kitchen|fridge|groceries|vending",
    ),
)


# A kind keyed by one keyword that meant something else in this goal: each is (the kind's
# marker phrase in the moves, the words the person must have said for it to fit). "GP surgery"
# met as an operation's sore spot, "flatmates are home" as working from home, "a crash diet" as
# an energy crash, "cold for spraying" with outdoor-exercise gear, salty cooking as sweets in a
# tin, awkward calls as a feud, 3am on a night shift as an evening kitchen.
_ONE_KEYWORD = (
    (
        r"\bsore spot\b|\bspares? (?:the|your) (?:knee|hip|back|hands|feet|shoulder|neck)",
        r"pain|hurt|injur|sore|ache|aching|arthritis|knee|hip|back|shoulder|neck|ankle|feet|"
        r"wrist|physio|acl|(?<!gp )(?<!dental )(?<!doctor's )surgery|operation|tendon|strain|sprain",
    ),
    (
        r"\bfake-commute\b|\berrands? to do on foot\b|\bcalls a day to take on your feet\b",
        r"work(?:ing)? (?:from|at) home|\bwfh\b|remote|never leave|barely leave|indoors|house ?bound",
    ),
    (
        r"\bpacing rule\b|\bbefore a crash\b|\benergy envelope\b",
        r"fatigue|cfs|long covid|exhaust|flare|crash(?!\s+diet)",
    ),
    (
        r"\brain shell\b|\bhead ?torch\b|\bheadlamp\b",
        r"walk|run|jog|hik|cycl|bike|rid(?:e|ing)|trail|steps|dog|swim|golf|outdoor",
    ),
    (
        r"\bold argument\b|\bwithout the argument\b",
        r"argu|fight|row|fell out|falling out|feud|estrang|not speaking|tension|conflict",
    ),
    (
        r"\bbaking and sweets\b|\btreat day\b",
        r"bak|sweet|cake|biscuit|treat|dessert|chocolate|sugar|candy|cookie",
    ),
    (
        r"\bkitchen-closed\b|\bclose the kitchen\b",
        r"^(?!.*(?:night shift|on nights|night duty|work(?:ing)? nights|stay awake)).*(?:night|evening|late|tv|snack|after dinner)",
    ),
    (
        r"\btoddler\b|\bpicture (?:checklist|chart)\b",
        r"toddler|\b[1-5][- ](?:year|yr)[- ]old|little one|preschool",
    ),
    # round 19: a grip aid for a hip ("hand quilt" is no hand), a physio for a beginner's
    # fingertips, a nearer gym class for photos kept far away, remote house viewings for them,
    # the best-energy hour for legs gone by the second half, lonely evenings for long calls,
    # snack foods for marking that eats the evenings, donor sheets in a clear-out
    (
        r"\bhand warm-up\b|\bgrip aid\b|\bhand therapist\b",
        r"\b(?:fingers?|finger ?tips?|thumbs?|my hands?|hands? (?:hurt|ache|are sore)|wrists?|grip|"
        r"arthritis|rsi|carpal)\b",
    ),
    (
        r"\bphysio\b|\bhand therapist\b|\bclinician\b",
        r"injur|arthritis|tendon|wrist|elbow|shoulder|\bback\b|knee|\bhips?\b|pain|surgery|"
        r"operation|strain|sprain|\brsi\b|carpal|ankle|neck|calf|shin|fasciitis|condition|flare|"
        r"ache|aching",
    ),
    (
        r"\bcommunity cent(?:re|er)\b|\bpark group\b|\bwithin 15 minutes of home\b",
        r"\b(?:gym|class\w*|studio|pool|club|church|mosque|temple|lessons?|venue|court|pitch|"
        r"track|range|centre|center)\b",
    ),
    (
        r"\blive video viewing\b|\blocal agent\b",
        r"\b(?:mov(?:e|ing)|relocat\w*|viewings?|house[- ]hunt\w*|flat[- ]hunt\w*|abroad)\b",
    ),
    (
        r"\bbest-energy slot\b",
        r"^(?!.*(?:second half|end of the (?:game|match|race)|last \d+ min)).*(?:tired|exhaust|"
        r"knackered|shattered|drained|energy|flat|fried|burn|slump|wiped)",
    ),
    (
        r"\blonely evenings\b|\bcall on lonely\b",
        r"lonel|alone|isolat|no friends|know nobody|know no one",
    ),
    (
        r"\bsnack foods?\b",
        r"snack|food|\beat(?!s? (?:up |into )?(?:all )?(?:of )?(?:my|our|the) (?:evening|night|time|"
        r"weekend|day|morning))|crav|sweet|choc|biscuit|crisp|hungry|treat|kitchen|fridge|weight|diet",
    ),
    (
        r"\bdonors?\b",
        r"donor|fundrais|sponsor|donat|grant|appeal|campaign|charity run|raise",
    ),
)


def one_keyword(said: str, titles: list[str]) -> str:
    """The first move of a kind that one keyword of theirs set off but that fits nothing else
    they said ("Keep next week's sessions short, with breaks that spare the sore spot" for a GP
    surgery that never picks up), or ''."""
    for title in titles:
        for move, licence in _ONE_KEYWORD:
            if re.search(move, title, re.I) and not re.search(licence, said, re.I | re.S):
                return title
    return ""


_POT = re.compile(r"\bpots?\b", re.I)
_SCAM = re.compile(r"\bscam|\bfraud|asking (?:me )?for (?:money|a fee)|(?:charge|want) a fee", re.I)
_PAYING_DOWN = {"debt", "credit_score"}
# The words of any pot move: what is left names the pot's own object ("the car", "repairs").
_POT_MOVE = "pot pots set amount move fund payday before goal share next big cost price date "
_POT_MOVE += "monthly number split between rule transfer this its own"


def rival_pot(goal: dict, plan: dict, titles: list[str]) -> str:
    """A pot that competes with the goal or meets a scam: a pot beside the goal for the goal's
    own object ("a pot for the house" in a house-deposit plan), any pot when the obstacle is a
    scam (verify, never pay), a pot that takes cash from the debts a plan pays down; or ''."""
    pots = [t for t in titles if _POT.search(t)]
    if not pots:
        return ""
    constraint = goal.get("answers", {}).get("constraint") or plan.get("constraint") or ""
    if _SCAM.search(constraint):
        return f"a pot for a scam: {pots[0]}"
    from assistant.engines.offline.obstacle_parts import _stems

    if plan.get("metadata", {}).get("field") in _PAYING_DOWN:  # a pot for a cost they never named
        for title in pots:
            if not (_stems(title) - _stems(_POT_MOVE)) & _stems(constraint):
                return f"a pot that takes cash from the payments: {title}"

    for title in pots:
        m = re.search(r"\bpot for (.+?)(?: on payday|,|$)", title)
        rival = _stems(m.group(1)) if m else set()
        if rival and rival <= _stems(goal["goal"]) and not rival & _stems(constraint):
            return f"the goal as its own rival: {title}"
    return ""


def off_topic(said: str, titles: list[str]) -> str:
    """The first attack title with a move of another field or obstacle ("Plan the weekend's
    meals" for a support team's weekend gaps), by words nothing the person said licenses."""
    for title in titles:
        for move, licence in _OFF_TOPIC:
            if re.search(move, title, re.I) and not re.search(licence, said, re.I):
                return title
    return ""


# A label that opens on what the person does ("feel guilty", "skip days"): judged here, not by
# the planner's own reader, so a planner that pastes such a label is still caught.
_A_DOING = re.compile(
    r"(?:feel|feeling|felt|skip|skipping|skipped|miss|missing|lose|losing|forget|forgetting|"
    r"fall|falling|quit|quitting|stop|stopping|give|giving|overthink\w*|procrastinat\w*|"
    r"binge\w*|scroll\w*|eat|eating|drink|drinking|want|wanting|need|hate|hating|blow|"
    r"blowing|put|putting|end up|ending up|run|running out|zone|doubt|doubting|panic\w*)\b",
    re.I,
)
_FALLBACK_LABEL = re.compile(
    r"\b(?:on days|last 3 times|so) (.+?) (?:gets?|got) in the way\b", re.I
)


# What can come on some days ("night shifts", "soccer season", "your back"): judged here by its
# own list, so a planner that calls "the clay" or "students" a bad day is still caught.
_COMES_ON_DAYS = re.compile(
    r"\b(?:seasons?|shifts?|weather|rain|cold|heat|dark|winter|summer|holidays?|travel\w*|"
    r"trips?|commute|overtime|work\w*|job|deadlines?|exams?|meetings?|events?|weddings?|"
    r"part(?:y|ies)|visits?|sick\w*|flu|flare\w*|pain|\w*aches?|injur\w*|\w+itis|back|"
    r"knees?|hips?|shoulders?|ankles?|feet|foot|wrists?|neck|migraines?|fatigue|periods?|"
    r"school|nights?|mornings?|evenings?|weekends?|mood|stress|anxiety|sleep|kids|baby|busy|"
    r"on[- ]call|training|games?|practice|turnover|moving)\b",
    re.I,
)


def thing_days(titles: list[str]) -> str:
    """The first title that meets a thing, a creature or people as days it got in the way
    ("the last 3 times the clay got in the way", "... students got in the way"), or ''."""
    for title in titles:
        m = _FALLBACK_LABEL.search(title)
        if m and not _COMES_ON_DAYS.search(m.group(1)):
            return title
    return ""


def pasted(plan: dict) -> str:
    """The person's words pasted where a phrase of ours should be: a constraint line cut
    mid-phrase ("Out the late night snacking"), a clause set into a title's noun slot ("on days
    feel guilty gets in the way", "the last 3 times skip days got in the way")."""
    from assistant.engines.offline.constraints_fallback import referent

    constraint = plan.get("constraint") or ""
    if re.match(r"(?:out|up|off|down|back|of|to|on|and|but|constraint:)\b", constraint, re.I):
        return constraint
    tasks = [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]
    for task in tasks:
        m = _FALLBACK_LABEL.search(task["title"])
        if m and (_A_DOING.match(m.group(1)) or not referent(m.group(1))):
            return task["title"]
    return ""


def coach_problems(goal: dict, plan: dict) -> dict[str, str]:
    """What coaches caught beyond the stock checks, by kind: ``half`` (a part of the obstacle no
    attack names), ``slow`` (an attack rarer than the obstacle), ``foreign`` (moves from another
    field or tradition), ``family`` (a kind's move from a family of fields the goal's is not:
    a payday pot in a running plan, an office call script for calling one's mum)."""
    from assistant.engines.offline.constraints_family import foreign_family
    from assistant.engines.offline.obstacle_checks import foreign_moves
    from assistant.engines.offline.obstacle_parts import slow_attacks, uncovered_parts

    tasks = [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]
    attacks = [t for t in tasks if t.get("attacks_constraint")]
    titles = [t["title"] for t in attacks]
    constraint = plan.get("constraint") or ""
    said = " ".join([goal["goal"], *goal.get("answers", {}).values()])
    half = uncovered_parts(constraint, titles)
    slow = slow_attacks(constraint, [(t["title"], _per_week(t)) for t in attacks])
    foreign = foreign_moves(said, [plan.get("constraint_strategy") or "", *titles])
    found = {
        "half": f"no attack names: {half[0]}" if half else "",
        "slow": f"attack rarer than: {slow[0]}" if slow else "",
        "foreign": foreign,
        "family": foreign_family(plan.get("metadata", {}).get("field", ""), titles, said),
        "off_topic": off_topic(said, [plan.get("constraint_strategy") or "", *titles]),
        "pasted": pasted(plan),
        "thing_days": thing_days(titles),
        "keyword": one_keyword(said, [plan.get("constraint_strategy") or "", *titles]),
        "pot": rival_pot(goal, plan, titles),
    }
    return {kind: why for kind, why in found.items() if why}


def unattacked(plan: dict) -> tuple[int, list[str]]:
    """(how many obstacles the person named, those no attacking task names a word of): each
    part of a longer answer counts as an obstacle of its own ("meetings over dhuhr" beside the
    prayer space), a one-part answer as one."""
    from assistant.engines.offline.obstacle_parts import _stems, obstacle_parts

    tasks = [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]
    named = set().union(*(_stems(t["title"]) for t in tasks if t.get("attacks_constraint")))
    parts = obstacle_parts(plan.get("constraint") or "")
    return len(parts), [p for p in parts if _stems(p) and not _stems(p) & named]


def goal_named_ignored(goal: dict, plan: dict) -> str:
    """The obstacle the goal names when the plan's constraint says nothing of it, else ''."""
    from assistant.engines.offline.obstacle_checks import shares_their_words
    from assistant.engines.offline.obstacle_parts import obstacle_in_goal

    named = obstacle_in_goal(goal["goal"])
    if named and not shares_their_words(named, [plan.get("constraint") or ""]):
        return named
    return ""


def main(argv: list[str]) -> int:
    from assistant.engines.offline.obstacle_checks import fell_to_fallback, plan_attack_problems

    flagged = tuple(argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--round")
    given = tuple(  # round folders as plain arguments: evals/rounds/2026-11-28-round16
        a.rstrip("/").rsplit("/", 1)[-1]
        for i, a in enumerate(argv)
        if not a.startswith("-") and (i == 0 or argv[i - 1] != "--round")
    )
    rounds = flagged + given
    plans = stored_plans if "--stored" in argv else fresh_plans
    kinds: Counter[str] = Counter()
    total = named = 0
    for goal, plan in plans(rounds, answered=False):
        named += 1
        ignored = goal_named_ignored(goal, plan)
        kinds["goal_named"] += bool(ignored)
        unasked = coach_problems({**goal, "answers": {}}, plan)
        for kind in ("off_topic", "pasted", "keyword"):
            kinds[f"{kind}_a"] += kind in unasked
        if "-v" in argv and unasked.keys() & {"off_topic", "pasted", "keyword"}:
            print(f"{goal['id']:>5} -a {'; '.join(unasked.values())[:150]}")
        if "-v" in argv and ignored:
            print(f"{goal['id']:>5} -a [{ignored}] plan's constraint: {plan.get('constraint')}")
    for goal, plan in plans(rounds):
        total += 1
        problems = plan_attack_problems(plan, _recovery(plan, goal)) | coach_problems(goal, plan)
        kinds.update(problems.keys())
        kinds["any"] += bool(problems)
        kinds["fallback"] += fell_to_fallback(plan)
        count, bare = unattacked(plan)
        kinds["obstacles"] += count
        kinds["unattacked"] += len(bare)
        kinds["plans_unattacked"] += bool(bare)
        if "-v" in argv and bare:
            print(f"{goal['id']:>5} no attacking task: {'; '.join(bare)[:150]}")
        if "-v" in argv and (problems or fell_to_fallback(plan)):
            said = goal["answers"]["constraint"][:50]
            why = "; ".join(problems.values()) or "no known obstacle fits: moves from their words"
            print(f"{goal['id']:>5} [{said}] {why[:150]}")
    print(f"plans with a stated constraint: {total}")
    print(f"  boilerplate (stock attack or strategy): {kinds['stock']}")
    print(f"  attacks that feed or endanger:          {kinds['feeds']}")
    print(f"  no attack title repeats their words:    {kinds['not_theirs']}")
    print(f"  a title's 'it' or 'them' names nothing: {kinds['no_referent']}")
    print(f"  a part of the obstacle left unattacked: {kinds['half']}")
    print(f"  attack rarer than the obstacle happens: {kinds['slow']}")
    print(f"  moves from another field or tradition:  {kinds['foreign']}")
    print(f"  a kind's moves from another field family: {kinds['family']}")
    print(f"  a move no word of theirs fits:          {kinds['off_topic']}")
    print(f"  their words pasted raw:                 {kinds['pasted']}")
    print(f"  a thing met as days it got in the way:  {kinds['thing_days']}")
    print(f"  a kind set off by one word of another meaning: {kinds['keyword']}")
    print(f"  a pot beside the goal, or for a scam:   {kinds['pot']}")
    print(f"  any of these:                           {kinds['any']}")
    print(f"  no known obstacle fits (the fallback):  {kinds['fallback']}")
    print(f"obstacles named (each part of an answer): {kinds['obstacles']}")
    print(f"  with no attacking task naming them:     {kinds['unattacked']}")
    print(f"  plans with such an obstacle:            {kinds['plans_unattacked']}")
    print(f"goals whose text names the obstacle (no answers): {named}")
    print(f"  plan's constraint ignores it:           {kinds['goal_named']}")
    print(f"  a move no word of theirs fits:          {kinds['off_topic_a']}")
    print(f"  their words pasted raw:                 {kinds['pasted_a']}")
    print(f"  a kind set off by one word of another meaning: {kinds['keyword_a']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
