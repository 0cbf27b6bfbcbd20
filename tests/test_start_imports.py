"""The start's import order, which keeps the first window quick: the store before Qt, and the
heavy libraries only when something needs them."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from rutan_desk.app import STORE_MODULES


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_store_modules_loaded_before_qt_do_not_load_qt() -> None:
    # Imported before PySide6 so that PySide6's import hook does not read their sources; a
    # module of the list that pulled in Qt would undo that (and break the layers).
    loaded = _modules_after(
        f"import importlib\nfor name in {STORE_MODULES!r}:\n    importlib.import_module(name)"
    )

    assert not any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in loaded)


def test_alembic_reportlab_and_holidays_wait_until_something_needs_them() -> None:
    loaded = _modules_after(
        f"import importlib\nfor name in {STORE_MODULES!r}:\n    importlib.import_module(name)\n"
        "import rutan_desk.app, rutan_desk.ui.session, rutan_desk.ui.single_instance"
    )

    assert {"alembic", "reportlab", "holidays", "openpyxl"}.isdisjoint(loaded)
