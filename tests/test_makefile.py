"""The README's commands on a fresh clone: every step of `make check` installs what it needs
first, so `make test` alone and `make -j check` work before anything was installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("lint", "typecheck", "test", "migrations-check")


def dry_run(folder: Path, *targets: str) -> list[str]:
    """What ``make -n`` would run in a clone with no ``.venv`` yet."""
    done = subprocess.run(
        ["make", "-n", *targets], cwd=folder, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


@pytest.fixture
def fresh_clone(tmp_path: Path) -> Path:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("step", STEPS)
def test_each_step_alone_creates_the_venv_and_installs_the_test_tools_first(
    fresh_clone: Path, step: str
) -> None:
    lines = dry_run(fresh_clone, step)
    venv = next(i for i, line in enumerate(lines) if "-m venv .venv" in line)
    install = next(i for i, line in enumerate(lines) if "pip install" in line and "[test]" in line)
    tools = ("ruff", "mypy", "pytest", "alembic")
    first_tool = next(
        i
        for i, line in enumerate(lines)
        if ".venv/bin/" in line and any(tool in line for tool in tools)
    )
    assert venv < install < first_tool


def test_the_venv_module_is_checked_before_the_venv_is_made(fresh_clone: Path) -> None:
    lines = dry_run(fresh_clone, "check")
    check = next(i for i, line in enumerate(lines) if "import ensurepip, venv" in line)
    venv = next(i for i, line in enumerate(lines) if "-m venv .venv" in line)
    assert check < venv
    assert sum("-m venv .venv" in line for line in dry_run(fresh_clone, "-j4", "check")) == 1
