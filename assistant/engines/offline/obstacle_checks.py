"""Is a plan's attack on the person's obstacle real? Checks a coach would make, as code.

``boilerplate`` finds stock attacks that could be pasted under any obstacle ("protect the
time", "list 3 ways around"), and attacks that share no word with what the person said.
``feeds_obstacle`` finds attacks that schedule the very thing the person wants less of, or
that are unsafe for the obstacle they named (bars for someone in recovery, brisk walks for
someone whose pain or fatigue is the obstacle).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.text import content_stems, normalize
from assistant.playbooks.step_subjects import foreign_kinds, subject_kinds

__all__ = [
    "FALLBACK_LEAD",
    "STOCK_ATTACKS",
    "boilerplate",
    "contradicts_goal",
    "fell_to_fallback",
    "feeds_obstacle",
    "foreign_moves",
    "no_referent",
    "plan_attack_problem",
    "plan_attack_problems",
    "shares_their_words",
]

# Attacks that fit any obstacle and so attack none; each was quoted by a coach.
STOCK_ATTACKS = re.compile(
    r"ways around|change (?:1|one) thing|protect the time|10-minute fallback|"
    r"free or cheaper option|shared rule|move for the moment the obstacle|the obstacle hits|"
    r"about the blocker|around this obstacle|main constraint|the current block"
)
# How the strategy starts when no known obstacle fits and the moves are built from the
# person's words and the plan's session (constraints._own_moves): a rule can count them.
FALLBACK_LEAD = "Meet it at the moment it happens"


def fell_to_fallback(plan: dict) -> bool:
    """Did no known obstacle fit this (JSON) plan's stated constraint?"""
    return (plan.get("constraint_strategy") or "").startswith(FALLBACK_LEAD)


# Words too common in attack templates to count as sharing the person's words.
_TEMPLATE_WORDS = frozenset(
    s.rstrip("e")
    for s in content_stems(
        "week next plan write list page saved logged note done once this minutes"
    )
)


def _stems(text: str) -> set[str]:
    """Content stems that compare 'shakes' with 'shake'."""
    return {s.rstrip("e") for s in content_stems(text)}


def shares_their_words(constraint: str, titles: Sequence[str]) -> bool:
    """Does any title repeat a word of the person's obstacle? (True when it has none.)"""
    said = _stems(constraint) - _TEMPLATE_WORDS
    return not said or bool(said & set().union(*(_stems(t) for t in titles)))


def boilerplate(constraint: str, titles: Sequence[str]) -> str:
    """Why the attacks on ``constraint`` are boilerplate, or '' when they are specific.

    Only titles count: quoting the person's words in a done-when is cheap, a title that
    names their object ("at truck stops", "the landlord") is what shows the move is theirs."""
    for title in titles:
        if STOCK_ATTACKS.search(normalize(title)):
            return f"stock attack: {title}"
    if not titles:
        return "nothing attacks the constraint"
    if not shares_their_words(constraint, titles):
        return "no attack shares a word with the obstacle"
    return ""


_LESS_OF = re.compile(
    r"\b(?:don'?t like|do not like|hate|can'?t stand|sick of|too much|too many|addicted to|"
    r"can'?t stop|always (?:eat|buy|order|drink)|love)\s+(?!(?:for|to|when|at|in|on|of|about|with)\b)"
    r"(?:the\s|my\s|all\s)?([a-z][a-z -]{2,30})"
)
_AWAY = re.compile(
    r"\b(?:instead|no|not|without|swap|replace|away|out of|cut|limit|skip|"
    r"free|less|fewer|other than|alcohol-free|non-alcoholic|plan for|before|alternatives?|dislike|"
    r"outside|swaps?|substitutes?|quit\w*|stop\w*|don'?t offer|not to offer|what you (?:will )?"
    r"drink|what you'?ll order|ladder|rung|script|rehears\w*|in writing|by email|by letter|"
    r"cheaper|budget|fun pot|monthly amount|cash limit|spend on)\b"
)
# A conflict the person wants less of is fed by more talk about the conflict itself, or about
# a topic of opinion that nobody has to decide ("a weekly talk about the arguments", about
# politics), unless the talk is about stopping it. A decision to make together (the budget)
# does need a calm talk.
_CONFLICT = re.compile(r"\b(?:argu\w*|fight\w*|debat\w*|rows?|yell\w*|bicker\w*|clash\w*)\b")
_OPINION = re.compile(
    r"\b(?:politic\w*|religio\w*|the news|elections?|vaccin\w*|immigration|trump|biden|brexit)\b"
)
_TALK = re.compile(r"\b(?:talk|talks|discuss\w*|debate|conversation|hold a|sit down)\b")
_ENDS_IT = re.compile(r"\b(?:exit|no-\w+|rule|stop|change the subject|off the table|leave|pause)\b")
# A habit the person names (vaping, wine, betting) in a title that does not steer away from it.
_HABITS = re.compile(
    r"\b(?:vap\w*|smok\w*|cigarettes?|dip|dipping|wine|beers?|drinks?|drinking|cocktails?|"
    r"bet|bets|betting|gambl\w*|scroll\w*|takeout|takeaways?)\b"
)
# "online classes feel boring": the thing they find dull, not to be offered back to them.
_DULL = re.compile(
    r"([a-z][a-z -]{2,30}?) (?:feel|feels|is|are|seem|seems|get|gets) (?:so |really |kind of |"
    r"kinda |too |pretty )?(?:boring|dull|tedious)"
)
# "my husband thinks budgeting apps are boring": whose view it is, not the dull thing itself.
_WHO_FINDS = re.compile(r"^.*\b(?:thinks?|finds?|says?)\s+")
_SCREEN_CLASS = re.compile(
    r"\b(?:online|videos?|youtube|apps?|streams?|streaming|zoom|home videos?)\b"
)


def _alike(text: str) -> set[str]:
    """'online' and 'video' are the same thing to someone bored by classes on a screen."""
    return {"screen-class"} if _SCREEN_CLASS.search(text) else set()


# Counting, weighing and tracking endanger someone with a history of disordered eating.
_ED = re.compile(r"disordered eating|eating disorders?|anorexi\w*|bulimi\w*|binge eating disorder")
_NUMBERS = re.compile(r"\b(?:calori\w*|count\w*|weigh\w*|scales?|macros?|track\w*)\b")
_DRINKING = re.compile(r"\b(?:bars?|pubs?|happy hour|brewer(?:y|ies)|wine bars?|rounds? of)\b")
_STRAIN = re.compile(r"\b(?:brisk\w*|run|runs|running|jog|sprint|hiit|intense|push harder|max)\b")
_BODY = re.compile(
    r"\b(?:pain|hurts?|injur\w*|arthritis|knee|hip|back|fatigue|crash\w*|flare\w*|"
    r"fall(?:ing)?|dizz\w*|cane|walker|surgery|swell\w*|fasciitis)\b"
)


_QUOTED = re.compile(r'"[^"]*"')


def feeds_obstacle(constraint: str, titles: Sequence[str], recovery: bool = False) -> str:
    """Why an attack feeds or endangers the named obstacle, or '' when none does."""
    said = normalize(constraint)
    for title in titles:
        t = normalize(_QUOTED.sub(" ", title))  # their own words, quoted, schedule nothing
        if recovery and _DRINKING.search(t):
            return f"sends someone cutting alcohol to drinking places: {title}"
        m = _LESS_OF.search(said)
        if m:  # "sick of weighing every meal": the weighing, not the meals
            doing = re.match(r"[a-z]+ing\b", m.group(1))
            thing = _stems(doing.group(0) if doing else m.group(1))
            if thing & _stems(t) and not _AWAY.search(t):
                return f"schedules more of what the person wants less of: {title}"
        if _BODY.search(said) and _STRAIN.search(t):
            return f"strains the body the person named as the obstacle: {title}"
        if _ED.search(said) and _NUMBERS.search(t) and not re.search(r"\bwithout|\bno\b|delete", t):
            return f"counting or weighing for someone the numbers endanger: {title}"
        about_it = _CONFLICT.search(t) or (_OPINION.search(said) and _OPINION.search(t))
        if _CONFLICT.search(said) and about_it and _TALK.search(t) and not _ENDS_IT.search(t):
            return f"feeds the conflict with more talk about it: {title}"
        dull = _DULL.search(said)
        dull_thing = _WHO_FINDS.sub("", dull.group(1)) if dull else ""  # the apps, not the husband
        dull_things = (_stems(dull_thing) | _alike(dull_thing)) if dull else set()
        if dull_things & (_stems(t) | _alike(t)) and not _AWAY.search(t):
            return f"offers what the person finds dull: {title}"
        habit = {m.group(0)[:4] for m in _HABITS.finditer(said)}
        named = {m.group(0)[:4] for m in _HABITS.finditer(t)}
        if habit & named and not _AWAY.search(t):
            return f"schedules the habit the person wants less of: {title}"
    return ""


# A pronoun or "the thing" that a task title read alone cannot resolve: "Remove 1 thing that
# sets it off", "the last 3 times it got in the way", "Ask them for ..." (coaches asked "what
# is 'it'?").
_NO_REFERENT = re.compile(
    r"\bsets? it off\b|\b(?:times?|days?|when) it (?:gets?|got) in the way\b|^(?:ask|follow up "
    r"with|call|email|tell) them\b|\bwait(?:ing)? on them\b|\bthe thing you need\b|"
    r"\bat that moment\b"
)


def no_referent(titles: Sequence[str]) -> str:
    """The first title whose pronoun names nothing a reader of the task list can see, or ''."""
    return next((t for t in titles if _NO_REFERENT.search(normalize(t))), "")


def plan_attack_problems(plan: dict, recovery: bool = False) -> dict[str, str]:
    """Every problem of a plan's (JSON) constraint attack, by kind: ``stock`` (boilerplate a
    coach quoted), ``feeds`` (feeds or endangers), ``not_theirs`` (no title repeats a word of
    the person's obstacle), ``no_referent`` (a title's "it" or "them" names nothing)."""
    tasks = [t for m in plan.get("milestones", []) for t in m.get("tasks", [])]
    titles = [t["title"] for t in tasks if t.get("attacks_constraint")]
    constraint = plan.get("constraint") or ""
    strategy = plan.get("constraint_strategy") or ""
    stock = [t for t in [strategy, *titles] if STOCK_ATTACKS.search(normalize(t))]
    found = {
        "stock": f"stock attack: {stock[0]}" if stock else "",
        "feeds": feeds_obstacle(constraint, titles, recovery),
        "not_theirs": ""
        if shares_their_words(constraint, titles)
        else "no title repeats their words",
        "no_referent": f"pronoun with no referent: {lost}" if (lost := no_referent(titles)) else "",
    }
    return {kind: why for kind, why in found.items() if why}


def plan_attack_problem(plan: dict, recovery: bool = False) -> str:
    """The first problem of a plan's constraint attack, or '' when it has none."""
    return next(iter(plan_attack_problems(plan, recovery).values()), "")


# What an obstacle the plan assumes or picks may not invent or contradict: each is (what the
# moves name, what the person must have said for it to fit, what says the opposite).
_DRINK = (
    r"\b(?:drinking nights?|nights? out|alcohol|beers?|wine|pubs?|happy hour)\b|"
    r"(?<!calories in )(?<!soft )(?<!fizzy )(?<!sugary )(?<!protein )(?<!energy )(?<!sports )"
    r"(?<!milk )\bdrinks\b(?! (?:that|which) carry calories)|"
    r"(?<!protein )(?<!granola )(?<!snack )(?<!cereal )(?<!chocolate )(?<!energy )(?<!-up )"
    r"(?<!lower the )(?<!raise the )(?<!set the )(?<!grab )(?<!\d )(?<!\d-)(?<!hard )"
    r"(?<!hardest )(?<!tricky )(?<!opening )(?<!closing )(?<!stumbling )(?<!circled )"
    r"(?<!monkey )(?<!parallel )\bbars?\b(?! at a time| of (?:the )?(?:music|piece|song|score))"
)  # "the hardest 4 bars", "the hard bars while fresh", "4-bar chunks" are music
# "pull-up bar", "lower the bar" and "protein bars" are not drinking places.
_PILLS = r"\b(?:doses?|pills?|medications?|medicines?|meds|pill organi[sz]ers?)\b"
_NEGATED_PILLS = (
    r"\b(?:without|avoid\w*|not|no|off|instead of|rather than|never)\b(?:\s+[\w']+){0,3}?\s+"
    r"(?:meds|medications?|medicines?|pills|metformin|insulin|statins?|drugs|tablets)\b"
)
_FITS: tuple[tuple[str, str, str, str], ...] = (
    (  # a night worker sleeps through the morning: "before work or lunchtime" is their night
        r"\bmornings?\b|\blunch ?times?\b|\blunch\b|\bbefore work\b|\bearly alarm\b",
        "",
        r"\bnight[- ]?shifts?\b|\bwork(?:ing)? nights\b|\bon nights\b|\brotating nights\b|"
        r"\bgraveyard shifts?\b|\bovernight shifts?\b",
        "daytime hours for someone who works nights",
    ),
    (  # eating at 3am on a night shift is a shift's meal to plan, not an evening to close
        r"\bkitchen-closed\b|\bclose the kitchen\b|\bplanned evening snack\b",
        "",
        r"\bnight[- ]?shifts?\b|\bwork(?:ing)? nights\b|\bon nights\b|\bnight duty\b|"
        r"\bgraveyard shifts?\b|\bovernight shifts?\b|\bto stay awake\b",
        "an evening kitchen curfew for someone who eats through a night shift",
    ),
    (
        _DRINK,
        r"\b(?:drink\w*|alcohol|beers?|wine|bars?|pubs?|booze|part(?:y|ies)|nights? out|"
        r"go(?:es|ing)? out|social\w*|sober\w*)\b",
        "",
        "a drinking habit the person never mentioned",
    ),
    (
        r"\b(?:smok\w*|cigarettes?|vap\w*)\b",
        r"\b(?:smok\w*|cigarettes?|cigs?|vap\w*|nicotine|tobacco)\b",
        "",
        "a smoking habit the person never mentioned",
    ),
    (_PILLS, "", _NEGATED_PILLS, "medication for someone avoiding it"),
    (
        r"\b(?:cost|costs|expensive|afford\w*|free)\b[^.;]{0,40}\b(?:gym|pool|club|studio|class\w*|"
        r"membership)|\b(?:gym|pool|club|studio|class\w*|membership)\b[^.;]{0,40}\b(?:cost|costs|"
        r"expensive|afford\w*)",
        "",
        r"\b(?:have|had|got|own|pay(?:ing)? for|paid for|bought|renewed)\s+(?:a\s+|my\s+|the\s+|our\s+)?"
        r"(?:\w+\s+)?membership",
        "a cost the person already pays",
    ),
    (
        r"\b(?:pain|painful|joints?|injur\w*|arthritis)\b",
        r"\b(?:pain\w*|hurt\w*|injur\w*|arthritis|knees?|hips?|joints?|sore\w*|ach\w*|"
        r"back (?:pain|problems?|issues?)|(?:my|bad|lower|upper) back|shins?|shoulders?|neck|"
        r"fasciitis|plantar|tendin\w*|tendon\w*|sciatica|achilles|splints|calf|calves|"
        r"hamstrings?|quads?|groin|acl|meniscus|swell\w*|"
        r"wrists?|ankles?|feet|foot|physio\w*|surgery|disab\w*|condition\w*|illness|chronic|pelvic|"
        r"issues?|problems?|health|medical|body|physical|pregnan\w*|postpartum|flare\w*|"
        r"chest|heart|cardi\w*|angina|palpitation\w*|stents?|bypass)\b",
        "",
        "a pain the person never mentioned",
    ),
    (
        r"\b(?:kids?|children|child)\b",
        r"\b(?:kids?|child\w*|sons?|daughters?|bab(?:y|ies)|newborns?|infants?|toddlers?|famil\w*|parent\w*|"
        r"moms?|mums?|dads?|school|teen\w*|grand\w*|step\w*|boys?|girls?|nephews?|nieces?|twins?|"
        r"\d{1,2}[- ](?:year|yr)[- ]olds?)\b",
        "",
        "children the person never mentioned",
    ),
)


def contradicts_goal(said: str, texts: Sequence[str]) -> str:
    """Why moves for an obstacle invent or contradict what the person said (their goal and
    answers in ``said``): a drinking habit nobody named, a pill for someone avoiding pills, a
    gym's cost for someone with a membership; '' when they fit."""
    foreign = foreign_moves(said, texts)
    if foreign:
        return f"brings {foreign}"
    said = normalize(said)
    moves = normalize(" ".join(texts))
    for names, needs, opposite, why in _FITS:
        if not re.search(names, moves):
            continue
        if needs and not re.search(needs, said):
            return f"invents {why}"
        if opposite and re.search(opposite, said):
            return f"assumes {why}"
    return ""


# Moves from another field or tradition, each quoted by a coach: (what the moves name, what the
# person must have said for them to fit, why). Islamic prayers for a returning Catholic, orders
# for holiday gatherings in a sales plan, a phone charging spot for anger on calls, a makerspace
# for someone who works from home, a head torch for a car repair, a pacing rule for a crash diet.
_FAITH = (
    (
        r"\b(?:dhuhr|zuhr|asr|maghrib|isha|fajr|salah|salat|wudu|jumu'?ah|qada)\b",
        r"\b(?:muslim|islam\w*|mosques?|masjid|salah|salat|namaz|jumu'?ah|qur'?an|koran|ramadan|"
        r"dhuhr|zuhr|asr|fajr|maghrib|isha|allah|eid|tafsir|deen)\b",
        "Islamic prayers for someone who never named Islam",
    ),
    (
        r"\b(?:priests?|pastors?|parish\w*|confession|rosary|churches|church|vigil mass)\b",
        r"\b(?:christ\w*|catholic\w*|church\w*|mass|priests?|pastors?|parish\w*|bible|jesus|"
        r"god|lord|confession|rosary|communion|protestant|baptist|methodist|orthodox|anglican|"
        r"lutheran|evangelical|chapel|congregation|sermon|gospel|easter|lent|advent|psalms?)\b",
        "a church for someone who never named one",
    ),
    (
        r"\b(?:synagogue|shul|shabbat|rabbi|minyan|kiddush)\b",
        r"\b(?:jew\w*|synagogue|shul|shabbat|sabbath|rabbi|minyan|torah|kosher|kiddush|"
        r"talmud|hebrew)\b",
        "a synagogue for someone who never named one",
    ),
    (
        r"\b(?:mandir|puja|pooja|gurdwara|aarti)\b",
        r"\b(?:hindu\w*|sikh\w*|mandir|puja|pooja|gurdwara|aarti|temple|gita)\b",
        "a temple for someone who never named one",
    ),
)
_OTHER_FIELD = (
    *_FAITH,
    (
        r"\bholiday gatherings?\b|\bgo-to orders?\b|\byour order in advance\b",
        r"\b(?:eat\w*|food|diet\w*|weight|weigh|lbs?|kg|pounds|calori\w*|meals?|snack\w*|"
        r"restaurants?|takeout|takeaways?|drink\w*|sugar|alcohol|beers?|wine|carbs?|portions?|"
        r"lunch\w*|dinners?|a1c|blood sugar|cholesterol)\b",
        "food orders for an obstacle that is not about eating",
    ),
    (
        r"\bcharging spot\b|\bphone outside the room\b|\bblocked hours for the phone\b",
        r"\b(?:scroll\w*|doom\w*|social media|instagram|tiktok|youtube|reddit|twitter|facebook|"
        r"snapchat|games?|gaming|netflix|screens?|apps?|texting|notifications?|news)\b|"
        r"\bphone (?:in bed|at night|all (?:day|evening|night)|addiction)\b|"
        r"\bon (?:my|the) phone (?:in bed|at night|until|till|til|all|too much|late)\b|"
        r"\bon my phone\b|\b(?:end(?:s|ing)? up|always|constantly|glued|stuck) on (?:my|the) phone\b",
        "a phone-scrolling fix for an obstacle that is not scrolling",
    ),
    (
        r"\bmakerspace\b|\bstorage unit\b|\bshared space for big jobs\b|"
        r"\bcorner (?:set aside|or fold-away)\b",
        r"\b(?:space|room|corner|garage|shed|workshop|storage|clutter\w*|desk|table|studio|"
        r"tools?|nowhere to (?:put|work|practi[cs]e|store|sew|paint)|no place to)\b|"
        r"\b(?:small|tiny|cramped) (?:flat|apartment|house|home|place)\b",
        "a workspace fix for an obstacle that is not space",
    ),
    (
        r"\bhead torch\b|\brain shell\b",
        r"\b(?:walk\w*|run|runs|running|jog\w*|hik\w*|cycl\w*|bikes?|biking|rid(?:e|es|ing)|"
        r"outdoors?|trail\w*|camino|steps|dog|marathon|5k|10k|swim\w*|golf)\b",
        "outdoor exercise gear for a goal that is not outdoor exercise",
    ),
    (
        r"\bpacing rule\b|\bsets? off a crash\b",
        r"\b(?:fatigue|cfs|long covid|exhaust\w*|energy|pem|fibro\w*|pots|flare\w*)\b|"
        r"\bcrash(?:es|ing)? (?:after|when|if|for days)\b",
        "an energy-crash rule for someone who never named one",
    ),
)


def foreign_moves(said: str, texts: Sequence[str]) -> str:
    """Why moves come from another field or tradition than the person's (their goal and
    answers in ``said``): dhuhr for a Catholic, holiday orders in a sales plan; '' when none."""
    said = normalize(said)
    moves = normalize(" ".join(texts))
    for names, needs, why in _OTHER_FIELD:
        if re.search(names, moves) and not re.search(needs, said):
            return why
    # a pill organiser, a sitter, a desk never named (data/step_subjects.toml rules_out_moves)
    premises = [k for k in foreign_kinds(moves, said) if subject_kinds()[k].rules_out_moves]
    return f"a {premises[0].replace('_', ' ')} premise the person never stated" if premises else ""
