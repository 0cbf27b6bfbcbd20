"""The count page of the handover form shows the block and category pairs in use, not the
dozens that hold nobody; every pair for the opening balance, or when asked."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rutan_desk.services.handover.forms import CountLine
from rutan_desk.ui.handover import counts_page
from rutan_desk.ui.handover.counts_page import CountsPage

BLOCKS = {1: "Blok A", 2: "Blok B", 3: "Blok W"}
CATEGORIES = {1: "Tahanan", 2: "Narapidana"}


def a_page(qtbot: QtBot, *, opening_balance: bool = False) -> CountsPage:
    page = CountsPage(BLOCKS, CATEGORIES, now=lambda: datetime(2023, 12, 20, 9, 0))
    qtbot.addWidget(page)
    lines = [CountLine(block, category) for block in BLOCKS for category in CATEGORIES]
    lines[0] = CountLine(1, 1, opening=40)
    lines[3] = CountLine(2, 2, opening=25)
    page.fill(lines, [], "", opening_balance=opening_balance, shift_start=time(7, 0))
    page.show()
    return page


def shown_pairs(page: CountsPage) -> list[str]:
    table = page.counts_table
    return [
        f"{table.item(row, 0).text()} {table.item(row, 1).text()}"
        for row in range(table.rowCount())
        if not table.isRowHidden(row)
    ]


def test_only_the_pairs_in_use_are_shown_and_the_others_on_request(qtbot: QtBot) -> None:
    page = a_page(qtbot)
    assert shown_pairs(page) == ["Blok A Tahanan", "Blok B Narapidana"]
    assert page.hidden_label.text() == "4 empty pairs not shown"

    page.all_pairs_box.setChecked(True)
    assert len(shown_pairs(page)) == 6 and page.hidden_label.text() == ""
    page.all_pairs_box.setChecked(False)

    # A new inmate into an empty pair brings its row, to be counted.
    page.add_movement(time(10, 0))  # one new arrival, in the first block at first
    block = page.movements_table.item(0, counts_page.M_BLOCK)
    block.setData(Qt.ItemDataRole.UserRole, 3)  # as the block's choice list sets it
    block.setText("Blok W")
    assert page.movements()[0].block_id == 3
    assert "Blok W Tahanan" in shown_pairs(page)


def test_the_opening_balance_shows_every_pair_to_be_typed(qtbot: QtBot) -> None:
    page = a_page(qtbot, opening_balance=True)
    assert len(shown_pairs(page)) == 6
    assert not page.all_pairs_box.isVisible()
