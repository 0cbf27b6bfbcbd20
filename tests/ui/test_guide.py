"""Bantuan → Panduan: the user guide opens offline, its links and pictures hold together, and
the screenshot script and the guide name the same pictures."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from rutan_desk.paths import docs_dir
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.help.guide_window import GuideWindow, guide_path, heading_anchor
from rutan_desk.ui.main_window import MainWindow

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(#([^)]+)\)")
HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)


def guide_text() -> str:
    return guide_path().read_text(encoding="utf-8")


def screenshot_script() -> ModuleType:
    """docs/screenshots.py, imported without running it (it builds the demo: slow)."""
    path = docs_dir() / "screenshots.py"
    spec = importlib.util.spec_from_file_location("guide_screenshots", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_the_help_menu_opens_the_guide_at_its_first_heading(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.guide_action.shortcut() == QKeySequence("F1")
    window.guide_action.trigger()
    guide = window.guide_window
    assert guide.isVisible()
    assert guide.first_heading() == "Panduan Rutan Desk"
    window.guide_action.trigger()  # again: the same window, not a second one
    assert window.guide_window is guide


def test_every_picture_of_the_guide_exists() -> None:
    pictures = IMAGE.findall(guide_text())
    assert pictures
    for picture in pictures:
        assert picture.startswith("panduan/"), picture
        assert (docs_dir() / picture).is_file(), picture


def test_every_link_of_the_guide_leads_to_a_heading() -> None:
    text = guide_text()
    anchors = {heading_anchor(title) for title in HEADING.findall(text)}
    links = LINK.findall(text)
    assert len(links) >= 13
    assert set(links) <= anchors, set(links) - anchors


def test_headings_get_the_anchors_github_gives_them() -> None:
    assert heading_anchor("Server bersama (PostgreSQL)") == "server-bersama-postgresql"
    assert heading_anchor("PKS/MoU") == "pksmou"
    assert heading_anchor("Membuat jadwal bulan depan") == "membuat-jadwal-bulan-depan"


def test_the_script_makes_exactly_the_pictures_the_guide_shows() -> None:
    made = {f"panduan/{shot.name}.png" for shot in screenshot_script().SHOTS}
    shown = set(IMAGE.findall(guide_text()))
    assert made == shown


def test_a_link_of_the_table_of_contents_scrolls_to_its_section(qtbot: QtBot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(900, 600)
    guide.show()
    qtbot.waitExposed(guide)
    assert "server-bersama-postgresql" in guide.anchors
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    guide.follow(QUrl("#server-bersama-postgresql"))  # the last section
    at_the_end = bar.value()
    assert at_the_end > 0
    guide.follow(QUrl("#hari-pertama"))  # the first one, below the table of contents
    assert 0 < bar.value() < at_the_end


def test_links_out_of_the_guide_are_not_followed(qtbot: QtBot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    source = guide.browser.source()
    guide.follow(QUrl("https://example.org/"))
    assert guide.browser.source() == source
    assert "https://example.org/" in guide.note.text()


def test_a_missing_guide_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    guide = GuideWindow(tmp_path / "panduan.md")
    qtbot.addWidget(guide)
    assert str(tmp_path / "panduan.md") in guide.browser.toPlainText()
