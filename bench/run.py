"""Benchmarks: prints one JSON line per figure, ``{"name", "value", "unit"}``.

    python bench/run.py [--only PREFIX] [--runs N]

Figures
- startup_s: median wall time of ``python -m rutan_desk --data-dir <large> --quit-after-show``, a
  new process each run, until the main window is shown with the staff list filled and the app
  has exited by itself.
- startup_bare_qt_s: the same for a process that only shows an empty QMainWindow.
- startup_ratio: startup_s / startup_bare_qt_s (target: at most 4, and startup_s under 1 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_dataset import DEFAULT_DIR, make_dataset  # noqa: E402

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _timed_process(command: list[str], runs: int) -> float:
    env = _environment()
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def startup(runs: int) -> Iterator[tuple[str, float, str]]:
    make_dataset(DEFAULT_DIR)
    app = _timed_process(
        [sys.executable, "-m", "rutan_desk", "--data-dir", str(DEFAULT_DIR), "--quit-after-show"],
        runs,
    )
    bare = _timed_process([sys.executable, "-c", BARE_QT], runs)
    yield "startup_s", app, "s"
    yield "startup_bare_qt_s", bare, "s"
    yield "startup_ratio", app / bare, "ratio"


BENCHMARKS: dict[str, Callable[[int], Iterator[tuple[str, float, str]]]] = {
    "startup": startup,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="run only figures whose name starts so")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for prefix, benchmark in BENCHMARKS.items():
        if args.only and not (prefix.startswith(args.only) or args.only.startswith(prefix)):
            continue
        for name, value, unit in benchmark(args.runs):
            if name.startswith(args.only):
                print(
                    json.dumps({"name": name, "value": round(value, 4), "unit": unit}), flush=True
                )


if __name__ == "__main__":
    main()
