"""Start-up with a database file found empty (zero bytes): main() asks before anything is made,
and each answer is honoured (the message boxes are read back and answered here)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rutan_desk.paths import AppPaths, resolve_paths
from rutan_desk.services.backups.making import make_backup
from rutan_desk.services.context import ActionContext
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from rutan_desk.store.schema import HEAD_REVISION
from tests.conftest import ACTOR
from tests.services.test_backups import PEOPLE, add_people
from tests.test_app import RunMain
from tests.test_app import run_main as run_main  # the fixture

Shown = list[tuple[str, str]]


def answer_with(monkeypatch: pytest.MonkeyPatch, choice: str, *, confirm: bool = False) -> Shown:
    """Answer the empty-file question (in Indonesian, the office's language) with the button
    whose text starts with ``choice``, the confirmation of a new database with Yes when
    ``confirm``; record every box shown."""
    shown: Shown = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(("question", box.text()))
        buttons = [b for b in box.buttons() if b.text().startswith(choice)]
        assert len(buttons) == 1, [b.text() for b in box.buttons()]
        buttons[0].click()
        return 0

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(("confirm", text))
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return yes if confirm else no

    def box(kind: str) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *_args: object) -> object:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", box("critical"))
    monkeypatch.setattr(QMessageBox, "information", box("information"))
    return shown


def empty_database(tmp_path: Path) -> AppPaths:
    paths = resolve_paths(tmp_path)
    paths.create()
    paths.database_file.write_bytes(b"")
    return paths


def data_files(paths: AppPaths) -> list[str]:
    return sorted(p.name for p in paths.data_dir.iterdir() if p.name.startswith("rutan-desk.s"))


def revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


ARGV = ["--quit-after-show"]


def test_quitting_leaves_the_empty_file_and_makes_nothing(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = empty_database(tmp_path)
    shown = answer_with(monkeypatch, "Keluar")

    assert run_main(["--data-dir", str(tmp_path), *ARGV]) == 2

    ((kind, text),) = shown
    assert kind == "question"
    assert str(paths.database_file) in text
    assert "kosong (0 bita)" in text and "hilang" in text
    assert f"Tidak ada cadangan terverifikasi di {paths.backups_dir}" in text
    assert data_files(paths) == ["rutan-desk.sqlite"]
    assert paths.database_file.stat().st_size == 0
    assert "the database file" in paths.log_file.read_text(encoding="utf-8")


def test_a_new_database_needs_a_second_yes_and_keeps_the_empty_file(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = empty_database(tmp_path)
    shown = answer_with(monkeypatch, "Mulai database baru yang kosong", confirm=False)
    assert run_main(["--data-dir", str(tmp_path), *ARGV]) == 2
    assert [kind for kind, _text in shown] == ["question", "confirm"]
    assert data_files(paths) == ["rutan-desk.sqlite"]  # "No": nothing changed

    shown = answer_with(monkeypatch, "Mulai database baru yang kosong", confirm=True)
    assert run_main(["--data-dir", str(tmp_path), *ARGV]) == 0

    assert [kind for kind, _text in shown] == ["question", "confirm"]
    assert "tidak dihapus" in shown[1][1]  # the empty file is kept
    (kept,) = paths.data_dir.glob("rutan-desk.sqlite.kosong-*")
    assert kept.stat().st_size == 0
    assert revision(paths.database_file) == HEAD_REVISION


def test_the_latest_verified_backup_is_offered_and_restored(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(tmp_path)
    paths.create()
    prepare_database(sqlite_url(paths.database_file), paths.backups_dir)
    db = Database(sqlite_url(paths.database_file))
    ctx = ActionContext(db, ACTOR)
    add_people(ctx)
    backup = make_backup(ctx, paths.backups_dir).backup
    (paths.backups_dir / backup.name.replace(".sqlite", ".partial")).write_bytes(b"half")
    db.dispose()
    paths.database_file.write_bytes(b"")
    shown = answer_with(monkeypatch, "Pulihkan cadangan")

    assert run_main(["--data-dir", str(tmp_path), *ARGV]) == 0

    assert [kind for kind, _text in shown] == ["question", "information"]
    assert backup.name in shown[0][1] and backup.confirmation in shown[0][1]
    assert backup.confirmation in shown[1][1]
    with closing(sqlite3.connect(paths.database_file)) as connection:
        names = sorted(str(n) for (n,) in connection.execute("SELECT name FROM staff"))
    assert names == sorted(name for _nip, name in PEOPLE)
    (kept,) = paths.data_dir.glob("rutan-desk.sqlite.kosong-*")
    assert kept.stat().st_size == 0
