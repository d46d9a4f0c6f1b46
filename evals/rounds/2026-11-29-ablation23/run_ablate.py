"""Plan 30 round-23 goals six ways (none, each single answer, all) into neutral files x001..x180."""

import datetime as dt
import json
import random
import sys
from pathlib import Path

from assistant.config import Settings
from assistant.engines.offline import OfflineEngine
from assistant.errors import InputError
from assistant.export.markdown import plan_block, to_markdown
from assistant.planner import plan_goal

goals = [json.loads(row) for row in Path(sys.argv[1]).read_text().splitlines() if row.strip()]
rng = random.Random(23)
goals = sorted(rng.sample(goals, 30), key=lambda g: g["id"])
settings = Settings(_env_file=None, offline=True)
engine = OfflineEngine(settings)
today = dt.date(2026, 11, 27)
jobs = []
for g in goals:
    ans = g["answers"]
    for v, keys in (
        ("none", []),
        ("deadline", ["deadline"]),
        ("capacity", ["capacity"]),
        ("baseline", ["baseline"]),
        ("constraint", ["constraint"]),
        ("all", list(ans)),
    ):
        jobs.append((g, v, {k: ans[k] for k in keys if k in ans}))
rng.shuffle(jobs)
out = Path("plans")
out.mkdir(exist_ok=True)
key = {}
for i, (g, v, answers) in enumerate(jobs, 1):
    name = f"x{i:03d}"
    key[name] = {"id": g["id"], "variant": v}
    try:
        res = plan_goal(engine, g["goal"], dict(answers), settings, today)
        md = to_markdown(res.plan).replace(plan_block(res.plan), "").rstrip() + "\n"
    except InputError as e:
        md = f"REFUSED: {e}\n"
    head = f"# Goal as the person typed it\n\n{g['goal']}\n\n"
    if answers:
        head += (
            "# The person's answers to the planner's questions (the others were skipped)\n\n"
            + "\n".join(f"- {k}: {val}" for k, val in answers.items())
            + "\n\n"
        )
    else:
        head += "# The person's answers\n\n(none: the person said 'just plan it')\n\n"
    (out / f"{name}.txt").write_text(head + "# The plan the tool wrote\n\n" + md)
    print(name, flush=True)
Path("key.json").write_text(json.dumps(key, indent=1))
