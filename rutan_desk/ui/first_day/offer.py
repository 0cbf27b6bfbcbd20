"""When the first-day assistant is offered, and what it leads to: it opens by itself after the
main window of a new real database (never the demo) until the clerk skips it or sets the
office up; Help → First-day assistant opens it at any time. The assistant's own module is
imported only when it is shown, so a normal start does not pay for it."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMainWindow

from rutan_desk.services.readiness import readiness
from rutan_desk.ui.context import AppContext

SKIPPED_KEY = "first_day/skipped"


def _skipped_key(ctx: AppContext) -> str:
    # Per database: a second database (another Rutan, a test copy) is offered its own. Its
    # location is hashed: a path or server address makes a poor settings key.
    place = hashlib.sha256(ctx.db.describe().encode()).hexdigest()[:16]
    return f"{SKIPPED_KEY}/{place}"


def should_offer(ctx: AppContext) -> bool:
    """A new real database (nothing set up yet) whose assistant was not skipped."""
    if ctx.paths.demo:
        return False
    if ctx.settings.value(_skipped_key(ctx), False, type=bool):
        return False
    return readiness(ctx.db, on=ctx.today()).is_new


def remember_skipped(ctx: AppContext) -> None:
    ctx.settings.setValue(_skipped_key(ctx), True)
    ctx.settings.sync()


def open_first_day(window: QMainWindow, ctx: AppContext) -> object:
    """Show the assistant over ``window`` (not blocking); returns it."""
    from rutan_desk.ui.first_day.assistant import FirstDayAssistant

    assistant = FirstDayAssistant(ctx, window)
    assistant.skipped.connect(lambda: remember_skipped(ctx))
    assistant.planned.connect(lambda year, month: open_month_sheet(window, ctx, year, month))
    assistant.setModal(True)
    assistant.show()
    return assistant


def offer_first_day(window: QMainWindow, ctx: AppContext) -> object | None:
    """Open the assistant when the database is new (see ``should_offer``)."""
    return open_first_day(window, ctx) if should_offer(ctx) else None


def open_month_sheet(window: QMainWindow, ctx: AppContext, year: int, month: int) -> None:
    """The roster tab on ``year``/``month`` with the preview of its roster sheet."""
    from rutan_desk.ui.main_window import MainWindow

    if not isinstance(window, MainWindow):
        return
    window.tabs.setCurrentWidget(window.pages["roster"])
    roster = window.tab("roster")
    roster.show_month(year, month)
    roster.preview_month_sheet(ctx.today())
