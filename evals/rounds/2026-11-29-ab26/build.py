"""Blind A/B of round 26's plans: session 16's start (b0a263e) against its end.

Only the plans the two versions wrote differently are shown (41 of 90; the other 49 are byte
for byte the same), each under a neutral name, both versions of a plan to each coach (two
coaches grade the first half of the changed goals, two the second half: part_0, part_1).
"""

import filecmp
import json
import random
import shutil
from pathlib import Path

rng = random.Random(26)
new, old = Path("/work/judging26/round26"), Path("/work/ab26/old")
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
