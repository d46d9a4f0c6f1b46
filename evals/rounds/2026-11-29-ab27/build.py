"""Blind A/B of round 27's plans: session 17's start (2d5064b) against its end.

Only the plans the two versions wrote differently are shown (32 of 90; the other 58 are byte
for byte the same), each under a neutral name, both versions of a plan to each coach.
"""

import filecmp
import json
import random
import shutil
from pathlib import Path

rng = random.Random(27)
new, old = Path("/work/judging27/round27"), Path("/work/ab27/old")
changed = [
    p.name for p in sorted(new.glob("*.txt")) if not filecmp.cmp(p, old / p.name, shallow=False)
]
items = [(v, n) for n in changed for v in ("new", "old")]
rng.shuffle(items)
out = Path("plans")
out.mkdir(exist_ok=True)
key = {}
src = {"new": new, "old": old}
for i, (v, name) in enumerate(items, 1):
    n = f"z{i:03d}"
    key[n] = {"version": v, "file": name[:-4]}
    shutil.copy(src[v] / name, out / f"{n}.txt")
Path("key.json").write_text(json.dumps(key, indent=1))
Path("changed.json").write_text(json.dumps(changed))

# two parts, each holding both versions of its plans, for two coaches each
half = len(changed) // 2
for part, names in (("part_0", changed[:half]), ("part_1", changed[half:])):
    files = sorted(n for n, v in key.items() if v["file"] + ".txt" in names)
    Path(part).write_text("".join(f"{f}.txt\n" for f in files))
