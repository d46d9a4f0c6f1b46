"""Goals no field knows: how the dev rounds' goals are routed, and how their no-field plans read.

``python -m evals.no_field [round folders]`` (default: rounds 3-24) routes every goal with the
persona's answers (as ``understand`` does) and prints:

- how many are planned in no field (the ``scaffold``), and how many are planned in a field that
  the hand labels of ``evals/routing_labels.jsonl`` (rounds 12-21) do not accept: a borrowed
  template (an adult's resit planned as a teacher's class);
- for the goals planned in no field, each plan's lines (headline, milestones, tasks) that are the
  blank scaffold's boilerplate ("stages you set yourself", "the current stage's next action") or
  quote the whole typed goal, and the share of plans with any.

- for the same plans, the lines that paste a word that is no thing into a template's slot
  (``noun-pasted``: "Get apply done in the blocks you booked", "Spend a 40-minute block on the
  next open job for your coffee cooperative"), and the plans of the wrong shape: a goal that wins
  something from someone who decides or hands work in (a visa, a certification, a TMA) planned
  with a physical job's template ("parts, tools, money, people and permission") or with a number
  beside it as its target ("Reach £29,000").

``--goals FILE`` adds the goals of a JSONL file (``goal``, optional ``answers``) to the rounds'
(evals/no_field_goals.jsonl: paraphrases of each shape none of the rounds said).
``--list`` prints every no-field goal with its plan's headline.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from evals.heldout import TODAY, dev_rounds, round_number

LABELS = Path(__file__).with_name("routing_labels.jsonl")
# lines of a no-field plan that say nothing of the goal itself
BOILERPLATE_RE = re.compile(
    r"stages? you set yourself|the current stage|3-5 stages|your stages done|"
    r"stage [1-4] done|all \d+ stages|[\u201c\u201d]|\\[()\[\]]|…"
)


# a goal that wins something from someone who decides, or hands work in to be marked
WON_RE = re.compile(
    r"\b(?:visas?|permits?|planning (?:permission|approval)|licen[cs]es?|certification|"
    r"accreditation|scholarships?|bursary|grants?|revalidation|registration|appeal|tma\s?\d+|"
    r"assignments?|essays?|coursework|dissertation)\b",
    re.IGNORECASE,
)
# a physical one-off job's template lines: right for a clutch, the wrong shape for a visa
JOB_TEMPLATE_RE = re.compile(
    r"parts, tools, money, people and permission|next open job for|the hands-on part|"
    r"in the blocks you booked|buy, borrow, hire or book|needs in hand: bought",
    re.IGNORECASE,
)
# a subject that is no thing: an act ("apply"), a group of people, a person, a circumstance
NOT_A_THING_RE = re.compile(
    r"^(?:(?:the |your |a )?(?:apply|get|finish|submit|win|do|make|go|goal)|"
    r".*\b(?:cooperative|co-op|families|team|club|group|members|volunteers|people|community|"
    r"committee|you|we|i)|you\b.*)$",
    re.IGNORECASE,
)


def accepted_fields() -> dict[tuple[str, str], set[str]]:
    """(round key, goal id) -> the fields a coach would plan the goal in."""
    out = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["round"], row["id"])] = {row["field"], *row.get("also", ())}
    return out


def goals(
    folders: list[Path], extra: Path | None = None
) -> Iterator[tuple[str, str, str, dict[str, str]]]:
    """(round key, goal id, goal, answers) of each goal, without and with its answers."""
    if extra is not None:
        for n, line in enumerate(extra.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                answers = {k: str(v) for k, v in (row.get("answers") or {}).items()}
                for said in ({}, answers) if answers else ({},):
                    yield "extra", f"x{n:02d}", row["goal"], said
    for folder in folders:
        key = f"r{round_number(folder)}"
        for line in (folder / "goals.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                answers = {k: str(v) for k, v in (row.get("answers") or {}).items()}
                for said in ({}, answers):
                    yield key, row["id"], row["goal"], said


def plan_lines(plan) -> list[str]:
    """The headline, milestone titles and task titles of a plan."""
    lines = [plan.goal.statement, plan.constraint or "", plan.constraint_strategy or ""]
    for m in plan.milestones:
        lines.append(m.title)
        lines.extend(t.title for t in m.tasks)
    return [x for x in lines if x]


def main(argv: list[str]) -> None:
    from assistant.config import Settings
    from assistant.engines.offline import OfflineEngine
    from assistant.errors import InputError
    from assistant.planner import plan_goal
    from assistant.understanding.goal import understand

    extra = Path(argv[argv.index("--goals") + 1]) if "--goals" in argv else None
    args = [a for a in argv if not a.startswith("--") and (extra is None or a != str(extra))]
    folders = dev_rounds(args)
    labels = accepted_fields()
    settings = Settings(_env_file=None, offline=True)
    engine = OfflineEngine(settings)
    total = no_field = labelled = borrowed = plans = boiler = lines_bad = lines_all = 0
    pasted = pasted_lines = won_plans = wrong_shape = number_target = 0
    listed = []
    for key, gid, goal, answers in goals(folders, extra):
        total += 1
        u = understand(goal, answers, TODAY)
        field = u.playbook.key
        if (key, gid) in labels and answers:
            labelled += 1
            borrowed += field != "scaffold" and field not in labels[(key, gid)]
        if field != "scaffold":
            continue
        no_field += 1
        try:
            plan = plan_goal(engine, goal, dict(answers), settings, TODAY).plan
        except InputError:
            continue
        plans += 1
        lines = plan_lines(plan)
        bad = [x for x in lines if BOILERPLATE_RE.search(x)]
        boiler += bool(bad)
        lines_bad += len(bad)
        lines_all += len(lines)
        slot = u.subject if NOT_A_THING_RE.match(u.subject or "") else ""
        stuck = [x for x in lines if slot and slot.lower() in x.lower()]
        pasted += bool(stuck)
        pasted_lines += len(stuck)
        shape_bad = []
        if WON_RE.search(goal):
            won_plans += 1
            shape_bad = [x for x in lines if JOB_TEMPLATE_RE.search(x)]
            reach = plan.goal.statement.startswith("Reach ")
            number_target += reach
            wrong_shape += bool(shape_bad) or reach
        listed.append(f"{key} {gid}{'-b' if answers else '-a'}  {plan.goal.statement[:110]}")
        listed.extend(f"      boilerplate: {x[:100]}" for x in bad)
        listed.extend(f"      noun-pasted: {x[:100]}" for x in stuck[:3])
        listed.extend(f"      wrong shape: {x[:100]}" for x in shape_bad[:3])
    print(f"goals planned (no answers and with answers): {total}")
    print(f"no field (scaffold): {no_field} ({no_field / max(total, 1):.1%})")
    print(f"borrowed field on labelled goals (rounds 12-21, with answers): {borrowed} / {labelled}")
    print(
        f"no-field plans with boilerplate: {boiler} / {plans}; "
        f"boilerplate lines {lines_bad} / {lines_all}"
    )
    print(
        f"no-field plans with a word that is no thing pasted in a slot: {pasted} / {plans}; "
        f"lines {pasted_lines} / {lines_all}"
    )
    print(
        f"no-field plans that win or hand something in: {won_plans}; of the wrong shape (a job's "
        f"template or a number as target): {wrong_shape}; a number as target: {number_target}"
    )
    if "--list" in argv:
        print("\n".join(listed))


if __name__ == "__main__":
    main(sys.argv[1:])
