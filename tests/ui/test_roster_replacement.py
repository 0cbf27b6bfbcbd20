"""The replacement chooser: the regu and the piket pool by default, officials when asked."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from rutan_desk.services.roster.changes import Gap, Proposal
from rutan_desk.ui.roster.absence_dialog import ReplacementDialog

GAP = Gap(staff_id=9, day=date(2023, 12, 12), shift="M", post_id=None)
GUARD = Proposal(5, "Budi Santoso", "", 8, (), rest_hours=30.0)
KA_KPR = Proposal(2, "Hendra Wijaya", "", 0, (), rest_hours=None, official=True)


def rows(dialog: ReplacementDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def test_officials_come_only_when_the_box_is_ticked(qtbot: QtBot) -> None:
    asked: list[bool] = []

    def propose(include: bool) -> list[Proposal]:
        asked.append(include)
        return [GUARD, KA_KPR] if include else [GUARD]

    dialog = ReplacementDialog(GAP, "Agus", propose(False), propose=propose)
    qtbot.addWidget(dialog)
    assert not dialog.officials.isHidden() and not dialog.officials.isChecked()
    assert rows(dialog) == [["Budi Santoso", "—", "30", "8", ""]]
    dialog.officials.setChecked(True)
    assert asked == [False, True]
    assert [row[0] for row in rows(dialog)] == ["Budi Santoso", "Hendra Wijaya"]
    assert rows(dialog)[1][4] == "not in a regu or the piket pool"
    dialog.table.selectRow(1)
    assert dialog.chosen() == KA_KPR
    dialog.officials.setChecked(False)
    assert [row[0] for row in rows(dialog)] == ["Budi Santoso"]


def test_nobody_free_says_so_and_cannot_be_chosen(qtbot: QtBot) -> None:
    dialog = ReplacementDialog(GAP, "Agus", [], propose=lambda include: [])
    qtbot.addWidget(dialog)
    assert not dialog.nobody.isHidden()
    assert not dialog.pick.isEnabled() and dialog.chosen() is None
    plain = ReplacementDialog(GAP, "Agus", [GUARD])
    qtbot.addWidget(plain)
    assert plain.officials.isHidden() and plain.nobody.isHidden()
