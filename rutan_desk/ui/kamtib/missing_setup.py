"""The set-up the Kamtib records lean on and do not keep themselves: the blocks where things
happen and are searched are the handover's blocks, set in the handover settings; a search's
leader and the officer who receives a visit are of the staff."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.services.handover.setup import list_blocks
from rutan_desk.services.readiness import readiness
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.roster.readiness_text import open_staff_import
from rutan_desk.ui.widgets.empty_state import Fix


def no_staff_text() -> str:
    return QCoreApplication.translate(
        "KamtibSetup", "No staff recorded yet: the form names an officer of the Rutan."
    )


def staff_missing(ctx: AppContext) -> bool:
    return not readiness(ctx.db, on=ctx.today()).staff


def staff_fix(ctx: AppContext, parent: QWidget) -> Fix:
    """Opens the staff import of the Staff tab."""
    return Fix(
        QCoreApplication.translate("KamtibSetup", "Import staff from Excel…"),
        lambda: open_staff_import(ctx, parent),
    )


def no_blocks_text() -> str:
    return QCoreApplication.translate(
        "KamtibSetup",
        "No blocks are set up yet: places are chosen from the blocks of the handover settings "
        "(another place can still be typed).",
    )


def blocks_missing(ctx: AppContext) -> bool:
    return not list_blocks(ctx.db, active_only=True)


def blocks_fix(ctx: AppContext, parent: QWidget) -> Fix:
    """Opens the handover settings at their blocks."""
    return Fix(
        QCoreApplication.translate("KamtibSetup", "Set up the blocks…"),
        lambda: open_blocks_settings(ctx, parent),
    )


def open_blocks_settings(ctx: AppContext, parent: QWidget) -> None:
    from rutan_desk.ui.handover.settings_dialog import HandoverSettingsDialog  # on first use

    dialog = HandoverSettingsDialog(ctx, parent)
    dialog.tabs.setCurrentWidget(dialog.blocks_page)
    dialog.exec()
