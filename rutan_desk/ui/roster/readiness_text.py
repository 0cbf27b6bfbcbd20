"""What the roster still needs, in words a clerk acts on: "Regu II has no members" rather than
"no problems", and the button that sets it up. The roster and handover tabs show it where their
lists would be."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.services.readiness import Missing, Readiness
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.empty_state import Fix


def missing_line(missing: Missing, readiness: Readiness) -> str:
    """One sentence about one missing piece, naming the regu it is about."""
    if missing is Missing.STAFF:
        return QCoreApplication.translate(
            "ReadinessText",
            "No staff recorded yet: the roster is planned for the staff of the Rutan.",
        )
    if missing is Missing.REGU:
        return QCoreApplication.translate(
            "ReadinessText", "No regu yet: the roster rotates the regu through the shifts."
        )
    if missing is Missing.MEMBERS:
        return QCoreApplication.translate("ReadinessText", "Regu without members: {names}.").format(
            names=", ".join(readiness.regu_without_members)
        )
    if missing is Missing.ROTATION:
        return QCoreApplication.translate(
            "ReadinessText", "Regu without a shift pattern: {names}."
        ).format(names=", ".join(readiness.regu_without_rotation))
    return QCoreApplication.translate(
        "ReadinessText",
        "No post is manned yet: give a post its minimum number of staff on a shift.",
    )


def missing_text(readiness: Readiness) -> str:
    """Everything the roster still needs, first thing first, a line each."""
    lines = [QCoreApplication.translate("ReadinessText", "The roster cannot be planned yet.")]
    lines += [f"• {missing_line(m, readiness)}" for m in readiness.missing_for_roster]
    return "\n".join(lines)


def setup_fixes(ctx: AppContext, parent: QWidget, readiness: Readiness) -> list[Fix]:
    """The button for the first missing piece (the set-up is done in that order), opening the
    dialog where it is set; while no regu exists yet, the first-day assistant too, which walks
    through all of it."""
    fixes = [_fix_for(ctx, parent, readiness)]
    if not readiness.regu:
        assistant = QCoreApplication.translate("ReadinessText", "First-day assistant…")
        fixes.insert(0, Fix(assistant, lambda: open_first_day_over(parent)))
    return fixes


def _fix_for(ctx: AppContext, parent: QWidget, readiness: Readiness) -> Fix:
    first = readiness.missing_for_roster[0]
    if first is Missing.STAFF:
        return Fix(
            QCoreApplication.translate("ReadinessText", "Import staff from Excel…"),
            lambda: open_staff_import(ctx, parent),
        )
    if first is Missing.REGU:
        return Fix(
            QCoreApplication.translate("ReadinessText", "Set up the regu…"),
            lambda: open_roster_setup(ctx, parent),
        )
    if first is Missing.MEMBERS:
        regu = readiness.regu_without_members[0]
        return Fix(
            QCoreApplication.translate("ReadinessText", "Add members…"),
            lambda: open_roster_setup(ctx, parent, regu=regu),
        )
    if first is Missing.ROTATION:
        regu = readiness.regu_without_rotation[0]
        return Fix(
            QCoreApplication.translate("ReadinessText", "Set the shift pattern…"),
            lambda: open_roster_setup(ctx, parent, regu=regu),
        )
    return Fix(
        QCoreApplication.translate("ReadinessText", "Set up the posts…"),
        lambda: open_roster_setup(ctx, parent, posts=True),
    )


def open_roster_setup(
    ctx: AppContext, parent: QWidget, *, regu: str | None = None, posts: bool = False
) -> None:
    """The roster set-up opened where the missing piece is set: the regu named, or the posts."""
    from rutan_desk.ui.roster.setup_dialog import RosterSetupDialog  # on first use

    dialog = RosterSetupDialog(ctx, parent)
    if posts:
        dialog.tabs.setCurrentWidget(dialog.posts_page)
    chosen = next((r for r in dialog.regu if r.name == regu), None)
    if chosen is not None:
        dialog.select_regu(chosen.id)
    dialog.exec()


def open_staff_import(ctx: AppContext, parent: QWidget) -> None:
    """The staff import of the Staff tab: the roster is planned for the staff it brings."""
    from rutan_desk.ui.staff.import_dialog import StaffImportDialog  # on first use

    StaffImportDialog(ctx, parent=parent).exec()


def open_first_day_over(parent: QWidget) -> None:
    """The first-day assistant over the main window that holds ``parent``."""
    from rutan_desk.ui.main_window import MainWindow

    window = parent.window()
    if isinstance(window, MainWindow):
        window.open_first_day()
