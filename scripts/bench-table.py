#!/usr/bin/env python3
"""Runs the criterion benches and writes the README's performance table from their results.

    scripts/bench-table.py            # run every bench, then rewrite the table
    scripts/bench-table.py --no-run   # rewrite the table from the last results

The table goes between the `bench-table` markers in README.md. Results are read from
criterion's `estimates.json` files under the cargo target folder.
"""

import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHES = ["rules", "io", "layout", "frame", "export", "deliver"]
SIZES = {"100": "100 sites, 200 flows", "200": "200 sites, 400 flows",
         "1000": "1,000 sites, 2,000 flows", "5000": "5,000 sites, 10,000 flows",
         "20000": "20,000 sites, 40,000 flows",
         "lotus-trading-dingtalk": "Lotus sample (3 sites)",
         "pearl-delta-hengqin": "Pearl Delta sample (4 sites)",
         "banco-estrela-evidence": "Banco Estrela sample",
         "pearl-delta-zip": "Pearl Delta sample"}

# (criterion id, what, target in seconds or None, the size the target applies to); `{size}` is
# tried with every size of SIZES, `{flows}` with twice the sites.
ROWS = [
    ("io/load/{flows}", "load a map file", 0.2, "5000"),
    ("io/save/{flows}", "save a map file (atomic, with backup)", 0.2, "5000"),
    ("io/csv_import/{flows}", "import the inventory CSV", None, None),
    ("rules/evaluate/{flows}", "rule evaluation, all packs", 0.02, "5000"),
    ("layout/auto/{sites}", "auto-layout", 1.0, "1000"),
    ("scene/build/{sites}", "scene build (what canvas and exports paint)", None, None),
    ("editor/frame/fit_to_map/{sites}", "editor frame, whole map fitted: lanes collapsed to counts (headless)", None, None),
    ("editor/frame/zoomed_out/{sites}", "editor frame, zoomed out to just before the lanes collapse, with the minimap", None, None),
    ("editor/frame/one_to_one/{sites}", "editor frame, 1:1 zoom on part of the map, with the minimap", None, None),
    ("export/svg/{sites}", "SVG diagram export", None, None),
    ("export/png/{sites}", "PNG diagram export, scale 2", None, None),
    ("report/pdf/{sites}", "DPIA report as PDF", {"1000": 3.0, "5000": 5.0}, None),
    ("report/html/{sites}", "DPIA report as HTML", {"20000": 4.0}, None),
    ("report/markdown/{sites}", "DPIA report as Markdown", {"20000": 4.0}, None),
    ("deliver/xlsx/{sites}", "transfer register as XLSX", 1.0, "1000"),
    ("deliver/csv/{sites}", "transfer register as CSV", None, None),
    ("deliver/docx/{sites}", "DPIA report as Word", 1.0, "1000"),
    # criterion writes the function id "bundle/pearl-delta-zip" as the folder "bundle_pearl-delta-zip".
    ("deliver/bundle_{sites}", "filing bundle as zip", 3.0, "pearl-delta-zip"),
    ("deliver/too_dense/{sites}", "decide \"too dense for one page\" (before any layout)", 1.0, "5000"),
    ("deliver/bundle_zip/{sites}", "filing bundle as zip, with the overview page", 10.0, "5000"),
]
FRAME_TARGETS = {"1000": 0.008, "5000": 0.016}


def target_dir():
    if "CARGO_TARGET_DIR" in os.environ:
        return Path(os.environ["CARGO_TARGET_DIR"])
    meta = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return Path(json.loads(meta.stdout)["target_directory"])


def estimate(criterion, bench_id):
    """The mean time of a bench in seconds. Criterion writes a group `a/b` as the folder
    `a_b`, so each split of the id into group and the rest is tried."""
    parts = bench_id.split("/")
    for split in range(1, len(parts) + 1):
        folder = criterion / "_".join(parts[:split]) / "/".join(parts[split:])
        path = folder / "new" / "estimates.json"
        if path.exists():
            return json.loads(path.read_text())["mean"]["point_estimate"] / 1e9
    return None


def show(seconds):
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = os.cpu_count()
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        memory = "unknown memory"
    return f"{cpu}, {cores} cores, {memory}, {platform.system()} {platform.release()}, no GPU"


def table(criterion):
    lines = [f"Machine: {machine()}.", "",
             "| what | size | time | budget |", "|---|---|---|---|"]
    for pattern, what, budget, budget_size in ROWS:
        for size in SIZES:
            flows = int(size) * 2 if size.isdigit() else size
            seconds = estimate(criterion, pattern.format(sites=size, flows=flows))
            if seconds is None:
                continue
            if isinstance(budget, dict):
                limit = budget.get(size)
            else:
                limit = budget if size == budget_size else None
            if pattern.startswith("editor/frame"):
                limit = FRAME_TARGETS.get(size)
            verdict = ""
            if limit is not None:
                budget_text = f"{limit:g} s" if limit >= 1 else f"{limit * 1e3:g} ms"
                verdict = f"under {budget_text}: " + ("met" if seconds <= limit else
                          f"missed by {100 * (seconds / limit - 1):.0f} %")
            lines.append(f"| {what} | {SIZES[size]} | {show(seconds)} | {verdict} |")
    return "\n".join(lines)


def main():
    if "--no-run" not in sys.argv:
        for bench in BENCHES:
            subprocess.run(["cargo", "bench", "--bench", bench], cwd=ROOT, check=True)
    criterion = target_dir() / "criterion"
    readme = ROOT / "README.md"
    text = readme.read_text()
    start, end = "<!-- bench-table:start -->", "<!-- bench-table:end -->"
    if start not in text or end not in text:
        sys.exit("README.md has no bench-table markers")
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    readme.write_text(f"{before}{start}\n{table(criterion)}\n{end}{after}")
    print(table(criterion))


if __name__ == "__main__":
    main()
