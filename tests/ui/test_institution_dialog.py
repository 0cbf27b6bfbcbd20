"""The profile dialog's letterhead versions: listed by date, added from the names on screen,
corrected, removed after a confirmation; the name fields show the latest version."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.institution import DEFAULT_PROFILE, LetterheadVersion
from rutan_desk.services import institution as institution_service
from rutan_desk.services.context import ActionContext
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.settings.institution_dialog import InstitutionDialog, LetterheadVersionDialog
from tests.conftest import ACTOR

KUMHAM = "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation asked, answered Yes."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def rows(dialog: InstitutionDialog) -> list[tuple[str, str]]:
    table = dialog.versions_table
    return [
        (table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())
    ]


def test_versions_are_listed_added_and_removed(
    qtbot: QtBot, ctx: AppContext, questions: list[str]
) -> None:
    action = ActionContext(ctx.db, ACTOR)
    institution_service.save_profile(action, DEFAULT_PROFILE, expected_version=0)
    institution_service.add_letterhead_version(
        action, LetterheadVersion(date(2020, 1, 1), KUMHAM, unit_name=DEFAULT_PROFILE.unit_name)
    )
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    assert rows(dialog) == [("01-01-2020", KUMHAM)]
    assert dialog.edits["ministry"].text() == KUMHAM  # the latest version
    assert not dialog.remove_version_button.isEnabled()  # nothing chosen yet

    # The rename: the new names, valid from the day typed.
    form = LetterheadVersionDialog(
        ctx,
        None,
        replace(
            LetterheadVersion(date(2024, 1, 1), DEFAULT_PROFILE.ministry),
            unit_name=DEFAULT_PROFILE.unit_name,
        ),
        dialog,
    )
    qtbot.addWidget(form)
    form.valid_from_edit.setDate(QDate(2024, 10, 21))
    form.save_button.click()
    assert form.result() == LetterheadVersionDialog.DialogCode.Accepted
    dialog._versions_changed(form.saved_id)
    assert rows(dialog) == [("01-01-2020", KUMHAM), ("21-10-2024", DEFAULT_PROFILE.ministry)]
    assert institution_service.get_profile(ctx.db, date(2023, 12, 30)).ministry == KUMHAM
    assert institution_service.get_profile(ctx.db, date(2025, 1, 6)).ministry == (
        DEFAULT_PROFILE.ministry
    )

    # The same date twice is refused beside the date.
    again = LetterheadVersionDialog(ctx, None, form.letterhead(), dialog)
    qtbot.addWidget(again)
    again.save_button.click()
    assert again.result() != LetterheadVersionDialog.DialogCode.Accepted
    assert len(institution_service.letterhead_versions(ctx.db)) == 2

    dialog.versions_table.selectRow(1)
    assert dialog.remove_version_button.isEnabled()
    dialog.remove_version_button.click()
    assert len(questions) == 1 and "21-10-2024" in questions[0]
    assert rows(dialog) == [("01-01-2020", KUMHAM)]
    assert dialog.edits["ministry"].text() == KUMHAM


def test_a_chosen_logo_is_checked_beside_the_field_before_it_is_saved(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    bomb = tmp_path / "logo.png"
    Image.new("1", (8000, 8000), 1).save(bomb)  # a few KB on disk, 64 million pixels drawn
    assert bomb.stat().st_size < 100_000
    assert not dialog.choose_logo_file(bomb)
    assert "at most 4000 pixels" in dialog.errors.text("logo")
    photo = tmp_path / "logo.jpg"
    Image.new("RGB", (1800, 1200), "navy").save(photo)
    assert dialog.choose_logo_file(photo)
    assert dialog.errors.text("logo") == ""
    assert dialog.profile().logo is not None
    with Image.open(io.BytesIO(dialog.profile().logo)) as kept:
        assert (kept.format, kept.size) == ("PNG", (600, 400))


def test_a_picture_qt_cannot_read_keeps_the_logo_shown_and_removing_it_says_none(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    kept = dialog.profile().logo
    assert kept is not None and not dialog.logo_preview.pixmap().isNull()

    assert not dialog.set_logo(b"GIF89a" + b"\x00" * 40)
    assert dialog.errors.text("logo") != ""
    assert dialog.profile().logo == kept and not dialog.logo_preview.pixmap().isNull()

    assert dialog.remove_logo_button.isEnabled()
    dialog.remove_logo_button.click()
    assert dialog.profile().logo is None
    assert dialog.logo_preview.pixmap().isNull() and dialog.logo_preview.text() == "(none)"
