"""Tab "Kerja Sama": the cooperation agreements of the Rutan (PKS, MoU, addenda) with their
obligations, the meetings and visits with partners, and the partner institutions — a page each.
A page is read when it is first shown and again when a change touches it while it is shown; a
hidden page is read again when it is next shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.ui.agreements.agreements_page import AgreementsPage
from rutan_desk.ui.agreements.coordination_page import CoordinationPage
from rutan_desk.ui.agreements.partners_page import PartnersPage
from rutan_desk.ui.context import AppContext


class AgreementsTab(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.agreements = AgreementsPage(ctx, self, today)
        self.coordination = CoordinationPage(ctx, self, today)
        self.partners = PartnersPage(ctx, self, today)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.agreements, self.tr("Agreements"))
        self.pages.addTab(self.coordination, self.tr("Meetings and visits"))
        self.pages.addTab(self.partners, self.tr("Partners"))
        self._all: set[QWidget] = {self.agreements, self.coordination, self.partners}
        self._stale: set[QWidget] = set(self._all)
        self.pages.currentChanged.connect(lambda _index: self._read_if_stale())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)

    def _read_if_stale(self) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.reload()  # type: ignore[attr-defined]

    def reload(self) -> None:
        self._stale = set(self._all)
        self._read_if_stale()

    def apply_changes(self, changes: ChangeSet) -> None:
        shown = self.pages.currentWidget()
        self._stale = self._all - {shown}
        shown.apply_changes(changes)  # type: ignore[attr-defined]
