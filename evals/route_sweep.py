"""Which field each goal of the hand-marked route sweep is planned in, against its marks.

``evals/route_sweep_goals.txt`` holds goals written for this sweep (none from a judged round),
one a line: the fields a coach would plan it in (``a|b``; ``field:subject`` for a variant), a
tab, the goal. ``python -m evals.route_sweep`` prints the wrong routes and their count.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.route_audit import accepted, variant_of

SWEEP = Path(__file__).parent / "route_sweep_goals.txt"


def sweep_marks() -> list[tuple[set[str], str]]:
    """(the accepted fields, the goal) of every marked sweep goal."""
    rows = []
    for line in SWEEP.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            want, goal = line.split("\t", 1)
            rows.append((set(want.split("|")), goal.strip()))
    return rows


def wrong_routes() -> list[tuple[str, set[str], str]]:
    """(the variant planned, the accepted fields, the goal) of every goal routed wrong."""
    out = []
    for want, goal in sweep_marks():
        got = variant_of(goal)
        if not accepted(got, want):
            out.append((got, want, goal))
    return out


def main(argv: list[str]) -> None:
    wrong = wrong_routes()
    for got, want, goal in wrong:
        print(f"WRONG {got} (want {'|'.join(sorted(want))}): {goal[:100]}")
    print(f"{len(wrong)} of {len(sweep_marks())} sweep goals routed wrong")


if __name__ == "__main__":
    main(sys.argv[1:])
