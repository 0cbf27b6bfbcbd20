"""The Kamtib settings: the kinds of incident the office files under (added, renamed, retired
but never deleted once used), the pattern of the incidents' own numbers, and the import of the
inmate list exported from SDP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.numbering import NumberPatternError, format_number
from rutan_desk.services.context import ActionContext
from rutan_desk.services.incidents import setup
from rutan_desk.services.incidents.setup import IncidentType
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import (
    FormDialog,
    read_only_table,
    select_id,
    selected_id,
    text_item,
)

NAME, STATE = range(2)


class IncidentTypeForm(FormDialog):
    """Add a kind of incident, or rename one (the records filed under it follow)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, kind: IncidentType | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Kind of incident"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(kind.name if kind else "")
        self.name_edit.setMaxLength(setup.TYPE_LIMITS["name"])
        self.errors.add_row(self.form, self.tr("&Name"), "name", self.name_edit)
        self.saved_id: int | None = None
        self._finish(self.tr("Save"), self.tr("Cancel"))

    def submit(self, action: ActionContext) -> object:
        kind = self.kind
        self.saved_id = setup.save_incident_type(
            action,
            self.name_edit.text(),
            type_id=kind.id if kind else None,
            expected_version=kind.version if kind else 0,
        )
        return self.saved_id

    def gone_text(self) -> str:
        return self.tr("This kind of incident no longer exists.")


class KamtibSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Kamtib settings"))
        self.setMinimumSize(560, 520)
        self.kinds: list[IncidentType] = []

        self.table: QTableWidget = read_only_table([self.tr("Kind"), self.tr("In use")], NAME)
        self.table.doubleClicked.connect(lambda _index: self.rename())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename)
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.setToolTip(
            self.tr("No longer offered for new incidents; those filed under it keep it")
        )
        self.retire_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        kinds_buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            button.setAutoDefault(False)
            kinds_buttons.addWidget(button)
        kinds_buttons.addStretch()
        kinds_box = QGroupBox(self.tr("Kinds of incident"))
        kinds_layout = QVBoxLayout(kinds_box)
        kinds_layout.addWidget(self.table)
        kinds_layout.addLayout(kinds_buttons)

        self.pattern_errors = FieldErrors()
        numbers_box = QGroupBox(self.tr("Incident numbers"))
        numbers_layout = QVBoxLayout(numbers_box)
        form = QFormLayout()
        self.pattern_edit = QLineEdit()
        self.pattern_edit.textChanged.connect(lambda _t: self._show_example())
        self.pattern_errors.add_row(form, self.tr("&Pattern"), "number_pattern", self.pattern_edit)
        self.example_label = QLabel()
        form.addRow(self.tr("Next number, e.g."), self.example_label)
        hint = QLabel(
            self.tr(
                "{nomor:03d} the serial of the year, {bulan_romawi} the month in Roman numerals, "
                "{tahun} the year. Numbers already given stay as they are."
            )
        )
        hint.setWordWrap(True)
        self.save_pattern_button = QPushButton(self.tr("&Save pattern"))
        self.save_pattern_button.setAutoDefault(False)
        self.save_pattern_button.clicked.connect(self.save_pattern)
        numbers_layout.addLayout(form)
        numbers_layout.addWidget(hint)
        numbers_layout.addWidget(self.save_pattern_button, 0, Qt.AlignmentFlag.AlignRight)

        inmates_box = QGroupBox(self.tr("Inmates"))
        inmates_layout = QHBoxLayout(inmates_box)
        inmates_hint = QLabel(
            self.tr(
                "The inmate list exported from SDP (register number, name, block) adds the "
                "inmates the records name and corrects their blocks."
            )
        )
        inmates_hint.setWordWrap(True)
        self.import_inmates_button = QPushButton(self.tr("&Import inmate list…"))
        self.import_inmates_button.setAutoDefault(False)
        self.import_inmates_button.clicked.connect(self.import_inmates)
        inmates_layout.addWidget(inmates_hint, 1)
        inmates_layout.addWidget(self.import_inmates_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(kinds_box, 1)
        layout.addWidget(numbers_box)
        layout.addWidget(inmates_box)
        layout.addWidget(close)
        self.reload()

    def reload(self, choose: int | None = None) -> None:
        chosen = choose if choose is not None else selected_id(self.table)
        self.kinds = setup.list_incident_types(self._ctx.db, include_retired=True)
        self.table.setRowCount(0)
        for row, kind in enumerate(self.kinds):
            self.table.insertRow(row)
            self.table.setItem(row, NAME, text_item(kind.name, kind.id))
            self.table.setItem(
                row, STATE, text_item(self.tr("yes") if kind.active else self.tr("retired"))
            )
        select_id(self.table, chosen)
        settings = setup.incident_settings(self._ctx.db)
        self._pattern_version = settings.version
        self.pattern_edit.setText(settings.number_pattern)
        self._show_buttons()

    def _chosen(self) -> IncidentType | None:
        chosen = selected_id(self.table)
        return next((kind for kind in self.kinds if kind.id == chosen), None)

    def _show_buttons(self) -> None:
        kind = self._chosen()
        self.rename_button.setEnabled(kind is not None)
        self.retire_button.setEnabled(kind is not None)
        self.retire_button.setText(
            self.tr("Re&tire") if kind is None or kind.active else self.tr("Bring &back")
        )

    def _show_example(self) -> None:
        try:
            example = format_number(self.pattern_edit.text(), 1, self._ctx.today())
        except (NumberPatternError, KeyError, ValueError, IndexError):
            example = "—"
        self.example_label.setText(example)

    def add(self) -> None:
        form = IncidentTypeForm(self._ctx, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.reload(form.saved_id)

    def rename(self) -> None:
        kind = self._chosen()
        if kind is None:
            return
        form = IncidentTypeForm(self._ctx, self, kind)
        form.exec()
        self.reload(kind.id)

    def toggle_active(self) -> None:
        kind = self._chosen()
        if kind is None:
            return
        Operation(
            self,
            self._ctx,
            lambda action: setup.set_incident_type_active(
                action, kind.id, not kind.active, expected_version=kind.version
            ),
            title=self.windowTitle(),
        ).after_failure(lambda _error: self.reload(kind.id)).on_success(
            lambda _result: self.reload(kind.id)
        ).run()

    def import_inmates(self) -> None:
        from rutan_desk.ui.inmates.import_dialog import InmateImportDialog  # on first use

        InmateImportDialog(self._ctx, self).exec()

    def save_pattern(self) -> None:
        pattern, version = self.pattern_edit.text(), self._pattern_version
        self.pattern_errors.clear()
        Operation(
            self,
            self._ctx,
            lambda action: setup.save_number_pattern(action, pattern, expected_version=version),
            title=self.windowTitle(),
        ).on_invalid(lambda error: self.pattern_errors.show(error.errors)).on_success(
            lambda _result: self.reload()
        ).run()
