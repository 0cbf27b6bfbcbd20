"""Start-up on a full disk or a read-only disk: said before anything else, through the real
main(), with the message boxes read back and answered here; the data opened for viewing only
when the clerk chooses it, and nothing written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rutan_desk.paths import resolve_paths
from rutan_desk.ui.session import Session
from tests.faults.files import fill_disk, make_read_only, ram_disk
from tests.services.test_storage_faults import made_database
from tests.test_app import RunMain
from tests.test_app import run_main as run_main  # the fixture

ARGV = ["--quit-after-show"]


def answer_with(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[str]:
    """Answer every question box with the button starting with ``choice`` (in Indonesian, the
    office's language); record the text of every box shown."""
    shown: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        buttons = [b for b in box.buttons() if b.text().startswith(choice)]
        assert len(buttons) == 1, [b.text() for b in box.buttons()]
        buttons[0].click()
        return 0

    def critical(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def signs_in_asked(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    asked: list[bool] = []
    monkeypatch.setattr(Session, "show_sign_in", lambda _self, **_kw: asked.append(True))
    return asked


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_disk_is_named_and_the_data_opens_for_viewing(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ram_disk(tmp_path / "disk", "40m") as disk:
        paths = resolve_paths(disk)
        database = made_database(paths)
        before = digest(database)
        make_read_only(disk)
        shown = answer_with(monkeypatch, "Buka hanya untuk dilihat")
        asked = signs_in_asked(monkeypatch)

        assert run_main(["--data-dir", str(disk), *ARGV]) == 0

        assert len(shown) == 1
        assert f"Folder {disk} tidak dapat ditulisi" in shown[0]
        assert "hanya untuk dilihat" in shown[0]
        assert asked == [True]  # the sign-in, on the database as it is
        assert digest(database) == before


def test_a_read_only_disk_quit_opens_nothing(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ram_disk(tmp_path / "disk", "40m") as disk:
        paths = resolve_paths(disk)
        made_database(paths)
        make_read_only(disk)
        shown = answer_with(monkeypatch, "Keluar")
        asked = signs_in_asked(monkeypatch)

        assert run_main(["--data-dir", str(disk), *ARGV]) == 2

        assert len(shown) == 1 and asked == []


def test_a_full_disk_is_said_before_anything_else(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ram_disk(tmp_path / "disk", "8m") as disk:
        paths = resolve_paths(disk)
        database = made_database(paths)
        fill_disk(disk)
        before = digest(database)
        shown = answer_with(monkeypatch, "Keluar")

        assert run_main(["--data-dir", str(disk), *ARGV]) == 2

        assert len(shown) == 1
        assert shown[0].startswith("Disk tempat data Rutan Desk penuh")
        assert "hanya untuk dilihat" in shown[0]  # offered, not chosen
        assert digest(database) == before
        assert list(paths.backups_dir.iterdir()) == []  # no upgrade, no daily backup tried


def test_a_new_installation_on_a_read_only_disk_offers_nothing_to_view(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ram_disk(tmp_path / "disk", "4m") as disk:
        make_read_only(disk)
        shown = answer_with(monkeypatch, "Keluar")

        assert run_main(["--data-dir", str(disk / "rutan"), *ARGV]) == 2

        assert len(shown) == 1 and "hanya untuk dilihat" not in shown[0]
