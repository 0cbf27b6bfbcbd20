"""``rutan-desk --self-test``: each step said on its own line, exit 0 only when all passed, and
nothing left behind or written in the user's folders."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rutan_desk import app, self_test
from rutan_desk.self_test import EXIT_FAILED, EXIT_OK, STEPS, run_self_test
from rutan_desk.services.documents import sheets
from rutan_desk.store.schema import HEAD_REVISION

ROOT = Path(__file__).resolve().parent.parent
STEP_NAMES = [name for name, _step in STEPS]


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the self-test makes its temporary one in."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def run(qapp: QApplication) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_self_test(out)
    return code, out.getvalue().splitlines()


def test_every_step_passes_and_the_temporary_folder_is_removed(
    qapp: QApplication, temp_root: Path
) -> None:
    code, lines = run(qapp)
    assert code == EXIT_OK
    assert [line.split()[:2] for line in lines[:-1]] == [["ok", name] for name in STEP_NAMES]
    assert lines[0].startswith("ok migrate ") and HEAD_REVISION in lines[0]
    assert "1 page" in lines[STEP_NAMES.index("preview")]
    assert lines[-1].startswith("self-test passed in ")
    assert list(temp_root.iterdir()) == []


def test_main_runs_it_before_touching_the_users_folders(
    qapp: QApplication,
    temp_root: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def must_not_run(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the self-test opened the user's folders")

    monkeypatch.setattr(app, "resolve_paths", must_not_run)
    monkeypatch.setattr(app, "configure_logging", must_not_run)
    assert app.main(["--self-test"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1].startswith("self-test passed")


def test_a_failed_step_is_named_with_its_reason_and_the_rest_skipped(
    qapp: QApplication, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "roster_sheet_pdf", lambda *_args, **_kwargs: b"<html>")
    code, lines = run(qapp)
    assert code == EXIT_FAILED
    assert lines[STEP_NAMES.index("render")] == (
        "FAILED render: RuntimeError: the roster sheet is not a PDF"
    )
    assert lines[-3:] == ["skipped preview", "skipped translations", lines[-1]]
    assert lines[-1].startswith("self-test FAILED in ")
    assert list(temp_root.iterdir()) == []


def test_a_pdf_the_preview_cannot_open_fails_the_preview(
    qapp: QApplication, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "roster_sheet_pdf", lambda *_args, **_kwargs: b"%PDF-1.4 torn")
    code, lines = run(qapp)
    assert code == EXIT_FAILED
    preview = lines[STEP_NAMES.index("preview")]
    assert preview.startswith("FAILED preview: RuntimeError: QPdfDocument")


def test_missing_translations_are_reported(
    qapp: QApplication, temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test, "resources_dir", lambda: tmp_path / "no-resources")
    code, lines = run(qapp)
    assert code == EXIT_FAILED
    assert lines[STEP_NAMES.index("translations")].startswith(
        "FAILED translations: RuntimeError: no Indonesian translation in "
    )


def test_make_bundle_installs_pyinstaller_builds_then_self_tests_the_frozen_app(
    tmp_path: Path,
) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    lines = subprocess.run(
        ["make", "-n", "bundle"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.splitlines()

    def first(text: str) -> int:
        return next(i for i, line in enumerate(lines) if text in line)

    install = first("pip install --quiet -e '.[bundle]'")
    build = first("pyinstaller --noconfirm")
    frozen_test = first("QT_QPA_PLATFORM=offscreen dist/rutan-desk/rutan-desk --self-test")
    assert install < build < frozen_test
