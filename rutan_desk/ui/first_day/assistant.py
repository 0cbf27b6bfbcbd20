"""The first-day assistant: on a new database it walks the clerk from the accounts to the first
planned month, one step a page. Each step's Next saves that step in one transaction and stays
on the step when it was refused; a step already done says so and is passed. It can be skipped
at any step and opened again from Help → First-day assistant."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.services.readiness import readiness
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.first_day.office_pages import AccountPage, ProfilePage, StaffPage
from rutan_desk.ui.first_day.page import Page
from rutan_desk.ui.first_day.roster_pages import (
    FinishPage,
    HolidaysPage,
    PostsPage,
    ReguPage,
    SchemePage,
)


class FirstDayAssistant(QDialog):
    #: The month was planned: its roster sheet is to be opened (year, month).
    planned = Signal(int, int)
    #: The clerk left the assistant before its end (it is not offered again by itself).
    skipped = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("First-day assistant"))
        self.resize(980, 660)
        self.scheme_page = SchemePage(ctx)
        self.finish_page = FinishPage(ctx)
        self.pages: list[Page] = [
            AccountPage(ctx),
            ProfilePage(ctx),
            StaffPage(ctx),
            ReguPage(ctx),
            self.scheme_page,
            PostsPage(ctx, lambda: self.scheme_page.scheme),
            HolidaysPage(ctx),
            self.finish_page,
        ]
        self.steps = QListWidget()
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a map of the steps, not a control
        self.steps.setFixedWidth(250)
        self.stack = QStackedWidget()
        for number, page in enumerate(self.pages, start=1):
            self.steps.addItem(f"{number}. {page.title}")
            self.stack.addWidget(page)
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.skip_button = QPushButton(self.tr("S&kip the assistant"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.skip_button.clicked.connect(self.reject)
        for button in (self.back_button, self.skip_button):
            button.setAutoDefault(False)  # Enter is Next, wherever the cursor is
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        columns = QHBoxLayout()
        columns.addWidget(self.steps)
        columns.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.next_button.setDefault(True)
        # Ctrl+Enter goes on from inside a table too, where Enter edits the cell.
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.go_next)
        self._finished = False
        self.show_page(0)

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def page(self) -> Page:
        return self.pages[self.index]

    def show_page(self, index: int) -> None:
        page = self.pages[index]
        page.show_error("")
        page.refresh(readiness(self._ctx.db, on=self._ctx.today()))
        self.stack.setCurrentIndex(index)
        self.steps.setCurrentRow(index)
        last = index == len(self.pages) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(
            self.tr("Plan and ope&n the roster sheet") if last else self.tr("&Next")
        )
        field = page.first_field()
        (field if field is not None and field.isEnabled() else self.next_button).setFocus()

    def go_next(self) -> None:
        """Save the step, then show the next one (or, after the last, open the sheet)."""
        index = self.index
        self.page.save(lambda: self._saved(index))

    def _saved(self, index: int) -> None:
        if index == len(self.pages) - 1:
            self._finished = True
            self.accept()
            self.planned.emit(self.finish_page.year, self.finish_page.month)
        elif self.index == index:
            self.show_page(index + 1)

    def go_back(self) -> None:
        if self.index > 0:
            self.show_page(self.index - 1)

    def reject(self) -> None:
        """Skip (the button, Escape, or closing the window)."""
        if not self._finished:
            self.skipped.emit()
        super().reject()
