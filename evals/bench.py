"""`make bench`: gather every benchmark module (evals/bench_*.py) and print one table.

Each module exposes ``run() -> list[dict]`` with keys ``name``, ``value``, ``unit`` and
optionally ``baseline`` (same unit, measured in the same run), ``note``, ``cpu`` (the CPU
time behind a wall-time figure, same unit) and ``target`` (an upper bound; ``target_min``
for a lower one). Rows with a target are printed again side by side, met or missed.
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
    print("\nTargets (one run, side by side)\n" + _targets(rows))
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


def _targets(rows: list[dict]) -> str:
    """The figures that have a target: value, the CPU behind it, the target, met or missed."""
    lines = [["figure", "value", "CPU", "unit", "target", "met"]]
    for r in rows:
        top, bottom = r.get("target"), r.get("target_min")
        if top is None and bottom is None:
            continue
        met = (top is None or r["value"] < top) and (bottom is None or r["value"] >= bottom)
        lines.append(
            [
                r["name"],
                _fmt(r["value"]),
                _fmt(r["cpu"]) if r.get("cpu") is not None else "",
                r.get("unit", ""),
                f"< {_fmt(top)}" if top is not None else f">= {_fmt(bottom)}",
                "yes" if met else "NO",
            ]
        )
    return _grid(lines)


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
    return _grid(lines)


def _grid(lines: list[list]) -> str:
    header = lines[0]
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
