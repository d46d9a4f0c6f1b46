"""Money: saving toward a target and paying off debt."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

SAVINGS = Playbook(
    key="savings",
    label="saving money",
    pattern=r"\b(save|saving|savings|emergency fund|deposit|nest egg|put aside|set aside|invest|"
    r"down payment|fund)\b",
    statement="Save {target} in a dedicated account",
    metric_name="money saved",
    unit="USD",
    default_target=5000,
    money=True,
    default_weeks=26,
    weight=1.3,
    rungs=(
        Rung(
            "{v} saved in the goal account",
            0.25,
            (S("Cancel 2 subscriptions you no longer use", 30, "2 cancellation emails received"),),
        ),
        Rung(
            "{v} saved in the goal account: halfway",
            0.5,
            (S("Sell 3 unused items online", 60, "3 listings live"),),
        ),
        Rung(
            "{v} saved in the goal account",
            0.75,
            (
                S(
                    "Renegotiate 1 bill: phone, internet or insurance",
                    45,
                    "New price confirmed in writing",
                ),
            ),
        ),
        Rung(
            "{v} saved: the full target",
            1.0,
            (
                S(
                    "Move the final top-up into the goal account",
                    15,
                    "Balance screenshot saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(),
    kickoff=(
        S("Open a separate savings account for the goal", 30, "Account open; name shows the goal"),
        S(
            "Set up an automatic transfer of {per_month} on payday",
            20,
            "Standing order confirmed in the bank app",
        ),
        S(
            "List every expense from last month in a spreadsheet",
            60,
            "Spreadsheet with last month's spending saved",
        ),
    ),
    constraint="Money leaks out in small unplanned purchases",
    strategy="Pay the goal first on payday and check spending against a weekly budget",
    attack=S(
        "Check the week's spending against the budget",
        20,
        "Weekly total logged in the spreadsheet",
        times=1,
        attacks=True,
    ),
    indicators=(("spending vs weekly budget", 100, "%"), ("no-spend days per week", 3, "days")),
    questions={
        "metric": (
            "How much do you want to save, and in which currency?",
            "The amount sets the monthly transfer.",
        ),
        "baseline": (
            "How much have you already put aside for this?",
            "It counts toward the first milestone.",
        ),
    },
)


DEBT = Playbook(
    key="debt",
    label="paying off debt",
    pattern=r"\b(debt|debts|credit card|loan|loans|overdraft|pay off|paying off|payoff|owe|"
    r"mortgage|debt-free)\b",
    statement="Pay off {target} of debt",
    metric_name="debt paid off",
    unit="USD",
    default_target=5000,
    money=True,
    default_weeks=52,
    weight=1.6,
    rungs=(
        Rung(
            "{v} of the debt paid off",
            0.25,
            (
                S(
                    "Call the card provider to ask for a lower rate",
                    30,
                    "New rate or refusal noted in the sheet",
                ),
            ),
        ),
        Rung(
            "{v} of the debt paid off: halfway",
            0.5,
            (S("Sell 3 unused items toward the next payment", 60, "3 listings live"),),
        ),
        Rung(
            "{v} of the debt paid off",
            0.75,
            (S("Close 1 paid-off card or account", 30, "Closure confirmation received"),),
        ),
        Rung(
            "{v} paid off: debt-free",
            1.0,
            (S("Make the final payment", 15, "Zero balance screenshot saved", at_end=True),),
        ),
    ),
    practice=(),
    kickoff=(
        S(
            "List every debt with balance, rate and minimum payment",
            45,
            "Debt list saved in a spreadsheet",
        ),
        S(
            "Set up an automatic extra payment of {per_month} a month",
            20,
            "Extra payment confirmed in the bank app",
        ),
        S("Freeze the credit card in the banking app", 15, "Card shows as frozen"),
    ),
    constraint="Minimum payments hide how slowly the balance falls",
    strategy="Pay the highest-rate debt first (avalanche) and track the balance weekly",
    attack=S(
        "Check the week's spending against the payoff budget",
        20,
        "Weekly total logged in the spreadsheet",
        times=1,
        attacks=True,
    ),
    indicators=(("extra paid per week", 100, "USD"), ("no-spend days per week", 3, "days")),
    questions={
        "metric": (
            "How much debt is there in total, and on which cards or loans?",
            "The total sets the ladder; the rates set the order.",
        ),
    },
)
