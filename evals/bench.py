"""`make bench`: gather every benchmark module (evals/bench_*.py) and print one table.

Each module exposes ``run() -> list[dict]`` with keys ``name``, ``value``, ``unit`` and
optionally ``baseline`` (same unit, measured in the same run) and ``note``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

import evals


def _modules() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules(evals.__path__) if m.name.startswith("bench_")]
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    only = set(argv)
    rows: list[dict] = []
    failed = 0
    started = time.perf_counter()
    for name in _modules():
        if only and name not in only and name.removeprefix("bench_") not in only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"evals.{name}")
            for row in module.run():
                rows.append({"module": name, **row})
        except Exception as exc:  # one broken benchmark must not hide the others
            failed += 1
            rows.append(
                {
                    "module": name,
                    "name": "FAILED",
                    "value": float("nan"),
                    "unit": "",
                    "note": f"{type(exc).__name__}: {exc}",
                }
            )
    print(_table(rows))
    print(
        f"\n{len(rows)} figures from {len(_modules())} modules in {time.perf_counter() - started:.0f} s"
    )
    out = Path("evals/reports")
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(rows, indent=2, default=str))
    return 1 if failed else 0


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def _table(rows: list[dict]) -> str:
    header = ["benchmark", "value", "unit", "baseline", "ratio", "note"]
    lines = [header]
    for r in rows:
        base = r.get("baseline")
        ratio = f"{r['value'] / base:.2f}x" if isinstance(base, int | float) and base else ""
        lines.append(
            [
                r["name"],
                _fmt(r["value"]),
                r.get("unit", ""),
                _fmt(base) if base is not None else "",
                ratio,
                r.get("note", ""),
            ]
        )
    widths = [max(len(str(row[i])) for row in lines) for i in range(len(header))]
    out = []
    for i, row in enumerate(lines):
        out.append(
            "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        )
        if i == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
