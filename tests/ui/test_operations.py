"""The one way to run a change (ui/operations.py): every failure reaches the clerk as its own
message in Indonesian, nothing is saved, and a success announces its change set once."""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.database import Database
from rutan_desk.services.staff import registry
from rutan_desk.services.staff.records import list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import install_translator
from rutan_desk.ui.operations import Operation

DRAFT = StaffDraft(
    kind=StaffKind.INTERNAL,
    name="Budi Santoso",
    nip="196804111993031009",
    golongan="II/b",
    position="Petugas Pengamanan",
    unit="Regu I",
    status_since=date(2020, 1, 2),
)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: messages.append((title, text))
    )
    return messages


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "id")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def create(action: ActionContext) -> object:
    return registry.create_staff(action, DRAFT)


def test_success_announces_its_change_set_once(
    qtbot: QtBot, ctx: AppContext, parent: QWidget, shown: list[tuple[str, str]]
) -> None:
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)
    results: list[object] = []
    assert Operation(parent, ctx, create).on_success(results.append).run()
    assert [changes.areas for changes in announced] == [{Area.STAFF}]
    assert results and shown == []


def test_a_full_disk_is_said_as_such_and_nothing_is_saved(
    ctx: AppContext, db: Database, parent: QWidget, shown: list[tuple[str, str]], indonesian: None
) -> None:
    # SQLite's own "database or disk is full", made by capping the file at its current size.
    @event.listens_for(db.engine, "connect")
    def cap(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)
    # One person with a long note: more than the capped file can take.
    big = replace(DRAFT, note="catatan panjang " * 20_000)

    def many(action: ActionContext) -> object:
        return registry.create_staff(action, big)

    assert not Operation(parent, ctx, many).run()
    ((title, text),) = shown
    assert title == "Disk penuh"
    assert "Tidak ada yang disimpan" in text
    event.remove(db.engine, "connect", cap)
    db.engine.dispose()
    assert list_staff(db) == []
    assert announced == []


def test_a_read_only_database_is_said_as_such(
    ctx: AppContext, db: Database, parent: QWidget, shown: list[tuple[str, str]], indonesian: None
) -> None:
    path = db.sqlite_path
    assert path is not None
    read_only = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        assert not Operation(parent, replace(ctx, db=read_only), create).run()
    finally:
        read_only.dispose()
    ((title, text),) = shown
    assert title == "Tidak dapat menulis"
    assert "Tidak ada yang disimpan" in text
    assert list_staff(db) == []


@pytest.mark.parametrize(
    ("code", "title"),
    [(errno.ENOSPC, "Disk penuh"), (errno.EROFS, "Tidak dapat menulis")],
)
def test_file_errors_of_the_system_are_worded_too(
    ctx: AppContext,
    parent: QWidget,
    shown: list[tuple[str, str]],
    indonesian: None,
    code: int,
    title: str,
) -> None:
    def save_pdf(_action: ActionContext) -> None:
        raise OSError(code, "simulated", "/media/usb/surat.pdf")

    assert not Operation(parent, ctx, save_pdf).run()
    assert shown[0][0] == title


def test_an_unexpected_error_is_logged_and_points_at_the_log(
    ctx: AppContext,
    parent: QWidget,
    shown: list[tuple[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(_action: ActionContext) -> None:
        raise KeyError("a bug")

    with caplog.at_level(logging.ERROR, logger="rutan_desk"):
        assert not Operation(parent, ctx, broken).run()
    ((title, text),) = shown
    assert title == "Unexpected error"
    assert str(ctx.paths.log_file) in text
    assert any(record.exc_info and record.exc_info[0] is KeyError for record in caplog.records)


def test_a_background_job_without_a_handler_still_shows_its_failure(
    qtbot: QtBot, ctx: AppContext, parent: QWidget, shown: list[tuple[str, str]]
) -> None:
    def render(_action: ActionContext) -> bytes:
        raise RuntimeError("the renderer failed")

    operation = Operation(parent, ctx, render)
    task = operation.run_in_background("Rendering…")
    with qtbot.waitSignal(task.error, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "Unexpected error"
    assert isinstance(operation.error, RuntimeError)


def test_a_handled_error_is_left_to_its_handler(
    ctx: AppContext, parent: QWidget, shown: list[tuple[str, str]]
) -> None:
    registry.create_staff(ctx.action(), DRAFT)
    handled: list[str] = []
    after: list[BaseException] = []
    Operation(parent, ctx, create).on_invalid(
        lambda error: handled.extend(e.code for e in error.errors)
    ).after_failure(after.append).run()
    assert handled == ["nip_duplicate"]
    assert shown == []  # beside the field, not in a message
    assert len(after) == 1


def test_the_database_file_is_not_touched_by_a_refused_action(
    ctx: AppContext, db: Database, parent: QWidget, shown: list[tuple[str, str]]
) -> None:
    path = db.sqlite_path
    assert path is not None
    Operation(parent, ctx, lambda a: registry.create_staff(a, replace(DRAFT, nip="123"))).run()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    assert len(shown) == 1
