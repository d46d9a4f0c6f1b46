import json
import random
import shutil
from pathlib import Path

rng = random.Random(24)
src = {"new": Path("/work/judging24/round24"), "old": Path("/work/ab24/old")}
items = [(v, p.name) for v, d in src.items() for p in sorted(d.glob("*.txt"))]
rng.shuffle(items)
out = Path("plans")
out.mkdir(exist_ok=True)
key = {}
for i, (v, name) in enumerate(items, 1):
    n = f"y{i:03d}"
    key[n] = {"version": v, "file": name[:-4]}
    shutil.copy(src[v] / name, out / f"{n}.txt")
Path("key.json").write_text(json.dumps(key, indent=1))
print(len(items))
