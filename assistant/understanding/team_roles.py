"""Who does what on a team, as the person said it: "Dana (design), Luis and Priya
(engineers)", "Sam - marketing", "Ana the designer", "Tom on backend"."""

from __future__ import annotations

import re

# the kinds of work a role names, with the words that name it
ROLE_WORDS: dict[str, str] = {
    "design": r"design\w*|ux|ui|product design\w*|visual\w*|illustrat\w*|art|creative",
    "build": r"engineer\w*|dev|devs|developer\w*|backend|back[- ]end|frontend|front[- ]end|"
    r"full[- ]?stack|coder\w*|programmer\w*|eng|tech|technical|it|mobile|ios|android|data",
    "test": r"qa|tester\w*|testing|quality",
    "market": r"marketing|marketer\w*|growth|social( media)?|comms|communications|pr|content",
    "sell": r"sales|account manager\w*|business development|bd|partnerships",
    "write": r"writer\w*|copy\w*|docs|documentation|editor\w*",
    "lead": r"pm|product manager\w*|product|project manager\w*|lead|manager|owner|coordinator|"
    r"chair|organi[sz]er|ops|operations|admin",
    "money": r"finance|treasurer|accounts|accountant|bookkeep\w*|budget",
}
_ROLE_RE = {
    kind: re.compile(rf"^(?:the |our |a |an )?(?:{words})$") for kind, words in ROLE_WORDS.items()
}
# the work each kind does, read from a task's title
TASK_WORDS: dict[str, re.Pattern[str]] = {
    "design": re.compile(
        r"\b(?:design\w*|mock-?ups?|wireframes?|prototype\w*|figma|ux|ui|"
        r"visuals?|sketch\w*|layouts?|screens?)\b",
        re.I,
    ),
    "build": re.compile(
        r"\b(?:build|implement\w*|code|coding|develop\w*|fix\w*|deploy\w*|"
        r"ship\w*|api|backend|frontend|migrat\w*|integrat\w*|refactor\w*|"
        r"release\w*|bugs?|database|endpoint\w*|feature flag\w*|merge\w*|rollback|staging|"
        r"dashboards?|alerts?|monitoring|thin slice)\b",
        re.I,
    ),
    "test": re.compile(r"\b(?:test\w*|qa|regression|bug bash|acceptance)\b", re.I),
    "market": re.compile(
        r"\b(?:announce\w*|campaign\w*|newsletter\w*|social|posts?|launch "
        r"email\w*|press|landing page)\b",
        re.I,
    ),
    "sell": re.compile(
        r"\b(?:sales demos?|pitch\w*|prospect\w*|leads?|outreach|sales calls?)\b", re.I
    ),
    "write": re.compile(r"\b(?:write|draft\w*|docs|documentation|copy|help articles?)\b", re.I),
    "lead": re.compile(
        r"\b(?:scope|owners?|risks?|dependenc\w*|tickets?|retro\w*|rota|"
        r"stakeholders?|what done means|kick-?off|agenda|stand-?ups?|"
        r"review the week)\b",
        re.I,
    ),
    "money": re.compile(r"\b(?:budget\w*|invoice\w*|expenses?|accounts|ledger|treasurer)\b", re.I),
}
_NAME = r"[A-Z][\w'-]+|me|I"
_PAREN_RE = re.compile(r"\(([^)]{1,40})\)")
_SAID_ROLE_RE = re.compile(
    rf"^\s*({_NAME})\s*(?:[-:–—]\s*|\bthe\s|\bon\s|\bdoes\s|\bdoing\s|\bhandles\s|\bis\s(?:our\s|the\s|a\s|an\s)?)(.+)$"
)


def role_kind(role: str) -> str | None:
    """The kind of work a role names: 'engineers' -> 'build', 'design' -> 'design'."""
    for said in re.split(r"\s*(?:/|&|\band\b|\+)\s*", role.strip(" .").lower()):
        kind = next((kind for kind, rule in _ROLE_RE.items() if rule.match(said)), None)
        if kind:
            return kind  # "design/UX": design
    return None


def team_roles(text: str) -> dict[str, str]:
    """Each named person's kind of work, where the text says it."""
    out: dict[str, str] = {}
    for group in re.split(r"\s*[,;]\s*|\s+\+\s+", text):
        paren = _PAREN_RE.search(group)
        if paren:  # "Luis and Priya (engineers)": the role is the whole group's
            kind = role_kind(paren.group(1))
            names = re.findall(rf"\b(?:{_NAME})\b", group[: paren.start()])
            for name in names:
                if kind and name not in {"and"}:
                    out["me" if name in {"me", "I"} else name] = kind
            continue
        said = _SAID_ROLE_RE.match(group)
        kind = role_kind(said.group(2)) if said else None
        if said and kind:
            name = said.group(1)
            out["me" if name in {"me", "I"} else name] = kind
    return out


def name_in(part: str) -> str:
    """The person in 'Dana (design)', 'Sam - marketing', 'Ana the designer'; else the part."""
    part = _PAREN_RE.sub("", part).strip()
    said = _SAID_ROLE_RE.match(part)
    return said.group(1) if said and role_kind(said.group(2)) else part
