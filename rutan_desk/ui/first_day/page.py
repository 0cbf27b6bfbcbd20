"""One step of the first-day assistant: a heading, what the step is for, whether it is already
done, and the fields; "Next" saves the step (one transaction) and moves on only when it
saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rutan_desk.domain.accounts import Permission
from rutan_desk.services.accounts.records import may
from rutan_desk.services.readiness import Readiness
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.field_errors import error_label

DONE_STYLE = "color: #1b5e20; font-weight: bold;"


class Page(QWidget):
    """A step. Subclasses fill ``body`` and override ``refresh`` and ``save``."""

    def __init__(self, ctx: AppContext, title: str, intro: str) -> None:
        super().__init__()
        self._ctx = ctx
        self.title = title
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.hide()
        self.error = error_label()
        self.error.hide()
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.done_label)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error)

    def refresh(self, state: Readiness) -> None:
        """Read what the step shows afresh (the step is about to be shown)."""

    def save(self, done: Callable[[], None]) -> None:
        """Save the step and call ``done`` when it saved (a refusal keeps the step shown)."""
        done()

    def first_field(self) -> QWidget | None:
        """Where the cursor goes when the step is shown."""
        return None

    def show_done(self, text: str) -> None:
        """Say that this part is already set up: the step can be passed with Next."""
        self.done_label.setText(text)
        self.done_label.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def allowed(self, permission: Permission) -> bool:
        """Whether the signed-in account may save this step; says so on the step when not."""
        if may(self._ctx.db, self._ctx.actor, permission):
            return True
        self.show_error(
            QCoreApplication.translate(
                "FirstDayPage",
                "Your account's role may not do this step. Give the role this right under "
                "Settings → Accounts and roles, or let an account that has it do the step.",
            )
        )
        return False
