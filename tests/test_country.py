"""Where the person lives, read from their words, and a plan in that country's words: T4s and
'your province' in Calgary, EPF in Pune, P60s in Leeds, super in Brisbane, the Finanzamt in
Berlin; neutral words ('your yearly tax forms') when no country is said; US words only for the US."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.errors import InputError
from assistant.language.country import country_of, foreign_term, load_countries
from assistant.planner import plan_goal
from tests.plans import asked_in, rule_findings

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("said", "country"),
    [
        ("Save C$25,000 for a downpayment on a condo in Calgary", "canada"),
        ("max out my TFSA and RRSP this year", "canada"),
        ("save 2.5 lakh for my sister's wedding, I have 40,000 in FD", "india"),
        ("start a ₹10,000 a month SIP in a Nifty 50 index fund", "india"),
        ("move from Leeds to Bristol, I own my flat", "uk"),
        ("pay off £4,200 on my credit card before christmas", "uk"),
        ("fix the rust before the MOT in 6 weeks", "uk"),
        ("save a $60k deposit for our first home in Brisbane", "australia"),
        ("Saving for a house deposit in Melbourne, we need about $90k AUD", "australia"),
        ("do my Steuererklärung in ELSTER before the Finanzamt deadline", "germany"),
        ("I've lived in Munich 2 years and want B2 German", "germany"),
        ("walk every morning along the Liffey, I live in Dublin", "ireland"),
        ("save €3,000 for a new kitchen, we rent in Lyon", "eurozone"),
        ("save $5,000 for a car, I live in Ohio", "us"),
        ("max out my Roth IRA this year", "us"),
        ("start investing, I have 10k sitting in checking", "us"),
        ("stop checking my phone in bed", None),
        ("call my mum every week, she'd love a colour photo book", "elsewhere"),
        # no sign, or a place the person goes to or races in, is no country
        ("get fit", None),
        ("save $5,000 for a car", "us"),  # a dollar with no other place
        ("run the Berlin half in under 2 hours", None),
        ("sort out our wills before we fly to Australia in April", None),
        ("get IELTS 7 for my Canada visa application", None),
        ("power of attorney for my dad, my sister lives in Australia", None),
        ("Move from Manchester to Lisbon by September", "uk"),  # from where they live now
    ],
)
def test_the_country_the_person_writes_from(said, country):
    assert country_of(said) == country


def test_an_answer_tells_the_country_the_goal_does_not():
    assert country_of("save for a house deposit", {"baseline": "8,200 in a TFSA"}) == "canada"


def _plan(goal: str, **answers: str):
    settings = Settings(_env_file=None, offline=True)
    return plan_goal(OfflineEngine(settings), goal, answers, settings, TODAY).plan


def _text(plan) -> str:
    lines = [plan.goal.statement, plan.constraint_strategy]
    for m in plan.milestones:
        lines += [m.title, *(f"{t.title}. {t.done_when}" for t in m.tasks)]
    return "\n".join(lines)


_HOME = "buy our first home, a condo, in the next 18 months, we've saved 30k for the deposit"


@pytest.mark.parametrize(
    ("where", "theirs", "never"),
    [
        (" in Calgary", ["T4s", "province"], ["W-2", "Loan Estimate", "your state"]),
        (" in Leeds", ["P60s", "agreements in principle"], ["W-2", "Loan Estimate", "your state"]),
        (" in Pune, in rupees", ["Form 16", "sanction letter"], ["W-2", "Loan Estimate"]),
        (" in Brisbane", ["income statement", "First Home Owner Grant"], ["W-2", "Loan Estimate"]),
        (" in Berlin", ["Lohnsteuerbescheinigung", "KfW"], ["W-2", "Loan Estimate"]),
        (" in Dublin", ["Help to Buy"], ["W-2", "Loan Estimate", "your state"]),
        (" in Lyon", ["annual tax statement", "mortgage offers"], ["W-2", "Loan Estimate"]),
        ("", ["yearly tax forms", "loan offers"], ["W-2", "Loan Estimate"]),  # not said
        (" in Ohio", ["W-2s", "Loan Estimates"], []),  # the field's own US words
    ],
)
def test_a_home_purchase_in_the_persons_country(where, theirs, never):
    text = _text(_plan(_HOME + where))
    for word in theirs:
        assert word in text
    for word in never:
        assert word not in text


@pytest.mark.parametrize(
    ("goal", "theirs", "never"),
    [
        ("start investing for retirement, I live in Toronto", ["RRSP"], ["401(k)", "IRA", "Roth"]),
        ("start investing for retirement, I live in Sydney", ["super"], ["401(k)", "IRA", "Roth"]),
        ("start investing for retirement, I live in Pune", ["EPF"], ["401(k)", "IRA", "Roth"]),
    ],
)
def test_retirement_investing_in_the_persons_country(goal, theirs, never):
    text = _text(_plan(goal))
    for word in theirs:
        assert word in text
    for word in never:
        assert word not in text


def test_a_canadian_saving_in_dollars_counts_in_canadian_dollars():
    plan = _plan("Save C$25,000 for a downpayment on a condo in Calgary by end of 2026")
    assert plan.goal.metric.unit == "CAD"


def test_a_us_institution_for_someone_abroad_is_flagged():
    plan = asked_in("Save for a condo deposit in Calgary, 8,200 in my TFSA so far")
    plan.milestones[0].tasks[0].title = "Gather pay stubs and W-2s for lenders"
    found = rule_findings(plan, "text.other_country")
    assert len(found) == 1 and "'W-2s'" in found[0].message and "Canada" in found[0].message
    plan.milestones[0].tasks[0].title = "Gather pay stubs and T4s for lenders"
    assert rule_findings(plan, "text.other_country") == []


def test_another_countrys_account_for_someone_in_ohio_is_flagged():
    assert foreign_term("Open a Stocks and Shares ISA", "save $5,000 in Ohio", "us") == (
        "Stocks and Shares ISA"
    )
    assert foreign_term("Open a Stocks and Shares ISA", "start a £200 ISA", "uk") is None
    assert foreign_term("Gather your W-2s", "save $5,000 in Ohio", "us") is None


def test_a_broken_countries_file_is_one_clear_error():
    with pytest.raises(InputError, match="countries file countries.toml is invalid"):
        load_countries('away = "("\nevents = ""\nus_only = []\nstate = ""\ncountries = []')
    with pytest.raises(InputError, match="has no 'neutral' entry"):
        load_countries(
            'away = ""\nevents = ""\nus_only = []\nstate = ""\n[[countries]]\nkey = "us"\n'
            'name = "the US"\ncurrency = "USD"\nstates = true'
        )


_PENSIONS = (
    "Trace the pensions you have no paperwork for, with your National Insurance number; "
    "look up help in your state"
)


@pytest.mark.parametrize(
    ("key", "reads"),
    [
        ("uk", "with your National Insurance number; look up help in the UK"),
        ("canada", "with your Social Insurance Number; look up help in your province"),
        ("india", "with your UAN and PAN; look up help in your state"),  # India has states
        ("us", "with your Social Security number; look up help in your state"),
        (None, "with your social insurance number; look up help in your region"),
    ],
)
def test_a_pension_preset_written_for_the_uk_reads_in_each_country(key, reads):
    from assistant.engines.offline.country_words import localize

    assert localize(_PENSIONS, key).endswith(reads)


@pytest.mark.parametrize(
    "goal",
    ["start investing, I have $18k sitting in CommBank doing nothing",
     "put $500 a fortnight into ETFs on the ASX before EOFY",
     "open a CommSec account and buy VDHG with my savings"],
)  # fmt: skip
def test_australian_banks_and_markets_say_australia(goal):
    plan = _plan(goal)
    words = " ".join(t.title for t in plan.tasks())
    assert "401" not in words and "IRA" not in words, words


def test_eofy_is_the_30th_of_june():
    from assistant.understanding.deadlines import parse_deadline

    for said in ["before EOFY", "by eofy", "no deadline really, would like to start before EOFY"]:
        assert parse_deadline(said, TODAY) == dt.date(2027, 6, 30), said


@pytest.mark.parametrize(
    "goal",
    ["pay off the rest of my OSAP ($14,200) in 3 years instead of 10",
     "clear my HECS debt of $22k before I buy a house",
     "pay back my JASSO scholarship loan early, about 2 million yen left"],
)  # fmt: skip
def test_one_government_student_loan_gets_no_highest_rate_call_and_no_next_debt(goal):
    plan = _plan(goal)
    titles = " | ".join(t.title for t in plan.tasks())
    assert "lower one" not in titles and "lower rate" not in titles, titles
    assert "onto the next one" not in titles and "List every debt" not in titles, titles


# texts for the one-search gate: ASCII and not, capitals, words inside other words, the
# patterns' own words in other cases, and plan texts with none of them
_GATE_TEXTS = [
    "Open a ROTH IRA at a brokerage and set up the W2 withholding",
    "File the w-2s with the irs before April. Done when the return is filed",
    "Put £150 into a cash ISA each payday. Done when the transfer shows",
    "Ask HMRC about Self-Assessment Return dates",
    "Move R 12,500 into the Unit Trust before load shedding season",
    "Set a 5k AUD buffer in the offset account",
    "Top up the m-pesa wallet and the SHA cover",
    "Book the Finanzamt slot for the Steuererklärung",
    "Top up my superannuation and check the Medicaid forms at the DMV",
    "Run 30 minutes at an easy pace. Done when the run is logged",
    "Reorganise the pantry shelves, donate what is out of date",
    "Visit Vancouver and Leeds, paying in C$ and quid; the Berlin half in the spring",
    "Isabel’s crisis plan: thirty fixed deposits, ₦40,000 in naira and ₹2 lakh",
    "thesaurus, Raisa, Fdsa, Emission, Lacrosse, Crores",
]


def test_the_one_search_gate_says_what_a_search_per_pattern_says():
    """The lower-cased prefilter of the gate (country._AnyOf) never rules out a text one of its
    patterns is in: on every shipped pattern set, in the texts' own case, upper case and
    lower case."""
    import re

    from assistant.language.country import _any_of, _foreign_patterns, country_table

    table = country_table()
    sets = [_foreign_patterns(key) for key in [None, *(c.key for c in table.countries)]]
    sets += [(*c.signs, *c.places, *c.names, *c.hints) for c in table.countries]
    assert all(_any_of(s).loose is not None for s in sets)  # the fast path is taken
    for patterns in sets:
        gate = _any_of(patterns)
        for text in _GATE_TEXTS:
            for said in (text, text.upper(), text.lower()):
                each = any(re.search(p, said, re.IGNORECASE) for p in patterns)
                exact = gate.exact.search(said) is not None  # the one search before the gate
                assert gate.search(said) == exact == (each or not patterns), (said, patterns[:3])
