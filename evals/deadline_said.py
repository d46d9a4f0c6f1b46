"""How many deadline answers, said the ways people say them, are read as the date they mean
(or, where no date can be read with confidence, left unread rather than misread).

``python -m evals.deadline_said``: each answer is read by ``parse_answers`` on 27 November
2026 and compared with the date a coach would take from it (None: no date, the plan assumes).
"""

from __future__ import annotations

import datetime as dt

from assistant.understanding.answers import parse_answers

TODAY = dt.date(2026, 11, 27)  # a Friday
D = dt.date

SAID: list[tuple[str, dt.date | None]] = [
    ("3 months starting the 1st", D(2027, 3, 1)),
    ("6 weeks from monday", D(2027, 1, 11)),
    ("a year from january", D(2028, 1, 1)),
    ("for 3 months from the 1st", D(2027, 3, 1)),
    ("starting december 1st, for 2 months", D(2027, 2, 1)),
    ("3 years, so mid 2028", D(2028, 6, 30)),
    ("mid 2028", D(2028, 6, 30)),
    ("by mid-2028", D(2028, 6, 30)),
    ("early 2028 would be good", D(2028, 3, 31)),
    ("summer 2028", D(2028, 8, 31)),
    ("june, well july really", D(2027, 7, 31)),
    ("may, actually no, end of june", D(2027, 6, 30)),
    ("march, make it april", D(2027, 4, 30)),
    ("2 weeks after christmas", D(2027, 1, 8)),
    ("before the baby comes in april", D(2027, 3, 31)),
    ("by easter", D(2027, 3, 28)),
    ("before christmas", D(2026, 12, 25)),
    ("by valentine's day", D(2027, 2, 14)),
    ("end of next month", D(2026, 12, 31)),
    ("in about 6-8 weeks", D(2027, 1, 22)),
    ("the 15th of march", D(2027, 3, 15)),
    ("by thanksgiving next year", D(2027, 11, 25)),
    ("next spring", D(2027, 5, 31)),
    ("in 10 days", D(2026, 12, 7)),
    # the goal's own day, not a step on the way to it
    ("exam's the second saturday of may, entries close in february", D(2027, 5, 8)),
    ("the race is the 3rd sunday of october, sign-ups end in june", D(2027, 10, 17)),
    ("recital is 14 march, booking deadline 10 january", D(2027, 3, 14)),
    ("wedding is may 22nd, final fitting in april", D(2027, 5, 22)),
    ("test in december, have to apply by august", D(2027, 12, 31)),
    ("the tournament is in march, march 7th", D(2027, 3, 7)),
    # named periods, read by the table
    ("before the end of autumn term 2027", D(2027, 12, 18)),
    ("by the end of spring semester", D(2027, 5, 15)),
    ("before summer term starts", D(2027, 4, 20)),
    ("end of the school year, july", D(2027, 7, 31)),
    # a window of two dates: the goal runs within it, its end is the deadline
    ("feb 1 - feb 28", D(2027, 2, 28)),
    ("from the 1st to the 30th of april", D(2027, 4, 30)),
    ("march 3 through april 20", D(2027, 4, 20)),
    ("between june 2 and june 30", D(2027, 6, 30)),
    # month names in other languages
    ("la carrera es el 14 de marzo", D(2027, 3, 14)),
    ("le 12 juin", D(2027, 6, 12)),
    ("am 9. Mai ist die Prüfung", D(2027, 5, 9)),
    ("o exame é 30 de setembro", D(2027, 9, 30)),
    # a date something happened on, and the window counted from it
    ("the notice was dated Jan 9 so the 90 days run out in april", D(2027, 4, 30)),
    ("got the letter on the 2nd of march, so I have until september", D(2027, 9, 30)),
    # a time limit counted from a day gone by, that day said apart from it (session 16)
    ("45 days to respond, the notice came on the 20th", D(2027, 1, 4)),
    ("they refused it on the 9th of october and i get 90 days to appeal", D(2027, 1, 7)),
    ("within four weeks of the decision, which was dated the 15th", D(2026, 12, 13)),
    ("6 weeks to file from the letter; it was sent on nov 6", D(2026, 12, 18)),
    ("in 2 weeks, so roughly 2030", None),  # two readings that cannot both be meant
    ("a month, maybe 2030", None),
]


def misread(said: str, meant: dt.date | None) -> str | None:
    """What the reader made of an answer when it is not what was meant, else None."""
    typed = parse_answers({"deadline": said}, TODAY, strict=False)
    day = typed.get("deadline") if not typed.get("deadline_soon") else None
    return None if day == meant else f"{said!r}: read {day}, meant {meant}"


def main() -> None:
    wrong = [line for said, meant in SAID if (line := misread(said, meant))]
    print("\n".join(wrong))
    print(f"read as meant: {len(SAID) - len(wrong)} of {len(SAID)}")


if __name__ == "__main__":
    main()
