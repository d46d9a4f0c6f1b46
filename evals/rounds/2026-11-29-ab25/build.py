"""Blind A/B of round 25's plans: session 15's start (694bd94) against its end (a043865).

Only the plans the two versions wrote differently are shown (14 of 90; the other 76 are byte
for byte the same), each under a neutral name, both versions of a plan to each coach.
"""

import filecmp
import json
import random
import shutil
from pathlib import Path

rng = random.Random(25)
new, old = Path("/work/judging25/round25"), Path("/work/ab25/old")
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
