"""The Kerja Sama setting: how many days before an agreement's last day it is warned of (on the
tab's badge, in the line above the list and at start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.agreements import MAX_WARNING_DAYS, MIN_WARNING_DAYS
from rutan_desk.services.agreements.settings import agreement_settings, save_warning_days
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors


class AgreementSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.settings = agreement_settings(ctx.db)
        self.setWindowTitle(self.tr("Agreement settings"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.days_spin = QSpinBox()
        self.days_spin.setRange(MIN_WARNING_DAYS, MAX_WARNING_DAYS)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setValue(self.settings.warning_days)
        self.errors.add_row(form, self.tr("&Warn before the end"), "warning_days", self.days_spin)
        hint = QLabel(
            self.tr(
                "An agreement whose last day falls within this many days is shown as ending "
                "soon, counted on the tab and said at start."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def save(self) -> None:
        days, version = self.days_spin.value(), self.settings.version
        Operation(
            self,
            self._ctx,
            lambda action: save_warning_days(action, days, expected_version=version),
            title=self.tr("Agreement settings"),
        ).on_invalid(lambda error: self.errors.show(error.errors)).on_success(
            lambda _none: self.accept()
        ).run()
