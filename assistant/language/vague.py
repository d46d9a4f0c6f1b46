"""Vague verbs, hedges and abstract targets: what makes a goal or task hard to act on."""

from __future__ import annotations

import re

from assistant.language.text import normalize

# Vague verbs and phrases that name a direction, not an action (seed 000: "Improve marketing").
VAGUE_PHRASES = (
    "improve", "get better at", "get better", "be better", "become better", "work on", "working on",
    "focus on", "look into", "think about", "consider", "explore", "try to", "try and", "attempt to",
    "deal with", "handle", "sort out", "figure out", "get into", "be more", "become more", "get more",
    "do more", "be less", "get fit", "get in shape", "get healthy", "be healthy", "be happy",
    "get organized", "get organised", "be successful", "become successful", "become a leader",
    "be a leader", "become a category leader", "level up", "grow", "enhance", "optimize", "optimise",
    "boost", "strengthen", "develop", "continue", "keep going", "stay on top of", "take care of",
    "make progress", "invest in", "work towards", "work toward", "step up", "be the best",
    "find myself", "get my life together", "get serious about", "get back into", "brainstorm",
    "research", "learn about", "read up on", "familiarize", "familiarise", "plan to", "want to",
    "revamp", "streamline", "maximize", "maximise", "get going", "ramp up",
)

# Verbs that are vague only without a number attached ("grow revenue 20%" is fine).
SOFT_VAGUE = frozenset({"improve", "grow", "enhance", "optimize", "optimise", "boost", "strengthen",
                        "develop", "maximize", "maximise", "revamp", "streamline", "ramp up", "get more",
                        "do more", "be more", "be less", "become more", "invest in", "research",
                        "learn about", "explore", "brainstorm"})

HEDGES = ("maybe", "perhaps", "hopefully", "somehow", "kind of", "sort of", "a bit", "a little",
          "if possible", "if i can", "i guess", "i think", "probably", "some", "more or less",
          "try", "might", "ideally", "sometime", "whatever", "etc", "stuff", "things")

# Abstract outcomes with no concrete object (vision, not goal).
ABSTRACT_TARGETS = ("category leader", "world class", "world-class", "successful", "the best",
                    "better person", "thought leader", "industry leader", "market leader", "happier",
                    "healthier", "fitter", "more productive", "more confident", "more disciplined",
                    "great", "amazing", "awesome", "fulfilled", "balanced", "in shape", "fit",
                    "famous", "rich", "wealthy", "financially free", "financial freedom", "next level")

_VAGUE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, VAGUE_PHRASES), key=len, reverse=True)) + r")\b")
_HEDGE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, HEDGES), key=len, reverse=True)) + r")\b")
_ABSTRACT_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ABSTRACT_TARGETS), key=len, reverse=True)) + r")\b")


def find_vague_phrases(text: str) -> list[str]:
    """Vague verbs and phrases in the text, in order."""
    return [m.group(1) for m in _VAGUE_RE.finditer(normalize(text))]


def find_hedges(text: str) -> list[str]:
    return [m.group(1) for m in _HEDGE_RE.finditer(normalize(text))]


def find_abstract_targets(text: str) -> list[str]:
    return [m.group(1) for m in _ABSTRACT_RE.finditer(normalize(text))]


# --- verb-first ----------------------------------------------------------------------------

ACTION_VERBS = frozenset(
    """accept add adjust analyse analyze announce answer apply approve archive ask assemble assign attend
    audit automate back bake balance block book brainstorm break bring budget build buy calculate call
    cancel capture change check choose clean clear close code collect compare compile complete configure
    confirm connect contact convert cook copy count create cut debug decide declutter define delegate
    delete deliver demo deploy describe design destroy detail document donate download draft draw drink
    drive drop edit eat email enable enroll enrol estimate evaluate exercise export file fill finalize
    finalise find finish fix follow form gather generate give go hire hold host identify implement import
    install interview invite invoice join journal jog keep label launch lay lead learn leave lift list log
    mail make map mark measure meet memorize memorise merge message migrate mock move negotiate note
    onboard open order organize organise outline paint pay pick pitch place plan plant play post practice
    practise prepare present price print prioritize prioritise produce prototype prune publish purchase
    put rank read record recruit reduce refactor refine register rehearse reject release remove rename
    renew repair repeat replace reply report request reschedule research reserve resolve respond review
    revise rewrite ride run sand save schedule score screen scroll search select sell send set ship shop
    shortlist sign sketch skip sleep solve sort speak split sprint start stop stretch study submit
    subscribe summarize summarise survey swap swim switch tag take talk teach test text thank tidy time
    track train transfer translate try tune turn type update upload validate verify visit walk wash watch
    weigh win wire write attach cook hike cycle row lift squat meditate floss quit unsubscribe cancel
    charge collect contact recap outline spend cap limit replace prep pack unpack hang mount measure
    mow water weed till fertilize fertilise caulk grout tile prime varnish stain demolish insulate frame
    pour sweep vacuum mop scrub do finish reach hit land close sign get earn pass complete""".split()
)

_NON_VERB_START = frozenset(
    """a an the my our your their his her its this that these those some any each every all more less
    new weekly daily monthly better good bad big small first second third next last other few many
    much very really i we you he she they it is are was were be been being have has had if when while
    because so to for of in on at by with from about into maybe perhaps hopefully somehow""".split()
)


def starts_with_verb(text: str) -> bool:
    """True when the text opens with an action verb (imperative), as a task title should."""
    tokens = re.findall(r"[a-z][a-z'-]*|\d+", normalize(text))
    if not tokens:
        return False
    first = tokens[0]
    if first in ACTION_VERBS:
        return True
    if first in _NON_VERB_START or first[0].isdigit():
        return False
    # gerunds and nouns ("Running", "Marketing plan", "Implementation") are not imperatives
    return not first.endswith(("ing", "tion", "ment", "ness", "ity", "ship", "ance", "ence", "ly", "ed"))
